"""Helpers of the tests that read extraction on an invented sentence: `facts`, what
the scorer compares (each record split into `(person, kind, organization)`, a move
giving a leave and a join: ANNOTATION.md, "Scoring"), `records` and `moves`, the
records as `(person, from_org, to_org, role, rules)` and `(person, from_org,
to_org)`, `roles` (each move's role and its role rules), `extracted` (the records themselves) and `rules_text` (their rule ids), `trigger_at`, a trigger of a
read article with its sentence and clause, and `found_for`, what the organization
strategies return for one trigger."""

from __future__ import annotations

import talentflow
from talentflow.relations.draft import OrgsFound
from talentflow.relations.organizations import trigger_orgs
from talentflow.relations.subjects import subject_ruled


def facts(nlp, text: str, published: str = "2025-08-26") -> set[tuple[str, str, str]]:
    out = set()
    for record in talentflow.extract_text(text, doc="t", published=published, nlp=nlp):
        for kind, org in (("leave", record.from_org), ("join", record.to_org)):
            if org:
                out.add((record.person, kind, org))
    return out


def records(nlp, text: str, published: str = "2025-08-26") -> list[tuple[str, str, str, str, list[str]]]:
    found = talentflow.extract_text(text, doc="t", published=published, nlp=nlp)
    return [(r.person, r.from_org, r.to_org, r.role, r.rules.split()) for r in found]


def roles(text: str, published: str = "2025-06-20") -> dict[tuple[str, str, str], tuple[str, list[str]]]:
    """(person, from_org, to_org) → (role, the role rules), with the default pipeline."""
    return {
        (r.person, r.from_org, r.to_org): (r.role, [rule for rule in r.rules.split() if rule.startswith("role:")])
        for r in talentflow.extract_text(text, doc="t", published=published)
    }


def extracted(nlp, text: str, published: str = "2025-08-26") -> list:
    """The records themselves (`Move` models), for tests that read any field."""
    return talentflow.extract_text(text, doc="t", published=published, nlp=nlp)


def rules_text(nlp, text: str, published: str = "2025-08-26") -> str:
    """Every rule id of every record, space-separated: `"org:board-receipt" in rules_text(...)`."""
    return " ".join(r.rules for r in extracted(nlp, text, published))


def moves(nlp, text: str, published: str = "2025-08-26") -> set[tuple[str, str, str]]:
    return {(person, from_org, to_org) for person, from_org, to_org, _, _ in records(nlp, text, published)}


def trigger_at(read, verb: str):
    """The first trigger `verb` of a read article (`view(text)`), its sentence and clause."""
    trigger = next(t for t in read.triggers if read.simple[t.start_char : t.end_char] == verb)
    sentence = next(s for s in read.sentences if s.start <= trigger.start_char < s.end)
    return trigger, sentence, sentence.clause_at(trigger.start_char)


def found_for(view, text: str, verb: str, read=None) -> OrgsFound:
    """The organizations `trigger_orgs` finds for the trigger `verb` of `text`
    (`view`: the conftest fixture; `read`: an article already read, to which the
    test taught earlier joins), its subject read as the pipeline reads it."""
    read = view(text) if read is None else read
    trigger, sentence, clause = trigger_at(read, verb)
    people, _ = subject_ruled(read, sentence, clause, trigger.start_char)
    assert people, text
    return trigger_orgs(read, sentence, clause, trigger.label_, trigger.start_char, trigger.end_char, sentence.end, people)
