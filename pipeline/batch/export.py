"""Records → CSV and back (pandas). Writer and reader come as a pair.

The CSV is UTF-8 with a BOM so Excel shows Chinese correctly; ANNOTATION.md's
columns come first in their order; absent values are empty strings, never NaN
(a person called `NA` is a name). Cells a spreadsheet would run as a formula are
neutralized (OWASP CSV injection) and the reader undoes it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import stat
import tempfile
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from operator import attrgetter
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from talentflow.models import MOVE_COLUMNS, CareerMove, LocatedMove

EXTRA_COLUMNS: tuple[str, ...] = ("trigger", "start", "end", "rules", "confidence")
CSV_COLUMNS: tuple[str, ...] = MOVE_COLUMNS + EXTRA_COLUMNS
_LOCATED_VALUES = attrgetter(*CSV_COLUMNS)

# OWASP: a cell starting with one of these is a formula to Excel/LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"
_RISKY_FIRST = frozenset(_FORMULA_STARTS + (_GUARD,))


def neutralize(cell: str) -> str:
    # Guarded too: a cell the reader would otherwise unguard (`'=x`, `''x`), so
    # every cell comes back as written (`''x` once lost an apostrophe).
    if cell.startswith(_FORMULA_STARTS) or (cell.startswith(_GUARD) and cell[1:].startswith(_FORMULA_STARTS + (_GUARD,))):
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
    (even SIGKILL) never leaves a half-written file in place. The file gets
    the mode a plain `open` would give it (0666 less the umask), or the mode
    of the file it replaces, so a report shared with teammates stays readable.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(target)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding=encoding, newline=newline, dir=target.parent, prefix=temp_prefix(target), delete=False
    )
    try:
        with handle:
            # mkstemp makes it 0600, private to its owner: give it the mode the output should have.
            os.fchmod(handle.fileno(), _output_mode(target))
            # The wrapper's own file: every write through the wrapper costs a Python call.
            yield handle.file
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _output_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore (not thread-safe, but only at start)
    os.umask(mask)
    return mask


# Temps older than this whose writer cannot be asked (another host, container
# or boot) are taken as left by a dead run. A live run touches its temps as it writes.
STALE_AFTER_SECONDS = 24 * 3600


def _host_key() -> str:
    """Names this machine, boot and PID namespace: a pid means something only under the same key.

    Two containers sharing a folder both have a process 42; without the key
    each would take the other's live temps for a dead run's and delete them.
    """
    parts = [socket.gethostname()]
    try:
        parts.append(Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip())
        parts.append(os.readlink("/proc/self/ns/pid"))  # `pid:[4026531836]`: the PID namespace
    except OSError:
        pass  # not Linux: the host name alone
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:8]


HOST_KEY = _host_key()


def temp_prefix(target: Path) -> str:
    """The start of a hidden temp name beside `target`: `.out.csv.<pid>.<host key>.`"""
    return f".{target.name}.{os.getpid()}.{HOST_KEY}."


def remove_stale_temps(target: Path) -> list[Path]:
    """Delete the temp files and folders a killed run (SIGKILL, power cut) left beside `target`.

    A temp name carries its writer's process id and host key (`temp_prefix`).
    Under our own key it is stale when that process is gone; under another key
    (another container, host or boot) the process cannot be asked, so it is
    stale only once untouched for `STALE_AFTER_SECONDS`. Names this code did
    not make are left alone.
    """
    prefix, removed = f".{target.name}.", []
    try:
        entries = [entry for entry in target.parent.iterdir() if entry.name.startswith(prefix)]
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        pid, _, rest = entry.name[len(prefix) :].partition(".")
        if not pid.isdigit() or not rest:
            continue
        key = rest.split(".", 1)[0]
        if key == HOST_KEY:
            if _running(int(pid)):
                continue
        elif now - _last_touched(entry) < STALE_AFTER_SECONDS:
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


def _last_touched(entry: Path) -> float:
    try:
        times = [entry.lstat().st_mtime]
        if entry.is_dir() and not entry.is_symlink():
            times += [child.lstat().st_mtime for child in entry.iterdir()]
    except OSError:
        return time.time()  # vanishing under us: its writer is alive
    return max(times)


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
    if safe.map(_has_return).to_numpy().any():
        # pandas quotes a cell holding \n but not one holding \r (only the line
        # terminator's characters count), so a reader would end the row inside
        # `第一行\r第二行`: such a frame is written by hand, quoting as RFC 4180
        # says; every other cell gets the very bytes pandas would write.
        rows = [tuple(safe.columns)] if header else []
        rows += safe.itertuples(index=False, name=None)
        # The csv module quotes a row's only cell when it is empty, or the line would be blank.
        lines = [",".join(map(_quoted, row)) if row != ("",) else '""' for row in rows]
        handle.write("".join(line + "\n" for line in lines))
        return
    safe.to_csv(handle, index=False, header=header, lineterminator="\n")


def _has_return(cell: str) -> bool:
    return "\r" in cell


def _quoted(cell: str) -> str:
    """A cell as the csv module's QUOTE_MINIMAL writes it, with \r a reason to quote too."""
    if any(char in cell for char in ',"\n\r'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_csv(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write the CSV atomically (see `atomic_write`); a typed frame (`to_public_frame`) as its plain form."""
    if any(isinstance(dtype, pd.api.extensions.ExtensionDtype) for dtype in frame.dtypes):
        frame = to_file_frame(frame)  # <NA> is an empty cell, as `read_csv` reads it back
    with csv_file(path) as handle:
        append_csv(frame, handle, header=True)
    return Path(path)


class CsvFormatError(ValueError):
    """A file that is not a CSV `read_csv` can read; the message names the file and why."""


class EmptyCsvError(CsvFormatError, pd.errors.EmptyDataError):
    """A CSV with nothing in it: still pandas' EmptyDataError to callers that take it as no rows."""


# Columns the public frames type as numbers; every other column is text.
_INTEGER_COLUMNS = frozenset({"start", "end", "sources", "step", "moves", "people", "joins", "leaves", "net"})
_FLOAT_COLUMNS = frozenset({"confidence"})


def to_public_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame a notebook user gets: text as pandas' "string" dtype with absent
    values as <NA> (so `isna()` finds them and `groupby("to_org")` has no "" group),
    offsets and counts as Int64, `confidence` as Float64.

    A person literally named `NA` stays the string "NA": only "" is absent
    (the CSV readers never parse "NA" as missing).
    """
    public = frame.copy()
    for column in public.columns:
        values = public[column]
        if column in _INTEGER_COLUMNS or column in _FLOAT_COLUMNS:
            numbers = pd.to_numeric(values.mask(values.astype(str).eq(""), None) if values.dtype == object else values)
            public[column] = numbers.astype("Int64" if column in _INTEGER_COLUMNS else "Float64")
        elif values.dtype == object or isinstance(values.dtype, pd.StringDtype):
            text = values.astype("string")
            public[column] = text.mask(text.eq(""))
    return public


def to_file_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A public frame back in the CSV's form: <NA> as "", numbers as plain ints/floats."""
    return frame.astype(object).where(frame.notna(), "")


def read_csv(path: str | os.PathLike) -> pd.DataFrame:
    """A CSV written by `write_csv` (or by hand) as a typed DataFrame (`to_public_frame`).

    Empty cells are <NA> in "string" columns; `start`/`end` are Int64 and
    `confidence` Float64. A cell reading `NA` is the text "NA" (a name), not missing.
    A file that is no such CSV raises CsvFormatError naming it (see `read_table`).

        >>> frame = read_csv("moves.csv")
        >>> frame["to_org"].isna().sum()      # records that name no destination
    """
    return to_public_frame(read_table(path))


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """Read a CSV written by `write_csv` (or by hand) as strings, formulas restored.

    A file that is no such CSV (empty, binary like a PDF, GBK, rows longer than
    the header) raises CsvFormatError naming it, never a parser's traceback.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError:
        raise  # the caller's to report: the environment, not the file's content
    if not head.strip():
        raise EmptyCsvError(f"{path}: empty file, not a CSV with a header")
    if b"\x00" in head or head.startswith(b"%PDF"):
        raise CsvFormatError(f"{path}: binary data, not a CSV")
    try:
        with warnings.catch_warnings():
            # A row longer than the header would become the index (index_col=False stops
            # that) or lose its cells with only a warning: it is an error.
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", index_col=False)
    except pd.errors.ParserWarning as err:
        raise CsvFormatError(f"{path}: malformed CSV: a row has more fields than the header") from err
    except UnicodeDecodeError as err:
        raise CsvFormatError(f"{path}: not UTF-8 (saved as GBK or another encoding? save it as UTF-8)") from err
    except pd.errors.EmptyDataError as err:
        raise EmptyCsvError(f"{path}: no header line") from err
    except pd.errors.ParserError as err:
        raise CsvFormatError(f"{path}: malformed CSV: {str(err).strip().splitlines()[-1]}") from err
    if len(frame.columns) == 1 and ";" in frame.columns[0]:
        raise CsvFormatError(f"{path}: columns separated by ';', not ','")
    return frame.map(restore) if len(frame) else frame


def frame_records(frame: pd.DataFrame) -> list[CareerMove]:
    """Rows → records, for a reader that wants the pydantic vocabulary back."""
    records = []
    for row in frame.to_dict("records"):
        # A typed frame (`read_csv`) holds <NA> where a plain one holds "".
        row = {column: "" if value is None or value is pd.NA else value for column, value in row.items()}
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
