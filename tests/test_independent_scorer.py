"""A second scorer, written from ANNOTATION.md ("Names of organizations", "Scoring")
alone, that `talentflow evaluate` must agree with within 0.01 F1 on the pipeline's
real output (issue 17). It shares no code with talentflow.evaluation: its own
folding (OpenCC for script), its own reading of the alias table, its own matching.

Where the contract leaves room it takes the plainest reading: predicted facts are
a set of folded `(doc, person, kind, org)`, each with the first non-empty role,
time and status of its records; gold facts that are identical collapse; required
gold facts are matched first (a maximum matching), optional ones take what is left.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import opencc
import pytest
from typer.testing import CliRunner

from talentflow.batch import run_batch
from talentflow.cli.main import app
from talentflow.batch.export import write_csv

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
REALDEV = SHARED / "realdev"
ALIASES = ROOT / "corpus" / "aliases.tsv"

_T2S = opencc.OpenCC("t2s.json")
_DROP = re.compile(r"[\s·・‧•∙⋅.\"'“”‘’「」『』〝〞＂＇]")


def norm(name: str) -> str:
    """Case, width, spaces, middle dots, quotes, traditional/simplified."""
    return _DROP.sub("", _T2S.convert(unicodedata.normalize("NFKC", name)).lower())


def read_aliases(path: Path) -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names = {norm(name) for name in line.split("\t") if name.strip()}
            for name in names:
                table[name] = names
    return table


def answers_to(name: str, aliases: dict[str, set[str]]) -> set[str]:
    """Every name `name` answers to: itself, both sides of a bracket, the parent
    before 的/旗下, and the alias table's line, repeatedly."""
    out: set[str] = set()

    def add(one: str) -> None:
        if not one or one in out:
            return
        out.add(one)
        bracket = re.search(r"[(\[【]([^()\[\]【】]*)[)\]】]", one)
        if bracket:
            add(one[: bracket.start()] + one[bracket.end() :])
            add(bracket.group(1))
        for cut in re.finditer("旗下的|旗下|的", one):
            if cut.start() > 0 and cut.end() < len(one):
                add(one[: cut.start()])
        for alias in aliases.get(one, ()):
            add(alias)

    add(norm(name))
    return out


def alts(value) -> list[str]:
    return [piece.strip() for piece in (value or "").split("|") if piece.strip()]


def independent_score(pred_rows: list[dict], gold_rows: list[dict], aliases: dict[str, set[str]]) -> dict:
    kinds = (("join", "to_org"), ("leave", "from_org"))
    preds: dict[tuple, dict] = {}
    for row in pred_rows:
        for kind, column in kinds:
            if (row.get(column) or "").strip():
                key = (row["doc"].strip(), norm(row["person"]), kind, norm(row[column]))
                kept = preds.setdefault(key, {"org": row[column], **row})
                for name in ("role", "time", "status"):  # one fact: its first non-empty values
                    kept[name] = kept.get(name) or row.get(name)
    golds: dict[tuple, dict] = {}
    for row in gold_rows:
        for kind, column in kinds:
            if alts(row.get(column)):
                key = (row["doc"].strip(), kind, frozenset(map(norm, alts(row["person"]))), frozenset(map(norm, alts(row[column]))))
                if key in golds:
                    golds[key]["optional"] = golds[key]["optional"] and bool(row.get("optional"))
                else:
                    golds[key] = {**row, "optional": bool(row.get("optional")), "column": column}
    pred_list, gold_list = list(preds.items()), list(golds.items())

    def fits(pred, gold) -> bool:
        (doc, person, kind, _), row = pred
        (gdoc, gkind, persons, _), grow = gold
        if (doc, kind) != (gdoc, gkind) or person not in persons:
            return False
        wanted = set().union(*(answers_to(org, aliases) for org in alts(grow[grow["column"]])))
        return bool(answers_to(row["org"], aliases) & wanted)

    def matching(gold_indexes: list[int], free_preds: set[int]) -> dict[int, int]:
        owner: dict[int, int] = {}  # pred index -> gold index
        edges = {g: [p for p in free_preds if fits(pred_list[p], gold_list[g])] for g in gold_indexes}

        def augment(g: int, seen: set[int]) -> bool:
            for p in edges[g]:
                if p not in seen:
                    seen.add(p)
                    if p not in owner or augment(owner[p], seen):
                        owner[p] = g
                        return True
            return False

        for g in gold_indexes:
            augment(g, set())
        return owner

    required = [i for i, (_, row) in enumerate(gold_list) if not row["optional"]]
    optional = [i for i, (_, row) in enumerate(gold_list) if row["optional"]]
    hits = matching(required, set(range(len(pred_list))))
    absorbed = matching(optional, set(range(len(pred_list))) - set(hits))
    tp = len(hits)
    fp = len(pred_list) - tp - len(absorbed)
    fn = len(required) - tp
    right = {"role": 0, "time": 0, "status": 0}
    for p, g in hits.items():
        row, grow = pred_list[p][1], gold_list[g][1]
        right["role"] += norm(row.get("role") or "") in ({norm(r) for r in alts(grow.get("role"))} or {""})
        right["time"] += (row.get("time") or "") in (set(alts(grow.get("time"))) or {""})
        right["status"] += (row.get("status") or "done") in (set(alts(grow.get("status"))) or {"done"})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "f1": f1, **{name: count / tp if tp else 0.0 for name, count in right.items()}}


