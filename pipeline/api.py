"""The Python API a notebook user calls; the CLI is a thin layer over it."""

from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd
import spacy
from spacy.language import Language

from talentflow.models import LocatedMove
from talentflow.text.spacing import Compact, compact
from talentflow.version import talentflow_version

CONFIG_PATH = Path(__file__).resolve().parent / "config.cfg"


def build_nlp(config_path: str | Path = CONFIG_PATH) -> Language:
    """The pipeline assembled from one config; `nlp.pipe_names` is the architecture."""
    # Importing the stages registers their factories with spaCy.
    from talentflow.components import factories  # noqa: F401

    config = spacy.util.load_config(config_path)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    # `nlp.to_disk` writes these into meta.json: a saved pipeline says what made it
    # (spaCy's defaults would name it `pipeline`, version 0.0.0).
    nlp.meta.update(name="talentflow", version=talentflow_version(), description=_DESCRIPTION)
    return nlp


_DESCRIPTION = "Career moves (person, from_org, to_org, role, time, status) in Chinese tech news"


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    """One pipeline per process, built on first use."""
    return build_nlp()


class PublishedDateError(ValueError):
    """A `published` value that is not a date in YYYY-MM-DD form; the message names it."""


def as_date(published: dt.date | str | None) -> dt.date | None:
    """`published` as a date: a date, "YYYY-MM-DD" (a longer ISO timestamp is cut to its date), or None/"".

    Anything else (`05/01/2025`, `2025-13-01`) raises PublishedDateError naming
    the value and the expected form, not datetime's bare message.
    """
    if published is None or isinstance(published, dt.date):
        return published
    text = str(published).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise PublishedDateError(f"published={published!r} is not a date: expected YYYY-MM-DD, e.g. 2025-05-01") from None


def write_csv(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write records (`extract_paths`, `read_csv`, `aggregate(...).moves`) as the CSV `extract` writes.

    A typed frame's <NA> cells are written as empty cells, never as "<NA>", so
    `write_csv(read_csv(p), q)` gives back the file at `p`.
    """
    from talentflow.batch.export import to_file_frame, write_csv as write_file

    return write_file(to_file_frame(frame), path)


def extract_text(
    text: str,
    *,
    doc: str = "doc",
    published: dt.date | str | None = None,
    nlp: Language | None = None,
) -> list[LocatedMove]:
    """Career-move records stated in one article's text, in text order.

    The pipeline reads the article without the spaces some outlets put between
    Chinese and Latin words or digits (`加入 OpenAI`, `2024 年`; text/spacing.py);
    offsets, evidence and names of the records are those of the text as given.
    """
    nlp = nlp or default_nlp()
    read = compact(text)
    spacy_doc = nlp.make_doc(read.text)
    spacy_doc._.doc_id = doc
    spacy_doc._.published = as_date(published)
    moves = list(nlp(spacy_doc)._.career_moves or [])
    return [_as_written(move, read) for move in moves] if read.changed else moves


def _as_written(move: LocatedMove, read: Compact) -> LocatedMove:
    """A record found in the compact text, with the article's own offsets and spelling."""
    start, end = read.span(move.start, move.end)
    # A trigger told twice is written `离职…加入`: no slice of the text, kept as it is.
    fields = ("person", "from_org", "to_org", "role", "trigger", "evidence")
    return move.model_copy(update={**{f: read.as_written(getattr(move, f), move.start) for f in fields}, "start": start, "end": end})
