"""Result types of the evaluator (pipeline.scoring)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["join", "leave"]


class FactScore(BaseModel):
    """Precision/recall/F1 over `(doc, person, kind, org)` facts."""

    model_config = ConfigDict(frozen=True)

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


class AttributeScore(BaseModel):
    """Accuracy of one attribute (role, time, status) on matched facts."""

    model_config = ConfigDict(frozen=True)

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


class FactError(BaseModel):
    """A false positive or false negative, with what a reader needs to judge it."""

    model_config = ConfigDict(frozen=True)

    error: Literal["fp", "fn"]
    doc: str
    person: str
    kind: Kind
    org: str
    evidence: str = ""


class EvalReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    overall: FactScore
    by_kind: dict[str, FactScore] = Field(default_factory=dict)
    role: AttributeScore = AttributeScore()
    time: AttributeScore = AttributeScore()
    status: AttributeScore = AttributeScore()
    by_doc: dict[str, FactScore] = Field(default_factory=dict)
    errors: list[FactError] = Field(default_factory=list)

    def to_dict(self, *, errors: bool = True) -> dict:
        out = {
            "overall": self.overall.summary(),
            "by_kind": {kind: score.summary() for kind, score in self.by_kind.items()},
            "role_accuracy": round(self.role.accuracy, 4),
            "time_accuracy": round(self.time.accuracy, 4),
            "status_accuracy": round(self.status.accuracy, 4),
            "attribute_counts": {
                name: {"correct": score.correct, "total": score.total}
                for name, score in (("role", self.role), ("time", self.time), ("status", self.status))
            },
            "by_doc": {doc: score.summary() for doc, score in self.by_doc.items()},
        }
        if errors:
            out["errors"] = [error.model_dump() for error in self.errors]
        return out
