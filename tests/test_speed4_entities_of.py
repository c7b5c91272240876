"""`entities_of` reads entities off the token arrays exactly as `doc.ents` gives them."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from talentflow.components.tokenlists import entities_of


def _as_ents(doc: Doc) -> list[tuple]:
    return [(ent.start, ent.end, ent.label, ent.id, ent.label_) for ent in doc.ents]


def test_adjacent_entities_and_one_closing_the_article() -> None:
    # 林思远 | 加入 | 星河 | 科技 | 副总裁: two entities side by side, the last ending the Doc.
    doc = Doc(Vocab(), words=["林思远", "加入", "星河", "科技", "副总裁"])
    doc.set_ents([Span(doc, 0, 1, label="PERSON"), Span(doc, 2, 4, label="ORG", span_id="星河科技"), Span(doc, 4, 5, label="TITLE")])
    assert [tuple(ent) for ent in entities_of(doc)] == _as_ents(doc)


def test_no_entity_and_an_empty_doc() -> None:
    doc = Doc(Vocab(), words=["他", "加入", "了"])
    assert entities_of(doc) == [] and entities_of(Doc(Vocab(), words=[])) == []
