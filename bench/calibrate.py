"""Fit the confidence model (pipeline/data/rule_weights.tsv) and report its calibration.

    .venv/bin/python bench/calibrate.py            # fit and write the weights: the one command that makes them
    .venv/bin/python bench/calibrate.py --check    # only report, with the weights as they are
    .venv/bin/python bench/calibrate.py --cv       # 5-fold by article on the tuned part (how settings were chosen)
    .venv/bin/python bench/calibrate.py --probe DIR [--probe DIR ...]   # fit, with the shift re-estimated on judged probes
    .venv/bin/python bench/calibrate.py --learn DIR [--learn DIR ...]   # fit with gold probes' held-out halves as new text
    .venv/bin/python bench/calibrate.py --learn DIR ... --lopo          # compare the two, leaving one probe out at a time

The method. Facts are the (person, leave/join, organization) statements of the
extractor's records, each judged right or wrong by a gold file (optional gold
facts left out): those of the tuned part of `../shared/realdev`
(corpus/realdev_split.tsv) and those of the team's corpus, the latter with one
more feature, `domain:ours` (confidence.DOMAIN_OURS), which real articles never
carry. Features: the rule ids, the record's and the evidence sentence's shape,
and how often the article names each organization (`org:named1..3`). An
L2-regularized logistic regression (L2 5, features seen in at least 10 facts)
is fitted on both; then the bias is moved by UNSEEN_SHIFT.

Why so. The rules were written on the tuned articles, so their facts are right
far more often (0.90) than on text nobody has read (0.71 on a probe of 40 fresh
news articles), and the handful of wrong tuned facts (25 of 255) teaches the
ranking little: fitted on them alone the model gave 0.90 on average to probe
facts that were right 0.71 of the time, and kept 71 facts at >= 0.9 with
precision 0.80. Settings were chosen by two measurements and never by the
check third: `--cv` (5-fold by article on the tuned part, log loss averaged
over five fold orders) and that probe (40 articles about people moving
between tech, AI, car, chip, internet and finance companies, filings among
them, simplified and traditional script, kept outside the repository; every
output fact judged by eye by ../shared/ANNOTATION.md: 79 right, 32 wrong, 25
borderline left out).

Each step, CV log loss (AUC) / probe log loss (AUC), probe facts kept at >= 0.9 and their precision:

    tuned part only, L2 5, min count 3 (the old fit)   0.296 (0.71) / 0.702 (0.73)   71 at 0.80
    + the corpus, with domain:ours                     0.284 (0.76) / 0.589 (0.82)   65 at 0.89
    + org:named*                                       0.281 (0.78) / 0.570 (0.83)   70 at 0.86
    + min count 10 (102 weights, not 158)              0.279 (0.78) / 0.572 (0.83)   70 at 0.86
    + UNSEEN_SHIFT -1.31                               (0.78)       / 0.458 (0.82)   31 at 0.94
    the old fit with a shift alone (-1.45)             (0.71)       / 0.546 (0.74)    8 at 1.00

- The corpus enters with `domain:ours` (without it, it was worse: the reason
  it used to be left out); the domain weight comes out about +0.3.
- Other article features were tried and dropped: the person or the
  organization in the headline, a name one character too long or too short
  (`邝远自` for 邝远, `书言` for 庞书言), a name in a 、 list, a count inside
  an organization (`旗下五只产品`), the character after the organization, its distance from
  the name (measured on the probe's first 35 articles). None lowered both
  measurements: the cut-name and counted-phrase classes never occur among
  the tuned or corpus facts, so the fit cannot weigh them.
- L2 5 (2, 3, 7, 10, 20 tried) and min count 10 (3, 5 tried): the lowest
  log loss on both within noise, with the fewest weights.
- UNSEEN_SHIFT is the constant added to every log-odds so that the mean
  confidence of the probe's judged facts equals their precision
  (confidence.shift_to_precision; a fact stated by several records takes its
  highest score). Estimated on half the probe's articles and measured on the
  other half (20 random halvings) the probe log loss is 0.471, against 0.573
  unshifted; the shift varied -0.7 .. -1.8 between halves, and came out
  -1.31 on the first 35 articles as on all 40. A slope as well (Platt
  scaling, two parameters) did worse held out (0.482; slope 1.15, so the
  ranking's spread needs no shrinking). On the tuned part the model is then
  under-confident on purpose: it states what a record is worth on new text.
  After the rules change, re-estimate it with `--probe` (judge the probe's
  new facts first) and update the constant. Re-estimated after the fourth
  session's rule batches (113 judged facts, 7 new ones judged): -1.27.
  Fifth session: six more probes (gov, trad, labs, resume, roster, names; 31-36
  fresh articles each, gold annotated by ../shared/ANNOTATION.md before the
  extractor ran on them, odd documents tuned on, even ones held out) judge the
  facts of their held-out halves by gold (`probe_judged`); pooled with the judged
  probe (`--probe` seven times) the shift is -1.88 on 361 judged facts
  (precision 0.66; 0.75 on the judged probe, 0.51-0.77 on the held-out halves).
  Sixth session: those probes were lost with the machine (they are kept outside
  the repository); six new gold probes (acad, autos, chips, global, inet, quiet;
  32-33 fresh articles each, built and split the same way) give -1.82 on the 250
  judged facts of their held-out halves (precision 0.76; 0.71-0.83 per probe).
  `--learn` (fitting those facts as new text instead of shifting) was
  compared leaving one probe out, on the rules before that session's merges:
  log loss 0.590 against 0.602 shifted, but at >= 0.9 it kept 53 facts at
  0.849 against 30 at 0.867, so the shift stays.
  Seventh session: six more gold probes (hktw, aistart, brief, filing, bio, old;
  30-34 fresh articles each, built the same way) pooled with the six before: -1.81
  on the 449 judged facts of the twelve held-out halves (precision 0.74; 0.54-0.89
  per probe).
  Ninth session: those twelve were lost with the machine too; four new gold probes,
  kept in the repository this time (bench/probes/: health, energy, media, roundup; 120
  fresh articles of our own writing, annotated before the extractor ran, never tuned
  on, all of each counting): -1.74 on their 580 judged facts (precision 0.776;
  0.71-0.81 per probe). Estimated on two and applied to the other two, the shift came
  out -1.52 (health, energy) and -1.80 (media, roundup); a slope fitted as well (Platt)
  came out 0.3, which leaves no record at 0.9: on new text the rule ids rank facts only
  weakly, so the level is set and the ranking is what remains to improve.
  Eleventh session: the ranking. The tune set (bench/tuneset: 150 articles of our own
  writing, 804 judged facts, tuned on for one session only) now enters the fit with all its
  articles and no domain feature (`tuneset_samples`; `--no-tuneset` leaves it out). Each
  held-out probe scored with the shift set on the other three (`--probe … --lopo`), on the
  589 judged facts of the four: AUC 0.589 -> 0.645, log loss 0.525 -> 0.489, facts kept at
  >= 0.9 192 at 0.859 -> 189 at 0.878, at >= 0.8 365 at 0.847 -> 361 at 0.873. Features of
  the name (surname rank, given-name characters) and of the organization (a unit head, its
  length) were tried the same way and dropped: the name's moved AUC by +0.002, the
  organization's lifted 5-fold CV on the tune set (0.638 -> 0.697) but lowered the probes
  (0.645 -> 0.627). L2 2-20 and min count 5-20 change the probes' AUC by under 0.01.
  After the session's five new tune-set folders (ten, 300 articles, 1,647 judged facts) and
  its rule batches: shift -0.22 on the probes' 610 judged facts; leaving one probe out, AUC
  0.669 (0.561 fitted without the tune set on the same rules), log loss 0.460 (0.524), and
  260 facts at >= 0.9 with precision 0.908 (234 at 0.863).
  Thirteenth session: the twins (bench/tuneset/twina, twinb, in the fit like every tune-set
  folder) and a fifth held-out probe, bench/probes/twinc (twins of other tuned real
  articles: text shaped like real news), whose facts are right less often (0.814) than
  the probes' on average; shift -0.30 on the five probes' 820 judged facts (-0.20 on the
  four alone before the session's rules).

The check third is never fitted on: the report shows, for each part,
precision and recall of the records kept at each confidence threshold.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from talentflow.relations import confidence as model  # noqa: E402
from talentflow.batch import run_batch  # noqa: E402
from talentflow.evaluation import evaluate, read_doc_list  # noqa: E402
from talentflow.evaluation.scorer import judge  # noqa: E402

REALDEV = ROOT.parent / "shared" / "realdev"
SPLIT = ROOT / "corpus" / "realdev_split.tsv"
TUNESET = ROOT / "bench" / "tuneset"
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
L2, MIN_COUNT = 5.0, 10
# Log-odds moved from text the rules were written on to new text (module docstring).
UNSEEN_SHIFT = -0.30
# With `--learn`, the tuned part's facts carry this feature in the fit (dropped after it, like
# domain:ours): the held-out probe facts, which carry neither, set the level of new text.
DOMAIN_TUNED = "domain:tuned"


def samples(frame, gold, texts, docs=None, extra=()):
    """(features, right, doc) per predicted fact the gold judges; optional matches left out.
    `texts`: the folder of the articles, whose text the name counts read; `extra`:
    features every fact of this source carries (the corpus: `domain:ours`)."""
    extra = list(extra)
    by_key = {}
    for row in frame.to_dict("records"):
        found = record_features(row, (texts / f"{row['doc']}.txt").read_text(encoding="utf-8"))
        for kind, org in (("leave", row["from_org"]), ("join", row["to_org"])):
            if org:
                by_key.setdefault((row["doc"], row["person"].strip(), kind, org.strip()), found + extra)
    out = []
    for fact in judge(frame, gold, docs=docs):
        if fact.outcome != "optional":
            out.append((by_key.get((fact.doc, fact.person, fact.kind, fact.org), sorted(fact.rules) + extra), fact.outcome == "tp", fact.doc))
    return out


def record_features(row, text):
    """A record's features as the extractor computes them (assembly.build_move)."""
    sentence = text.find(row["evidence"])
    return model.features(
        row["rules"], person=row["person"], from_org=row["from_org"], to_org=row["to_org"], role=row["role"], time=row["time"],
        mentions=text.count(row["person"]), evidence=row["evidence"], trigger_at=int(row["start"]) - sentence if sentence >= 0 else -1,
        text=text,
    )


