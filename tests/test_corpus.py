"""The bundled corpus keeps its promises (issue: a real corpus and an honest evaluator)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from talentflow.text.textnorm import fold_key, to_simplified

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLD = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
META = {row["doc"]: row for row in map(json.loads, (CORPUS / "meta.jsonl").read_text(encoding="utf-8").splitlines())}
ARTICLES = {path.stem: path.read_text(encoding="utf-8") for path in (CORPUS / "articles").glob("*.txt")}


def test_corpus_size():
    assert len(ARTICLES) >= 40
    assert len(GOLD) >= 300
    assert set(META) == set(ARTICLES)
    traditional = [doc for doc, text in ARTICLES.items() if sum(a != b for a, b in zip(text, to_simplified(text))) > 20]
    assert len(traditional) >= 8
    for doc, text in ARTICLES.items():
        assert 300 <= len(text) <= 3000, doc
    assert len([doc for doc in ARTICLES if not any(r["doc"] == doc for r in GOLD)]) >= 3


@pytest.mark.parametrize("number,record", list(enumerate(GOLD, 1)), ids=lambda v: str(v) if isinstance(v, int) else "")
def test_gold_record_is_written_in_its_article(number, record):
    text = ARTICLES[record["doc"]]
    assert record["evidence"] in text, f"gold line {number}: evidence not verbatim"
    folded = fold_key(text)
    for field in ("person", "from_org", "to_org"):
        if record.get(field):
            assert any(fold_key(alt) in folded for alt in record[field].split("|")) or field != "person" and _known(
                record[field]
            ), f"gold line {number}: {field} {record[field]!r} not in the article"
    assert record.get("from_org") or record.get("to_org")
    assert record["status"] in {"done", "announced", "reported"}


def _known(orgs: str) -> bool:
    from talentflow.resources.lexicon import canonical_org

    return any(canonical_org(alt) for alt in orgs.split("|"))


def test_every_published_date_is_iso():
    # A real calendar date written YYYY-MM-DD (2025-02-30 or 2025-8-26 fail), not in the future of the corpus.
    for row in META.values():
        date = dt.date.fromisoformat(row["published"])
        assert date.isoformat() == row["published"], row
        assert dt.date(2000, 1, 1) <= date <= dt.date(2030, 12, 31), row
