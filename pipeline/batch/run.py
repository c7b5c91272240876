"""Folders of articles → one table of records; every input accounted for.

Each input ends processed (possibly with no record), skipped (hidden file,
unknown extension, excluded, empty, duplicate doc id) or failed (with the stage
and reason). One bad file never stops the batch or costs another file's records.

Each finished file is appended to a manifest (doc, content hash, status, its
records and failures) as soon as it is done, so a run killed at any point can be
resumed: files whose content is unchanged are taken from the manifest and only
the rest is processed, and the table comes out the same as from one
uninterrupted run.

Records go to a sink as each file finishes (`talentflow.batch.sink`): a DataFrame for
the Python API, or straight to the output CSV for the command line, which then
holds only per-file counts and failures, however many records there are.

Engines run the same per-file function, `process_file`: in this process
(workers=1), in a pool of worker processes, or on a Dask distributed cluster
(`engine="dask"`, the optional extra `talentflow[dask]`).
"""

from __future__ import annotations

import heapq
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from talentflow.batch.discovery import discover
from talentflow.batch.manifest import Manifest, fingerprint, restart
from talentflow.batch.outputs import check_outputs
from talentflow.batch.pool import dask_cluster, in_process, process_pool
from talentflow.batch.parts import merge_parts, split_parts
from talentflow.batch.work import FAILURE_COLUMNS, MAX_CHARS, Failure, FileResult, Task
from talentflow.batch.export import read_csv, to_public_frame
from talentflow.batch.articles import names_its_articles
from talentflow.batch.meta import load_meta
from talentflow.batch.sink import CsvSink

log = logging.getLogger(__name__)

ENGINES = ("processes", "dask")


def default_workers() -> int:
    """Worker processes when none is asked for: one per CPU core, as `talentflow extract` uses."""
    return os.cpu_count() or 1


@dataclass
class BatchResult:
    # Typed as `export.read_csv` gives it ("string" with <NA>, Int64, Float64);
    # None when the records were written to `output` instead.
    frame: pd.DataFrame | None
    processed: int  # files; those with a broken JSONL line too
    failed: int  # files that gave no article
    skipped: list[tuple[str, str]]
    failures: list[Failure]  # every error, several per file possible
    resumed: int = 0  # of the processed and failed, taken from the manifest
    records: int = 0  # rows of the table
    docs: int = 0  # docs with at least one record

    @property
    def failures_frame(self) -> pd.DataFrame:
        return pd.DataFrame([asdict(f) for f in self.failures], columns=list(FAILURE_COLUMNS))


class _Pending:
    """The lowest a record of a file not yet taken can sort: the sink writes what sorts below it."""

    def __init__(self, tasks: Sequence[Task]) -> None:
        # A file gives records of its own doc only; a JSONL file, of any doc its lines name.
        self._heap = [(() if names_its_articles(task.path) else (task.doc,), rank) for rank, task in enumerate(tasks)]
        heapq.heapify(self._heap)

    def low(self, done: set[int]) -> tuple | None:
        """A key prefix no record still to come sorts below; None once every file is taken."""
        heap = self._heap
        while heap and heap[0][1] in done:
            heapq.heappop(heap)
        return heap[0][0] if heap else None


def _whole_files(stream: Iterable[FileResult], rank_of: dict[str, int], tasks: Sequence[Task]) -> Iterator[FileResult]:
    """Results file by file: a big file's parts are held (their records spooled) until all are in."""
    held: dict[int, dict[int, FileResult]] = {}
    for result in stream:
        if result.task.parts == 1:
            yield result
            continue
        rank = rank_of[result.task.doc]
        parts = held.setdefault(rank, {})
        parts[result.task.part] = result
        if len(parts) == result.task.parts:
            del held[rank]
            yield merge_parts(tasks[rank], [parts[part] for part in sorted(parts)])


