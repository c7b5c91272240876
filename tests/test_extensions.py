"""The custom attributes on spaCy objects (pipeline/components/extensions.py)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from talentflow.components import extensions  # noqa: F401 - registers the attributes


def _doc() -> Doc:
    return Doc(Vocab(), words=["去年", "9月", "，", "驭势", "加入", "腾讯"], spaces=[False] * 6)


def test_doc_attributes_start_empty():
    doc = _doc()
    assert (doc._.shadow, doc._.published, doc._.doc_id) == ("", None, "")
    for name in ("times", "token_lists", "career_moves", "time_values", "long_forms"):
        assert getattr(doc._, name) is None, name


def test_doc_attributes_hold_what_a_stage_sets_on_that_doc_only():
    doc, other = _doc(), _doc()
    doc._.published = dt.date(2025, 8, 26)
    doc._.doc_id = "a01"
    assert (doc._.published, doc._.doc_id) == (dt.date(2025, 8, 26), "a01")
    assert (other._.published, other._.doc_id) == (None, "")


def test_span_values_are_read_by_offsets_from_the_doc():
    doc = _doc()
    when, short = Span(doc, 0, 2, label="DATE"), Span(doc, 3, 4, label="ORG")
    assert (when._.time_value, short._.long_form) == ("", "")  # nothing set yet: empty, not an error
    doc._.time_values = {(when.start_char, when.end_char): "2024-09"}
    doc._.long_forms = {(short.start_char, short.end_char): "驭势前行科技"}
    assert when._.time_value == "2024-09"
    assert short._.long_form == "驭势前行科技"
    # Another span at other offsets has no value of its own.
    assert Span(doc, 5, 6, label="ORG")._.long_form == ""
