"""Lists of movers in news of global AI labs (helper global12), on invented
sentences: a poaching verb whose counted object is named after a colon
(subject:counted-after-colon), and a clause without a subject that goes on from a
list reaching across a comma (subject:dropped-group); each with sentences that must
keep their old reading."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "据外媒报道,亚马逊又从谷歌挖走两名工程师:Mara Quill和霍思源。",
            {("Mara Quill", "join", "亚马逊"), ("Mara Quill", "leave", "谷歌"), ("霍思源", "join", "亚马逊"), ("霍思源", "leave", "谷歌")},
        ),
        (
            "北辰智能近日从星河科技挖来了三位研究员:林若溪、Devin Orr和郑海川。",
            {
                ("林若溪", "join", "北辰智能"), ("林若溪", "leave", "星河科技"),
                ("Devin Orr", "join", "北辰智能"), ("Devin Orr", "leave", "星河科技"),
                ("郑海川", "join", "北辰智能"), ("郑海川", "leave", "星河科技"),
            },
        ),
        # counter: a count of teams, not of people, names no one after its colon.
        ("北辰智能从星河科技挖走了三个团队:视觉、语音和推荐。", set()),
        # counter: no colon; the count stays unnamed people (ANNOTATION.md: no record).
        ("北辰智能从星河科技挖走了两名工程师,林若溪对此表示遗憾。", set()),
    ],
)
def test_counted_after_colon(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_counted_after_colon_names_its_rule(nlp):
    assert "subject:counted-after-colon" in rules_text(nlp, "亚马逊从谷歌挖走了两名工程师:Mara Quill和霍思源。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "工程师Mara Quill、霍思源,以及此前负责芯片设计的Devin Orr均已离开英特尔,加入亚马逊。",
            {
                ("Mara Quill", "leave", "英特尔"), ("Mara Quill", "join", "亚马逊"),
                ("霍思源", "leave", "英特尔"), ("霍思源", "join", "亚马逊"),
                ("Devin Orr", "leave", "英特尔"), ("Devin Orr", "join", "亚马逊"),
            },
        ),
        (
            "林若溪,郑海川,钱思远等人已先后离开星河科技,加入北辰智能。",
            {
                ("林若溪", "leave", "星河科技"), ("林若溪", "join", "北辰智能"),
                ("郑海川", "leave", "星河科技"), ("郑海川", "join", "北辰智能"),
                ("钱思远", "leave", "星河科技"), ("钱思远", "join", "北辰智能"),
            },
        ),
        # counter: the later clause names its own subject; only it joins.
        (
            "工程师Mara Quill、霍思源,以及副总裁Devin Orr均已离开英特尔,张伟随后加入亚马逊。",
            {("Mara Quill", "leave", "英特尔"), ("霍思源", "leave", "英特尔"), ("Devin Orr", "leave", "英特尔"), ("张伟", "join", "亚马逊")},
        ),
    ],
)
def test_dropped_group(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_dropped_group_names_its_rule_and_keeps_own_titles(nlp):
    text = "工程师Mara Quill、霍思源,以及此前负责芯片设计的Devin Orr均已离开英特尔,加入亚马逊。"
    assert "subject:dropped-group" in rules_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # name:glued after a title and a space (`CTO MarcoVell`).
        ("据悉,联合创始人兼CTO MarcoVell已加入谷歌。", {("MarcoVell", "join", "谷歌")}),
        # a glued name coordinated with a name found: the list vouches for it.
        (
            "两位早期员工TessaLund和闻立峰均已加入谷歌。",
            {("TessaLund", "join", "谷歌"), ("闻立峰", "join", "谷歌")},
        ),
        # the same glued token again, without a title, is the same person.
        (
            "北辰智能CTO MarcoVell上月离职。公司随后确认,MarcoVell已加入谷歌。",
            {("MarcoVell", "leave", "北辰智能"), ("MarcoVell", "join", "谷歌")},
        ),
        # counter: a glued product name with no title and no list of names stays no person.
        ("北辰智能发布了NovaBand手环,随后加入谷歌的生态计划。", set()),
    ],
)
def test_glued_names(nlp, text, expected):
    assert facts(nlp, text) == expected
