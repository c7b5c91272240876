"""The `--meta` table (JSONL or CSV: doc, published, url, title) and the dates it and articles give."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

from talentflow.batch.decoding import decode
from talentflow.batch.errors import InputError
from talentflow.batch.jsonl import json_lines, json_trouble


_ISO_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


def parse_date(value: object) -> dt.date | None:
    """`2025-08-26`, `2025/8/26`, `2025年8月26日`, or a timestamp string → date."""
    if value in (None, ""):
        return None
    match = _ISO_DATE.search(str(value))
    if not match:
        return None
    try:
        return dt.date(*(int(group) for group in match.groups()))
    except ValueError:
        return None


def load_meta(path: str | Path) -> dict[str, dict[str, str]]:
    """`--meta` file (JSONL or CSV: doc, published, url, title) → doc → fields.

    Every fault is an `InputError` naming the file and the row: a line that is
    no JSON object, a ragged CSV row, a `published` that is not a date, a doc
    given twice (one of the two would silently be lost).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}", stage="meta") from err
    text = decode(data, path)
    rows: list[tuple[int, object]] = []
    if path.suffix.lower() == ".csv":
        # newline="": a title holding U+2028 or a quoted line break stays one field.
        reader = csv.DictReader(io.StringIO(text, newline=""))
        try:
            for row in reader:
                if None in row or None in row.values():
                    header = len(reader.fieldnames or ())
                    given = header + len(row.get(None) or ()) - sum(value is None for key, value in row.items() if key is not None)
                    raise InputError(path, f"line {reader.line_num}: {given} fields, the header has {header}", stage="meta")
                rows.append((reader.line_num, row))
        except csv.Error as err:
            raise InputError(path, f"line {reader.line_num}: {err}", stage="meta") from err
    else:
        for number, line in json_lines(text):
            try:
                rows.append((number, json.loads(line)))
            except json.JSONDecodeError as err:
                raise InputError(path, f"line {number}: invalid JSON ({err.msg})", stage="meta") from err
            except (RecursionError, ValueError) as err:
                raise InputError(path, f"line {number}: {json_trouble(err)}", stage="meta") from err
    meta: dict[str, dict[str, str]] = {}
    first: dict[str, int] = {}
    for number, row in rows:
        if not isinstance(row, dict) or not row.get("doc"):
            raise InputError(path, f"line {number}: no `doc` field", stage="meta")
        doc = str(row["doc"])
        if doc in first:
            raise InputError(path, f"line {number}: doc {doc!r} is already on line {first[doc]}", stage="meta")
        published = row.get("published")
        if published not in (None, "") and parse_date(published) is None:
            raise InputError(path, f"line {number}: published {published!r} is not a date (YYYY-MM-DD)", stage="meta")
        first[doc] = number
        meta[doc] = {key: "" if value is None else str(value) for key, value in row.items()}
    return meta