def read_judged(path: Path) -> dict[tuple[str, str, str, str], str]:
    """A probe's facts judged by eye: TSV `doc person kind org right why`, right 1, 0 or opt."""
    judged = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t")[:5] != ["doc", "person", "kind", "org", "right"]:
        raise ValueError(f"{path}: the first line must be doc, person, kind, org, right, why (tab-separated)")
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) < 5 or cells[4] not in {"1", "0", "opt"} or cells[2] not in {"leave", "join"}:
            raise ValueError(f"{path}:{number}: want doc, person, leave|join, org, 1|0|opt")
        judged[tuple(cells[:4])] = cells[4]
    return judged


def probe_judged(folder: Path, frame) -> tuple[dict[tuple[str, str, str, str], str], object]:
    """A probe's facts judged, and the records they are judged in. A probe is a folder of
    fresh articles with either `judged.tsv` (facts judged by eye, `read_judged`) or
    `gold.jsonl` (records annotated by ../shared/ANNOTATION.md before the extractor was run
    on them); with a `split.tsv` (doc, part) only its `hold` documents count, as the `tune`
    ones are what rules were written on."""
    if (folder / "judged.tsv").exists():
        return read_judged(folder / "judged.tsv"), frame
    if not (folder / "gold.jsonl").exists():
        raise ValueError(f"{folder}: a probe needs judged.tsv or gold.jsonl")
    docs = set(read_doc_list(folder / "split.tsv", part="hold")) if (folder / "split.tsv").exists() else None
    if docs is not None:
        frame = frame[frame["doc"].isin(docs)]
    outcome = {"tp": "1", "fp": "0", "optional": "opt"}
    judged = {(f.doc, f.person, f.kind, f.org): outcome[f.outcome] for f in judge(frame, folder / "gold.jsonl", docs=docs)}
    return judged, frame


