"""Custom attributes talentflow keeps on spaCy objects.

spaCy's extension registry is process-wide; registering with `force=True`
from this one module keeps every attribute declared in one place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# The matching form of the text (pipeline.textnorm.shadow), same length.
Doc.set_extension("shadow", default="", force=True)
# The article's date: relative times (去年9月) resolve against it. None: unknown.
Doc.set_extension("published", default=None, force=True)
Doc.set_extension("doc_id", default="", force=True)
# TimeMention objects from pipeline.timex, in text order.
Doc.set_extension("times", default=None, force=True)
# (texts, norms, character offsets) of the tokens, read once: pipeline.tokenlists.
Doc.set_extension("token_lists", default=None, force=True)
# LocatedMove records, the relation stage's output.
Doc.set_extension("career_moves", default=None, force=True)
# Values the entity stages give spans, by (start_char, end_char): the relation stage
# reads these dicts whole, rather than one span attribute at a time.
Doc.set_extension("time_values", default=None, force=True)
Doc.set_extension("long_forms", default=None, force=True)


def _by_offsets(name: str):
    def get(span: Span) -> str:
        return (getattr(span.doc._, name) or {}).get((span.start_char, span.end_char), "")

    return get


# The value of a DATE entity, e.g. "2024-09".
Span.set_extension("time_value", getter=_by_offsets("time_values"), force=True)
# The full name a short mention stands for (`驭势` → 驭势前行科技), or "".
Span.set_extension("long_form", getter=_by_offsets("long_forms"), force=True)
