"""The fault suite of issue 18: one test per way a real folder broke the batch's promises.

Each test is named after the break it guards against; each failed on the code
before the fix. Inputs are small invented articles written by the test.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from talentflow.cli.main import app
from talentflow.batch.export import read_csv

ARTICLE = "张伟于2024年3月加入腾讯。"


def run(*args: str):
    return CliRunner().invoke(app, [str(arg) for arg in args])


def one_line_error(result, code: int) -> str:
    """The command failed with `code` and said why on one line, without a traceback."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def content(path) -> bytes:
    with open(path, "rb") as handle:  # not Path.read_bytes: `no_reading` watches that
        return handle.read()


@pytest.fixture
def news(tmp_path):
    root = tmp_path / "news"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "b.txt").write_text("李雷于2023年1月加入百度。", encoding="utf-8")
    return root


@pytest.fixture
def no_reading(news, monkeypatch):
    """Fails the test if any article under `news` is read: the output checks must come first."""
    import pathlib

    reads = []
    real_open, real_read_bytes = pathlib.Path.open, pathlib.Path.read_bytes

    def noted(path):
        if str(path).startswith(str(news)) and path.suffix == ".txt":
            reads.append(path)

    def opening(self, *args, **kwargs):
        noted(self)
        return real_open(self, *args, **kwargs)

    def read_bytes(self):
        noted(self)
        return real_read_bytes(self)

    monkeypatch.setattr(pathlib.Path, "open", opening)
    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    yield
    assert reads == [], "inputs were read before the outputs were checked"


# ---------------------------------------------------------------- 1. never write over an input


def test_extract_output_naming_an_input_file_is_refused(news, no_reading):
    article = news / "a.txt"
    before = content(article)
    message = one_line_error(run("extract", article, news / "b.txt", "-o", article, "--workers", "1"), 2)
    assert "a.txt" in message and "input" in message
    assert content(article) == before


def test_extract_output_naming_an_input_inside_a_folder_read_is_refused(news, no_reading):
    article = news / "a.txt"
    before = content(article)
    message = one_line_error(run("extract", news, "-o", article, "--workers", "1"), 2)
    assert "input" in message
    assert content(article) == before


def test_extract_output_that_is_a_symlink_is_refused_and_left_alone(news, tmp_path, no_reading):
    target = tmp_path / "real.csv"
    target.write_text("kept", encoding="utf-8")
    link = tmp_path / "out.csv"
    link.symlink_to(target)
    message = one_line_error(run("extract", news, "-o", link, "--workers", "1"), 2)
    assert "symbolic link" in message
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "kept"


def test_extract_output_naming_an_existing_folder_is_refused_before_reading(news, tmp_path, no_reading):
    (tmp_path / "out.csv").mkdir()
    message = one_line_error(run("extract", news, "-o", tmp_path / "out.csv", "--workers", "1"), 2)
    assert "folder" in message


def test_extract_output_with_a_too_long_name_is_refused_before_reading(news, tmp_path, no_reading):
    out = tmp_path / ("长" * 76 + ".csv")  # 232 bytes: the temp name beside it would pass 255
    message = one_line_error(run("extract", news, "-o", out, "--workers", "1"), 2)
    assert "too long" in message


def test_aggregate_output_folder_holding_its_own_input_is_refused(nlp, news, tmp_path):
    records = tmp_path / "moves.csv"
    assert run("extract", news, "-o", records, "--workers", "1").exit_code == 0
    before = records.read_bytes()
    message = one_line_error(run("aggregate", records, "-o", tmp_path), 2)
    assert "moves.csv" in message and "input" in message
    assert records.read_bytes() == before


def test_report_output_naming_an_input_article_is_refused(news):
    page = news / "page.html"
    page.write_text("<html><body><p>" + ARTICLE + "</p></body></html>", encoding="utf-8")
    before = page.read_bytes()
    one_line_error(run("report", news, "-o", page, "--workers", "1"), 2)
    assert page.read_bytes() == before


def test_output_inside_the_folder_read_is_never_read_back_as_input(nlp, news, monkeypatch):
    # `cd news && talentflow extract . -o moves.csv`, twice: the second run must
    # not read the first one's manifest (or anything else it wrote) as news.
    monkeypatch.chdir(news)
    (news / "broken.txt").write_bytes(b"\x00\x01")  # a failure, so an errors CSV is written too
    first = run("extract", ".", "-o", "moves.csv", "--workers", "1")
    assert first.exit_code == 1
    assert (news / "moves.manifest.jsonl").exists() and (news / "moves.errors.csv").exists()
    second = run("extract", ".", "-o", "moves.csv", "--workers", "1")
    assert second.exit_code == 1
    assert second.stderr.count("failed: ") == 1, second.stderr  # broken.txt only
    assert "2 processed" in second.stderr
    # And a manifest of another output name is recognised as ours, not read as articles.
    os.replace(news / "moves.manifest.jsonl", news / "old.manifest.jsonl")
    third = run("extract", ".", "-o", "moves.csv", "--workers", "1", "--verbose")
    assert "old.manifest.jsonl: a talentflow manifest" in third.stderr
    assert third.stderr.count("failed: ") == 1


