"""Extraction, aggregation and (with gold) evaluation → one self-contained HTML page.

The page needs no network to be read: its CSS and JavaScript are inlined from
`pipeline/templates/`, and the charts are SVG laid out here (a two-column Sankey
of moves between organizations, a bar chart of each organization's net flow).
Articles are shown displaCy-style (`displacy.render(style="ent", manual=True)`)
with persons, organizations, titles, dates and trigger verbs marked, and each
extracted move listed under the sentence that states it.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from spacy import displacy
from spacy.language import Language

from models import Article, EvalReport
from pipeline.flows import AggregateResult, aggregate, org_identity
from pipeline.batch import BatchResult, discover, run_batch
from pipeline.export import atomic_write
from pipeline.readers import InputError, load_meta, read_articles
from pipeline.evaluation import alternatives, evaluate, fold, read_gold
from pipeline.sentences import split_sentences
from pipeline.textnorm import fold_key, shadow

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
# displacy.render's `template` option: its default puts line breaks and
# indentation around the text, which Chinese text shows as stray spaces.
ENTITY_TEMPLATE = (
    '<mark class="ent" data-label="{label}" style="background: {bg}" title="{tip}">'
    '{text}<span class="ent-label">{label}</span></mark>'
)
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
OTHER_COLOR = "#bab0ac"
OTHER = "other"


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
    shown: int  # moves drawn
    total: int  # moves between two different organizations


def sankey_layout(
    pairs: pd.DataFrame, *, top: int = 10, width: int = 760, height: int = 440, node_width: float = 14
) -> Sankey:
    """A two-column Sankey of `pairs` (from_org, to_org, moves): the `top` sources
    on the left, the `top` destinations on the right, the rest grouped as `other`.

    Moves inside one organization (谷歌大脑 → DeepMind, both Google) are no flow
    between organizations and are left out; so are moves from `other` to `other`,
    which would only draw the long tail as one thick band.
    """
    between = pairs[pairs["from_org"] != pairs["to_org"]]
    total = int(between["moves"].sum()) if len(between) else 0
    outflow = between.groupby("from_org", sort=False)["moves"].sum()
    inflow = between.groupby("to_org", sort=False)["moves"].sum()
    sources = _top(outflow, top)
    targets = _top(inflow, top)
    flows: dict[tuple[str, str], int] = {}
    for row in between.itertuples(index=False):
        source = row.from_org if row.from_org in sources else OTHER
        target = row.to_org if row.to_org in targets else OTHER
        if source == OTHER and target == OTHER:
            continue
        flows[(source, target)] = flows.get((source, target), 0) + int(row.moves)
    left = _ordered({s: v for (s, _), v in _sum_by(flows, 0).items()})
    right = _ordered({t: v for (t, _), v in _sum_by(flows, 1).items()})
    colors = _org_colors([name for name, _ in left] + [name for name, _ in right])
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
    return Sankey(width, height, source_x, target_x, node_width, nodes, links, shown, total)


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
    # Largest first, `other` always last.
    return sorted(totals.items(), key=lambda item: (item[0] == OTHER, -item[1], item[0]))


def _org_colors(names: Iterable[str]) -> dict[str, str]:
    colors: dict[str, str] = {OTHER: OTHER_COLOR}
    for name in names:
        if name not in colors:
            colors[name] = PALETTE[(len(colors) - 1) % len(PALETTE)]
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


# ---------------------------------------------------------------- article view


@dataclass
class Item:
    """A line under a sentence: an extracted move, or (with gold) a missed one."""

    kind: str  # "move" or "fn"
    text: Markup
    move: str = ""  # merged move id, links to the moves table
    verdicts: list[tuple[str, str]] = field(default_factory=list)  # (fact, "ok" | "fp")


@dataclass
class Block:
    html: Markup
    items: list[Item]


@dataclass
class ArticleView:
    doc: str
    anchor: str
    title: str
    published: str
    url: str
    records: int
    blocks: list[Block]
    unplaced: list[Item]  # gold facts whose evidence is not in the text as written


def _anchor(doc: str) -> str:
    # Doc ids are relative paths (`news/b 新闻`): keep them readable, make them one token.
    return "doc-" + "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in doc)


def _entity_spans(doc) -> list[dict]:
    spans = [
        {"start": ent.start_char, "end": ent.end_char, "label": ent.label_, "tip": ent.ent_id_ or ent._.time_value}
        for ent in doc.ents
    ]
    spans += [
        {"start": span.start_char, "end": span.end_char, "label": "TRIGGER", "tip": span.label_}
        for span in doc.spans.get("triggers", [])
    ]
    spans.sort(key=lambda span: (span["start"], -(span["end"] - span["start"])))
    kept, last_end = [], 0
    for span in spans:
        # displaCy's ent style cannot nest: the entity (first and longest) wins.
        if span["start"] >= last_end:
            kept.append(span)
            last_end = span["end"]
    return kept


def _render(text: str, start: int, end: int, spans: list[dict]) -> Markup:
    inside = [
        {
            "start": span["start"] - start,
            "end": span["end"] - start,
            "label": span["label"],
            "params": {"tip": html.escape(span["tip"] or span["label"], quote=True)},
        }
        for span in spans
        if start <= span["start"] and span["end"] <= end
    ]
    rendered = displacy.render(
        {"text": text[start:end], "ents": inside, "title": None},
        style="ent",
        manual=True,
        page=False,
        options={"colors": ENTITY_COLORS, "template": ENTITY_TEMPLATE},
    )
    return Markup(rendered)  # displaCy escapes the text; the tips are escaped above


def _blocks(text: str, spans: list[dict], placed: dict[int, list[Item]]) -> list[Block]:
    """Runs of sentences, cut after each sentence that has items and at paragraph ends."""
    sentences = split_sentences(shadow(text))
    blocks, first = [], 0
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1].start if index + 1 < len(sentences) else len(text)
        paragraph_end = "\n" in text[sentence.end : following] or index + 1 == len(sentences)
        if index in placed or paragraph_end:
            start = sentences[first].start
            blocks.append(Block(_render(text, start, sentence.end, spans), placed.get(index, [])))
            first = index + 1
    return blocks


def _sentence_of(sentences, offset: int) -> int | None:
    for index, sentence in enumerate(sentences):
        if sentence.start <= offset < sentence.end:
            return index
    return None


def _move_text(row: dict) -> Markup:
    if row["from_org"] and row["to_org"]:
        orgs = Markup("{} → {}").format(row["from_org"], row["to_org"])
    elif row["to_org"]:
        orgs = Markup("joins {}").format(row["to_org"])
    else:
        orgs = Markup("leaves {}").format(row["from_org"])
    details = " · ".join(value for value in (row["role"], row["time"], row["status"] or "done") if value)
    return Markup('<b>{}</b> {} <span class="meta">{}</span>').format(row["person"], orgs, details)


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


def article_view(
    article: Article,
    spacy_doc,
    records: pd.DataFrame,
    *,
    false_positives: set[_Fact] | None = None,
    missed: Sequence = (),
) -> ArticleView:
    text = article.text
    spans = _entity_spans(spacy_doc)
    sentences = split_sentences(shadow(text))
    placed: dict[int, list[Item]] = {}
    for row in records.to_dict("records"):
        item = Item("move", _move_text(row), move=row.get("move", ""))
        if false_positives is not None:
            for kind, column in (("leave", "from_org"), ("join", "to_org")):
                if row[column]:
                    keys = _fact_keys(article.doc, row["person"], kind, row[column])
                    item.verdicts.append((f"{kind} {row[column]}", "fp" if keys & false_positives else "ok"))
        index = _sentence_of(sentences, int(row.get("start") or 0))
        if index is None or not (row.get("start") or row.get("end")):
            index = _sentence_of(sentences, max(text.find(row["evidence"]), 0))
        placed.setdefault(index if index is not None else len(sentences) - 1, []).append(item)
    unplaced = []
    for error in missed:
        label = Markup("missed: <b>{}</b> {} {}").format(error.person, error.kind, error.org)
        item = Item("fn", label)
        where = text.find(error.evidence) if error.evidence else -1
        index = _sentence_of(sentences, where) if where >= 0 else None
        if index is None:
            unplaced.append(item)
        else:
            placed.setdefault(index, []).append(item)
    return ArticleView(
        doc=article.doc,
        anchor=_anchor(article.doc),
        title=article.title or text.strip().split("\n", 1)[0][:80],
        published=article.published.isoformat() if article.published else "",
        url=article.url,
        records=len(records),
        blocks=_blocks(text, spans, placed),
        unplaced=unplaced,
    )


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
    return names


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
) -> Report:
    """Extract the articles under `paths`, aggregate the records and render the page."""
    from pipeline.api import default_nlp

    paths = list(paths)
    batch = run_batch(paths, meta=meta, workers=workers, include=include, exclude=exclude)
    meta_table = load_meta(meta) if meta else {}
    articles = _read_articles(paths, meta_table, include, exclude)
    published = {article.doc: article.published for article in articles if article.published}
    aggregated = aggregate(batch.frame, published=published)
    records = aggregated.records

    evaluation = None
    false_positives: set[_Fact] | None = None
    missed: dict[str, list] = {}
    if gold is not None:
        known = {article.doc for article in articles} | {failure.doc for failure in batch.failures}
        # A gold file for a larger collection: only the articles read here are scored.
        gold_records = [record for record in read_gold(gold) if record.doc in known]
        evaluation = evaluate(batch.frame, gold_records)
        false_positives = set()
        for error in evaluation.errors:
            if error.error == "fp":
                false_positives |= _fact_keys(error.doc, error.person, error.kind, error.org)
            else:
                missed.setdefault(error.doc, []).append(error)

    nlp = nlp or default_nlp()
    views = []
    for article in articles:
        spacy_doc = nlp.make_doc(article.text)
        spacy_doc._.doc_id = article.doc
        spacy_doc._.published = article.published
        views.append(
            article_view(
                article,
                nlp(spacy_doc),
                records[records["doc"] == article.doc],
                false_positives=false_positives,
                missed=missed.get(article.doc, ()),
            )
        )
    anchors = {view.doc: view.anchor for view in views}

    moves = aggregated.moves
    organization_keys = {org_identity(name)[0] for name in list(moves["from_org"]) + list(moves["to_org"]) if name}
    summary = Summary(
        articles=len(articles),
        records=len(batch.frame),
        moves=len(moves),
        people=moves["person"].map(fold_key).nunique() if len(moves) else 0,
        organizations=len(organization_keys),
        failures=len(batch.failures),
        skipped=len(batch.skipped),
    )
    surfaces = _surfaces(records)
    move_rows = [
        {
            **row,
            "evidence_html": _highlight(row["evidence"], surfaces.get(row["move"], [])),
            "doc_links": [(doc, anchors.get(doc, "")) for doc in row["docs"].split("|") if doc],
        }
        for row in moves.to_dict("records")
    ]
    errors = []
    if evaluation is not None:
        for error in evaluation.errors:
            needles = list(alternatives(error.person)) + list(alternatives(error.org))
            errors.append({"error": error, "evidence_html": _highlight(error.evidence, needles), "anchor": anchors.get(error.doc, "")})

    environment = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "html.j2"]), trim_blocks=True, lstrip_blocks=True
    )
    page = environment.get_template("report.html.j2").render(
        title=title,
        summary=summary,
        sankey=sankey_layout(aggregated.pairs),
        net=net_layout(aggregated.organizations),
        moves=move_rows,
        people=_people_rows(aggregated.people),
        articles=views,
        failures=batch.failures,
        evaluation=evaluation,
        errors=errors,
        anchors=anchors,
        colors=ENTITY_COLORS,
    )
    return Report(html=page, summary=summary, batch=batch, aggregated=aggregated, evaluation=evaluation)


def _people_rows(people: pd.DataFrame) -> list[dict]:
    """Each person with two moves or more, and their moves in time order."""
    out = []
    for person, steps in people.groupby("person", sort=False):
        if len(steps) > 1:
            out.append({"person": person, "steps": steps.to_dict("records")})
    return out


def write_report(report: Report, path: str | os.PathLike) -> Path:
    """The page, written atomically (UTF-8)."""
    with atomic_write(path) as handle:
        handle.write(report.html)
    return Path(path)

