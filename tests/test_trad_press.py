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
    """(person, leave, from) and (person, join, to): a move is both, as the scorer splits it."""
    out = set()
    for p, f, t, *_ in records(nlp, text, published):
        out |= {(p, "leave", f)} if f else set()
        out |= {(p, "join", t)} if t else set()
    return out


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
        "吳建豪前年在陳永福的邀請下辭去廣達執行副總一職,回到仁寶擔任營運長。",
        "吳建豪在陳永福的力邀之下,離開廣達,轉戰仁寶。",
    ],
)
def test_the_agent_of_an_adverbial_frame_is_not_the_mover(nlp, text):
    got = facts(nlp, text)
    assert {("吳建豪", "leave", "廣達"), ("吳建豪", "join", "仁寶")} <= got
    assert not [f for f in got if f[0] == "陳永福"]


def test_the_one_from_whose_hands_an_office_passes_is_not_the_joiner(nlp):
    got = facts(nlp, "高文傑昨日從前任院長趙立手上接下印信,正式出任成功大學醫學院院長。")
    assert ("高文傑", "join", "成功大學") in got
    assert ("趙立", "join", "成功大學") not in got


def test_an_invitation_stated_as_an_object_keeps_its_subject(nlp):
    # Counter-example: `接受陳永福的邀請,加入仁寶` names no frame with 下; 吳建豪 joins.
    assert ("吳建豪", "join", "仁寶") in facts(nlp, "吳建豪接受陳永福的邀請,加入仁寶。")


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("吳建豪上月接掌台灣微軟業務。加入台灣微軟之前,吳建豪擔任IBM產品長。", "IBM"),
        ("Tom Hale在加盟宏達電之前,於愛立信擔任全球行銷主管。", "愛立信"),
    ],
)
def test_the_post_held_before_a_join_is_left(nlp, text, left):
    assert any(f == left and "org:before-join-post" in rules for _, f, _, _, _, _, rules in records(nlp, text))


def test_a_place_without_a_post_before_a_join_is_no_leave(nlp):
    # `於台北出生`: a place, no post verb after it.
    got = records(nlp, "吳建豪加入台灣微軟之前,於台北住了十年。")
    assert not [r for r in got if r[1]]


def test_a_contract_not_renewed_is_a_leave(nlp):
    got = records(nlp, "港交所董事總經理吳建豪日前透露,任期於明年3月結束後將不再續任。")
    assert [(p, f, role) for p, f, _, role, *_ in got] == [("吳建豪", "港交所", "董事總經理")]


def test_an_honoured_appointment_is_a_join(nlp):
    got = facts(nlp, "清華大學資工系教授吳建豪本月起榮任成功大學副校長。")
    assert ("吳建豪", "join", "成功大學") in got


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("董事會同意吳建豪繼續出任港大理事會主席兩年。", False),
        ("董事會同意吳建豪出任港大理事會主席兩年。", True),  # counter-example: a new post
    ],
)
def test_a_post_held_on_is_no_move(nlp, text, moves):
    assert bool(records(nlp, text)) == moves


def test_a_later_mention_by_the_given_name_is_the_full_name(nlp):
    got = facts(nlp, "華碩公告,林宣輝下月起轉任華碩顧問。宣輝同時辭去華碩營運長一職,將出任仁寶總經理。")
    assert {p for p, _, _ in got} == {"林宣輝"}


def test_a_given_name_two_full_names_share_names_neither(nlp):
    got = facts(nlp, "王宣輝與李宣輝先後離開聯電。宣輝隨後加入華碩。")
    assert ("王宣輝", "join", "華碩") not in got and ("李宣輝", "join", "華碩") not in got


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("陳立俊曾任宏碁副總經理、華碩策略長,目前擔任華碩總經理。", {"宏碁"}),
        ("陳立俊曾任成功大學教務長、國科會處長,現任成功大學副校長。", {"國科會"}),
        ("陳立俊曾任宏碁副總經理,目前擔任華碩總經理。", {"宏碁"}),  # counter-example: another employer
    ],
)
def test_a_past_post_where_the_person_still_works_is_no_leave(nlp, text, left):
    assert {f for _, f, t, *_ in records(nlp, text) if f and not t} == left