def test_outputs_respect_the_umask_not_always_0600(nlp, news, tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "out.csv"
        assert run("extract", news, "-o", out, "--workers", "1").exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert stat.S_IMODE(out.with_name("out.manifest.jsonl").stat().st_mode) == 0o644


def test_live_temp_files_of_a_run_in_another_pid_namespace_are_not_deleted(tmp_path):
    from talentflow.batch.export import HOST_KEY, STALE_AFTER_SECONDS, remove_stale_temps

    # Another container on a shared folder: its pid 1 means nothing here, and
    # its host key differs. Fresh, its temps are left; untouched for long, they go.
    target = tmp_path / "out.csv"
    other_key = "0" * 8 if HOST_KEY != "0" * 8 else "1" * 8
    live = tmp_path / f".out.csv.1.{other_key}.tmp123"
    live.write_text("x", encoding="utf-8")
    abandoned = tmp_path / f".out.csv.2.{other_key}.tmp456"
    abandoned.write_text("x", encoding="utf-8")
    long_ago = time.time() - STALE_AFTER_SECONDS - 60
    os.utime(abandoned, (long_ago, long_ago))
    removed = remove_stale_temps(target)
    assert removed == [abandoned]
    assert live.exists()


def test_output_folder_without_write_permission_is_an_environment_error(news, tmp_path, monkeypatch, no_reading):
    # Simulated (the suite runs as root, for whom chmod 000 stops nothing).
    real_access = os.access
    locked = tmp_path / "locked"
    locked.mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if str(path) == str(locked) else real_access(path, mode, **kw))
    message = one_line_error(run("extract", news, "-o", locked / "out.csv", "--workers", "1"), 1)
    assert "permission" in message and "locked" in message


# ---------------------------------------------------------------- 2. file names that are not UTF-8

# `新闻稿` in GBK, as unzipping a Chinese Windows archive names a file.
GBK_NAME = "新闻稿".encode("gbk")
ESCAPED = "\\xd0\\xc2\\xce\\xc5\\xb8\\xe5"


@pytest.fixture
def gbk_named(news):
    folder = os.fsencode(news)
    with open(os.path.join(folder, GBK_NAME + b".txt"), "wb") as handle:
        handle.write("王芳于2022年5月加入阿里巴巴。".encode("utf-8"))
    os.mkdir(os.path.join(folder, GBK_NAME))
    with open(os.path.join(folder, GBK_NAME, b"bad.txt"), "wb") as handle:
        handle.write(b"\x00\x01\x02")  # fails: its message names a GBK folder
    return news


def test_non_utf8_file_name_is_escaped_in_doc_ids_csv_and_messages(nlp, gbk_named, tmp_path):
    out = tmp_path / "out.csv"
    result = run("extract", gbk_named, "-o", out, "--workers", "1")
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    frame = read_csv(out)
    assert ESCAPED in set(frame["doc"])
    assert "阿里巴巴" in set(frame.loc[frame["doc"] == ESCAPED, "to_org"])
    errors = read_csv(tmp_path / "out.errors.csv")
    assert list(errors["doc"]) == [f"{ESCAPED}/bad"]
    assert f"{ESCAPED}/bad.txt" in result.stderr
    # The same escape on every run: --resume finds the file in the manifest.
    again = run("extract", gbk_named, "-o", out, "--workers", "1", "--resume")
    assert "from the manifest" in again.stderr and again.exit_code == 1
    assert read_csv(out).equals(frame)


def test_non_utf8_file_name_does_not_crash_report(nlp, gbk_named, tmp_path):
    page = tmp_path / "report.html"
    result = run("report", gbk_named, "-o", page, "--workers", "1")
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert ESCAPED in page.read_text(encoding="utf-8")


# ---------------------------------------------------------------- 3. discovery accounts for everything


