"""The pydantic vocabulary between stages (models/): what a record, an article and a report accept."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from talentflow.models import MOVE_COLUMNS, Article, AttributeScore, CareerMove, EvalReport, FactError, FactScore, LocatedMove


def test_csv_columns_are_annotation_md_in_its_order():
    assert MOVE_COLUMNS == ("doc", "person", "from_org", "to_org", "role", "time", "status", "evidence")
    assert set(MOVE_COLUMNS) <= set(CareerMove.model_fields)


def test_a_record_defaults_to_empty_strings_and_done():
    record = CareerMove(doc="a01", person="韩立明", to_org="Anthropic")
    assert (record.from_org, record.role, record.time, record.evidence, record.status) == ("", "", "", "", "done")
    assert not record.is_move
    assert CareerMove(doc="a01", person="韩立明", from_org="谷歌", to_org="Anthropic").is_move


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"doc": "a01", "person": "韩立明"}, id="no-organization"),
        pytest.param({"doc": "", "person": "韩立明", "to_org": "Meta"}, id="empty-doc"),
        pytest.param({"doc": "a01", "person": "", "to_org": "Meta"}, id="empty-person"),
        pytest.param({"doc": "a01", "person": "韩立明", "to_org": "Meta", "status": "rumour"}, id="unknown-status"),
        pytest.param({"doc": "a01", "person": "韩立明", "to_org": "Meta", "time": "2025-13"}, id="month-13"),
        pytest.param({"doc": "a01", "person": "韩立明", "to_org": "Meta", "time": "2025/08"}, id="slash-date"),
        pytest.param({"doc": "a01", "person": "韩立明", "to_org": "Meta", "time": "去年9月"}, id="unresolved-time"),
        pytest.param({"doc": "a01", "person": "韩立明", "to_org": "Meta", "confidence_of_the_writer": "high"}, id="unknown-field"),
        pytest.param({"doc": "a01", "person": 7, "to_org": "Meta"}, id="not-a-string"),  # strict: no coercion
    ],
)
def test_a_record_rejects(fields):
    with pytest.raises(ValidationError):
        CareerMove(**fields)


@pytest.mark.parametrize("time", ["", "2025", "2025-08", "2025-08-26", "2024-02-29"])
def test_a_record_takes_the_time_forms_annotation_md_allows(time):
    assert CareerMove(doc="a01", person="韩立明", to_org="Meta", time=time).time == time


def test_records_are_frozen_and_hashable():
    record = CareerMove(doc="a01", person="韩立明", to_org="Meta")
    with pytest.raises(ValidationError):
        record.person = "陆嘉怡"
    assert len({record, CareerMove(doc="a01", person="韩立明", to_org="Meta")}) == 1


def test_a_located_move_keeps_its_place_and_gives_the_plain_record():
    located = LocatedMove(doc="a01", person="韩立明", to_org="Meta", evidence="韩立明加入Meta。", trigger="加入", start=3, end=5)
    plain = located.record()
    assert type(plain) is CareerMove
    assert plain == CareerMove(doc="a01", person="韩立明", to_org="Meta", evidence="韩立明加入Meta。")
    with pytest.raises(ValidationError):
        LocatedMove(doc="a01", person="韩立明", to_org="Meta", start=-1)


def test_an_article_parses_its_date_and_forbids_unknown_fields():
    article = Article(doc="a01", text="韩立明加入Meta。", published="2025-08-26")
    assert article.published == dt.date(2025, 8, 26)
    assert Article(doc="a01", text="").published is None
    with pytest.raises(ValidationError):
        Article(doc="a01", text="", author="x")
    with pytest.raises(ValidationError):
        Article(doc="", text="韩立明加入Meta。")


def test_fact_scores():
    score = FactScore(tp=3, fp=1, fn=2)
    assert (score.precision, score.recall) == (0.75, 0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert score.summary() == {"tp": 3, "fp": 1, "fn": 2, "precision": 0.75, "recall": 0.6, "f1": 0.6667}
    # Nothing predicted or nothing to find: zeros, not a division error.
    assert (FactScore().precision, FactScore().recall, FactScore().f1) == (0.0, 0.0, 0.0)
    assert FactScore(fn=4).f1 == 0.0


def test_attribute_accuracy():
    assert AttributeScore(correct=2, total=8).accuracy == 0.25
    assert AttributeScore().accuracy == 0.0


def test_a_report_as_a_dict_with_and_without_its_errors():
    error = FactError(error="fn", doc="a01", person="韩立明", kind="join", org="Meta", evidence="韩立明加入Meta。")
    report = EvalReport(
        overall=FactScore(tp=1, fn=1),
        by_kind={"join": FactScore(tp=1, fn=1)},
        status=AttributeScore(correct=1, total=1),
        by_doc={"a01": FactScore(tp=1, fn=1)},
        errors=[error],
    )
    out = report.to_dict()
    assert out["overall"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert (out["status_accuracy"], out["role_accuracy"]) == (1.0, 0.0)
    assert out["attribute_counts"]["status"] == {"correct": 1, "total": 1}
    assert out["errors"] == [error.model_dump()]
    assert "errors" not in report.to_dict(errors=False)
    with pytest.raises(ValidationError):
        FactError(error="fn", doc="a01", person="韩立明", kind="move", org="Meta")
