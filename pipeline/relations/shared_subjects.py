"""A clause without a subject that goes on from a list of movers (subject:dropped-group).

`工程师A、B,以及负责芯片设计的C均已离开英特尔,加入亚马逊`: 离开 reads the whole
list (subject:list-across-comma), but the clause of 加入 has no name of its own and
takes the topic of the clause before it, which opens on C alone (subjects.py
topic_people). The list is the subject of both verbs: every person of the earlier
verb's list gets the later verb's record too. Only lists that reach across a comma
(list-across-comma, comma-list) are asked about; a list inside one clause is read
whole by the topic already (`A和B均已离开英特尔,加入亚马逊`).
"""

from __future__ import annotations

from dataclasses import replace

from talentflow.relations.draft import Draft

# The subject rules whose list reaches across a comma the topic does not see.
_LIST_RULES = ("subject:list-across-comma", "subject:comma-list")
RULE = "subject:dropped-group"
# Roles read off the verb's own phrase, the same for every person of the list.
_SHARED_ROLES = ("role:verb-fixed", "role:title-after-verb", "role:post-after-org")


def dropped_groups(found: list[Draft]) -> list[Draft]:
    """The records a dropped subject owes the rest of the list it continues, from the
    drafts of one sentence (`found`, in reading order)."""
    out: list[Draft] = []
    for draft in found:
        if "subject:dropped" not in draft.rules:
            continue
        listed = [d for d in found if d.start < draft.start and d.person == draft.person and set(_LIST_RULES) & set(d.rules)]
        if not listed:
            continue
        source = listed[-1]
        group = [d.person for d in found if d.start == source.start and set(_LIST_RULES) & set(d.rules)]
        # A later verb of the sentence between the list and this one has its own subject.
        if any(d.start > source.start and d.start < draft.start and d.person not in group for d in found):
            continue
        for person in dict.fromkeys(group):
            if person == draft.person or any(d.person == person and d.start == draft.start for d in found + out):
                continue
            # A post named after the verb is everyone's (`加入亚马逊出任研究员`); a title
            # read before the last name is that person's own.
            shared = any(rule in draft.rules for rule in _SHARED_ROLES)
            rules = [RULE if rule == "subject:dropped" else rule if shared or not rule.startswith("role:") else "role:none" for rule in draft.rules]
            out.append(replace(draft, person=person, rules=rules, role=draft.role if shared else ""))
    return out
