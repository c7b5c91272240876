"""Shared fixtures: one pipeline per test session (building it takes ~2 s).

Under CI (`CI=true`, which `.ci/run` sets), a skipped test fails the run unless
its reason is one a bare clone cannot help: `../shared` absent beside the
repository, or no Chromium for the report screenshot test. Everything else
CI must run (the Dask engine, the fast jieba backend, ...).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
# Substrings of the skip reasons CI accepts.
ALLOWED_SKIPS = ("../shared", "Chromium is not installed")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def skip_allowed(reason: str) -> bool:
    return any(allowed in reason for allowed in ALLOWED_SKIPS)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not (report.skipped and in_ci()) or hasattr(report, "wasxfail"):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if not skip_allowed(reason):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI, which must run this test: {reason} (allowed: {', '.join(ALLOWED_SKIPS)})"


@pytest.fixture(scope="session")
def nlp():
    from talentflow.api import default_nlp

    return default_nlp()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=...) → [(person, from_org, to_org, role, time, status)]."""
    from talentflow.api import extract_text

    def run(text: str, published: str | None = "2025-08-26"):
        return [
            (r.person, r.from_org, r.to_org, r.role, r.time, r.status)
            for r in extract_text(text, doc="t", published=published, nlp=nlp)
        ]

    return run


@pytest.fixture(scope="session")
def persons_in(nlp):
    """persons_in(text) → the PERSON entities' texts, in order."""

    def run(text: str) -> list[str]:
        return [ent.text for ent in nlp(nlp.make_doc(text)).ents if ent.label_ == "PERSON"]

    return run


@pytest.fixture(scope="session")
def view(nlp):
    """The relation stage's view of a sentence (docview.view_of), sentences split,
    for the tests of the modules that read it (docview, posts, roles)."""
    import datetime as dt

    from talentflow.relations.docview import view_of
    from talentflow.text.sentences import split_sentences

    def run(text: str):
        doc = nlp.make_doc(text)
        doc._.published = dt.date(2025, 8, 26)
        result = view_of(nlp(doc))
        result.set_sentences(split_sentences(result.simple))
        return result

    return run
