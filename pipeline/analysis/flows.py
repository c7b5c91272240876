"""Records from many articles → one row per move, people's timelines, flows between organizations.

A folder of news repeats itself: ten articles report one move, each in its own
words and script (`张伟从谷歌跳槽至Meta`, `張偉離開Google，加入Meta`). Records are
the same move when they name the same person (`fold_key`: case, width, spaces,
middle dots, script), the same organizations (`org_identity.identity`: the alias table's root,
`谷歌` = `Google`, `MSL` → `Meta`) and compatible times (equal, one a prefix of
the other, or one empty). An organization or time one article leaves out is
unknown there, not different: `张伟加入Meta` joins the move `张伟从谷歌跳槽至Meta`,
as long as the two share at least one organization.

Three frames come out (`AggregateResult`), one CSV each:

- `moves`: one row per move, with how many articles report it (`sources`),
  which (`docs`), when first and last (`first_reported`, `last_reported`:
  published dates when known, else doc ids in doc order), and the best-filled
  role, time and status (`done` outranks `announced` outranks `reported`);
- `people`: each person's moves in time order (`step` 1, 2, …);
- `flows`: moves from one organization to another (from_org, to_org, moves, people);
- `orgs`: each organization's joins, leaves and net (org, joins, leaves, net).

flows.csv holds the last two stacked, as it always has: `kind=flow` rows, then
`kind=org` rows, each filling only its own columns.

`aggregate` (the Python API) gives typed frames (`export.to_public_frame`:
<NA> for absent text, Int64 counts); `aggregate_frames` gives the same
tables with "" for absent text, for the code that renders and writes them.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from talentflow.batch.export import to_file_frame, to_public_frame, write_csv
from talentflow.analysis.clusters import AggregateError  # noqa: F401  (aggregate raises it; callers import it from here)
from talentflow.analysis.clusters import STATUS_RANK, Move, ReportedMove, cluster_moves, read_reports
from talentflow.text.textnorm import fold_key

log = logging.getLogger(__name__)

MOVES_COLUMNS: tuple[str, ...] = (
    "move",
    "person",
    "names",
    "kind",
    "from_org",
    "to_org",
    "role",
    "time",
    "status",
    "sources",
    "docs",
    "first_reported",
    "last_reported",
    "evidence",
    "evidence_doc",
)
PEOPLE_COLUMNS: tuple[str, ...] = (
    "person",
    "step",
    "time",
    "kind",
    "from_org",
    "to_org",
    "role",
    "status",
    "sources",
    "move",
)
FLOWS_COLUMNS: tuple[str, ...] = ("kind", "from_org", "to_org", "org", "moves", "people", "joins", "leaves", "net")
PAIR_COLUMNS: tuple[str, ...] = ("from_org", "to_org", "moves", "people")
ORG_COLUMNS: tuple[str, ...] = ("org", "joins", "leaves", "net")
# Values joined into one cell (docs, name variants), as gold files write alternatives.
SEPARATOR = "|"


@dataclass(frozen=True)
class AggregateResult:
    moves: pd.DataFrame
    people: pd.DataFrame
    # Organization → organization: from_org, to_org, moves, people.
    flows: pd.DataFrame
    # Per organization: org, joins, leaves, net.
    orgs: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(ORG_COLUMNS)))
    # The input records with the id of the move each was merged into (`move`).
    records: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def pairs(self) -> pd.DataFrame:
        """`flows` (its earlier name, kept for callers)."""
        return self.flows

    @property
    def organizations(self) -> pd.DataFrame:
        """`orgs` (its earlier name, kept for callers)."""
        return self.orgs

    def public(self) -> AggregateResult:
        """The same tables typed for pandas users (`export.to_public_frame`)."""
        return AggregateResult(
            moves=to_public_frame(self.moves),
            people=to_public_frame(self.people),
            flows=to_public_frame(self.flows),
            orgs=to_public_frame(self.orgs),
            records=to_public_frame(self.records),
        )

    def stacked_flows(self) -> pd.DataFrame:
        """flows.csv's table: `kind=flow` rows, then `kind=org` rows; a cell a row lacks is ""."""
        pairs = to_file_frame(self.flows).assign(kind="flow")
        orgs = to_file_frame(self.orgs).assign(kind="org")
        stacked = pd.concat([pairs, orgs], ignore_index=True) if len(orgs) or len(pairs) else pairs.iloc[0:0]
        return stacked.reindex(columns=list(FLOWS_COLUMNS)).astype(object).fillna("")

    def write(self, folder: str | os.PathLike) -> list[Path]:
        """moves.csv, people.csv and flows.csv in `folder`, each written atomically.

        Typed (`aggregate`) or not (`aggregate_frames`), the files are the same:
        absent values are "" in the CSV, never "<NA>".
        """
        folder = Path(folder)
        return [
            write_csv(to_file_frame(self.moves), folder / "moves.csv"),
            write_csv(to_file_frame(self.people), folder / "people.csv"),
            write_csv(self.stacked_flows(), folder / "flows.csv"),
        ]


