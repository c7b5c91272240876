"""The evaluator: predicted records against gold records, as ANNOTATION.md "Scoring" says.

Records are split into facts `(doc, person, kind, org)`: a `join` of `to_org`, a
`leave` of `from_org`. So `从A跳槽至B` scores the same whether it is written as
one record with both organizations or as two records. Names compare by
`fold_key` (case, width, spaces, middle dots, traditional/simplified);
organizations by `org_key`, which also folds aliases (谷歌 = Google) and, through
the alias table's parents, sub-units into their root (MSL → Meta).

Gold values may list alternatives with `|` (`MSL|Meta超级智能实验室`, `张健|Jian Zhang`,
status `done|reported`); a gold fact may be `optional`: matched, it counts as
neither right nor wrong; missing, it costs nothing.

Attributes: every fact carries its record's role, time and status, so the leave
fact of a move record carries the role at `to_org` (ANNOTATION.md: role is the
title at `to_org` when there is one). A gold status left empty is scored as
`done`, the contract's default, the same as an empty predicted status.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from models import MOVE_COLUMNS, CareerMove, EvalReport, FactError, FactScore
from models.evaluation import AttributeScore
from models.records import _TIME_PATTERN
from pipeline.export import EXTRA_COLUMNS, read_csv, restore
from pipeline.lexicon import canonical_org, org_by_prefix, root_org
from pipeline.textnorm import fold_key, shadow

logger = logging.getLogger(__name__)

STATUSES: tuple[str, ...] = ("done", "announced", "reported")
KINDS: tuple[str, ...] = ("join", "leave")
# The field a fact of each kind takes its organization from.
_ORG_FIELD = {"join": "to_org", "leave": "from_org"}
_GOLD_COLUMNS = ("doc", "person", "from_org", "to_org")
_TRUE = frozenset({"true", "1", "yes", "y"})
_FALSE = frozenset({"false", "0", "no", "n", ""})
_KeyFn = Callable[[str], str]
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
_CSV_SUFFIXES = frozenset({".csv"})
# The record's own pattern (YYYY, YYYY-MM, YYYY-MM-DD with a real month and day), so
# gold and predictions agree on what a time is.
_TIME = re.compile(_TIME_PATTERN)


class ScoringError(ValueError):
    """An input of the scorer is malformed."""


class _LocatedError(ScoringError):
    def __init__(self, path: str | os.PathLike, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = str(path)
        self.line = line
        self.problem = problem


class GoldFormatError(_LocatedError):
    """A gold file is malformed; the message is `file:line: problem`."""


class PredictionFormatError(_LocatedError):
    """A predictions file is malformed; the message is `file:line: problem`."""


def alternatives(value: str) -> tuple[str, ...]:
    """The `|`-separated alternatives of a gold value, blanks dropped, order kept."""
    return tuple(dict.fromkeys(piece.strip() for piece in value.split("|") if piece.strip()))


class GoldRecord(BaseModel):
    """One gold record. Absent values are ""; person, orgs, role, time and status
    may hold `|` alternatives; an empty status means `done`."""

    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")

    doc: str
    person: str
    from_org: str = ""
    to_org: str = ""
    role: str = ""
    time: str = ""
    status: str = ""
    evidence: str = ""
    optional: bool = False

    @field_validator("status")
    @classmethod
    def _known_status(cls, value: str) -> str:
        unknown = [status for status in alternatives(value) if status not in STATUSES]
        if unknown:
            raise ValueError(f"status {value!r} is not one of {'/'.join(STATUSES)} (alternatives with |)")
        return value

    @field_validator("time")
    @classmethod
    def _time_shape(cls, value: str) -> str:
        bad = [time for time in alternatives(value) if not _TIME.fullmatch(time)]
        if bad:
            raise ValueError(f"time {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return value

    @model_validator(mode="after")
    def _complete(self) -> GoldRecord:
        if not self.doc.strip():
            raise ValueError("doc is empty")
        if not alternatives(self.person):
            raise ValueError("person is empty")
        # ANNOTATION.md: "At least one of from_org, to_org is set."
        if not (alternatives(self.from_org) or alternatives(self.to_org)):
            raise ValueError(f"record for {self.person!r} names no organization (from_org and to_org empty)")
        return self


# ---------------------------------------------------------------- reading


def _looks_like_jsonl(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return True
    if suffix in _CSV_SUFFIXES:
        return False
    # No telling suffix: a JSONL file opens with an object, a CSV with a header.
    with path.open(encoding="utf-8-sig") as handle:
        return handle.read(4096).lstrip().startswith("{")


def _json_lines(path: Path, error: type[_LocatedError]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of a JSONL file."""
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise error(path, number, f"not valid JSON ({err.msg} at column {err.colno})") from err
            if not isinstance(row, dict):
                raise error(path, number, f"expected a JSON object, got {type(row).__name__}")
            yield number, row