@pytest.fixture
def odd_folder(news, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "c.txt").write_text("赵敏于2021年加入华为。", encoding="utf-8")
    (news / "linked").symlink_to(elsewhere, target_is_directory=True)  # read through the link
    (news / "loop").symlink_to(news, target_is_directory=True)  # back into itself
    (news / "locked").mkdir()
    (news / "locked" / "d.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(news / "pipe.txt")
    (news / "null.txt").symlink_to("/dev/null")
    (news / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    return news


@pytest.fixture
def locked_folder(monkeypatch):
    """`news/locked` cannot be listed (simulated: the suite runs as root)."""
    real = os.scandir

    def scandir(path="."):
        if isinstance(path, (str, os.PathLike)) and os.fspath(path).endswith("/locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_symlinks_fifos_devices_and_unlistable_folders_each_end_with_a_reason(odd_folder, locked_folder):
    from talentflow.batch import discover

    tasks, skipped = discover([odd_folder])
    reasons = {os.path.relpath(path, odd_folder): reason for path, reason in skipped}
    assert [task.doc for task in tasks if not task.problem] == ["a", "b", "linked/c"]
    [locked] = [task for task in tasks if task.problem]
    assert (locked.doc, locked.problem) == ("locked/", "cannot list folder: Permission denied")
    assert reasons["loop"].startswith("link to a folder already read")
    assert reasons["pipe.txt"] == "not a regular file (FIFO)"
    assert reasons["null.txt"] == "not a regular file (character device)"
    assert reasons["gone.txt"].startswith("broken symbolic link")
    assert len(reasons) == 4


def test_unlistable_folder_fails_and_cli_shows_skip_reasons_and_writes_skipped_csv(nlp, odd_folder, locked_folder, tmp_path):
    out = tmp_path / "out.csv"
    result = run("extract", odd_folder, "-o", out, "--workers", "1")
    assert result.exit_code == 1, result.output
    assert "locked" in result.stderr and "cannot list folder" in result.stderr
    summary = result.stderr.strip().splitlines()
    assert summary[-1].startswith("3 processed, 4 skipped, 1 failed")
    assert any(line.startswith("skipped: ") and "2 not a regular file" in line for line in summary)
    listed = read_csv(tmp_path / "out.skipped.csv")
    assert list(listed.columns) == ["path", "reason"] and len(listed) == 4
    verbose = run("extract", odd_folder, "-o", out, "--workers", "1", "--verbose")
    assert f"skipped: {odd_folder / 'pipe.txt'}: not a regular file (FIFO)" in verbose.stderr


# ---------------------------------------------------------------- 4. Chinese-aware decoding

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"


def corpus_texts() -> list[str]:
    """Every corpus article (our own text), and every sentence of each, alone."""
    from talentflow.text.sentences import split_sentences

    texts = []
    for path in sorted(CORPUS.glob("*.txt")):
        article = path.read_text(encoding="utf-8")
        texts.append(article)
        texts += [article[s.start : s.end] for s in split_sentences(article) if article[s.start : s.end].strip()]
    return texts


@pytest.mark.parametrize("encoding", ["gbk", "big5"])
def test_gbk_and_big5_articles_and_single_sentences_decode_identically_never_as_mojibake(encoding):
    import opencc

    from talentflow.batch.decoding import decode
    from talentflow.batch.errors import InputError

    # Big5 holds traditional characters: the text is converted first (Taiwan forms: 為, not 爲).
    convert = opencc.OpenCC("s2tw.json").convert if encoding == "big5" else str
    same, failed, wrong, unencodable = 0, 0, [], 0
    for text in map(convert, corpus_texts()):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            unencodable += 1  # a character the encoding lacks (`á`): no such file can exist
            continue
        try:
            decoded = decode(data, "x.txt")
        except InputError as err:
            assert err.stage == "decode" and err.reason
            failed += 1
            continue
        if decoded == text:
            same += 1
        else:
            wrong.append((text, decoded))
    total = same + failed + len(wrong)
    assert total > 1000 and unencodable < total * 0.05
    assert wrong == []  # never processed as mojibake
    assert same / total >= 0.995


def test_one_sentence_gbk_news_items_are_not_read_as_korean():
    from talentflow.batch.decoding import decode

    # Invented one-liners of the kind charset detection took for cp949.
    for text in ("林峰加盟小米任副总裁", "周扬离职字节跳动", "原百度高管陈默出任蔚来首席财务官", "孙悦加入华为"):
        assert decode(text.encode("gbk"), "x.txt") == text
        assert decode(text.encode("gb18030"), "x.txt") == text


def test_utf32_with_bom_is_not_read_as_utf16():
    from talentflow.batch.decoding import decode

    for encoding in ("utf-32", "utf-32-be", "utf-32-le"):
        data = ("\ufeff" if encoding != "utf-32" else "") + ARTICLE
        assert decode(data.encode(encoding), "x.txt") == ARTICLE


def test_gbk_text_with_a_form_feed_is_read():
    from talentflow.batch.decoding import decode

    text = "第一页：" + ARTICLE + "\f第二页：李雷于2023年1月加入百度。"
    assert decode(text.encode("gbk"), "x.txt") == text


def test_bytes_no_encoding_reads_as_text_fail_with_a_reason_not_mojibake():
    import random

    from talentflow.batch.decoding import decode
    from talentflow.batch.errors import InputError

    noise = random.Random(18)
    for _ in range(50):
        data = bytes(noise.randrange(0x80, 0x100) for _ in range(noise.randrange(4, 400)))
        with pytest.raises(InputError, match="no reading looks like Chinese"):
            decode(data, "x.txt")


# ---------------------------------------------------------------- 5. JSONL line by line


def jsonl_items(tmp_path, lines: list[str]):
    from talentflow.batch.articles import read_articles

    path = tmp_path / "feed.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8") + b"\n")
    return list(read_articles(path, "feed", {}))


def good(number: int) -> str:
    return json.dumps({"id": f"n{number}", "text": f"记者{number}报道：" + ARTICLE}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"id": "big", "count": ' + "7" * 5000 + ', "text": "x"}', "number too long"),
        ('{"id": "\\ud800", "text": "张伟加入腾讯。"}', "lone surrogate"),
    ],
    ids=["nesting_100k_deep", "integer_5000_digits", "lone_surrogate_in_id"],
)
def test_one_bad_jsonl_line_fails_alone_and_the_lines_after_it_are_read(tmp_path, bad, reason):
    from talentflow.models import Article

    items = jsonl_items(tmp_path, [good(1), bad, good(3)])
    assert [item.doc for item in items if isinstance(item, Article)] == ["n1", "n3"]
    [error] = [item for item in items if not isinstance(item, Article)]
    assert error.reason.startswith("line 2: ") and reason in error.reason


