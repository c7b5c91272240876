"""What `talentflow extract` writes and says: the output formats (`-o` by extension),
the side tables (OUT.errors.csv, OUT.skipped.csv), skipped files and failures on
stderr, the progress bar, and the one-line usage (exit 2) and environment (exit 1) errors."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

if TYPE_CHECKING:
    from talentflow.batch import FileResult


# `-o` by extension: the extra a format needs beyond the default install (module, extra).
OUTPUT_FORMATS: dict[str, tuple[str, str] | None] = {
    ".csv": None,
    ".jsonl": None,
    ".parquet": ("pyarrow", "parquet"),
    ".xlsx": ("openpyxl", "excel"),
}


def output_format(output: Path) -> str:
    """`.csv`, `.jsonl`, `.parquet` or `.xlsx` from the name (`-`: CSV on stdout); else a usage error.

    Checked before any input is read: a 20-minute run must not end in `No module named 'openpyxl'`.
    """
    from importlib.util import find_spec

    if str(output) == "-":
        return ".csv"
    kind = output.suffix.lower()
    if kind not in OUTPUT_FORMATS:
        kinds = ", ".join(OUTPUT_FORMATS)
        _usage(f"{output}: cannot tell the output format from {kind or 'a name without extension'}: give {kinds}, or - for CSV on stdout")
    needs = OUTPUT_FORMATS[kind]
    if needs is not None and find_spec(needs[0]) is None:
        _usage(f"{output}: writing {kind} needs {needs[0]}: install talentflow[{needs[1]}]")
    return kind


def write_table(frame, output: Path, kind: str) -> None:
    """The records as JSON lines, Parquet or Excel, appearing whole at `output` (see export.atomic_write)."""
    import pandas as pd

    from talentflow.batch.export import atomic_write, neutralize, temp_prefix

    if kind == ".jsonl":
        with atomic_write(output, encoding="utf-8") as handle:
            for row in frame.to_dict("records"):
                handle.write(json.dumps({key: _json_value(value) for key, value in row.items()}, ensure_ascii=False) + "\n")
        return
    if kind == ".xlsx":
        # openpyxl stores a string starting with `=` as a formula: the CSV's guard applies.
        frame = frame.copy()
        for column in frame.columns:
            if not pd.api.types.is_numeric_dtype(frame[column]):
                frame[column] = frame[column].map(lambda cell: neutralize(cell) if isinstance(cell, str) else cell)
    output.parent.mkdir(parents=True, exist_ok=True)
    temp = output.with_name(temp_prefix(output) + "tmp" + kind)
    try:
        if kind == ".parquet":
            frame.to_parquet(temp, index=False)
        else:
            frame.to_excel(temp, index=False)
        os.replace(temp, output)
    finally:
        temp.unlink(missing_ok=True)


def _json_value(value):
    """A frame cell as JSON: numpy scalars as Python numbers, a missing value (pd.NA, NaN) as null."""
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _copy_to_stdout(path: Path) -> None:
    """`-o -`: the CSV's bytes on stdout, without the BOM a spreadsheet needs but a pipe does not."""
    out = sys.stdout.buffer
    with open(path, "rb") as handle:
        head = handle.read(3)
        out.write(head if head != b"\xef\xbb\xbf" else b"")
        shutil.copyfileobj(handle, out)
    out.flush()


def _report_named_skips(paths: list[Path], skipped, *, verbose: bool) -> None:
    """A file named on the command line and then skipped says why, even without --verbose
    (`extract a.txt a.txt`, or one matched by --exclude): the user asked for it by name."""
    from talentflow.batch.errors import shown

    if verbose:
        return  # --verbose names every skipped file already
    named = {shown(str(path)) for path in paths if not path.is_dir()}
    for path, reason in skipped:
        if path in named:
            typer.echo(f"skipped: {path}: {reason}", err=True)


def _side_table(frame, path: Path, write_csv) -> None:
    """OUT.errors.csv / OUT.skipped.csv: written when there is something to list, else removed."""
    from talentflow.batch.sink import OutputError

    try:
        if len(frame):
            write_csv(frame, path)
        else:
            path.unlink(missing_ok=True)
    except OSError as err:
        raise OutputError(f"{path}: cannot write: {err.strerror or err}") from err


# Failures alike (same stage and message, e.g. 4,000 files lost with one dead
# worker) are named this many times, then counted: the errors CSV has them all.
SHOWN_ALIKE = 3


def _report_failures(failures, errors_path: Path | None, *, verbose: bool) -> None:
    alike: Counter = Counter()
    for failure in failures:
        key = (failure.stage, failure.message)
        alike[key] += 1
        if verbose or alike[key] <= SHOWN_ALIKE:
            typer.echo(f"failed: {failure.path} [{failure.doc}] {failure.stage}: {failure.message}", err=True)
    for (stage, message), count in alike.items():
        if not verbose and count > SHOWN_ALIKE:
            typer.echo(f"failed: … {count - SHOWN_ALIKE} more with {stage}: {message} (all in {errors_path})", err=True)


def skip_kind(reason: str) -> str:
    """The reason without its particulars: `duplicate doc id 'a' (also a.md)` → `duplicate doc id`."""
    kind = reason.split(" (", 1)[0].split(":", 1)[0]
    return "duplicate doc id" if kind.startswith("duplicate doc id") else kind


def _report_skipped(skipped, skipped_path: Path | None, *, verbose: bool, quiet: bool) -> None:
    if verbose:
        for path, reason in skipped:
            typer.echo(f"skipped: {path}: {reason}", err=True)
    if skipped and not quiet:
        kinds = Counter(skip_kind(reason) for _path, reason in skipped)
        listed = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common())
        typer.echo(f"skipped: {listed}" + (f" (all in {skipped_path})" if skipped_path else ""), err=True)


def _fail(message: str) -> None:
    """An environment error (disk full, no permission): one line naming the path, exit 1."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


class ProgressBar:
    """Files done/total, articles/s, ETA and failures so far; for a terminal only."""

    def __init__(self, console: Console, label: str = "extract") -> None:
        self._bar = Progress(
            TextColumn(label),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[rate]:.1f} articles/s · ETA"),
            TimeRemainingColumn(),
            TextColumn("· {task.fields[failed]} failed"),
            console=console,
        )
        self._task = self._bar.add_task(label, total=None, rate=0.0, failed=0)
        self._articles = 0
        self._failed = 0
        # The clock starts at the first finished file: building the pipeline is not throughput.
        self._started: float | None = None

    def __enter__(self) -> ProgressBar:
        self._bar.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._bar.stop()

    def __call__(self, result: FileResult, total: int) -> None:
        # Files taken from a manifest cost nothing: they count as done, not in the rate.
        now = time.perf_counter()
        if self._started is None:
            self._started = now
        elif not result.resumed:
            self._articles += result.articles
        self._failed += result.status == "failed"
        rate = self._articles / (now - self._started) if now > self._started else 0.0
        self._bar.update(self._task, total=total, advance=1, rate=rate, failed=self._failed)


def _usage(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)
