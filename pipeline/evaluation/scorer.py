"""Predicted records against gold records, as ANNOTATION.md "Scoring" says.

Records are split into facts `(doc, person, kind, org)`: a `join` of `to_org`, a
`leave` of `from_org`. So `从A跳槽至B` scores the same whether it is written as
one record with both organizations or as two records. A predicted fact answers
to a gold fact when their person forms meet and their organization forms meet
(`names.py`: form folding, brackets, `X的Y`, the alias table); one gold fact
takes at most one prediction (maximum matching).

Gold values may list alternatives with `|` (`MSL|Meta超级智能实验室`, `张健|Jian Zhang`,
status `done|reported`); a gold fact may be `optional`: matched, it counts as
neither right nor wrong; missing, it costs nothing.

Attributes: every fact carries its record's role, time and status, so the leave
fact of a move record carries the role at `to_org` (ANNOTATION.md: role is the
title at `to_org` when there is one). A gold status left empty is scored as
`done`, the contract's default, the same as an empty predicted status.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from talentflow.models import MOVE_COLUMNS, CareerMove, EvalReport, FactError, FactScore, RuleScore, ThresholdScore
from talentflow.models.evaluation import AttributeScore
from talentflow.evaluation.inputs import GoldRecord, alternatives, normalize_frame, read_gold, read_predictions
from talentflow.evaluation.facts import KINDS, GoldFact, PredFact, facts_of_gold, facts_of_predictions, max_matching
from talentflow.evaluation.names import DEFAULT_ALIASES, NO_ALIASES, AliasTable, fold

logger = logging.getLogger(__name__)

# A fact that no rule id names, in `--by rule`.
NO_RULE = "(none)"


# ---------------------------------------------------------------- inputs


def _prediction_frame(pred: Any) -> pd.DataFrame:
    if isinstance(pred, pd.DataFrame):
        return normalize_frame(pred)
    if isinstance(pred, (str, os.PathLike)):
        return read_predictions(pred)
    if isinstance(pred, Iterable):
        rows = []
        for record in pred:
            if not isinstance(record, CareerMove):
                raise TypeError(f"predictions must be CareerMove records, got {type(record).__name__}")
            rows.append({column: getattr(record, column) for column in MOVE_COLUMNS})
        return normalize_frame(pd.DataFrame(rows, columns=list(MOVE_COLUMNS)))
    raise TypeError(f"predictions must be a DataFrame, CareerMove records or a path, got {type(pred).__name__}")


def _gold_list(gold: Any) -> list[GoldRecord]:
    if isinstance(gold, (str, os.PathLike)):
        return read_gold(gold)
    records = list(gold)
    for record in records:
        if not isinstance(record, GoldRecord):
            raise TypeError(f"gold must be GoldRecord records or a path, got {type(record).__name__}")
    return records


def alias_table(aliases: Any = DEFAULT_ALIASES) -> AliasTable:
    """An AliasTable from a table, a path, or None (no aliases). The default is the
    bundled `corpus/aliases.tsv`, or none when talentflow runs without its repository."""
    if aliases is None:
        return NO_ALIASES
    if isinstance(aliases, AliasTable):
        return aliases
    if Path(aliases) == DEFAULT_ALIASES and not DEFAULT_ALIASES.is_file():
        logger.warning("no alias table: %s is not installed; names fold by form only", DEFAULT_ALIASES)
        return NO_ALIASES
    return AliasTable.read(aliases)


# ---------------------------------------------------------------- attributes


def _role_ok(pred: str, gold: str) -> bool:
    # Empty equals empty: a gold without a role wants none predicted.
    wanted = {fold(role) for role in alternatives(gold)} or {""}
    return fold(pred) in wanted


def _time_ok(pred: str, gold: str) -> bool:
    return pred in (set(alternatives(gold)) or {""})


def _status_ok(pred: str, gold: str) -> bool:
    # An empty status is the contract's default on either side.
    return (pred or "done") in (set(alternatives(gold)) or {"done"})


class _Tally:
    """tp/fp/fn counters for one scope (overall, a kind, a doc)."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def score(self) -> FactScore:
        return FactScore(tp=self.tp, fp=self.fp, fn=self.fn)


# ---------------------------------------------------------------- evaluate


@dataclass
class _Matching:
    """Predicted and gold facts of the documents scored, and which answers which."""

    frame: pd.DataFrame
    table: AliasTable
    pred_facts: list[PredFact]
    gold_facts: list[GoldFact]
    owner: dict[int, int]  # gold index -> predicted index
    matched_pred: dict[int, int]  # predicted index -> gold index
    gold_docs: set[str]
    pred_docs: set[str]
    gold_records: list[GoldRecord]


