"""Staying on to teach at the school studied at (`毕业后留校任教`: org:stayed-at-school)
and resigning the teaching post (`辞去教职`), with a unit named through 该校 written as
the school's unit (draft.org_text). Schooling stays no move (`留校读研`). Invented sentences."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("庞书言2009年从东岳理工大学博士毕业后留校任教,2021年辞去教职,创办了星河科技。",
         {("庞书言", "join", "东岳理工大学"), ("庞书言", "leave", "东岳理工大学"), ("庞书言", "join", "星河科技")}),
        ("庞书言毕业于东岳理工大学,毕业后留校工作。", {("庞书言", "join", "东岳理工大学")}),
        ("祁明远2008年毕业于东岳理工大学,同年留校,在该校机器人研究所担任助理研究员。", {("祁明远", "join", "东岳理工大学")}),
        ("记者从东岳理工大学获悉,该校软件学院教授庞书言已辞去教职,加盟星河科技。",
         {("庞书言", "leave", "东岳理工大学软件学院"), ("庞书言", "join", "星河科技")}),
    ],
)
def test_faculty_moves(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_the_rule_is_named(nlp):
    assert "org:stayed-at-school" in rules_text(nlp, "庞书言毕业于东岳理工大学,毕业后留校任教。")


@pytest.mark.parametrize(
    "text",
    [
        # Schooling, not a post (ANNOTATION.md: schooling is no move).
        "庞书言本科毕业于东岳理工大学,随后留校读研。",
        "庞书言本科毕业于东岳理工大学,随后留校继续攻读博士。",
        # No school studied at: 留校 never falls back to the article's organization.
        "星河科技今年营收翻倍,星河科技发布新品。祁明远同年留校。",
        # A school visited, not studied at.
        "庞书言在东岳理工大学演讲后留校工作了一天。",
    ],
)
def test_no_record(nlp, text):
    assert facts(nlp, text) == set()


def test_a_company_post_resigned_stays_the_company(nlp):
    assert facts(nlp, "星河科技副总裁祁明远辞去副总裁职务。") == {("祁明远", "leave", "星河科技")}
