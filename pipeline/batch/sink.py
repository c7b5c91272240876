"""A batch's records → its table: a CSV written in bounded memory.

The Python API's DataFrame is this CSV read back (`batch.run_batch`). The
CSV holds the rows of `export.records_frame` over every record in input order:
sorted by doc then position in the text, records with equal keys in input
order (the file's rank in the batch, then the order the file gave them). Files
arrive in any order (a Dask cluster finishes them as it likes, files taken from
a manifest come first) and docs need not follow file order (a JSONL's `id`s,
several folders given), so the CSV is an external sort: rows are buffered,
sorted and spilled to temp run files, and the runs merged as the CSV is written.

The batch tells the sink how low a row still to come can sort (`settle`).
Rows below that are written at once, so when files arrive about in the
order of their docs (a folder of articles) the CSV is written as the batch
goes, nothing is spilled, and no sort is left for the end.
"""

from __future__ import annotations

import heapq
import os
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from talentflow.models import CareerMove
from talentflow.batch.export import CSV_COLUMNS, append_csv, csv_file, row_values, rows_frame, temp_prefix

# Rows held before they are spilled to a run (a few hundred bytes to a few KB
# each), how many runs are merged at once, rows per pickled block and per
# written frame: what the sink holds never exceeds a few of these. A written
# frame is larger than a block because pandas' cost per to_csv call is fixed.
RUN_ROWS = 8192
FAN_IN = 8
BLOCK_ROWS = 512
WRITE_ROWS = 4096

_DOC, _START, _END = (CSV_COLUMNS.index(column) for column in ("doc", "start", "end"))

# (doc, start, end, rank, seq), then the row's values in CSV_COLUMNS order.
# (rank, seq) makes every key unique, so the values are never compared.
Item = tuple[tuple[str, int, int, int, int], tuple[Any, ...]]


class OutputError(Exception):
    """The output CSV (or its temp files beside it) could not be written."""


class CsvSink:
    """Records written to `path` as a sorted CSV, holding a bounded number of rows.

    The CSV appears at `path` only when the `with` block ends without an
    exception: until then it is a temp file beside it (`export.atomic_write`),
    and the runs sit in a hidden temp folder there, removed at the end.
    """

    def __init__(self, path: str | os.PathLike, *, run_rows: int | None = None, fan_in: int | None = None) -> None:
        self.path = Path(path)
        self.run_rows = run_rows or RUN_ROWS
        self.fan_in = max(2, fan_in or FAN_IN)
        self.records = 0
        self.docs = 0
        # A heap while rows are still written as they settle; a list to sort once spilling.
        self._buffer: list[Item] = []
        self._streaming = True
        self._settled: list[tuple[Any, ...]] = []  # rows in CSV order, not yet written
        self._last_doc: str | None = None
        # Runs by level: a level-n run holds about fan_in**n buffers of rows.
        self._levels: list[list[Path]] = []
        self._stack = ExitStack()

    def __enter__(self) -> CsvSink:
        # Both are made now, so an unwritable output fails before any work is done.
        with self._writing():
            self._handle = self._stack.enter_context(csv_file(self.path))
            self._runs = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix=temp_prefix(self.path), dir=self.path.parent)))
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> bool:
        if kind is not None:
            # The temp CSV is removed, never renamed: no half table at `path`.
            return self._stack.__exit__(kind, error, trace)
        with self._writing(), self._stack:
            self._write()
        return False

    @property
    def spool_folder(self) -> str:
        """Where workers may spool a big file's records: the sink's own temp folder, removed at the end."""
        return str(self._runs)

    def add(self, rank: int, records: Iterable[CareerMove]) -> None:
        put = partial(heapq.heappush, self._buffer) if self._streaming else self._buffer.append
        for seq, record in enumerate(records):
            values = row_values(record)
            put(((values[_DOC], int(values[_START] or 0), int(values[_END] or 0), rank, seq), values))
            # Checked per row: one huge file's records (a spool read back) never fill memory.
            if len(self._buffer) >= self.run_rows:
                with self._writing():
                    if self._streaming:
                        # Rows wait for a file that is slow to come: from here on, an
                        # external sort. What was written sorts before all of them.
                        self._streaming = False
                        self._emit(self._settled)
                        self._settled = []
                    self._spill()
                put = self._buffer.append  # a new buffer, no longer a heap

    def settle(self, low: tuple | None) -> None:
        """No row still to come sorts below `low`, a key prefix (`(doc,)`); None: no row is to come.

        The rows below it are final and go to the CSV, a chunk at a time.
        """
        if not self._streaming:
            return
        buffer, settled = self._buffer, self._settled
        while buffer and (low is None or buffer[0][0] < low):
            settled.append(heapq.heappop(buffer)[1])
        if len(settled) >= WRITE_ROWS or (low is None and settled):
            with self._writing():
                self._emit(settled)
            self._settled = []

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except OSError as err:
            raise OutputError(f"{self.path}: cannot write: {err.strerror or err}") from err

    def _spill(self) -> None:
        self._buffer.sort()
        run = self._new_run(iter(self._buffer))
        self._buffer = []
        level = 0
        # A full level becomes one run of the next: at most fan_in runs are
        # ever merged at once, and each row is rewritten O(log n) times.
        while True:
            if level == len(self._levels):
                self._levels.append([])
            self._levels[level].append(run)
            if len(self._levels[level]) < self.fan_in:
                return
            run = self._new_run(heapq.merge(*map(_read_run, self._levels[level])))
            self._levels[level] = []
            level += 1

    def _new_run(self, items: Iterator[Item]) -> Path:
        handle, name = tempfile.mkstemp(dir=self._runs, suffix=".run")
        with os.fdopen(handle, "wb") as run:
            while block := list(islice(items, BLOCK_ROWS)):
                pickle.dump(block, run, protocol=pickle.HIGHEST_PROTOCOL)
        return Path(name)

    def _write(self) -> None:
        if self._streaming:
            self.settle(None)
        else:
            self._buffer.sort()
            runs = [run for level in self._levels for run in level]
            # Keys are unique, so runs merge in any grouping to the same order.
            while len(runs) >= self.fan_in:
                runs = [*runs[self.fan_in :], self._new_run(heapq.merge(*map(_read_run, runs[: self.fan_in])))]
            rows = (values for _key, values in heapq.merge(*map(_read_run, runs), iter(self._buffer)))
            while chunk := list(islice(rows, WRITE_ROWS)):
                self._emit(chunk)
        if not self.records:
            append_csv(rows_frame([]), self._handle, header=True)

    def _emit(self, rows: list[tuple[Any, ...]]) -> None:
        """Rows in CSV order after those written; the header goes with the first."""
        if not rows:
            return
        append_csv(rows_frame(rows), self._handle, header=not self.records)
        self.records += len(rows)
        for values in rows:
            self.docs += values[_DOC] != self._last_doc
            self._last_doc = values[_DOC]


def _read_run(path: Path) -> Iterator[Item]:
    with path.open("rb") as run:
        while True:
            try:
                block = pickle.load(run)
            except EOFError:
                break
            yield from block
    path.unlink()  # merged: its disk space is free before the batch ends