def test_jsonl_line_holding_u2028_or_u0085_is_one_line_with_right_line_numbers(tmp_path):
    from talentflow.models import Article

    raw = json.dumps({"id": "sep", "text": "张伟\u2028加入腾讯\u0085。\f"}, ensure_ascii=False)
    items = jsonl_items(tmp_path, [raw, "{broken", good(3)])
    assert [(item.doc, item.text) for item in items if isinstance(item, Article)] == [
        ("sep", "张伟\u2028加入腾讯\u0085。\f"),
        ("n3", json.loads(good(3))["text"]),
    ]
    [error] = [item for item in items if not isinstance(item, Article)]
    assert error.reason.startswith("line 2: invalid JSON")


def test_repeated_jsonl_ids_are_not_merged_under_one_doc(tmp_path):
    from talentflow.models import Article

    again = json.dumps({"id": "n1", "text": "李雷于2023年1月加入百度。"}, ensure_ascii=False)
    items = jsonl_items(tmp_path, [good(1), again])
    assert [item.doc for item in items if isinstance(item, Article)] == ["n1"]
    [error] = [item for item in items if not isinstance(item, Article)]
    assert "line 2: id 'n1' is already used on line 1" in error.reason


def test_meta_title_with_u2028_works_in_jsonl_and_csv(tmp_path):
    from talentflow.batch.meta import load_meta

    jsonl = tmp_path / "meta.jsonl"
    jsonl.write_text(json.dumps({"doc": "a", "published": "2024-03-01", "title": "上\u2028下"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert load_meta(jsonl)["a"]["title"] == "上\u2028下"
    table = tmp_path / "meta.csv"
    table.write_text("doc,published,title\na,2024-03-01,上\u2028下\n", encoding="utf-8")
    assert load_meta(table)["a"]["title"] == "上\u2028下"


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("meta.jsonl", '{"doc": "a", "published": "2024-13-45"}\n', "line 1: published '2024-13-45' is not a date"),
        ("meta.jsonl", '{"doc": "a"}\n{"doc": "a", "published": "2024-01-01"}\n', "line 2: doc 'a' is already on line 1"),
        ("meta.csv", "doc,published\na,2024-01-01,extra\n", "line 2: 3 fields, the header has 2"),
        ("meta.jsonl", "[" * 100_000 + "]" * 100_000 + "\n", "line 1: JSON nested too deeply"),
    ],
    ids=["bad_date", "duplicate_doc", "ragged_csv", "deep_nesting"],
)
def test_bad_meta_dates_duplicate_docs_and_ragged_rows_are_a_one_line_usage_error(news, tmp_path, name, content, said):
    meta = tmp_path / name
    meta.write_text(content, encoding="utf-8")
    message = one_line_error(run("extract", news, "-o", tmp_path / "out.csv", "--meta", meta, "--workers", "1"), 2)
    assert said in message


# ---------------------------------------------------------------- 6. dead workers, orphaned workers


def die_on_poison(task, **options):
    """The per-file function, except that a file named poison kills its worker as the OOM killer would."""
    from talentflow.batch import process_file

    if "poison" in task.path:
        os.kill(os.getpid(), signal.SIGKILL)
    return process_file(task, **options)


def test_a_pool_broken_between_wait_and_submit_loses_no_file():
    """A worker can die after `wait` returned another file's result and before the next
    submit: the submit itself raises. The unsubmitted file goes back to the queue and the
    held one becomes a suspect (a race seen under load in CI, made certain here)."""
    from collections import deque
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from talentflow.batch.pool import _run

    class DyingPool:
        calls = 0

        def submit(self, job, task):
            self.calls += 1
            if self.calls > 2:
                raise BrokenProcessPool("a child process terminated abruptly")
            future = Future()
            if self.calls == 1:
                future.set_result(("read", task))
            return future  # the second stays with the worker that dies

    todo, suspects = deque(["a.txt", "b.txt", "c.txt", "d.txt"]), deque()
    assert list(_run(DyingPool(), todo, suspects, None, 1)) == [("read", "a.txt")]
    assert list(suspects) == ["b.txt"]
    assert list(todo) == ["c.txt", "d.txt"]


def test_one_dead_worker_fails_only_the_file_it_held_and_the_pool_is_rebuilt(nlp, tmp_path):
    from talentflow.batch import Task, discover
    from talentflow.batch.pool import WORKER_DIED, process_pool

    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(8):
        (folder / f"a{number}.txt").write_text(f"记者{number}报道：" + ARTICLE, encoding="utf-8")
    (folder / "a3-poison.txt").write_text(ARTICLE, encoding="utf-8")
    tasks, _ = discover([folder])
    results = list(process_pool(tasks, {}, 2, 20_000, work=die_on_poison))
    assert sorted(result.task.doc for result in results) == sorted(task.doc for task in tasks)
    failed = {result.task.doc: result.failures for result in results if result.failures}
    assert list(failed) == ["a3-poison"]
    assert [(f.stage, f.error) for f in failed["a3-poison"]] == [("worker", WORKER_DIED)]
    assert all(result.records for result in results if result.task.doc != "a3-poison")


def test_repeated_identical_errors_are_summarised_not_printed_each(news, tmp_path):
    for number in range(10):
        (news / f"bin{number}.txt").write_bytes(b"\x00\x01\x02")
    result = run("extract", news, "-o", tmp_path / "out.csv", "--workers", "1")
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 4 and "7 more with decode: binary file" in failed[-1]
    assert len(read_csv(tmp_path / "out.errors.csv")) == 10


ORPHAN_SCRIPT = """
import sys
from talentflow.batch import run_batch
run_batch([sys.argv[1]], workers=2)
"""


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["sigkill", "sigterm"])
def test_killing_the_main_process_leaves_no_orphan_workers(tmp_path, how):
    import subprocess
    import sys

    folder = tmp_path / "slow"
    folder.mkdir()
    # Enough work (tens of seconds) that the run is still going when it is killed, however slow the machine.
    for number in range(200):
        (folder / f"a{number:03d}.txt").write_text(f"记者{number}报道：" + ARTICLE * 300, encoding="utf-8")
    main = subprocess.Popen([sys.executable, "-c", ORPHAN_SCRIPT, str(folder)])
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2:  # two pool workers (the resource tracker is a child too)
        assert main.poll() is None and time.monotonic() < deadline
        time.sleep(0.1)
        workers = {pid for pid in children_of(main.pid) if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace")}
    family = children_of(main.pid)
    assert main.poll() is None, "the run ended before it could be killed"
    main.send_signal(how)
    main.wait(timeout=30)
    deadline = time.monotonic() + 15
    while any(map(alive, family)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in family if alive(pid)]


# ---------------------------------------------------------------- 7. one line, the right exit code


def disk_full(monkeypatch, suffix: str) -> None:
    """Writing a file whose name ends with `suffix` fails as on a full disk (simulated)."""
    import errno
    import pathlib

    from talentflow.batch import export

    real_open, real_replace = pathlib.Path.open, os.replace

    class Full:
        def __init__(self, handle):
            self._handle = handle

        def write(self, _text):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self._handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

    def opening(self, mode="r", *args, **kwargs):
        handle = real_open(self, mode, *args, **kwargs)
        return Full(handle) if str(self).endswith(suffix) and mode.startswith("a") else handle

    def replacing(source, target, *args, **kwargs):
        if str(target).endswith(suffix):
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", opening)
    monkeypatch.setattr(export.os, "replace", replacing)


@pytest.mark.parametrize("which", ["out.manifest.jsonl", "out.errors.csv", "out.csv"])
def test_disk_full_on_the_manifest_errors_or_csv_is_one_line_naming_it_exit_1(nlp, news, tmp_path, monkeypatch, which):
    (news / "bad.txt").write_bytes(b"\x00\x01")  # so there is an errors CSV to write
    disk_full(monkeypatch, which)
    message = one_line_error(run("extract", news, "-o", tmp_path / "out.csv", "--workers", "1"), 1)
    assert which in message and "No space left on device" in message


def test_disk_full_on_aggregate_output_is_one_line_exit_1(nlp, news, tmp_path, monkeypatch):
    records = tmp_path / "records.csv"
    assert run("extract", news, "-o", records, "--workers", "1").exit_code == 0
    disk_full(monkeypatch, "people.csv")
    message = one_line_error(run("aggregate", records, "-o", tmp_path / "agg"), 1)
    assert "people.csv" in message and "No space left on device" in message


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "empty file"),
        ("doc,person,to_org\n张三,a,腾讯\n".encode("gbk"), "not UTF-8"),
        (b"doc,person,to_org\na,b,c,d,e\n", "malformed CSV"),
        (b"doc;person;to_org\na;b;c\n", "separated by ';'"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "binary data"),
    ],
    ids=["empty", "gbk", "ragged", "semicolon", "pdf"],
)
def test_aggregate_given_a_csv_it_cannot_read_is_one_line_exit_2(tmp_path, content, said):
    records = tmp_path / "records.csv"
    records.write_bytes(content)
    message = one_line_error(run("aggregate", records, "-o", tmp_path / "agg"), 2)
    assert said in message and "records.csv" in message


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("doc,person,to_org\n张三,a,腾讯\n".encode("gbk"), "not UTF-8"),
        (b"doc,person,to_org\na,b,c,d,e\n", "more fields"),
        (b"doc;person;to_org\na;b;c\n", "person"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "PDF"),
    ],
    ids=["gbk", "ragged", "semicolon", "pdf"],
)
def test_evaluate_given_a_csv_it_cannot_read_is_one_line_exit_2(tmp_path, content, said):
    # A zero-byte predictions file is read as no predictions (what a silent
    # extractor leaves: every gold fact a miss), not refused: issue 17's choice.
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a", "person": "张伟", "to_org": "腾讯", "status": "done"}, ensure_ascii=False) + "\n", encoding="utf-8")
    records = tmp_path / "records.csv"
    records.write_bytes(content)
    message = one_line_error(run("evaluate", "--gold", gold, records), 2)
    assert said in message and "records.csv" in message


