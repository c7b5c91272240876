"""One file → its records or its failures: the per-file function every engine runs.

`process_file` reads, decodes, parses and extracts one file and returns what
came of it; it never raises, so one bad file costs the batch nothing else.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import pickle
import re
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from talentflow.models import LocatedMove
from talentflow.batch.articles import names_its_articles, parse_articles, read_bytes
from talentflow.batch.errors import InputError, shown
from talentflow.batch.jsonl import share

log = logging.getLogger(__name__)

FAILURE_COLUMNS = ("path", "doc", "stage", "error", "message")
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
    path: str  # as the OS gives it: undecodable name bytes as lone surrogates, to open it
    doc: str
    problem: str = ""  # set by discovery for what cannot be read at all (a folder it could not list)
    # A big file is read as `parts` tasks (`split_parts`): this one extracts the
    # `part`-th slice of its text; `merge_parts` joins their results in order.
    part: int = 0
    parts: int = 1


@dataclass(frozen=True)
class Failure:
    path: str
    doc: str
    stage: str
    error: str
    message: str


# A file's records past this many go to a spool file (pickled blocks), not
# memory: a 50 MB article gives hundreds of thousands, and neither the worker
# nor the collecting process may hold them all.
SPOOL_RECORDS = 2048


@dataclass
class FileResult:
    task: Task
    digest: str = ""  # sha256 of the file's bytes; "" when they could not be read
    records: list[LocatedMove] = field(default_factory=list)  # the last ones; the first ones in `spool`
    failures: list[Failure] = field(default_factory=list)
    articles: int = 0
    resumed: bool = False  # taken from the manifest of an earlier run
    spool: str = ""  # a temp file of pickled lists of records that come before `records`
    pieces: list[FileResult] = field(default_factory=list)  # a big file's parts, in order (`merge_parts`)

    @property
    def status(self) -> str:
        # A JSONL file with one broken line is processed: its other lines were.
        return "failed" if self.failures and not self.articles else "processed"

    def all_records(self) -> Iterator[LocatedMove]:
        """The file's records in order, the spooled ones read back a block at a time."""
        for piece in self.pieces:
            yield from piece.all_records()
        if self.spool:
            with open(self.spool, "rb") as blocks:
                while True:
                    try:
                        yield from pickle.load(blocks)
                    except EOFError:
                        break
        yield from self.records

    def keep(self, found: list[LocatedMove], folder: str | None) -> None:
        """Add records; past SPOOL_RECORDS in memory they go to a spool file in `folder` (if given)."""
        self.records += found
        if folder is not None and len(self.records) >= SPOOL_RECORDS:
            if not self.spool:
                handle, self.spool = tempfile.mkstemp(dir=folder, suffix=".records")
                os.close(handle)
            with open(self.spool, "ab") as blocks:
                pickle.dump(self.records, blocks, protocol=pickle.HIGHEST_PROTOCOL)
            self.records = []

    def discard(self) -> None:
        """Remove the spool file, once its records are in the sink and the manifest."""
        for piece in self.pieces:
            piece.discard()
        if self.spool:
            Path(self.spool).unlink(missing_ok=True)


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


def _extract(text: str, *, doc: str, published, max_chars: int, part: tuple[int, int] = (0, 1)) -> Iterator[list[LocatedMove]]:
    """Records of one article, a piece at a time; offsets are into the whole text.

    With `part` (k, n), only the pieces that start in the k-th of n equal
    slices of the text: n workers each take one slice of a huge article.
    """
    from talentflow.api import extract_text

    lo, hi = share(part, len(text))
    for offset, piece in split_text(text, max_chars=max_chars):
        if not lo <= offset < hi:
            continue
        found = extract_text(piece, doc=doc, published=published)
        if offset:
            found = [record.model_copy(update={"start": record.start + offset, "end": record.end + offset}) for record in found]
        yield found


def process_file(
    task: Task, meta: dict[str, dict[str, str]] | None = None, *, max_chars: int = MAX_CHARS, spool: str | None = None
) -> FileResult:
    """Read and extract one file; failures are returned, never raised.

    The one per-file function every engine runs (in process, process pool, Dask).
    With `spool` (a folder), a file's records past SPOOL_RECORDS are written
    there as they come (`FileResult.spool`) instead of held: the caller reads
    them back with `all_records()` and removes them with `discard()`.
    """
    result = FileResult(task)
    path = Path(task.path)
    name = shown(task.path)  # what messages and the errors CSV show: printable, UTF-8
    jsonl = names_its_articles(task.path)
    if task.problem:
        result.failures.append(Failure(name, task.doc, "read", "InputError", task.problem))
        return result
    try:
        data = read_bytes(path)
        result.digest = hashlib.sha256(data).hexdigest()
        items = parse_articles(data, path, task.doc, _WORKER_META if meta is None else meta, part=(task.part, task.parts))
        del data  # the reader drops the bytes once decoded: a huge file is not held twice
        for item in items:
            if isinstance(item, InputError):
                result.failures.append(Failure(name, task.doc, item.stage, "InputError", item.reason))
                continue
            try:
                # A JSONL's lines are shared out by parse_articles; one article's pieces, here.
                whole = (0, 1) if jsonl else (task.part, task.parts)
                for found in _extract(item.text, doc=item.doc, published=item.published, max_chars=max_chars, part=whole):
                    result.keep(found, spool)
            except Exception as err:  # noqa: BLE001 - reported as this file's failure, the batch goes on
                log.exception("extraction failed for %s", item.doc)
                result.failures.append(Failure(name, item.doc, "extract", type(err).__name__, str(err)))
                continue
            # Counted once extracted: a .json whose one article failed is a failed file, not a processed one.
            result.articles += 1
    except InputError as err:
        result.failures.append(Failure(name, task.doc, err.stage, "InputError", err.reason))
    except Exception as err:  # noqa: BLE001 - a reader's surprise (lxml, pydantic) fails this file only
        log.exception("reading %s failed", name)
        result.failures.append(Failure(name, task.doc, "parse", type(err).__name__, str(err)))
    return result


# The metadata table in a pool worker process, set once by its initializer.
_WORKER_META: dict[str, dict[str, str]] = {}


def init_worker(meta: dict[str, dict[str, str]], parent: int | None = None) -> None:
    # One pipeline per worker process, built once; the metadata rides along.
    global _WORKER_META
    if parent is not None:
        die_with(parent)
    _WORKER_META = meta
    from talentflow.api import default_nlp

    default_nlp()




# prctl(2) option: the signal this process gets when its parent dies.
_PR_SET_PDEATHSIG = 1
# How often a worker checks that its parent is still there, in seconds.
PARENT_CHECK_SECONDS = 1.0


def die_with(parent: int) -> None:
    """End this worker when the process that started it dies, however it dies.

    A SIGKILL or SIGTERM of `talentflow extract` must not leave its workers
    (~250 MB each) running for ever. On Linux the kernel sends SIGKILL on the
    parent's death (PR_SET_PDEATHSIG); everywhere, a thread checks every second
    that the parent is still this process's parent (an orphan is re-parented).
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no prctl: the watchdog alone
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the signal was asked for

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="talentflow-parent-watch", daemon=True).start()
