"""Tests for talentflow.batch: every input accounted for, output independent of workers."""

from __future__ import annotations

import json
import re
import time
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import talentflow

from talentflow.models import LocatedMove
from talentflow.batch import Task, discover, extract_paths, process_file, run_batch, split_text

ARTICLE = "张伟于2024年3月加入腾讯。"


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "news"
    (root / "2024" / "03").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "2024" / "03" / "b.md").write_text("---\npublished: 2024-05-01\n---\n" + ARTICLE, encoding="utf-8")
    (root / "2024" / "c.txt").write_text("李雷于2023年1月加入百度。", encoding="gb18030")
    (root / "feed.jsonl").write_text(json.dumps({"id": "f1", "text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    (root / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (root / ".cache").mkdir()
    (root / ".cache" / "d.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "notes.docx").write_bytes(b"PK\x03\x04")
    (root / "README").write_text("no extension", encoding="utf-8")
    return root


def test_doc_ids_are_relative_paths_without_extension(corpus):
    tasks, _skipped = discover([corpus])
    assert [task.doc for task in tasks] == ["2024/03/b", "2024/c", "a", "feed"]


def test_a_file_given_directly_is_named_by_its_stem(corpus):
    tasks, _skipped = discover([corpus / "2024" / "03" / "b.md"])
    assert [task.doc for task in tasks] == ["b"]


def test_hidden_files_and_unknown_extensions_are_skipped_with_a_reason(corpus):
    _tasks, skipped = discover([corpus])
    reasons = {path.removeprefix(str(corpus) + "/"): reason for path, reason in skipped}
    assert reasons[".hidden.txt"] == "hidden file"
    assert reasons[".cache"] == "hidden folder"  # one skip for the folder, not one per file in it
    assert "unsupported extension" in reasons["notes.docx"]
    assert "unsupported extension" in reasons["README"]
    assert len(skipped) == 4


def test_empty_files_and_duplicate_doc_ids_are_skipped(corpus):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "a.md").write_text(ARTICLE, encoding="utf-8")
    tasks, skipped = discover([corpus])
    reasons = {path.removeprefix(str(corpus) + "/"): reason for path, reason in skipped}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["a.txt"].startswith("duplicate doc id 'a'")
    assert [task.path for task in tasks if task.doc == "a"] == [str(corpus / "a.md")]


def test_include_and_exclude_globs(corpus):
    tasks, skipped = discover([corpus], include=["*.txt", "**/*.md"], exclude=["2024/c.txt"])
    assert [task.doc for task in tasks] == ["2024/03/b", "a"]
    assert ("not matched by --include") in {reason for _path, reason in skipped}
    assert ("matched by --exclude") in {reason for _path, reason in skipped}


def test_missing_path_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope"):
        discover([tmp_path / "nope"])


def test_batch_accounts_for_every_file(nlp, corpus):
    result = run_batch([corpus], workers=1)
    assert result.processed == 4
    assert len(result.skipped) == 4
    assert result.failures == []
    assert {"a", "2024/03/b", "f1"} <= set(result.frame["doc"])
    assert "腾讯" in set(result.frame.loc[result.frame["doc"] == "a", "to_org"])


def test_a_bad_file_costs_no_other_file_its_records(nlp, corpus):
    (corpus / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 100)
    result = run_batch([corpus], workers=1)
    assert [(failure.doc, failure.stage) for failure in result.failures] == [("bad", "decode")]
    assert {"a", "2024/03/b", "f1"} <= set(result.frame["doc"])


def test_html_pages_are_articles(nlp, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>新闻</title><script>var s = '李四于2023年1月加入百度。';</script></head>"
        f"<body><nav><a href='/'>首页</a></nav><article><p>{ARTICLE}</p></article></body></html>",
        encoding="utf-8",
    )
    result = run_batch([tmp_path], workers=1)
    assert result.failures == []
    assert set(result.frame["doc"]) == {"page"}
    assert "腾讯" in set(result.frame["to_org"])
    assert "百度" not in set(result.frame["to_org"])


def test_workers_do_not_change_the_output(nlp, corpus):
    for number in range(6):
        (corpus / f"extra{number}.txt").write_text(f"王{number}明于2022年{number + 1}月加入腾讯。", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x00" * 10)
    one = run_batch([corpus], workers=1)
    two = run_batch([corpus], workers=2)
    assert one.frame.equals(two.frame)
    assert one.failures == two.failures
    assert (one.processed, one.skipped) == (two.processed, two.skipped)


def test_extract_paths_keeps_failures_and_skips_on_the_frame(nlp, corpus):
    (corpus / "bad.json").write_text("{", encoding="utf-8")
    frame = extract_paths([corpus])
    assert [failure["doc"] for failure in frame.attrs["failures"]] == ["bad"]
    assert len(frame.attrs["skipped"]) == 4


def test_manifest_lists_every_finished_file(nlp, corpus, tmp_path):
    (corpus / "bad.txt").write_bytes(b"\x00" * 10)
    manifest = tmp_path / "out.manifest.jsonl"
    run_batch([corpus], manifest=manifest)
    header, *lines = manifest.read_text(encoding="utf-8").splitlines()
    entries = {entry["doc"]: entry for entry in map(json.loads, lines)}
    assert json.loads(header)["manifest"] == 1
    assert sorted(entries) == ["2024/03/b", "2024/c", "a", "bad", "feed"]
    assert entries["bad"]["status"] == "failed"
    assert entries["a"]["status"] == "processed"
    assert len(entries["a"]["hash"]) == 64


def test_resume_reuses_finished_files_and_drops_a_torn_line(nlp, corpus, tmp_path):
    manifest = tmp_path / "out.manifest.jsonl"
    whole = run_batch([corpus], manifest=manifest)
    text = manifest.read_text(encoding="utf-8")
    # A kill while the last entry was being written leaves half a line.
    manifest.write_text(text[: text.rindex("\n", 0, len(text) - 1) + 40], encoding="utf-8")
    resumed = run_batch([corpus], manifest=manifest, resume=True)
    assert resumed.resumed == 3
    assert resumed.frame.equals(whole.frame)
    again = run_batch([corpus], manifest=manifest, resume=True)
    assert again.resumed == 4
    assert again.frame.equals(whole.frame)


def test_resume_reprocesses_changed_files_and_ignores_other_settings(nlp, corpus, tmp_path):
    manifest = tmp_path / "out.manifest.jsonl"
    run_batch([corpus], manifest=manifest)
    (corpus / "a.txt").write_text("李雷于2023年1月加入百度。", encoding="utf-8")
    changed = run_batch([corpus], manifest=manifest, resume=True)
    assert changed.resumed == 3
    assert "百度" in set(changed.frame.loc[changed.frame["doc"] == "a", "to_org"])
    meta = tmp_path / "meta.jsonl"
    meta.write_text('{"doc": "a", "published": "2024-01-01"}\n', encoding="utf-8")
    assert run_batch([corpus], manifest=manifest, resume=True, meta=meta).resumed == 0
    assert run_batch([corpus], manifest=manifest).resumed == 0


@pytest.mark.parametrize(
    ("text", "max_chars", "pieces"),
    [
        ("短文。", 10, ["短文。"]),
        ("", 10, [""]),
        # A paragraph break in the second half of the window wins over a later sentence end.
        ("第一段很长很长。\n第二段。还有。", 12, ["第一段很长很长。\n", "第二段。还有。"]),
        ("甲乙丙丁。戊己庚辛壬癸。子丑", 8, ["甲乙丙丁。", "戊己庚辛壬癸。", "子丑"]),
        # Only the second half of a window is searched, so a piece is never tiny.
        ("甲乙丙丁。戊己庚辛壬癸子丑", 10, ["甲乙丙丁。戊己庚辛壬", "癸子丑"]),
        ("他说：“我离职了。”然后走了很久很久", 12, ["他说：“我离职了。”", "然后走了很久很久"]),
        ("甲乙丙丁戊，己庚辛壬癸子丑", 8, ["甲乙丙丁戊，", "己庚辛壬癸子丑"]),
        # One line without any punctuation: fixed windows.
        ("一二三四五六七八九十", 4, ["一二三四", "五六七八", "九十"]),
    ],
)
def test_split_text_cuts_at_paragraphs_then_sentences_then_windows(text, max_chars, pieces):
    split = list(split_text(text, max_chars=max_chars))
    assert [piece for _offset, piece in split] == pieces
    assert [offset for offset, _piece in split] == [sum(map(len, pieces[:n])) for n in range(len(pieces))]


@given(st.text(alphabet=st.sampled_from("张伟加入腾讯。！？\n，、 ”a1"), max_size=300), st.integers(1, 40))
def test_split_text_covers_the_text_in_bounded_pieces(text, max_chars):
    split = list(split_text(text, max_chars=max_chars))
    assert "".join(piece for _offset, piece in split) == text
    assert all(len(piece) <= max_chars for _offset, piece in split)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in split)


def test_a_huge_one_line_article_is_read_in_bounded_pieces(tmp_path, monkeypatch):
    """~5 MB, one line without punctuation: the pipeline never sees more than max_chars."""
    unit = "张伟加入腾讯" + "团队规模不断扩大" * 500
    path = tmp_path / "huge.txt"
    path.write_text(unit * (5_000_000 // len(unit.encode("utf-8")) + 1), encoding="utf-8")
    size = path.stat().st_size
    seen: list[int] = []

    def fake_extract_text(text, *, doc, published=None):
        # Stands in for the spaCy pipeline (~40k characters/s here): one record per 加入.
        seen.append(len(text))
        return [
            LocatedMove(doc=doc, person="张伟", to_org="腾讯", trigger="加入", start=match.start(), end=match.end())
            for match in re.finditer("加入", text)
        ]

    monkeypatch.setattr("talentflow.api.extract_text", fake_extract_text)
    started = time.perf_counter()
    tracemalloc.start()
    try:
        result = process_file(Task(str(path), "huge"), {}, max_chars=20_000)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    text = path.read_text(encoding="utf-8")
    assert size >= 5_000_000
    assert max(seen) <= 20_000
    assert sum(seen) == len(text)
    assert len(result.records) == text.count("加入")
    assert all(text[record.start : record.end] == "加入" for record in result.records)
    # The file's bytes, UTF-8 decoding's buffer and two copies of the text (~6x the
    # file): linear in the file with a small factor, while a spaCy Doc of the whole
    # text would take hundreds of bytes a token.
    assert peak < 8 * size
    assert time.perf_counter() - started < 30


def test_pieces_of_a_long_article_keep_their_offsets(nlp, tmp_path):
    filler = "腾讯近年来持续加大在人工智能领域的投入，团队规模不断扩大。" * 8
    text = "".join(f"张伟于2024年{month}月加入腾讯。{filler}" for month in range(1, 9))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = process_file(Task(str(path), "long"), {}, max_chars=600)
    assert result.failures == []
    # The last 加入 is in the fourth piece or later.
    assert max(record.start for record in result.records) > 1700
    assert all(text[record.start : record.end] == record.trigger for record in result.records)
    assert {"腾讯"} == {record.to_org for record in result.records}


# Characters the stages react to: names, organizations, trigger verbs, dates,
# pronouns, brackets, quotes and punctuation of both scripts.
_NEWSY = "张王李欧阳伟雷他她其该前现任将已于从至在年月日号初底去今明加入离职跳槽出任担任腾讯百度谷歌Meta研究员总监·・（）()《》“”「」，。！？、：；\n 0123456789"


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.one_of(st.text(max_size=400), st.text(alphabet=_NEWSY, max_size=400)),
    published=st.one_of(st.none(), st.dates()),
)
def test_extract_text_never_raises(nlp, text, published):
    records = talentflow.extract_text(text, doc="any", published=published)
    assert all(0 <= record.start <= record.end <= len(text) for record in records)


def test_dask_engine_gives_the_same_table(nlp, corpus):
    distributed = pytest.importorskip("distributed")
    (corpus / "bad.txt").write_bytes(b"\x00" * 10)
    local = run_batch([corpus], workers=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        remote = run_batch([corpus], engine="dask", scheduler=cluster.scheduler_address)
    assert remote.frame.equals(local.frame)
    assert remote.failures == local.failures
    assert (remote.processed, remote.failed, remote.skipped) == (local.processed, local.failed, local.skipped)


def test_an_unexpected_reader_error_fails_that_file_only(nlp, corpus, monkeypatch):
    from talentflow.batch import work

    real = work.parse_articles

    def flaky(data, path, doc, meta, **options):
        if doc == "a":
            raise RecursionError("maximum recursion depth exceeded in an HTML tree")
        return real(data, path, doc, meta, **options)

    monkeypatch.setattr(work, "parse_articles", flaky)
    result = run_batch([corpus], workers=1)
    assert [(f.doc, f.stage, f.error) for f in result.failures] == [("a", "parse", "RecursionError")]
    assert {"2024/03/b", "f1"} <= set(result.frame["doc"])


def test_a_jsonl_file_holds_back_every_row_until_it_is_taken():
    from talentflow.batch import _Pending

    pending = _Pending([Task("x/a.txt", "a"), Task("x/feed.jsonl", "feed"), Task("x/c.txt", "c")])
    assert pending.low(set()) == ()  # its lines may name any doc
    assert pending.low({0}) == ()
    assert pending.low({0, 1}) == ("c",)
    assert pending.low({0, 1, 2}) is None


def test_files_give_rows_only_of_their_own_doc():
    from talentflow.batch import _Pending

    pending = _Pending([Task("x/b.txt", "b"), Task("x/a-b.txt", "a-b"), Task("x/c.html", "c")])
    assert pending.low(set()) == ("a-b",)
    assert pending.low({1}) == ("b",)
    assert pending.low({0, 1}) == ("c",)


@pytest.fixture
def unordered(tmp_path):
    """Files whose input order is not their docs' order: the CSV sorts by doc across files."""
    first, second = tmp_path / "z", tmp_path / "y"
    (first / "sub").mkdir(parents=True)
    second.mkdir()
    (first / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (first / "a-b.txt").write_text("李雷于2023年1月加入百度。" + ARTICLE, encoding="utf-8")
    (first / "sub" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    lines = [{"id": "zz", "text": ARTICLE}, {"id": "a", "text": "王五于2022年5月加入谷歌。"}, {"id": "m", "text": ARTICLE}]
    (first / "feed.jsonl").write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    (second / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (second / "bad.txt").write_bytes(b"\x00" * 10)
    return [first, second]


@pytest.mark.parametrize(("workers", "spilled"), [(1, True), (2, True), (1, False)])
def test_the_streamed_csv_is_the_frame_written_at_once(nlp, unordered, tmp_path, monkeypatch, workers, spilled):
    from talentflow.batch import sink
    from talentflow.batch.export import write_csv

    whole = run_batch(unordered, workers=workers)
    assert list(whole.frame["doc"]) != sorted(whole.frame["doc"], key=lambda doc: doc.startswith("a-b"))
    if spilled:
        # Runs of two rows merged two at a time: every path of the external sort is taken.
        monkeypatch.setattr(sink, "RUN_ROWS", 2)
        monkeypatch.setattr(sink, "FAN_IN", 2)
    else:
        # Rows written as they settle, a row at a time.
        monkeypatch.setattr(sink, "WRITE_ROWS", 1)
    streamed = run_batch(unordered, workers=workers, output=tmp_path / "out" / "streamed.csv")
    assert streamed.frame is None
    assert (tmp_path / "out" / "streamed.csv").read_bytes() == write_csv(whole.frame, tmp_path / "whole.csv").read_bytes()
    assert (streamed.records, streamed.docs) == (len(whole.frame), whole.frame["doc"].nunique())
    assert (streamed.failures, streamed.processed, streamed.failed) == (whole.failures, whole.processed, whole.failed)
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["streamed.csv"]


def test_a_batch_stopped_midway_leaves_no_csv_at_the_output(nlp, corpus, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("the last run's table", encoding="utf-8")
    seen = []

    def interrupt(result, total):
        seen.append(result.task.doc)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([corpus], output=out, manifest=tmp_path / "out.manifest.jsonl", progress=interrupt)
    assert out.read_text(encoding="utf-8") == "the last run's table"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news", "out.csv", "out.manifest.jsonl"]


def test_resume_streams_the_same_csv(nlp, unordered, tmp_path):
    manifest = tmp_path / "out.manifest.jsonl"
    run_batch(unordered, manifest=manifest, output=tmp_path / "whole.csv")
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text[: text.rindex("\n", 0, len(text) - 1) + 40], encoding="utf-8")
    resumed = run_batch(unordered, manifest=manifest, resume=True, output=tmp_path / "resumed.csv")
    assert (resumed.resumed, resumed.processed, resumed.failed) == (5, 5, 1)
    assert (tmp_path / "resumed.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    again = run_batch(unordered, manifest=manifest, resume=True, output=tmp_path / "again.csv")
    assert again.resumed == 6
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def _peak_memory(folder, tmp_path, resume: bool) -> int:
    tracemalloc.start()
    try:
        run_batch([folder], output=tmp_path / "out.csv", manifest=tmp_path / "out.manifest.jsonl", resume=resume)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_records(tmp_path, monkeypatch):
    """Four times the files and records, fresh or resumed: the peak stays put (the old table held them all)."""
    from talentflow.batch import sink

    def fake_extract_text(text, *, doc, published=None):
        # Stands in for the spaCy pipeline: 15 records of ~100 characters an article.
        return [LocatedMove(doc=doc, person="张伟", to_org="腾讯", evidence=text * 8, start=n, end=n + 2) for n in range(15)]

    monkeypatch.setattr("talentflow.api.extract_text", fake_extract_text)
    # The sink's bound (a buffer, fan_in blocks being merged) well below the smaller batch's 600 records.
    monkeypatch.setattr(sink, "RUN_ROWS", 100)
    monkeypatch.setattr(sink, "FAN_IN", 2)
    monkeypatch.setattr(sink, "BLOCK_ROWS", 100)
    monkeypatch.setattr(sink, "WRITE_ROWS", 100)
    folders = {}
    for files in (40, 160):
        folders[files] = tmp_path / f"in{files}"
        folders[files].mkdir()
        for number in range(files):
            (folders[files] / f"a{number:04d}.txt").write_text(ARTICLE, encoding="utf-8")
    _peak_memory(folders[40], tmp_path / "warm-up", False)  # lazy imports and caches are not the batch's
    peaks = {
        files: (_peak_memory(folder, tmp_path / str(files), False), _peak_memory(folder, tmp_path / str(files), True))
        for files, folder in folders.items()
    }
    (fresh_small, resumed_small), (fresh_large, resumed_large) = peaks[40], peaks[160]
    assert fresh_large < 1.5 * fresh_small
    assert resumed_large < 1.5 * resumed_small
