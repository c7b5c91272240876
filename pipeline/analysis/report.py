"""Extraction, aggregation and (with gold) evaluation → one self-contained HTML page.

The page needs no network to be read: its CSS and JavaScript are inlined from
`pipeline/analysis/templates/`, and the charts are SVG laid out in charts.py (a two-column
Sankey of moves between organizations, a bar chart of each organization's net flow).
Articles are shown displaCy-style (articleview.py), persons, organizations, titles, dates and
trigger verbs marked, and each extracted move listed under the sentence that
states it; that view, the moves table and the timelines are built in the browser
from compressed JSON blocks (pagedata.py), so a page of 10,000 articles still opens fast.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from spacy.language import Language

from talentflow.models import Article, EvalReport
from talentflow.analysis.articleview import ENTITY_COLORS, LABELS, Fact, Strings, article_data, entity_spans, fact_keys
from talentflow.analysis.charts import net_layout, sankey_layout
from talentflow.analysis.flows import AggregateResult, aggregate_frames as aggregate
from talentflow.analysis.pagedata import encode_data
from talentflow.resources.org_identity import identity as org_identity
from talentflow.batch import BatchResult, discover, run_batch
from talentflow.batch.export import atomic_write, to_file_frame
from talentflow.batch.articles import read_articles
from talentflow.batch.errors import InputError
from talentflow.batch.meta import load_meta
from talentflow.evaluation import alternatives, evaluate, read_gold
from talentflow.text.textnorm import fold_key

if TYPE_CHECKING:
    from talentflow.batch import FileResult

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).resolve().parent / "templates"


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
    false_positives: set[Fact] | None = None
    missed: dict[str, list] = {}
    if gold is not None:
        known = {article.doc for article in articles} | {failure.doc for failure in batch.failures}
        # A gold file for a larger collection: only the articles read here are scored.
        gold_records = [record for record in read_gold(gold) if record.doc in known]
        evaluation = evaluate(extracted, gold_records)
        false_positives = set()
        for error in evaluation.errors:
            if error.error == "fp":
                false_positives |= fact_keys(error.doc, error.person, error.kind, error.org)
            else:
                missed.setdefault(error.doc, []).append(error)

    tips = Strings()
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
