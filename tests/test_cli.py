"""Tests for the `talentflow extract` command (typer's CliRunner, in process)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from talentflow.cli.main import app
from talentflow.batch.export import read_csv

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


def test_an_unwritable_output_is_a_usage_error_named_before_any_work(folder, tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    result = extract(str(folder), "-o", str(tmp_path / "taken" / "out.csv"), "--workers", "1")
    assert result.exit_code == 2
    assert "taken/out.csv: cannot write" in result.stderr


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


def run_extract_subprocess(folder, out, *extra: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "talentflow.cli.main", "extract", str(folder), "-o", str(out), "--workers", "1", *extra]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_resume_after_sigkill_gives_the_same_csv_as_an_uninterrupted_run(nlp, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    # Neutral filler makes each file take a few milliseconds, so the kill lands mid-run.
    filler = "腾讯近年来持续加大在人工智能领域的投入，团队规模不断扩大。" * 5
    for number in range(40):
        (folder / f"a{number:02d}.txt").write_text(ARTICLE + filler, encoding="utf-8")
    whole = tmp_path / "whole" / "out.csv"
    assert extract(str(folder), "-o", str(whole), "--workers", "1").exit_code == 0

    out = tmp_path / "killed" / "out.csv"
    manifest = out.with_name("out.manifest.jsonl")
    killed = run_extract_subprocess(folder, out)
    deadline = time.monotonic() + 120
    while not (manifest.exists() and manifest.read_text(encoding="utf-8").count("\n") >= 4):
        assert killed.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)
    done_before = manifest.read_text(encoding="utf-8").count("\n") - 1
    assert 3 <= done_before < 40
    assert not out.exists()

    # The killed run's temp CSV and sorted runs are still there, under its process id.
    assert any(path.name.startswith(f".out.csv.{killed.pid}.") for path in out.parent.iterdir())

    resumed = run_extract_subprocess(folder, out, "--resume")
    _stdout, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert "from the manifest" in stderr
    assert out.read_bytes() == whole.read_bytes()
    # The next run over the same output cleared them away.
    assert sorted(path.name for path in out.parent.iterdir() if path.name.startswith(".")) == []


def test_progress_bar_shows_files_rate_and_failures_on_a_terminal():
    from io import StringIO

    from rich.console import Console

    from talentflow.batch import Failure, FileResult, Task
    from talentflow.cli.main import ProgressBar

    screen = StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    good = FileResult(Task("a.txt", "a"), articles=1)
    bad = FileResult(Task("b.txt", "b"), failures=[Failure("b.txt", "b", "decode", "InputError", "binary")])
    with ProgressBar(console) as bar:
        bar(good, 3)
        bar(bad, 3)
        bar(good, 3)
    shown = screen.getvalue()
    assert "3/3" in shown
    assert "articles/s" in shown
    assert "1 failed" in shown


def test_no_progress_bar_when_not_a_terminal(nlp, folder, tmp_path):
    result = extract(str(folder), "-o", str(tmp_path / "out.csv"), "--workers", "1")
    assert result.exit_code == 0
    assert "articles/s" not in result.stderr
    assert "\x1b[" not in result.stderr and "\r" not in result.stderr


def test_summary_counts_processed_skipped_failed_and_errors(nlp, folder, tmp_path):
    (folder / "feed.jsonl").write_text('{"id": "f1", "text": "张伟于2024年3月加入腾讯。"}\n{broken\n', encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00" * 8)
    (folder / "notes.docx").write_bytes(b"PK")
    result = extract(str(folder), "-o", str(tmp_path / "out.csv"), "--workers", "1")
    assert result.exit_code == 1
    summary = result.stderr.splitlines()[-1]
    assert summary.startswith("3 processed, 1 skipped, 1 failed; 2 errors")
    assert list(read_csv(tmp_path / "out.errors.csv")["doc"]) == ["bad", "feed"]


def test_scheduler_without_the_dask_engine_is_a_usage_error(folder, tmp_path):
    result = extract(str(folder), "-o", str(tmp_path / "out.csv"), "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2
    assert "--engine dask" in result.stderr


def test_dask_engine_writes_the_same_csv(nlp, folder, tmp_path):
    distributed = pytest.importorskip("distributed")
    local, remote = tmp_path / "local.csv", tmp_path / "remote.csv"
    assert extract(str(folder), "-o", str(local), "--workers", "1").exit_code == 0
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        result = extract(str(folder), "-o", str(remote), "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    assert remote.read_bytes() == local.read_bytes()


# --- CLI conventions (issue 19 item 3) ---------------------------------------------------------


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_version_prints_the_installed_version():
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"talentflow {version('talentflow')}\n"


def test_version_falls_back_to_pyproject_when_not_installed(monkeypatch):
    import importlib.metadata
    import tomllib
    from pathlib import Path

    from talentflow.cli import main as cli

    def not_installed(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    pyproject = tomllib.loads((Path(cli.__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    assert cli.version() == pyproject["project"]["version"]


@pytest.mark.parametrize("command", [[], ["extract"], ["evaluate"], ["aggregate"], ["report"]])
def test_dash_h_is_help_on_every_command(command):
    short, long = run(*command, "-h"), run(*command, "--help")
    assert short.exit_code == long.exit_code == 0
    assert short.stdout == long.stdout
    assert "Usage:" in short.stdout


def _help_line(help_text: str, option: str) -> str:
    return next(line for line in help_text.splitlines() if f"{option} " in line)


@pytest.mark.parametrize(
    ("command", "flag"),
    [("extract", "--resume"), ("extract", "--quiet"), ("evaluate", "--json"), ("evaluate", "--only-gold-docs"), ("report", "--quiet")],
)
def test_boolean_flags_show_no_value_in_help(command, flag):
    text = run(command, "--help").stdout
    line = _help_line(text, flag)
    assert "<bool>" not in line and "bool" not in line.split(flag, 1)[1].split("  ")[0]
    assert "<path>" in _help_line(text, "--gold" if command == "evaluate" else "--output")  # a value-taking option keeps its type


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--no-such-option", "x"],  # click: unknown option
        ["extract", "x"],  # click: missing required -o
        ["extract", "x", "-o", "o.csv", "--workers", "zero"],  # click: bad value
        ["extract", "x", "-o", "o.csv", "--engine", "spark"],  # click: bad choice
        ["no-such-command"],  # click: unknown command
        ["extract", "/no/such/folder", "-o", "o.csv"],  # ours
    ],
)
def test_every_usage_error_is_one_error_line_on_stderr_with_exit_2(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Usage" not in result.stderr and "╭" not in result.stderr


def test_unknown_option_names_the_option():
    assert run("extract", "--bogus").stderr.startswith("error: no such option: --bogus")


def _expected_rows(nlp, folder, tmp_path):
    """The CSV run's records: every other format holds the same table."""
    out = tmp_path / "reference.csv"
    assert extract(str(folder), "-o", str(out), "--workers", "1").exit_code == 0
    return read_csv(out)


