"""Names in a list of movers read whole (lists helper): 均 closing the list is no
part of the last name (segment_names name:all-apart, `人均` cut across a count), the
list's 和 is no part of a transliterated name after it (name:conjunction-apart), and
均 after a transliterated name closes the list (foreign_names name:translit-list-closer)."""

from __future__ import annotations

import pytest

from fact_sets import facts


def _tokens(nlp, text: str) -> list[str]:
    return [token.text for token in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "people", "org"),
    [
        ("柏文远、宋雨桐两人均已加入京东。", ["柏文远", "宋雨桐"], "京东"),
        # A name jieba knows as a word reads as one before 均 as before 都 (persons.py list_closers).
        ("王伟和李强均已加入京东。", ["王伟", "李强"], "京东"),
        ("王伟及李娜均已加入京东。", ["王伟", "李娜"], "京东"),
        ("王立与约翰·舒尔曼均已离开京东。", ["王立", "约翰·舒尔曼"], "京东"),
        ("Omar Haddad与拉维·梅农均已加入京东。", ["Omar Haddad", "拉维·梅农"], "京东"),
        ("Noah Brennan和莉娜·福格尔均已加入京东。", ["Noah Brennan", "莉娜·福格尔"], "京东"),
        ("萨姆·奥尔特曼和格雷格·布罗克曼均已离开京东。", ["萨姆·奥尔特曼", "格雷格·布罗克曼"], "京东"),
    ],
)
def test_list_names_read_whole(nlp, text, people, org):
    found = facts(nlp, text)
    assert {person for person, _, _ in found} == set(people), found
    assert all(o == org for _, _, o in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words of their own stay whole.
        ("他们的人均收入很高。", "人均收入"),
        ("公司人均薪酬上涨。", "人均"),
        # A dotted name's first part may open with a character that is no conjunction.
        ("和平·卡特加入京东。", "和平"),
        # A name read whole with 均 in it, not before an adverb, is not cut.
        ("王均加入京东。", "王均"),
    ],
)
def test_words_that_stay_whole(nlp, text, expected):
    assert expected in _tokens(nlp, text)


def test_count_before_all_is_a_count(nlp):
    assert _tokens(nlp, "每三人均有一台电脑。")[:3] == ["每", "三人", "均"]


def test_a_word_before_all_is_no_name(nlp):
    assert not [e for e in nlp("价格高峰均已过去。").ents if e.label_ == "PERSON"]