def probe_scores(weights, frame, texts: Path, judged) -> tuple[list[tuple[float, bool]], int]:
    """The judged facts of one probe as (score, right), and how many facts no judgement
    covers. A fact stated by several records takes its highest score, as it survives a
    threshold when any of them does."""
    best: dict[tuple[str, str, str, str], float] = {}
    for row in frame.to_dict("records"):
        value = model.score(record_features(row, (texts / f"{row['doc']}.txt").read_text(encoding="utf-8")), weights)
        for kind, org in (("leave", row["from_org"]), ("join", row["to_org"])):
            if org:
                key = (row["doc"], row["person"].strip(), kind, org.strip())
                best[key] = max(value, best.get(key, value))
    scored = [(value, judged[key] == "1") for key, value in best.items() if judged.get(key, "opt") != "opt"]
    return scored, sum(1 for key in best if key not in judged)


def probe_texts(folder: Path) -> Path:
    """Where a probe's articles are: its `texts/` folder, or the probe folder itself."""
    return folder / "texts" if (folder / "texts").is_dir() else folder


def probe_frame(folder: Path):
    """The extractor's records for a probe's articles."""
    meta = folder / "meta.jsonl"
    return run_batch([probe_texts(folder)], meta=meta if meta.exists() else None, include=["*.txt"]).frame


