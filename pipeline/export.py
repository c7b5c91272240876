"""Records → CSV and back (pandas). Writer and reader come as a pair.

The CSV is UTF-8 with a BOM so Excel shows Chinese correctly; ANNOTATION.md's
columns come first in their order; absent values are empty strings, never NaN
(a person called `NA` is a name). Cells a spreadsheet would run as a formula are
neutralized (OWASP CSV injection) and the reader undoes it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from operator import attrgetter
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from models import MOVE_COLUMNS, CareerMove, LocatedMove

EXTRA_COLUMNS: tuple[str, ...] = ("trigger", "start", "end", "rules", "confidence")
CSV_COLUMNS: tuple[str, ...] = MOVE_COLUMNS + EXTRA_COLUMNS
_LOCATED_VALUES = attrgetter(*CSV_COLUMNS)

# OWASP: a cell starting with one of these is a formula to Excel/LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"
_RISKY_FIRST = frozenset(_FORMULA_STARTS + (_GUARD,))


def neutralize(cell: str) -> str:
    if cell.startswith(_FORMULA_STARTS) or (cell.startswith(_GUARD) and cell[1:].startswith(_FORMULA_STARTS)):
        return _GUARD + cell
    return cell


def restore(cell: str) -> str:
    if cell.startswith(_GUARD) and cell[1:].startswith(_FORMULA_STARTS + (_GUARD,)):
        return cell[1:]
    return cell


def record_row(record: CareerMove) -> dict[str, Any]:
    """One CSV row: every CSV column, "" where the record has no such field."""
    return dict(zip(CSV_COLUMNS, row_values(record)))


def row_values(record: CareerMove) -> tuple[Any, ...]:
    """The row's values in CSV_COLUMNS order.

    Every field is a plain str or int, so reading the attributes gives what
    model_dump would, without pydantic's serializer (a quarter of the sink's time).
    """
    if isinstance(record, LocatedMove):
        return _LOCATED_VALUES(record)
    return tuple(getattr(record, column, "") for column in CSV_COLUMNS)


def rows_frame(rows: Iterable[Mapping[str, Any] | Sequence[Any]]) -> pd.DataFrame:
    """Rows (by column name, or values in CSV_COLUMNS order) as a DataFrame, in the order given."""
    frame = pd.DataFrame(list(rows), columns=list(CSV_COLUMNS))
    frame["start"] = pd.to_numeric(frame["start"].replace("", 0)).astype(int)
    frame["end"] = pd.to_numeric(frame["end"].replace("", 0)).astype(int)
    return frame


def records_frame(records: Iterable[CareerMove]) -> pd.DataFrame:
    """A DataFrame with the CSV columns, sorted by doc then position in text."""
    frame = rows_frame(map(record_row, records))
    return frame.sort_values(["doc", "start", "end"], kind="stable").reset_index(drop=True)


@contextmanager
def atomic_write(path: str | os.PathLike, *, encoding: str = "utf-8", newline: str | None = None) -> Iterator[TextIO]:
    """A text file that appears at `path` whole or not at all.

    Written to a temp file beside the target, then renamed over it: a crash
    (even SIGKILL) never leaves a half-written file in place.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(target)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding=encoding, newline=newline, dir=target.parent, prefix=temp_prefix(target), delete=False
    )
    try:
        with handle:
            # The wrapper's own file: every write through the wrapper costs a Python call.
            yield handle.file
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def temp_prefix(target: Path) -> str:
    """The start of a hidden temp name beside `target`, with the writing process's id: `.out.csv.4242.`"""
    return f".{target.name}.{os.getpid()}."


def remove_stale_temps(target: Path) -> list[Path]:
    """Delete the temp files and folders a killed run (SIGKILL, power cut) left beside `target`.

    A temp name carries its writer's process id (`temp_prefix`): it is stale
    when that process is gone. Temps of a run still going, and names this code
    did not make, are left alone.
    """
    prefix, removed = f".{target.name}.", []
    try:
        entries = [entry for entry in target.parent.iterdir() if entry.name.startswith(prefix)]
    except OSError:
        return removed
    for entry in entries:
        pid = entry.name[len(prefix) :].split(".", 1)[0]
        if not pid.isdigit() or _running(int(pid)):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            continue  # another run cleaning up at the same moment, or no permission: harmless
        removed.append(entry)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def csv_file(path: str | os.PathLike) -> AbstractContextManager[TextIO]:
    """A CSV to fill with `append_csv`, one frame after another; it appears whole at `path` (`atomic_write`)."""
    return atomic_write(path, encoding="utf-8-sig", newline="")


def append_csv(frame: pd.DataFrame, handle: TextIO, *, header: bool) -> None:
    """Add the frame's rows (and the header line, for the first) to an open `csv_file`.

    Rows are formatted one by one, so a table written in chunks is byte for
    byte the table written at once.
    """
    safe = frame.astype(str)
    for column in safe.columns:
        cells = safe[column].tolist()
        # Almost no cell needs the guard: a column is rewritten only when one of its cells does.
        if any(cell[:1] in _RISKY_FIRST for cell in cells):
            safe[column] = [neutralize(cell) for cell in cells]
    safe.to_csv(handle, index=False, header=header, lineterminator="\n")


def write_csv(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write the CSV atomically (see `atomic_write`)."""
    with csv_file(path) as handle:
        append_csv(frame, handle, header=True)
    return Path(path)


def read_csv(path: str | os.PathLike) -> pd.DataFrame:
    """Read a CSV written by `write_csv` (or by hand) as strings, formulas restored."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return frame.map(restore) if len(frame) else frame


def frame_records(frame: pd.DataFrame) -> list[CareerMove]:
    """Rows → records, for a reader that wants the pydantic vocabulary back."""
    records = []
    for row in frame.to_dict("records"):
        fields = {column: str(row.get(column, "") or "") for column in MOVE_COLUMNS}
        fields["status"] = fields["status"] or "done"
        if all(column in row for column in ("trigger", "start", "end")):
            records.append(
                LocatedMove(
                    **fields,
                    trigger=str(row["trigger"]),
                    start=int(row["start"] or 0),
                    end=int(row["end"] or 0),
                    rules=str(row.get("rules", "") or ""),
                    confidence=float(row.get("confidence", "") or 0.5),
                )
            )
        else:
            records.append(CareerMove(**fields))
    return records