def test_jsonl_output_is_one_utf8_json_object_per_record(nlp, folder, tmp_path):
    import json

    reference = _expected_rows(nlp, folder, tmp_path)
    out = tmp_path / "out.jsonl"
    result = extract(str(folder), "-o", str(out), "--workers", "1")
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert "腾讯".encode("utf-8") in data and not data.startswith(b"\xef\xbb\xbf")  # raw UTF-8, no \u escapes
    rows = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert [row["doc"] for row in rows] == list(reference["doc"])
    assert [row["to_org"] for row in rows] == list(reference["to_org"])
    assert all(isinstance(row["start"], int) for row in rows)
    assert list(rows[0]) == list(reference.columns)


@pytest.mark.parametrize(("suffix", "module"), [(".xlsx", "openpyxl"), (".parquet", "pyarrow")])
def test_xlsx_and_parquet_outputs_hold_the_records(nlp, folder, tmp_path, suffix, module):
    import pandas as pd

    pytest.importorskip(module, reason=f"{module} not installed (talentflow[{'excel' if module == 'openpyxl' else 'parquet'}])")
    reference = _expected_rows(nlp, folder, tmp_path)
    out = tmp_path / f"out{suffix}"
    result = extract(str(folder), "-o", str(out), "--workers", "1")
    assert result.exit_code == 0, result.output
    frame = pd.read_excel(out) if suffix == ".xlsx" else pd.read_parquet(out)
    assert list(frame.columns) == list(reference.columns)
    assert list(frame["to_org"]) == list(reference["to_org"])


