"""Rosters (pipeline/relations/rosters.py): one move stated for a group, the names listed after it.

Articles are invented for the test. Each row: the record every listed person
must get and the subject rule id it carries; the counter-examples are lists that
are not of people, or of people who did not move.
"""

from __future__ import annotations

import pytest

import talentflow


def records(nlp, text: str) -> list[tuple[str, str, str, str, list[str]]]:
    found = talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)
    return [(r.person, r.from_org, r.to_org, r.role, r.rules.split()) for r in found]


@pytest.mark.parametrize(
    ("text", "people", "from_org", "to_org", "rule"),
    [
        # 包括 after a move stated for unnamed people.
        ("小米近期多名高管离职,包括林若溪、郑海川和钱思远。", ["林若溪", "郑海川", "钱思远"], "小米", "", "subject:roster-inline"),
        ("今年以来,多位高管离开了小米,包括林若溪、郑海川等。", ["林若溪", "郑海川"], "小米", "", "subject:roster-inline"),
        # `…的研究员有:` and the names.
        ("此次加入月之暗面的研究员有:林若溪、郑海川、钱思远。", ["林若溪", "郑海川", "钱思远"], "", "月之暗面", "subject:roster-inline"),
        # One person per line under a sentence that ends on a colon.
        ("百度宣布,以下高管已加入公司:\n林若溪,前阿里巴巴云计算负责人\n郑海川,前腾讯游戏技术总监",
         ["林若溪", "郑海川"], "", "百度", "subject:roster-lines"),
        ("小米人事变动\n据悉,此次离职的成员包括:\n- 林若溪:手机部总经理\n- 郑海川:技术委员会主席",
         ["林若溪", "郑海川"], "小米", "", "subject:roster-lines"),
        # An organization hiring unnamed people (迎来), the names one a line.
        ("星河科技近日迎来多位新高管,名单如下:\n林若溪,前阿里巴巴技术负责人\n郑海川,前腾讯产品负责人",
         ["林若溪", "郑海川"], "", "星河科技", "subject:roster-lines"),
        # A bare join (有…加入,) whose clause opens on the organization joined.
        ("星河科技近日有多位新高管加入,名单如下:\n林若溪,前阿里巴巴技术负责人\n郑海川,前腾讯产品负责人",
         ["林若溪", "郑海川"], "", "星河科技", "subject:roster-lines"),
        # A first item the name stage misses (曾 read as `once`): the list vouches for it.
        ("小米近期多名高管离职,包括曾琳娜、郑海川和钱思远。", ["曾琳娜", "郑海川", "钱思远"], "小米", "", "subject:roster-inline"),
        # `和他同时期加入X的,还有A、B、C等`: a name the name stage misses (万里 is a
        # word) counts when it stands between names of the list.
        ("高明远是阿里研究院的老将,和他同时期加入阿里的,还有林若溪、闵万里、华先胜、任小枫等。",
         ["林若溪", "闵万里", "华先胜", "任小枫"], "", "阿里", "subject:also-listed"),
    ],
)
def test_roster(nlp, text, people, from_org, to_org, rule):
    found = records(nlp, text)
    for person in people:
        mine = [r for r in found if r[0] == person and r[1] == from_org and r[2] == to_org]
        assert mine, (person, found)
        assert rule in mine[0][4]


@pytest.mark.parametrize(
    "text",
    [
        # People who did not move: no trigger governs the list.
        "出席会议的有林若溪、郑海川。",
        # A list that is not of people.
        "小米近期多名高管离职,包括手机、芯片等多个部门。",
        # A list after a leave whose subject is dropped, in a later clause: who stays.
        "小米人事调整\n上个月离职后,公司的管理层包括郑海川、钱思远。",
        "小米人事调整\n离职后,公司的股东有郑海川、钱思远。",
        # The colon announces a list, but its lines are not people.
        "小米宣布,以下业务已并入公司:\n手机业务,原属消费电子部\n芯片业务,原属研究院",
    ],
)
def test_not_a_roster(nlp, text):
    assert not [r for r in records(nlp, text) if "subject:roster-inline" in r[4] or "subject:roster-lines" in r[4]], records(nlp, text)


def test_listed_people_stops_at_a_non_name(view):
    from talentflow.relations.rosters import listed_people

    seen = view("还有林若溪、郑海川、芯片部门等人。")
    first = seen.persons[0]
    assert [p.key for p in listed_people(seen, first, len(seen.simple))] == ["林若溪", "郑海川"]


def test_roster_line_gives_the_role(nlp):
    text = "小米人事变动\n据悉,此次离职的成员包括:\n- 林若溪:手机部总经理\n- 郑海川,小米集团技术委员会主席"
    roles = {r[0]: (r[3], r[4]) for r in records(nlp, text)}
    assert roles["林若溪"][0] == "手机部总经理" and "role:roster-item" in roles["林若溪"][1]
    assert roles["郑海川"][0] == "技术委员会主席"


def test_roster_line_former_post_is_not_the_role(nlp):
    # 前阿里巴巴…负责人 is where the person comes from, not the post at 百度.
    text = "百度宣布,以下高管已加入公司:\n林若溪,前阿里巴巴云计算负责人\n郑海川,腾讯游戏技术总监"
    roles = {r[0]: r[3] for r in records(nlp, text)}
    assert roles == {"林若溪": "", "郑海川": ""}


def test_a_list_ends_after_a_comma_with_yiji(nlp):
    """`A、B,以及执行总监C均辞职`: the clause opening with 以及 ends the list begun before
    the comma; all four leave (subject:list-across-comma)."""
    found = records(nlp, "星河科技副总裁吴立峰、顾明栋、韦川,以及执行总监沈雯琪均已辞职。")
    assert sorted(r[0] for r in found) == sorted(["吴立峰", "顾明栋", "韦川", "沈雯琪"])
    assert all(r[1] == "星河科技" for r in found)
    assert any("subject:list-across-comma" in r[4] for r in found)


def test_a_clause_with_its_own_subject_after_yiji_keeps_it(nlp):
    """`…,以及C已辞职` after a sentence about other people with no list: only C."""
    found = records(nlp, "吴立峰负责销售,以及沈雯琪已从星河科技辞职。")
    assert [r[0] for r in found] == ["沈雯琪"]
@pytest.mark.parametrize(
    "text",
    [
        "星河科技迎来多个新项目,包括大模型、芯片和云服务。",  # a list of things, not of people
        "星河科技迎来多项新业务,名单如下:\n大模型,由研究院负责\n芯片设计,由硬件部负责",
    ],
)
def test_an_organization_welcoming_things_lists_nobody(nlp, text):
    assert records(nlp, text) == []
