"""Facts and their matching, as ANNOTATION.md "Scoring" says: records split into
facts `(doc, person, kind, org)`, gold statements of one move merged, and one gold
fact taking at most one prediction (maximum matching). scorer.py scores them."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from talentflow.models import MOVE_COLUMNS
from talentflow.evaluation.inputs import GoldRecord, alternatives
from talentflow.evaluation.names import AliasTable, fold, org_forms, person_forms

KINDS: tuple[str, ...] = ("join", "leave")
# The field a fact of each kind takes its organization from.
_ORG_FIELD = {"join": "to_org", "leave": "from_org"}


@dataclass
class PredFact:
    doc: str
    kind: str
    person: str
    org: str
    persons: frozenset[str]  # forms
    orgs: frozenset[str]
    role: str
    time: str
    status: str
    evidence: str
    rules: set[str]


@dataclass
class GoldFact:
    doc: str
    kind: str
    persons: set[str]  # forms
    orgs: set[str]
    heads: set[str]  # the folded first organization (the article's form), what makes two statements one
    person_names: list[str]
    org_names: list[str]
    role: str
    time: str
    status: str
    evidence: str
    optional: bool
    position: int  # order of appearance in the gold, which merged facts keep
    candidates: list[int] = field(default_factory=list)  # indexes of predicted facts it accepts

    def overlaps(self, other: GoldFact) -> bool:
        # The same person and the same organization as first written: one move the
        # gold states twice (`甲跳槽至星河` and later `加入星河后`). Two units that merely
        # list one parent (`谷歌大脑|谷歌`, `谷歌DeepMind|谷歌`) are two moves.
        return bool(self.persons & other.persons and self.heads & other.heads)

    def absorb(self, other: GoldFact) -> None:
        """Merge a second statement of the same move: union of alternatives,
        optional only if both are, the first non-empty attribute wins."""
        self.persons |= other.persons
        self.orgs |= other.orgs
        self.heads |= other.heads
        self.person_names = list(dict.fromkeys(self.person_names + other.person_names))
        self.org_names = list(dict.fromkeys(self.org_names + other.org_names))
        self.optional = self.optional and other.optional
        self.role = self.role or other.role
        self.time = self.time or other.time
        self.status = self.status or other.status
        self.evidence = self.evidence or other.evidence


def facts_of_predictions(frame: pd.DataFrame, aliases: AliasTable) -> list[PredFact]:
    """One fact per distinct `(doc, person, kind, org)`, names folded and organizations
    taken through the alias table (`字节` = `字节跳动`): duplicates count once,
    their attributes are the first non-empty ones (as for merged gold facts) and
    their rules the union."""
    facts: dict[tuple[str, str, str, str], PredFact] = {}
    has_rules = "rules" in frame.columns
    columns = list(MOVE_COLUMNS) + (["rules"] if has_rules else [])
    for row in frame[columns].to_dict("records"):
        values = {column: str(row[column]).strip() for column in columns}
        rules = set(values["rules"].split()) if has_rules else set()
        for kind in KINDS:
            org = values[_ORG_FIELD[kind]]
            if not org:
                continue
            key = (values["doc"], fold(values["person"]), kind, aliases.identity(fold(org)))
            kept = facts.get(key)
            if kept is None:
                facts[key] = PredFact(
                    doc=values["doc"],
                    kind=kind,
                    person=values["person"],
                    org=org,
                    persons=person_forms(values["person"]),
                    orgs=org_forms(org, aliases),
                    role=values["role"],
                    time=values["time"],
                    status=values["status"],
                    evidence=values["evidence"],
                    rules=rules,
                )
                continue
            kept.role = kept.role or values["role"]
            kept.time = kept.time or values["time"]
            kept.status = kept.status or values["status"]
            kept.evidence = kept.evidence or values["evidence"]
            kept.rules |= rules
    return list(facts.values())


def facts_of_gold(records: list[GoldRecord], aliases: AliasTable) -> list[GoldFact]:
    """Gold facts, with the ones naming the same move merged."""
    groups: dict[tuple[str, str], list[GoldFact]] = {}
    position = 0
    for record in records:
        for kind in KINDS:
            orgs = list(alternatives(getattr(record, _ORG_FIELD[kind])))
            if not orgs:
                continue
            fact = GoldFact(
                doc=record.doc.strip(),
                kind=kind,
                persons=set(person_forms(record.person)),
                orgs=set(org_forms("|".join(orgs), aliases)),
                heads={fold(orgs[0])},
                person_names=list(alternatives(record.person)),
                org_names=orgs,
                role=record.role,
                time=record.time,
                status=record.status,
                evidence=record.evidence,
                optional=record.optional,
                position=position,
            )
            position += 1
            groups.setdefault((fact.doc, kind), []).append(fact)
    merged: list[GoldFact] = []
    for facts in groups.values():
        merged.extend(merge_overlapping(facts))
    # Back to file order, so that errors and matching are deterministic and readable.
    merged.sort(key=lambda fact: fact.position)
    return merged


def merge_overlapping(facts: list[GoldFact]) -> list[GoldFact]:
    """Merge until no two facts overlap: a union can overlap a fact neither part did
    (A=(p1,p3; o1), B=(p1; o1,o2), C=(p3; o2): only A∪B meets C)."""
    kept: list[GoldFact] = []
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


def max_matching(pred: list[PredFact], gold: list[GoldFact]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths): gold index → pred index.

    One-to-one: `张健` and `Jian Zhang` predicted separately for gold `张健|Jian Zhang`
    give one hit and one FP; a prediction that answers to two gold facts of one
    person (`OpenAI的研究团队` to `OpenAI` and to `OpenAI的安全团队`) takes one.
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

    # Required gold facts first: an optional fact never takes a prediction a
    # required one could have had.
    for pred_index in range(len(pred)):
        edges[pred_index].sort(key=lambda gold_index: gold[gold_index].optional)
        augment(pred_index, set())
    return owner
