"""Every row of triggers.tsv and cues.tsv is shown at work by its own example.

Each row carries an `example` column: a sentence written for it (invented
people, real company names). The tests run the sentence through the whole
pipeline and check the row's effect, so deleting a row, or changing its verb,
kind, role, cue or value, fails here:

- a trigger row: the verb is found as a trigger of its kind, and the records
  it makes are of that kind (a join names `to_org`, a leave `from_org`, a move
  both; a verb that implies a role, 创办 → 创始人, gives that role);
- a cue row: the cue is found with its value, and the example reads otherwise
  without it: a status cue turns `done` into `announced`/`reported`, a veto
  (negated, hypothetical, conditional, declined, denied, schooling, unnamed)
  takes away facts the sentence would state without it.

A row's example goes when the row goes, so tests/data_row_keys.tsv lists the
rows held in place (file, word, kind or value, implied role, behaviour flags sorted
and comma-joined): deleting or changing one of them, a flag included, fails
`test_every_listed_row_is_still_there`; tests/test_verb_behaviour.py shows each
flag at work. A row listed twice, or a word that
is both a trigger and a cue, fails too.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from talentflow.resources import lexicon

PUBLISHED = dt.date(2025, 8, 26)
TRIGGERS = lexicon.triggers()
CUES = lexicon.cues("cues.tsv")

# What a record made by a verb of each kind looks like (the kinds of triggers.tsv's header).
JOINS = {"join", "found", "intern", "hire"}
LEAVES = {"leave", "past", "origin", "fire"}
KINDS = JOINS | LEAVES | {"move", "serve"}
# Status cues and the status they give; every other value vetoes facts.
STATUS_OF = {"announced": "announced", "reported": "reported", "rumour": "reported"}
VETOES = {"negated", "hypothetical", "conditional", "declined", "denied", "schooling", "unnamed"}


def analyse(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.doc_id = "example"
    doc._.published = PUBLISHED
    return nlp(doc)


def facts(records) -> set[tuple[str, str, str]]:
    """`(person, kind, org)` as the scorer folds records: a move states two facts."""
    out = set()
    for record in records:
        if record.from_org:
            out.add((record.person, "leave", record.from_org))
        if record.to_org:
            out.add((record.person, "join", record.to_org))
    return out


def trigger_problem(nlp, trigger: lexicon.Trigger) -> str:
    """"" when the row's example shows the row at work, else what is wrong."""
    if not trigger.example:
        return "no example"
    doc = analyse(nlp, trigger.example)
    found = [(span.text, span.label_) for span in doc.spans["triggers"]]
    if (trigger.verb, trigger.kind) not in found:
        return f"verb not found as {trigger.kind}: triggers {found}"
    # A move read across two verbs carries both (`离开…加入`).
    mine = [record for record in doc._.career_moves if trigger.verb in record.trigger.split("…")]
    if not mine:
        return f"no record from the verb: {doc._.career_moves}"
    if trigger.kind == "serve":
        # 2013年至2016年在X担任…: joined at the span's start, left at its end.
        good = any(r.to_org and r.time for r in mine) and any(r.from_org and r.time for r in mine)
    elif trigger.kind == "move":
        good = any(r.from_org and r.to_org for r in mine)
    elif trigger.kind in JOINS:
        good = any(r.to_org for r in mine)
    else:
        good = any(r.from_org and not r.to_org for r in mine) or any(r.from_org for r in mine if "…" in r.trigger)
    if not good:
        return f"records are not of kind {trigger.kind}: {mine}"
    if trigger.role and not any(r.role == trigger.role for r in mine):
        return f"no record with role {trigger.role}: {mine}"
    return ""


