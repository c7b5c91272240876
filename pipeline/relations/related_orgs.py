"""An organization named through another (`加入谷歌的竞争对手微软`): the object of a
move is the organization after a relation noun, not the one it is related to.

`O的竞争对手P`, `O投资的初创公司P`, `O的客户P` name P by its relation to O; a join or
leave of that phrase is a join or leave of P. A unit of O (`O的实验室`, `O旗下P`) is
no such relation: it stays O's (groups.py folds it).
"""

from __future__ import annotations

from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView
from talentflow.resources.patterns import rule

# `的竞争对手`, `投资的初创公司`: between an organization and the one it names.
_RELATION = rule("org-relation")
_RIVAL = rule("rival-relation")
_LATIN_OBJECT = rule("latin-object")
_DEAL_PARTY = rule("deal-party")


def related_object(view: DocView, after: list[Mention], end: int) -> tuple[list[Mention], bool]:
    """The verb's objects with `O的竞争对手P` read as P; and whether that happened."""
    if not after:
        return after, False
    last = after[-1]
    relation = _RELATION.match(view.simple, last.end, end)
    if relation is None:
        return after, False
    named = [o for o in view.orgs.starting(relation.end(), relation.end() + 1) if o.end <= end]
    if not named:
        # `加入星河的竞争对手澄明`: a rival no lexicon knows is still not 星河; a Latin one is the object.
        if not _RIVAL.match(view.simple, last.end, end):
            return after, False
        latin = _LATIN_OBJECT.match(view.text, relation.end(), end)
        if latin is None or latin.start(1) != relation.end() or view.persons.starting(latin.start(1), latin.end(1)):
            return after[:-1], True
        name = latin.group(1).rstrip(" .-")
        return after[:-1] + [Mention(latin.start(1), latin.start(1) + len(name), "ORG", name, name)], True
    return after[:-1] + named[:1], True


def deal_party(view: DocView, org: Mention) -> bool:
    """`云帆被北辰集团收购后`, `获腾讯投资`, `由溪山资本领投`: the organization right before a
    deal verb is a party to the deal, an acquirer or an investor, not the employer a
    bare leave leaves or a hirer of an earlier clause (rule deal-party)."""
    return _DEAL_PARTY.match(view.simple, org.end) is not None
