"""Whole-pipeline accuracy floors: any regression in extraction fails CI.

The floors sit just under the figures measured when they were set (README,
"Accuracy"); raise them as the extractor improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from talentflow.batch import run_batch
from talentflow.evaluation.scoring import evaluate

ROOT = Path(__file__).resolve().parent.parent
REALDEV = ROOT.parent / "shared" / "realdev"

# Issue 17: the evaluator no longer folds through the extractor's lexicon, which moved
# the figures on the same output (corpus 0.957 → 0.935, realdev F1 0.678 → 0.645, role
# 0.683 → 0.703, time 0.796 → 0.799, status 0.882 → 0.876); the floors sit just under
# what the new evaluator measures on 29223a0's extractor.
CORPUS_F1_FLOOR = 0.955  # measured 0.961 (independent evaluator; issue 16 target 0.95)
# Attribute accuracy on matched corpus facts (issue 20), measured with the independent
# evaluator on the merge of 776c9d2 and 89726bf (make demo).
CORPUS_ROLE_FLOOR = 0.81  # measured 0.818 (0.810 before the seventh session)
CORPUS_TIME_FLOOR = 0.90  # measured 0.913
CORPUS_STATUS_FLOOR = 0.955  # measured 0.967
REALDEV_F1_FLOOR = 0.815  # measured 0.823 after the sixth session's probe batches (0.811 after the fifth, 0.795 after the fourth)
REALDEV_ROLE_FLOOR = 0.765  # measured 0.772 (0.761 before the seventh session): résumé facts come with fewer stated titles
REALDEV_TIME_FLOOR = 0.86  # measured 0.867
REALDEV_STATUS_FLOOR = 0.885  # measured 0.895


def test_corpus_fact_f1_floor(nlp):
    result = run_batch([ROOT / "corpus" / "articles"], meta=ROOT / "corpus" / "meta.jsonl")
    assert not result.failures
    report = evaluate(result.frame, ROOT / "corpus" / "gold.jsonl")
    assert report.overall.f1 >= CORPUS_F1_FLOOR, report.overall.summary()
    assert report.role.accuracy >= CORPUS_ROLE_FLOOR, report.role
    assert report.time.accuracy >= CORPUS_TIME_FLOOR, report.time
    assert report.status.accuracy >= CORPUS_STATUS_FLOOR, report.status


@pytest.mark.skipif(not (REALDEV / "gold.jsonl").exists(), reason="../shared/realdev is not in this clone")
def test_realdev_fact_f1_floor(nlp):
    result = run_batch([REALDEV / "texts"], meta=REALDEV / "meta.jsonl")
    report = evaluate(result.frame, REALDEV / "gold.jsonl")
    assert report.overall.f1 >= REALDEV_F1_FLOOR, report.overall.summary()
    assert report.role.accuracy >= REALDEV_ROLE_FLOOR, report.role
    assert report.time.accuracy >= REALDEV_TIME_FLOOR, report.time
    assert report.status.accuracy >= REALDEV_STATUS_FLOOR, report.status
