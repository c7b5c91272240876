"""Confidence on new text: the article feature (how often an organization is
named), the shift of the model's level to new text, and the fit of
bench/calibrate.py (the corpus with a domain feature, the shift folded into
the bias, a probe's judged facts read with clear errors)."""

from __future__ import annotations

import json
import math

import pytest

import talentflow
from talentflow.relations import confidence as model

from bench_modules import load_bench


def _calibrate():
    return load_bench("calibrate")


def test_the_article_says_how_often_it_names_each_organization():
    text = "星河科技换帅\n据悉,邝远已加入星河科技。星河科技称,邝远此前在北辰资本任职。\n"
    found = model.features(
        "move:跳槽", person="邝远", from_org="北辰资本", to_org="星河科技", role="", time="", text=text,
    )
    assert {"org:named1", "org:named3"} <= set(found)
    # A phrase read as an organization is not in the text as such: named 0 times.
    odd = model.features("leave:卸任", person="邝远", from_org="旗下五只产品", to_org="", role="", time="", text=text)
    assert "org:named0" in odd
    # Without the article, no article feature (old callers, the doctests).
    assert not any(feature.startswith("org:named") for feature in model.features("join:加入", person="邝远", from_org="", to_org="星河科技", role="", time=""))


def test_the_extractor_hands_the_article_to_the_model(nlp, monkeypatch):
    weights = {model.BIAS: 0.0, "org:named1": -2.0, "org:named2": 2.0, "org:named3": 2.0}
    monkeypatch.setattr(model, "load_weights", lambda path=model.WEIGHTS_FILE: weights)
    once = talentflow.extract_text("2024年3月,邝远加入星河科技,担任首席技术官。", doc="a", published="2025-01-10", nlp=nlp)
    twice = talentflow.extract_text(
        "2024年3月,邝远加入星河科技,担任首席技术官。星河科技当天确认了这一消息。", doc="b", published="2025-01-10", nlp=nlp
    )
    assert once and twice
    assert once[0].confidence < 0.5 < twice[0].confidence


def test_the_shift_brings_the_mean_to_the_precision_and_keeps_the_order():
    scores = [3.0, 2.0, 1.5, 0.5, -1.0]
    shift = model.shift_to_precision(scores, 0.6)
    moved = [1 / (1 + math.exp(-(value + shift))) for value in scores]
    assert sum(moved) / len(moved) == pytest.approx(0.6, abs=1e-6)
    assert shift < 0 and moved == sorted(moved, reverse=True)
    assert model.shift_to_precision(scores, 0.99) > 0  # a source surer than the model moves it up


@pytest.mark.parametrize("scores, precision", [([], 0.5), ([1.0], 0.0), ([1.0], 1.0)])
def test_a_shift_needs_facts_and_a_proper_precision(scores, precision):
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        model.shift_to_precision(scores, precision)


def test_the_fit_drops_the_domain_feature_and_moves_the_bias():
    calibrate = _calibrate()
    # rule:a is right 9 times in 10 on real text, and always in our own prose.
    real = [(["rule:a"], index < 9, f"r{index}") for index in range(10)] * 2
    ours = [(["rule:a", model.DOMAIN_OURS], True, f"o{index}") for index in range(10)] * 2
    plain = calibrate.fit(real + ours, shift=0.0)
    moved = calibrate.fit(real + ours, shift=-1.0)
    assert model.DOMAIN_OURS not in plain
    assert moved[model.BIAS] == pytest.approx(plain[model.BIAS] - 1.0)
    assert moved["rule:a"] == pytest.approx(plain["rule:a"])


def test_judged_facts_are_read_and_a_bad_line_is_named(tmp_path):
    calibrate = _calibrate()
    good = tmp_path / "judged.tsv"
    good.write_text("doc\tperson\tkind\torg\tright\twhy\n001\t邝远\tjoin\t星河科技\t1\t加入\n001\t邝远\tleave\t北辰\topt\t前员工\n", encoding="utf-8")
    assert calibrate.read_judged(good) == {("001", "邝远", "join", "星河科技"): "1", ("001", "邝远", "leave", "北辰"): "opt"}
    bad = tmp_path / "bad.tsv"
    bad.write_text("doc\tperson\tkind\torg\tright\twhy\n001\t邝远\tjoin\t星河科技\tyes\t加入\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.tsv:2"):
        calibrate.read_judged(bad)
    headless = tmp_path / "headless.tsv"
    headless.write_text("001\t邝远\tjoin\t星河科技\t1\t加入\n", encoding="utf-8")
    with pytest.raises(ValueError, match="first line"):
        calibrate.read_judged(headless)


