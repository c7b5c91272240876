"""The known-entity stage reads the token labels only when an entity is already there."""

from __future__ import annotations

from spacy.tokens import Span


def _orgs(doc) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in doc.ents]


def test_a_fresh_doc_and_one_with_an_entity_before_find_the_same_organization(nlp) -> None:
    finder = nlp.get_pipe("known_entities")
    fresh = finder(nlp.make_doc("2024年,林思远加入百度,出任副总裁。"))
    assert ("百度", "ORG") in _orgs(fresh)
    # An entity set before the stage (another pipeline's ruler) keeps its tokens:
    # the stage adds around it and never overwrites it.
    doc = nlp.make_doc("2024年,林思远加入百度,出任副总裁。")
    first = next(i for i, token in enumerate(doc) if token.text == "林思远")
    doc.set_ents([Span(doc, first, first + 1, label="PERSON")])
    found = _orgs(finder(doc))
    assert ("林思远", "PERSON") in found and ("百度", "ORG") in found
    assert [pair for pair in found if pair != ("林思远", "PERSON")] == _orgs(fresh)
