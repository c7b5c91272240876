"""Appointment and governance language (issue 16, class 4): invented sentences.

Each verb added to triggers.tsv for this class is run here with the record it
must give, and the industry-word guard that keeps `科技业` from naming a company.
"""

from __future__ import annotations

import pytest

import talentflow
from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020年12月,孟青云获委任为中芯国际董事会副董事长。", {("孟青云", "join", "中芯国际")}),
        ("白若川2019年卸下小米董事长职务,转往蔚来。", {("白若川", "leave", "小米"), ("白若川", "join", "蔚来")}),
        ("白若川历任中国电信副局长、中国移动总经理,去年加入阿里巴巴。",
         {("白若川", "leave", "中国电信"), ("白若川", "leave", "中国移动"), ("白若川", "join", "阿里巴巴")}),
        ("邝远本周正式上任清华大学校长。", {("邝远", "join", "清华大学")}),
        ("2010年8月,庞书言离开小米,转而效力于联想。", {("庞书言", "leave", "小米"), ("庞书言", "join", "联想")}),
        ("由北京大学过档的邝远,本周正式上任清华大学校长。", {("邝远", "leave", "北京大学"), ("邝远", "join", "清华大学")}),
        ("2016年下半年,邝远被任命为小米总裁。", {("邝远", "join", "小米")}),
        ("2020年3月,邝远被调往飞书担任总裁。", {("邝远", "join", "飞书")}),
        ("1996年,邝远来到香港中文大学任教。", {("邝远", "join", "香港中文大学")}),
        ("2022年11月,鸿海宣布延聘邝远担任半导体策略长。", {("邝远", "join", "鸿海")}),
        ("邝远来到现场发表讲话。", set()),  # 来到 a place, not an organization
        # jieba keeps 雅虎公司 whole: the known name is cut off so it is an organization.
        ("1998年,邝远加入雅虎公司。", {("邝远", "join", "雅虎公司")}),
        # Posts listed together: the first names the employer (ChatGPT is OpenAI's product).
        ("据报道,OpenAI副总裁、ChatGPT负责人邝远也已离职。", {("邝远", "leave", "OpenAI")}),
    ],
)
def test_appointment_verbs(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "对于电动车产业来说,高盛亚洲区科技业投资银行主管的判断很重要。",  # 科技业: an industry, no company
        "星河电子宣布退出欧洲市场。",  # a company leaves a market: no person, no record
    ],
)
def test_no_record(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 离开了我们 / 离开人世: a death. Counter-example: 离开了谷歌 is a leave.
        ("星河研究院院长邝远博士因病于今年6月永远离开了我们。", set()),
        ("星河研究院院长邝远今年6月离开了谷歌。", {("邝远", "leave", "谷歌")}),
        # 受X邀请: X invites, the subject moves (受何远邀请加入高德, not 何远).
        ("2014年,陈远舟受何一鸣邀请加入高德地图。", {("陈远舟", "join", "高德地图")}),
    ],
)
def test_what_the_verb_is_said_of(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("邝远宣布加盟ICONIQ。", {("邝远", "join", "ICONIQ")}),
        ("邝远加盟了Mondo Tech。", {("邝远", "join", "Mondo Tech")}),
        ("邝远离开ICONIQ后,创办了星河科技。", {("邝远", "leave", "ICONIQ"), ("邝远", "join", "星河科技")}),
        ("邝远加入AI赛道。", set()),  # AI names no employer
        ("邝远曾担任NIPS领域主席。", set()),  # a past post's object may be a post
        # A Latin title after the verb is the post, not an employer.
        ("Mira Holt加入腾讯,出任Head of Research。", {("Mira Holt", "join", "腾讯")}),
        ("邝远加入腾讯,出任VP。", {("邝远", "join", "腾讯")}),
    ],
)
def test_a_latin_name_after_a_join_or_leave_verb_is_an_organization(nlp, text, expected):
    assert facts(nlp, text) == expected


