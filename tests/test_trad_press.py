"""Taiwan and Hong Kong press (traditional script): bylines, adverbial agents, and the
other constructions of that press the trad helper named. Sentences are invented; each
pattern has its counter-example."""

from __future__ import annotations

import pytest

import talentflow


def records(nlp, text, published="2025-08-26"):
    return [
        (r.person, r.from_org, r.to_org, r.role, r.time, r.status, r.rules)
        for r in talentflow.extract_text(text, doc="t", published=published, nlp=nlp)
    ]


def facts(nlp, text, published="2025-08-26"):
    return {(p, "leave" if f and not t else "join" if t and not f else "move", f or t) for p, f, t, *_ in records(nlp, text, published)}


@pytest.mark.parametrize(
    "text",
    [
        "〔記者林志明／新竹報導〕聯發科副總經理王大同今年5月底離職,轉戰華碩。",
        "(中央社記者林志明台北2日電)聯發科副總經理王大同今年5月底離職,轉戰華碩。",
        "記者林志明/台北報導\n聯發科副總經理王大同今年5月底離職,轉戰華碩。",
        "【林志明/綜合報導】聯發科副總經理王大同今年5月底離職,轉戰華碩。",
    ],
)
def test_the_reporter_of_a_byline_is_no_mover(nlp, text):
    people = {r[0] for r in records(nlp, text)}
    assert "王大同" in people and "林志明" not in people


def test_the_byline_is_no_rumour_and_its_dateline_no_time(nlp):
    rows = records(nlp, "(中央社記者林志明台北2日電)宏碁總經理王大同已於今年5月辭職。")
    assert [(p, f, s, t) for p, f, _, _, t, s, _ in rows] == [("王大同", "宏碁", "done", "2025-05")]
    rows = records(nlp, "〔記者林志明／新竹報導〕宏碁總經理王大同已辭職。")
    assert [(p, s, t) for p, _, _, _, t, s, _ in rows] == [("王大同", "done", "")]


def test_a_press_conference_is_no_byline(nlp):
    # 記者會 is an event; the name after it still moves.
    assert ("林志明", "leave", "宏碁") in facts(nlp, "記者會上,宏碁總經理林志明宣布辭職。")


@pytest.mark.parametrize(
    "text",
    [
        "身為共同創辦人的吳建豪,2019年在陳永福的力邀下,自廣達副董事長卸職、重返仁寶。",
        "吳建豪在陳永福的邀請下,自廣達副董事長卸職、重返仁寶。",
    ],
)
def test_the_agent_of_an_adverbial_frame_is_not_the_mover(nlp, text):
    got = facts(nlp, text)
    assert {("吳建豪", "leave", "廣達"), ("吳建豪", "join", "仁寶")} <= got
    assert not [f for f in got if f[0] == "陳永福"]


def test_the_one_from_whose_hands_an_office_passes_is_not_the_joiner(nlp):
    got = facts(nlp, "新任校長高文傑從卸任校長趙立手中接過印信,宣誓就任清華大學校長。")
    assert ("高文傑", "join", "清華大學") in got
    assert ("趙立", "join", "清華大學") not in got


def test_an_invitation_stated_as_an_object_keeps_its_subject(nlp):
    # Counter-example: `接受陳永福的邀請,加入仁寶` names no frame with 下; 吳建豪 joins.
    assert ("吳建豪", "join", "仁寶") in facts(nlp, "吳建豪接受陳永福的邀請,加入仁寶。")