def _match(
    pred: Any,
    gold: Any,
    *,
    aliases: Any,
    docs: Collection[str] | None,
    only_gold_docs: bool,
    only_pred_docs: bool,
) -> _Matching:
    frame = _prediction_frame(pred)
    gold_records = _gold_list(gold)
    table = alias_table(aliases)
    frame_docs = pd.Series([str(doc).strip() for doc in frame["doc"]], index=frame.index, dtype=object)
    if docs is not None:
        wanted = {str(doc).strip() for doc in docs}
        frame = frame[frame_docs.isin(wanted)]
        gold_records = [record for record in gold_records if record.doc.strip() in wanted]
    gold_docs = {record.doc.strip() for record in gold_records}
    pred_docs = set(frame_docs[frame.index])
    if only_gold_docs:
        frame = frame[frame_docs[frame.index].isin(gold_docs)]
        pred_docs &= gold_docs
    if only_pred_docs:
        gold_records = [record for record in gold_records if record.doc.strip() in pred_docs]
        gold_docs &= pred_docs

    pred_facts = facts_of_predictions(frame, table)
    gold_facts = facts_of_gold(gold_records, table)
    logger.debug("%d predicted facts, %d gold facts after merging", len(pred_facts), len(gold_facts))

    by_group: dict[tuple[str, str], list[int]] = {}
    for index, fact in enumerate(gold_facts):
        by_group.setdefault((fact.doc, fact.kind), []).append(index)
    for pred_index, fact in enumerate(pred_facts):
        for gold_index in by_group.get((fact.doc, fact.kind), ()):
            target = gold_facts[gold_index]
            if fact.persons & target.persons and fact.orgs & target.orgs:
                target.candidates.append(pred_index)
    owner = max_matching(pred_facts, gold_facts)
    matched_pred = {pred_index: gold_index for gold_index, pred_index in owner.items()}
    return _Matching(frame, table, pred_facts, gold_facts, owner, matched_pred, gold_docs, pred_docs, gold_records)


@dataclass(frozen=True)
class JudgedFact:
    """One predicted fact and what the gold says of it: `tp`, `fp`, or `optional`
    (matched to an optional gold fact); for a `tp`, whether role, time and status agree."""

    doc: str
    person: str
    kind: str
    org: str
    rules: frozenset[str]
    outcome: str
    role_ok: bool | None
    time_ok: bool | None
    status_ok: bool | None


def judge(pred: Any, gold: Any, *, aliases: Any = DEFAULT_ALIASES, docs: Collection[str] | None = None) -> list[JudgedFact]:
    """Every predicted fact with its outcome: what `evaluate` counts, fact by fact,
    for calibrating confidence on the rules that made each fact.

    >>> judge(pd.DataFrame([{"doc": "d", "person": "甲", "to_org": "Meta"}]), [])[0].outcome
    'fp'
    """
    matching = _match(pred, gold, aliases=aliases, docs=docs, only_gold_docs=False, only_pred_docs=False)
    judged = []
    for pred_index, fact in enumerate(matching.pred_facts):
        gold_index = matching.matched_pred.get(pred_index)
        target = matching.gold_facts[gold_index] if gold_index is not None else None
        outcome = "fp" if target is None else "optional" if target.optional else "tp"
        checks = (
            (_role_ok(fact.role, target.role), _time_ok(fact.time, target.time), _status_ok(fact.status, target.status))
            if outcome == "tp"
            else (None, None, None)
        )
        judged.append(JudgedFact(fact.doc, fact.person, fact.kind, fact.org, frozenset(fact.rules), outcome, *checks))
    return judged


