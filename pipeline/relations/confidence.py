"""How sure a record is: a calibrated probability from the rules that made it.

Every record names its rules (`join:加入 subject:pronoun org:after-verb …`). How
often facts made by each rule were right was measured on the team's corpus and
the tuned part of the real dev set (`bench/calibrate.py`); a logistic model over
those rule ids, and a few features of the record's shape (a Latin name, a
three-character name, a stated title or date), turns them into one probability
per record: `confidence`. `pipeline/data/rule_weights.tsv` holds the weights.

A user who wants fewer, surer records keeps those above a threshold;
`talentflow evaluate` prints precision and recall at several thresholds.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from talentflow.resources.org_identity import known_org

WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "data" / "rule_weights.tsv"
BIAS = "(bias)"
_LATIN = re.compile(r"[A-Za-z]")
_CLAUSE_MARKS = re.compile(r"[,，;；]")


DOMAIN_OURS = "domain:ours"  # a fact of the team's own corpus, in the fit only (bench/calibrate.py)


def features(
    rules: str,
    *,
    person: str,
    from_org: str,
    to_org: str,
    role: str,
    time: str,
    mentions: int = 0,
    evidence: str = "",
    trigger_at: int = -1,
    text: str = "",
) -> list[str]:
    """The rule ids of a record and the shape of what it says; with the
    evidence sentence (and where in it the trigger stands), how the sentence
    carries the record (`shape:*`); with the article's text, how often it
    names the record's organizations (`org:named*`).

    >>> features("join:加入 subject:clause", person="Avi Verma", from_org="", to_org="Meta", role="", time="2025")
    ['join:加入', 'subject:clause', 'person:latin', 'record:join', 'record:dated']
    """
    found = list(dict.fromkeys(rules.split()))
    if _LATIN.search(person):
        found.append("person:latin")
    else:
        # 张伟 / 司马清远: name length says how a Chinese name was read.
        found.append(f"person:han{min(len(person), 4)}")
    found.append("record:move" if from_org and to_org else "record:join" if to_org else "record:leave")
    if role:
        found.append("record:titled")
    if time:
        found.append("record:dated")
    if mentions:
        # Named once in the article, twice, or more: a misread name is seldom repeated.
        found.append(f"person:named{min(mentions, 3)}")
    if evidence:
        found += _sentence_shape(evidence, person, (from_org, to_org), trigger_at)
    if text:
        found += _article_shape(text, (from_org, to_org))
    return found


def _article_shape(text: str, orgs: tuple[str, str]) -> list[str]:
    """How often the article names each organization of the record (`org:named1`,
    `org:named2`, `org:named3` for three or more). An employer the article is
    about is named again and again (`星河科技…星河科技的…`); a phrase read as an
    organization (`旗下五只产品`, `平台事业` cut out of `星河平台事业群组`)
    is seldom named again. On fresh articles it ranks right records above wrong
    ones better than the rules and the sentence alone (bench/calibrate.py docstring)."""
    return [f"org:named{min(text.count(org), 3)}" for org in orgs if org]


def _sentence_shape(evidence: str, person: str, orgs: tuple[str, str], trigger_at: int) -> list[str]:
    """What the evidence sentence says of the record, independent of any rule:
    is the person named in it (or brought from another sentence), is each
    organization named in it and known to the alias table, how far the name
    stands from the trigger, how long and how many clauses the sentence has.
    `2024年,张伟加入百度。` is short, with a known organization right by a named
    person; a fortieth-character trigger in a four-clause sentence far from a
    pronoun's antecedent is the kind of record that goes wrong on new text."""
    shape = ["shape:person-in-sentence" if person in evidence else "shape:person-elsewhere"]
    for org in orgs:
        if org:
            shape.append("shape:org-known" if known_org(org) else "shape:org-unknown")
            shape.append("shape:org-in-sentence" if org in evidence else "shape:org-elsewhere")
    if person in evidence and trigger_at >= 0:
        gap = abs(trigger_at - evidence.find(person))
        shape.append("shape:near" if gap <= 8 else "shape:mid" if gap <= 25 else "shape:far")
    size = len(evidence)
    shape.append("shape:short" if size < 40 else "shape:medium" if size < 100 else "shape:long")
    shape.append(f"shape:clauses{min(len(_CLAUSE_MARKS.findall(evidence)), 4)}")
    return shape


