"""What the evaluator reads: gold records, predicted records, lists of documents.

Every input is checked before a fact is counted: a file that is not text
(binary, a PDF, an Excel workbook), text in another encoding than UTF-8 (with or
without a BOM) or UTF-16 with a BOM, a CSV without ANNOTATION.md's columns, a
JSONL line that is not a record, stops the evaluation with one line naming the
file (and the line) and the reason, never with a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from talentflow.models import MOVE_COLUMNS
from talentflow.models.records import _TIME_PATTERN
from talentflow.batch.export import EXTRA_COLUMNS, restore

STATUSES: tuple[str, ...] = ("done", "announced", "reported")
_GOLD_COLUMNS = ("doc", "person", "from_org", "to_org")
# What the extractor adds after ANNOTATION.md's columns (trigger and offsets, the ids
# of the rules that made a record, its confidence): a corrected prediction CSV is
# fine gold once they are dropped.
PROVENANCE_COLUMNS: frozenset[str] = frozenset(EXTRA_COLUMNS) | {"rules", "confidence"}
_TRUE = frozenset({"true", "1", "yes", "y"})
_FALSE = frozenset({"false", "0", "no", "n", ""})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
_CSV_SUFFIXES = frozenset({".csv"})
# The record's own pattern (YYYY, YYYY-MM, YYYY-MM-DD with a real month and day), so
# gold and predictions agree on what a time is.
_TIME = re.compile(_TIME_PATTERN)
# Magic numbers of files people pick by mistake, for a message that says what they are.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (an Excel workbook?)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.xls?)"),
    (b"\x1f\x8b", "a gzip archive"),
)


class ScoringError(ValueError):
    """An input of the scorer is malformed."""


class _InputError(ScoringError):
    """`file:line: problem`, or `file: problem` when the whole file is at fault."""

    def __init__(self, path: str | os.PathLike, line: int | None, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")
        self.path = str(path)
        self.line = line
        self.problem = problem


class GoldFormatError(_InputError):
    """A gold file is malformed or is no gold."""


class PredictionFormatError(_InputError):
    """A predictions file is not a CSV/JSONL of records."""


class DocListError(_InputError):
    """A list of documents (`--docs`) is malformed or selects nothing."""


def alternatives(value: str) -> tuple[str, ...]:
    """The `|`-separated alternatives of a gold value, blanks dropped, order kept."""
    return tuple(dict.fromkeys(piece.strip() for piece in value.split("|") if piece.strip()))


# ---------------------------------------------------------------- text


def read_text(path: str | os.PathLike, error: type[_InputError]) -> str:
    """A file's text: UTF-8 (a BOM allowed) or UTF-16 with its BOM; anything else is `error`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise error(path, None, f"cannot be read ({err.strerror or err})") from err
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise error(path, None, f"is {what}, not a CSV or JSONL file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise error(path, None, f"starts as UTF-16 but does not decode ({err.reason})") from err
    if b"\x00" in data:
        raise error(path, None, "is binary data, not a CSV or JSONL file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        problem = f"is not UTF-8 text (byte 0x{data[err.start]:02x}){_guess(data)}; save it as UTF-8"
        raise error(path, line, problem) from err


def _guess(data: bytes) -> str:
    # GBK and Big5 are what a Chinese spreadsheet saves by default: name the one that
    # fits (asked among those two only: on a short file a free guess names anything).
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536], cp_isolation=["gb18030", "big5"]).best()
    return f", it looks like {best.encoding.upper()}" if best is not None else ""


def _is_jsonl(path: Path, text: str) -> bool:
    suffix = path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return True
    if suffix in _CSV_SUFFIXES:
        return False
    # No telling suffix: a JSONL file opens with an object, a CSV with a header.
    return text.lstrip().startswith("{")


