"""The evaluator: predicted records against gold, as ANNOTATION.md "Scoring" says.

Independent of the extractor: nothing here imports the extraction side (lexicon,
entities, rules), so the system under test cannot define its own metric. Names
compare by their form and a small alias table kept as evaluation data
(`corpus/aliases.tsv`); see `names.py`.

- `inputs.py`: reading gold, predictions and document lists, with one-line errors;
- `names.py`: folding and the alias table;
- `facts.py`: records split into facts, gold statements merged, maximum matching;
- `scorer.py`: `evaluate` and `judge`: the matched facts scored, attributes, per-rule and threshold curves;
- `render.py`: the text report and the per-rule table.
"""

from talentflow.evaluation.inputs import (
    DocListError,
    GoldFormatError,
    GoldRecord,
    PredictionFormatError,
    ScoringError,
    alternatives,
    read_doc_list,
    read_gold,
    read_predictions,
)
from talentflow.evaluation.names import DEFAULT_ALIASES, AliasTable, AliasTableError, fold, org_forms, person_forms
from talentflow.evaluation.render import render_by_rule, render_curve, render_report
from talentflow.evaluation.scorer import KINDS, NO_RULE, JudgedFact, alias_table, evaluate, judge

__all__ = [
    "DEFAULT_ALIASES",
    "KINDS",
    "NO_RULE",
    "AliasTable",
    "AliasTableError",
    "DocListError",
    "GoldFormatError",
    "GoldRecord",
    "PredictionFormatError",
    "ScoringError",
    "JudgedFact",
    "alias_table",
    "judge",
    "render_curve",
    "alternatives",
    "evaluate",
    "fold",
    "org_forms",
    "person_forms",
    "read_doc_list",
    "read_gold",
    "read_predictions",
    "render_by_rule",
    "render_report",
]
