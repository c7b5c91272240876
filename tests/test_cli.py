"""Tests for the `talentflow extract` command (typer's CliRunner, in process)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export import read_csv

ARTICLE = "张伟于2024年3月加入腾讯。"


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "news"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "b 新闻.txt").write_text("李雷于2023年1月加入百度。", encoding="utf-8")
    return root


def extract(*args: str):
    return CliRunner().invoke(app, ["extract", *args])


def test_extract_writes_the_csv_and_exits_0(nlp, folder, tmp_path):
    out = tmp_path / "out.csv"
    result = extract(str(folder), "-o", str(out), "--workers", "1")
    assert result.exit_code == 0, result.output
    frame = read_csv(out)
    assert "腾讯" in set(frame.loc[frame["doc"] == "a", "to_org"])
    assert not (tmp_path / "out.errors.csv").exists()
    assert "2 processed" in result.stderr


def test_one_bad_file_exits_1_and_is_listed_while_the_rest_is_written(nlp, folder, tmp_path):
    (folder / "bad.txt").write_bytes(b"\x00binary\x00" * 50)
    out = tmp_path / "out.csv"
    result = extract(str(folder), "-o", str(out), "--workers", "1")
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr
    errors = read_csv(tmp_path / "out.errors.csv")
    assert list(errors.columns) == ["path", "doc", "stage", "error", "message"]
    assert list(errors["doc"]) == ["bad"]
    assert list(errors["stage"]) == ["decode"]
    assert "a" in set(read_csv(out)["doc"])


def test_a_later_clean_run_removes_the_old_errors_file(nlp, folder, tmp_path):
    out = tmp_path / "out.csv"
    (tmp_path / "out.errors.csv").write_text("path,doc,stage,error,message\n", encoding="utf-8")
    assert extract(str(folder), "-o", str(out), "--workers", "1").exit_code == 0
    assert not (tmp_path / "out.errors.csv").exists()


def test_missing_path_is_a_usage_error(tmp_path):
    result = extract(str(tmp_path / "missing"), "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == 2
    assert "missing" in result.stderr
    assert not (tmp_path / "out.csv").exists()


def test_missing_meta_is_a_usage_error(folder, tmp_path):
    result = extract(str(folder), "-o", str(tmp_path / "out.csv"), "--meta", str(tmp_path / "meta.jsonl"))
    assert result.exit_code == 2


def test_meta_file_is_accepted(nlp, folder, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc,published\na,2024-08-26\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert extract(str(folder), "-o", str(out), "--meta", str(meta), "--workers", "1").exit_code == 0
    assert "腾讯" in set(read_csv(out)["to_org"])


def test_quiet_prints_no_summary(nlp, folder, tmp_path):
    result = extract(str(folder), "-o", str(tmp_path / "out.csv"), "--workers", "1", "--quiet")
    assert result.exit_code == 0
    assert result.stderr == ""