def _json_lines(path: Path, text: str, error: type[_InputError]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of a JSONL text."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            if line.lstrip().startswith("["):
                raise error(path, number, "a JSON array spread over lines; write one record a line (JSONL)") from err
            raise error(path, number, f"not valid JSON ({err.msg} at column {err.colno})") from err
        if isinstance(row, list):
            raise error(path, number, "a JSON array, not a record; write one record a line (JSONL)")
        if not isinstance(row, dict):
            raise error(path, number, f"expected a JSON object, got {type(row).__name__}")
        yield number, row


def _csv_rows(
    path: Path, text: str, error: type[_InputError], required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for every row of a CSV text; the line is where the row starts.
    The header must hold `required` and at least one of from_org, to_org."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
        missing = [column for column in required if column not in header]
        if not {"from_org", "to_org"} & (set(header) | set(missing)):
            missing.append("from_org or to_org")
        if missing:
            raise error(path, 1, f"header lacks column(s) {', '.join(missing)}; got {_shown(header)}")
        start = reader.line_num + 1
        for row in reader:
            if None in row:
                raise error(path, start, f"more fields than the header's {len(header)}")
            if any(value is None for value in row.values()):
                raise error(path, start, f"fewer fields than the header's {len(header)}")
            # Undo write_csv's formula guard (`'=甲` → `=甲`).
            yield start, {key: restore(value) for key, value in row.items()}
            start = reader.line_num + 1
    except csv.Error as err:
        raise error(path, reader.line_num, f"not a CSV row ({err})") from err


def _shown(header: list[str]) -> str:
    # A binary or foreign file can have a huge first "header": show its start only.
    text = ", ".join(header)
    return f"[{text[:120]}…]" if len(text) > 120 else f"[{text}]"


# ---------------------------------------------------------------- gold


class GoldRecord(BaseModel):
    """One gold record. Absent values are ""; person, orgs, role, time and status
    may hold `|` alternatives; an empty status means `done`."""

    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")

    doc: str
    person: str
    from_org: str = ""
    to_org: str = ""
    role: str = ""
    time: str = ""
    status: str = ""
    evidence: str = ""
    optional: bool = False

    @field_validator("status")
    @classmethod
    def _known_status(cls, value: str) -> str:
        unknown = [status for status in alternatives(value) if status not in STATUSES]
        if unknown:
            raise ValueError(f"status {value!r} is not one of {'/'.join(STATUSES)} (alternatives with |)")
        return value

    @field_validator("time")
    @classmethod
    def _time_shape(cls, value: str) -> str:
        bad = [time for time in alternatives(value) if not _TIME.fullmatch(time)]
        if bad:
            raise ValueError(f"time {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return value

    @model_validator(mode="after")
    def _complete(self) -> GoldRecord:
        if not self.doc.strip():
            raise ValueError("doc is empty")
        if not alternatives(self.person):
            raise ValueError("person is empty")
        # ANNOTATION.md: "At least one of from_org, to_org is set."
        if not (alternatives(self.from_org) or alternatives(self.to_org)):
            raise ValueError(f"record for {self.person!r} names no organization (from_org and to_org empty)")
        return self


def _optional_flag(value: Any) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise ValueError(f"optional must be true/false/1/0/yes/no or empty, got {value!r}")


def _gold_record(row: dict[str, Any]) -> GoldRecord:
    fields: dict[str, Any] = {}
    for key, value in row.items():
        if key in PROVENANCE_COLUMNS:
            continue
        if key == "optional":
            fields[key] = _optional_flag(value)
        elif value is None:
            fields[key] = ""
        elif isinstance(value, str):
            fields[key] = value.strip()
        else:
            raise ValueError(f"{key} must be a string or null, got {value!r}")
    return GoldRecord(**fields)


def _describe(err: ValidationError) -> str:
    """One line per problem, without pydantic's URLs: the file:line prefix says where."""
    problems = []
    for item in err.errors():
        where = ".".join(str(part) for part in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        problems.append(f"{where}: {message}" if where else message)
    return "; ".join(problems)


def read_gold(path: str | os.PathLike) -> list[GoldRecord]:
    """Gold records from JSONL (one object a line) or CSV (a header, ANNOTATION.md's columns).

    Raises GoldFormatError naming the file (and line) of the first fault; a file
    without a single record is no gold either.
    """
    path = Path(path)
    text = read_text(path, GoldFormatError)
    if _is_jsonl(path, text):
        rows: Iterator[tuple[int, dict[str, Any]]] = _json_lines(path, text, GoldFormatError)
    else:
        rows = _csv_rows(path, text, GoldFormatError, _GOLD_COLUMNS)
    records = []
    for number, row in rows:
        try:
            records.append(_gold_record(row))
        except ValidationError as err:
            raise GoldFormatError(path, number, _describe(err)) from err
        except ValueError as err:
            raise GoldFormatError(path, number, str(err)) from err
    if not records:
        raise GoldFormatError(path, None, "holds no gold record")
    return records


# ---------------------------------------------------------------- predictions


def _cell(value: Any) -> str:
    """A frame cell as a string: None/NaN/<NA> → "" (absent), anything else str()."""
    # `extract_paths` and `read_csv` give typed frames: absent text is pd.NA there.
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, float) and pd.isna(value):
        return ""
    return str(value)


def normalize_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """ANNOTATION.md's columns first, as strings ("" for absent), other columns kept.

    Raises ScoringError when doc, person or both organization columns are missing:
    such a frame would silently score as no predictions at all.
    """
    if not len(frame.columns):
        return pd.DataFrame({column: pd.Series([], dtype=object) for column in MOVE_COLUMNS})
    missing = [column for column in ("doc", "person") if column not in frame.columns]
    if not {"from_org", "to_org"} & set(frame.columns):
        missing.append("from_org or to_org")
    if missing:
        got = _shown(list(map(str, frame.columns)))
        raise ScoringError(f"predictions lack column(s) {', '.join(missing)}; got {got}")
    frame = frame.copy()
    for column in MOVE_COLUMNS:
        # A hand-written file may leave out role/time/status/evidence: absent = "".
        frame[column] = [_cell(value) for value in frame[column]] if column in frame.columns else ""
    if "rules" in frame.columns:
        # Space-separated ids as the CSV writes them; a frame may hold them as a list.
        frame["rules"] = [
            " ".join(map(str, value)) if isinstance(value, (list, tuple, set)) else _cell(value)
            for value in frame["rules"]
        ]
    rest = [column for column in frame.columns if column not in MOVE_COLUMNS]
    return frame[list(MOVE_COLUMNS) + rest].reset_index(drop=True)


def read_predictions(path: str | os.PathLike) -> pd.DataFrame:
    """Predicted records from the CSV `export.write_csv` writes, or from JSONL.

    The frame has ANNOTATION.md's columns first, all strings, "" for absent.
    A zero-byte file is what a silent extractor may leave: no predictions.
    """
    path = Path(path)
    text = read_text(path, PredictionFormatError)
    if not text.strip():
        return normalize_frame(pd.DataFrame())
    if _is_jsonl(path, text):
        rows = []
        for number, row in _json_lines(path, text, PredictionFormatError):
            missing = [column for column in ("doc", "person") if column not in row]
            if not {"from_org", "to_org"} & set(row):
                missing.append("from_org or to_org")
            if missing:
                raise PredictionFormatError(path, number, f"record lacks {', '.join(missing)}")
            nested = [key for key in MOVE_COLUMNS if isinstance(row.get(key), (dict, list))]
            if nested:
                kind = type(row[nested[0]]).__name__
                raise PredictionFormatError(path, number, f"{', '.join(nested)} must be a string, not a JSON {kind}")
            rows.append(row)
        return normalize_frame(pd.DataFrame(rows))
    rows = [row for _, row in _csv_rows(path, text, PredictionFormatError, ("doc", "person"))]
    header = next(csv.reader(io.StringIO(text, newline="")))
    return normalize_frame(pd.DataFrame(rows, columns=header))


# ---------------------------------------------------------------- document lists


def read_doc_list(path: str | os.PathLike, *, part: str | None = None) -> list[str]:
    """The documents a file lists: one id a line, or a TSV with a header `doc<TAB>part`
    (`corpus/realdev_split.tsv`) whose rows `part` chooses. Blank lines and `#`
    comments are skipped."""
    path = Path(path)
    text = read_text(path, DocListError)
    lines = [(number, line.rstrip("\r")) for number, line in enumerate(text.splitlines(), 1)]
    lines = [(number, line) for number, line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise DocListError(path, None, "lists no document")
    header = [cell.strip() for cell in lines[0][1].split("\t")]
    if header[0] != "doc" or len(header) == 1:
        # One id a line (a lone `doc` on the first line is a header).
        if part is not None:
            raise DocListError(path, None, "--part needs a TSV with a header `doc<TAB>part`")
        start = 1 if header == ["doc"] else 0
        return list(dict.fromkeys(line.strip() for _, line in lines[start:]))
    if part is not None and "part" not in header:
        raise DocListError(path, lines[0][0], f"header has no `part` column; got {header}")
    docs: list[str] = []
    parts: set[str] = set()
    for number, line in lines[1:]:
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != len(header):
            raise DocListError(path, number, f"{len(cells)} fields where the header has {len(header)}")
        row = dict(zip(header, cells))
        if "part" in row:
            parts.add(row["part"])
        if part is None or row["part"] == part:
            docs.append(row["doc"])
    if not docs:
        raise DocListError(path, None, f"no row has part {part!r} (parts: {', '.join(sorted(parts)) or 'none'})")
    return list(dict.fromkeys(docs))
