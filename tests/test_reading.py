"""The reading state (pipeline/relations/reading.py): the employer each person last
joined, learned in one place from the drafts of each trigger, read-only to the
strategies. Sentences and names invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from talentflow.relations.draft import Draft
from talentflow.relations.reading import ReadingState

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"


def _draft(person: str, kind: str, *, to_org: str = "", from_org: str = "", status: str = "done", time: str = "") -> Draft:
    draft = Draft(person, kind, kind, "加入", 0, 2, None)
    draft.to_org, draft.from_org, draft.status, draft.time = to_org, from_org, status, time
    return draft


def test_a_join_taken_teaches_the_employer_and_when():
    state = ReadingState()
    state.learn([_draft("柏文远", "join", to_org="小米", time="2019")])
    assert dict(state.employer) == {"柏文远": "小米"}
    assert dict(state.since) == {"柏文远": "2019"}
    state.learn([_draft("柏文远", "join", to_org="蔚来", time="")])  # the last join wins, undated too
    assert state.employer["柏文远"] == "蔚来" and state.since["柏文远"] == ""


@pytest.mark.parametrize(
    "draft",
    [
        _draft("柏文远", "join", to_org="小米", status="announced"),  # 将出任…: not joined yet
        _draft("柏文远", "leave", from_org="小米"),  # a leave names no new employer
    ],
)
def test_what_is_no_join_taken_teaches_nothing(draft):
    state = ReadingState()
    state.learn([draft])
    assert dict(state.employer) == {}


def test_a_span_start_or_an_appointment_teaches_nothing():
    draft = _draft("柏文远", "join", to_org="小米")
    draft.tells_employer = False  # 2019年至2021年在小米任职 / 任小米总经理,免去其…职务
    state = ReadingState()
    state.learn([draft])
    assert "柏文远" not in state.employer


def test_the_strategies_see_the_state_read_only(view):
    read = view("2019年,柏文远加入小米。")
    with pytest.raises(TypeError):
        read.affiliation["柏文远"] = "小米"  # type: ignore[index]
    with pytest.raises(TypeError):
        read.affiliation_since["柏文远"] = "2019"  # type: ignore[index]


def test_only_the_extractor_updates_the_state():
    learners = sorted(
        path.relative_to(PIPELINE).as_posix()
        for path in PIPELINE.rglob("*.py")
        if re.search(r"\.learn\(|\._employer\[|\._since\[", path.read_text(encoding="utf-8"))
    )
    assert learners == ["relations/extractor.py", "relations/reading.py"]


def test_a_later_sentence_reads_the_employer_joined_before(extract):
    # 升任 inside the employer joined a sentence earlier: a promotion, no second join.
    records = extract("2019年,柏文远加入小米。2021年,柏文远升任小米云副总裁。")
    assert [(r[0], r[1], r[2]) for r in records] == [("柏文远", "", "小米")]


def test_a_bare_leave_leaves_the_employer_joined_before(extract):
    records = extract("2019年,柏文远加入小米。今年3月,柏文远已经离职。")
    assert ("柏文远", "小米", "") in [(r[0], r[1], r[2]) for r in records]
