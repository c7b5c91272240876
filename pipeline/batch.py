"""Folders of articles → one table of records; every input accounted for.

Each input ends processed (possibly with no record), skipped (hidden file,
unknown extension, excluded) or failed (with the stage and reason). One bad
file never stops the batch or costs another file's records.
"""

from __future__ import annotations

import fnmatch
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import pandas as pd

from pipeline.export import records_frame
from pipeline.readers import SUPPORTED_SUFFIXES, InputError, load_meta, read_articles

log = logging.getLogger(__name__)

FAILURE_COLUMNS = ("path", "doc", "stage", "error", "message")


@dataclass(frozen=True)
class Task:
    path: str
    doc: str


@dataclass(frozen=True)
class Failure:
    path: str
    doc: str
    stage: str
    error: str
    message: str


@dataclass
class FileResult:
    task: Task
    records: list = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    articles: int = 0


@dataclass
class BatchResult:
    frame: pd.DataFrame
    processed: int
    skipped: list[tuple[str, str]]
    failures: list[Failure]

    @property
    def failures_frame(self) -> pd.DataFrame:
        return pd.DataFrame([f.__dict__ for f in self.failures], columns=list(FAILURE_COLUMNS))


def discover(
    paths: Iterable[str | os.PathLike], *, include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> tuple[list[Task], list[tuple[str, str]]]:
    """Files to read (with their doc ids) and files skipped with the reason."""
    tasks: list[Task] = []
    skipped: list[tuple[str, str]] = []
    for given in map(Path, paths):
        if given.is_dir():
            candidates = sorted(p for p in given.rglob("*") if p.is_file())
            root = given
        elif given.exists():
            candidates, root = [given], None
        else:
            raise FileNotFoundError(f"{given}: no such file or folder")
        for path in candidates:
            relative = path.relative_to(root) if root else Path(path.name)
            reason = _skip_reason(relative, include, exclude)
            if reason:
                skipped.append((str(path), reason))
                continue
            # The doc id is the path relative to the folder given, without extension.
            doc = relative.with_suffix("").as_posix() if root else path.stem
            tasks.append(Task(str(path), doc))
    return tasks, skipped


def _skip_reason(relative: Path, include: Sequence[str], exclude: Sequence[str]) -> str:
    if any(part.startswith(".") for part in relative.parts):
        return "hidden file"
    if relative.suffix.lower() not in SUPPORTED_SUFFIXES:
        return f"unsupported extension {relative.suffix or '(none)'!r}"
    name = relative.as_posix()
    if include and not any(fnmatch.fnmatch(name, pattern) for pattern in include):
        return "not matched by --include"
    if any(fnmatch.fnmatch(name, pattern) for pattern in exclude):
        return "matched by --exclude"
    return ""


_META: dict[str, dict[str, str]] = {}


def _init_worker(meta: dict[str, dict[str, str]]) -> None:
    # One pipeline per worker process, built once; the metadata rides along.
    global _META
    _META = meta
    from pipeline.api import default_nlp

    default_nlp()


def process_file(task: Task) -> FileResult:
    """Read and extract one file; failures are returned, never raised."""
    from pipeline.api import extract_text

    result = FileResult(task)
    path = Path(task.path)
    try:
        for item in read_articles(path, task.doc, _META):
            if isinstance(item, InputError):
                result.failures.append(Failure(task.path, task.doc, item.stage, "InputError", item.reason))
                continue
            result.articles += 1
            try:
                result.records.extend(extract_text(item.text, doc=item.doc, published=item.published))
            except Exception as err:  # noqa: BLE001 - reported as this file's failure, the batch goes on
                log.exception("extraction failed for %s", item.doc)
                result.failures.append(Failure(task.path, item.doc, "extract", type(err).__name__, str(err)))
    except InputError as err:
        result.failures.append(Failure(task.path, task.doc, err.stage, "InputError", err.reason))
    return result


def run_batch(
    paths: Iterable[str | os.PathLike],
    *,
    meta: str | os.PathLike | None = None,
    workers: int = 1,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    progress: Callable[[FileResult], None] | None = None,
) -> BatchResult:
    tasks, skipped = discover(paths, include=include, exclude=exclude)
    meta_table = load_meta(meta) if meta else {}
    results: list[FileResult] = []
    if workers <= 1 or len(tasks) <= 1:
        _init_worker(meta_table)
        stream = map(process_file, tasks)
        results = _collect(stream, progress)
    else:
        with get_context("spawn").Pool(workers, initializer=_init_worker, initargs=(meta_table,)) as pool:
            # imap keeps input order, so the output is identical for any worker count.
            results = _collect(pool.imap(process_file, tasks, chunksize=2), progress)
    records = [record for result in results for record in result.records]
    failures = [failure for result in results for failure in result.failures]
    processed = sum(1 for result in results if not result.failures or result.articles)
    return BatchResult(records_frame(records), processed, skipped, failures)


def _collect(stream: Iterable[FileResult], progress) -> list[FileResult]:
    results = []
    for result in stream:
        results.append(result)
        if progress is not None:
            progress(result)
    return results


def extract_paths(
    paths: Iterable[str | os.PathLike],
    *,
    meta: str | os.PathLike | None = None,
    workers: int = 1,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> pd.DataFrame:
    """Records from files and folders as a DataFrame (CSV columns, text order).

    Failures and skips are kept in `frame.attrs["failures"]` / `["skipped"]`.
    """
    result = run_batch(paths, meta=meta, workers=workers, include=include, exclude=exclude)
    frame = result.frame
    frame.attrs["failures"] = [f.__dict__ for f in result.failures]
    frame.attrs["skipped"] = result.skipped
    return frame
