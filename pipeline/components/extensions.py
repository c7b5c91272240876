"""Custom attributes talentflow keeps on spaCy objects.

spaCy's extension registry is process-wide; registering with `force=True`
from this one module keeps every attribute declared in one place.
"""

from __future__ import annotations

import datetime
from collections import UserDict

from spacy.tokens import Doc, Span
from srsly.msgpack import msgpack_decoders, msgpack_encoders

# The matching form of the text (talentflow.text.textnorm.shadow), same length.
Doc.set_extension("shadow", default="", force=True)
# The article's date: relative times (去年9月) resolve against it. None: unknown.
Doc.set_extension("published", default=None, force=True)
Doc.set_extension("doc_id", default="", force=True)
# TimeMention objects from talentflow.text.timex, in text order.
Doc.set_extension("times", default=None, force=True)
# (texts, norms, character offsets) of the tokens, read once: talentflow.components.tokenlists.
Doc.set_extension("token_lists", default=None, force=True)
# LocatedMove records, the relation stage's output.
Doc.set_extension("career_moves", default=None, force=True)
# Values the entity stages give spans, by (start_char, end_char): the relation stage
# reads these maps whole, rather than one span attribute at a time (OffsetMap below).
Doc.set_extension("time_values", default=None, force=True)
Doc.set_extension("long_forms", default=None, force=True)
# Organizations read off a verb frame alone (pipeline/components/unknown_orgs.py): offsets → rule id.
Doc.set_extension("inferred_orgs", default=None, force=True)
# Names the PERSON stage read by a rule of its own (persons.py: name:list-item, …): name → rule id.
Doc.set_extension("name_rules", default=None, force=True)


class OffsetMap(UserDict):
    """A span's value by its (start_char, end_char), e.g. {(4, 11): "2024-03"} for 2024年3月.

    A plain dict with tuple keys cannot be written by `Doc.to_bytes`: msgpack reads
    the keys back as lists, which cannot be keys. Not being a dict, this map goes
    through the msgpack coder below, which writes it as [start, end, value] rows.
    """


def _by_offsets(name: str):
    def get(span: Span) -> str:
        return (getattr(span.doc._, name) or {}).get((span.start_char, span.end_char), "")

    return get


# The value of a DATE entity, e.g. "2024-09".
Span.set_extension("time_value", getter=_by_offsets("time_values"), force=True)
# The full name a short mention stands for (`驭势` → 驭势前行科技), or "".
Span.set_extension("long_form", getter=_by_offsets("long_forms"), force=True)


# ---------------------------------------------------------------- serialization
# `DocBin(store_user_data=True)`, `Doc.to_bytes` and `spacy apply` write the values
# above with msgpack, which knows no dates, dataclasses or pydantic models: each
# is written as a small tagged map and read back as the object it was. The tag
# ("talentflow") keeps other maps, e.g. a user's own {"value": …}, untouched.
_TAG = "__talentflow__"


def _encode(obj, chain=None):
    from talentflow.models import LocatedMove
    from talentflow.text.timex import TimeMention

    if isinstance(obj, TimeMention):
        return {_TAG: "TimeMention", "v": [obj.start, obj.end, obj.text, obj.value, obj.role]}
    if isinstance(obj, OffsetMap):
        return {_TAG: "OffsetMap", "v": [[start, end, value] for (start, end), value in obj.items()]}
    if isinstance(obj, LocatedMove):
        return {_TAG: "LocatedMove", "v": obj.model_dump(mode="json")}
    if isinstance(obj, datetime.datetime):
        return {_TAG: "datetime", "v": obj.isoformat()}
    if isinstance(obj, datetime.date):
        return {_TAG: "date", "v": obj.isoformat()}
    return obj if chain is None else chain(obj)


def _decode(obj, chain=None):
    kind = obj.get(_TAG) if isinstance(obj, dict) else None
    if kind == "TimeMention":
        from talentflow.text.timex import TimeMention

        return TimeMention(*obj["v"])
    if kind == "OffsetMap":
        return OffsetMap({(start, end): value for start, end, value in obj["v"]})
    if kind == "LocatedMove":
        from talentflow.models import LocatedMove

        return LocatedMove.model_validate(obj["v"])
    if kind == "datetime":
        return datetime.datetime.fromisoformat(obj["v"])
    if kind == "date":
        return datetime.date.fromisoformat(obj["v"])
    return obj if chain is None else chain(obj)


msgpack_encoders.register("talentflow", func=_encode)
msgpack_decoders.register("talentflow", func=_decode)
