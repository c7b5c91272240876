"""Pydantic schemas shared by every stage of talentflow.

In spaCy's world "model" means weights; here it means the data vocabulary:
`CareerMove` (one record, the CSV row), `Article` (one input document) and the
evaluation report types.
"""

from talentflow.models.article import Article
from talentflow.models.evaluation import AttributeScore, EvalReport, FactError, FactScore, RuleScore, ThresholdScore
from talentflow.models.records import MOVE_COLUMNS, CareerMove, LocatedMove, Status

__all__ = [
    "Article",
    "AttributeScore",
    "CareerMove",
    "EvalReport",
    "FactError",
    "FactScore",
    "LocatedMove",
    "MOVE_COLUMNS",
    "RuleScore",
    "Status",
    "ThresholdScore",
]
