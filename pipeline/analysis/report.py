"""Extraction, aggregation and (with gold) evaluation → one self-contained HTML page.

The page needs no network to be read: its CSS and JavaScript are inlined from
`pipeline/analysis/templates/`, and the charts are SVG laid out here (a two-column Sankey
of moves between organizations, a bar chart of each organization's net flow).
Articles are shown displaCy-style, persons, organizations, titles, dates and
trigger verbs marked, and each extracted move listed under the sentence that
states it; that view, the moves table and the timelines are built in the browser
from compressed JSON blocks, so a page of 10,000 articles still opens fast.
"""

from __future__ import annotations

import base64
import gzip
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from spacy.language import Language

from talentflow.models import Article, EvalReport
from talentflow.analysis.flows import AggregateResult, aggregate_frames as aggregate
from talentflow.resources.org_identity import identity as org_identity
from talentflow.batch import BatchResult, discover, run_batch
from talentflow.batch.export import atomic_write, to_file_frame
from talentflow.batch.articles import read_articles
from talentflow.batch.errors import InputError
from talentflow.batch.meta import load_meta
from talentflow.evaluation import alternatives, evaluate, fold, read_gold
from talentflow.text.sentences import split_sentences
from talentflow.text.textnorm import fold_key, shadow

if TYPE_CHECKING:
    from talentflow.batch import FileResult

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).resolve().parent / "templates"

# displaCy's palette, one hue per label; triggers get a warm red so verbs stand out.
ENTITY_COLORS = {
    "PERSON": "#ffd59e",
    "ORG": "#a6d8ff",
    "TITLE": "#d7c6ff",
    "DATE": "#bfeabf",
    "TRIGGER": "#ffb0a8",
}
# Colour-blind-safe categorical palette (Okabe–Ito plus Tableau's softer hues).
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#86bcb6",
    "#d37295",
    "#8cd17d",
)


# ---------------------------------------------------------------- chart geometry


@dataclass(frozen=True)
class SankeyNode:
    name: str
    side: str  # "source" or "target"
    value: int
    y: float
    height: float
    color: str


@dataclass(frozen=True)
class SankeyLink:
    source: str
    target: str
    value: int
    path: str
    color: str


@dataclass(frozen=True)
class Sankey:
    width: int
    height: int
    source_x: float
    target_x: float
    node_width: float
    nodes: list[SankeyNode]
    links: list[SankeyLink]
    shown: int  # moves drawn: between two of the top organizations
    total: int  # moves between two different organizations
    # The rest, listed beside the chart instead of drawn: (name, moves in or out), largest first.
    others: list[tuple[str, int]] = field(default_factory=list)
    other_count: int = 0  # organizations not drawn


