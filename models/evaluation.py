"""Result types of the evaluator (talentflow.evaluation.scoring)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    import pandas as pd

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


class RuleScore(BaseModel):
    """How the predicted facts one rule took part in fared (`evaluate --by rule`).

    A fact matched to an optional gold fact is neither right nor wrong: it counts
    in `facts` and `optional`, not in `tp` or `fp`.
    """

    model_config = ConfigDict(frozen=True)

    facts: int = 0
    tp: int = 0
    fp: int = 0
    optional: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            "facts": self.facts,
            "tp": self.tp,
            "fp": self.fp,
            "optional": self.optional,
            "precision": round(self.precision, 4),
        }


class FactError(BaseModel):
    """A false positive or false negative, with what a reader needs to judge it."""

    model_config = ConfigDict(frozen=True)

    error: Literal["fp", "fn"]
    doc: str
    person: str
    kind: Kind
    org: str
    evidence: str = ""
    # The rules that made a false positive; for a false negative, those of a
    # prediction about the same person and kind that named another organization.
    rules: str = ""


class ThresholdScore(BaseModel):
    """Fact scores of the records whose confidence is at least `threshold`."""

    model_config = ConfigDict(frozen=True)

    threshold: float
    records: int
    score: FactScore

    def summary(self) -> dict[str, float | int]:
        return {"threshold": self.threshold, "records": self.records, **self.score.summary()}


class EvalReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    overall: FactScore
    by_kind: dict[str, FactScore] = Field(default_factory=dict)
    role: AttributeScore = AttributeScore()
    time: AttributeScore = AttributeScore()
    status: AttributeScore = AttributeScore()
    by_doc: dict[str, FactScore] = Field(default_factory=dict)
    errors: list[FactError] = Field(default_factory=list)
    # What the evaluator was given: documents only one side names, the alias table
    # it folded with ("" for none), and per-rule counts when the predictions have a
    # `rules` column (None when they do not).
    gold_only_docs: list[str] = Field(default_factory=list)
    pred_only_docs: list[str] = Field(default_factory=list)
    aliases: str = ""
    by_rule: dict[str, RuleScore] | None = None
    # Precision and recall at confidence thresholds 0.00, 0.05, …, 0.95, when the
    # predictions have a `confidence` column (None when they do not).
    curve: list[ThresholdScore] | None = None

    def to_frame(self) -> "pd.DataFrame":
        """The fact scores as a tidy DataFrame: one row per scope, `overall` first,
        then each kind (`join`, `leave`), then each doc.

        Columns: scope ("overall", "kind" or "doc"), name (the kind or doc id;
        "overall" for the overall row), tp, fp, fn (Int64), precision, recall, f1
        (Float64, unrounded).

            >>> report = evaluate("moves.csv", "corpus/gold.jsonl")
            >>> report.to_frame().query("scope == 'doc'").nsmallest(5, "f1")
        """
        import pandas as pd

        scores = [("overall", "overall", self.overall)]
        scores += [("kind", kind, score) for kind, score in self.by_kind.items()]
        scores += [("doc", doc, score) for doc, score in self.by_doc.items()]
        rows = [
            {
                "scope": scope,
                "name": name,
                "tp": score.tp,
                "fp": score.fp,
                "fn": score.fn,
                "precision": score.precision,
                "recall": score.recall,
                "f1": score.f1,
            }
            for scope, name, score in scores
        ]
        frame = pd.DataFrame(rows, columns=["scope", "name", "tp", "fp", "fn", "precision", "recall", "f1"])
        return frame.astype(
            {"scope": "string", "name": "string", "tp": "Int64", "fp": "Int64", "fn": "Int64"}
            | {column: "Float64" for column in ("precision", "recall", "f1")}
        )

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
            "gold_only_docs": list(self.gold_only_docs),
            "pred_only_docs": list(self.pred_only_docs),
            "aliases": self.aliases,
        }
        if self.by_rule is not None:
            out["by_rule"] = {rule: score.summary() for rule, score in self.by_rule.items()}
        if self.curve is not None:
            out["confidence_curve"] = [point.summary() for point in self.curve]
        if errors:
            out["errors"] = [error.model_dump() for error in self.errors]
        return out
