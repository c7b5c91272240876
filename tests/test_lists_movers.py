"""Every person of a list of movers gets the move (lists helper), on invented
sentences: a colon list split by commas (subject:roster-after-colon), a roster after
`分别是` that the verb phrase describes (subject:roster-inline), a bare count that
points back (`三位均已`, patterns.toml count-pointer, subject:plural-topic), each
person's own `来自X的` (from:own-origin), the people of a hire's `X的A和B`
(from:described-object); with lists that must give no record or fewer."""

from __future__ import annotations

import pytest

from fact_sets import facts, records


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        (
            "本月加入京东的研究员包括:柏文远,Mira Holt,宋雨桐。",
            {("柏文远", "join", "京东"), ("Mira Holt", "join", "京东"), ("宋雨桐", "join", "京东")},
            "subject:roster-after-colon",
        ),
        (
            "本月加入京东的三位研究员分别是柏文远、Mira Holt和宋雨桐。",
            {("柏文远", "join", "京东"), ("Mira Holt", "join", "京东"), ("宋雨桐", "join", "京东")},
            "subject:roster-inline",
        ),
        (
            "柏文远、宋雨桐、韩立明是小米大模型团队的骨干。三位均已离开小米。",
            {("柏文远", "leave", "小米"), ("宋雨桐", "leave", "小米"), ("韩立明", "leave", "小米")},
            "subject:plural-topic",
        ),
        (
            "来自百度的柏文远和来自小米的宋雨桐均已加入京东。",
            {("柏文远", "join", "京东"), ("宋雨桐", "join", "京东"), ("柏文远", "leave", "百度"), ("宋雨桐", "leave", "小米")},
            "from:own-origin",
        ),
        (
            # Items described at length, a space before a Latin name (subject:roster-inline).
            "小米近来高管离职不断。离职名单包括前 Atlas 产品线经理 Noah Brennan、负责电池与储能业务的高级副总裁 Mira Holt,以及高级主管宋雨桐。",
            {("Noah Brennan", "leave", "小米"), ("Mira Holt", "leave", "小米"), ("宋雨桐", "leave", "小米")},
            "subject:roster-inline",
        ),
        (
            "京东挖来了百度的柏文远和宋雨桐。",
            {("柏文远", "join", "京东"), ("宋雨桐", "join", "京东"), ("柏文远", "leave", "百度"), ("宋雨桐", "leave", "百度")},
            "from:described-object",
        ),
    ],
)
def test_every_listed_person_moves(nlp, text, expected, rule):
    assert facts(nlp, text) == expected
    assert all(rule in r[4] for r in records(nlp, text) if r[2])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name after the comma that goes on with its own predicate is no item.
        ("京东多名高管离职,包括柏文远,宋雨桐表示遗憾。", {("柏文远", "leave", "京东")}),
        # A count with its noun is unnamed people, not a pointer back.
        ("柏文远是小米的老员工。三位研究员均已离开小米。", set()),
        # One organization of 来自 for the whole group: each of them comes from it.
        ("从百度离职的柏文远和宋雨桐均已加入京东。", {("柏文远", "join", "京东"), ("宋雨桐", "join", "京东"), ("柏文远", "leave", "百度"), ("宋雨桐", "leave", "百度")}),
        # A list that does not move.
        ("会上,柏文远、宋雨桐、韩立明分别发言。", set()),
        ("柏文远和宋雨桐都看好京东。", set()),
        # Only one of the pair moves.
        ("柏文远加入京东,宋雨桐则留在小米。", {("柏文远", "join", "京东")}),
        # A hire of a school's people keeps their chair; an adviser hired from a company
        # keeps the post there too: only a poaching verb takes them away (poach_verbs).
        ("京东聘请了清华大学的柏文远担任顾问。", {("柏文远", "join", "京东")}),
        ("京东聘请了百度的柏文远担任顾问。", {("柏文远", "join", "京东")}),
    ],
)
def test_lists_that_do_not_all_move(nlp, text, expected):
    assert facts(nlp, text) == expected
