"""Where an unknown Chinese name ends on its right (name:given-back-wide, name:right-edge-apart):
a word after the name that took its last given character gives it back when what follows
claims the word's last character outright, and a character the HMM glued to the name goes
to the word it opens. Sentences invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        pytest.param("柴雁天将出任星港科技首席技术官。", "柴雁天", "柴雁", id="tian-before-jiang-and-its-verb"),
        pytest.param("柴雁天將出任星港科技首席技術官。", "柴雁天", "柴雁", id="tian-before-jiang-traditional"),
        pytest.param("祁韵国自2019年起担任星港科技副总裁。", "祁韵国", "祁韵", id="guo-before-since-and-a-date"),
        pytest.param("甄玥建于去年加入星港科技。", "甄玥建", "甄玥", id="jian-before-yu-and-a-time-word"),
        pytest.param("甄玥建於去年加入星港科技。", "甄玥建", "甄玥", id="jian-before-yu-traditional"),
        pytest.param("柯澜永、洪蕾、谭钧建三人已离开星港科技。", "谭钧建", "谭钧", id="jian-before-a-count-of-people"),
        pytest.param("星港科技财务总监柯澜永和技术总监洪蕾同日离职。", "柯澜永", "柯澜", id="yong-before-he-and-a-title"),
        pytest.param("白帆离开百度之后加盟小米。", "白帆", "白帆离", id="li-opens-the-verb-likai"),
        pytest.param("李文和洪蕾一同加入云岫智能。", "李文", "李文和", id="he-before-a-name"),
    ],
)
def test_the_name_ends_where_the_next_word_begins(persons_in, text: str, name: str, wrong: str) -> None:
    found = persons_in(text)
    assert name in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 先 is an adverb before the preposition: 李明 is the name.
        pytest.param("柴明先于2020年加入星港科技。", "柴明", id="adverb-xian-keeps-its-word"),
        # 一 seldom ends a given name: 一直 stays a word.
        pytest.param("祁韵一直在星港科技任职。", "祁韵", id="yi-zhi-stays-a-word"),
        # A verb after a whole three-character name claims nothing of it.
        pytest.param("韩立明加入星港科技。", "韩立明", id="whole-name-before-a-verb"),
        # A name jieba cut after the surname: 和平 is its given name, 表示 the verb.
        pytest.param("王和平表示将加入星港科技。", "王和平", id="he-inside-a-name"),
    ],
)
def test_the_name_keeps_its_characters(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)


def test_a_compound_surname_keeps_its_given_name(persons_in) -> None:
    # 巫马 is a compound surname: 清越 is the given name, 离职 the verb.
    assert "巫马清越" in persons_in("前任负责人巫马清越离职创业。")
