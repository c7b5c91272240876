"""Succession told with a serving verb or 接棒 (served.py frame:succeeding-post and
frame:future-post with org:announcer; rule succeeds with 接棒/接班), on invented sentences."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # 接替B担任 takes B's post now: a join, and B leaves it.
        ("杜远帆接替孟青云担任星河科技首席财务官。",
         {("杜远帆", "join", "星河科技"), ("孟青云", "leave", "星河科技")}, "frame:succeeding-post"),
        # No organization after the verb: the one announcing.
        ("星河科技宣布,杜远帆将接替孟青云担任首席执行官。",
         {("杜远帆", "join", "星河科技"), ("孟青云", "leave", "星河科技")}, "org:announcer"),
        ("北辰電子宣布,杜遠帆將於7月1日起擔任執行長。",
         {("杜遠帆", "join", "北辰電子")}, "org:announcer"),
        # 接棒 with a person after it names the predecessor, like 接替.
        ("杜远帆接棒孟青云,出任星河科技首席执行官。",
         {("杜远帆", "join", "星河科技"), ("孟青云", "leave", "星河科技")}, "frame:succession-predecessor"),
    ],
)
def test_succession_with_serving_verb(nlp, text, expected, rule):
    assert facts(nlp, text) == expected
    assert rule in rules_text(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # A post held, no change: no successor verb, no 将.
        "星河科技宣布,杜远帆目前担任首席执行官。",
        # 接班人 is a noun: the name after it is the successor, not one succeeded.
        "孟青云2015年加入星河科技。星河科技创始人孟青云的接班人杜远帆目前担任总裁。",
        # A successor verb with no person: no post of anyone's taken.
        "星河科技现任首席执行官杜远帆表示,公司将接替原有系统担任行业标杆。",
    ],
)
def test_no_succession_read(nlp, text):
    found = facts(nlp, text)
    assert not any(person == "杜远帆" for person, _, _ in found)
    assert "frame:succeeding-post" not in rules_text(nlp, text)