@pytest.mark.parametrize("command", ["report", "extract"])
def test_report_or_extract_given_a_pdf_or_csv_is_one_line_exit_2(tmp_path, command):
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    message = one_line_error(run(command, pdf, "-o", tmp_path / "out.html", "--workers", "1"), 2)
    assert "paper.pdf: not an article file" in message


def test_a_json_article_whose_extraction_failed_counts_failed_not_processed(news, monkeypatch):
    from talentflow.batch import run_batch

    (news / "one.json").write_text(json.dumps({"text": ARTICLE}, ensure_ascii=False), encoding="utf-8")

    def broken(text, **_options):
        raise RuntimeError("the pipeline broke")

    monkeypatch.setattr("talentflow.api.extract_text", broken)
    result = run_batch([news / "one.json"], workers=1)
    assert (result.processed, result.failed) == (0, 1)


def test_a_cell_starting_with_two_apostrophes_survives_the_csv_round_trip(tmp_path):
    from talentflow.batch.export import read_csv as read, records_frame, write_csv
    from talentflow.models import LocatedMove

    cells = ["''quoted", "'=x", "''", "'", "=1+1", "'plain"]
    records = [
        LocatedMove(doc="d", person=cell, to_org="腾讯", evidence=cell, trigger="加入", start=i, end=i + 1)
        for i, cell in enumerate(cells)
    ]
    back = read(write_csv(records_frame(records), tmp_path / "cells.csv"))
    assert list(back["person"]) == cells and list(back["evidence"]) == cells


