"""Names listed with commas before their verb's clause (relations/comma_lists.py,
subject:comma-list), on invented sentences: each name moves when the verb's clause
says the subject is many; a lone name before a comma is no list item otherwise."""

from __future__ import annotations

import pytest

from fact_sets import records


@pytest.mark.parametrize(
    ("text", "people", "org"),
    [
        ("柏文远,宋雨桐,韩立明等人已先后加入星河科技。", ["柏文远", "宋雨桐", "韩立明"], "星河科技"),
        ("柏文远,宋雨桐和韩立明均已离开北辰资本。", ["柏文远", "宋雨桐", "韩立明"], "北辰资本"),
        # The earliest item may follow its description.
        ("原云岭智能高管柏文远,宋雨桐等人相继加入星河科技。", ["柏文远", "宋雨桐"], "星河科技"),
        # A fronted time is its own clause, not a list item.
        ("2023年,柏文远,宋雨桐相继离开北辰资本。", ["柏文远", "宋雨桐"], "北辰资本"),
    ],
)
def test_every_listed_name_moves(nlp, text, people, org):
    found = records(nlp, text)
    for person in people:
        mine = [r for r in found if r[0] == person and org in (r[1], r[2])]
        assert mine, (person, found)
        assert "subject:comma-list" in mine[0][4]


@pytest.mark.parametrize(
    ("text", "mover", "not_movers"),
    [
        # No word of many in the verb's clause: the name before the comma is a source.
        ("据柏文远,宋雨桐已加入星河科技。", "宋雨桐", ["柏文远"]),
        # A clause that holds more than a name ends the list.
        ("柏文远表示,宋雨桐等人已加入星河科技。", "宋雨桐", ["柏文远"]),
    ],
)
def test_no_list_without_its_marks(nlp, text, mover, not_movers):
    people = {r[0] for r in records(nlp, text)}
    assert mover in people
    assert not people & set(not_movers)
