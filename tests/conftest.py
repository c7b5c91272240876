"""Shared fixtures: one pipeline per test session (building it takes ~2 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.api import default_nlp

    return default_nlp()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=...) → [(person, from_org, to_org, role, time, status)]."""
    from pipeline.api import extract_text

    def run(text: str, published: str | None = "2025-08-26"):
        return [
            (r.person, r.from_org, r.to_org, r.role, r.time, r.status)
            for r in extract_text(text, doc="t", published=published, nlp=nlp)
        ]

    return run
