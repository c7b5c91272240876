"""Academia: a post at a university is a career move, schooling is none (ANNOTATION.md).

`加盟复旦大学`, `全职加入清华大学`, `受聘为…教授`, `回国任教于…` take a post at a
school; `毕业于`, `就读于`, `攻读博士`, `担任访问学者` at a school study there. Sentences
are invented; each pattern has its counter-example.
"""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("前星河科技首席科学家韦思远近日加盟复旦大学。", "复旦大学"),  # students do not 加盟 a university
        ("韦思远已全职加入清华大学。", "清华大学"),
        ("韦思远今年加入浙江大学。", "浙江大学"),
        ("韦思远2018年回国任教于南京大学。", "南京大学"),  # a dated teaching post
        ("韦思远受聘于北京大学。", "北京大学"),
    ],
)
def test_a_post_taken_at_a_school_is_a_join(nlp, text, school):
    assert ("韦思远", "join", school) in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "韦思远本科就读于南京大学。",
        "韦思远毕业于清华大学。",
        "韦思远在麻省理工学院攻读博士学位。",
        "韦思远曾在麻省理工学院担任访问学者。",  # a stay of study, whichever frame reads it
        "韋思遠曾在麻省理工學院擔任訪問學者。",  # and in traditional script
        "韦思远现任教于清华大学。",  # a post held, no change told
    ],
)
def test_schooling_and_posts_merely_held_give_nothing(nlp, text):
    assert facts(nlp, text) == set()


def test_a_visiting_post_at_a_company_is_still_a_post(nlp):
    assert ("韦思远", "leave", "微软") in facts(nlp, "韦思远曾在微软担任访问学者,今年加入百度。")


def test_a_dated_teaching_span_is_a_join_and_a_leave(nlp):
    got = facts(nlp, "韦思远2012年至2018年任教于清华大学,2018年加入百度。")
    assert {("韦思远", "join", "清华大学"), ("韦思远", "leave", "清华大学"), ("韦思远", "join", "百度")} <= got


def test_a_leave_after_schooling_leaves_the_employer_joined_not_the_school(nlp):
    got = facts(nlp, "韦思远毕业于香港大学,毕业后加入京东,2021年离职创办星河科技。")
    assert ("韦思远", "leave", "京东") in got
    assert ("韦思远", "leave", "香港大学") not in got
