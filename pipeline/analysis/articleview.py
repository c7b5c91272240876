"""One article as the report's page reads it: the marked entities and trigger verbs
(displaCy-style), and each extracted move placed under the sentence that states it."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context

import pandas as pd
from spacy.language import Language

from talentflow.models import Article
from talentflow.evaluation import alternatives, fold
from talentflow.text.sentences import split_sentences
from talentflow.text.textnorm import shadow

# The page carries its articles, moves and people as JSON, gzipped and
# base64-encoded in <script type="application/gzip"> blocks (encode_data);
# report.js builds an article's DOM only when it is opened (#doc-…) and the
# tables a page of rows at a time. Rendered as HTML up front, 900 articles made
# 249k DOM nodes and 15.7 MB, and 10,000 would not open.

# displaCy's palette, one hue per label; triggers get a warm red so verbs stand out.
ENTITY_COLORS = {
    "PERSON": "#ffd59e",
    "ORG": "#a6d8ff",
    "TITLE": "#d7c6ff",
    "DATE": "#bfeabf",
    "TRIGGER": "#ffb0a8",
}
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
class Fact:
    doc: str
    person: str
    kind: str
    org: str


def fact_keys(doc: str, person: str, kind: str, org: str) -> set[Fact]:
    persons = alternatives(person) or (person,)
    orgs = alternatives(org) or (org,)
    # The evaluator's own folding, so a row finds the false positive it produced.
    return {Fact(doc, fold(p), kind, fold(o)) for p in persons for o in orgs}


class Strings:
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
    tips: Strings,
    false_positives: set[Fact] | None = None,
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
                    keys = fact_keys(article.doc, row["person"], kind, row[column])
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
