"""Organizations read with a word that is not theirs, or places that are no
employer: a conjunction opening the clause is no part of a name (`不过|公司…`,
`由于|星河集团…`: patterns.toml org_left_stops), a description of a company's tie
to its group names no company (`星河集团转投资公司`: org_descriptors.txt), and the
platform a leave is announced on is not the organization left (`在微博发文宣布离职`:
rule posted-on, org:posted-on)."""

from __future__ import annotations

import pytest
import talentflow

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A conjunction before 公司 or before a name opens the clause.
        ("云帆电子的困境并未缓解,不过公司财务总监韩立明已于上月辞职。", {("韩立明", "leave", "云帆电子")}),
        ("由于星河集团业务收缩,星河集团财务总监韩立明日前辞职。", {("韩立明", "leave", "星河集团")}),
        ("因为云帆科技连年亏损,韩立明离开云帆科技。", {("韩立明", "leave", "云帆科技")}),
        # A company's tie to its group describes it; it is not a name.
        ("韩立明出任星河集团转投资公司总经理。", {("韩立明", "join", "星河集团")}),
        # The platform where the leave is posted.
        ("星河科技副总裁韩立明昨日在微博发文宣布离职。", {("韩立明", "leave", "星河科技")}),
        ("星河科技研究员韩立明在领英上宣布离职。", {("韩立明", "leave", "星河科技")}),
        # 在X离职 with no posting verb still leaves X.
        ("韩立明在星河科技离职后加入云帆科技。", {("韩立明", "leave", "星河科技"), ("韩立明", "join", "云帆科技")}),
    ],
)
def test_words_and_places_that_are_no_organization(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_the_posted_on_rule_shows_in_the_record(nlp):
    records = talentflow.extract_text("星河科技副总裁韩立明在微博发文宣布离职。", doc="t", published="2025-08-26", nlp=nlp)
    assert [r.from_org for r in records] == ["星河科技"]
    assert "org:posted-on" in records[0].rules.split()


@pytest.mark.parametrize("text", ["但星河集团否认了这一消息。", "而星河机器人公司拒绝置评。", "此外星河科技宣布裁员。"])
def test_a_conjunction_is_never_the_start_of_a_name(nlp, text):
    names = [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]
    assert names and all(not name.startswith(("但", "而", "此外")) for name in names)
