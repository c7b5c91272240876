"""Tests for talentflow.batch.sink: the streamed CSV is the table `write_csv(records_frame(...))` writes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talentflow.models import LocatedMove
from talentflow.batch.export import records_frame, write_csv
from talentflow.batch.sink import CsvSink, OutputError

# Docs whose order is not their files' order ("a-b" < "a/b" < "a" is false for
# paths), and cells the CSV-injection guard rewrites.
_records = st.builds(
    LocatedMove,
    doc=st.sampled_from(["a", "a-b", "a/b", "b", "=x"]),
    person=st.sampled_from(["张伟", "=1+1", "NA", "李, 雷", '"引号"']),
    to_org=st.sampled_from(["腾讯", "@org", "百度\n研究院"]),
    start=st.integers(0, 3),
    end=st.integers(0, 3),
)
_files = st.lists(st.lists(_records, max_size=6), max_size=12)


def expected_bytes(files, path) -> bytes:
    return write_csv(records_frame(record for records in files for record in records), path).read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=_files, order=st.randoms(use_true_random=False), run_rows=st.integers(1, 5), fan_in=st.integers(2, 3))
def test_any_arrival_order_and_run_size_gives_the_table_of_the_input_order(tmp_path, files, order, run_rows, fan_in):
    ranks = list(range(len(files)))
    order.shuffle(ranks)
    out = tmp_path / "out.csv"
    with CsvSink(out, run_rows=run_rows, fan_in=fan_in) as sink:
        for rank in ranks:
            sink.add(rank, files[rank])
    assert out.read_bytes() == expected_bytes(files, tmp_path / "whole.csv")
    frame = records_frame(record for records in files for record in records)
    assert (sink.records, sink.docs) == (len(frame), frame["doc"].nunique())
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.csv", "whole.csv"]


def test_no_records_is_the_header_alone(tmp_path):
    with CsvSink(tmp_path / "out.csv") as sink:
        sink.add(0, [])
    assert (tmp_path / "out.csv").read_bytes() == expected_bytes([], tmp_path / "whole.csv")
    assert (sink.records, sink.docs) == (0, 0)


def test_an_exception_leaves_the_old_file_and_no_temp_files(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")
    record = LocatedMove(doc="a", person="张伟", to_org="腾讯")
    with pytest.raises(RuntimeError), CsvSink(out, run_rows=1) as sink:
        sink.add(0, [record, record])  # spilled to a run
        sink.add(1, [record])
        raise RuntimeError("killed")
    assert out.read_text(encoding="utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["out.csv"]


def test_an_unwritable_output_fails_before_any_record(tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(OutputError, match="file/out.csv: cannot write"):
        CsvSink(tmp_path / "file" / "out.csv").__enter__()


def _low(files, waiting) -> tuple | None:
    """What the batch tells the sink: the lowest doc of a file still to come."""
    docs = [record.doc for rank in waiting for record in files[rank]]
    return (min(docs),) if docs else None if not waiting else ("",)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=_files, order=st.randoms(use_true_random=False), run_rows=st.integers(1, 40))
def test_rows_written_as_they_settle_give_the_same_table(tmp_path, files, order, run_rows):
    ranks = list(range(len(files)))
    order.shuffle(ranks)
    out = tmp_path / "out.csv"
    with CsvSink(out, run_rows=run_rows, fan_in=2) as sink:
        for index, rank in enumerate(ranks):
            sink.add(rank, files[rank])
            sink.settle(_low(files, ranks[index + 1 :]))
    assert out.read_bytes() == expected_bytes(files, tmp_path / "whole.csv")
    frame = records_frame(record for records in files for record in records)
    assert (sink.records, sink.docs) == (len(frame), frame["doc"].nunique())


def test_files_in_doc_order_are_written_as_they_come_without_runs(tmp_path, monkeypatch):
    monkeypatch.setattr("talentflow.batch.sink.WRITE_ROWS", 2)
    files = [[LocatedMove(doc=doc, person="张伟", to_org="腾讯", start=start) for start in (5, 1)] for doc in ("a", "b", "c", "d")]
    out = tmp_path / "out.csv"
    with CsvSink(out, run_rows=3) as sink:
        for rank, records in enumerate(files):
            sink.add(rank, records)
            sink.settle((files[rank + 1][0].doc,) if rank + 1 < len(files) else None)
            # Each file's rows settle once the next file's doc is known to be above them.
            assert sink.records == 2 * (rank + 1)
            assert not list(sink._runs.iterdir())
    assert out.read_bytes() == expected_bytes(files, tmp_path / "whole.csv")


def test_rows_that_wait_too_long_are_spilled_after_those_written(tmp_path, monkeypatch):
    monkeypatch.setattr("talentflow.batch.sink.WRITE_ROWS", 1)
    files = [[LocatedMove(doc=doc, person="张伟", to_org="腾讯", start=1)] for doc in ("a", "c", "d", "e", "b")]
    out = tmp_path / "out.csv"
    with CsvSink(out, run_rows=2, fan_in=2) as sink:
        sink.add(0, files[0])
        sink.settle(("b",))  # `a` is final; the file of `b` comes last
        assert sink.records == 1
        for rank in (1, 2, 3):
            sink.add(rank, files[rank])
            sink.settle(("b",))
        assert sink.records == 1 and list(sink._runs.iterdir())
        sink.add(4, files[4])
        sink.settle(None)
    assert out.read_bytes() == expected_bytes(files, tmp_path / "whole.csv")


def test_one_files_many_records_are_spilled_as_they_come_not_held(tmp_path, monkeypatch):
    # A huge article's records arrive in one add(): the buffer never holds more than a run.
    from talentflow.batch import sink

    records = [LocatedMove(doc="big", person=f"人{n}", to_org="腾讯", trigger="加入", start=n, end=n + 1) for n in range(50)]
    largest = []
    real_spill = sink.CsvSink._spill

    def spill(self):
        largest.append(len(self._buffer))
        real_spill(self)

    monkeypatch.setattr(sink.CsvSink, "_spill", spill)
    path = tmp_path / "out.csv"
    with CsvSink(path, run_rows=8, fan_in=2) as table:
        table.add(0, iter(records))
    assert largest and max(largest) == 8
    assert path.read_bytes() == write_csv(records_frame(records), tmp_path / "whole.csv").read_bytes()
