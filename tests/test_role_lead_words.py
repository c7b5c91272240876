"""role_finish role:lead-word-cut with the words of post-lead-words that a walk
leftwards from a title took in: a post never starts with the verb, preposition
or adjective of the sentence around it."""

from __future__ import annotations

import pytest

from talentflow.api import extract_text


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("星河科技公布海外子公司执行长人选,由韩立明出任。", "韩立明", "海外子公司执行长"),  # 公布
        ("面对资深副总经理周以安离开北辰资本的消息,公司保持沉默。", "周以安", "资深副总经理"),  # 面对
        ("宣布星河科技全球副总裁韩立明离开公司。", "韩立明", "全球副总裁"),  # 宣布 (before)
    ],
)
def test_the_post_starts_after_the_sentence_word(text: str, person: str, role: str) -> None:
    roles = [move.role for move in extract_text(text) if move.person == person]
    assert roles == [role]


def test_a_post_holding_no_lead_word_is_kept_whole() -> None:
    # counter: 从事 is no preposition 从; the post stays whole.
    roles = [move.role for move in extract_text("从事研究的首席科学家韩立明已离开星河科技。") if move.person == "韩立明"]
    assert all(not role.startswith(("从", "面对", "公布")) for role in roles)
