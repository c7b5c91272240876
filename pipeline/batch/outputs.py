"""Output paths checked before any input is read: never write over an input or through a link.

`talentflow extract news -o news/a.txt` would replace an article with CSV;
`-o` a symbolic link would replace the link by a file and leave its target
stale; `-o` a folder, a name too long for the filesystem, or a folder that is
a file would fail only after the whole batch. Each is refused up front, with
the output named, before one file is read.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from talentflow.batch.articles import SUPPORTED_SUFFIXES
from talentflow.batch.errors import shown

# A temp file beside an output is `.NAME.<pid>.<host key>.<random>`: this many
# bytes more than NAME (see export.temp_prefix), so NAME must leave room for them.
TEMP_NAME_EXTRA = 40
MANIFEST_SUFFIX = ".manifest.jsonl"


class OutputConflict(ValueError):
    """An output path the user gave that must not be written: a usage error (exit 2)."""


class OutputDenied(OSError):
    """An output folder the environment does not let us write in (exit 1)."""


def derived_outputs(output: Path) -> dict[str, Path]:
    """What `talentflow extract -o OUT.csv` writes beside OUT.csv, by kind."""
    return {
        "records": output,
        "errors": output.with_name(output.stem + ".errors.csv"),
        "manifest": output.with_name(output.stem + MANIFEST_SUFFIX),
        "skipped": output.with_name(output.stem + ".skipped.csv"),
    }


def check_outputs(outputs: Iterable[str | os.PathLike], inputs: Iterable[str | os.PathLike]) -> None:
    """Raise OutputConflict (or OutputDenied) for the first output that must not or cannot be written."""
    inputs = [Path(path) for path in inputs if path is not None]
    for output in map(Path, outputs):
        reason = _conflict(output, inputs)
        if reason:
            raise OutputConflict(f"{shown(str(output))}: cannot write: {reason}")
        folder = _nearest_existing(output.parent)
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputDenied(f"{shown(str(output))}: cannot write: no permission to write in {shown(str(folder))}")


def _conflict(output: Path, inputs: list[Path]) -> str:
    try:
        info = os.lstat(output)
    except FileNotFoundError:
        info = None
    except OSError as err:
        return err.strerror or str(err)
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            return "it is a symbolic link (give the path of the file it points to)"
        if stat.S_ISDIR(info.st_mode):
            return "it is a folder (give a file name in it)"
        if not stat.S_ISREG(info.st_mode):
            return "it is not a regular file"
    limit = _name_max(output.parent)
    length = len(os.fsencode(output.name))
    if length + TEMP_NAME_EXTRA > limit:
        return f"file name too long ({length} bytes; at most {limit - TEMP_NAME_EXTRA} here)"
    folder = _nearest_existing(output.parent)
    if not folder.is_dir():
        return f"{shown(str(folder))} is a file, not a folder"
    if info is None:
        return ""
    for given in inputs:
        if given.is_dir():
            if _inside(output, given) and _readable_as_input(output):
                return f"it is an input under {shown(str(given))} and would be overwritten"
        elif given.exists() and os.path.samefile(given, output):
            return f"it is the input {shown(str(given))} and would be overwritten"
    return ""


def _readable_as_input(path: Path) -> bool:
    """Would discovery read this file as articles? Our own manifests are never read (see `is_own_manifest`)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not is_own_manifest(path)


def is_own_manifest(path: str | os.PathLike) -> bool:
    """A `.manifest.jsonl` that talentflow wrote (its first line is the header), not a feed of articles."""
    if not os.fspath(path).endswith(MANIFEST_SUFFIX):
        return False
    try:
        with open(path, "rb") as handle:
            header = json.loads(handle.readline(4096))
    except (OSError, ValueError):
        return False
    return isinstance(header, dict) and "manifest" in header and "fingerprint" in header


def _inside(path: Path, folder: Path) -> bool:
    real, root = os.path.realpath(path), os.path.realpath(folder)
    return os.path.commonpath([real, root]) == root


def _nearest_existing(folder: Path) -> Path:
    folder = folder if str(folder) else Path(".")
    while not os.path.lexists(folder) and folder.parent != folder:
        folder = folder.parent
    return folder


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(_nearest_existing(folder), "PC_NAME_MAX")
    except (OSError, ValueError):
        return 255
