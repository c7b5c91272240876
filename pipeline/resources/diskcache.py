"""Tables derived from data files, kept on disk so a new process skips rebuilding them.

A table is stored under a name made of the hash of everything it derives from:
the bytes of its source files (data and the code that builds it), the Python
and package versions. A changed source is a new name, so nothing is ever
invalidated by hand. The directory is `$TALENTFLOW_CACHE_DIR`, else
`$XDG_CACHE_HOME/talentflow`, else `~/.cache/talentflow`. Any failure to read or
write means the table is rebuilt: the cache can only save time, never change a
result.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

CACHE_VARIABLE = "TALENTFLOW_CACHE_DIR"


def cache_dir() -> Path:
    explicit = os.environ.get(CACHE_VARIABLE)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "talentflow"


@lru_cache(maxsize=None)
def _file_digest(path: str) -> str:
    return hashlib.blake2b(Path(path).read_bytes(), digest_size=16).hexdigest()


@lru_cache(maxsize=None)
def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def key(name: str, *, files: Iterable[str | Path] = (), packages: Iterable[str] = (), extra: str = "") -> str:
    """The file name of one table: its name, then a hash of what it derives from."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (sys.version, extra, *(_version(p) for p in packages), *(_file_digest(str(f)) for f in files)):
        digest.update(part.encode("utf-8") + b"\0")
    return f"{name}.{digest.hexdigest()}"


def path_for(file_name: str) -> Path | None:
    """Where a cache file goes, or None when the directory cannot be made."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder / file_name


def cached(file_name: str, build: Callable[[], T]) -> T:
    """`build()`'s value (built-in types only: marshal), from disk when stored before."""
    path = path_for(file_name + ".marshal")
    if path is not None:
        try:
            with open(path, "rb") as handle:
                return marshal.load(handle)
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = build()
    if path is not None:
        _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    # Written aside and renamed, so a concurrent reader sees all of it or nothing.
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            marshal.dump(value, out)
        os.replace(temporary, path)
    except (OSError, ValueError):
        Path(temporary).unlink(missing_ok=True)
