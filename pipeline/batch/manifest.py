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

from models import LocatedMove
from pipeline.batch.work import Failure, FileResult, Task
from pipeline.export import atomic_write
from pipeline.readers import shown
from pipeline.sink import OutputError

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
        with self._writing(), atomic_write(self.path) as handle:
            handle.write(json.dumps({"manifest": MANIFEST_VERSION, "fingerprint": self.fingerprint}) + "\n")
            for entry in entries:
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")

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
        **manifest_entry_head(result),
        "records": [record.model_dump() for record in result.all_records()],
        "failures": [asdict(failure) for failure in result.failures],
    }


# Records serialized per chunk of a manifest line.
_CHUNK_RECORDS = 512


def entry_chunks(result: FileResult) -> Iterator[str]:
    """`manifest_entry(result)` as one JSON line, in pieces: the records a chunk at a time."""
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


def _resumed(task: Task, entry: dict) -> FileResult:
    return FileResult(
        task,
        digest=entry["hash"],
        records=[LocatedMove.model_validate(record) for record in entry["records"]],
        failures=[Failure(**{**failure, "path": shown(task.path)}) for failure in entry["failures"]],
        articles=entry["articles"],
        resumed=True,
    )


def restart(journal: Manifest, tasks: Sequence[Task], take: Callable[[FileResult], None], *, resume: bool) -> int:
    """Start the manifest afresh, with `resume` keeping the files it has unchanged; how many it kept.

    Torn and stale lines are dropped. Each kept file goes to `take` as its
    entry is copied over, so one entry at a time is in memory.
    """
    earlier = journal.index() if resume else {}
    reused = [(task, earlier[task.doc][1]) for task in tasks if task.doc in earlier and earlier[task.doc][0] == digest(task.path)]

    def copied() -> Iterator[dict]:
        if not reused:
            return  # nothing to read back: the old manifest need not exist
        for (task, _offset), entry in zip(reused, journal.entries(offset for _task, offset in reused)):
            result = _resumed(task, entry)
            take(result)
            yield manifest_entry(result)

    journal.rewrite(copied())
    return len(reused)


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


