"""Whole-pipeline accuracy floors: any regression in extraction fails CI.

The floors sit just under the figures measured when they were set (README,
"Accuracy"); raise them as the extractor improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.batch import run_batch
from pipeline.scoring import evaluate

ROOT = Path(__file__).resolve().parent.parent
REALDEV = ROOT.parent / "shared" / "realdev"

CORPUS_F1_FLOOR = 0.95  # measured 0.957 with d01–d09 and e01–e09 (issue 3 target 0.95)
# Attribute accuracy on matched facts, measured with `make demo` at 29223a0.
CORPUS_ROLE_FLOOR = 0.75  # measured 0.756
CORPUS_TIME_FLOOR = 0.89  # measured 0.898
CORPUS_STATUS_FLOOR = 0.95  # measured 0.955
# realdev grew from 9 to 63 real articles (495 gold records) at 2924a8d; the
# floors were reset to what that build measures there (issue 16 raises them).
REALDEV_F1_FLOOR = 0.67  # measured 0.678
REALDEV_ROLE_FLOOR = 0.67  # measured 0.683
REALDEV_TIME_FLOOR = 0.78  # measured 0.796
REALDEV_STATUS_FLOOR = 0.87  # measured 0.882


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
