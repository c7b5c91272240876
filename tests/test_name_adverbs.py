"""A two-character name before a two-character adverb keeps its length: the
segmenter's give-back repair (`唐波` `健均` `已` → 唐波健 / 均) never takes the first
half of a whole adverb (`冯梅` `刚刚` `加入` stays, not 冯梅刚 / 刚: patterns.toml
whole_adverbs)."""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("星河科技副总裁冯梅刚刚加入云帆科技。", "冯梅"),
        ("星河科技副总裁宋岚刚刚离开公司,加入云帆科技。", "宋岚"),
        ("星河科技首席科学家曹琳刚刚宣布加盟云帆科技。", "曹琳"),
    ],
)
def test_a_name_before_gang_gang_keeps_its_length(nlp, text, person):
    assert {p for p, _, _ in facts(nlp, text)} == {person}


def test_the_give_back_repair_still_works_for_other_words(nlp):
    # 均 after a name is lent back: the three-character name is read whole.
    assert {p for p, _, _ in facts(nlp, "唐波健均已加入云帆科技。")} == {"唐波健"}
