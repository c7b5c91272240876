"""DATE entities (`2024年6月`, `去年底`), each with its value resolved against the
article's publication date (text/timex.py reads the expressions)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from talentflow.components import extensions as _extensions  # registers Doc._.times
from talentflow.components.tokenlists import entity_tokens
from talentflow.text import timex
from talentflow.text.textnorm import shadow


class DateFinder:
    """DATE entities, each with its value resolved against `doc._.published`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = timex.find_times(doc._.shadow or shadow(doc.text), published=doc._.published)
        doc._.times = mentions
        spans = []
        values = doc._.time_values = _extensions.OffsetMap()
        taken = entity_tokens(doc)
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, label="DATE", alignment_mode="expand")
            if span is not None and not any(taken[span.start : span.end]):
                values[span.start_char, span.end_char] = mention.value
                spans.append(span)
        # Only the new dates are written: rebuilding every entity would make all their Spans again.
        doc.set_ents(filter_spans(spans), default="unmodified")
        return doc


@Language.factory("talentflow_dates", assigns=["doc.ents", "doc._.times"])
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp, name)