def records(nlp, text):
    return talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mira Holt加入腾讯,出任Head of Research。", "Head of Research"),
        ("邝远加入腾讯,担任Principal Scientist。", "Principal Scientist"),
        ("邝远已加入腾讯担任VP。", "VP"),
        # The organization's bracketed alias between it and the post it names.
        ("2019年,邝远出任了微软研究院(MSR)语音组负责人。", "语音组负责人"),
        # 做/当 link the person hired to the post, as 担任 does.
        ("星河科技聘请邝远做顾问。", "顾问"),
    ],
)
def test_the_post_after_the_organization_or_the_person_is_the_role(nlp, text, role):
    assert [move.role for move in records(nlp, text)] == [role]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dismissals: a leave of the employer that describes the person.
        ("百度商务总监宁致远被免职。", {("宁致远", "leave", "百度")}),
        ("小米集团商务总监宁致远遭撤职。", {("宁致远", "leave", "小米集团")}),
        ("小米集团董事会罢免了总裁宁致远。", {("宁致远", "leave", "小米集团")}),
        # Reinstated (ANNOTATION.md: a leave and a second join of the same employer).
        ("首席执行官宁致远被OpenAI董事会解雇又重新聘用。", {("宁致远", "leave", "OpenAI"), ("宁致远", "join", "OpenAI")}),
        # Filings and announcements: the company that appoints is the one joined.
        ("小米集团发布公告,聘任宁致远为副总裁。", {("宁致远", "join", "小米集团")}),
        ("中芯国际委任宁致远为首席财务官。", {("宁致远", "join", "中芯国际")}),
        ("宁致远受聘为北京大学讲席教授。", {("宁致远", "join", "北京大学")}),
        ("宁致远就任清华大学校长。", {("宁致远", "join", "清华大学")}),
        # Board seats: an election to a post is a join; an honour is no employer.
        ("宁致远当选为小米集团董事长。", {("宁致远", "join", "小米集团")}),
        ("宁致远获选为中芯国际董事。", {("宁致远", "join", "中芯国际")}),
        ("宁致远当选中国工程院院士。", set()),
        ("宁致远获选为IEEE Fellow。", set()),
        ("宁致远当选为北京市人大代表。", set()),
        # 免去 relieves the person named by 其 of a post; without a post it is no career word.
        ("宁致远任中国联通总经理,免去其中国移动副总经理职务。", {("宁致远", "join", "中国联通"), ("宁致远", "leave", "中国移动")}),
        ("星河电子总裁宁致远说,这项服务免去了用户排队之苦。", set()),
        # Counter-examples: a condition, a denial, a nomination of someone else.
        ("如果宁致远当选小米集团董事,将是首位女性董事。", set()),
        ("宁致远否认将接任小米集团总裁。", set()),
    ],
)
def test_appointments_dismissals_and_elections(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A director given a seat on a board committee joins nothing.
        "中芯国际委任独立非执行董事范明远先生和刘明博士担任薪酬委员会成员。",
        "中芯国际委任宁致远为薪酬与考核委员会委员。",
    ],
)
def test_a_committee_seat_is_no_join(nlp, text):
    assert facts(nlp, text) == set()


def test_a_post_besides_the_committee_seat_is_a_join(nlp):
    found = records(nlp, "中芯国际委任宁致远为首席财务官及战略委员会成员。")
    assert [(r.person, r.to_org) for r in found] == [("宁致远", "中芯国际")]


@pytest.mark.parametrize(
    ("text", "role", "rule"),
    [
        # The post after the appointed person is the role at the appointing company.
        ("中芯国际委任宁致远担任首席财务官。", "首席财务官", "role:post-after-name"),
        # The appointing company's name written again before the post is not the post
        # (role_finish.py, role:own-name-again).
        ("小米集团今日宣布,任命独立董事宁致远为小米集团副总裁。", "副总裁", "role:post-after-name"),
        # A promotion: the new post is after the verb, not the one describing the person.
        ("小米集团副总裁宁致远升任总裁。", "总裁", "role:title-after-verb"),
    ],
)
def test_the_role_of_an_appointment_is_the_post_given(nlp, text, role, rule):
    (record,) = records(nlp, text)
    assert record.role == role
    assert rule in record.rules.split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Succession: whom the new holder succeeds leaves the post's organization.
        ("陆嘉怡接替韩立明出任小米集团首席执行官。", {("陆嘉怡", "join", "小米集团"), ("韩立明", "leave", "小米集团")}),
        ("2018年9月1日起,史一鸣出任清华大学第四任校长,接替提早离任的前校长陈明远。",
         {("史一鸣", "join", "清华大学"), ("陈明远", "leave", "清华大学")}),
        # Counter-example: a denied succession is no move of either.
        ("陆嘉怡否认将接替韩立明出任小米集团首席执行官。", set()),
    ],
)
def test_the_predecessor_of_a_succession_leaves(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_a_predecessor_leave_names_its_rule_and_the_post(nlp):
    found = {r.person: r for r in records(nlp, "陆嘉怡接替韩立明出任小米集团首席执行官。")}
    assert found["韩立明"].role == "首席执行官"
    assert "frame:succession-predecessor" in found["韩立明"].rules.split()
