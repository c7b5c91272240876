"""Other mentions of an organization a frame found (rule org:name-again).

News names a small company no lexicon knows once where its frame shows it
(`与同事共同创办了禾川生物`, `芯片初创公司“澄微科技”`), then by the same bare name
elsewhere, where no frame stands: `禾川生物目前在苏州设有研发中心`, `澄微科技首席
财务官韩立明离职`. The same words in the same article are the same company, as
listed_orgs.py reads a listed company's other mentions. The repeated name must be as
long as a name is (three characters or more: `妙动` alone repeats as everyday words do)
and stand outside any entity; the rules trusted to have found a name are the ones
whose frame states an organization (trusted list below).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from talentflow.components import extensions as _extensions
from talentflow.components.tokenlists import entities_of

NAME_AGAIN = "org:name-again"
# Rules whose frame says its span is an organization (a verb that takes one, a company
# head before it, quotes after a description); other rules find their own repeats
# (head_orgs, listed_orgs) or read a shape weaker than a frame.
_TRUSTED = frozenset({
    "org:unknown-after-verb", "org:unknown-before-title", "org:name-after-description", "org:named-company",
})
_MIN_CHARS = 3
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 &.\-]*")


def repeated_orgs(doc: Doc, norms: list[str]) -> list[Span]:
    """The other mentions, outside any entity, of the names trusted rules found in `doc`."""
    inferred = doc._.inferred_orgs
    if not inferred:
        return []
    ents = entities_of(doc)
    labels = [""] * len(norms)
    for ent in ents:
        labels[ent.start : ent.end] = [ent.label_] * (ent.end - ent.start)
    names = set()
    for ent in ents:
        if ent.label_ == "ORG" and inferred.get((doc[ent.start].idx, doc[ent.end - 1].idx + len(doc[ent.end - 1]))) in _TRUSTED:
            name = tuple(norms[ent.start : ent.end])
            if len("".join(name)) >= _MIN_CHARS and _NAME.fullmatch("".join(name)):
                names.add(name)
    found: list[Span] = []
    for name in sorted(names, key=len, reverse=True):
        size = len(name)
        for first in range(len(norms) - size + 1):
            if tuple(norms[first : first + size]) == name and not any(labels[first : first + size]):
                found.append(Span(doc, first, first + size, label="ORG"))
                labels[first : first + size] = ["ORG"] * size
    if found:
        inferred = doc._.inferred_orgs = doc._.inferred_orgs or _extensions.OffsetMap()
        for span in found:
            inferred[span.start_char, span.end_char] = NAME_AGAIN
    return found
