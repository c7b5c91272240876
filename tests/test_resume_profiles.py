"""Profiles and résumés (issue 16, class 3): the constructions of a career told as a
biography, each row an invented sentence and the facts ANNOTATION.md says it states
(`(person, kind, organization)` and the records' `rules`). Rows that give nothing
are counter-examples of a rule."""

from __future__ import annotations

import pytest

from tests.fact_sets import facts, records


@pytest.mark.parametrize(("text", "expected"), [
    # still-serving-years: the years so far of a post still held are no leave.
    ("周明远已在腾讯工作了十二年,目前负责搜索业务。", set()),
    ("周明远已经在小米任职八年,是公司的元老之一。", set()),
    ("周明远至今已在华为工作二十年。", set()),
    # ... but the same years told of a past post are one (rule during).
    ("周明远曾在苹果工作了三年,后加入谷歌。", {("周明远", "leave", "苹果"), ("周明远", "join", "谷歌")}),
    ("周明远在苹果工作了三年,2019年加入谷歌。", {("周明远", "leave", "苹果"), ("周明远", "join", "谷歌")}),
])
def test_still_serving_years(nlp, text: str, expected: set) -> None:
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2008年,时任微软首席执行官的鲍尔默亲自出马邀请陈立华加入微软。", {("陈立华", "join", "微软")}),
    ("董事长雷军邀请陈立华博士加入小米,出任副总裁。", {("陈立华", "join", "小米")}),
    # Counter-examples: the inviter named after 受 moves no one; a verb of saying is no pivot.
    ("陈立华受雷军邀请加入小米。", {("陈立华", "join", "小米")}),
    ("雷军宣布陈立华加入小米。", {("陈立华", "join", "小米")}),
])
def test_pivot_object_moves(nlp, text: str, expected: set) -> None:
    assert facts(nlp, text) == expected


def test_pivot_object_names_its_rule(nlp) -> None:
    (record,) = records(nlp, "鲍尔默邀请陈立华加入微软。")
    assert record[0] == "陈立华" and "subject:pivot-object" in record[4]


@pytest.mark.parametrize(("text", "expected"), [
    ("赵思远是小米的创始人,创业前已有百度和美团的工作经历。", {("赵思远", "leave", "百度"), ("赵思远", "leave", "美团")}),
    ("创办星河科技之前,严梅斌先后有谷歌、阿里巴巴两段工作经历。",
     {("严梅斌", "join", "星河科技"), ("严梅斌", "leave", "谷歌"), ("严梅斌", "leave", "阿里巴巴")}),
    # Counter-examples: experience with no organization, and an organization no verb of having opens.
    ("他拥有丰富的工作经验。", set()),
    ("赵思远在百度的工作经历让他受益匪浅。", set()),
])
def test_work_experience_is_a_past_post(nlp, text: str, expected: set) -> None:
    assert facts(nlp, text) == expected


def test_work_experience_names_its_frame(nlp) -> None:
    found = records(nlp, "赵思远此前有百度和美团的工作经历。")
    assert {r[1] for r in found} == {"百度", "美团"}
    assert all("frame:work-experience" in r[4] for r in found)


def test_addressed_name_is_the_full_name(nlp) -> None:
    """`王女士` after `王雪红女士`: one person, reported by the full name."""
    assert facts(nlp, "王雪红女士现年63岁。王女士于1997年共同创立星河科技。") == {("王雪红", "join", "星河科技")}
    # Two people of that surname: `王女士` names neither for sure, and is kept as written.
    assert ("王雪红", "join", "星河科技") not in facts(nlp, "王雪红女士与王欣女士出席。王女士于1997年共同创立星河科技。")


@pytest.mark.parametrize(("text", "expected"), [
    # A founding verb's object is an organization, named or not by a lexicon.
    ("2023年底,刘思齐与王一鸣联合创立了云帆智能,这是一家清华系企业。",
     {("刘思齐", "join", "云帆智能"), ("王一鸣", "join", "云帆智能")}),
    ("2016年,杨明与陈立、王刚共同创立了云帆智能。",
     {("杨明", "join", "云帆智能"), ("陈立", "join", "云帆智能"), ("王刚", "join", "云帆智能")}),
    # Counter-examples: a description is no name.
    ("他辞职后将创建一家孵化器公司。", set()),
])
def test_founded_object_is_an_organization(nlp, text: str, expected: set) -> None:
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("杨明毕业于清华大学。2016年,他与陈立共同创立了云帆智能。", {("杨明", "join", "云帆智能"), ("陈立", "join", "云帆智能")}),
    ("杨明毕业于清华大学。他与陈立、王刚一起联合创立了星河科技。",
     {("杨明", "join", "星河科技"), ("陈立", "join", "星河科技"), ("王刚", "join", "星河科技")}),
    # Counter-example: a name after 与 in an earlier clause founds nothing.
    ("杨明毕业于清华大学。他在与陈立讨论之后,创立了星河科技。", {("杨明", "join", "星河科技")}),
])
def test_cofounders_after_with(nlp, text: str, expected: set) -> None:
    assert facts(nlp, text) == expected


def test_cofounders_after_with_names_its_rule(nlp) -> None:
    found = records(nlp, "杨明毕业于清华大学。他与陈立共同创立了云帆智能。")
    assert all("subject:cofounders-after-with" in r[4] for r in found) and len(found) == 2


def test_work_experience_after_a_copula(nlp) -> None:
    """`A,是一名已有…工作经历的95后`: 一名 describes A, no one unnamed."""
    assert facts(nlp, "小米的创始人林子轩,是一名创业前已有百度和腾讯工作经历的95后。") == {
        ("林子轩", "leave", "百度"), ("林子轩", "leave", "腾讯")}
    assert facts(nlp, "一名有百度和小米工作经历的工程师加入了星河科技。") == set()
