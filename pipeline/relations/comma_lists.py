"""Names listed with commas before the clause of their verb (subject:comma-list).

`林若溪,郑海川,钱思远等人已先后加入星河科技`: the sentence splits into clauses at
each comma, so the clause of 加入 holds only 钱思远; the clauses before it that are
nothing but a name are items of the same list. The earliest item may follow a
description (`原百度高管林若溪,郑海川等人`). A name before the comma is a list item
only when the verb's clause says the subject is many (`等人`, `均`, `先后`: patterns.toml
comma-list-closes): `据林若溪,郑海川已加入星河` gives 郑海川 alone.
"""

from __future__ import annotations

from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Clause, Sentence

_CLOSES = rule("comma-list-closes")


def comma_list(view: DocView, sentence: Sentence, clause: Clause, start: int, in_clause: list[Mention]) -> list[Mention] | None:
    """The whole list when the verb's clause opens on its last name and the clauses
    before hold only names; None when there is no such list."""
    head = in_clause[0]
    if view.simple[clause.start : head.start].strip() or not _CLOSES.match(view.simple, in_clause[-1].end, start):
        return None
    items: list[Mention] = []
    for earlier in reversed([c for c in sentence.clauses if c.end <= clause.start]):
        named = view.persons.inside(earlier.start, earlier.end)
        text = view.simple[earlier.start : earlier.end].rstrip(" ,")
        if len(named) != 1 or not text.endswith(view.simple[named[0].start : named[0].end]):
            break
        items.insert(0, named[0])
        if view.simple[earlier.start : named[0].start].strip():
            break  # `原百度高管林若溪`: a described item opens the list
    if not items:
        return None
    return items + list(in_clause)
