"""Which records are one move: each record keyed (person by `fold_key`, organizations
by `org_identity`, the publication order), and a person's records merged into moves
when their organizations and times are compatible (flows.py's docstring says how)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from talentflow.resources.org_identity import identity as org_identity
from talentflow.text.textnorm import fold_key

log = logging.getLogger(__name__)

# A rumour confirmed later is a move that happened: the strongest report wins.
# An empty status is the contract's default, done (ANNOTATION.md).
STATUS_RANK = {"reported": 0, "announced": 1, "done": 2, "": 2}


class AggregateError(ValueError):
    """The records to aggregate are malformed (a required column is missing)."""


# ---------------------------------------------------------------- keys


def _compatible(one: str, other: str) -> bool:
    # An empty value is unknown in that article, not different.
    return not one or not other or one == other


def _compatible_times(one: str, other: str) -> bool:
    # 2025 and 2025-08 are one time told at two precisions; "" is a prefix of all.
    return one.startswith(other) or other.startswith(one)


# ---------------------------------------------------------------- clustering


@dataclass
class ReportedMove:
    """One input record, keyed."""

    index: int
    doc: str
    person: str
    person_key: str
    from_org: str
    to_org: str
    from_key: str
    to_key: str
    from_known: str  # the alias table's root name, "" when unknown
    to_known: str
    role: str
    time: str
    status: str
    evidence: str
    published: str
    order: tuple[str, int]  # report order: published date ("\uffff" unknown), then doc order

    @property
    def rank(self) -> int:
        return STATUS_RANK.get(self.status, 0)

    @property
    def filled(self) -> int:
        return bool(self.from_key) + bool(self.to_key)


@dataclass
class Move:
    """Reports merged into one move; its keys and time are the most specific seen."""

    person_key: str
    from_key: str
    to_key: str
    time: str
    reports: list[ReportedMove]
    created: int

    def agreement(self, report: ReportedMove) -> int | None:
        """How many known values `report` shares with this move, None if any conflicts."""
        if report.person_key != self.person_key:
            return None
        if not (_compatible(self.from_key, report.from_key) and _compatible(self.to_key, report.to_key)):
            return None
        if not _compatible_times(self.time, report.time):
            return None
        shared_orgs = (bool(report.from_key) and report.from_key == self.from_key) + (
            bool(report.to_key) and report.to_key == self.to_key
        )
        if not shared_orgs:
            # 离开谷歌 and 加入Meta share nothing but the person: two moves.
            return None
        return shared_orgs + (bool(report.time) and bool(self.time))

    def add(self, report: ReportedMove) -> None:
        self.reports.append(report)
        self.from_key = self.from_key or report.from_key
        self.to_key = self.to_key or report.to_key
        if len(report.time) > len(self.time):
            self.time = report.time

    @property
    def order(self) -> tuple[str, int]:
        return min(report.order for report in self.reports)


def cluster_moves(reports: list[ReportedMove]) -> list[Move]:
    """Merge one person's reports into moves.

    The most specific reports (both organizations, a full date) seed the moves;
    vaguer ones then join the move they agree with most. So `加入Meta` with no
    date joins `2024年从谷歌跳槽至Meta` rather than founding a move of its own,
    and a report compatible with two different moves picks one, never bridges them.
    """
    moves: list[Move] = []
    for report in sorted(reports, key=lambda r: (-r.filled, -len(r.time), r.order, r.index)):
        best: tuple[int, int, int] | None = None
        chosen: Move | None = None
        for move in moves:
            agreement = move.agreement(report)
            if agreement is None:
                continue
            rank = (agreement, len(move.reports), -move.created)
            if best is None or rank > best:
                best, chosen = rank, move
        if chosen is None:
            moves.append(Move(report.person_key, report.from_key, report.to_key, report.time, [report], len(moves)))
        else:
            chosen.add(report)
    return moves


# ---------------------------------------------------------------- input


def _published_text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value).strip()[:10]


def read_reports(frame: pd.DataFrame, published: Mapping[str, object] | None) -> list[ReportedMove]:
    missing = [column for column in ("doc", "person") if column not in frame.columns]
    if not {"from_org", "to_org"} & set(frame.columns):
        missing.append("from_org or to_org")
    if missing:
        raise AggregateError(f"records lack column(s) {', '.join(missing)}; got {list(frame.columns)}")
    rows = frame.to_dict("records")
    # Memoized per call, not per module: the alias table may change between calls (tests).
    identify = lru_cache(maxsize=None)(org_identity)
    doc_position: dict[str, int] = {}
    reports = []
    for index, row in enumerate(rows):
        values = {
            column: _cell(row.get(column))
            for column in ("doc", "person", "from_org", "to_org", "role", "time", "status", "evidence")
        }
        if not values["person"] or not (values["from_org"] or values["to_org"]):
            log.debug("row %d names no person or no organization: left out", index)
            continue
        doc = values["doc"]
        position = doc_position.setdefault(doc, len(doc_position))
        date = _published_text(published.get(doc)) if published is not None else ""
        date = date or _published_text(row.get("published"))
        from_key, from_known = identify(values["from_org"]) if values["from_org"] else ("", "")
        to_key, to_known = identify(values["to_org"]) if values["to_org"] else ("", "")
        reports.append(
            ReportedMove(
                index=index,
                doc=doc,
                person=values["person"],
                person_key=fold_key(values["person"]),
                from_org=values["from_org"],
                to_org=values["to_org"],
                from_key=from_key,
                to_key=to_key,
                from_known=from_known,
                to_known=to_known,
                role=values["role"],
                time=values["time"],
                status=values["status"],
                evidence=values["evidence"],
                published=date,
                order=(date or "\uffff", position),
            )
        )
    return reports


def _cell(value: object) -> str:
    # A typed frame (`read_csv`, `extract_paths`) says absent with <NA>; a plain one with "".
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()
