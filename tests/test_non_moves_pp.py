"""Sentences that state no move by a named person: a group without names as the
subject (`大量算法人才离开X`, `其中有人回到X`: unnamed cues), a move weighed or tried
(`正认真考虑离职`, `曾尝试挖角`: hypothetical cues), and a move named as an option
(`回到X也是不错的选择`: rule move-as-option). The person named before keeps only
what is said of them."""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An unnamed group does not lend its move to the person named before.
        ("韩立明去年加入星河科技。今年以来,大量算法人才相继离开星河科技加入云帆科技。", {("韩立明", "join", "星河科技")}),
        ("Ada Brook和Leo Marsh已离开星河科技。其中有人入职云帆科技不到一个月就回到了星河科技。",
         {("Ada Brook", "leave", "星河科技"), ("Leo Marsh", "leave", "星河科技")}),
        # A move considered or attempted is none.
        ("星河科技高级副总裁韩立明正认真考虑离职。", set()),
        ("云帆科技曾尝试挖角星河科技研究员韩立明,但未能成功。", set()),
        # A move weighed as an option is none; the leave stated before it stands.
        ("韩立明从星河科技辞职后去向未定,外界认为回到云帆科技也是不错的选择。", {("韩立明", "leave", "星河科技")}),
        # Counter-examples: a decision after thought, a stated join, a named group.
        ("经过慎重考虑,韩立明决定离开星河科技。", {("韩立明", "leave", "星河科技")}),
        ("韩立明加入云帆科技,这是他的第三份工作。", {("韩立明", "join", "云帆科技")}),
        ("韩立明与宋雨桐一同加入云帆科技。", {("韩立明", "join", "云帆科技"), ("宋雨桐", "join", "云帆科技")}),
    ],
)
def test_no_move_is_given_to_a_named_person(nlp, text, expected):
    assert facts(nlp, text) == expected
