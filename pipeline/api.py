"""The Python API a notebook user calls; the CLI is a thin layer over it."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from models import LocatedMove

CONFIG_PATH = Path(__file__).resolve().parent / "config.cfg"


def build_nlp(config_path: str | Path = CONFIG_PATH) -> Language:
    """The pipeline assembled from one config; `nlp.pipe_names` is the architecture."""
    # Importing the stages registers their factories with spaCy.
    from pipeline import factories  # noqa: F401

    config = spacy.util.load_config(config_path)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    # `nlp.to_disk` writes these into meta.json: a saved pipeline says what made it
    # (spaCy's defaults would name it `pipeline`, version 0.0.0).
    nlp.meta.update(name="talentflow", version=talentflow_version(), description=_DESCRIPTION)
    return nlp


_DESCRIPTION = "Career moves (person, from_org, to_org, role, time, status) in Chinese tech news"


def talentflow_version() -> str:
    """The installed distribution's version; in a source tree not installed, pyproject.toml's."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("talentflow")
    except PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        try:
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    """One pipeline per process, built on first use."""
    return build_nlp()


def as_date(published: dt.date | str | None) -> dt.date | None:
    if published is None or isinstance(published, dt.date):
        return published
    text = str(published).strip()
    return dt.date.fromisoformat(text[:10]) if text else None


def extract_text(
    text: str,
    *,
    doc: str = "doc",
    published: dt.date | str | None = None,
    nlp: Language | None = None,
) -> list[LocatedMove]:
    """Career-move records stated in one article's text, in text order."""
    nlp = nlp or default_nlp()
    spacy_doc = nlp.make_doc(text)
    spacy_doc._.doc_id = doc
    spacy_doc._.published = as_date(published)
    return list(nlp(spacy_doc)._.career_moves or [])
