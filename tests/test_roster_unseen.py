"""Constructions of executive round-ups on unseen news (issue 16, classes 2, 5 and 3):
a roster in the sentence after the move (`他们分别是:`, further `高级副总裁:` groups),
a roster after a colon that ends the clause, a count of people after the company
(`星河科技19名管理层`), `自` + a date after a name, and a series of past employers
(`曾先后就职于A、B`). Articles invented for the test."""

from __future__ import annotations

import pytest

from fact_sets import facts, records


@pytest.mark.parametrize(
    ("text", "people", "org", "rule"),
    [
        # The names in the next sentence, opened by 他们分别是:
        ("星河科技近期有多名高管离职。他们分别是:副总裁林若溪、技术总监郑海川和财务总监钱思远。",
         ["林若溪", "郑海川", "钱思远"], "星河科技", "subject:roster-next-sentence"),
        # … and a further group headed by a title and a colon.
        ("星河科技十余名管理层提交了离职报告。\n他们分别是:总裁林若溪、执行副总裁郑海川(分管研发)。高级副总裁:钱思远、孙立波。",
         ["林若溪", "郑海川", "钱思远", "孙立波"], "星河科技", "subject:roster-next-sentence"),
        # The mark and a colon end the clause; the names fill the rest of the sentence.
        ("星河科技三名高管已于上月离开公司,分别是:首席财务官林若溪、副总裁郑海川(分管销售)。",
         ["林若溪", "郑海川"], "星河科技", "subject:roster-after-colon"),
    ],
)
def test_roster_after_the_move(nlp, text, people, org, rule):
    found = records(nlp, text)
    for person in people:
        mine = [r for r in found if r[0] == person and r[1] == org]
        assert mine, (person, found)
        assert rule in mine[0][4]


@pytest.mark.parametrize(
    "text",
    [
        # No move stated for a group before the list: the people stay.
        "星河科技召开年会。他们分别是:总裁林若溪、副总裁郑海川。",
        # A named person moves; the next sentence's list is of others.
        "林若溪已从星河科技离职。他们分别是:总裁郑海川、副总裁钱思远。",
        # A title group with no roster before it.
        "星河科技发布新品。高级副总裁:郑海川、钱思远出席。",
    ],
)
def test_no_roster_without_a_group_move(nlp, text):
    assert not [r for r in records(nlp, text) if "subject:roster-next-sentence" in r[4] and r[0] != "林若溪"], records(nlp, text)


def test_a_count_after_the_company_is_not_part_of_its_name(nlp):
    found = records(nlp, "与此同时,中兴通讯19名公司管理层提交了离职报告。他们分别是:总裁林若溪、副总裁郑海川。")
    assert {r[1] for r in found} == {"中兴通讯"}, found


def test_a_latin_unit_after_a_company_still_reads(nlp):
    assert ("林若溪", "leave", "京东X-lab") in facts(nlp, "京东X-lab负责人林若溪离职。")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("公开资料显示,余洋自2016年加入英伟达,主导了多款产品的研发。", "余洋"),
        ("林晨华自2009年便加入百度,2015年升任首席采购官。", "林晨华"),
        ("公開資料顯示,劉波自2005年便加入OPPO。", "劉波"),
        # 于 before a date: the three-character name keeps its third character.
        ("冯兰建于2021年加入百度。", "冯兰建"),
    ],
)
def test_zi_before_a_date_ends_the_name(nlp, text, person):
    assert {r[0] for r in records(nlp, text)} == {person}


def test_a_series_of_past_employers_gives_a_leave_of_each(nlp):
    found = facts(nlp, "魏强曾先后就职于松下、京东、华为等公司,开发过多款产品。")
    assert {("魏强", "leave", o) for o in ("松下", "京东", "华为")} <= found
    assert not [f for f in found if f[1] == "join"]
