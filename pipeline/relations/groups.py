"""Coordinated mentions: the names or organizations a rule takes together (`A、B和C`).

The relation rules (moves.py) read a verb's subject as the group ending with the
name before it, and its object as the group starting right after it.
"""

from __future__ import annotations

import functools
import re

from talentflow.relations.coref import Mention
from talentflow.relations.docview import PARENTHESIS, ByStart
from talentflow.resources.org_identity import unit_heads
from talentflow.resources.patterns import rule

# Between two names or organizations of one coordinated group (`A、B和C`).
_COORDINATION = rule("coordination")
# `首席顾问任旭阳、副总裁王路`: names in a list may each carry a short description.
_DESCRIBED_COORDINATION = rule("described-coordination")
# A unit named after its parent: `Meta的超级智能实验室`, `Meta旗下机器人工作室`.
_UNIT_LINK = rule("unit-link")
# org:unit-after-de. A bare 的 joins a unit, never a second organization: `Meta的超级智能
# 实验室` is one unit, `专注早期硬科技的渡川资本` is 渡川资本 described (`硬科技` is no parent).
@functools.cache
def _unit_heads() -> tuple[str, ...]:
    return tuple(dict.fromkeys(unit_heads("bare") + unit_heads("entity") + unit_heads("bracketed")))


# `受聘北辰大学的星河研究院前负责人A`: Y describes A's former post, no unit of X.
_FORMER_AFTER = rule("former-post-after")


def group_before(persons: list[Mention], simple: str) -> list[Mention]:
    """The coordinated names ending with the last one: `A、B和C`."""
    group = [persons[-1]]
    for person in reversed(persons[:-1]):
        # `“机甲老陈”(陈砚舟)与…`: a name given in brackets closes its bracket first.
        gap = PARENTHESIS.sub("", simple[person.end : group[0].start]).removeprefix(")")
        if person.key == group[0].key and not gap.strip():
            continue
        if _COORDINATION.fullmatch(gap) or _DESCRIBED_COORDINATION.fullmatch(gap) or person.end == group[0].start:
            group.insert(0, person)
        else:
            break
    return unique(group)


def group_after(items: ByStart, simple: str, start: int, end: int, *, max_gap: int = 4) -> list[Mention]:
    """The coordinated mentions right after `start`: `加入A、B和C`, `引入了顾问A、副总裁B`."""
    people = bool(items) and items[0].label == "PERSON"
    candidates = items.inside(start, end)
    if not candidates:
        return []
    # Too far (brackets not counted), or across a comma. A gap no longer than `max_gap`
    # is short enough with or without its brackets.
    lead = simple[start : candidates[0].start]
    if "," in lead or len(lead) > max_gap and len(PARENTHESIS.sub("", lead)) > max_gap:
        return []
    group = [candidates[0]]
    for item in candidates[1:]:
        gap = PARENTHESIS.sub("", simple[group[-1].end : item.start])
        if not people and "的" in gap and _FORMER_AFTER.match(simple, item.end):
            break  # `受聘X的Y前负责人A`: the 的 closes the verb phrase; Y is A's former post
        if _COORDINATION.fullmatch(gap) or _UNIT_LINK.fullmatch(gap) or people and _DESCRIBED_COORDINATION.fullmatch(gap):
            group.append(item)
        else:
            break
    return unique(group) if people else _fold_units(group, simple)


def _fold_units(group: list[Mention], simple: str) -> list[Mention]:
    """`Meta的超级智能实验室` is one organization, not two."""
    out: list[Mention] = []
    for item in group:
        gap = simple[out[-1].end : item.start] if out else ""
        if out and gap == "的" and not item.text.endswith(_unit_heads()):
            out[-1] = item  # `专注硬科技的渡川资本`: what comes before 的 describes the firm
        elif out and _UNIT_LINK.fullmatch(gap) and not _COORDINATION.fullmatch(gap):
            parent = out.pop()
            text = item.text if item.key != item.text else simple[parent.start : item.end]
            out.append(Mention(parent.start, item.end, "ORG", text, item.key if item.key != item.text else parent.key))
        else:
            out.append(item)
    return out


def unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for mention in mentions:
        if mention.key not in seen:
            seen.add(mention.key)
            out.append(mention)
    return out


def distribute(people: list[Mention], orgs: list[Mention], clause: str) -> list[tuple[Mention, Mention | None]]:
    """Pairs of (person, organization): `分别` pairs them in order, else each with each."""
    if not orgs:
        return [(person, None) for person in people]
    if "分别" in clause and len(people) > 1 and len(orgs) > 1:
        return [(person, orgs[i % len(orgs)]) for i, person in enumerate(people)]
    return [(person, org) for person in people for org in orgs]


# From an organization to the name it describes: `来自快手的A`, `来自快手的研究员A`.
_OWN_ORIGIN_GAP = re.compile(r"\s*的[^,;:。!?、和与及]{0,8}")


def own_origins(people: list[Mention], from_orgs: list[Mention], persons: ByStart, simple: str) -> dict[Mention, Mention]:
    """from:own-origin. `来自快手的A和来自智谱的B均已加入商汤`: each person of the group
    comes from the organization written right before their own name; {} unless the
    group's people come from different ones (`从快手跳槽的A和B`: one for all)."""
    if len(from_orgs) < 2:
        return {}
    own = {}
    for person in people:
        prior = [o for o in from_orgs if o.end <= person.start]
        if prior and not persons.inside(prior[-1].end, person.start) and _OWN_ORIGIN_GAP.fullmatch(simple, prior[-1].end, person.start):
            own[person] = prior[-1]
    return own if len({o.key for o in own.values()}) > 1 else {}
