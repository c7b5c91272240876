"""A unit introduced after its parent with a colon: `3. 星河科技：无线事业部副总经理韩冰离职`.

A roundup of moves gives each company a line that opens on its name and a colon,
then the unit and the post (`3. 星河科技：浙江公司副总经理…`, `星河科技：无线事业部…`).
The unit no lexicon knows, found by its suffix (`无线事业部`, `浙江公司`), is that
company's: its records write it with the parent (`星河科技无线事业部`; ANNOTATION.md
names a unit with its parent), through the long form the short-name reading also
uses (`doc._.long_forms`). `doc._.inferred_orgs` keeps the unit with the id
`org:colon-parent`, which the records on it carry in `rules`.

Not a unit of the company: a line that does not open on the company (`据星河科技:北辰
公司…` quotes a source), a known organization after the colon (`星河科技：北辰科技…` is
a second company), a name that already holds the company's (`星河科技：星河科技研究院`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from talentflow.components import extensions as _extensions
from talentflow.resources import lexicon

COLON_PARENT = "org:colon-parent"
_COLONS = frozenset(":：")
# What may stand before the company on its line: an item's number or bullet (`3.`, `(2)`, `·`).
_ITEM_MARK = re.compile(r"[\s\d.、()（）\-·•*#]*")


def colon_units(doc: Doc) -> None:
    """Give each unit right after `company：` at a line's start the company as its parent."""
    ents = [ent for ent in doc.ents if ent.label_ == "ORG"]
    starts = {ent.start: ent for ent in ents}
    text = doc.text
    for parent in ents:
        unit = starts.get(parent.end + 1)
        if unit is None or parent.end >= len(doc) or doc[parent.end].text not in _COLONS:
            continue
        line = text.rfind("\n", 0, parent.start_char) + 1
        if not _ITEM_MARK.fullmatch(text, line, parent.start_char):
            continue
        if unit.ent_id_ or lexicon.canonical_org(unit.text) or unit.text.startswith(parent.text):
            continue
        long_forms = doc._.long_forms = doc._.long_forms or _extensions.OffsetMap()
        long_forms[unit.start_char, unit.end_char] = parent.text + unit.text
        inferred = doc._.inferred_orgs = doc._.inferred_orgs or _extensions.OffsetMap()
        inferred.setdefault((unit.start_char, unit.end_char), COLON_PARENT)
