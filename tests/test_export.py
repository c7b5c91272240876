"""Tests for talentflow.batch.export: the CSV writer and reader are a pair."""

from __future__ import annotations

import codecs

import pandas as pd
import pytest

from talentflow.models import MOVE_COLUMNS, CareerMove, LocatedMove
from talentflow.batch.export import (
    CSV_COLUMNS,
    append_csv,
    atomic_write,
    csv_file,
    frame_records,
    neutralize,
    read_csv,
    read_table,
    records_frame,
    restore,
    row_values,
    write_csv,
)

RECORDS = [
    LocatedMove(doc="b", person="张伟", to_org="腾讯", time="2024-03", evidence="张伟加入腾讯。", trigger="加入", start=5, end=7),
    LocatedMove(doc="a", person="NA", from_org="百度", status="announced", trigger="离职", start=30, end=32),
    LocatedMove(doc="a", person="李四", to_org="阿里巴巴", role="研究员", trigger="加入", start=2, end=4),
]


def test_frame_has_the_annotation_columns_first_and_sorts_by_doc_then_position():
    frame = records_frame(RECORDS)
    assert tuple(frame.columns[: len(MOVE_COLUMNS)]) == MOVE_COLUMNS
    assert tuple(frame.columns) == CSV_COLUMNS
    assert list(zip(frame["doc"], frame["start"])) == [("a", 2), ("a", 30), ("b", 5)]


def test_empty_frame_keeps_its_columns(tmp_path):
    path = write_csv(records_frame([]), tmp_path / "out.csv")
    frame = read_csv(path)
    assert tuple(frame.columns) == CSV_COLUMNS
    assert frame.empty


def test_round_trip_keeps_bom_empty_strings_and_na(tmp_path):
    path = write_csv(records_frame(RECORDS), tmp_path / "out.csv")
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    assert path.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(CSV_COLUMNS)
    frame = read_table(path)  # the file's own cells: "" for absent
    assert not frame.isna().any().any()
    assert frame.loc[0, "person"] == "李四"
    assert frame.loc[1, "person"] == "NA"
    assert frame.loc[1, "to_org"] == ""
    typed = read_csv(path)  # the API's frame: absent is <NA>, the name NA stays a name
    assert typed.loc[1, "person"] == "NA" and pd.isna(typed.loc[1, "to_org"])
    assert sorted(frame_records(typed), key=lambda r: (r.doc, r.start)) == sorted(RECORDS, key=lambda r: (r.doc, r.start))
    assert sorted(frame_records(frame), key=lambda r: (r.doc, r.start)) == sorted(RECORDS, key=lambda r: (r.doc, r.start))


def test_plain_records_without_position_columns(tmp_path):
    frame = pd.DataFrame([{"doc": "a", "person": "王五", "to_org": "百度", "status": ""}])
    (record,) = frame_records(frame)
    assert record == CareerMove(doc="a", person="王五", to_org="百度")


@pytest.mark.parametrize("cell", ["=1+1", "+86 10 1234", "-x", "@a", "\tTAB", "\rCR", "'=already quoted", "'plain"])
def test_formula_cells_are_neutralized_and_restored(cell):
    written = neutralize(cell)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore(written) == cell


def test_formula_cells_round_trip_through_the_file(tmp_path):
    cells = ["=1+1", "+86", "-x", "@a"]
    records = [LocatedMove(doc=f"d{n}", person=cell, to_org="腾讯", role=cell, start=n) for n, cell in enumerate(cells)]
    path = write_csv(records_frame(records), tmp_path / "out.csv")
    raw = path.read_text(encoding="utf-8-sig")
    for line in raw.splitlines()[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in line.split(","))
    frame = read_csv(path)
    assert list(frame["person"]) == cells
    assert list(frame["role"]) == cells


def test_write_replaces_atomically_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    write_csv(records_frame(RECORDS), target)
    assert read_csv(target).shape[0] == len(RECORDS)
    assert [path.name for path in tmp_path.iterdir()] == ["out.csv"]


def test_a_failed_write_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write("half of the new ")
        raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["out.csv"]


def test_a_table_appended_in_chunks_is_the_table_written_at_once(tmp_path):
    frame = records_frame(RECORDS + [LocatedMove(doc="c", person="=1+1", to_org='"引号", 逗号', start=1)])
    with csv_file(tmp_path / "chunks.csv") as handle:
        for start in range(0, len(frame), 3):
            append_csv(frame.iloc[start : start + 3], handle, header=start == 0)
    assert (tmp_path / "chunks.csv").read_bytes() == write_csv(frame, tmp_path / "whole.csv").read_bytes()


@pytest.mark.parametrize(
    "record",
    [
        LocatedMove(doc="d1", person="张伟", from_org="百度", to_org="腾讯", role="CTO", time="2024-05", trigger="加入", start=3, end=5),
        CareerMove(doc="d2", person="李娜", to_org="阿里巴巴", status="announced"),
    ],
    ids=["located", "plain"],
)
def test_row_values_are_what_model_dump_gives_in_csv_order(record):
    dumped = record.model_dump()
    assert row_values(record) == tuple(dumped.get(column, "") for column in CSV_COLUMNS)


def test_a_write_removes_the_temps_a_killed_writer_left_and_keeps_the_rest(tmp_path):
    import os
    import subprocess

    finished = subprocess.Popen(["true"])  # a process that is gone: its pid belongs to no one
    finished.wait()
    target = tmp_path / "out.csv"
    from talentflow.batch.export import HOST_KEY

    stale_file = tmp_path / f".out.csv.{finished.pid}.{HOST_KEY}.abc123"
    stale_dir = tmp_path / f".out.csv.{finished.pid}.{HOST_KEY}.runs"
    live = tmp_path / f".out.csv.{os.getpid()}.{HOST_KEY}.xyz"
    unrelated = [tmp_path / ".out.csv.notes", tmp_path / ".other.csv.1.tmp"]
    for path in (stale_file, live, *unrelated):
        path.write_text("x", encoding="utf-8")
    stale_dir.mkdir()
    (stale_dir / "0.run").write_bytes(b"x")

    write_csv(records_frame(RECORDS), target)

    assert not stale_file.exists() and not stale_dir.exists()
    assert live.exists() and all(path.exists() for path in unrelated)
    assert target.exists()