def fresh_samples(folder: Path):
    """The held-out half of a gold probe as fit samples (features, right, doc): facts of
    text no rule was written on, the level confidence states (`--learn`)."""
    if not (folder / "gold.jsonl").exists() or not (folder / "split.tsv").exists():
        raise ValueError(f"{folder}: --learn needs a gold probe (gold.jsonl and split.tsv)")
    hold = set(read_doc_list(folder / "split.tsv", part="hold"))
    frame = probe_frame(folder)
    return samples(frame[frame["doc"].isin(hold)], folder / "gold.jsonl", probe_texts(folder), docs=hold)


def tuneset_samples(base: Path = TUNESET) -> list:
    """Fit samples (features, right, doc) of every gold folder under bench/tuneset, all its
    articles: text of our own writing that no rule was written on before its session, so
    its wrong facts are of the kinds new text gives (a unit read as an employer: `数据团队`,
    a place read as a name) that the tuned part, fitted on for years, hardly holds any more."""
    out = []
    for folder in sorted(base.iterdir()) if base.is_dir() else ():
        if (folder / "gold.jsonl").exists():
            out += samples(probe_frame(folder), folder / "gold.jsonl", probe_texts(folder))
    return out


def probe_shift(weights, probes: list[Path]) -> tuple[float, int, int]:
    """UNSEEN_SHIFT measured on judged probes pooled: (shift, judged facts, unjudged facts)."""
    scored, unjudged = [], 0
    for folder in probes:
        judged, frame = probe_judged(folder, probe_frame(folder))
        found, left = probe_scores(weights, frame, probe_texts(folder), judged)
        scored += found
        unjudged += left
        print(f"  {folder}: {len(found)} judged facts, precision {sum(ok for _, ok in found) / max(1, len(found)):.3f}")
    right = sum(ok for _, ok in scored)
    return model.shift_to_precision([value for value, _ in scored], right / max(1, len(scored))), len(scored), unjudged


def fit(data, *, l2=L2, shift=UNSEEN_SHIFT):
    """The weights: the logistic fit, its bias moved by `shift`; `domain:ours` is
    dropped (real articles never carry it)."""
    weights = model.fit([(found, right) for found, right, *_ in data], l2=l2, min_count=MIN_COUNT)
    weights.pop(model.DOMAIN_OURS, None)
    weights.pop(DOMAIN_TUNED, None)
    weights[model.BIAS] += shift
    return weights


def log_loss(pairs) -> float:
    """Mean log loss of (probability, right) pairs."""
    import math

    return -sum(math.log(max(1e-6, p if right else 1 - p)) for p, right in pairs) / max(1, len(pairs))


def cross_validate(real, ours, *, l2: float, folds: int = 5) -> None:
    """Fit on four fifths of the tuned articles (and the whole corpus), score the held-out fifth;
    log loss averaged over five orders of the articles (sorted, then four shuffles)."""
    import math
    import random

    docs = sorted({doc for *_, doc in real})
    losses, first = [], []
    for seed in (None, 1, 2, 3, 4):
        order = list(docs)
        if seed is not None:
            random.Random(seed).shuffle(order)
        held = []
        for fold in range(folds):
            out = set(order[fold::folds])
            weights = fit([sample for sample in real if sample[2] not in out] + ours, l2=l2, shift=0.0)
            held += [(model.score(found, weights), right) for found, right, doc in real if doc in out]
        probabilities = [(1 / (1 + math.exp(-v)), right) for v, right in held]
        losses.append(log_loss(probabilities))
        first = first or held
    print(f"{folds}-fold by article, L2 {l2}, min count {MIN_COUNT}, corpus {'in' if ours else 'out'}: "
          f"log loss {sum(losses) / len(losses):.3f} on {len(first)} held-out facts (unshifted)")
    for shift in (0.0, UNSEEN_SHIFT):
        probabilities = [(round(1 / (1 + math.exp(-(v + shift))), 2), right) for v, right in first]
        for threshold in THRESHOLDS[1:]:
            kept = [right for p, right in probabilities if p >= threshold]
            print(f"  shift {shift:+.2f} >= {threshold:.1f}: {len(kept):4d} facts, precision {sum(kept) / max(1, len(kept)):.3f}")


