"""Which files a batch reads, with their doc ids, and which it skips and why.

Every entry under a folder given ends as a task or a skip with its reason:
symbolic links (followed, unless they point back into what was read, or
nowhere), folders that cannot be listed (a task that fails with the reason),
FIFOs and devices (never opened: reading a FIFO would hang the batch), and the
batch's own outputs (`OUT.csv`, `OUT.manifest.jsonl`, … when `-o` sits inside
a folder being read: the next run must not read its own manifest as news).
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from talentflow.batch.outputs import is_own_manifest
from talentflow.batch.work import Task
from talentflow.batch.articles import SUPPORTED_SUFFIXES
from talentflow.batch.errors import shown

_KINDS = {
    stat.S_IFIFO: "FIFO",
    stat.S_IFSOCK: "socket",
    stat.S_IFCHR: "character device",
    stat.S_IFBLK: "block device",
}


def discover(
    paths: Iterable[str | os.PathLike],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    outputs: Iterable[str | os.PathLike] = (),
) -> tuple[list[Task], list[tuple[str, str]]]:
    """Files to read (with their doc ids) and files skipped with the reason.

    A folder that cannot be listed comes back as a task with its `problem`
    set, so it fails like an unreadable file. `outputs` are the files this
    batch writes: never read, whatever folder they sit in.
    """
    own = {os.path.realpath(path) for path in outputs}
    tasks: list[Task] = []
    skipped: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for given in map(Path, paths):
        if given.is_dir():
            found = _walk(given, own, skipped)
            root: Path | None = given
        elif os.path.lexists(given):
            found, root = [(str(given), "")], None
        else:
            raise FileNotFoundError(f"{shown(given)}: no such file or folder")
        # Sorted by path, as the text of the whole path: the order of the table's ties.
        for path, problem in sorted(found):
            relative = Path(os.path.relpath(path, root)) if root else Path(Path(path).name)
            if problem:
                # An unlistable folder: its doc names the folder (`2024/`), never a file's.
                tasks.append(Task(path, shown(relative.as_posix()) + "/", problem=problem))
                continue
            # The doc id is the path relative to the folder given, without extension.
            doc = shown(relative.with_suffix("").as_posix() if root else Path(path).stem)
            reason = _skip_reason(path, relative, include, exclude, own) or (
                f"duplicate doc id {doc!r} (also {seen[doc]})" if doc in seen else ""
            )
            if reason:
                skipped.append((shown(path), reason))
                continue
            seen[doc] = shown(path)
            tasks.append(Task(path, doc))
    return tasks, skipped


def _walk(root: Path, own: set[str], skipped: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(path, problem) of every non-hidden file under `root`; problem set for a folder that cannot be listed.

    Symbolic links to folders are followed, except to a folder already read
    (a loop `news/self → news`, or a second way into the same folder).
    """
    found: list[tuple[str, str]] = []
    own_names = {os.path.basename(path) for path in own}
    entered = set()
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in entered:
                skipped.append((shown(folder), f"link to a folder already read ({shown(os.path.realpath(folder))})"))
                continue
            entered.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as err:
            found.append((folder, f"cannot list folder: {err.strerror or err}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                # `.git/`, `.DS_Store`, our own temp files: one skip for a whole hidden folder.
                skipped.append((shown(entry.path), "hidden folder" if _is_dir(entry) else "hidden file"))
            elif _is_dir(entry):
                stack.append(entry.path)
            elif entry.name in own_names and os.path.realpath(entry.path) in own:
                skipped.append((shown(entry.path), "an output of this run"))
            else:
                found.append((entry.path, ""))
    return found


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows a symbolic link: a linked folder is read too
    except OSError:
        return False


def _skip_reason(path: str, relative: Path, include: Sequence[str], exclude: Sequence[str], own: set[str]) -> str:
    if any(part.startswith(".") for part in relative.parts):
        return "hidden file"
    if relative.suffix.lower() not in SUPPORTED_SUFFIXES:
        return f"unsupported extension {relative.suffix or '(none)'!r}"
    name = relative.as_posix()
    if include and not any(fnmatch.fnmatch(name, pattern) for pattern in include):
        return "not matched by --include"
    if any(fnmatch.fnmatch(name, pattern) for pattern in exclude):
        return "matched by --exclude"
    if os.path.realpath(path) in own:
        return "an output of this run"
    try:
        info = os.stat(path)
    except FileNotFoundError:
        # Read as a task it would only fail the same way; a skip says what it is.
        return f"broken symbolic link (to {shown(os.readlink(path))})" if os.path.islink(path) else "vanished"
    except OSError as err:
        return f"cannot be looked at: {err.strerror or err}"
    if not stat.S_ISREG(info.st_mode):
        return f"not a regular file ({_KINDS.get(stat.S_IFMT(info.st_mode), 'special file')})"
    if is_own_manifest(path):
        return "a talentflow manifest (an output, not articles)"
    return "empty file" if info.st_size == 0 else ""
