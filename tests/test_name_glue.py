"""Names jieba glued to the word after them, or kept as a word of its own (issue 16,
class 1: names). Every name and sentence here is invented.

- name:frequent-word-then-given: a name jieba knows as a frequent word (张飞, 刘翔) may be
  the first two characters of a longer name whose last one jieba left alone
  (`总裁` `张飞` `鑫` `离任`); an adverb after such a word is no given character
  (`方国` `亦` `将`);
- name-lends-given (patterns.toml) for 因, 在, 现: a dictionary word (梅因, 永在) took the
  name's last character, and what follows shows the character opens the predicate
  (因 before a reason, 在 before a place, 现 before 为/任).
"""

from __future__ import annotations

import pytest

from fact_sets import facts
from test_name_edges import persons


# ---------------------------------------------------------------- name:frequent-word-then-given

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星河科技总裁张飞鑫已离任。", "张飞鑫"),
        ("云帆科技技术总监刘翔嘉通过内部信宣布离职。", "刘翔嘉"),
        ("星河科技前总经理李俊波还没上任就走人。", "李俊波"),
        # name-lends-given: 因 before a reason, 在 before a place, 现 before 为.
        ("星河科技公告称,副总裁刘秀梅因个人原因辞职。", "刘秀梅"),
        ("云帆科技副总裁郭子永在微博发文宣布离职。", "郭子永"),
        ("程璐哲现为星河科技副总裁,先前在云帆科技任职。", "程璐哲"),
    ],
)
def test_the_last_given_character_joins_the_name(nlp, text: str, name: str) -> None:
    found = persons(nlp, text)
    assert name in found
    assert name[:2] not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("张飞宣布离开星河科技。", "张飞"),
        ("星河科技总裁高峰亦将离职。", "高峰"),
    ],
)
def test_a_known_name_word_keeps_its_two_characters_before_a_predicate(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize("text", ["方国亦将加入星河科技。", "姚一亦将加入云帆科技。"])
def test_an_adverb_after_a_word_is_no_given_character(nlp, text: str) -> None:
    assert not any(name.endswith("亦") for name in persons(nlp, text))


def test_the_longer_name_makes_the_record(nlp) -> None:
    assert facts(nlp, "星河科技总裁张飞鑫已离任。") == {("张飞鑫", "leave", "星河科技")}


# ---------------------------------------------------------------- name-lends-given: counter-examples

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("陈静因此离开星河科技。", "陈静"),
        ("张伟因病辞去星河科技总裁一职。", "张伟"),
        ("李强在微博发文称已离开云帆科技。", "李强"),
        ("周敏现任星河科技副总裁。", "周敏"),
        ("刘洋现在是云帆科技副总裁。", "刘洋"),
    ],
)
def test_a_word_after_a_whole_name_keeps_its_characters(nlp, text: str, name: str) -> None:
    found = persons(nlp, text)
    assert name in found
    assert not any(len(other) > len(name) and other.startswith(name) for other in found)
