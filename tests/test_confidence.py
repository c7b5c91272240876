"""Confidence: a probability per record from its rules, and the evaluator's curve."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

import talentflow
from talentflow.relations import confidence as model
from talentflow.cli.main import app
from talentflow.evaluation import evaluate, judge
from talentflow.evaluation.inputs import GoldRecord


def test_features_name_the_rules_and_the_shape_of_the_record():
    found = model.features(
        "leave:离职 subject:clause", person="邝远", from_org="星河科技", to_org="", role="CTO", time="", mentions=1
    )
    assert found == ["leave:离职", "subject:clause", "person:han2", "record:leave", "record:titled", "person:named1"]


def test_fit_learns_which_rule_is_reliable():
    # rule:a is right 9 times in 10, rule:b 1 time in 10.
    samples = [(["rule:a"], index < 9) for index in range(10)] * 3 + [(["rule:b"], index < 1) for index in range(10)] * 3
    weights = model.fit(samples, l2=0.1)
    assert model.confidence(["rule:a"], weights) > 0.8 > 0.2 > model.confidence(["rule:b"], weights)
    assert model.confidence(["rule:never-seen"], weights) == model.confidence([], weights)


def test_weights_round_trip(tmp_path):
    path = tmp_path / "weights.tsv"
    model.write_weights({model.BIAS: 0.5, "rule:a": -1.25}, path, header="made by a test")
    assert path.read_text(encoding="utf-8").startswith("# made by a test\nfeature\tweight\n(bias)\t0.5000\n")
    assert model.load_weights(path) == {model.BIAS: 0.5, "rule:a": -1.25}


def test_a_bad_weight_names_the_file_and_line(tmp_path):
    path = tmp_path / "weights.tsv"
    path.write_text("feature\tweight\nrule:a\tmany\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"weights.tsv:2"):
        model.load_weights(path)


def test_the_bundled_weights_give_every_record_a_confidence(nlp):
    records = talentflow.extract_text("2024年6月,庞书言从百度跳槽至字节跳动,担任研究科学家。", doc="t", published="2025-08-26", nlp=nlp)
    assert records and all(0.0 <= record.confidence <= 1.0 for record in records)
    assert model.load_weights(), "pipeline/data/rule_weights.tsv is missing: run bench/calibrate.py"


PRED = pd.DataFrame(
    [
        {"doc": "d", "person": "甲", "to_org": "星河", "rules": "join:加入 subject:clause", "confidence": 0.95},
        {"doc": "d", "person": "乙", "to_org": "星河", "rules": "join:加入 subject:dropped", "confidence": 0.40},
        {"doc": "d", "person": "丙", "from_org": "北辰", "rules": "leave:离职 subject:pronoun", "confidence": 0.75},
    ]
)
GOLD = [GoldRecord(doc="d", person="甲", to_org="星河"), GoldRecord(doc="d", person="丙", from_org="月影")]


def test_the_curve_trades_recall_for_precision():
    curve = {round(point.threshold, 2): point for point in evaluate(PRED, GOLD).curve}
    assert (curve[0.0].records, curve[0.0].score.tp, curve[0.0].score.fp) == (3, 1, 2)
    assert (curve[0.5].records, curve[0.5].score.tp, curve[0.5].score.fp) == (2, 1, 1)
    assert (curve[0.8].records, curve[0.8].score.tp, curve[0.8].score.fp, curve[0.8].score.fn) == (1, 1, 0, 1)


def test_false_positives_carry_their_rules_and_a_miss_its_near_miss():
    errors = {(error.error, error.person): error.rules for error in evaluate(PRED, GOLD).errors}
    assert errors[("fp", "乙")] == "join:加入 subject:dropped"
    assert errors[("fn", "丙")] == "leave:离职 subject:pronoun"  # 丙 left 北辰 in the output, 月影 in the gold


def test_judge_says_what_each_fact_was():
    outcomes = {(fact.person, fact.outcome) for fact in judge(PRED, GOLD)}
    assert outcomes == {("甲", "tp"), ("乙", "fp"), ("丙", "fp")}


def test_the_cli_prints_the_thresholds_and_the_json_curve(tmp_path):
    pred, gold = tmp_path / "pred.csv", tmp_path / "gold.jsonl"
    PRED.to_csv(pred, index=False)
    gold.write_text("\n".join(json.dumps(record.model_dump()) for record in GOLD) + "\n", encoding="utf-8")
    text = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), str(pred)]).output
    assert ">= 0.90" in text and "confidence" in text
    data = json.loads(CliRunner().invoke(app, ["evaluate", "--gold", str(gold), str(pred), "--json"]).output)
    assert len(data["confidence_curve"]) == 20 and data["confidence_curve"][0]["records"] == 3


def test_sentence_shape_says_how_the_evidence_carries_the_record():
    found = model.features(
        "join:加入", person="张伟", from_org="", to_org="百度", role="", time="2024",
        evidence="2024年,张伟加入百度。", trigger_at=8,
    )
    assert {"shape:person-in-sentence", "shape:org-known", "shape:org-in-sentence", "shape:near", "shape:short", "shape:clauses1"} <= set(found)
    far = model.features(
        "join:加入 subject:pronoun", person="周以安", from_org="", to_org="星轨智能", role="", time="",
        evidence="据知情人士透露,在经历了长达数月的谈判之后,这位曾在多家公司任职的研究员最终还是决定加入星轨智能,负责新的多模态团队。", trigger_at=44,
    )
    assert {"shape:person-elsewhere", "shape:org-unknown", "shape:org-in-sentence", "shape:medium", "shape:clauses3"} <= set(far)
    assert not any(feature in {"shape:near", "shape:mid", "shape:far"} for feature in far)  # no name in the sentence to measure from
