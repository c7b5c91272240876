"""The plain-list readings of a Doc the rule stages share (pipeline/components/tokenlists.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from talentflow.components.entities import _write_ents
from talentflow.components.tokenlists import Ent, entities_of, entity_tokens, positions_starting, token_indices


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


def _as_tuples(doc: Doc) -> list[tuple]:
    return [(ent.start, ent.end, ent.label, ent.id, ent.label_) for ent in doc.ents]


def test_entities_of_reads_what_doc_ents_gives_without_spans():
    words = ["韩立明", "离开", "谷歌", "中国", ",", "加入", "星图", "任", "副总裁"]
    doc = Doc(Vocab(), words=words, spaces=[False] * len(words),
              ents=["B-PERSON", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "O", "B-TITLE"])
    doc.set_ents([Span(doc, 5, 7, label="ORG", span_id="星图科技")], default="unmodified")  # an id, two tokens
    found = entities_of(doc)
    assert [tuple(ent) for ent in found] == _as_tuples(doc)
    assert found[0] == Ent(0, 1, doc.vocab.strings["PERSON"], 0, "PERSON")
    assert [ent.label_ for ent in found] == ["PERSON", "ORG", "ORG", "TITLE"]  # 谷歌中国 and 加入星图: B then I
    # Two entities back to back (B B), an entity at the very end, none at all.
    doc = Doc(Vocab(), words=["谷歌", "百度", "星图"], spaces=[False] * 3, ents=["B-ORG", "B-ORG", "B-ORG"])
    assert [tuple(ent) for ent in entities_of(doc)] == _as_tuples(doc)
    assert entities_of(Doc(Vocab(), words=["离开"], spaces=[False])) == []
    assert entities_of(Doc(Vocab(), words=[], spaces=[])) == []


def test_write_ents_gives_what_setting_doc_ents_gives():
    # `苹果` `基础` `模型` `团队`: a found unit swallows the known 苹果; 韩立明 stays.
    words = ["韩立明", "加入", "苹果", "基础", "模型", "团队", ",", "离开", "谷歌", "中国"]
    ents = ["B-PERSON", "O", "B-ORG", "O", "O", "O", "O", "O", "B-ORG", "I-ORG"]
    doc = Doc(Vocab(), words=words, spaces=[False] * len(words), ents=ents)
    expected = Doc(Vocab(), words=words, spaces=[False] * len(words), ents=ents)
    before = entities_of(doc)
    unit = Span(doc, 2, 6, label="ORG")
    # The unit replaces 苹果, and 谷歌中国 is dropped with nothing over it: its tokens are cleared.
    after = [before[0], unit]
    expected.ents = [Span(expected, 0, 1, label="PERSON"), Span(expected, 2, 6, label="ORG")]
    _write_ents(doc, before, after)
    assert _as_tuples(doc) == _as_tuples(expected)
    # Only additions: the others stay as they are.
    _write_ents(doc, entities_of(doc), [*entities_of(doc), Span(doc, 8, 10, label="ORG")])
    assert [(ent.start, ent.end, ent.label_) for ent in doc.ents] == [(0, 1, "PERSON"), (2, 6, "ORG"), (8, 10, "ORG")]
