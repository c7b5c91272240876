"""The page's data blocks: JSON, gzipped and base64-encoded, written into the page
(encode_data) and read back for tests and benches (decode_data)."""

from __future__ import annotations

import base64
import gzip
import json
import re

# The page's data, as report.js reads it. Moves are arrays in MOVE_FIELDS order
# (keys repeated 25,000 times were a third of the JSON to parse); the articles'
# index rows (ARTICLE_INDEX) come with the moves, their bodies (ARTICLE_BODY) in
# separate blocks of ARTICLE_CHUNK articles, each unpacked only when one of its
# articles is opened. Offsets are written as gaps (entity: from the previous
# entity's end; block: from the previous block's end), small numbers that
# compress better than absolute ones.
MOVE_FIELDS = (
    "id", "person", "names", "kind", "from", "to", "role", "time", "status",
    "sources", "first", "evidence", "evidence_doc", "docs", "marks", "variants",
)
ARTICLE_INDEX = ("d", "a", "t", "p", "n")
ARTICLE_BODY = ("u", "x", "e", "b", "f")  # each a column of its block
ARTICLE_CHUNK = 100


def _pack(value) -> str:
    """JSON → gzip → base64. Chinese text is 3 bytes a character in UTF-8 JSON;
    gzip takes a news corpus to about 40 % of that."""
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=9, mtime=0)).decode("ascii")


def _unpack(text: str):
    return json.loads(gzip.decompress(base64.b64decode(text)).decode("utf-8"))


def _gaps(entities: list[int]) -> list[int]:
    out, last = [], 0
    for k in range(0, len(entities), 4):
        start, end = entities[k], entities[k + 1]
        out += [start - last, end - start, entities[k + 2], entities[k + 3]]
        last = end
    return out


def _offsets(entities: list[int]) -> list[int]:
    out, last = [], 0
    for k in range(0, len(entities), 4):
        start = last + entities[k]
        last = start + entities[k + 1]
        out += [start, last, entities[k + 2], entities[k + 3]]
    return out


def _block_gaps(blocks: list[list]) -> list[list]:
    out, last = [], 0
    for start, end, items in blocks:
        out.append([start - last, end - start, items])
        last = end
    return out


def _block_offsets(blocks: list[list]) -> list[list]:
    out, last = [], 0
    for gap, length, items in blocks:
        out.append([last + gap, last + gap + length, items])
        last += gap + length
    return out


def encode_data(data: dict) -> tuple[str, list[str]]:
    """The page's main data block and its article-body blocks (see MOVE_FIELDS)."""
    articles = data["articles"]
    main = {
        "labels": data["labels"],
        "tips": data["tips"],
        "move_fields": list(MOVE_FIELDS),
        "moves": [[move[name] for name in MOVE_FIELDS] for move in data["moves"]],
        "people": [[person["person"], person["steps"]] for person in data["people"]],
        "articles": [[article[key] for key in ARTICLE_INDEX] for article in articles],
        "chunk": ARTICLE_CHUNK,
    }
    # Column by column within a block (all texts, then all entity lists, …): like
    # with like compresses about 10 % better than article by article.
    bodies = []
    for start in range(0, len(articles), ARTICLE_CHUNK):
        chunk = articles[start : start + ARTICLE_CHUNK]
        bodies.append(
            _pack(
                [
                    [a["u"] for a in chunk],
                    [a["x"] for a in chunk],
                    [_gaps(a["e"]) for a in chunk],
                    [_block_gaps(a["b"]) for a in chunk],
                    [a["f"] for a in chunk],
                ]
            )
        )
    return _pack(main), bodies


def decode_data(page: str) -> dict:
    """The data of a written page, as built (for tests and benches): the inverse of encode_data."""
    main = re.search(r'<script id="report-data" type="application/gzip">([A-Za-z0-9+/=\s]*)</script>', page)
    if main is None:
        raise ValueError("no report data block in the page")
    data = _unpack(main.group(1))
    bodies = [
        body
        for block in re.findall(r'<script class="report-articles" type="application/gzip">([A-Za-z0-9+/=\s]*)</script>', page)
        for body in zip(*_unpack(block))
    ]
    articles = []
    for row, (url, text, entities, blocks, unplaced) in zip(data["articles"], bodies, strict=True):
        article = dict(zip(ARTICLE_INDEX, row))
        article.update(u=url, x=text, e=_offsets(entities), b=_block_offsets(blocks), f=unplaced)
        articles.append({key: article[key] for key in ("d", "a", "t", "p", "u", "n", "x", "e", "b", "f")})
    return {
        "labels": data["labels"],
        "tips": data["tips"],
        "moves": [dict(zip(data["move_fields"], move)) for move in data["moves"]],
        "people": [{"person": person, "steps": steps} for person, steps in data["people"]],
        "articles": articles,
    }
