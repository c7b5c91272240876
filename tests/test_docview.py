"""One article as the relation rules see it (pipeline/relations/docview.py), on hand-written sentences."""

from __future__ import annotations

import re

import pytest

from talentflow.relations.docview import ByStart, ends_with, text_of


def _texts(view, mentions) -> list[str]:
    return [view.simple[m[0] : m[1]] for m in mentions]


def test_by_start_looks_items_up_by_offsets():
    items = ByStart([(0, 2, "a"), (3, 5, "b"), (6, 9, "c")], [0, 3, 6])
    assert items.starting(1, 6) == [(3, 5, "b")]
    assert items.starting(0, 7) == [(0, 2, "a"), (3, 5, "b"), (6, 9, "c")]
    assert items.inside(0, 5) == [(0, 2, "a"), (3, 5, "b")]
    assert items.inside(3, 8) == [(3, 5, "b")]  # (6, 9) ends past 8
    assert items.ending(2, 5) == [(0, 2, "a"), (3, 5, "b")]
    assert items.ending(6, 8) == []


def test_by_start_with_ends_out_of_order_answers_alike():
    # A span inside another (0-9 holds 3-5): the ends do not rise with the starts.
    items = ByStart([(0, 9, "a"), (3, 5, "b")], [0, 3])
    assert items.ends is None
    assert items.inside(0, 6) == [(3, 5, "b")]
    assert items.ending(5, 9) == [(0, 9, "a"), (3, 5, "b")]


def test_the_view_holds_every_mention_in_shadow_offsets(view):
    v = view("據報導，谷歌研究員韓立明已於2024年3月加入Anthropic，擔任首席科學家。")
    assert v.simple.startswith("据报导,谷歌研究员韩立明")  # simplified, half-width punctuation, same length
    assert len(v.simple) == len(v.text)
    assert [p.key for p in v.persons] == ["韓立明"]  # a name is reported as written
    assert [(o.text, o.key) for o in v.orgs] == [("谷歌", "Google"), ("Anthropic", "Anthropic")]
    assert [t.text for t in v.titles] == ["研究員", "首席科學家"]
    assert [(d.value, d.role) for d in v.dates] == [("2024-03", "point")]
    assert [c.value for c in v.cues] == ["reported"]
    assert [(v.simple[t.start_char : t.end_char], t.label_) for t in v.triggers] == [("加入", "join"), ("担任", "serve")]
    assert v.trigger_ends[v.simple.index("加入")] == v.simple.index("加入") + 2


def test_a_newsroom_that_learned_the_news_is_no_organization_of_the_rules(view, nlp):
    # 据量子位了解: 量子位 stays an entity, but the rules do not see it as anyone's employer.
    text = "据量子位了解，韩立明已加入Anthropic。"
    assert "量子位" in [ent.text for ent in nlp(text).ents]
    assert [o.text for o in view(text).orgs] == ["Anthropic"]


def test_walls_sentences_and_stops(view):
    v = view("韩立明（Liming Han，音译）离开谷歌。2024年3月，他加入Meta。")
    assert v.opens_sentence(0) and v.opens_sentence(v.simple.index("2024"))
    assert not v.opens_sentence(3)
    # The comma inside the bracket is no stop; the full stop is.
    assert v.last_stop(v.simple.index("离开")) == -1
    assert v.last_stop(v.simple.index("他")) == v.simple.index(",", v.simple.index("2024"))
    assert v.last_wall(v.simple.index("离开")) == v.simple.index("(")  # the name ends there
    assert v.last_wall(0) == -1


def test_memoized_computes_once_per_article(view):
    v = view("韩立明加入Meta。")
    calls = []
    compute = lambda x: calls.append(x) or None  # None is an answer too
    assert v.memoized(("rule", 1), compute, "a") is None
    assert v.memoized(("rule", 1), compute, "b") is None
    assert v.memoized(("rule", 2), compute, "c") is None
    assert calls == ["a", "c"]


def test_text_of_is_the_doc_text(nlp):
    for text in ("韩立明加入Meta。", "Elena Brooks和Tom Becker加入了Meta。", ""):
        doc = nlp(text)
        assert text_of(doc) == doc.text == text


def test_ends_with_looks_just_before_an_offset():
    pattern = re.compile(r"从\s*$")
    assert ends_with(pattern, "韩立明从谷歌离职", 4)
    assert not ends_with(pattern, "韩立明从谷歌离职", 6)
