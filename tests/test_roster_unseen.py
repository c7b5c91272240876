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


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # A founder and 创办的 before the object: the organization after 的 is joined.
        ("两人相识多年,2010年郑海川就加入了何小鹏创办的UC,当产品主管。", "郑海川", "UC"),
        ("郑海川加入了雷军一手创立的小米。", "郑海川", "小米"),
    ],
)
def test_a_join_of_the_company_someone_founded(nlp, text, person, org):
    found = records(nlp, text)
    mine = [r for r in found if r[0] == person]
    assert [r[2] for r in mine] == [org], found
    assert "org:founder-relative" in mine[0][4]


def test_a_plain_join_is_not_a_founder_relative(nlp):
    found = records(nlp, "郑海川加入小米。")
    assert [(r[0], r[2]) for r in found] == [("郑海川", "小米")] and "org:founder-relative" not in found[0][4]


def test_an_appointment_no_longer_made_is_a_leave(nlp):
    found = facts(nlp, "7月5日,星河科技发布公告称,同意不再聘任林若溪为公司总裁,同时聘任郑海川为公司新任总裁。")
    assert ("林若溪", "leave", "星河科技") in found and ("林若溪", "join", "星河科技") not in found
    assert ("郑海川", "join", "星河科技") in found


def test_a_brief_naming_one_organization_gives_it_to_a_bare_leave(nlp):
    text = "星河科技再现人事变动。据知情人士透露,产品副总裁林若溪已于1月离开公司,其工作暂由郑海川接手。"
    found = records(nlp, text)
    assert [(r[0], r[1]) for r in found if r[1]] == [("林若溪", "星河科技")], found


def test_a_brief_with_two_organizations_has_no_sole_one(nlp):
    # 离职 with no object: which of the two was left is not told.
    found = records(nlp, "星河科技与北辰科技达成合作。据悉,林若溪已于1月离职。")
    assert not [r for r in found if r[0] == "林若溪" and "org:sole-org" in r[4]], found


def test_the_previous_sentence_sets_the_organization_left(nlp):
    text = "过去一年,星河科技的高管团队变化不小。林若溪和郑海川先后出走,前者创业,后者加入了小米。"
    found = facts(nlp, text)
    assert {("林若溪", "leave", "星河科技"), ("郑海川", "leave", "星河科技"), ("郑海川", "join", "小米")} <= found
    assert ("林若溪", "join", "小米") not in found


def test_a_name_after_a_closed_bracket_is_the_next_person(nlp):
    """`A(分管研发)、B(分管营销)`: B follows A's bracket, it is no alias of A."""
    text = "星河科技多名高管近日离职。他们分别是:执行副总裁林若溪(分管研发)、郑海川(分管营销)、钱思远(分管财务)。"
    assert {r[0] for r in records(nlp, text)} == {"林若溪", "郑海川", "钱思远"}


def test_a_bracketed_alias_still_is_one_person(nlp):
    assert {r[0] for r in records(nlp, "张健(音译,Jian Zhang)已加入星河科技。")} == {"张健"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # A verb naming the business (移动) stays in the unit's name, and 事业群 goes on in 组.
        ("2024年11月,百度移动生态事业群组(MEG)的核心高管林若溪离职。", "百度移动生态事业群组"),
        ("郑海川离开了百度搜索事业部。", "百度搜索事业部"),
    ],
)
def test_a_unit_named_by_its_business(nlp, text, org):
    assert {r[1] for r in records(nlp, text)} == {org}, records(nlp, text)