def test_the_independent_scorer_by_hand():
    aliases = {"谷歌": {"谷歌", "google"}, "google": {"谷歌", "google"}}
    gold = [
        {"doc": "d", "person": "甲", "from_org": "谷歌大脑|谷歌", "to_org": "Meta的MSL", "time": "2024"},
        {"doc": "d", "person": "乙", "from_org": "", "to_org": "百川智能(Baichuan)", "optional": True},
        {"doc": "d", "person": "丙", "from_org": "", "to_org": "OpenAI"},
    ]
    pred = [
        {"doc": "d", "person": "甲", "from_org": "Google", "to_org": "Meta", "time": "2024"},  # two hits
        {"doc": "d", "person": "乙", "from_org": "", "to_org": "Baichuan"},  # optional: neither
        {"doc": "d", "person": "丙", "from_org": "", "to_org": "OpenAI研究院"},  # FP and FN
    ]
    assert independent_score(pred, gold, aliases) == {"tp": 2, "fp": 1, "fn": 1, "f1": 2 / 3, "role": 1.0, "time": 1.0, "status": 1.0}


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _talentflow_evaluate(tmp_path: Path, frame, gold: Path, *options: str) -> dict:
    predictions = write_csv(frame, tmp_path / "predictions.csv")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), str(predictions), "--json", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _assert_agree(ours: dict, theirs: dict) -> None:
    assert abs(ours["overall"]["f1"] - theirs["f1"]) <= 0.01, (ours["overall"], theirs)
    # The attributes may differ a little more: which of two predictions a gold fact
    # takes when both answer to it is the matching's choice.
    for name in ("role", "time", "status"):
        assert abs(ours[f"{name}_accuracy"] - theirs[name]) <= 0.02, (name, ours[f"{name}_accuracy"], theirs)


@pytest.fixture(scope="module")
def corpus_frame():
    return run_batch([ROOT / "corpus" / "articles"], meta=ROOT / "corpus" / "meta.jsonl").frame


@pytest.fixture(scope="module")
def realdev_frame():
    if not (REALDEV / "gold.jsonl").exists():
        pytest.skip("../shared/realdev is not beside this clone")
    return run_batch([REALDEV / "texts"], meta=REALDEV / "meta.jsonl").frame


def test_agrees_on_the_corpus(tmp_path, corpus_frame):
    gold = ROOT / "corpus" / "gold.jsonl"
    ours = _talentflow_evaluate(tmp_path, corpus_frame, gold)
    _assert_agree(ours, independent_score(corpus_frame.to_dict("records"), _records(gold), read_aliases(ALIASES)))


@pytest.mark.parametrize("part", [None, "tuned", "check"])
def test_agrees_on_realdev(tmp_path, realdev_frame, part):
    gold = REALDEV / "gold.jsonl"
    options = ("--docs", str(ROOT / "corpus" / "realdev_split.tsv"), "--part", part) if part else ()
    ours = _talentflow_evaluate(tmp_path, realdev_frame, gold, *options)
    rows, gold_rows = realdev_frame.to_dict("records"), _records(gold)
    if part:
        lines = (ROOT / "corpus" / "realdev_split.tsv").read_text(encoding="utf-8").splitlines()
        docs = {line.split("\t")[0] for line in lines if line.endswith("\t" + part)}
        rows = [row for row in rows if row["doc"] in docs]
        gold_rows = [row for row in gold_rows if row["doc"] in docs]
    _assert_agree(ours, independent_score(rows, gold_rows, read_aliases(ALIASES)))