# ---------------------------------------------------------------- 8. bounded memory for one huge file


def test_a_huge_files_records_stream_through_a_spool_not_memory(nlp, tmp_path, monkeypatch):
    from talentflow.batch import run_batch, work

    folder = tmp_path / "one"
    folder.mkdir()
    # One article of many paragraphs, cut into pieces of ~60 characters: many records, many pieces
    # (each paragraph a move of its own year: the same move told twice would be one record).
    (folder / "big.txt").write_text("\n".join(f"第{n}段：张伟于{1980 + n}年3月加入腾讯。" for n in range(40)), encoding="utf-8")
    whole = tmp_path / "whole.csv"
    run_batch([folder], output=whole, max_chars=60)
    spooled: list[str] = []
    real_keep = work.FileResult.keep

    def keep(self, found, folder):
        real_keep(self, found, folder)
        if self.spool:
            spooled.append(self.spool)

    monkeypatch.setattr(work, "SPOOL_RECORDS", 3)
    monkeypatch.setattr(work.FileResult, "keep", keep)
    out = tmp_path / "out" / "out.csv"
    manifest = out.with_name("out.manifest.jsonl")
    result = run_batch([folder], output=out, manifest=manifest, max_chars=60)
    assert spooled and result.records == 40
    assert out.read_bytes() == whole.read_bytes()
    assert not any(os.path.exists(path) for path in spooled)
    # The manifest line written in chunks is one valid entry: --resume gives the same table.
    again = run_batch([folder], output=out, manifest=manifest, max_chars=60, resume=True)
    assert again.resumed == 1 and out.read_bytes() == whole.read_bytes()
    assert sorted(path.name for path in out.parent.iterdir()) == ["out.csv", "out.manifest.jsonl"]