def sankey_layout(
    pairs: pd.DataFrame, *, top: int = 12, width: int = 760, height: int = 440, node_width: float = 14
) -> Sankey:
    """A two-column Sankey of `pairs` (from_org, to_org, moves) between the `top`
    organizations by volume (moves in plus moves out).

    Moves to or from any other organization are not drawn: grouped as one `other`
    node, a long tail of small organizations was the largest destination and hid
    the main flows. They are counted (`total - shown`) and the largest of them
    listed in `others`. Moves inside one organization (谷歌大脑 → DeepMind, both
    Google) are no flow between organizations and are left out.
    """
    between = pairs[pairs["from_org"] != pairs["to_org"]]
    total = int(between["moves"].sum()) if len(between) else 0
    outflow = between.groupby("from_org", sort=False)["moves"].sum()
    inflow = between.groupby("to_org", sort=False)["moves"].sum()
    volume = outflow.add(inflow, fill_value=0).astype(int)
    chosen = _top(volume, top)
    flows: dict[tuple[str, str], int] = {}
    for row in between.itertuples(index=False):
        if row.from_org in chosen and row.to_org in chosen:
            flows[(row.from_org, row.to_org)] = flows.get((row.from_org, row.to_org), 0) + int(row.moves)
    rest = sorted(((name, int(value)) for name, value in volume.items() if name not in chosen), key=lambda item: (-item[1], item[0]))
    left = _ordered({s: v for (s, _), v in _sum_by(flows, 0).items()})
    right = _ordered({t: v for (t, _), v in _sum_by(flows, 1).items()})
    # Colours by volume rank, so an organization has one colour on both sides.
    colors = _org_colors(sorted(chosen, key=lambda name: (-int(volume[name]), name)))
    gap = 6.0
    shown = sum(flows.values())
    slots = max(len(left), len(right), 1)
    unit = (height - 20 - gap * (slots - 1)) / max(sum(v for _, v in left), sum(v for _, v in right), 1)
    nodes: list[SankeyNode] = []
    tops: dict[tuple[str, str], float] = {}
    for side, column in (("source", left), ("target", right)):
        column_height = sum(v for _, v in column) * unit + gap * (len(column) - 1)
        y = (height - column_height) / 2
        for name, value in column:
            nodes.append(SankeyNode(name, side, value, round(y, 2), round(value * unit, 2), colors[name]))
            tops[(side, name)] = y
            y += value * unit + gap
    source_x, target_x = 190.0, width - 190.0 - node_width
    order_left = {name: index for index, (name, _) in enumerate(left)}
    order_right = {name: index for index, (name, _) in enumerate(right)}
    # Bands leave each source in the order of their targets and reach each
    # target in the order of their sources: fewest crossings for two columns.
    out_offset = {name: tops[("source", name)] for name, _ in left}
    in_offset = {name: tops[("target", name)] for name, _ in right}
    links_by_source = sorted(flows.items(), key=lambda item: (order_left[item[0][0]], order_right[item[0][1]]))
    starts: dict[tuple[str, str], float] = {}
    for (source, target), value in links_by_source:
        starts[(source, target)] = out_offset[source]
        out_offset[source] += value * unit
    links = []
    for (source, target), value in sorted(flows.items(), key=lambda item: (order_right[item[0][1]], order_left[item[0][0]])):
        band = value * unit
        y0, y1 = starts[(source, target)], in_offset[target]
        in_offset[target] += band
        x0, x1 = source_x + node_width, target_x
        middle = (x0 + x1) / 2
        path = (
            f"M{x0:.1f},{y0:.1f} C{middle:.1f},{y0:.1f} {middle:.1f},{y1:.1f} {x1:.1f},{y1:.1f} "
            f"L{x1:.1f},{y1 + band:.1f} C{middle:.1f},{y1 + band:.1f} {middle:.1f},{y0 + band:.1f} {x0:.1f},{y0 + band:.1f} Z"
        )
        links.append(SankeyLink(source, target, value, path, colors[source]))
    # Thin bands drawn last stay visible over thick ones.
    links.sort(key=lambda link: -link.value)
    return Sankey(width, height, source_x, target_x, node_width, nodes, links, shown, total, rest[:8], len(rest))


def _top(values: pd.Series, count: int) -> set[str]:
    ranked = sorted(values.items(), key=lambda item: (-item[1], item[0]))
    return {name for name, _ in ranked[:count]}


def _sum_by(flows: dict[tuple[str, str], int], index: int) -> dict[tuple[str, str], int]:
    totals: dict[tuple[str, str], int] = {}
    for pair, value in flows.items():
        key = (pair[index], "")
        totals[key] = totals.get(key, 0) + value
    return totals


def _ordered(totals: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))


def _org_colors(names: Iterable[str]) -> dict[str, str]:
    colors: dict[str, str] = {}
    for name in names:
        if name not in colors:
            colors[name] = PALETTE[len(colors) % len(PALETTE)]
    return colors


@dataclass(frozen=True)
class Bar:
    name: str
    joins: int
    leaves: int
    net: int
    y: float
    x: float
    width: float
    positive: bool


@dataclass(frozen=True)
class NetChart:
    width: int
    height: int
    zero_x: float
    bar_height: float
    bars: list[Bar]


