"""JSONL text → its lines' objects, each line succeeding or failing alone, whatever it holds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from talentflow.batch.errors import InputError


def json_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of the non-blank lines of a JSONL text.

    Split on `\\n` only: JSON strings may hold U+2028, U+0085 or a form feed
    raw, which str.splitlines() would cut a valid line at.
    """
    for number, _start, line in json_lines_at(text):
        yield number, line


def json_lines_at(text: str) -> Iterator[tuple[int, int, str]]:
    """(line number, offset of the line in `text`, line) of the non-blank lines, as `json_lines`."""
    # One line at a time: a 40 MB feed is never held twice, as a list of its lines.
    start, number = 0, 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        number += 1
        line = text[start:end].removesuffix("\r")
        if line.strip():
            yield number, start, line
        start = end + 1


def share(part: tuple[int, int], length: int) -> tuple[int, float]:
    """[lo, hi): the offsets of a text of `length` that part k of n takes; the last part takes the rest."""
    k, n = part
    return length * k // n, float("inf") if k == n - 1 else length * (k + 1) // n


def json_trouble(err: Exception) -> str:
    """What stopped json.loads on a line that is valid JSON in shape (`[[[…` 100,000 deep, a 5,000-digit number)."""
    if isinstance(err, RecursionError):
        return "JSON nested too deeply"
    message = str(err)
    return "a number too long to read" if "integer string conversion" in message else f"cannot read: {message[:200]}"


def _bad_unicode_field(record: dict) -> str | None:
    """The first field (of an object from one JSONL line) holding a lone surrogate (`"\\ud800"`), which no UTF-8 output takes."""
    for key, value in record.items():
        for text in (key, value):
            if isinstance(text, str):
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    return str(key).encode("utf-8", "backslashreplace").decode("utf-8")
    return None


def jsonl_objects(text: str, path: Path, doc: str, part: tuple[int, int] = (0, 1)) -> Iterator[tuple[int, InputError | tuple[str, dict]]]:
    """(line number, (its doc, its object) or the line's error) for each non-blank line of a JSONL text.

    Part k of n gives the lines of its slice (`share`) but reads the lines
    before it too, for their ids: a repeat is told whichever part holds it.
    """
    lo, hi = share(part, len(text))
    first: dict[str, int] = {}  # doc → line it was first given on
    for number, start, line in json_lines_at(text):
        if start >= hi:
            break
        found = _jsonl_line(line, number, path, doc, first)
        if start >= lo:
            yield number, found


def _jsonl_line(line: str, number: int, path: Path, doc: str, first: dict[str, int]) -> InputError | tuple[str, dict]:
    """One JSONL line → (its doc, its object), or the error; its doc is noted in `first`."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(path, f"line {number}: invalid JSON ({err.msg})", stage="parse")
    except (RecursionError, ValueError) as err:
        return InputError(path, f"line {number}: {json_trouble(err)}", stage="parse")
    if not isinstance(record, dict):
        return InputError(path, f"line {number}: a JSON article must be an object", stage="parse")
    field = _bad_unicode_field(record)
    if field is not None:
        return InputError(path, f"line {number}: field {field!r} holds invalid Unicode (a lone surrogate)", stage="parse")
    line_doc = str(record.get("id") or f"{doc}:{number}")
    if line_doc in first:
        # Two articles under one doc would merge their records: the repeat fails, named.
        return InputError(path, f"line {number}: id {line_doc!r} is already used on line {first[line_doc]}", stage="parse")
    first[line_doc] = number
    return line_doc, record
