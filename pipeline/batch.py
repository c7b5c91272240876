"""Folders of articles → one table of records; every input accounted for.

Each input ends processed (possibly with no record), skipped (hidden file,
unknown extension, excluded, empty, duplicate doc id) or failed (with the stage
and reason). One bad file never stops the batch or costs another file's records.

Each finished file is appended to a manifest (doc, content hash, status, its
records and failures) as soon as it is done, so a run killed at any point can be
resumed: files whose content is unchanged are taken from the manifest and only
the rest is processed, and the table comes out the same as from one
uninterrupted run.

Records go to a sink as each file finishes (`pipeline.sink`): a DataFrame for
the Python API, or straight to the output CSV for the command line, which then
holds only per-file counts and failures, however many records there are.

Engines run the same per-file function, `process_file`: in this process
(workers=1), in a pool of worker processes, or on a Dask distributed cluster
(`engine="dask"`, the optional extra `talentflow[dask]`).
"""

from __future__ import annotations

import fnmatch
import hashlib
import heapq
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from multiprocessing import get_context
from pathlib import Path

import pandas as pd

from models import LocatedMove
from pipeline.export import atomic_write
from pipeline.readers import SUPPORTED_SUFFIXES, InputError, load_meta, names_its_articles, parse_articles, read_bytes
from pipeline.sink import CsvSink, FrameSink

log = logging.getLogger(__name__)

FAILURE_COLUMNS = ("path", "doc", "stage", "error", "message")
MANIFEST_VERSION = 1
ENGINES = ("processes", "dask")
# The longest text one spaCy Doc is made of. News articles are far shorter;
# a longer one (a crawl that glued pages together, a whole book) is cut into
# pieces so memory stays bounded and no stage sees more than this at once.
MAX_CHARS = 20_000
# Where an overlong text may be cut, best first: after a paragraph, after a
# sentence (closing quotes stay with it: `…离职。”`), at a clause break or space.
_BREAKS = (
    re.compile(r"\n+"),
    re.compile(r"[。！？!?；;…]+[”」』’\"')）]*"),
    re.compile(r"[，、,：:\s]+"),
)


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
    digest: str = ""  # sha256 of the file's bytes; "" when they could not be read
    records: list[LocatedMove] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    articles: int = 0
    resumed: bool = False  # taken from the manifest of an earlier run

    @property
    def status(self) -> str:
        # A JSONL file with one broken line is processed: its other lines were.
        return "failed" if self.failures and not self.articles else "processed"


@dataclass
class BatchResult:
    frame: pd.DataFrame | None  # None when the records were written to `output` instead
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


