"""Global AI labs and big tech in Chinese press (issue 16, helper `labs`): constructions
of that news, tested on invented sentences. Rules: `move-weighed` (a verb right after
考虑 is weighed, not made), `byline-label` (`编辑 | 韩立明` names who wrote the
article, never the subject of a later clause)."""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A move weighed right before its verb is none.
        ("评论区里,有网友鼓励韩立明考虑加入星河科技。", set()),
        ("Ada Brook考虑过离开星河科技。", set()),
        ("云帆科技CEO宋雨桐透露,韩立明正在评估是否考慮加盟雲帆科技。", set()),
        # Counter-examples: a decision after thought; a thought earlier in the clause.
        ("经过慎重考虑,韩立明决定离开星河科技。", {("韩立明", "leave", "星河科技")}),
        ("韩立明考虑再三后加入星河科技。", {("韩立明", "join", "星河科技")}),
    ],
)
def test_a_weighed_move_gives_no_record(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The byline's names lend no subject to a later clause without one.
        ("作者 | 宋雨桐\n编辑 | 韩立明\n近年来,从星河科技出走创业的研究员越来越多。", set()),
        ("文 | 云帆周刊,作者 | 宋雨桐\n近年来,离开星河科技的研究员越来越多。", set()),
        ("撰文:宋雨桐\n近年來,從星河科技出走創業的研究員越來越多。", set()),
        # Counter-example: the byline's writer named again as the subject moves.
        ("作者 | 宋雨桐\n宋雨桐此前在星河科技工作,去年离开星河科技加入云帆科技。",
         {("宋雨桐", "leave", "星河科技"), ("宋雨桐", "join", "云帆科技")}),
    ],
)
def test_a_byline_name_is_no_topic(nlp, text, expected):
    assert facts(nlp, text) == expected
