"""Fit the confidence model (pipeline/data/rule_weights.tsv) and report its calibration.

    .venv/bin/python bench/calibrate.py            # fit on corpus + realdev tuned, write the weights
    .venv/bin/python bench/calibrate.py --check    # only report, with the weights as they are

The model is fitted on the facts the extractor states on `corpus/` and on the
tuned part of `../shared/realdev` (corpus/realdev_split.tsv), each judged right
or wrong by the evaluator (optional gold facts left out). The check third is
never fitted on: the report shows, for each part, precision and recall of the
records kept at each confidence threshold, so a user can see what a threshold
buys on text the model did not see.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import confidence as model  # noqa: E402
from pipeline.batch import run_batch  # noqa: E402
from pipeline.evaluation import evaluate, read_doc_list  # noqa: E402
from pipeline.evaluation.scorer import judge  # noqa: E402

REALDEV = ROOT.parent / "shared" / "realdev"
SPLIT = ROOT / "corpus" / "realdev_split.tsv"
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def samples(frame, gold, texts, docs=None):
    """(features, right) per predicted fact the gold judges; optional matches left out.
    `texts`: the folder of the articles, whose text the name count reads."""
    by_key = {}
    for row in frame.to_dict("records"):
        text = (texts / f"{row['doc']}.txt").read_text(encoding="utf-8")
        found = model.features(
            row["rules"], person=row["person"], from_org=row["from_org"], to_org=row["to_org"], role=row["role"], time=row["time"],
            mentions=text.count(row["person"]),
        )
        for kind, org in (("leave", row["from_org"]), ("join", row["to_org"])):
            if org:
                by_key.setdefault((row["doc"], row["person"].strip(), kind, org.strip()), found)
    out = []
    for fact in judge(frame, gold, docs=docs):
        if fact.outcome != "optional":
            out.append((by_key.get((fact.doc, fact.person, fact.kind, fact.org), sorted(fact.rules)), fact.outcome == "tp"))
    return out


def report(name, frame, gold, docs=None):
    print(f"{name}: threshold  records  P      R      F1")
    for threshold in THRESHOLDS:
        kept = frame[frame["confidence"] >= threshold]
        score = evaluate(kept, gold, docs=docs).overall
        count = len(kept) if docs is None else int(kept["doc"].isin(docs).sum())
        print(f"{'':{len(name)}}  >= {threshold:.1f}    {count:5d}    {score.precision:.3f}  {score.recall:.3f}  {score.f1:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report; keep the weights as they are")
    parser.add_argument("--l2", type=float, default=2.0)
    args = parser.parse_args()
    if not (REALDEV / "gold.jsonl").exists():
        print("error: ../shared/realdev is not beside this checkout", file=sys.stderr)
        return 2
    corpus = run_batch([ROOT / "corpus" / "articles"], meta=ROOT / "corpus" / "meta.jsonl").frame
    realdev = run_batch([REALDEV / "texts"], meta=REALDEV / "meta.jsonl").frame
    tuned = set(read_doc_list(SPLIT, part="tuned"))
    check = set(read_doc_list(SPLIT, part="check"))
    corpus_gold, realdev_gold = ROOT / "corpus" / "gold.jsonl", REALDEV / "gold.jsonl"
    if not args.check:
        # The real articles weigh twice: they are what users bring; the corpus is our own prose.
        real = samples(realdev, realdev_gold, REALDEV / "texts", docs=tuned)
        data = samples(corpus, corpus_gold, ROOT / "corpus" / "articles") + real + real
        weights = model.fit(data, l2=args.l2)
        header = (
            "Confidence model (pipeline/confidence.py): logistic weights of rule ids and record shape,\n"
            f"fitted by bench/calibrate.py on {len(data)} judged facts of corpus/ and the tuned part of\n"
            "../shared/realdev (never the check third). Regenerate after changing rules."
        )
        model.write_weights(weights, model.WEIGHTS_FILE, header=header)
        model.load_weights.cache_clear()
        print(f"fitted {len(weights) - 1} features on {len(data)} facts -> {model.WEIGHTS_FILE.relative_to(ROOT)}")
        # Confidence is set at extraction: run again with the new weights.
        corpus = run_batch([ROOT / "corpus" / "articles"], meta=ROOT / "corpus" / "meta.jsonl").frame
        realdev = run_batch([REALDEV / "texts"], meta=REALDEV / "meta.jsonl").frame
    report("corpus", corpus, corpus_gold)
    report("realdev tuned", realdev, realdev_gold, docs=tuned)
    report("realdev check", realdev, realdev_gold, docs=check)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
