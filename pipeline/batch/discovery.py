"""Which files a batch reads, with their doc ids, and which it skips and why."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.batch.work import Task
from pipeline.readers import SUPPORTED_SUFFIXES


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