def _gold_csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, row) for every row of a gold CSV; the line is where the row starts."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [column for column in _GOLD_COLUMNS if column not in header]
        if missing:
            raise GoldFormatError(path, 1, f"header lacks column(s) {', '.join(missing)}; got {header}")
        start = reader.line_num + 1
        for row in reader:
            if None in row:
                raise GoldFormatError(path, start, f"more fields than the header's {len(header)}")
            if any(value is None for value in row.values()):
                raise GoldFormatError(path, start, f"fewer fields than the header's {len(header)}")
            # A prediction CSV corrected by hand is a fine gold file: drop its provenance
            # columns, and undo write_csv's formula guard.
            yield start, {key: restore(value) for key, value in row.items() if key not in EXTRA_COLUMNS}
            start = reader.line_num + 1


def _optional_flag(value: Any) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise ValueError(f"optional must be true/false/1/0/yes/no or empty, got {value!r}")


def _gold_record(row: dict[str, Any]) -> GoldRecord:
    fields: dict[str, Any] = {}
    for key, value in row.items():
        if key == "optional":
            fields[key] = _optional_flag(value)
        elif value is None:
            fields[key] = ""
        elif isinstance(value, str):
            fields[key] = value.strip()
        else:
            raise ValueError(f"{key} must be a string or null, got {value!r}")
    return GoldRecord(**fields)


