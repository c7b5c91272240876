"""`OUT.manifest.jsonl`: each finished file, appended as it finishes, so a killed run can be resumed."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from talentflow.models import LocatedMove
from talentflow.batch.jsonstream import BadLine, scan_line
from talentflow.batch.work import Failure, FileResult, Task
from talentflow.batch.export import atomic_write
from talentflow.batch.errors import shown
from talentflow.batch.sink import OutputError

log = logging.getLogger(__name__)

MANIFEST_VERSION = 1

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
        at a time (`result`), so resuming holds no more than a fresh run. Each
        line is read in chunks (`jsonstream`): a line holding a 50 MB file's
        records is checked whole without ever being in memory at once.
        """
        if not self.path.exists():
            return {}
        found: dict[str, tuple[str, int]] = {}
        with self.path.open("rb") as handle:
            try:
                header = scan_line(handle, _ignore, frozenset())
            except BadLine:
                header = {}
            if header.get("fingerprint") != self.fingerprint:
                log.warning("%s: written with other settings or version; starting afresh", shown(self.path))
                return {}
            number = 1
            while True:
                offset = handle.tell()
                if not handle.peek(1):
                    break
                number += 1
                try:
                    entry = scan_line(handle, _ignore, _STREAMED)
                    found[entry["doc"]] = (entry["hash"], offset)
                except (BadLine, KeyError, TypeError) as err:
                    # A kill mid-write tears the last line: that file is simply processed again.
                    what = "cut short by a killed run" if getattr(err, "torn", False) else f"unreadable ({err})"
                    log.warning("%s: line %d %s; its file is processed again", shown(self.path), number, what)
        return found

    def result(self, task: Task, offset: int, spool: str | None = None) -> FileResult:
        """The file's result from its entry at `offset` (from `index`), its records spooled to `spool` as read."""
        found = FileResult(task, resumed=True)
        block: list[LocatedMove] = []
        failures: list[Failure] = []

        def element(key: str, value: object) -> None:
            if key == "failures":
                failures.append(Failure(**{**value, "path": shown(task.path)}))
                return
            block.append(LocatedMove.model_validate(value))
            if len(block) == _CHUNK_RECORDS:
                found.keep(block, spool)
                block.clear()

        with self.path.open("rb") as handle:
            handle.seek(offset)
            head = scan_line(handle, element, _STREAMED)
        found.keep(list(block), spool)
        found.digest, found.articles, found.failures = head["hash"], head["articles"], failures
        return found

    def rewrite(self, results: Iterable[FileResult]) -> None:
        """Replace the manifest atomically with the entries of these results (each discarded once written)."""
        with self._writing(), atomic_write(self.path) as handle:
            handle.write(json.dumps({"manifest": MANIFEST_VERSION, "fingerprint": self.fingerprint}) + "\n")
            for result in results:
                try:
                    for chunk in entry_chunks(result):
                        handle.write(chunk)
                finally:
                    result.discard()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        # Disk full or the folder taken away mid-run: one message naming the manifest, not a traceback.
        try:
            yield
        except OSError as err:
            raise OutputError(f"{shown(self.path)}: cannot write: {err.strerror or err}") from err

    @contextmanager
    def appending(self) -> Iterator[Callable[[FileResult], None]]:
        """A function that appends one file's entry, through one handle kept open for the batch."""
        with self._writing():
            handle = self.path.open("a", encoding="utf-8")
        with handle:

            def append(result: FileResult) -> None:
                # Written in chunks (a big file's records are never all in memory),
                # then flushed: a SIGKILL can tear at most this line, dropped on reading.
                with self._writing():
                    for chunk in entry_chunks(result):
                        handle.write(chunk)
                    handle.flush()

            yield append


def _ignore(key: str, value: object) -> None:
    """Records and failures are only checked when the manifest is indexed, not kept."""


# The arrays of an entry read an element at a time.
_STREAMED = frozenset({"records", "failures"})


# Records serialized per chunk of a manifest line.
_CHUNK_RECORDS = 512


def entry_chunks(result: FileResult) -> Iterator[str]:
    """The file's entry (`manifest_entry_head`, its records, its failures) as one JSON line, in pieces: the records a chunk at a time."""
    yield json.dumps(manifest_entry_head(result), ensure_ascii=False)[:-1] + ', "records": ['
    chunk: list[str] = []
    first = True
    for record in result.all_records():
        chunk.append(json.dumps(record.model_dump(), ensure_ascii=False))
        if len(chunk) == _CHUNK_RECORDS:
            yield ("" if first else ", ") + ", ".join(chunk)
            chunk, first = [], False
    if chunk:
        yield ("" if first else ", ") + ", ".join(chunk)
    yield '], "failures": ' + json.dumps([asdict(failure) for failure in result.failures], ensure_ascii=False) + "}\n"


def manifest_entry_head(result: FileResult) -> dict:
    return {
        "doc": result.task.doc,
        "path": shown(result.task.path),
        "hash": result.digest,
        "status": result.status,
        "articles": result.articles,
    }


def restart(
    journal: Manifest, tasks: Sequence[Task], take: Callable[[FileResult], None], *, resume: bool, spool: str | None = None
) -> int:
    """Start the manifest afresh, with `resume` keeping the files it has unchanged; how many it kept.

    Torn and stale lines are dropped. Each kept file goes to `take` as its
    entry is copied over, its records spooled to `spool` (a folder) as they
    are read: one entry's records at a time are in memory, or none.
    """
    earlier = journal.index() if resume else {}
    reused = [(task, earlier[task.doc][1]) for task in tasks if task.doc in earlier and earlier[task.doc][0] == digest(task.path)]
    kept = 0

    def copied() -> Iterator[FileResult]:
        nonlocal kept
        for task, offset in reused:
            try:
                result = journal.result(task, offset, spool)
            except (BadLine, OSError, KeyError, TypeError, ValueError) as err:
                # Changed since it was indexed: the file is processed again.
                log.warning("%s: the entry for %s cannot be read back (%s); processing it again", shown(journal.path), task.doc, err)
                continue
            take(result)
            kept += 1
            yield result

    journal.rewrite(copied())
    return kept


def digest(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return ""


def fingerprint(meta: dict[str, dict[str, str]], max_chars: int) -> str:
    try:
        release = version("talentflow")
    except PackageNotFoundError:
        release = "unknown"
    settings = {"talentflow": release, "meta": meta, "max_chars": max_chars}
    return hashlib.sha256(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


