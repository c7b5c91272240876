"""A team joined right after its organization, in one sentence: one join told twice.

`他在今年4月回流到星河科技,再次加入多模态预训练团队`: the team is a unit of the
organization just joined (ANNOTATION.md: a move inside a company to a named unit is a
join to the unit; with the organization named first it is the same join), so the
team's join is no second record. The organization stays, as the more complete name.
Rule id `repeat:unit-of-joined`, on the join kept."""

from __future__ import annotations

from talentflow.relations.draft import Draft
from talentflow.resources.org_identity import employer, known_org
from talentflow.resources.patterns import rule

_UNIT = rule("unit-name")


def unit_of_joined(found: list[Draft]) -> list[Draft]:
    """Drop the join of a bare team (`…预训练团队`) that follows the same person's join of
    an organization in the same sentence; mark the join kept."""
    kept: list[Draft] = []
    for draft in found:
        if not draft.to_org or _UNIT.search(draft.to_org) is None:
            kept.append(draft)  # no team joined (most joins): nothing to look back for (_unit_of)
            continue
        earlier = next(
            (
                d
                for d in reversed(kept)
                if d.person == draft.person and d.to_org and d.start < draft.start and not _UNIT.search(d.to_org)
            ),
            None,
        )
        # A verb of its own (回流到X,重新加入Y团队); a second object of the same verb is
        # the reader's split of one name (回归百度文心团队) and stays as read.
        own_verb = earlier is not None and draft.trigger not in earlier.trigger.split("…")
        if own_verb and _unit_of(draft.to_org, earlier.to_org):
            earlier.rules.append("repeat:unit-of-joined")
            continue
        kept.append(draft)
    return kept


def _unit_of(unit: str, joined: str) -> bool:
    """Is `unit` a team of `joined`: a team with no known parent (`多模态预训练团队`), or
    one of the same employer (`回流到谷歌DeepMind,重新加入Gemini团队`)? `又加入特斯拉
    Autopilot团队` after 苹果 is a join of its own."""
    # 回归百度,加入百度文心团队: the team that names its organization is the fuller name.
    if not unit or _UNIT.search(unit) is None or unit in joined or joined in unit:
        return False
    return not known_org(unit) or employer(unit) == employer(joined)