def _describe(err: ValidationError) -> str:
    """One line per problem, without pydantic's URLs: the file:line prefix says where."""
    problems = []
    for item in err.errors():
        where = ".".join(str(part) for part in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        problems.append(f"{where}: {message}" if where else message)
    return "; ".join(problems)


def read_gold(path: str | os.PathLike) -> list[GoldRecord]:
    """Gold records from JSONL (one object a line) or CSV (a header, ANNOTATION.md's columns).

    Raises GoldFormatError naming the file and line of the first malformed record.
    """
    path = Path(path)
    rows = _json_lines(path, GoldFormatError) if _looks_like_jsonl(path) else _gold_csv_rows(path)
    records = []
    for number, row in rows:
        try:
            records.append(_gold_record(row))
        except ValidationError as err:
            raise GoldFormatError(path, number, _describe(err)) from err
        except ValueError as err:
            raise GoldFormatError(path, number, str(err)) from err
    return records


def _cell(value: Any) -> str:
    """A frame cell as a string: None/NaN → "" (absent), anything else str()."""
    if value is None:
        return ""
    if isinstance(value, float) and pd.isna(value):
        return ""
    return str(value)


def _normalize_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """ANNOTATION.md's columns first, as strings ("" for absent), other columns kept.

    Raises ScoringError when doc, person or both organization columns are missing:
    such a frame would silently score as no predictions at all.
    """
    if not len(frame.columns):
        return pd.DataFrame({column: pd.Series([], dtype=object) for column in MOVE_COLUMNS})
    missing = [column for column in ("doc", "person") if column not in frame.columns]
    if not {"from_org", "to_org"} & set(frame.columns):
        missing.append("from_org or to_org")
    if missing:
        raise ScoringError(f"predictions lack column(s) {', '.join(missing)}; got {list(frame.columns)}")
    frame = frame.copy()
    for column in MOVE_COLUMNS:
        # A hand-written file may leave out role/time/status/evidence: absent = "".
        frame[column] = [_cell(value) for value in frame[column]] if column in frame.columns else ""
    rest = [column for column in frame.columns if column not in MOVE_COLUMNS]
    return frame[list(MOVE_COLUMNS) + rest].reset_index(drop=True)


def read_predictions(path: str | os.PathLike) -> pd.DataFrame:
    """Predicted records from the CSV `export.write_csv` writes, or from JSONL.

    The frame has ANNOTATION.md's columns first, all strings, "" for absent.
    """
    path = Path(path)
    first_line = 1
    if _looks_like_jsonl(path):
        rows = []
        for number, row in _json_lines(path, PredictionFormatError):
            if not rows:
                first_line = number
            missing = [column for column in ("doc", "person") if column not in row]
            if missing:
                raise PredictionFormatError(path, number, f"record lacks {', '.join(missing)}")
            rows.append(row)
        frame = pd.DataFrame(rows)
    else:
        try:
            frame = read_csv(path)
        except pd.errors.EmptyDataError:
            # A zero-byte file is what a silent extractor may leave: no predictions.
            frame = pd.DataFrame()
    try:
        return _normalize_frame(frame)
    except ScoringError as err:
        # Only the CSV header or the first JSONL record can be blamed for a missing column.
        raise PredictionFormatError(path, first_line, str(err)) from err


# ---------------------------------------------------------------- facts


def org_key(name: str) -> str:
    """The key two names of one organization share.

    The alias table's canonical name, followed up to its root (`MSL` → `Meta`),
    when the table knows the name; else the folded name (`Lumina Labs` = `lumina labs`).
    A name folding to a canonical name is an alias of it, so the two kinds of
    key cannot collide by accident.
    """
    canonical = canonical_org(name) or _parent_of_unit(name)
    return fold_key(root_org(canonical) if canonical else name)


# A sub-unit named after its parent, `OpenAI的AI安全团队`, `Meta旗下机器人工作室`,
# `字节Seed团队`, folds into that parent: it ends in a unit word and its longest
# known prefix is an organization of the alias table.
_UNIT_END = re.compile(r"(?:团队|实验室|部门|工作室|事业部|事业群|研究院|研究所|中心|项目组|项目|小组)$")


def _parent_of_unit(name: str) -> str:
    """The canonical parent of an unlisted unit named after it, or ""."""
    return org_by_prefix(name) if _UNIT_END.search(shadow(name.strip())) else ""


@dataclass
class _PredFact:
    doc: str
    kind: str
    person_key: str
    org_key: str
    person: str
    org: str
    role: str
    time: str
    status: str
    evidence: str


@dataclass
class _GoldFact:
    doc: str
    kind: str
    person_keys: set[str]
    org_keys: set[str]
    persons: list[str]
    orgs: list[str]
    role: str
    time: str
    status: str
    evidence: str
    optional: bool
    position: int  # order of appearance in the gold, which merged facts keep
    candidates: list[int] = field(default_factory=list)  # indexes of predicted facts it accepts

    def overlaps(self, other: _GoldFact) -> bool:
        return bool(self.person_keys & other.person_keys and self.org_keys & other.org_keys)

    def absorb(self, other: _GoldFact) -> None:
        """Merge a second statement of the same move: union of alternatives,
        optional only if both are, the first non-empty attribute wins."""
        self.person_keys |= other.person_keys
        self.org_keys |= other.org_keys
        self.persons = list(dict.fromkeys(self.persons + other.persons))
        self.orgs = list(dict.fromkeys(self.orgs + other.orgs))
        self.optional = self.optional and other.optional
        self.role = self.role or other.role
        self.time = self.time or other.time
        self.status = self.status or other.status
        self.evidence = self.evidence or other.evidence


def _prediction_frame(pred: Any) -> pd.DataFrame:
    if isinstance(pred, pd.DataFrame):
        return _normalize_frame(pred)
    if isinstance(pred, (str, os.PathLike)):
        return read_predictions(pred)
    if isinstance(pred, Iterable):
        rows = []
        for record in pred:
            if not isinstance(record, CareerMove):
                raise TypeError(f"predictions must be CareerMove records, got {type(record).__name__}")
            rows.append({column: getattr(record, column) for column in MOVE_COLUMNS})
        return _normalize_frame(pd.DataFrame(rows, columns=list(MOVE_COLUMNS)))
    raise TypeError(f"predictions must be a DataFrame, CareerMove records or a path, got {type(pred).__name__}")


def _gold_list(gold: Any) -> list[GoldRecord]:
    if isinstance(gold, (str, os.PathLike)):
        return read_gold(gold)
    records = list(gold)
    for record in records:
        if not isinstance(record, GoldRecord):
            raise TypeError(f"gold must be GoldRecord records or a path, got {type(record).__name__}")
    return records


def _pred_facts(frame: pd.DataFrame, name_key: _KeyFn, org_key_of: _KeyFn) -> list[_PredFact]:
    """One fact per distinct `(doc, person, kind, org)` key: duplicates count once,
    and their attributes are the first non-empty ones (as for merged gold facts)."""
    facts: dict[tuple[str, str, str, str], _PredFact] = {}
    for row in frame[list(MOVE_COLUMNS)].to_dict("records"):
        values = {column: _cell(row[column]).strip() for column in MOVE_COLUMNS}
        for kind in KINDS:
            org = values[_ORG_FIELD[kind]]
            if not org:
                continue
            fact = _PredFact(
                doc=values["doc"],
                kind=kind,
                person_key=name_key(values["person"]),
                org_key=org_key_of(org),
                person=values["person"],
                org=org,
                role=values["role"],
                time=values["time"],
                status=values["status"],
                evidence=values["evidence"],
            )
            key = (fact.doc, fact.person_key, fact.kind, fact.org_key)
            if key in facts:
                kept = facts[key]
                kept.role = kept.role or fact.role
                kept.time = kept.time or fact.time
                kept.status = kept.status or fact.status
                kept.evidence = kept.evidence or fact.evidence
            else:
                facts[key] = fact
    return list(facts.values())


def _gold_facts(records: list[GoldRecord], name_key: _KeyFn, org_key_of: _KeyFn) -> list[_GoldFact]:
    """Gold facts, with the ones naming the same move merged."""
    groups: dict[tuple[str, str], list[_GoldFact]] = {}
    position = 0
    for record in records:
        persons = list(alternatives(record.person))
        for kind in KINDS:
            orgs = list(alternatives(getattr(record, _ORG_FIELD[kind])))
            if not orgs:
                continue
            fact = _GoldFact(
                doc=record.doc.strip(),
                kind=kind,
                person_keys={name_key(person) for person in persons},
                org_keys={org_key_of(org) for org in orgs},
                persons=persons,
                orgs=orgs,
                role=record.role,
                time=record.time,
                status=record.status,
                evidence=record.evidence,
                optional=record.optional,
                position=position,
            )
            position += 1
            groups.setdefault((fact.doc, kind), []).append(fact)
    merged: list[_GoldFact] = []
    for facts in groups.values():
        merged.extend(_merge_overlapping(facts))
    # Back to file order, so that errors and matching are deterministic and readable.
    merged.sort(key=lambda fact: fact.position)
    return merged


def _merge_overlapping(facts: list[_GoldFact]) -> list[_GoldFact]:
    """Merge until no two facts overlap: a union can overlap a fact neither part did
    (A=(p1,p3; o1), B=(p1; o1,o2), C=(p3; o2): only A∪B meets C)."""
    kept: list[_GoldFact] = []
    for fact in facts:
        current = fact
        while True:
            hit = next((index for index, other in enumerate(kept) if other.overlaps(current)), None)
            if hit is None:
                break
            earlier = kept.pop(hit)
            # The earlier fact stays the survivor, so "first non-empty" follows file order.
            earlier.absorb(current)
            current = earlier
        kept.append(current)
    return kept


def _max_matching(pred: list[_PredFact], gold: list[_GoldFact]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths): gold index → pred index.

    After merging, two gold facts one prediction could both match would overlap and so
    be one fact; each prediction thus has at most one candidate and optional facts never
    compete with required ones. The matching still guarantees one-to-one: `张健` and
    `Jian Zhang` predicted separately for gold `张健|Jian Zhang` give one hit, one FP.
    """
    edges: list[list[int]] = [[] for _ in pred]
    for gold_index, fact in enumerate(gold):
        for pred_index in fact.candidates:
            edges[pred_index].append(gold_index)
    owner: dict[int, int] = {}

    def augment(pred_index: int, seen: set[int]) -> bool:
        for gold_index in edges[pred_index]:
            if gold_index in seen:
                continue
            seen.add(gold_index)
            if gold_index not in owner or augment(owner[gold_index], seen):
                owner[gold_index] = pred_index
                return True
        return False

    for pred_index in range(len(pred)):
        augment(pred_index, set())
    return owner


class _Tally:
    """tp/fp/fn counters for one scope (overall, a kind, a doc)."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def score(self) -> FactScore:
        return FactScore(tp=self.tp, fp=self.fp, fn=self.fn)


def _role_ok(pred: str, gold: str) -> bool:
    # Empty equals empty: a gold without a role wants none predicted.
    wanted = {fold_key(role) for role in alternatives(gold)} or {""}
    return fold_key(pred) in wanted


def _time_ok(pred: str, gold: str) -> bool:
    return pred in (set(alternatives(gold)) or {""})


def _status_ok(pred: str, gold: str) -> bool:
    # An empty status is the contract's default on either side.
    return (pred or "done") in (set(alternatives(gold)) or {"done"})


def evaluate(pred: Any, gold: Any) -> EvalReport:
    """Score predictions (DataFrame, CareerMove records or a file) against gold
    (GoldRecord list or a file): fact P/R/F1 overall, per kind, per doc, role/time/status
    accuracy on matched required facts, and every FP and FN."""
    frame = _prediction_frame(pred)
    gold_records = _gold_list(gold)
    # Memoized per call, not per module: the alias table may change between calls (tests).
    name_key = lru_cache(maxsize=None)(fold_key)
    org_key_of = lru_cache(maxsize=None)(org_key)

    pred_facts = _pred_facts(frame, name_key, org_key_of)
    gold_facts = _gold_facts(gold_records, name_key, org_key_of)
    logger.debug("%d predicted facts, %d gold facts after merging", len(pred_facts), len(gold_facts))

    by_group: dict[tuple[str, str], list[int]] = {}
    for index, fact in enumerate(gold_facts):
        by_group.setdefault((fact.doc, fact.kind), []).append(index)
    for pred_index, fact in enumerate(pred_facts):
        for gold_index in by_group.get((fact.doc, fact.kind), ()):
            target = gold_facts[gold_index]
            if fact.person_key in target.person_keys and fact.org_key in target.org_keys:
                target.candidates.append(pred_index)
    owner = _max_matching(pred_facts, gold_facts)
    matched_pred = {pred_index: gold_index for gold_index, pred_index in owner.items()}

    overall = _Tally()
    by_kind = {kind: _Tally() for kind in KINDS}
    docs = sorted({fact.doc for fact in pred_facts} | {fact.doc for fact in gold_facts})
    by_doc = {doc: _Tally() for doc in docs}
    attribute = {name: [0, 0] for name in ("role", "time", "status")}
    errors: list[FactError] = []

    def count(doc: str, kind: str, outcome: str) -> None:
        for tally in (overall, by_kind[kind], by_doc[doc]):
            setattr(tally, outcome, getattr(tally, outcome) + 1)

    for pred_index, fact in enumerate(pred_facts):
        gold_index = matched_pred.get(pred_index)
        if gold_index is None:
            count(fact.doc, fact.kind, "fp")
            errors.append(
                FactError(
                    error="fp", doc=fact.doc, person=fact.person, kind=fact.kind, org=fact.org, evidence=fact.evidence
                )
            )
            continue
        target = gold_facts[gold_index]
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
        errors.append(
            FactError(
                error="fn",
                doc=target.doc,
                person="|".join(target.persons),
                kind=target.kind,
                org="|".join(target.orgs),
                evidence=target.evidence,
            )
        )

    # By doc, then person, so that a wrong organization shows as an FP beside its FN.
    errors.sort(key=lambda error: (error.doc, fold_key(error.person), error.kind, error.error, error.org))
    return EvalReport(
        overall=overall.score(),
        by_kind={kind: tally.score() for kind, tally in by_kind.items()},
        role=AttributeScore(correct=attribute["role"][0], total=attribute["role"][1]),
        time=AttributeScore(correct=attribute["time"][0], total=attribute["time"][1]),
        status=AttributeScore(correct=attribute["status"][0], total=attribute["status"][1]),
        by_doc={doc: tally.score() for doc, tally in by_doc.items()},
        errors=errors,
    )


# ---------------------------------------------------------------- rendering


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text
    )


