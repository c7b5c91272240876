"""Tests for the lexicon lookups: phrase matching and the choice among overlaps (phrases.py),
composed titles and the known-entity component (known_entities.py).

The component's output on more sentences is tested in test_entities.py.
"""

from __future__ import annotations

import pytest

from talentflow.components.known_entities import composed_titles
from talentflow.text.phrases import PhraseTable, longest_first


def table(*phrases: tuple[str, ...]) -> PhraseTable:
    phrases_table = PhraseTable()
    for value, norms in enumerate(phrases):
        phrases_table.add(norms, f"p{value}")
    return phrases_table


def test_phrase_table_finds_every_occurrence_nested_and_overlapping() -> None:
    phrases = table(("阿里",), ("阿里", "达摩院"), ("达摩院", "研究员"))
    norms = ["他", "加入", "阿里", "达摩院", "研究员", "阿里"]
    assert sorted(phrases.matches(norms)) == [(2, 3, "p0"), (2, 4, "p1"), (3, 5, "p2"), (5, 6, "p0")]


def test_phrase_table_keeps_the_first_value_of_a_repeated_phrase() -> None:
    phrases = PhraseTable()
    phrases.add(("谷歌",), "Google")
    phrases.add(("谷歌",), "Alphabet")
    assert phrases.matches(["谷歌"]) == [(0, 1, "Google")]
    assert len(phrases) == 1


def test_phrase_table_needs_the_whole_phrase() -> None:
    phrases = table(("英伟达", "研究院"))
    assert phrases.matches(["英伟达", "研究"]) == []
    assert phrases.matches(["英伟达"]) == []


def test_longest_first_prefers_longer_then_earlier_and_skips_taken_tokens() -> None:
    taken = [False] * 6
    kept = longest_first([(0, 2, "a"), (1, 4, "b"), (3, 5, "c"), (4, 6, "d")], taken)
    # (1,4) is longest; of the two that are left, (4,6) is clear of it, (0,2) and (3,5) are not.
    assert kept == [(1, 4, "b"), (4, 6, "d")]
    assert taken == [False, True, True, True, True, True]


def test_longest_first_respects_tokens_already_taken() -> None:
    taken = [False, True, False]
    assert longest_first([(0, 2, "a"), (2, 3, "b")], taken) == [(2, 3, "b")]


TITLES = frozenset({"副总裁", "研究科学家", "经理"})
PREFIXES = frozenset({"高级", "自动驾驶"})


@pytest.mark.parametrize(
    ("norms", "spans"),
    [
        pytest.param(["任", "自动驾驶", "副总裁"], {(1, 3)}, id="prefix-head"),
        pytest.param(["高级", "自动驾驶", "副总裁"], {(0, 3), (1, 3)}, id="every-start-of-a-prefix-run"),
        pytest.param(["研究科学家", "经理"], {(0, 2)}, id="stacked-heads"),
        pytest.param(["高级", "研究科学家", "经理"], {(0, 2), (0, 3), (1, 3)}, id="prefix-then-stacked"),
        pytest.param(["高级", "工程"], set(), id="no-head"),
        pytest.param(["副总裁"], set(), id="a-bare-head-is-the-phrase-table's"),
    ],
)
def test_composed_titles(norms: list[str], spans: set[tuple[int, int]]) -> None:
    assert {(start, end) for start, end, _ in composed_titles(norms, TITLES, PREFIXES)} == spans


def test_the_component_labels_aliases_with_their_organization_and_stacked_titles(nlp) -> None:
    doc = nlp("她加入谷歌DeepMind担任研究科学家经理。")
    labels = {ent.text: (ent.label_, ent.ent_id_) for ent in doc.ents}
    assert labels["谷歌DeepMind"] == ("ORG", "Google DeepMind")
    assert labels["研究科学家经理"] == ("TITLE", "")


def test_entity_tokens_reads_the_entities_from_the_token_labels(nlp) -> None:
    from talentflow.components.tokenlists import entity_tokens

    doc = nlp("2024年，谷歌的张三加入OpenAI。")
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    assert entity_tokens(doc) == [i in covered for i in range(len(doc))]
    assert any(entity_tokens(doc)) and not all(entity_tokens(doc))