def _parts_of(task, parts: int, max_chars: int):
    """The task's file run as `parts` slices in this process, joined back as the pool would join them."""
    from dataclasses import replace

    from talentflow.batch.parts import merge_parts
    from talentflow.batch.work import process_file

    return merge_parts(task, [process_file(replace(task, part=k, parts=parts), {}, max_chars=max_chars) for k in range(parts)])


def _outcome(result):
    return [record.model_dump() for record in result.all_records()], result.failures, result.articles, result.digest


@pytest.mark.parametrize("parts", [2, 3, 7])
def test_one_huge_article_is_shared_among_workers_and_joins_back_to_the_same_records(nlp, tmp_path, parts):
    from talentflow.batch.work import Task, process_file

    path = tmp_path / "big.txt"
    path.write_text("\n".join(f"第{n}段：张伟于{1980 + n}年3月加入腾讯。" for n in range(30)), encoding="utf-8")
    task = Task(str(path), "big")
    whole = process_file(task, {}, max_chars=60)
    shared = _parts_of(task, parts, 60)
    assert len(list(whole.all_records())) == 30
    assert _outcome(shared) == _outcome(whole)
    # Each slice extracted only its own pieces: no part did the whole article.
    from dataclasses import replace

    alone = [len(list(process_file(replace(task, part=k, parts=parts), {}, max_chars=60).all_records())) for k in range(parts)]
    assert sum(alone) == 30 and max(alone) < 30


def test_one_huge_jsonl_is_shared_among_workers_with_its_errors_and_repeated_ids_told_once(nlp, tmp_path):
    from talentflow.batch.work import Task, process_file

    lines = [json.dumps({"id": f"n{n}", "text": f"张伟于{1990 + n}年5月加入百度。"}, ensure_ascii=False) for n in range(12)]
    lines[3] = "{broken"
    lines[10] = json.dumps({"id": "n1", "text": "王芳于2001年加入阿里巴巴。"}, ensure_ascii=False)  # n1 again, in the last slice
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    task = Task(str(path), "feed")
    whole = process_file(task, {}, max_chars=60)
    assert [failure.message.split(":")[0] for failure in whole.failures] == ["line 4", "line 11"]
    for parts in (2, 3, 5):
        assert _outcome(_parts_of(task, parts, 60)) == _outcome(whole)


def test_an_undecodable_huge_file_fails_once_not_once_per_slice(tmp_path):
    from talentflow.batch.work import Task

    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01" * 100)
    result = _parts_of(Task(str(path), "blob"), 3, 60)
    assert result.status == "failed" and len(result.failures) == 1 and result.failures[0].stage == "decode"


def test_a_huge_file_runs_on_every_worker_of_the_pool_and_writes_the_same_csv(nlp, tmp_path, monkeypatch):
    from talentflow.batch import parts, run_batch

    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "big.txt").write_text("\n".join(f"第{n}段：张伟于{1980 + n}年3月加入腾讯。" for n in range(40)), encoding="utf-8")
    (folder / "small.txt").write_text(ARTICLE, encoding="utf-8")
    alone = run_batch([folder], output=tmp_path / "alone.csv", max_chars=60)
    monkeypatch.setattr(parts, "PART_BYTES", 256)  # the test's article is ~1.4 KB: sliced in two
    assert [task.part for task in parts.split_parts(work_tasks(folder), 2)] == [0, 1, 0]
    out = tmp_path / "out" / "two.csv"
    two = run_batch([folder], output=out, manifest=out.with_name("two.manifest.jsonl"), max_chars=60, workers=2)
    assert (two.processed, two.records) == (alone.processed, alone.records) == (2, 41)
    assert out.read_bytes() == (tmp_path / "alone.csv").read_bytes()
    # One manifest entry for the file, not one per slice: --resume takes it whole.
    entries = out.with_name("two.manifest.jsonl").read_text(encoding="utf-8").splitlines()[1:]
    assert sorted(json.loads(line)["doc"] for line in entries) == ["big", "small"]
    again = run_batch([folder], output=out, manifest=out.with_name("two.manifest.jsonl"), max_chars=60, workers=2, resume=True)
    assert again.resumed == 2 and out.read_bytes() == (tmp_path / "alone.csv").read_bytes()


