"""The Python API as a notebook user calls it: typed frames, separate flow and
organization tables, scores as a frame, the CLI's worker count, clear date errors,
and a package that says what it offers (`__version__`, `dir`, `py.typed`)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import talentflow
from talentflow.models import EvalReport, FactScore
from talentflow.evaluation import GoldRecord
from talentflow.batch.export import CSV_COLUMNS, read_table

ROOT = Path(__file__).resolve().parents[1]

# Articles written for these tests (invented people): one names no source
# organization, so its record has from_org absent.
ARTICLES = {
    "a1": "2025年3月，宋知行从百度跳槽至腾讯，担任技术总监。",
    "a2": "2025年4月，韩青禾加入阿里巴巴，出任首席科学家。",
    "a3": "宋知行已于2025年3月正式从百度加盟腾讯。",
}


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for doc, text in ARTICLES.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def frame(nlp, articles: Path) -> pd.DataFrame:
    # workers=1: the session's pipeline, no worker processes to start.
    return talentflow.extract_paths([articles], workers=1)


# ---------------------------------------------------------------- 1. dtypes


def test_extract_paths_gives_string_columns_with_na_and_integer_offsets(frame: pd.DataFrame) -> None:
    assert list(frame.columns) == list(CSV_COLUMNS)
    assert frame["person"].dtype == "string" and frame["to_org"].dtype == "string"
    assert str(frame["start"].dtype) == "Int64" and str(frame["end"].dtype) == "Int64"
    assert str(frame["confidence"].dtype) == "Float64"
    # 韩青禾加入阿里巴巴: no source organization, absent rather than "".
    joined = frame[frame["person"] == "韩青禾"]
    assert len(joined) == 1 and joined["from_org"].isna().all()
    assert not (frame.select_dtypes("string") == "").any().any()
    assert "" not in set(frame.groupby("from_org").size().index)
    assert (frame["end"] > frame["start"]).all()


def test_read_csv_types_the_file_the_cli_writes_and_the_file_keeps_empty_cells(nlp, articles: Path, tmp_path) -> None:
    from talentflow.batch import run_batch

    out = tmp_path / "moves.csv"
    run_batch([articles], workers=1, output=out)
    text = out.read_text(encoding="utf-8-sig")
    assert "<NA>" not in text and ",," in text  # the file: absent is an empty cell
    read = talentflow.read_csv(out)
    assert read["from_org"].dtype == "string" and read["from_org"].isna().sum() == 1
    assert str(read["start"].dtype) == "Int64" and str(read["confidence"].dtype) == "Float64"
    # The same table as extract_paths gives (attrs aside).
    direct = talentflow.extract_paths([articles], workers=1)
    pd.testing.assert_frame_equal(read, direct.reset_index(drop=True), check_like=False)
    # talentflow.write_csv takes the typed frame back to the same bytes.
    again = tmp_path / "again.csv"
    talentflow.write_csv(read, again)
    assert again.read_bytes() == out.read_bytes()


def test_a_person_named_NA_stays_a_name(tmp_path) -> None:
    path = tmp_path / "na.csv"
    path.write_text("doc,person,from_org,to_org,start,end\nd1,NA,,Meta,3,9\n", encoding="utf-8")
    read = talentflow.read_csv(path)
    assert read.loc[0, "person"] == "NA" and pd.isna(read.loc[0, "from_org"])
    assert read.loc[0, "start"] == 3
    # The internal reader keeps the file's strings.
    assert read_table(path).loc[0, "from_org"] == ""


def test_aggregate_and_evaluate_take_typed_frames(frame: pd.DataFrame) -> None:
    result = talentflow.aggregate(frame)
    song = result.moves[result.moves["person"] == "宋知行"]
    assert len(song) == 1 and song.iloc[0]["sources"] == 2  # two articles, one move
    assert result.moves["from_org"].dtype == "string" and result.moves["from_org"].isna().sum() == 1
    assert str(result.moves["sources"].dtype) == "Int64"
    assert result.people["role"].dtype == "string"
    gold = [
        GoldRecord(doc="a1", person="宋知行", from_org="百度", to_org="腾讯"),
        GoldRecord(doc="a2", person="韩青禾", to_org="阿里巴巴"),
        GoldRecord(doc="a3", person="宋知行", from_org="百度", to_org="腾讯"),
    ]
    report = talentflow.evaluate(frame, gold)
    assert report.overall.fp == 0 and report.overall.fn == 0
    assert all(error.org != "<NA>" for error in report.errors)


# ---------------------------------------------------------------- 2. flows and organizations apart


def test_aggregate_gives_flows_and_organizations_as_two_tables(frame: pd.DataFrame) -> None:
    result = talentflow.aggregate(frame)
    assert list(result.flows.columns) == ["from_org", "to_org", "moves", "people"]
    assert list(result.orgs.columns) == ["org", "joins", "leaves", "net"]
    assert not result.flows.isna().any().any() and not result.orgs.isna().any().any()
    by_pair = result.flows.set_index(["from_org", "to_org"])["moves"]
    assert by_pair[("百度", "腾讯")] == 1
    net = result.orgs.set_index("org")["net"]
    assert (net["腾讯"], net["百度"], net["阿里巴巴"]) == (1, -1, 1)
    assert str(result.orgs["net"].dtype) == "Int64"


def test_cli_aggregate_writes_flows_csv_stacked_as_before(nlp, articles: Path, tmp_path) -> None:
    from talentflow.batch import run_batch
    from talentflow.cli.main import app

    records = tmp_path / "moves.csv"
    run_batch([articles], workers=1, output=records)
    out = tmp_path / "agg"
    ran = CliRunner().invoke(app, ["aggregate", str(records), "-o", str(out)])
    assert ran.exit_code == 0, ran.output
    flows = read_table(out / "flows.csv")
    assert list(flows.columns) == ["kind", "from_org", "to_org", "org", "moves", "people", "joins", "leaves", "net"]
    assert list(flows["kind"]) == ["flow", "org", "org", "org"]
    assert flows.iloc[0][["from_org", "to_org", "org", "moves", "joins"]].tolist() == ["百度", "腾讯", "", "1", ""]
    text = "".join(path.read_text(encoding="utf-8-sig") for path in out.glob("*.csv"))
    assert "<NA>" not in text and "nan" not in text


# ---------------------------------------------------------------- 3. scores as a frame


def test_eval_report_to_frame_is_tidy() -> None:
    report = EvalReport(
        overall=FactScore(tp=3, fp=1, fn=1),
        by_kind={"join": FactScore(tp=2, fp=1), "leave": FactScore(tp=1, fn=1)},
        by_doc={"d1": FactScore(tp=3), "d2": FactScore(fp=1, fn=1)},
    )
    scores = report.to_frame()
    assert list(scores.columns) == ["scope", "name", "tp", "fp", "fn", "precision", "recall", "f1"]
    assert list(zip(scores["scope"], scores["name"])) == [
        ("overall", "overall"), ("kind", "join"), ("kind", "leave"), ("doc", "d1"), ("doc", "d2"),
    ]
    assert str(scores["tp"].dtype) == "Int64" and str(scores["f1"].dtype) == "Float64"
    overall = scores.iloc[0]
    assert overall["precision"] == pytest.approx(0.75) and overall["f1"] == pytest.approx(0.75)
    assert scores.query("scope == 'doc'").set_index("name")["f1"].to_dict() == {"d1": 1.0, "d2": 0.0}
    # The kinds' counts add up to the overall row.
    assert scores.query("scope == 'kind'")[["tp", "fp", "fn"]].sum().tolist() == [3, 1, 1]


# ---------------------------------------------------------------- 4. workers as on the command line


def test_extract_paths_defaults_to_the_clis_worker_count(monkeypatch, tmp_path) -> None:
    import talentflow.batch as batch
    import talentflow.batch.run as run
    from talentflow.batch.run import BatchResult
    from talentflow.cli.main import app
    from talentflow.batch.export import rows_frame

    seen: list[int] = []

    def fake_run_batch(paths, **options):
        seen.append(options["workers"])
        return BatchResult(frame=rows_frame([]), processed=0, failed=0, skipped=[], failures=[])

    monkeypatch.setattr("os.cpu_count", lambda: 7)
    monkeypatch.setattr(run, "run_batch", fake_run_batch)
    monkeypatch.setattr(batch, "run_batch", fake_run_batch)
    (tmp_path / "a.txt").write_text("无关的文字。", encoding="utf-8")
    talentflow.extract_paths([tmp_path])
    CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "out.csv")])
    assert seen == [7, 7]


# ---------------------------------------------------------------- 5. published


@pytest.mark.parametrize("published", ["05/01/2025", "2025-13-01", "yesterday"])
def test_a_bad_published_value_is_named_with_the_expected_form(nlp, published: str) -> None:
    with pytest.raises(ValueError, match=r"YYYY-MM-DD") as raised:
        talentflow.extract_text("2025年3月，宋知行加入腾讯。", published=published, nlp=nlp)
    assert repr(published) in str(raised.value)
    assert "Invalid isoformat" not in str(raised.value)


def test_good_published_values_still_work(nlp) -> None:
    for published in ("2025-05-01", "2025-05-01T08:00:00", "", None):
        talentflow.extract_text("2025年3月，宋知行加入腾讯。", published=published, nlp=nlp)


# ---------------------------------------------------------------- 6. the package


def test_package_says_its_version_and_api() -> None:
    tomllib = pytest.importorskip("tomllib")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert talentflow.__version__ == declared["project"]["version"] or talentflow.__version__[0].isdigit()
    listed = dir(talentflow)
    for name in talentflow.__all__ + ["__version__"]:
        assert name in listed
        assert getattr(talentflow, name) is not None
    for name in talentflow.__all__:
        assert callable(getattr(talentflow, name))
    assert [name for name in listed if not name.startswith("_")] == sorted(talentflow.__all__)


def test_py_typed_markers_ship_with_both_packages() -> None:
    tomllib = pytest.importorskip("tomllib")
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    for folder, package in (("pipeline", "talentflow"), ("models", "talentflow.models")):
        assert (ROOT / folder / "py.typed").is_file()
        assert "py.typed" in package_data[package]


def test_scores_frame_of_a_real_evaluation_round_trips_json(frame: pd.DataFrame) -> None:
    gold = [GoldRecord(doc="a2", person="韩青禾", to_org="阿里巴巴")]
    scores = talentflow.evaluate(frame, gold, only_gold_docs=True).to_frame()
    assert scores.iloc[0]["tp"] == 1
    assert json.loads(scores.to_json(orient="records"))[0]["name"] == "overall"