def cue_problem(nlp, cue: lexicon.Cue) -> str:
    """"" when the row's example shows the cue at work, else what is wrong."""
    if not cue.example:
        return "no example"
    doc = analyse(nlp, cue.example)
    spans = [span for span in doc.spans["cues"] if span.text == cue.cue and span.label_ == cue.value]
    if not spans:
        return f"cue not found as {cue.value}: cues {[(s.text, s.label_) for s in doc.spans['cues']]}"
    with_cue = list(doc._.career_moves)
    # The same sentence with the cue taken out, where the row found it.
    span = spans[0]
    bare = cue.example[: span.start_char] + cue.example[span.end_char :]
    without = list(analyse(nlp, bare)._.career_moves)
    if cue.value in STATUS_OF:
        status = STATUS_OF[cue.value]
        if not any(r.status == status for r in with_cue):
            return f"no {status} record: {with_cue}"
        if not without or any(r.status == status for r in without):
            return f"without the cue ({bare}) the status should differ: {without}"
        return ""
    if cue.value not in VETOES:
        return f"unknown value {cue.value}"
    if not facts(without) - facts(with_cue) or facts(with_cue) - facts(without):
        return f"the cue takes no fact away: with {sorted(facts(with_cue))}, without ({bare}) {sorted(facts(without))}"
    return ""


@pytest.mark.parametrize("trigger", TRIGGERS, ids=lambda t: t.verb)
def test_every_trigger_row_has_an_example_that_shows_it(nlp, trigger):
    assert trigger_problem(nlp, trigger) == "", trigger


@pytest.mark.parametrize("cue", CUES, ids=lambda c: f"{c.line}-{c.cue}")
def test_every_cue_row_has_an_example_that_shows_it(nlp, cue):
    assert cue_problem(nlp, cue) == "", cue


def test_trigger_kinds_and_cue_values_are_the_documented_ones():
    assert {trigger.kind for trigger in TRIGGERS} <= KINDS
    assert {cue.value for cue in CUES} <= set(STATUS_OF) | VETOES


def test_no_trigger_is_listed_twice():
    counts = Counter(trigger.verb for trigger in TRIGGERS)
    assert [verb for verb, count in counts.items() if count > 1] == []


def test_no_cue_is_listed_twice():
    # A second row with another value would silently override the first (cue_table is a dict).
    counts = Counter(cue.cue for cue in CUES)
    assert [(cue.cue, cue.line) for cue in CUES if counts[cue.cue] > 1] == []


def test_no_word_is_both_a_trigger_and_a_cue():
    # The longest match wins inside each table, not across them: one word, one job.
    assert {trigger.verb for trigger in TRIGGERS} & {cue.cue for cue in CUES} == set()


def test_the_loader_reads_the_example_but_matches_only_the_word(nlp):
    # The example column is for the tests: no example sentence is a trigger or a cue itself.
    words = {trigger.verb for trigger in TRIGGERS} | set(lexicon.cue_table("cues.tsv"))
    examples = {row.example for row in (*TRIGGERS, *CUES)}
    assert not words & examples
    assert lexicon.cue_table("cues.tsv") == {cue.cue: cue.value for cue in CUES}


KEYS = Path(__file__).resolve().parent / "data_row_keys.tsv"


def _listed_rows() -> list[tuple[str, ...]]:
    lines = [line for line in KEYS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [tuple(line.split("\t")) for line in lines[1:]]


def test_every_listed_row_is_still_there():
    # Deleting a row takes its example along; the list kept here does not go with it.
    assert [row for row in _listed_rows() if row not in _rows()] == []


def _rows() -> set[tuple[str, ...]]:
    """Each row's key as data_row_keys.tsv writes it; `转投` carries `switch`."""
    triggers = {("triggers.tsv", t.verb, t.kind, t.role, ",".join(sorted(t.behaviour))) for t in TRIGGERS}
    return triggers | {("cues.tsv", c.cue, c.value, "", "") for c in CUES}


def test_every_row_with_a_behaviour_is_listed():
    # A flag is code moved into data: a row carrying one is held in place like the
    # rows the code once named in verb sets (转投, 回归, 出任, 调入).
    listed = {row[1] for row in _listed_rows() if row[0] == "triggers.tsv"}
    assert [t.verb for t in TRIGGERS if t.behaviour and t.verb not in listed] == []


def test_a_flag_taken_off_a_row_is_noticed():
    # 回到 loses `return`: its key no longer matches the listed one.
    listed = [row for row in _listed_rows() if row[:2] == ("triggers.tsv", "回到")]
    assert listed == [("triggers.tsv", "回到", "join", "", "return")]
    assert listed[0] in _rows()
    assert ("triggers.tsv", "回到", "join", "", "") not in _rows()


def test_the_row_list_names_each_row_once():
    listed = _listed_rows()
    assert len(listed) == len(set(listed)) > 0
