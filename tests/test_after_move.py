"""A bare leave told after the person's move (relations/after_move.py): the move
told again leaves where it started (org:move-origin), a leave with a later date or
told as a new one leaves the new employer (org:last-joined), and a leave never
leaves the organization joined later in the same sentence (org:not-joined-later)."""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The move told again, as a noun: the leave of where it started.
        (
            "韩立明已从联想离职,加盟美团担任副总裁。韩立明的离职在业内引发不少讨论。",
            {("韩立明", "leave", "联想"), ("韩立明", "join", "美团")},
        ),
        (
            "韩立明和宋雨桐本月离开京东,一同加入快手。他们的出走让京东颇为被动。",
            {("韩立明", "leave", "京东"), ("宋雨桐", "leave", "京东"), ("韩立明", "join", "快手"), ("宋雨桐", "join", "快手")},
        ),
        # A later date, or a leave told as new: the new employer is left.
        (
            "2019年,韩立明从联想跳槽至美团。2023年,韩立明离职创业。",
            {("韩立明", "leave", "联想"), ("韩立明", "join", "美团"), ("韩立明", "leave", "美团")},
        ),
        (
            "韩立明从联想跳槽至美团。不到两年,韩立明又离职了。",
            {("韩立明", "leave", "联想"), ("韩立明", "join", "美团"), ("韩立明", "leave", "美团")},
        ),
        # A plain join before: the bare leave leaves it.
        ("2021年韩立明加盟美团。今年韩立明宣布离职。", {("韩立明", "join", "美团"), ("韩立明", "leave", "美团")}),
        # Leaving first, joining later in the same sentence: not a leave of what is joined.
        ("韩立明已跳槽到美团。今年3月,韩立明先是宣布辞职创业,到了6月却正式加入了美团。", {("韩立明", "join", "美团")}),
    ],
)
def test_a_bare_leave_after_a_move(nlp, text, expected):
    assert facts(nlp, text, published="2025-08-26") == expected