@lru_cache(maxsize=4)
def load_weights(path: Path = WEIGHTS_FILE) -> dict[str, float]:
    """`feature<TAB>weight` lines (comments with #); a missing file means no model: 0.5 everywhere."""
    weights: dict[str, float] = {}
    if not path.exists():
        return weights
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("feature\t"):
            continue
        name, _, value = line.partition("\t")
        try:
            weights[name] = float(value.split("\t")[0])
        except ValueError as err:
            raise ValueError(f"{path}:{number}: weight {value!r} is not a number") from err
    return weights


PRIORS_FILE = Path(__file__).resolve().parents[1] / "data" / "rule_priors.tsv"


@lru_cache(maxsize=4)
def load_priors(path: Path = PRIORS_FILE) -> dict[str, float]:
    """`rule<TAB>weight` lines: what a rule added since the last fit counts until a fit
    measures it (a frame less sure than its neighbours starts lower); same format as the weights."""
    return load_weights(path)


def score(found: Iterable[str], weights: dict[str, float]) -> float:
    """The model's log-odds for a fact with these features; features it never saw count nothing."""
    # map, not a generator: the same sum in the same order, without a Python frame per feature.
    return weights.get(BIAS, 0.0) + sum(map(weights.get, set(found), itertools.repeat(0.0)))


def confidence(found: Iterable[str], weights: dict[str, float] | None = None) -> float:
    """The probability that a fact with these features is right, rounded to 0.01.
    Features the model never saw count nothing, except a new rule's prior
    (`rule_priors.tsv`), which counts until the fitted weights hold the rule."""
    priors = load_priors() if weights is None else {}
    weights = load_weights() if weights is None else weights
    found = set(found)
    # A rule no fit has measured yet counts its prior (rule_priors.tsv), never beside its fitted weight.
    prior = sum(value for feature, value in priors.items() if feature in found and feature not in weights)
    return round(1.0 / (1.0 + math.exp(-(score(found, weights) + prior))), 2)


def shift_to_precision(scores: Sequence[float], precision: float) -> float:
    """The constant to add to every log-odds so that the mean probability equals
    `precision`: the maximum-likelihood bias of facts from a new source whose
    share of right facts is known but not which (a prior shift). Text the rules
    were written on is right more often than new text; this moves the model's
    level to new text's, keeping its order. A bisection: the mean is monotone."""
    if not scores or not 0.0 < precision < 1.0:
        raise ValueError(f"a shift needs facts and a precision strictly between 0 and 1, not {len(scores)} facts at {precision}")
    low, high = -20.0, 20.0
    for _ in range(80):
        middle = (low + high) / 2
        mean = sum(1.0 / (1.0 + math.exp(-(value + middle))) for value in scores) / len(scores)
        low, high = (middle, high) if mean < precision else (low, middle)
    return (low + high) / 2


def fit(samples: Sequence[tuple[Sequence[str], bool]], *, l2: float = 1.0, min_count: int = 3, rounds: int = 50) -> dict[str, float]:
    """L2-regularized logistic regression by Newton's method: weights for the
    features seen in at least `min_count` samples, and the bias.

    `samples`: (features of a fact, whether the gold says it is right).
    """
    import numpy as np  # only calibration needs it; spaCy brings it

    counts: dict[str, int] = {}
    for found, _ in samples:
        for feature in set(found):
            counts[feature] = counts.get(feature, 0) + 1
    names = [BIAS] + sorted(feature for feature, count in counts.items() if count >= min_count)
    column = {name: index for index, name in enumerate(names)}
    matrix = np.zeros((len(samples), len(names)))
    matrix[:, 0] = 1.0
    for row, (found, _) in enumerate(samples):
        for feature in set(found):
            if feature in column:
                matrix[row, column[feature]] = 1.0
    target = np.array([1.0 if right else 0.0 for _, right in samples])
    penalty = np.full(len(names), l2)
    penalty[0] = 0.0  # the bias is not pulled towards 0.5
    weights = np.zeros(len(names))
    for _ in range(rounds):
        predicted = 1.0 / (1.0 + np.exp(-(matrix @ weights)))
        gradient = matrix.T @ (predicted - target) + penalty * weights
        hessian = (matrix * (predicted * (1 - predicted))[:, None]).T @ matrix + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return {name: float(weight) for name, weight in zip(names, weights)}


def write_weights(weights: dict[str, float], path: Path, *, header: str) -> None:
    """The weights as TSV, strongest first, with a header saying how they were made."""
    lines = [f"# {line}" for line in header.splitlines()] + ["feature\tweight"]
    ordered = sorted(weights.items(), key=lambda item: (item[0] != BIAS, -abs(item[1]), item[0]))
    lines += [f"{name}\t{weight:.4f}" for name, weight in ordered]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