def leave_one_probe_out(real, ours, fresh: dict[str, list], *, l2: float) -> None:
    """Each probe's held-out facts scored by a model that never saw them, two ways: the
    shifted fit (tuned part and corpus, the shift set on the other probes) and the learned
    one (`--learn` with the other probes). Log loss, and facts kept at 0.8 and 0.9."""
    import math

    pooled = {"shifted": [], "learned": []}
    plain = fit(real + ours, l2=l2, shift=0.0)  # the same for every probe: only its shift differs
    for name, facts in fresh.items():
        others = [sample for other, rest in fresh.items() if other != name for sample in rest]
        right = sum(ok for _, ok, _ in others) / max(1, len(others))
        shift = model.shift_to_precision([model.score(found, plain) for found, *_ in others], right)
        shifted = {**plain, model.BIAS: plain[model.BIAS] + shift}
        learned = fit([(f + [DOMAIN_TUNED], ok, d) for f, ok, d in real] + ours + others, l2=l2, shift=0.0)
        for method, weights in (("shifted", shifted), ("learned", learned)):
            pairs = [(1 / (1 + math.exp(-model.score(found, weights))), ok) for found, ok, _ in facts]
            pooled[method] += pairs
            print(f"  {name:10s} {method}: {len(pairs)} facts, precision {sum(ok for _, ok in pairs) / max(1, len(pairs)):.3f}, log loss {log_loss(pairs):.3f}")
    for method, pairs in pooled.items():
        kept = {t: [ok for p, ok in pairs if p >= t] for t in (0.8, 0.9)}
        print(f"pooled {method}: log loss {log_loss(pairs):.3f}; "
              + "; ".join(f">= {t}: {len(k)} facts at {sum(k) / max(1, len(k)):.3f}" for t, k in kept.items()))


def leave_one_probe_out_shifted(train, probes: list[Path], *, l2: float) -> None:
    """How well confidence ranks facts of text nobody tuned on: each probe's judged facts scored
    by the fit with the shift set on the other probes (`--probe DIR ... --lopo`). AUC is the
    chance a right fact scores above a wrong one."""
    import math

    plain = fit(train, l2=l2, shift=0.0)
    scored = {}
    for folder in probes:
        judged, frame = probe_judged(folder, probe_frame(folder))
        scored[folder.name] = probe_scores(plain, frame, probe_texts(folder), judged)[0]
    pooled = []
    for name, facts in scored.items():
        others = [pair for other, rest in scored.items() if other != name for pair in rest]
        shift = model.shift_to_precision([value for value, _ in others], sum(ok for _, ok in others) / max(1, len(others)))
        pooled += [(1 / (1 + math.exp(-(value + shift))), ok) for value, ok in facts]
    right = [p for p, ok in pooled if ok]
    wrong = [p for p, ok in pooled if not ok]
    auc = sum((a > b) + 0.5 * (a == b) for a in right for b in wrong) / max(1, len(right) * len(wrong))
    kept = {t: [ok for p, ok in pooled if p >= t] for t in (0.7, 0.8, 0.9)}
    print(f"leave one probe out: {len(pooled)} facts, log loss {log_loss(pooled):.3f}, AUC {auc:.3f}; "
          + "; ".join(f">= {t}: {len(k)} facts at {sum(k) / max(1, len(k)):.3f}" for t, k in kept.items()))


