"""The CSV formula guard (OWASP CSV injection), checked against literal bytes.

pipeline/batch/export.py claims: a cell starting with `=`, `+`, `-`, `@`, a tab or a
carriage return is written with a leading `'` so a spreadsheet shows it as
text; a cell that already starts with `'` before one of those gets a second
`'`, so the reader can undo exactly one. Each risky first character is written
through the file (`write_csv`), the streaming sink (`CsvSink`) and read back by
`talentflow.read_csv`; the expected bytes are spelled out here, not produced by
the writer under test.
"""

from __future__ import annotations

import pandas as pd
import pytest

import talentflow
from talentflow.models import LocatedMove
from talentflow.batch.export import CSV_COLUMNS, records_frame, write_csv
from talentflow.batch.sink import CsvSink

BOM = b"\xef\xbb\xbf"
HEADER = BOM + ",".join(CSV_COLUMNS).encode("utf-8") + b"\n"

# (cell as the record holds it, the cell's bytes in the CSV, id)
CASES = [
    ("=HYPERLINK(1)", b"'=HYPERLINK(1)", "equals"),
    ("+86 10 1234", b"'+86 10 1234", "plus"),
    ("-2+3", b"'-2+3", "minus"),
    ("@SUM(1)", b"'@SUM(1)", "at"),
    ("\t=1", b"'\t=1", "tab"),
    # A carriage return in a cell needs quotes (RFC 4180), or a reader ends the row there.
    ("\r=1", b"\"'\r=1\"", "carriage-return"),
    ("'=1", b"''=1", "guard-before-a-formula"),
    ("''@x", b"'''@x", "two-guards-before-a-formula"),
    ("'引号", "'引号".encode("utf-8"), "guard-before-text-is-kept"),
    ("张=伟", "张=伟".encode("utf-8"), "formula-character-inside"),
]
def _cases() -> list:
    return [pytest.param(value, cell, id=name) for value, cell, name in CASES]


def _record(value: str) -> LocatedMove:
    # The risky value as the person and as the evidence; the other ANNOTATION.md columns are plain.
    return LocatedMove(doc="d1", person=value, to_org="Meta", status="done", evidence=value, trigger="加入", start=0, end=2)


def _prefix(cell: bytes) -> bytes:
    """doc, person, from_org, to_org, role, time, status, evidence: ANNOTATION.md's order, first in every row."""
    return b"d1," + cell + b",,Meta,,,done," + cell + b","


def _check_bytes(data: bytes, cell: bytes) -> None:
    assert data.startswith(HEADER)
    assert data[len(HEADER) :].startswith(_prefix(cell)), data


@pytest.mark.parametrize(("value", "cell"), _cases())
def test_through_the_file(tmp_path, value, cell):
    path = write_csv(records_frame([_record(value)]), tmp_path / "moves.csv")
    _check_bytes(path.read_bytes(), cell)
    read = talentflow.read_csv(path)
    assert (read.loc[0, "person"], read.loc[0, "evidence"]) == (value, value)


@pytest.mark.parametrize(("value", "cell"), _cases())
def test_through_the_sink(tmp_path, value, cell):
    path = tmp_path / "moves.csv"
    with CsvSink(path, run_rows=1) as sink:  # run_rows=1: the row goes through a spilled run too
        sink.add(0, [_record(value)])
        sink.add(1, [])
    _check_bytes(path.read_bytes(), cell)
    assert talentflow.read_csv(path).loc[0, "person"] == value


@pytest.mark.parametrize(("value", "cell"), _cases())
def test_the_reader_undoes_the_guard_in_a_file_written_by_hand(tmp_path, value, cell):
    # Not written by our writer: the reader alone turns the guarded bytes back into the value.
    rest = b"," * (len(CSV_COLUMNS) - 8)
    path = tmp_path / "by-hand.csv"
    path.write_bytes(HEADER + _prefix(cell)[:-1] + rest + b"\n")
    read = talentflow.read_csv(path)
    assert (read.loc[0, "person"], read.loc[0, "evidence"]) == (value, value)


def test_a_carriage_return_cell_is_guarded_by_the_file_and_the_sink(tmp_path):
    # The guard stands before the \r in both cells, inside the quotes.
    written = write_csv(records_frame([_record("\r=1")]), tmp_path / "file.csv").read_bytes()
    with CsvSink(tmp_path / "sink.csv") as sink:
        sink.add(0, [_record("\r=1")])
    for data in (written, (tmp_path / "sink.csv").read_bytes()):
        assert data.count(b"'\r=1") == 2
        assert b",\r=1" not in data


def test_a_carriage_return_leaves_every_other_cell_as_pandas_writes_it(tmp_path):
    # Only the cell with the \r gains quotes: the rest of the table, quotes and commas
    # included, is byte for byte what the frame without that cell is written as.
    plain = [_record(value) for value in ('说"好"', "甲,乙", "两行\n文字", "空 格", "普通")]
    frame = records_frame(plain + [_record("回车\r之后")])
    data = write_csv(frame, tmp_path / "with-cr.csv").read_bytes()
    without = write_csv(records_frame(plain), tmp_path / "without.csv").read_bytes()
    assert data.startswith(without)
    assert data[len(without) :].startswith(b'd1,"' + "回车\r之后".encode("utf-8") + b'",')
    read = talentflow.read_csv(tmp_path / "with-cr.csv")
    assert list(read["person"]) == ['说"好"', "甲,乙", "两行\n文字", "空 格", "普通", "回车\r之后"]


def test_a_one_column_table_keeps_its_empty_cells(tmp_path):
    frame = pd.DataFrame({"path": ["", "a\rb"]})
    data = write_csv(frame, tmp_path / "one.csv").read_bytes()
    assert data == BOM + b'path\n""\n"a\rb"\n'
