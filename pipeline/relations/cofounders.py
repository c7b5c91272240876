"""Co-founders: the partners a founding verb is said of besides its subject
(`A计划与B联合创立`, `他与陈立、王刚共同创立了X`), found after 与/和 (subject:with-partner,
subject:cofounders-after-with)."""

from __future__ import annotations

import re

from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView
from talentflow.relations.groups import group_after, group_before, unique
from talentflow.relations.subjects import WITH, topic_people
from talentflow.text.sentences import Clause, Sentence

# Between the last partner and the founding verb: an adverb of doing it together only.
_COFOUND_GAP = re.compile(r"\s*(?:等人|等)?\s*(?:一起|一同|共同|联合|携手)?\s*")


def with_cofounders(view: DocView, sentence: Sentence, clause: Clause, people: list[Mention], start: int | None = None) -> list[Mention]:
    """`A计划与B联合创立`, `她…而是与刚从Meta离职的研究科学家B联合创立了`: B is
    named after 与, and the one who founds with B is the subject before it; and
    `他与陈立、王刚共同创立了X` (start: the verb), the subject found by its pronoun,
    the partners named after 与 (subject:cofounders-after-with)."""
    head = people[0]
    marker = WITH.search(view.simple, max(clause.start, head.start - 24), head.start)
    if marker is not None and view.orgs.starting(marker.start() + 1, marker.start() + 2):
        marker = None  # 曾在Waymo和Momenta任职的B创立了X: 和 joins two organizations, no partner
    if head.start < clause.start or marker is None:
        return people + partners_after_with(view, clause, people, start) if start is not None else people
    before = view.persons.inside(clause.start, marker.start())
    partners = group_before(before, view.simple) if before else topic_people(view, clause.start)
    return unique(partners + people) if partners else people


def partners_after_with(view: DocView, clause: Clause, people: list[Mention], start: int) -> list[Mention]:
    """`2016年,他曾与陈立、王刚和张宇共同创立了云帆智能`: the names a partner
    preposition opens right before a founding verb, none of them the subject."""
    keys = {p.key for p in people}
    for person in view.persons.inside(clause.start, start):
        if person.key in keys or not WITH.search(view.simple, max(clause.start, person.start - 24), person.start):
            continue
        group = group_after(view.persons, view.simple, person.start, start)
        if group and _COFOUND_GAP.fullmatch(view.simple, group[-1].end, start):
            return [p for p in group if p.key not in keys]
    return []
