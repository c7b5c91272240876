"""Rules written for short tech-news flashes (快讯, 人事 items; the brief probe): a word
for a kind of person after a company is no company name in apposition (`云杉公司高管
李某`), 过 after a post verb opens no employer's name (`曾担任过…`), the posts listed
between 在 and a working verb are no employers when they are 岗位, and a surname-led
word written whole again and again, once after a title, is a name even when its given
characters are rare in names (name:repeated-word).

Every sentence here is invented; each row says the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest

from fact_sets import facts, records


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # 高管 after 公司 names the person's kind, not a company in apposition.
        ("云杉公司高管韩立明已于近日离职,去向未知。", {("韩立明", "leave", "云杉公司")}, {("韩立明", "leave", "高管")}),
        ("据外媒报道,负责芯片设计的星澜公司高管 Mira Holt 将离职。", {("Mira Holt", "leave", "星澜公司")}, {("Mira Holt", "leave", "高管")}),
        # counter: a description, then a company's name in apposition, is still read so.
        ("AI信贷风控公司司南数智宣布,韩立明已加入司南数智。", {("韩立明", "join", "司南数智")}, set()),
    ],
)
def test_a_person_noun_after_a_company_is_no_name_in_apposition(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "钱立新曾担任过金穗证券研究所所长,2019年加入百度。",
            {("钱立新", "leave", "金穗证券研究所"), ("钱立新", "join", "百度")},
            {("钱立新", "leave", "过金穗证券研究所")},
        ),
        (
            "韩立明曾担任过北辰银行总行零售金融部总经理等职务,后加入星河银行。",
            {("韩立明", "join", "星河银行")},
            {("韩立明", "leave", "过北辰银行总行同业业务部")},
        ),
        # counter: 过 that is no aspect particle after a post verb stays where it is.
        ("韩立明去年加入过山车乐园公司,任运营总监。", set(), {("韩立明", "join", "山车乐园公司")}),
    ],
)
def test_guo_after_a_post_verb_opens_no_name(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "韩立明1998年加入联想,此后辗转研发、采购、物流等多个岗位,2019年才离职。",
            {("韩立明", "join", "联想"), ("韩立明", "leave", "联想")},
            {("韩立明", "leave", "企划等多岗位"), ("韩立明", "leave", "销售")},
        ),
        # counter: employers listed between 在 and 任职 are still read.
        ("韩立明曾在金蝉电子、银杏网络等公司任职,2020年加入百度。", {("韩立明", "leave", "金蝉电子"), ("韩立明", "join", "百度")}, set()),
    ],
)
def test_posts_listed_as_gangwei_are_no_employers(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


# 冯受资 scores -6.3 as a name (受, 资 are rare in given names): below every floor.
REPEATED = "星河科技高级副总裁冯受资因个人原因辞职。随后冯受资宣布加入百度。据悉,冯受资2015年加入星河科技。"


def test_a_word_written_whole_again_after_a_title_is_a_name(nlp):
    got = {(person, frm, to) for person, frm, to, _role, _rules in records(nlp, REPEATED)}
    assert ("冯受资", "", "百度") in got or ("冯受资", "星河科技", "百度") in got, got
    assert any("name:repeated-word" in rules for *_, rules in records(nlp, REPEATED))


@pytest.mark.parametrize(
    "text",
    [
        # written twice only: not enough to vouch for a name so unlike one.
        "星河科技高级副总裁冯受资因个人原因辞职。随后冯受资宣布加入百度。",
        # never after a title nor before a predicate: no name.
        "冯受资的说法不少。大家都在谈冯受资,冯受资成了话题。",
    ],
)
def test_a_rare_name_needs_three_mentions_and_a_title_or_predicate(nlp, text):
    assert not any(person == "冯受资" for person, *_ in records(nlp, text))


def test_gionee_is_a_company_not_a_person(nlp):
    got = facts(nlp, "金立副总裁俞立新今日在微博宣布,她将在月底从金立卸任。")
    assert ("俞立新", "leave", "金立") in got, got
    assert not any(person == "金立" for person, _, _ in got), got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # 共三人 counts the names before it: kept whole, it takes no given character from them.
        (
            "韩立明、陆远和钱立冰共三人已于近日加入百度。",
            {("钱立冰", "join", "百度"), ("陆远", "join", "百度")},
            {("钱立", "join", "百度")},
        ),
        # counter: 等三人 was already cut apart.
        ("韩立明、陆远和钱立冰等三人已于近日加入百度。", {("钱立冰", "join", "百度")}, {("钱立", "join", "百度")}),
    ],
)
def test_a_count_after_names_takes_no_given_character(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


def test_a_profile_box_heading_ends_the_name(nlp):
    # `X小档案` heads a profile box: 小 opens 小档案, it is no given character of the name.
    text = "星驰电子宣布韩立明将出任总经理。\n\n欧阳承远小檔案\n\n2004年－2011年 北辰微电子 处长\n2011年－2019年 云杉半导体 副总经理"
    people = {person for person, *_ in records(nlp, text)}
    assert "承远小" not in people and "欧阳承远小" not in people, people
    assert "欧阳承远" in people, people


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a round-up's later item: the earlier item's company does not appoint (星澜智能 is unknown).
        ("①百度CFO韩立明离职;②星澜智能任命钱立新为首席运营官。", {("韩立明", "leave", "百度")}, {("钱立新", "join", "百度")}),
        ("百度CFO韩立明离职;星澜智能任命钱立新为首席运营官。", {("韩立明", "leave", "百度")}, {("钱立新", "join", "百度")}),
        # counter: a comma keeps the earlier clause's company (`…扩编,去年更从…挖来`).
        ("腾讯近年积极扩编,去年更从百度挖来韩立明。", {("韩立明", "join", "腾讯")}, set()),
    ],
)
def test_a_round_up_item_takes_no_company_from_the_item_before(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


def test_an_unknown_employer_between_a_past_post_verb_with_guo_and_a_title(nlp):
    got = facts(nlp, "孙浩曾担任过云栖首席科学家,2020年加入百度。")
    assert {("孙浩", "leave", "云栖"), ("孙浩", "join", "百度")} <= got, got
    # counter: 公司 before the title is the company spoken of, no name of one.
    assert not any(org == "公司" for *_, org in facts(nlp, "孙浩曾担任过公司首席科学家。"))


def test_respectively_and_its_verb_open_no_post(nlp):
    got = {person: role for person, _frm, _to, role, _rules in records(nlp, "星河公司任命韩立明和陆远分别为星河中国董事长和总裁。")}
    assert not got["韩立明"].startswith("分别"), got
    assert got["韩立明"].endswith("董事长") and got["陆远"] == "总裁", got