def work_tasks(folder):
    from talentflow.batch import discover

    return discover([folder])[0]


def test_resume_reads_a_huge_manifest_line_in_chunks_never_whole(nlp, tmp_path, monkeypatch):
    from talentflow.batch import jsonstream, run_batch

    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "big.txt").write_text("\n".join(f"第{n}段：张伟于{1980 + n}年3月加入腾讯。" for n in range(40)), encoding="utf-8")
    out = tmp_path / "out" / "out.csv"
    manifest = out.with_name("out.manifest.jsonl")
    first = run_batch([folder], output=out, manifest=manifest, max_chars=60)
    line = manifest.read_bytes().splitlines()[1]
    # Reads of 256 bytes; no element (a record, ~350 bytes) may take more than 1 KB: the line is ~14 KB.
    monkeypatch.setattr(jsonstream, "CHUNK", 256)
    monkeypatch.setattr(jsonstream, "MAX_ELEMENT", 1024)
    assert len(line) > 10 * jsonstream.MAX_ELEMENT
    reads: list[int] = []
    real_more = jsonstream._Line.more

    def more(self):
        real_more(self)
        reads.append(len(self.text) - self.pos)

    monkeypatch.setattr(jsonstream._Line, "more", more)
    again = run_batch([folder], output=out, manifest=manifest, max_chars=60, resume=True)
    assert again.resumed == 1 and again.records == first.records == 40
    assert reads and max(reads) < jsonstream.MAX_ELEMENT + jsonstream.CHUNK


@pytest.mark.parametrize("cut", [1, 40, -10, -1])
def test_resume_after_a_kill_that_cut_the_last_manifest_line_says_so_and_redoes_that_file(news, tmp_path, cut, caplog):
    out = tmp_path / "out.csv"
    assert run("extract", news, "-o", out, "--workers", "1").exit_code == 0
    manifest = out.with_name("out.manifest.jsonl")
    whole, table = manifest.read_bytes(), out.read_bytes()
    last = whole.rindex(b"\n", 0, len(whole) - 1) + 1
    # Killed while writing the last entry: a line cut anywhere, without its end of line.
    manifest.write_bytes(whole[: last + cut] if cut > 0 else whole[:cut])
    again = run("extract", news, "-o", out, "--workers", "1", "--resume")
    assert again.exit_code == 0 and again.exception is None, again.output
    assert "line 3 cut short by a killed run; its file is processed again" in caplog.text + again.stderr
    assert "(1 from the manifest)" in again.stderr
    assert out.read_bytes() == table and manifest.read_bytes() == whole


def test_resume_with_a_garbled_manifest_line_redoes_that_file_with_a_warning(news, tmp_path, caplog):
    from talentflow.batch import run_batch

    out = tmp_path / "out.csv"
    manifest = out.with_name("out.manifest.jsonl")
    run_batch([news], output=out, manifest=manifest)
    header, first, second = manifest.read_bytes().splitlines(keepends=True)
    manifest.write_bytes(header + first[:30] + b"\x00garbage}\n" + second)
    again = run_batch([news], output=out, manifest=manifest, resume=True)
    assert again.resumed == 1 and again.processed == 2
    assert "line 2 unreadable" in caplog.text


def test_the_api_without_output_spools_records_to_disk_and_returns_a_frame_typed_like_read_csv(nlp, tmp_path, monkeypatch):
    from talentflow.batch import run_batch, work

    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "big.txt").write_text("\n".join(f"第{n}段：张伟于{1980 + n}年3月加入腾讯。" for n in range(40)), encoding="utf-8")
    (folder / "small.txt").write_text("李雷于2023年1月离开百度。", encoding="utf-8")  # no to_org: <NA>, not ""
    written = run_batch([folder], output=tmp_path / "out.csv", max_chars=60)
    spooled: list[str] = []
    real_keep = work.FileResult.keep

    def keep(self, found, where):
        real_keep(self, found, where)
        spooled.append(self.spool)

    monkeypatch.setattr(work, "SPOOL_RECORDS", 3)
    monkeypatch.setattr(work.FileResult, "keep", keep)
    result = run_batch([folder], max_chars=60)
    # The records went to disk as they came, not to a list held until the end.
    assert any(spooled) and not any(os.path.exists(path) for path in spooled if path)
    frame = result.frame
    assert len(frame) == written.records == 41
    assert str(frame["to_org"].dtype) == "string" and frame["to_org"].isna().sum() == 1
    assert (str(frame["start"].dtype), str(frame["confidence"].dtype)) == ("Int64", "Float64")
    pd = pytest.importorskip("pandas")
    pd.testing.assert_frame_equal(frame, read_csv(tmp_path / "out.csv"))