def _pad(text: str, width: int, *, right: bool = False) -> str:
    fill = " " * max(width - _width(text), 0)
    return fill + text if right else text + fill


def _row(label: str, label_width: int, cells: list[str], widths: list[int]) -> str:
    """A label padded on the right, then cells right-aligned (numbers line up)."""
    return _pad(label, label_width) + "".join(_pad(cell, width, right=True) for cell, width in zip(cells, widths))


_SCORE_HEADER = ["tp", "fp", "fn", "precision", "recall", "f1"]
_SCORE_WIDTHS = [6, 6, 6, 11, 8, 8]


def _score_table(title: str, rows: list[tuple[str, FactScore]]) -> list[str]:
    label_width = max([_width(title)] + [_width(label) for label, _ in rows])
    lines = [_row(title, label_width, _SCORE_HEADER, _SCORE_WIDTHS)]
    for label, score in rows:
        cells = [str(score.tp), str(score.fp), str(score.fn)]
        cells += [f"{score.precision:.4f}", f"{score.recall:.4f}", f"{score.f1:.4f}"]
        lines.append(_row(label, label_width, cells, _SCORE_WIDTHS))
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render_report(report: EvalReport, *, errors: bool = False) -> str:
    """The report as plain text: fact scores, attribute accuracies, per-doc rows and,
    with `errors`, one line per FP/FN: error, doc, person, kind, org, evidence."""
    lines = _score_table("facts", [("overall", report.overall)] + list(report.by_kind.items()))
    lines.append("")
    attribute_widths = [10, 9, 7]
    lines.append(_row("attribute", 9, ["accuracy", "correct", "total"], attribute_widths))
    for name, score in (("role", report.role), ("time", report.time), ("status", report.status)):
        lines.append(_row(name, 9, [f"{score.accuracy:.4f}", str(score.correct), str(score.total)], attribute_widths))
    lines.append("")
    lines.extend(_score_table("doc", list(report.by_doc.items())))
    if errors:
        lines.append("")
        lines.append(f"errors ({len(report.errors)})")
        rows = [[error.error.upper(), error.doc, error.person, error.kind, error.org] for error in report.errors]
        widths = [max((_width(row[index]) for row in rows), default=0) for index in range(5)]
        for row, error in zip(rows, report.errors):
            cells = "  ".join(_pad(cell, width) for cell, width in zip(row, widths))
            lines.append(f"{cells}  | {_one_line(error.evidence)}".rstrip())
    return "\n".join(lines) + "\n"