def run_batch(
    paths: Iterable[str | os.PathLike],
    *,
    meta: str | os.PathLike | None = None,
    workers: int = 1,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    manifest: str | os.PathLike | None = None,
    resume: bool = False,
    max_chars: int = MAX_CHARS,
    engine: str = "processes",
    scheduler: str | None = None,
    progress: Callable[[FileResult, int], None] | None = None,
    output: str | os.PathLike | None = None,
    also_writes: Sequence[str | os.PathLike] = (),
) -> BatchResult:
    """Every file under `paths` read, extracted and accounted for.

    With `manifest`, each finished file is recorded there; with `resume` too,
    files already recorded with the same content hash are not processed again.
    `progress(result, total)` is called as each of the `total` files is done.
    Texts longer than `max_chars` are extracted piece by piece (`split_text`);
    with several workers, a big file's text is shared among them, a slice
    each (`parts.split_parts`), and its records joined back in text order.
    `engine="dask"` runs on the cluster whose scheduler is at `scheduler`, or
    on a local cluster of `workers` processes.
    With `output`, the records go to that CSV as files finish, in memory that
    does not grow with them (`sink.CsvSink`), and `frame` is None; the CSV
    appears only once the batch is done (`sink.OutputError` if it cannot).
    Without it they go the same way to a CSV in a temp folder (`TMPDIR`),
    removed once read back as `frame`, typed like `export.read_csv`: while
    the batch runs, memory does not grow with the records; the frame at the
    end holds them all (about 1 KB a record). On Dask, a file's records come
    back from the cluster in memory, a big file's a slice at a time.
    `also_writes`: other files the caller writes (the errors CSV, …).

    Before any input is read, every output (`output`, `manifest`,
    `also_writes`) is checked (`outputs.check_outputs`: not an input, not a
    link or folder, a name the filesystem takes), and none of them is ever
    read as an input, wherever it sits.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    paths = list(paths)
    writes = [path for path in (output, manifest, *also_writes) if path is not None]
    check_outputs(writes, [*paths, meta])
    meta_table = load_meta(meta) if meta else {}
    tasks, skipped = discover(paths, include=include, exclude=exclude, outputs=writes)
    journal = Manifest(manifest, fingerprint=fingerprint(meta_table, max_chars)) if manifest else None
    # Per file only its rank and outcome are kept; its records go to the sink.
    rank_of = {task.doc: rank for rank, task in enumerate(tasks)}
    failures: dict[int, list[Failure]] = {}
    counts = {"processed": 0, "failed": 0, "resumed": 0}
    done: set[int] = set()
    pending = _Pending(tasks)

    def take(result: FileResult) -> None:
        rank = rank_of[result.task.doc]
        done.add(rank)
        table.add(rank, result.all_records())
        table.settle(pending.low(done))
        if result.failures:
            failures[rank] = result.failures
        counts[result.status] += 1
        counts["resumed"] += result.resumed
        if progress is not None:
            progress(result, len(tasks))

    with ExitStack() as scratch:
        # Without `output`, the records go to a CSV in a temp folder all the same
        # (nothing of a huge run is held while it runs), read back as the frame.
        records = output
        if records is None:
            records = Path(scratch.enter_context(tempfile.TemporaryDirectory(prefix="talentflow-"))) / "records.csv"
        with CsvSink(records) as table, ExitStack() as stack:
            append = None
            if journal is not None:
                reused = restart(journal, tasks, take, resume=resume, spool=table.spool_folder)
                log.info("resuming: %d of %d files already done", reused, len(tasks))
                append = stack.enter_context(journal.appending())
            todo = [task for rank, task in enumerate(tasks) if rank not in done]
            # A big file goes to the pool as slices, one per worker (`split_parts`).
            jobs = split_parts(todo, workers) if engine == "dask" or workers > 1 else todo
            spool = table.spool_folder
            if engine == "dask" and jobs:
                stream = dask_cluster(jobs, meta_table, workers, max_chars, scheduler)
            elif workers <= 1 or len(jobs) <= 1:
                stream = in_process(jobs, meta_table, max_chars, spool=spool)
            else:
                stream = process_pool(jobs, meta_table, workers, max_chars, spool=spool)
            for result in _whole_files(stream, rank_of, tasks):
                try:
                    # Unread files and files lost with a crashed worker stay out: --resume retries them.
                    if append is not None and result.digest:
                        append(result)
                    take(result)
                finally:
                    result.discard()
        frame = None if output is not None else read_csv(records)
    return BatchResult(
        frame=frame,
        processed=counts["processed"],
        failed=counts["failed"],
        skipped=skipped,
        failures=[failure for rank in sorted(failures) for failure in failures[rank]],
        resumed=counts["resumed"],
        records=table.records,
        docs=table.docs,
    )


def extract_paths(
    paths: Iterable[str | os.PathLike],
    *,
    meta: str | os.PathLike | None = None,
    workers: int | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    manifest: str | os.PathLike | None = None,
    resume: bool = False,
    engine: str = "processes",
    scheduler: str | None = None,
) -> pd.DataFrame:
    """Records from files and folders as a DataFrame (CSV columns, text order).

    Options as in `run_batch`; `workers` defaults, as on the command line, to
    one process per CPU core. Failures and skips are kept in
    `frame.attrs["failures"]` / `["skipped"]`.

    The frame is typed for pandas (`export.to_public_frame`): text columns have
    the "string" dtype with <NA> where a record has no value (so `isna()` and
    `groupby("to_org")` see absent values as absent), `start`/`end` are Int64,
    `confidence` Float64. The CSV `extract` writes keeps "" for absent values.

        >>> frame = extract_paths(["corpus/articles"])
        >>> frame.groupby("to_org").size()        # no "" group: absent is <NA>
    """
    result = run_batch(
        paths,
        meta=meta,
        workers=default_workers() if workers is None else workers,
        include=include,
        exclude=exclude,
        manifest=manifest,
        resume=resume,
        engine=engine,
        scheduler=scheduler,
    )
    frame = to_public_frame(result.frame)
    frame.attrs["failures"] = [asdict(f) for f in result.failures]
    frame.attrs["skipped"] = result.skipped
    return frame