def discover(
    paths: Iterable[str | os.PathLike], *, include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> tuple[list[Task], list[tuple[str, str]]]:
    """Files to read (with their doc ids) and files skipped with the reason."""
    tasks: list[Task] = []
    skipped: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
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
            # The doc id is the path relative to the folder given, without extension.
            doc = relative.with_suffix("").as_posix() if root else path.stem
            reason = _skip_reason(path, relative, include, exclude) or (
                f"duplicate doc id {doc!r} (also {seen[doc]})" if doc in seen else ""
            )
            if reason:
                skipped.append((str(path), reason))
                continue
            seen[doc] = str(path)
            tasks.append(Task(str(path), doc))
    return tasks, skipped


def _skip_reason(path: Path, relative: Path, include: Sequence[str], exclude: Sequence[str]) -> str:
    if any(part.startswith(".") for part in relative.parts):
        return "hidden file"
    if relative.suffix.lower() not in SUPPORTED_SUFFIXES:
        return f"unsupported extension {relative.suffix or '(none)'!r}"
    name = relative.as_posix()
    if include and not any(fnmatch.fnmatch(name, pattern) for pattern in include):
        return "not matched by --include"
    if any(fnmatch.fnmatch(name, pattern) for pattern in exclude):
        return "matched by --exclude"
    try:
        empty = path.stat().st_size == 0
    except OSError:
        empty = False  # gone or unreachable: reading it will fail with the reason
    return "empty file" if empty else ""


def split_text(text: str, *, max_chars: int = MAX_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs that cover `text` in order, no piece over `max_chars`.

    A piece ends at the last paragraph break in the second half of its window,
    else at the last sentence end, else at a clause break or space; a line
    with none of these is cut into fixed windows.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start + max_chars // 2, start + max_chars)
        yield start, text[start:end]
        start = end
    yield start, text[start:]


def _cut(text: str, earliest: int, latest: int) -> int:
    for pattern in _BREAKS:
        last = None
        for last in pattern.finditer(text, earliest, latest):
            pass
        if last is not None:
            return last.end()
    return latest


def _extract(text: str, *, doc: str, published, max_chars: int) -> list[LocatedMove]:
    """Records of one article, piece by piece; offsets are into the whole text."""
    from pipeline.api import extract_text

    records: list[LocatedMove] = []
    for offset, piece in split_text(text, max_chars=max_chars):
        found = extract_text(piece, doc=doc, published=published)
        if offset:
            found = [record.model_copy(update={"start": record.start + offset, "end": record.end + offset}) for record in found]
        records += found
    return records


def process_file(
    task: Task, meta: dict[str, dict[str, str]] | None = None, *, max_chars: int = MAX_CHARS
) -> FileResult:
    """Read and extract one file; failures are returned, never raised.

    The one per-file function every engine runs (in process, process pool, Dask).
    """
    result = FileResult(task)
    path = Path(task.path)
    try:
        data = read_bytes(path)
        result.digest = hashlib.sha256(data).hexdigest()
        for item in parse_articles(data, path, task.doc, _WORKER_META if meta is None else meta):
            if isinstance(item, InputError):
                result.failures.append(Failure(task.path, task.doc, item.stage, "InputError", item.reason))
                continue
            result.articles += 1
            try:
                result.records.extend(_extract(item.text, doc=item.doc, published=item.published, max_chars=max_chars))
            except Exception as err:  # noqa: BLE001 - reported as this file's failure, the batch goes on
                log.exception("extraction failed for %s", item.doc)
                result.failures.append(Failure(task.path, item.doc, "extract", type(err).__name__, str(err)))
    except InputError as err:
        result.failures.append(Failure(task.path, task.doc, err.stage, "InputError", err.reason))
    except Exception as err:  # noqa: BLE001 - a reader's surprise (lxml, pydantic) fails this file only
        log.exception("reading %s failed", task.path)
        result.failures.append(Failure(task.path, task.doc, "parse", type(err).__name__, str(err)))
    return result


# The metadata table in a pool worker process, set once by its initializer.
_WORKER_META: dict[str, dict[str, str]] = {}


def _init_worker(meta: dict[str, dict[str, str]]) -> None:
    # One pipeline per worker process, built once; the metadata rides along.
    global _WORKER_META
    _WORKER_META = meta
    from pipeline.api import default_nlp

    default_nlp()


def _in_process(tasks: Sequence[Task], meta: dict[str, dict[str, str]], max_chars: int) -> Iterator[FileResult]:
    for task in tasks:
        yield process_file(task, meta, max_chars=max_chars)


def _process_pool(
    tasks: Sequence[Task], meta: dict[str, dict[str, str]], workers: int, max_chars: int
) -> Iterator[FileResult]:
    # spawn: a fresh interpreter per worker, no inherited locks or threads.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init_worker, initargs=(meta,)) as pool:
        # map keeps input order, so the output is identical for any worker count.
        work = partial(process_file, max_chars=max_chars)
        stream = pool.map(work, tasks, chunksize=max(1, min(8, len(tasks) // (workers * 4))))
        done = 0
        try:
            for result in stream:
                done += 1
                yield result
        except BrokenProcessPool as err:
            # A worker died (killed, out of memory): what it held cannot be told
            # apart, so every unfinished file fails.
            log.error("a worker process died; %d files left unprocessed", len(tasks) - done)
            for task in tasks[done:]:
                yield _lost(task, type(err).__name__, str(err))


def _dask_cluster(
    tasks: Sequence[Task], meta: dict[str, dict[str, str]], workers: int, max_chars: int, scheduler: str | None
) -> Iterator[FileResult]:
    """Results as the cluster finishes them; the caller restores input order."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as err:
        raise ImportError("engine 'dask' needs dask.distributed: pip install 'talentflow[dask]'") from err
    # Without a scheduler address: a cluster on this machine, one thread per
    # worker process (the pipeline is built once per process and used serially).
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    try:
        with Client(scheduler or cluster) as client:
            # The metadata table travels to each worker once, not with every file.
            [shared_meta] = client.scatter([meta], broadcast=True)
            # Workers elsewhere have another working directory: give them absolute paths.
            tasks = [Task(str(Path(task.path).resolve()), task.doc) for task in tasks]
            futures = client.map(process_file, tasks, meta=shared_meta, max_chars=max_chars, pure=False)
            task_of = {future.key: task for future, task in zip(futures, tasks)}
            finished = as_completed(futures)
            del futures  # each result is released on the cluster once it is yielded here
            for future in finished:
                task = task_of.pop(future.key)
                if future.status == "finished":
                    yield future.result()
                else:
                    # The worker died or the task could not run (KilledWorker, …).
                    error = future.exception() if future.status == "error" else None
                    yield _lost(task, type(error).__name__ if error else future.status, str(error or ""))
    finally:
        if cluster is not None:
            cluster.close()


def _lost(task: Task, error: str, message: str) -> FileResult:
    """A file whose worker was lost: it fails, stays out of the manifest, and --resume retries it."""
    return FileResult(task, failures=[Failure(task.path, task.doc, "worker", error, message)])


class Manifest:
    """`OUT.manifest.jsonl`: one line per finished file, appended as it finishes.

    The first line fingerprints the settings that change records (talentflow's
    version, the metadata); a manifest with another fingerprint is not reused.
    A line torn by a kill is dropped when the manifest is read back.
    """

    def __init__(self, path: str | os.PathLike, *, fingerprint: str) -> None:
        self.path = Path(path)
        self.fingerprint = fingerprint

    def index(self) -> dict[str, tuple[str, int]]:
        """doc → (content hash, offset of its last complete entry); empty if absent or from other settings.

        Only the offsets are kept: the entries' records are read back one file
        at a time (`entries`), so resuming holds no more than a fresh run.
        """
        if not self.path.exists():
            return {}
        found: dict[str, tuple[str, int]] = {}
        with self.path.open("rb") as handle:
            header = _json_line(handle.readline())
            if not header or header.get("fingerprint") != self.fingerprint:
                log.warning("%s: written with other settings or version; starting afresh", self.path)
                return {}
            offset = handle.tell()
            for line in handle:
                entry = _json_line(line)
                if entry is None:
                    log.warning("%s: dropping a torn line", self.path)
                else:
                    found[entry["doc"]] = (entry["hash"], offset)
                offset += len(line)
        return found

    def entries(self, offsets: Iterable[int]) -> Iterator[dict]:
        """The entries at these offsets (from `index`), read one at a time."""
        with self.path.open("rb") as handle:
            for offset in offsets:
                handle.seek(offset)
                yield json.loads(handle.readline())

    def rewrite(self, entries: Iterable[dict]) -> None:
        """Replace the manifest atomically with these entries."""
        with atomic_write(self.path) as handle:
            handle.write(json.dumps({"manifest": MANIFEST_VERSION, "fingerprint": self.fingerprint}) + "\n")
            for entry in entries:
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")

    @contextmanager
    def appending(self) -> Iterator[Callable[[dict], None]]:
        """A function that appends one entry, through one handle kept open for the batch."""
        with self.path.open("a", encoding="utf-8") as handle:

            def append(entry: dict) -> None:
                # One write of one whole line, flushed: a SIGKILL can tear at most this line.
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
                handle.flush()

            yield append


def _json_line(line: bytes) -> dict | None:
    if not line.endswith(b"\n"):
        return None
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def manifest_entry(result: FileResult) -> dict:
    return {
        "doc": result.task.doc,
        "path": result.task.path,
        "hash": result.digest,
        "status": result.status,
        "articles": result.articles,
        "records": [record.model_dump() for record in result.records],
        "failures": [asdict(failure) for failure in result.failures],
    }


def _resumed(task: Task, entry: dict) -> FileResult:
    return FileResult(
        task,
        digest=entry["hash"],
        records=[LocatedMove.model_validate(record) for record in entry["records"]],
        failures=[Failure(**{**failure, "path": task.path}) for failure in entry["failures"]],
        articles=entry["articles"],
        resumed=True,
    )


def _restart(journal: Manifest, tasks: Sequence[Task], take: Callable[[FileResult], None], *, resume: bool) -> int:
    """Start the manifest afresh, with `resume` keeping the files it has unchanged; how many it kept.

    Torn and stale lines are dropped. Each kept file goes to `take` as its
    entry is copied over, so one entry at a time is in memory.
    """
    earlier = journal.index() if resume else {}
    reused = [(task, earlier[task.doc][1]) for task in tasks if task.doc in earlier and earlier[task.doc][0] == _digest(task.path)]

    def copied() -> Iterator[dict]:
        if not reused:
            return  # nothing to read back: the old manifest need not exist
        for (task, _offset), entry in zip(reused, journal.entries(offset for _task, offset in reused)):
            result = _resumed(task, entry)
            take(result)
            yield manifest_entry(result)

    journal.rewrite(copied())
    return len(reused)


def _digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


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


def _fingerprint(meta: dict[str, dict[str, str]], max_chars: int) -> str:
    try:
        release = version("talentflow")
    except PackageNotFoundError:
        release = "unknown"
    settings = {"talentflow": release, "meta": meta, "max_chars": max_chars}
    return hashlib.sha256(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


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
) -> BatchResult:
    """Every file under `paths` read, extracted and accounted for.

    With `manifest`, each finished file is recorded there; with `resume` too,
    files already recorded with the same content hash are not processed again.
    `progress(result, total)` is called as each of the `total` files is done.
    Texts longer than `max_chars` are extracted piece by piece (`split_text`).
    `engine="dask"` runs on the cluster whose scheduler is at `scheduler`, or
    on a local cluster of `workers` processes.
    With `output`, the records go to that CSV as files finish, in memory that
    does not grow with them (`sink.CsvSink`), and `frame` is None; the CSV
    appears only once the batch is done (`sink.OutputError` if it cannot).
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    tasks, skipped = discover(paths, include=include, exclude=exclude)
    meta_table = load_meta(meta) if meta else {}
    journal = Manifest(manifest, fingerprint=_fingerprint(meta_table, max_chars)) if manifest else None
    # Per file only its rank and outcome are kept; its records go to the sink.
    rank_of = {task.doc: rank for rank, task in enumerate(tasks)}
    failures: dict[int, list[Failure]] = {}
    counts = {"processed": 0, "failed": 0, "resumed": 0}
    done: set[int] = set()
    pending = _Pending(tasks)

    def take(result: FileResult) -> None:
        rank = rank_of[result.task.doc]
        done.add(rank)
        table.add(rank, result.records)
        table.settle(pending.low(done))
        if result.failures:
            failures[rank] = result.failures
        counts[result.status] += 1
        counts["resumed"] += result.resumed
        if progress is not None:
            progress(result, len(tasks))

    with CsvSink(output) if output is not None else FrameSink() as table, ExitStack() as stack:
        append = None
        if journal is not None:
            reused = _restart(journal, tasks, take, resume=resume)
            log.info("resuming: %d of %d files already done", reused, len(tasks))
            append = stack.enter_context(journal.appending())
        todo = [task for rank, task in enumerate(tasks) if rank not in done]
        if engine == "dask" and todo:
            stream = _dask_cluster(todo, meta_table, workers, max_chars, scheduler)
        elif workers <= 1 or len(todo) <= 1:
            stream = _in_process(todo, meta_table, max_chars)
        else:
            stream = _process_pool(todo, meta_table, workers, max_chars)
        for result in stream:
            # Unread files and files lost with a crashed worker stay out: --resume retries them.
            if append is not None and result.digest:
                append(manifest_entry(result))
            take(result)
    return BatchResult(
        frame=table.frame,
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
    workers: int = 1,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    manifest: str | os.PathLike | None = None,
    resume: bool = False,
    engine: str = "processes",
    scheduler: str | None = None,
) -> pd.DataFrame:
    """Records from files and folders as a DataFrame (CSV columns, text order).

    Options as in `run_batch`. Failures and skips are kept in
    `frame.attrs["failures"]` / `["skipped"]`.
    """
    result = run_batch(
        paths,
        meta=meta,
        workers=workers,
        include=include,
        exclude=exclude,
        manifest=manifest,
        resume=resume,
        engine=engine,
        scheduler=scheduler,
    )
    frame = result.frame
    frame.attrs["failures"] = [asdict(f) for f in result.failures]
    frame.attrs["skipped"] = result.skipped
    return frame
