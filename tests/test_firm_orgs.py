"""Partnership firms named after their partners (components/firm_orgs.py, rule
org:partner-firm; heads in patterns.toml partner_firm_heads). All names and
sentences are invented."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text

RULE = "org:partner-firm"


def ents(nlp, text: str, label: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == label]


@pytest.mark.parametrize(
    ("text", "firm", "not_person"),
    [
        # a brand, a middle dot and the partners' surnames: one firm, no person (read as a transliteration)
        ("何柏言曾於星河·岑鄧葉方會計師行任職八年,其後加盟云帆科技。", "星河·岑鄧葉方會計師行", "星河·岑鄧葉方"),
        # surnames run together: 柯兵严 reads as a person alone
        ("何柏言曾于柯兵严永道会计师事务所任职九年,其后加盟云帆科技。", "柯兵严永道会计师事务所", "柯兵严"),
        ("何柏言早年在陈黄律师事务所担任律师,2019年加入云帆科技。", "陈黄律师事务所", ""),
    ],
)
def test_a_firm_of_partners_is_one_organization(nlp, text, firm, not_person):
    assert firm in ents(nlp, text, "ORG")
    assert not_person not in ents(nlp, text, "PERSON")


def test_the_firm_is_the_leave_of_a_later_join(nlp):
    text = "何柏言曾于柯兵严永道会计师事务所任职九年,2021年加盟云帆科技出任财务总监。"
    found = facts(nlp, text)
    assert {("何柏言", "leave", "柯兵严永道会计师事务所"), ("何柏言", "join", "云帆科技")} <= found
    assert RULE in rules_text(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "何柏言毕业后进入一家会计师事务所,2019年加入云帆科技。",  # counted, not named
        "何柏言曾在知名律师事务所工作,2019年加入云帆科技。",  # a description
        "何柏言曾在该会计师事务所工作,2019年加入云帆科技。",  # a pointer
    ],
)
def test_a_firm_head_without_a_name_is_no_organization(nlp, text):
    assert not [org for org in ents(nlp, text, "ORG") if org.endswith("事务所")]