def report(name, frame, gold, docs=None):
    print(f"{name}: threshold  records  P      R      F1")
    for threshold in THRESHOLDS:
        kept = frame[frame["confidence"] >= threshold]
        score = evaluate(kept, gold, docs=docs).overall
        count = len(kept) if docs is None else int(kept["doc"].isin(docs).sum())
        print(f"{'':{len(name)}}  >= {threshold:.1f}    {count:5d}    {score.precision:.3f}  {score.recall:.3f}  {score.f1:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report; keep the weights as they are")
    parser.add_argument("--cv", action="store_true", help="only cross-validate the fit on the tuned part, by article")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument(
        "--probe", type=Path, action="append", default=[],
        help="a folder of fresh articles with judged.tsv or gold.jsonl (probe_judged); repeat to pool: re-estimate the shift",
    )
    parser.add_argument(
        "--learn", type=Path, action="append", default=[],
        help="a gold probe whose held-out half is fitted on as new text (fresh_samples); repeat to pool; replaces the shift",
    )
    parser.add_argument(
        "--lopo", action="store_true",
        help="with --learn: compare the shifted and the learned fit, leaving one probe out; with --probe: the shifted fit's ranking, each probe scored with the shift of the others",
    )
    parser.add_argument("--no-tuneset", action="store_true", help="fit without bench/tuneset's facts (as before the eleventh session)")
    args = parser.parse_args(argv)
    for folder in args.probe + args.learn:
        if not ((folder / "judged.tsv").exists() or (folder / "gold.jsonl").exists()):
            print(f"error: {folder}: a probe needs judged.tsv or gold.jsonl", file=sys.stderr)
            return 2
    if not (REALDEV / "gold.jsonl").exists():
        print("error: ../shared/realdev is not beside this checkout", file=sys.stderr)
        return 2
    realdev = run_batch([REALDEV / "texts"], meta=REALDEV / "meta.jsonl").frame
    tuned = set(read_doc_list(SPLIT, part="tuned"))
    check = set(read_doc_list(SPLIT, part="check"))
    corpus_gold, realdev_gold = ROOT / "corpus" / "gold.jsonl", REALDEV / "gold.jsonl"
    # The corpus is fitted on (with domain:ours) and reported on; its records do not depend on the weights' order.
    corpus = run_batch([ROOT / "corpus" / "articles"], meta=ROOT / "corpus" / "meta.jsonl").frame
    real = samples(realdev, realdev_gold, REALDEV / "texts", docs=tuned)
    ours = samples(corpus, corpus_gold, ROOT / "corpus" / "articles", extra=[model.DOMAIN_OURS])
    # Our fresh articles enter as they are, with no domain feature: they set the level the
    # shift then moves to the held-out probes' precision.
    tune = [] if args.no_tuneset else tuneset_samples()
    if args.probe and args.lopo:
        leave_one_probe_out_shifted(real + ours + tune, args.probe, l2=args.l2)
        return 0
    if args.cv:
        cross_validate(real, ours + tune, l2=args.l2)
        return 0
    try:
        fresh = {folder.name: fresh_samples(folder) for folder in args.learn}
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.lopo:
        leave_one_probe_out(real, ours + tune, fresh, l2=args.l2)
        return 0
    if not args.check:
        shift = UNSEEN_SHIFT
        if fresh:
            shift = 0.0
        elif args.probe:
            try:
                shift, counted, unjudged = probe_shift(fit(real + ours + tune, l2=args.l2, shift=0.0), args.probe)
            except (OSError, ValueError) as err:
                print(f"error: {err}", file=sys.stderr)
                return 2
            print(f"shift on the probe: {shift:+.2f} ({counted} judged facts, {unjudged} unjudged left out; UNSEEN_SHIFT is {UNSEEN_SHIFT:+.2f})")
        learned = [sample for facts in fresh.values() for sample in facts]
        if learned:
            real = [(found + [DOMAIN_TUNED], right, doc) for found, right, doc in real]
        weights = fit(real + ours + tune + learned, l2=args.l2, shift=shift)
        header = (
            "Confidence model (pipeline/relations/confidence.py): logistic weights of rule ids, record, sentence and article shape,\n"
            f"fitted by bench/calibrate.py on {len(real)} judged facts of the tuned part of ../shared/realdev, {len(ours)} of the\n"
            f"corpus (feature domain:ours, dropped here) and {len(tune)} of bench/tuneset, L2 {args.l2}, min count {MIN_COUNT}; "
            + (f"new text's level set by {len(learned)} held-out facts of {len(fresh)} gold probes ({DOMAIN_TUNED} on the tuned part, dropped here)\n"
               if learned else f"the bias moved by {shift:+.2f} to new text's level\n")
            + "(bench/calibrate.py docstring); never the check third. Regenerate after changing rules."
        )
        model.write_weights(weights, model.WEIGHTS_FILE, header=header)
        model.load_weights.cache_clear()
        print(f"fitted {len(weights) - 1} features on {len(real) + len(ours) + len(tune) + len(learned)} facts -> {model.WEIGHTS_FILE.relative_to(ROOT)}")
        # Confidence is set at extraction: run again with the new weights.
        realdev = run_batch([REALDEV / "texts"], meta=REALDEV / "meta.jsonl").frame
        corpus = run_batch([ROOT / "corpus" / "articles"], meta=ROOT / "corpus" / "meta.jsonl").frame
    report("corpus", corpus, corpus_gold)
    report("realdev tuned", realdev, realdev_gold, docs=tuned)
    report("realdev check", realdev, realdev_gold, docs=check)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
