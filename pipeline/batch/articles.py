"""Files → Articles: formats, front matter and metadata.

`.txt`/`.md` (optional front matter), `.html`/`.htm` (main text by trafilatura,
title and date from the page's meta tags), `.json` (one article) and `.jsonl`
(one article a line). Bytes are decoded by `decoding`, JSONL lines cut by
`jsonl`, the `--meta` table read by `meta`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from talentflow.models import Article
from talentflow.batch.decoding import decode
from talentflow.batch.errors import InputError
from talentflow.batch.jsonl import jsonl_objects
from talentflow.batch.meta import parse_date


TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
# Field names crawlers use for the parts of an article.
_TEXT_FIELDS = ("content", "text", "body", "article", "正文")
_DATE_FIELDS = ("published", "date", "publish_time", "pub_date", "time")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


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
    # Imported here: only HTML inputs pay for trafilatura's import (~0.4 s), and
    # only users with HTML need the extra that brings it.
    try:
        import trafilatura
    except ImportError as err:
        raise InputError(path, f"HTML input needs the html extra: pip install 'talentflow[html]' ({err})", stage="parse") from err

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
    """One article a line; each line succeeds or fails alone, whatever it holds."""
    for number, found in jsonl_objects(text, path, doc, part):
        if isinstance(found, InputError):
            yield found
            continue
        line_doc, record = found
        try:
            yield _from_json(record, line_doc, path, meta)
        except InputError as err:
            yield InputError(path, f"line {number}: {err.reason}", stage=err.stage)