def test_a_probe_without_judgements_fails_in_one_line(tmp_path, capsys):
    calibrate = _calibrate()
    assert calibrate.main(["--probe", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and str(tmp_path) in err and "judged.tsv or gold.jsonl" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_gold_probe_judges_only_its_held_out_half(tmp_path):
    """A probe annotated with gold: its `tune` documents are what rules were written on,
    so only the `hold` ones judge facts for the shift; right is a gold match, wrong is none."""
    import pandas as pd

    calibrate = _calibrate()
    gold = [
        {"doc": "001", "person": "邝远", "from_org": "北辰", "to_org": "星河科技", "role": None, "time": None,
         "status": "done", "evidence": "邝远从北辰跳槽至星河科技。", "optional": False},
        {"doc": "002", "person": "温若", "from_org": None, "to_org": "云岭智能", "role": None, "time": None,
         "status": "done", "evidence": "温若加入云岭智能。", "optional": False},
    ]
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    (tmp_path / "split.tsv").write_text("doc\tpart\n001\ttune\n002\thold\n", encoding="utf-8")
    frame = pd.DataFrame([
        {"doc": "001", "person": "邝远", "from_org": "北辰", "to_org": "星河科技"},
        {"doc": "002", "person": "温若", "from_org": "海川资本", "to_org": "云岭智能"},
    ])
    judged, kept = calibrate.probe_judged(tmp_path, frame)
    assert judged == {("002", "温若", "join", "云岭智能"): "1", ("002", "温若", "leave", "海川资本"): "0"}
    assert list(kept["doc"]) == ["002"]
    (tmp_path / "split.tsv").unlink()
    judged, kept = calibrate.probe_judged(tmp_path, frame)
    assert judged[("001", "邝远", "leave", "北辰")] == "1" and len(kept) == 2


def test_a_learned_probe_fits_only_its_held_out_half_from_its_texts_folder(tmp_path):
    """`--learn`: a gold probe's held-out articles (in `texts/`) become fit samples, each
    fact with its features and whether the gold has it; the tuned articles are left out."""
    calibrate = _calibrate()
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "p-01.txt").write_text("星河科技宣布,邝远已从北辰科技离职,加入星河科技担任首席技术官。", encoding="utf-8")
    (texts / "p-02.txt").write_text("云岭智能今天宣布,温若已加入云岭智能,出任首席科学家。", encoding="utf-8")
    gold = [
        {"doc": "p-01", "person": "邝远", "from_org": "北辰科技", "to_org": "星河科技", "role": "首席技术官", "time": None,
         "status": "done", "evidence": "星河科技宣布,邝远已从北辰科技离职,加入星河科技担任首席技术官。", "optional": False},
        {"doc": "p-02", "person": "温若", "from_org": None, "to_org": "海川资本", "role": None, "time": None,
         "status": "done", "evidence": "云岭智能今天宣布,温若已加入云岭智能,出任首席科学家。", "optional": False},
    ]
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    (tmp_path / "split.tsv").write_text("doc\tpart\np-01\ttune\np-02\thold\n", encoding="utf-8")
    facts = calibrate.fresh_samples(tmp_path)
    assert facts and {doc for *_, doc in facts} == {"p-02"}
    # The extractor reads a join of 云岭智能, which this gold (on purpose) does not hold: a wrong fact.
    assert [right for _, right, _ in facts] == [False]
    assert any(feature.startswith("join:") for feature in facts[0][0])


def test_learn_without_a_gold_probe_fails_in_one_line(tmp_path, capsys):
    calibrate = _calibrate()
    assert calibrate.main(["--learn", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and str(tmp_path) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_the_tune_set_enters_the_fit_with_every_article_and_no_domain_feature(tmp_path):
    """bench/tuneset's folders are fitted on whole (no split: all their articles are ours to
    read), as new text: no `domain:*` feature, so they weigh on the level the shift starts from.
    A folder without gold is skipped, and a missing tune set gives no facts."""
    calibrate = _calibrate()
    folder = tmp_path / "briefs"
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "b-01.txt").write_text("星河科技宣布,邝远已从北辰科技离职,加入星河科技担任首席技术官。", encoding="utf-8")
    (folder / "texts" / "b-02.txt").write_text("云岭智能今天宣布,温若已加入云岭智能,出任首席科学家。", encoding="utf-8")
    gold = [
        {"doc": "b-01", "person": "邝远", "from_org": "北辰科技", "to_org": "星河科技", "role": "首席技术官", "time": None,
         "status": "done", "evidence": "星河科技宣布,邝远已从北辰科技离职,加入星河科技担任首席技术官。", "optional": False},
    ]
    (folder / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    (tmp_path / "notes").mkdir()  # no gold: not a tune-set folder
    facts = calibrate.tuneset_samples(tmp_path)
    assert {doc for *_, doc in facts} == {"b-01", "b-02"}
    # b-02's join is wrong by this gold (it holds no record of 温若): both outcomes are fitted.
    assert {right for _, right, doc in facts if doc == "b-01"} == {True}
    assert [right for _, right, doc in facts if doc == "b-02"] == [False]
    assert not any(feature.startswith("domain:") for found, *_ in facts for feature in found)
    assert calibrate.tuneset_samples(tmp_path / "absent") == []