def _kind(from_key: str, to_key: str) -> str:
    return "move" if from_key and to_key else "join" if to_key else "leave"


# ---------------------------------------------------------------- output


def _display_names(pairs: Iterable[tuple[str, str, tuple[str, int]]]) -> dict[str, str]:
    """key → the surface form written most often, ties to the one reported first."""
    counts: dict[str, Counter[str]] = {}
    first: dict[tuple[str, str], tuple[str, int]] = {}
    for key, name, order in pairs:
        counts.setdefault(key, Counter())[name] += 1
        first[(key, name)] = min(first.get((key, name), order), order)
    return {
        key: min(counter, key=lambda name: (-counter[name], first[(key, name)], name))
        for key, counter in counts.items()
    }


def _org_names(reports: list[ReportedMove]) -> dict[str, str]:
    """key → display name: the root's canonical name when known, else the usual surface form."""
    surfaces = []
    known: dict[str, str] = {}
    for report in reports:
        for name, key, known_name in (
            (report.from_org, report.from_key, report.from_known),
            (report.to_org, report.to_key, report.to_known),
        ):
            if key:
                surfaces.append((key, name, report.order))
                known[key] = known.get(key) or known_name
    usual = _display_names(surfaces)
    return {key: known.get(key) or name for key, name in usual.items()}


def _role_votes(move: Move) -> Counter[str]:
    """How many reports give each role (by `fold_key`), counting only the roles that
    can be the move's: the role belongs to to_org when there is one (ANNOTATION.md),
    so a leave report's role (the post left) gives way to a join report's."""
    side = [r for r in move.reports if r.role and (r.to_key or not move.to_key)]
    candidates = side or [r for r in move.reports if r.role]
    return Counter(fold_key(r.role) for r in candidates)


def _best_role(move: Move, votes: Counter[str]) -> str:
    candidates = [r for r in move.reports if r.role and fold_key(r.role) in votes]
    if not candidates:
        return ""
    best = min(candidates, key=lambda r: (-votes[fold_key(r.role)], -r.rank, r.order, r.index))
    return best.role


def _reported(report: ReportedMove) -> str:
    return report.published or report.doc


def _move_row(move: Move, people: dict[str, str], orgs: dict[str, str]) -> dict[str, object]:
    reports = sorted(move.reports, key=lambda r: (r.order, r.index))
    docs = list(dict.fromkeys(r.doc for r in reports))
    votes = _role_votes(move)
    # The evidence shown is the strongest, most complete report's sentence; among
    # equals, one giving the role most reports give.
    witness = min(
        reports,
        key=lambda r: (-r.rank, -r.filled, -(votes[fold_key(r.role)] if r.role else -1), -len(r.time), r.order, r.index),
    )
    # The role shown is the witness's own, so the row never pairs 首席科学家 with a
    # sentence saying 算法总监 (two articles disagreeing); a witness naming no role
    # contradicts none, and the role most reports give fills the gap.
    role = witness.role if witness.role and fold_key(witness.role) in votes else _best_role(move, votes)
    return {
        "person": people[move.person_key],
        "names": SEPARATOR.join(dict.fromkeys(r.person for r in reports)),
        "kind": _kind(move.from_key, move.to_key),
        "from_org": orgs.get(move.from_key, ""),
        "to_org": orgs.get(move.to_key, ""),
        "role": role,
        "time": move.time,
        "status": max((r.status or "done" for r in reports), key=lambda status: STATUS_RANK.get(status, 0)),
        "sources": len(docs),
        "docs": SEPARATOR.join(docs),
        "first_reported": _reported(reports[0]),
        "last_reported": _reported(reports[-1]),
        "evidence": witness.evidence,
        "evidence_doc": witness.doc,
    }


def _timeline(moves: list[Move]) -> list[Move]:
    """One person's moves in time order.

    Dated moves sort by time (`2021` before `2021-03`). An undated move goes
    right after the move that joined the organization it leaves (此前任职于Google
    follows 2019年加入Google), else right before the move that leaves the
    organization it joins, else last, in report order.
    """
    timeline = sorted((m for m in moves if m.time), key=lambda m: (m.time, m.order))
    for move in sorted((m for m in moves if not m.time), key=lambda m: m.order):
        position = len(timeline)
        joined = [i for i, other in enumerate(timeline) if move.from_key and other.to_key == move.from_key]
        left = [i for i, other in enumerate(timeline) if move.to_key and other.from_key == move.to_key]
        if joined:
            position = joined[-1] + 1
        elif left:
            position = left[0]
        timeline.insert(position, move)
    return timeline


