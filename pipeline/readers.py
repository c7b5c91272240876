"""Files → Articles: formats, encodings, front matter and metadata.

`.txt`/`.md` (optional front matter), `.html`/`.htm` (main text by trafilatura,
title and date from the page's meta tags), `.json` (one article) and `.jsonl`
(one article a line).

An input that cannot be read raises `InputError` naming the file and the
reason; the batch records it and goes on with the other files.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import charset_normalizer

from models import Article

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

# Field names crawlers use for the parts of an article.
_TEXT_FIELDS = ("content", "text", "body", "article", "正文")
_DATE_FIELDS = ("published", "date", "publish_time", "pub_date", "time")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_ISO_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


def shown(name: str | os.PathLike) -> str:
    """A file name as text that can be printed and written to UTF-8: undecodable bytes as `\\xd0`.

    Unzipping a Chinese Windows archive gives names in GBK (`新闻稿.txt` is
    b'\\xd0\\xc2\\xce\\xc5\\xb8\\xe5.txt'); Python lists them with lone surrogates,
    which no UTF-8 file or terminal accepts. A path part that is not UTF-8 has
    each of its non-ASCII bytes escaped (`\\xd0\\xc2\\xce\\xc5\\xb8\\xe5.txt`, not a
    mix of escapes and the accidental UTF-8 `Ÿ` that `\\xc5\\xb8` also is). The
    same bytes always give the same escape, so doc ids stay stable from run to
    run; UTF-8 names are unchanged.
    """
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "/".join(map(_shown_part, raw.split(b"/")))


def _shown_part(part: bytes) -> str:
    try:
        return part.decode("utf-8")
    except UnicodeDecodeError:
        return part.decode("ascii", "backslashreplace")


class InputError(ValueError):
    """An input file that cannot become an article: message names file and reason."""

    def __init__(self, path: str | os.PathLike, reason: str, *, stage: str = "read") -> None:
        super().__init__(f"{shown(path)}: {reason}")
        self.path = shown(path)
        self.reason = reason
        self.stage = stage


# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Chinese news without a byte-order mark that is not UTF-8 is GBK/GB18030
# (mainland) or Big5 (Taiwan, Hong Kong); cp950 is Big5 as Windows writes it.
CHINESE_ENCODINGS = ("gb18030", "cp950")
# A reading is taken as Chinese when at least this share of its non-ASCII
# characters are common characters or CJK punctuation. Right readings score
# 0.9–1.0; the wrong one of GBK/Big5 gives rare or odd characters (0.0–0.4).
MIN_CHINESE_SCORE = 0.6
# Text in another encoding (not UTF-8, GB18030 or Big5) is taken only when
# at least this share of it is ASCII: an English page with a few accents.
MIN_ASCII_SHARE = 0.8
# Control characters text files do hold (form feed between pages, DOS's end-of-file mark).
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1a")


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """pipeline/data/common_chars.txt (scripts/common_chars.py made it from jieba's frequencies)."""
    from pipeline.lexicon import word_list

    return frozenset("".join(word_list("common_chars.txt")))


def chinese_score(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese characters or CJK punctuation."""
    common = common_chars()
    considered = good = 0
    for char in text:
        if char < "\x80":
            continue
        considered += 1
        good += char in common or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef" or "\u2010" <= char <= "\u2027"
    return good / considered if considered else 0.0


def _has_controls(text: str) -> bool:
    return any((char < " " and char not in _TEXT_CONTROLS) or "\x7f" <= char < "\xa0" for char in text)


def decode(data: bytes, path: str | Path) -> str:
    """Bytes → text: BOMs first, then strict UTF-8, then GB18030 or Big5, whichever reads as Chinese.

    Never mojibake: bytes that no candidate reads as sensible text fail with
    the reason (`InputError`, stage `decode`). Other encodings (Shift-JIS,
    Windows-1252, …) are taken from charset-normalizer only for text with no
    Chinese character in it, since Chinese text would have read as GB18030 or Big5.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as err:
                raise InputError(path, f"invalid {encoding} after its byte-order mark: {err.reason}", stage="decode") from err
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (NUL bytes), not text", stage="decode")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    scores: dict[str, float] = {}
    best: tuple[float, str] | None = None
    for encoding in CHINESE_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _has_controls(text):
            scores[encoding] = 0.0
            continue
        scores[encoding] = score = chinese_score(text)
        # Ties go to GB18030, listed first: GBK is by far the more common.
        if best is None or score > best[0]:
            best = (score, text)
    if best is not None and best[0] >= MIN_CHINESE_SCORE:
        return best[1]
    other = _other_encoding(data)
    if other is not None:
        return other
    tried = ", ".join(f"{encoding} {score:.2f}" for encoding, score in scores.items()) or "neither GB18030 nor Big5 decodes it"
    raise InputError(
        path, f"not UTF-8, and no reading looks like Chinese text (share of common characters: {tried})", stage="decode"
    )


def _other_encoding(data: bytes) -> str | None:
    """charset-normalizer's reading, if it is clean, mostly ASCII text with no Chinese character in it.

    An English release in Windows-1252 (`café`) fits; GBK bytes read as
    Latin-1 or Korean (`ÕÅÎ°`, `쏭컴`) are mostly non-ASCII and do not.
    """
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    text = str(best)
    if "\ufffd" in text or _has_controls(text) or any("\u3400" <= char <= "\u9fff" for char in text):
        return None
    letters = [char for char in text if not char.isspace()]
    ascii_share = sum(char < "\x80" for char in letters) / len(letters) if letters else 0.0
    return text if ascii_share >= MIN_ASCII_SHARE else None


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


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """`---` / `published: 2025-08-26` / `---` at the top → (fields, body)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, text[match.end() :]


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
                raise InputError(path, f"line {number}: {_json_trouble(err)}", stage="meta") from err
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


def _json_trouble(err: Exception) -> str:
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


def _article(doc: str, text: str, source: Path, fields: dict[str, str], meta: dict[str, dict[str, str]]) -> Article:
    given = meta.get(doc, {})
    published = parse_date(given.get("published")) or parse_date(next((fields.get(k) for k in _DATE_FIELDS if fields.get(k)), None))
    return Article(
        doc=doc,
        text=text,
        published=published,
        source=str(source),
        url=given.get("url") or fields.get("url", ""),
        title=given.get("title") or fields.get("title", ""),
    )


def _from_json(record: object, doc: str, path: Path, meta) -> Article:
    if not isinstance(record, dict):
        raise InputError(path, f"{doc}: a JSON article must be an object", stage="parse")
    text = next((record[k] for k in _TEXT_FIELDS if isinstance(record.get(k), str) and record[k].strip()), None)
    if text is None:
        raise InputError(path, f"{doc}: no text field ({', '.join(_TEXT_FIELDS)})", stage="parse")
    fields = {key: str(value) for key, value in record.items() if isinstance(value, (str, int, float))}
    title = fields.get("title", "")
    return _article(doc, f"{title}\n{text}" if title and not text.startswith(title) else text, path, fields, meta)


def _from_html(html: str, doc: str, path: Path, meta) -> Article:
    # Imported here: only HTML inputs pay for trafilatura's import (~0.4 s).
    import trafilatura

    page = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        # Precision over recall: navigation and "related news" blocks name
        # other people's moves (`王五加入百度` in a menu) that are not the article's.
        favor_precision=True,
        include_comments=False,
        # The date from the page's markup (article:published_time, pubdate,
        # datePublished, …), not one guessed from the text or the URL.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if page is None or not (page.text or "").strip():
        raise InputError(path, "no article text found in the HTML page", stage="parse")
    fields = {"title": page.title or "", "url": page.url or "", "published": page.date or ""}
    return _article(doc, page.text, path, fields, meta)


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err


def read_articles(path: Path, doc: str, meta: dict[str, dict[str, str]]) -> Iterator[Article | InputError]:
    """The articles in one file; a broken line of a JSONL file yields its error in place."""
    return parse_articles(read_bytes(path), path, doc, meta)


def names_its_articles(path: str | Path) -> bool:
    """Does the file give its articles docs of their own (a JSONL's `id`s), not its own doc id?"""
    return Path(path).suffix.lower() in JSONL_SUFFIXES


def parse_articles(
    data: bytes, path: Path, doc: str, meta: dict[str, dict[str, str]], *, part: tuple[int, int] = (0, 1)
) -> Iterator[Article | InputError]:
    """The articles in one file's bytes (read once by the caller, who may hash them).

    With `part` (k, n), a JSONL file gives only the lines that start in the
    k-th of n equal slices of its text (other files give their one article
    whatever the part: the caller takes its slice of the text).

    A caller that drops its own reference to `data` once this generator is made
    lets the bytes go as soon as they are decoded (a 50 MB file: 50 MB less held).
    """
    text = decode(data, path)
    del data
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        fields, body = split_front_matter(text)
        yield _article(doc, body, path, fields, meta)
    elif suffix in HTML_SUFFIXES:
        yield _from_html(text, doc, path, meta)
    elif suffix in JSON_SUFFIXES:
        try:
            record = json.loads(text)
        except json.JSONDecodeError as err:
            raise InputError(path, f"invalid JSON at line {err.lineno}: {err.msg}", stage="parse") from err
        yield _from_json(record, doc, path, meta)
    elif suffix in JSONL_SUFFIXES:
        yield from _jsonl_articles(text, path, doc, meta, part)
    else:
        raise InputError(path, f"unsupported file type {suffix!r}", stage="read")


def _jsonl_articles(text: str, path: Path, doc: str, meta, part: tuple[int, int] = (0, 1)) -> Iterator[Article | InputError]:
    """One article a line; each line succeeds or fails alone, whatever it holds.

    Part k of n yields the lines of its slice (`share`) but reads the lines
    before it too, for their ids: a repeat is told whichever part holds it.
    """
    lo, hi = share(part, len(text))
    first: dict[str, int] = {}  # doc → line it was first given on
    for number, start, line in json_lines_at(text):
        if start >= hi:
            break
        found = _jsonl_line(line, number, path, doc, first)
        if start < lo:
            continue
        if isinstance(found, InputError):
            yield found
            continue
        line_doc, record = found
        try:
            yield _from_json(record, line_doc, path, meta)
        except InputError as err:
            yield InputError(path, f"line {number}: {err.reason}", stage=err.stage)


def _jsonl_line(line: str, number: int, path: Path, doc: str, first: dict[str, int]) -> InputError | tuple[str, dict]:
    """One JSONL line → (its doc, its object), or the error; its doc is noted in `first`."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(path, f"line {number}: invalid JSON ({err.msg})", stage="parse")
    except (RecursionError, ValueError) as err:
        return InputError(path, f"line {number}: {_json_trouble(err)}", stage="parse")
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