def evaluate(
    pred: Any,
    gold: Any,
    *,
    aliases: Any = DEFAULT_ALIASES,
    docs: Collection[str] | None = None,
    only_gold_docs: bool = False,
    only_pred_docs: bool = False,
) -> EvalReport:
    """Score predictions (DataFrame, CareerMove records or a file) against gold
    (GoldRecord list or a file): fact P/R/F1 overall, per kind, per doc, role/time/status
    accuracy on matched required facts, every FP and FN, and per rule when the
    predictions have a `rules` column.

    `aliases`: the alias table (a path, an AliasTable, or None for none).
    `docs`: score these documents only. `only_gold_docs` drops predictions for
    documents the gold has no record for; `only_pred_docs` drops gold records of
    documents with no prediction. Without them, such documents are scored (their
    facts are FPs or FNs) and listed in `gold_only_docs` / `pred_only_docs`.
    """
    matching = _match(pred, gold, aliases=aliases, docs=docs, only_gold_docs=only_gold_docs, only_pred_docs=only_pred_docs)
    frame, table, pred_facts, gold_facts = matching.frame, matching.table, matching.pred_facts, matching.gold_facts
    owner, matched_pred = matching.owner, matching.matched_pred
    gold_docs, pred_docs = matching.gold_docs, matching.pred_docs

    overall = _Tally()
    by_kind = {kind: _Tally() for kind in KINDS}
    by_doc = {doc: _Tally() for doc in sorted({fact.doc for fact in pred_facts} | {fact.doc for fact in gold_facts})}
    attribute = {name: [0, 0] for name in ("role", "time", "status")}
    by_rule: dict[str, dict[str, int]] = {}
    errors: list[FactError] = []

    def count(doc: str, kind: str, outcome: str) -> None:
        for tally in (overall, by_kind[kind], by_doc[doc]):
            setattr(tally, outcome, getattr(tally, outcome) + 1)

    for pred_index, fact in enumerate(pred_facts):
        gold_index = matched_pred.get(pred_index)
        target = gold_facts[gold_index] if gold_index is not None else None
        outcome = "fp" if target is None else "optional" if target.optional else "tp"
        for rule in fact.rules or {NO_RULE}:
            tally = by_rule.setdefault(rule, {"facts": 0, "tp": 0, "fp": 0, "optional": 0})
            tally["facts"] += 1
            tally[outcome] += 1
        if target is None:
            count(fact.doc, fact.kind, "fp")
            errors.append(
                FactError(
                    error="fp", doc=fact.doc, person=fact.person, kind=fact.kind, org=fact.org, evidence=fact.evidence,
                    rules=" ".join(sorted(fact.rules)),
                )
            )
            continue
        if target.optional:
            continue  # present optional fact: neither right nor wrong
        count(fact.doc, fact.kind, "tp")
        for name, ok in (
            ("role", _role_ok(fact.role, target.role)),
            ("time", _time_ok(fact.time, target.time)),
            ("status", _status_ok(fact.status, target.status)),
        ):
            attribute[name][0] += ok
            attribute[name][1] += 1

    for gold_index, target in enumerate(gold_facts):
        if gold_index in owner or target.optional:
            continue
        count(target.doc, target.kind, "fn")
        # A near miss: a prediction about the same person and kind that named another organization.
        near = next(
            (
                fact
                for index, fact in enumerate(pred_facts)
                if index not in matched_pred and fact.doc == target.doc and fact.kind == target.kind and fact.persons & target.persons
            ),
            None,
        )
        errors.append(
            FactError(
                error="fn",
                doc=target.doc,
                person="|".join(target.person_names),
                kind=target.kind,
                org="|".join(target.org_names),
                evidence=target.evidence,
                rules=" ".join(sorted(near.rules)) if near is not None else "",
            )
        )

    # By doc, then person, so that a wrong organization shows as an FP beside its FN.
    errors.sort(key=lambda error: (error.doc, fold(error.person), error.kind, error.error, error.org))
    return EvalReport(
        overall=overall.score(),
        by_kind={kind: tally.score() for kind, tally in by_kind.items()},
        role=AttributeScore(correct=attribute["role"][0], total=attribute["role"][1]),
        time=AttributeScore(correct=attribute["time"][0], total=attribute["time"][1]),
        status=AttributeScore(correct=attribute["status"][0], total=attribute["status"][1]),
        by_doc={doc: tally.score() for doc, tally in by_doc.items()},
        errors=errors,
        gold_only_docs=sorted(gold_docs - pred_docs),
        pred_only_docs=sorted(pred_docs - gold_docs),
        aliases=table.path,
        by_rule=(
            {rule: RuleScore(**by_rule[rule]) for rule in sorted(by_rule, key=lambda rule: (-by_rule[rule]["fp"], rule))}
            if "rules" in frame.columns
            else None
        ),
        curve=_curve(frame, matching.gold_records, table) if "confidence" in frame.columns else None,
    )


CURVE_STEPS: tuple[float, ...] = tuple(step / 20 for step in range(20))


def _curve(frame: pd.DataFrame, gold_records: list[GoldRecord], table: AliasTable) -> list[ThresholdScore]:
    """Fact scores of the records kept at each confidence threshold: what trading
    recall for precision buys. A record without a confidence counts as 0.5."""
    values = pd.to_numeric(frame["confidence"].replace("", 0.5), errors="coerce").fillna(0.5)
    points = []
    for threshold in CURVE_STEPS:
        kept = frame[values >= threshold - 1e-9]
        matching = _match(kept, gold_records, aliases=table, docs=None, only_gold_docs=False, only_pred_docs=False)
        tp = len([1 for gold_index in matching.owner if not matching.gold_facts[gold_index].optional])
        fp = len([1 for index in range(len(matching.pred_facts)) if index not in matching.matched_pred])
        fn = len([1 for index, fact in enumerate(matching.gold_facts) if index not in matching.owner and not fact.optional])
        points.append(ThresholdScore(threshold=threshold, records=len(kept), score=FactScore(tp=tp, fp=fp, fn=fn)))
    return points