def _flows(keys: list[tuple[str, str, str]], orgs: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pair counts (internal moves, from = to, included) and per-organization balance."""
    pairs: dict[tuple[str, str], list[str]] = {}
    joins: Counter[str] = Counter()
    leaves: Counter[str] = Counter()
    for person_key, from_key, to_key in keys:
        if from_key and to_key:
            pairs.setdefault((from_key, to_key), []).append(person_key)
        # A move inside one organization (谷歌大脑 → DeepMind) neither joins nor leaves it.
        if to_key and to_key != from_key:
            joins[to_key] += 1
        if from_key and from_key != to_key:
            leaves[from_key] += 1
    pair_rows: list[dict[str, object]] = []
    for (from_key, to_key), persons in sorted(
        pairs.items(), key=lambda item: (-len(item[1]), orgs[item[0][0]], orgs[item[0][1]])
    ):
        pair_rows.append(
            {
                "from_org": orgs[from_key],
                "to_org": orgs[to_key],
                "moves": len(persons),
                "people": len(set(persons)),
            }
        )
    balance = sorted(set(joins) | set(leaves), key=lambda key: (-(joins[key] - leaves[key]), -joins[key], orgs[key]))
    org_rows = [
        {"org": orgs[key], "joins": joins[key], "leaves": leaves[key], "net": joins[key] - leaves[key]} for key in balance
    ]
    pairs_frame = pd.DataFrame(pair_rows, columns=list(PAIR_COLUMNS)).astype({"moves": "Int64", "people": "Int64"})
    org_frame = pd.DataFrame(org_rows, columns=list(ORG_COLUMNS)).astype({c: "Int64" for c in ORG_COLUMNS[1:]})
    return pairs_frame, org_frame


def aggregate(frame: pd.DataFrame, *, published: Mapping[str, object] | None = None) -> AggregateResult:
    """Merge the records of many articles (the extract CSV's frame) into moves,
    people's timelines, flows between organizations and each organization's balance.

    `published` maps doc → publication date (`YYYY-MM-DD` or a date); without
    it, a `published` column of `frame` is used when present, else reports are
    ordered by doc order. The tables are typed (`export.to_public_frame`):

        >>> result = aggregate(read_csv("moves.csv"))
        >>> result.flows.groupby("to_org")["moves"].sum()   # from_org, to_org, moves, people
        >>> result.orgs.sort_values("net")                  # org, joins, leaves, net
    """
    return aggregate_frames(frame, published=published).public()


def aggregate_frames(frame: pd.DataFrame, *, published: Mapping[str, object] | None = None) -> AggregateResult:
    """`aggregate` with absent text as "" (the CSV's form), for the report and the writers."""
    reports = read_reports(frame, published)
    by_person: dict[str, list[ReportedMove]] = {}
    for report in reports:
        by_person.setdefault(report.person_key, []).append(report)
    people_names = _display_names((r.person_key, r.person, r.order) for r in reports)
    org_names = _org_names(reports)

    clusters = [move for person_reports in by_person.values() for move in cluster_moves(person_reports)]
    # Most reported first, then the latest news first (an unknown date counts as oldest).
    clusters.sort(key=lambda m: people_names[m.person_key])
    clusters.sort(key=lambda m: max((r.published, r.order[1]) for r in m.reports), reverse=True)
    clusters.sort(key=lambda m: len({r.doc for r in m.reports}), reverse=True)
    ids = {id(move): f"m{number}" for number, move in enumerate(clusters, 1)}
    rows = {id(move): {"move": ids[id(move)], **_move_row(move, people_names, org_names)} for move in clusters}
    moves = pd.DataFrame(list(rows.values()), columns=list(MOVES_COLUMNS))
    moves["sources"] = moves["sources"].astype(int)

    by_key = {key: [m for m in clusters if m.person_key == key] for key in by_person}
    people_rows = []
    # People with the most moves first: their timelines are the story.
    for key in sorted(by_key, key=lambda key: (-len(by_key[key]), people_names[key])):
        for step, move in enumerate(_timeline(by_key[key]), 1):
            people_rows.append({**{c: rows[id(move)][c] for c in PEOPLE_COLUMNS if c != "step"}, "step": step})
    people = pd.DataFrame(people_rows, columns=list(PEOPLE_COLUMNS))

    flows, orgs = _flows([(m.person_key, m.from_key, m.to_key) for m in clusters], org_names)

    records = frame.copy()
    assigned = {report.index: ids[id(move)] for move in clusters for report in move.reports}
    records["move"] = [assigned.get(index, "") for index in range(len(records))]
    log.info("%d records → %d moves of %d people", len(reports), len(moves), len(by_person))
    return AggregateResult(moves=moves, people=people, flows=flows, orgs=orgs, records=records)
