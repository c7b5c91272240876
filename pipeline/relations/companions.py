"""The companions of a mover (subject:companion-of).

`与韩立明一同回流的还有他在百度的老部下邵文博`, `随他一起回去的,据说还有A和B`:
the verb phrase before 的 tells a move of the one named after 与/随 (the lead), and
the people listed after 还有 made it with the lead. When the phrase names its
organization (`和韩立明同期加入星河的,还有A`), the companions join (or leave) it;
when it names none, they share the lead's latest move of the verb's direction told
before (`一同回流的`: a join, with the leave of the same move; `一同出走的`: the leave
alone, where each went is their own; `一同创业的`: the founding), unless a
companion's own description names another former employer (`还有原云帆工程师B`:
B's leave is B's own, not the lead's). The latest by its date, not the last read: a
biography told between the news and the list goes further back.
"""

from __future__ import annotations

from dataclasses import replace

from talentflow.relations.attributes import record_status, record_time
from talentflow.relations.coref import Mention
from talentflow.relations.docview import PARENTHESIS, DocView
from talentflow.relations.draft import JOIN_KINDS, Draft, org_text
from talentflow.relations.vetoes import vetoed
from talentflow.relations.rosters import listed_people
from talentflow.relations.subject_limits import titled_description
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import rule, word_list

RULE = "subject:companion-of"
_LIST = rule("companion-list")
_PRONOUNS = ("他", "她", "其")
# How far the first companion may stand after 还有 (`还有两位早期员工A`).
_FIRST_REACH = 24


def companion_moves(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """The records the companions listed in each sentence owe, from the drafts read so far."""
    out: list[Draft] = []
    for index, sentence in enumerate(view.sentences):
        if "还" not in view.simple[sentence.start : sentence.end] and "包括" not in view.simple[sentence.start : sentence.end]:
            continue
        found = _LIST.search(view.simple, sentence.start, sentence.end)
        if found is None:
            continue
        companions = _companions(view, found.end(), sentence.end)
        if not companions:
            continue
        verb_start, verb_end = found.span("verb")
        named = [o for o in view.orgs.inside(verb_start, verb_end) if o.key]
        triggers = [t for t in view.triggers.starting(verb_start, verb_end)]
        if named:
            if not triggers:
                continue
            trigger = triggers[-1]
            kind = "join" if trigger.label_ in JOIN_KINDS or trigger.label_ == "hire" else "leave"
            model = Draft(
                "", kind, trigger.label_, view.text[trigger.start_char : trigger.end_char], trigger.start_char, trigger.end_char, sentence,
                to_org=org_text(view, named[-1]) if kind == "join" else "",
                from_org=org_text(view, named[-1]) if kind == "leave" else "",
                rules=[f"{trigger.label_}:{view.simple[trigger.start_char : trigger.end_char]}", RULE, "org:companion-phrase"],
            )
            clause = sentence.clause_at(trigger.start_char)
            if vetoed(view, sentence, clause, trigger.start_char):
                continue
            model.time, how = record_time(view, sentence, clause, trigger.start_char, trigger.end_char, kind)
            model.status, said = record_status(view, sentence, clause, companions[0], trigger.start_char)
            model.rules += ["role:none", how, said]
            sources = [model]
        else:
            need = _direction(view, triggers, view.simple[verb_start:verb_end])
            if need is None:
                continue
            lead = _lead(view, found, drafts, sentence.start)
            sources = _lead_move(drafts, lead, found.start(), need)
        for person in companions:
            own_origin = _own_origin(view, found.end(), person)
            for source in sources:
                from_org = source.from_org
                if from_org and own_origin and employer(own_origin) != employer(from_org):
                    from_org = ""
                if not (from_org or source.to_org):
                    continue
                rules = source.rules[:1] + [RULE] + [r for r in source.rules if r.startswith(("org:", "time:", "status:"))]
                out.append(replace(source, person=person.key, sentence=sentence, from_org=from_org, role="", rules=list(dict.fromkeys(rules))))
    return out


def _companions(view: DocView, marker_end: int, end: int) -> list[Mention]:
    """The people listed after 还有/包括: a short description, then the names."""
    people = view.persons.starting(marker_end, min(end, marker_end + _FIRST_REACH + 8))
    if not people:
        return []
    gap = PARENTHESIS.sub("", view.simple[marker_end : people[0].start]).strip(" ,")
    if len(gap) > _FIRST_REACH or "," in gap and not titled_description(view, people[0], gap.rsplit(",", 1)[-1]):
        return []
    return listed_people(view, people[0], end)


def _lead(view: DocView, found, drafts: list[Draft], floor: int) -> str:
    """The one the companions went with: a name after 与/随, or a pronoun's earlier subject."""
    start, end = found.span("lead")
    named = view.persons.inside(start, end)
    if named:
        return named[-1].key
    if view.simple[start:end].strip() in _PRONOUNS:
        before = [d for d in drafts if d.start < start]
        return before[-1].person if before else ""
    return ""


def _direction(view: DocView, triggers, phrase: str) -> str | None:
    """What the phrase says the lead did: joined (`回流`, `回去`), left (`出走`) or founded (`创业`)."""
    if triggers:
        kind = triggers[-1].label_
        return "found" if kind == "found" else "join" if kind in JOIN_KINDS or kind == "hire" else "leave"
    if any(word in phrase for word in word_list("companion_found_verbs")):
        return "found"
    return "join" if any(word in phrase for word in word_list("companion_verbs")) else None


def _lead_move(drafts: list[Draft], lead: str, before: int, need: str) -> list[Draft]:
    """The lead's latest record of that direction told before the list, reduced to that
    direction: a leave keeps the organization left alone, a founding the one founded."""
    own = [
        d for d in drafts
        if d.person == lead and d.start < before
        and (d.from_org if need == "leave" else d.to_org and (need == "join" or d.verb_kind == "found" or "found:" in " ".join(d.rules)))
    ]
    if not own:
        return []
    latest = max(own, key=lambda d: (d.time, d.start))
    if need == "leave":
        return [replace(latest, to_org="")]
    return [replace(latest, from_org="")] if need == "found" else [latest]


def _own_origin(view: DocView, marker_end: int, person: Mention) -> str:
    """The organization a companion's own description names (`还有原云帆工程师B`), if any."""
    orgs = [o for o in view.orgs.inside(marker_end, person.start) if o.key]
    return orgs[-1].key if orgs else ""
