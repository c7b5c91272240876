"""Whole-pipeline accuracy floors: any regression in extraction fails CI.

The floors sit just under the figures measured when they were set (README,
"Accuracy"); raise them as the extractor improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from talentflow.batch import run_batch
from talentflow.evaluation.scoring import evaluate

from bench_modules import load_bench

ROOT = Path(__file__).resolve().parent.parent
REALDEV = ROOT.parent / "shared" / "realdev"

# Issue 17: the evaluator no longer folds through the extractor's lexicon, which moved
# the figures on the same output (corpus 0.957 → 0.935, realdev F1 0.678 → 0.645, role
# 0.683 → 0.703, time 0.796 → 0.799, status 0.882 → 0.876); the floors sit just under
# what the new evaluator measures on 29223a0's extractor.
CORPUS_F1_FLOOR = 0.96  # measured 0.9645 after the ninth session (0.961 before; issue 16 target 0.95)
# Attribute accuracy on matched corpus facts (issue 20), measured with the independent
# evaluator on the merge of 776c9d2 and 89726bf (make demo).
CORPUS_ROLE_FLOOR = 0.825  # measured 0.834 (0.818 before the ninth session, 0.810 before the seventh)
CORPUS_TIME_FLOOR = 0.90  # measured 0.913
CORPUS_STATUS_FLOOR = 0.96  # measured 0.969
REALDEV_F1_FLOOR = 0.835  # measured 0.8436 after the thirteenth session (0.834 after the ninth to twelfth; 0.823 after the sixth, 0.811 after the fifth, 0.795 after the fourth)
REALDEV_ROLE_FLOOR = 0.78  # measured 0.787 after the eleventh session (0.7835 before it, 0.772 before the ninth session, 0.761 before the seventh): résumé facts come with fewer stated titles
REALDEV_TIME_FLOOR = 0.855  # measured 0.8625
REALDEV_STATUS_FLOOR = 0.91  # measured 0.921
# The gold probes of fresh articles nobody tuned on (bench/probes/README.md), pooled: the
# floor guards against a rule that breaks unseen text while the tuned sets hold.
PROBES_F1_FLOOR = 0.71  # measured 0.727 with the thirteenth session's twinc (0.754 blind) beside the four, 0.719 on the four after the twelfth session (bench/probes.py; 0.687 before it, 0.662 before the eleventh, 0.630 before the tenth)
# The tune set (bench/tuneset/README.md): fresh articles whose errors the tenth and eleventh sessions read.
# Measured 0.705 on its ten folders when the eleventh session's five joined (0.652 on those five
# alone, before any rule was written on them; the tenth's five: 0.680 before its rules, 0.758 after);
# 0.742 after the eleventh session's rules (its five 0.706, the tenth's 0.780). The twelfth
# session's two folders (consumer, retro) scored 0.709 before its rules, 0.731 after them (none
# written on them); all twelve folders 0.782 after the twelfth session's rules. The thirteenth
# session's twins of tuned real articles (twina, twinb) scored 0.663 blind; all fourteen 0.770,
# and 0.783 after the thirteenth session's rules (twins 0.733, the older twelve 0.789).
TUNESET_F1_FLOOR = 0.775


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


def _pooled_f1(root) -> tuple[int, int, int, float]:
    """Every gold folder under `root`, scored as bench/probes.py scores them, pooled."""
    probes = load_bench("probes")
    tp = fp = fn = 0
    folders = sorted(p for p in root.iterdir() if (p / "gold.jsonl").exists())
    assert len(folders) >= 4
    for folder in folders:
        report, _, failures = probes.score(folder)
        assert not failures
        overall = report.overall
        tp, fp, fn = tp + overall.tp, fp + overall.fp, fn + overall.fn
    return tp, fp, fn, round(2 * tp / (2 * tp + fp + fn), 4)


def test_probes_fact_f1_floor(nlp):
    pooled = _pooled_f1(load_bench("probes").PROBES)
    assert pooled[-1] >= PROBES_F1_FLOOR, pooled


def test_tuneset_fact_f1_floor(nlp):
    pooled = _pooled_f1(ROOT / "bench" / "tuneset")
    assert pooled[-1] >= TUNESET_F1_FLOOR, pooled
