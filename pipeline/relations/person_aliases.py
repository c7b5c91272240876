"""English names written beside a person's Chinese name (`韩立明(Kevin)`,
`Rick(韩立明)`): platform companies' letters and the news that quotes them call
their people by these names, so such a word is a person's, never the
organization a verb takes (`升任Rick为永久合伙人`, org:latin-object).
"""

from __future__ import annotations

from talentflow.relations.docview import DocView
from talentflow.resources.patterns import rule

_AFTER = rule("alias-after-name")
_BEFORE = rule("alias-before-name")
# How far before a bracketed name its English name may start (`Will (`).
_REACH = 17


def person_aliases(view: DocView) -> frozenset[str]:
    """The Latin words the article writes in brackets after a person's name or
    before one in brackets: asked once per article."""
    return view.memoized(("person-aliases",), _aliases, view)


def _aliases(view: DocView) -> frozenset[str]:
    found = set()
    for person in view.persons:
        after = _AFTER.match(view.simple, person.end)
        if after:
            found.add(after.group(1))
        if person.start and view.simple[person.start - 1] == "(":
            before = _BEFORE.search(view.simple, max(0, person.start - _REACH), person.start)
            if before:
                found.add(before.group(1))
    return frozenset(found)
