"""The plain-list readings of a Doc the rule stages share (pipeline/components/tokenlists.py)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from talentflow.components.tokenlists import entity_tokens, positions_starting, token_indices


def test_positions_starting_finds_the_tokens_whose_first_character_is_in_the_set():
    tokens = ["孟", "嘉树", "加入", "星图", "", "孟浩", "Avi", "avi"]
    assert positions_starting(tokens, frozenset("孟")) == [0, 5]
    assert positions_starting(tokens, frozenset("A")) == [6]  # case counts; an empty token opens nothing
    assert positions_starting(tokens, frozenset()) == []
    assert positions_starting([], frozenset("孟")) == []


def test_entity_tokens_and_token_indices_mark_exactly_the_tokens_inside_entities():
    words = ["韩立明", "离开", "谷歌", "中国", ",", "加入", "星图"]
    doc = Doc(Vocab(), words=words, spaces=[False] * len(words), ents=["B-PERSON", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG"])
    assert entity_tokens(doc) == [True, False, True, True, False, False, True]
    assert token_indices(list(doc.ents)) == {0, 2, 3, 6}
    empty = Doc(Vocab(), words=[], spaces=[])
    assert entity_tokens(empty) == []
    assert token_indices([]) == set()
