"""Score the extractor on the gold probes: fresh articles of our own writing, held out.

    .venv/bin/python bench/probes.py                  # every probe under bench/probes/, and pooled
    .venv/bin/python bench/probes.py DIR [DIR ...]    # these probe folders only

A probe is a folder with `texts/*.txt`, `meta.jsonl` and `gold.jsonl` (ANNOTATION.md),
written and annotated by someone who had not seen the extractor's rules or output, before
it ran on them (bench/probes/README.md). No rule is written on a probe and nobody reads
its errors: the rows here are the only view of it, the closest stand-in for news nobody
tuned on. Prints, per probe and pooled: articles, facts tp/fp/fn, P, R, F1 and role,
time and status accuracy on the matched facts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from talentflow.batch import run_batch  # noqa: E402
from talentflow.evaluation import evaluate  # noqa: E402

PROBES = HERE / "probes"
ATTRIBUTES = ("role", "time", "status")
# The thresholds README's confidence table gives: what a user keeping only sure records gets.
THRESHOLDS = (0.7, 0.8, 0.9)


def score(folder: Path):
    """The evaluation report of one probe, its article count, and the articles that failed
    to run (whose facts then count as missed)."""
    texts = folder / "texts"
    result = run_batch([texts], meta=folder / "meta.jsonl", include=["*.txt"])
    return evaluate(result.frame, folder / "gold.jsonl"), len(list(texts.glob("*.txt"))), result.failures


def row(name: str, articles: int, tp: int, fp: int, fn: int, attrs: dict[str, tuple[int, int]]) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = "  ".join(f"{a} {c / t:.3f}" if t else f"{a} -" for a, (c, t) in attrs.items())
    return f"{name:<10} {articles:>4} {tp:>5} {fp:>5} {fn:>5}  {p:.3f}  {r:.3f}  {f1:.3f}  {acc}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, help="probe folders (default: every one under bench/probes/)")
    args = parser.parse_args(argv)
    bundled = sorted(p for p in PROBES.iterdir() if (p / "gold.jsonl").exists()) if PROBES.is_dir() else []
    folders = args.folders or bundled
    if not folders:
        print(f"no probe found under {PROBES}", file=sys.stderr)
        return 1
    print(f"{'probe':<10} {'docs':>4} {'tp':>5} {'fp':>5} {'fn':>5}  P      R      F1")
    total = {"articles": 0, "tp": 0, "fp": 0, "fn": 0}
    attrs_total = {a: [0, 0] for a in ATTRIBUTES}
    kept = {t: [0, 0, 0, 0] for t in THRESHOLDS}  # records, tp, fp, fn
    for folder in folders:
        report, articles, failures = score(folder)
        for failure in failures:
            print(f"error: {failure.path}: {failure.message}", file=sys.stderr)
        attrs = {a: (getattr(report, a).correct, getattr(report, a).total) for a in ATTRIBUTES}
        o = report.overall
        print(row(folder.name, articles, o.tp, o.fp, o.fn, attrs))
        for key, value in (("articles", articles), ("tp", o.tp), ("fp", o.fp), ("fn", o.fn)):
            total[key] += value
        for a, (c, t) in attrs.items():
            attrs_total[a][0] += c
            attrs_total[a][1] += t
        for point in report.curve or []:
            for t in THRESHOLDS:
                if abs(point.threshold - t) < 1e-9:
                    for i, value in enumerate((point.records, point.score.tp, point.score.fp, point.score.fn)):
                        kept[t][i] += value
    if len(folders) > 1:
        pooled = {a: (c, t) for a, (c, t) in attrs_total.items()}
        print(row("pooled", total["articles"], total["tp"], total["fp"], total["fn"], pooled))
    print("\nconfidence  records     P      R")
    for t, (records, tp, fp, fn) in kept.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f">= {t:.2f}    {records:>7}  {p:.3f}  {r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
