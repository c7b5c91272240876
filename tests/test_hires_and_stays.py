"""Organizations that bring someone in (`被星河科技招至麾下`, `迎来新的CEO:…A`) and
the precision side of the same verbs: a move written as a noun (`A的加入将…`), a
rumoured move its subject denies (`传出将离职的A,最终选择留任`). Invented sentences."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # Hire verbs (triggers.tsv): the passive agent or the subject takes the person in.
        ("2019年,祁明远被美团招至麾下。", {("祁明远", "join", "美团")}, "hire:招至麾下"),
        ("祁明远回国后被华为引进,担任首席科学家。", {("祁明远", "join", "华为")}, "hire:引进"),
        ("京东还从百度招来了搜索负责人祁明远。", {("祁明远", "join", "京东"), ("祁明远", "leave", "百度")}, "hire:招来"),
        # The one welcomed, after a colon (rule welcomed-after-colon).
        ("上个月,快手又迎来了一位重量级成员:原百度搜索负责人祁明远。", {("祁明远", "join", "快手")},
         "subject:welcomed-after-colon"),
        ("小米迎来新的首席财务官——曾在京东工作多年的祁明远。", {("祁明远", "join", "小米"), ("祁明远", "leave", "京东")},
         "subject:welcomed-after-colon"),
    ],
)
def test_an_organization_brings_someone_in(nlp, text, expected, rule):
    assert facts(nlp, text) == expected
    assert rule in rules_text(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # 迎来 an event, not a person: the name after the colon is another clause's subject.
        "快手迎来了成立十周年:祁明远在庆典上致辞。",
        # 引进 a thing, not a person.
        "美团近年引进了大量海外技术。",
        # The move as a noun, subject of the verb after it (rule move-as-subject).
        "他在邮件中说,祁明远的加入将补齐公司在海外市场的短板。",
        "祁明远的离开让美团失去了一位老将。",
        # A rumour told of the person, whose own clause keeps him (rule rumour-then-stays).
        "而此前一度传出将离职的中信证券首席经济学家祁明远,最终选择留任。",
        "曾被传出将离开OpenAI的研究员祁明远昨日澄清:我哪儿也不去。",
    ],
)
def test_no_record(nlp, text):
    assert facts(nlp, text) == set()


def test_a_stay_of_another_person_keeps_the_rumour(nlp):
    # 留任 is 庞书言's, not the rumoured 祁明远's.
    text = "据悉,中信证券首席经济学家祁明远或将离职,庞书言则选择留任。"
    assert facts(nlp, text) == {("祁明远", "leave", "中信证券")}
