"""Long profiles: whom a clause is about, and the posts of a résumé told in prose.

- possessor with an apposition: `A的前同事、星河证券前董事总经理B,…加入X`: A only
  qualifies B, whose own description follows after 、 (subjects._POSSESSOR);
- the first post of a résumé (`早年在X做Y`, `先在X做了两年Y`: past triggers 早年在,
  早年曾在, 先在), a leave once a later employer is known; never schooling
  (`先在星河大学读硕士`: a school and a schooling cue in the clause);
- a dated next join (`之后转投X,2021年加入Y`): a clause opening on its own date, after a
  join undated or dated earlier, leaves the employer just joined (from:previous-join).

Every name and sentence here is invented.
"""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("韩立明的前同事、星河证券研究部前董事总经理宋雨桐,也在今年初加入了云帆科技。",
         ("宋雨桐", "join", "云帆科技"), ("韩立明", "join", "云帆科技")),
        ("韩立明在百度时期的老搭档、前产品副总裁宋雨桐,上个月已加入云帆科技。",
         ("宋雨桐", "join", "云帆科技"), ("韩立明", "join", "云帆科技")),
    ],
)
def test_a_possessor_before_an_apposition_is_not_the_subject(nlp, text, expected, absent) -> None:
    found = facts(nlp, text)
    assert expected in found
    assert absent not in found


def test_a_name_that_is_the_subject_before_a_comma_stays_the_subject(nlp) -> None:
    # Counter-example: no 的 between the names; the first name is the clause's subject.
    found = facts(nlp, "韩立明、宋雨桐等人,上个月已加入云帆科技。")
    assert ("韩立明", "join", "云帆科技") in found


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("石磊早年在星河证券做并购,2015年加入云帆资本。", "星河证券"),
        ("石磊早年曾在星河证券做研究,后来加入云帆资本。", "星河证券"),
        ("韦宁是云帆科技的工程师。他先在星河科技做了两年测试,之后转投云帆科技。", "星河科技"),
    ],
)
def test_the_first_post_of_a_resume_is_left_for_the_next(nlp, text: str, left: str) -> None:
    assert any(kind == "leave" and org == left for _, kind, org in facts(nlp, text))


def test_a_school_studied_at_first_is_no_post(nlp) -> None:
    text = "韦宁是云帆科技的工程师。他先在星河大学读硕士,之后加入云帆科技。"
    found = facts(nlp, text)
    assert ("韦宁", "join", "云帆科技") in found
    assert not any(org == "星河大学" for _, _, org in found)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("韦宁先在星河科技实习,之后转投云帆研究院,2021年加入北辰智能。", "云帆研究院"),
        ("韦宁2016年加入星河科技,2019年加入云帆智能,负责芯片设计。", "星河科技"),
    ],
)
def test_a_dated_join_after_another_leaves_it(nlp, text: str, left: str) -> None:
    assert ("韦宁", "leave", left) in facts(nlp, text)
    assert "from:previous-join" in rules_text(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "韦宁2019年加入星河科技,2021年出任星河科技副总裁。",  # a post at the employer joined
        "韦宁2019年加入星河科技,2016年加入云帆智能。",  # dated before: no next step
    ],
)
def test_a_dated_join_that_is_no_next_step_leaves_nothing_new(nlp, text: str) -> None:
    assert "from:previous-join" not in rules_text(nlp, text)
