"""Hirers left unsaid (hirers.py): a passive with no agent (`A也被挖了过来`), a
poached person leaving the organization that describes them (`京东的A被小米挖走`), and 请来 as a
hiring verb. Invented sentences; the article's organization is named twice first."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text

_TOPIC = "星澜科技今年发布了三款新品,星澜科技的营收也翻了一番。"


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # A passive with no agent, toward the speaker (hither_hire_verbs): the article's organization hires.
        (_TOPIC + "与此同时,京东搜索团队的技术负责人祁明远也被挖了过来,出任技术副总裁。",
         {("祁明远", "join", "星澜科技"), ("祁明远", "leave", "京东搜索团队")}, "org:bare-passive-article-topic"),
        (_TOPIC + "曾在美团工作的工程师庞书言也被挖过来了。", {("庞书言", "join", "星澜科技"), ("庞书言", "leave", "美团")},
         "org:bare-passive-article-topic"),
        # Away from where the person was: only the leave is known.
        (_TOPIC + "去年,京东的算法工程师祁明远被挖走了。", {("祁明远", "leave", "京东")}, "org:bare-passive-away"),
        # A poached person leaves the organization describing them (from:describing-org).
        ("今年3月,京东搜索负责人祁明远被小米挖走。", {("祁明远", "join", "小米"), ("祁明远", "leave", "京东")}, "from:describing-org"),
        # 请来: the organization brings the person in; a professor keeps the chair.
        ("今年初,星澜科技还请来北辰大学教授祁明远出任首席科学家。", {("祁明远", "join", "星澜科技")}, "hire:请来"),
    ],
)
def test_an_unsaid_hirer(nlp, text, expected, rule):
    assert facts(nlp, text) == expected
    assert rule in rules_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No organization the article is about: the hirer stays unknown.
        ("小米和京东都在扩张。祁明远也被挖了过来。", set()),
        # Poached from the hirer itself is no leave.
        ("今年3月,小米的工程师祁明远被小米挖走。", {("祁明远", "join", "小米")}),
        # A hirer named in the clause is the hirer (no article topic).
        (_TOPIC + "美团从京东挖来的祁明远已到任。", {("祁明远", "join", "美团"), ("祁明远", "leave", "京东")}),
        # An institute's researcher invited (请来, 聘请) keeps the chair; poached (挖来), leaves it.
        ("星澜科技请来中科院物理所研究员祁明远出任首席科学家。", {("祁明远", "join", "星澜科技")}),
        ("星澜科技挖来了中科院物理所研究员祁明远。", {("祁明远", "join", "星澜科技"), ("祁明远", "leave", "中科院物理所")}),
        # 被 with an agent: the agent hires.
        (_TOPIC + "祁明远被京东挖走。", {("祁明远", "join", "京东")}),
    ],
)
def test_a_said_or_missing_hirer(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # org:bare-noun-hirer: a bare 研究院 hiring stands for the institute named before.
        ("青岩研究院于今年春天成立。研究院聘请北辰大学教授祁明远为首任院长。", {("祁明远", "join", "青岩研究院")}),
        ("云帆实验室去年成立。此后,实验室还聘请了祁明远担任首席科学家。", {("祁明远", "join", "云帆实验室")}),
        # counter: no organization named before ends in the noun: nobody hires.
        ("北辰电子上月成立了研究院。研究院聘请祁明远为首任院长。", set()),
    ],
)
def test_a_bare_institute_noun_hires(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # org:bare-company-hirer: a bare 公司 hiring stands for the company the article is about.
        (_TOPIC + "公司今年还延揽了前北辰银行风控总监祁明远出任首席风险官。", {("祁明远", "join", "星澜科技")}),
        (_TOPIC + "随后,该公司又引入了庞书言,任供应链副总裁。", {("庞书言", "join", "星澜科技")}),
        # counter: no organization the article is about: nobody hires.
        ("北辰电子和云帆资本都在扩张。公司还延揽了祁明远出任首席风险官。", set()),
        # counter: a company named before 公司 (母公司) is the hirer itself, not the topic.
        (_TOPIC + "北辰电子的母公司还延揽了祁明远出任首席风险官。", {("祁明远", "join", "北辰电子")}),
        # 同时 between the announcing 公司 and 宣布: the company the article is about.
        (_TOPIC + "公司同时宣布,前北辰电子首席架构师祁明远已于近期加盟,出任CTO。", {("祁明远", "join", "星澜科技")}),
    ],
)
def test_a_bare_company_noun_hires(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # org:arrival-describing: 到岗 joins the organization describing the person.
        ("青岩资本的第三位合伙人祁明远此前在北辰电子担任首席财务官,将于6月正式到岗。",
         {("祁明远", "join", "青岩资本"), ("祁明远", "leave", "北辰电子")}),
        # counter: 原 marks where the person was; 到岗 joins nothing there.
        ("原北辰电子副总裁祁明远预计下月到岗。", set()),
    ],
)
def test_arriving_at_the_post(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 最早在X做Y: the first post of a career, left for the later one (past).
        ("祁明远最早在德勤做审计,2019年加入星澜资本。", {("祁明远", "leave", "德勤"), ("祁明远", "join", "星澜资本")}),
        # counter: 最早在 before a date is no post.
        ("星澜资本最早在明年上市,祁明远说。", set()),
    ],
)
def test_the_earliest_post(nlp, text, expected):
    assert facts(nlp, text) == expected