def net_layout(organizations: pd.DataFrame, *, each: int = 8, width: int = 380, bar_height: float = 20) -> NetChart:
    """Horizontal bars around zero: the `each` largest gains above, losses below."""
    ranked = [row for row in organizations.itertuples(index=False) if int(row.net) != 0]
    gains = sorted((r for r in ranked if r.net > 0), key=lambda r: (-r.net, -r.joins, r.org))[:each]
    losses = sorted((r for r in ranked if r.net < 0), key=lambda r: (r.net, -r.leaves, r.org))[:each]
    chosen = gains + list(reversed(losses))
    largest = max((abs(int(r.net)) for r in chosen), default=1)
    zero_x = width / 2
    half = width / 2 - 110  # room for the names beside the bars
    bars = []
    for index, row in enumerate(chosen):
        length = abs(int(row.net)) / largest * half
        positive = row.net > 0
        x = zero_x if positive else zero_x - length
        bars.append(
            Bar(row.org, int(row.joins), int(row.leaves), int(row.net), 10 + index * (bar_height + 6), x, length, positive)
        )
    height = int(20 + len(bars) * (bar_height + 6))
    return NetChart(width, height, zero_x, bar_height, bars)


# ---------------------------------------------------------------- article data
#
# The page carries its articles, moves and people as JSON, gzipped and
# base64-encoded in <script type="application/gzip"> blocks (encode_data);
# report.js builds an article's DOM only when it is opened (#doc-…) and the
# tables a page of rows at a time. Rendered as HTML up front, 900 articles made
# 249k DOM nodes and 15.7 MB, and 10,000 would not open.

LABELS = tuple(ENTITY_COLORS)


def _anchor(doc: str) -> str:
    # Doc ids are relative paths (`news/b 新闻`): keep them readable, make them one token.
    return "doc-" + "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in doc)


def _entity_spans(doc) -> list[tuple[int, int, str, str]]:
    """(start, end, label, tip) of the entities and trigger verbs, none nested."""
    spans = [(ent.start_char, ent.end_char, ent.label_, ent.ent_id_ or ent._.time_value) for ent in doc.ents]
    spans += [(span.start_char, span.end_char, "TRIGGER", span.label_) for span in doc.spans.get("triggers", [])]
    spans.sort(key=lambda span: (span[0], -(span[1] - span[0])))
    kept, last_end = [], 0
    for span in spans:
        # Marks cannot nest: the entity (first and longest) wins.
        if span[0] >= last_end and span[2] in ENTITY_COLORS:
            kept.append(span)
            last_end = span[1]
    return kept


def _confidence_text(value) -> str:
    """`0.87`, or "" when the record has none (a CSV written by another tool)."""
    try:
        return f"{float(value):.2f}" if value not in (None, "") else ""
    except (TypeError, ValueError):
        return ""


def _sentence_of(sentences, offset: int) -> int | None:
    for index, sentence in enumerate(sentences):
        if sentence.start <= offset < sentence.end:
            return index
    return None


@dataclass(frozen=True)
class _Fact:
    doc: str
    person: str
    kind: str
    org: str


def _fact_keys(doc: str, person: str, kind: str, org: str) -> set[_Fact]:
    persons = alternatives(person) or (person,)
    orgs = alternatives(org) or (org,)
    # The evaluator's own folding, so a row finds the false positive it produced.
    return {_Fact(doc, fold(p), kind, fold(o)) for p in persons for o in orgs}


