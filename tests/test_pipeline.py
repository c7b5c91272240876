"""Tests for the assembled pipeline: its order, its declared data flow, its output."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import talentflow
from talentflow.models import CareerMove

README = Path(__file__).resolve().parent.parent / "README.md"

# The architecture a newcomer reads off `nlp.pipe_names` (config.cfg). Dates and
# organizations come before persons: neither `2019年至2021年` nor `麦克吉尔大学`
# is a name.
PIPE_NAMES = ["known_entities", "dates", "org_patterns", "unknown_orgs", "persons", "cues", "moves"]

def test_pipe_names_are_the_architecture(nlp) -> None:
    assert nlp.pipe_names == PIPE_NAMES


def test_readme_documents_the_pipe_names(nlp) -> None:
    documented = re.search(r"nlp\.pipe_names == (\[.*?\])", README.read_text(encoding="utf-8"))
    assert documented is not None
    assert ast.literal_eval(documented.group(1)) == nlp.pipe_names


@pytest.mark.parametrize("name", PIPE_NAMES)
def test_analyze_pipes_reports_no_problem(nlp, name: str) -> None:
    analysis = nlp.analyze_pipes()
    assert set(analysis["problems"]) == set(PIPE_NAMES)
    assert analysis["problems"][name] == []


SENTENCES = ("2024年11月，周启明从微软跳槽至英伟达，担任首席架构师。", "他此前在微软工作了六年。")
TEXT = "".join(SENTENCES)


@pytest.fixture(scope="module")
def records(nlp):
    return talentflow.extract_text(TEXT, doc="demo", published="2025-08-26", nlp=nlp)


def test_extract_text_returns_career_moves(records) -> None:
    assert records
    assert all(isinstance(record, CareerMove) for record in records)


def test_records_carry_doc_id_and_their_sentence(records) -> None:
    record = records[0]
    assert record.doc == "demo"
    assert record.evidence == SENTENCES[0]
    assert (record.person, record.from_org, record.to_org) == ("周启明", "微软", "英伟达")
    assert (record.role, record.time, record.status) == ("首席架构师", "2024-11", "done")


def test_trigger_offsets_point_into_the_text(records) -> None:
    record = records[0]
    assert TEXT[record.start : record.end] == record.trigger == "跳槽至"


def test_every_evidence_is_a_whole_sentence(records) -> None:
    assert {record.evidence for record in records} <= set(SENTENCES)