def test_a_formula_in_an_xlsx_cell_is_kept_as_text(nlp, tmp_path):
    pytest.importorskip("openpyxl", reason="openpyxl not installed (talentflow[excel])")
    import openpyxl
    import pandas as pd

    from talentflow.cli.main import write_table

    write_table(pd.DataFrame({"person": ["=HYPERLINK(1)"], "start": [3]}), tmp_path / "x.xlsx", ".xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert sheet["A2"].value == "'=HYPERLINK(1)" and sheet["A2"].data_type == "s"


@pytest.mark.parametrize(("suffix", "module", "extra"), [(".xlsx", "openpyxl", "excel"), (".parquet", "pyarrow", "parquet")])
def test_a_missing_extra_is_one_line_naming_it_before_any_input_is_read(folder, tmp_path, monkeypatch, suffix, module, extra):
    from talentflow import batch

    monkeypatch.setitem(sys.modules, module, None)  # as if not installed: find_spec gives None

    def never(*args, **kwargs):
        raise AssertionError("inputs read before the output format was checked")

    monkeypatch.setattr(batch, "run_batch", never)
    result = extract(str(folder), "-o", str(tmp_path / f"out{suffix}"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert f"install talentflow[{extra}]" in result.stderr
    assert not (tmp_path / f"out{suffix}").exists()


@pytest.mark.parametrize("name", ["out.txt", "out.json", "out"])
def test_an_unknown_output_extension_is_refused(folder, tmp_path, name):
    result = extract(str(folder), "-o", str(tmp_path / name))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and ".jsonl" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / name).exists()


def test_dash_writes_the_csv_to_stdout_and_the_summary_to_stderr(nlp, folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    reference = tmp_path / "reference.csv"
    assert extract(str(folder), "-o", str(reference), "--workers", "1").exit_code == 0
    result = extract(str(folder), "-o", "-", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == reference.read_bytes()[3:]  # the same CSV, without the BOM
    assert "2 processed" in result.stderr and "→ stdout" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news", "reference.csv", "reference.manifest.jsonl"]


def test_dash_with_resume_is_a_usage_error(folder):
    result = extract(str(folder), "-o", "-", "--resume")
    assert result.exit_code == 2 and result.stderr.startswith("error: --resume")


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["{a}", "{a}"], "duplicate doc id"),
        (["{a}", "--exclude", "a.*"], "matched by --exclude"),
        (["{a}", "--include", "b.*"], "not matched by --include"),
    ],
)
def test_an_explicitly_named_file_that_is_skipped_says_why(nlp, folder, tmp_path, args, reason):
    a = str(folder / "a.txt")
    result = extract(*[arg.format(a=a) for arg in args], "-o", str(tmp_path / "out.csv"), "--workers", "1")
    assert result.exit_code == 0
    assert f"skipped: {a}: {reason}" in result.stderr


def test_a_skipped_file_inside_a_folder_is_only_counted_without_verbose(nlp, folder, tmp_path):
    result = extract(str(folder), "--exclude", "a.*", "-o", str(tmp_path / "out.csv"), "--workers", "1")
    assert "skipped: 1 matched by --exclude" in result.stderr
    assert f"skipped: {folder / 'a.txt'}:" not in result.stderr


def _report(*args: str):
    return CliRunner().invoke(app, ["report", *args, "--workers", "1"])


def test_report_takes_include_and_exclude_like_extract(nlp, folder, tmp_path):
    page = tmp_path / "page.html"
    result = _report(str(folder), "-o", str(page), "--exclude", "b*")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("1 articles")
    html = page.read_text(encoding="utf-8")
    result = _report(str(folder), "-o", str(page), "--include", "b*")
    assert result.exit_code == 0 and result.stderr.startswith("1 articles")
    assert page.read_text(encoding="utf-8") != html
    assert _report(str(folder), "-o", str(page)).stderr.startswith("2 articles")


def test_report_quiet_prints_nothing(nlp, folder, tmp_path):
    result = _report(str(folder), "-o", str(tmp_path / "page.html"), "--quiet")
    assert result.exit_code == 0
    assert result.stderr == "" and (tmp_path / "page.html").exists()


class _RecordingBar:
    """Stands in for ProgressBar: records what the command reports to it."""

    calls: list = []
    labels: list = []

    def __init__(self, console, label="extract"):
        self.labels.append(label)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        pass

    def __call__(self, result, total):
        self.calls.append((result.task.doc, total))


@pytest.mark.parametrize(("quiet", "shown"), [([], True), (["--quiet"], False)])
def test_report_shows_extracts_progress_bar_on_a_terminal(nlp, folder, tmp_path, monkeypatch, quiet, shown):
    from rich.console import Console

    from talentflow.cli import main as cli

    monkeypatch.setattr(Console, "is_terminal", property(lambda self: True))
    monkeypatch.setattr(cli, "ProgressBar", _RecordingBar)
    monkeypatch.setattr(_RecordingBar, "calls", [])
    monkeypatch.setattr(_RecordingBar, "labels", [])
    assert _report(str(folder), "-o", str(tmp_path / "page.html"), *quiet).exit_code == 0
    if shown:
        assert _RecordingBar.labels == ["report"]
        assert sorted(_RecordingBar.calls) == [("a", 2), ("b 新闻", 2)]
    else:
        assert _RecordingBar.calls == [] and _RecordingBar.labels == []