class _Strings:
    """A table of repeated strings (entity tips): each written once, referred to by index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {"": 0}

    def __call__(self, value: str) -> int:
        return self.index.setdefault(value, len(self.index))

    @property
    def values(self) -> list[str]:
        return list(self.index)


def _spans_of(nlp: Language, text: str, doc: str, published) -> list[tuple[int, int, str, str]]:
    spacy_doc = nlp.make_doc(text)
    spacy_doc._.doc_id = doc
    spacy_doc._.published = published
    return _entity_spans(nlp(spacy_doc))


def _spans_worker(chunk: list[tuple[str, str, object]]) -> list[list[tuple[int, int, str, str]]]:
    from talentflow.api import default_nlp

    nlp = default_nlp()
    return [_spans_of(nlp, *item) for item in chunk]


# Below this many articles, starting worker processes (~3 s each) costs more than it saves.
PARALLEL_SPANS_FROM = 300


def entity_spans(articles: Sequence[Article], *, nlp: Language | None, workers: int) -> list[list[tuple[int, int, str, str]]]:
    """Each article's marked spans, in article order; in `workers` processes for a
    large collection (10,000 articles are minutes of parsing in one process)."""
    from talentflow.api import default_nlp

    items = [(article.text, article.doc, article.published) for article in articles]
    if nlp is None and workers > 1 and len(items) >= PARALLEL_SPANS_FROM:
        size = max(20, min(200, len(items) // (workers * 8)))
        chunks = [items[start : start + size] for start in range(0, len(items), size)]
        # spawn, as the batch does: a fresh interpreter per worker, no inherited locks or threads.
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
            return [spans for chunk in pool.map(_spans_worker, chunks) for spans in chunk]
    nlp = nlp or default_nlp()
    return [_spans_of(nlp, *item) for item in items]


def article_data(
    article: Article,
    spans: list[tuple[int, int, str, str]],
    records: pd.DataFrame,
    *,
    tips: _Strings,
    false_positives: set[_Fact] | None = None,
    missed: Sequence = (),
) -> dict:
    """One article as the page's script reads it.

    `x` text; `e` entities as flat [start, end, label index, tip index, …];
    `b` blocks [start, end, items]: runs of sentences, cut after each sentence
    with items (the moves extracted from it, the gold facts missed there) and at
    paragraph ends; `f` missed facts whose evidence is not in the text as written.
    Items: ["m", person, from_org, to_org, role, time, status, move id, verdicts, rules, confidence]
    or ["n", person, kind, org] (a false negative).
    """
    text = article.text
    entities: list[int] = []
    for start, end, label, tip in spans:
        entities += [start, end, LABELS.index(label), tips(tip or "")]
    sentences = split_sentences(shadow(text))
    placed: dict[int, list[list]] = {}
    for row in records.to_dict("records"):
        verdicts = []
        if false_positives is not None:
            for kind, column in (("leave", "from_org"), ("join", "to_org")):
                if row[column]:
                    keys = _fact_keys(article.doc, row["person"], kind, row[column])
                    verdicts.append([f"{kind} {row[column]}", "fp" if keys & false_positives else "ok"])
        # The rules that made the record and its confidence (issue 15): a misfire is read off the page.
        item = [
            "m", row["person"], row["from_org"], row["to_org"], row["role"], row["time"], row["status"], row.get("move", ""), verdicts,
            str(row.get("rules", "") or ""), _confidence_text(row.get("confidence")),
        ]
        index = _sentence_of(sentences, int(row.get("start") or 0))
        if index is None or not (row.get("start") or row.get("end")):
            index = _sentence_of(sentences, max(text.find(row["evidence"]), 0))
        placed.setdefault(index if index is not None else len(sentences) - 1, []).append(item)
    unplaced = []
    for error in missed:
        item = ["n", error.person, error.kind, error.org]
        where = text.find(error.evidence) if error.evidence else -1
        index = _sentence_of(sentences, where) if where >= 0 else None
        if index is None:
            unplaced.append(item)
        else:
            placed.setdefault(index, []).append(item)
    blocks, first = [], 0
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1].start if index + 1 < len(sentences) else len(text)
        paragraph_end = "\n" in text[sentence.end : following] or index + 1 == len(sentences)
        if index in placed or paragraph_end:
            blocks.append([sentences[first].start, sentence.end, placed.get(index, [])])
            first = index + 1
    return {
        "d": article.doc,
        "a": _anchor(article.doc),
        "t": article.title or text.strip().split("\n", 1)[0][:80],
        "p": article.published.isoformat() if article.published else "",
        "u": article.url,
        "n": len(records),
        "x": text,
        "e": entities,
        "b": blocks,
        "f": unplaced,
    }


def _variants(records: pd.DataFrame) -> dict[str, list[list]]:
    """Merged move id → [role, time, status, [docs]] for each set of values its
    sources give, when they give more than one; each set once, with the docs that
    give it (a move told by 170 articles is not 170 lines)."""
    out: dict[str, list[list]] = {}
    for move, group in records.groupby("move", sort=False):
        if not move or len(group) < 2:
            continue
        values: dict[tuple[str, str, str], list[str]] = {}
        for row in group.itertuples(index=False):
            docs = values.setdefault((row.role, row.time, row.status or "done"), [])
            if row.doc not in docs:
                docs.append(row.doc)
        if len(values) > 1:
            out[move] = [[*key, docs] for key, docs in values.items()]
    return out


# ---------------------------------------------------------------- page


@dataclass(frozen=True)
class Summary:
    articles: int
    records: int
    moves: int
    people: int
    organizations: int
    failures: int
    skipped: int


@dataclass
class Report:
    html: str
    summary: Summary
    batch: BatchResult
    aggregated: AggregateResult
    evaluation: EvalReport | None = None
    data: dict = field(default_factory=dict)  # what the page's script renders, before compression


def _highlight(text: str, needles: Iterable[str]) -> Markup:
    """`text` escaped, with each needle (person, organizations) wrapped in <mark>."""
    marks: list[tuple[int, int]] = []
    for needle in sorted({n for n in needles if n}, key=len, reverse=True):
        start = text.find(needle)
        while start >= 0:
            end = start + len(needle)
            if all(end <= s or start >= e for s, e in marks):
                marks.append((start, end))
            start = text.find(needle, end)
    out, last = Markup(""), 0
    for start, end in sorted(marks):
        out += Markup("{}<mark>{}</mark>").format(text[last:start], text[start:end])
        last = end
    return out + Markup("{}").format(text[last:])


def _read_articles(paths, meta_table, include, exclude) -> list[Article]:
    tasks, _ = discover(paths, include=include, exclude=exclude)
    articles = []
    for task in tasks:
        try:
            items = list(read_articles(Path(task.path), task.doc, meta_table))
        except InputError:
            continue  # the batch has already counted and reported it
        articles.extend(item for item in items if isinstance(item, Article))
    return articles


def _surfaces(records: pd.DataFrame) -> dict[str, list[str]]:
    """Merged move id → the person and organization names its sources write."""
    names: dict[str, list[str]] = {}
    for row in records.to_dict("records"):
        names.setdefault(row["move"], []).extend([row["person"], row["from_org"], row["to_org"]])
    return {move: [name for name in dict.fromkeys(values) if name] for move, values in names.items()}


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


def build_report(
    paths: Iterable[str | os.PathLike],
    *,
    meta: str | os.PathLike | None = None,
    gold: str | os.PathLike | None = None,
    workers: int = 1,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    title: str = "talentflow report",
    nlp: Language | None = None,
    progress: Callable[[FileResult, int], None] | None = None,
) -> Report:
    """Extract the articles under `paths`, aggregate the records and render the page.

    `progress(result, total)` is called as each file is done (see `run_batch`).
    """
    paths = list(paths)
    batch = run_batch(paths, meta=meta, workers=workers, include=include, exclude=exclude, progress=progress)
    # The file's form ("" for absent, plain numbers): what the page's JSON is made of.
    extracted = to_file_frame(batch.frame).infer_objects()
    meta_table = load_meta(meta) if meta else {}
    articles = _read_articles(paths, meta_table, include, exclude)
    published = {article.doc: article.published for article in articles if article.published}
    aggregated = aggregate(extracted, published=published)
    records = aggregated.records

    evaluation = None
    false_positives: set[_Fact] | None = None
    missed: dict[str, list] = {}
    if gold is not None:
        known = {article.doc for article in articles} | {failure.doc for failure in batch.failures}
        # A gold file for a larger collection: only the articles read here are scored.
        gold_records = [record for record in read_gold(gold) if record.doc in known]
        evaluation = evaluate(extracted, gold_records)
        false_positives = set()
        for error in evaluation.errors:
            if error.error == "fp":
                false_positives |= _fact_keys(error.doc, error.person, error.kind, error.org)
            else:
                missed.setdefault(error.doc, []).append(error)

    tips = _Strings()
    by_doc = {doc: group for doc, group in records.groupby("doc", sort=False)} if len(records) else {}
    empty = records.iloc[0:0]
    article_rows = []
    for article, spans in zip(articles, entity_spans(articles, nlp=nlp, workers=workers)):
        article_rows.append(
            article_data(
                article,
                spans,
                by_doc.get(article.doc, empty),
                tips=tips,
                false_positives=false_positives,
                missed=missed.get(article.doc, ()),
            )
        )
    anchors = {row["d"]: row["a"] for row in article_rows}

    moves = aggregated.moves
    organization_keys = {org_identity(name)[0] for name in list(moves["from_org"]) + list(moves["to_org"]) if name}
    summary = Summary(
        articles=len(articles),
        records=len(extracted),
        moves=len(moves),
        people=moves["person"].map(fold_key).nunique() if len(moves) else 0,
        organizations=len(organization_keys),
        failures=len(batch.failures),
        skipped=len(batch.skipped),
    )
    surfaces = _surfaces(records) if len(records) else {}
    variants = _variants(records) if len(records) else {}
    move_rows = [
        {
            "id": row["move"],
            "person": row["person"],
            "names": row["names"],
            "kind": row["kind"],
            "from": row["from_org"],
            "to": row["to_org"],
            "role": row["role"],
            "time": row["time"],
            "status": row["status"],
            "sources": int(row["sources"]),
            "first": row["first_reported"],
            "evidence": row["evidence"],
            "evidence_doc": row["evidence_doc"],
            "docs": [doc for doc in row["docs"].split("|") if doc],
            "marks": surfaces.get(row["move"], []),
            "variants": variants.get(row["move"], []),
        }
        for row in moves.to_dict("records")
    ]
    data = {
        "labels": list(LABELS),
        "tips": tips.values,
        "moves": move_rows,
        "people": _people_rows(aggregated.people),
        "articles": article_rows,
    }
    errors = []
    if evaluation is not None:
        for error in evaluation.errors:
            needles = list(alternatives(error.person)) + list(alternatives(error.org))
            errors.append({"error": error, "evidence_html": _highlight(error.evidence, needles), "anchor": anchors.get(error.doc, "")})

    main_block, body_blocks = encode_data(data)
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "html.j2"]), trim_blocks=True, lstrip_blocks=True
    )
    page = environment.get_template("report.html.j2").render(
        title=title,
        summary=summary,
        sankey=sankey_layout(aggregated.pairs),
        net=net_layout(aggregated.organizations),
        data=main_block,
        bodies=body_blocks,
        people=bool(data["people"]),
        failures=batch.failures,
        evaluation=evaluation,
        errors=errors,
        anchors=anchors,
        colors=ENTITY_COLORS,
    )
    return Report(html=page, summary=summary, batch=batch, aggregated=aggregated, evaluation=evaluation, data=data)


def _people_rows(people: pd.DataFrame) -> list[dict]:
    """Each person with two moves or more, and their moves in time order."""
    out = []
    for person, steps in people.groupby("person", sort=False):
        if len(steps) > 1:
            out.append(
                {
                    "person": person,
                    "steps": [
                        [step["time"], step["move"], step["from_org"], step["to_org"], step["role"], step["status"]]
                        for step in steps.to_dict("records")
                    ],
                }
            )
    return out


def write_report(report: Report, path: str | os.PathLike) -> Path:
    """The page, written atomically (UTF-8)."""
    with atomic_write(path) as handle:
        handle.write(report.html)
    return Path(path)
