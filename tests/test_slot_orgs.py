"""Tests for pipeline/components/slot_orgs.py: a bare organization name (`Quantiq`,
`朗月`) read from the slots a known company is read from."""

from __future__ import annotations

import pytest

import talentflow


def inferred(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {doc.text[start:end]: rule for (start, end), rule in (doc._.inferred_orgs or {}).items()}


def facts(text: str) -> set[tuple[str, str, str]]:
    records = talentflow.extract_text(text, doc="t", published="2025-06-18")
    return {(r.person, kind, org) for r in records for kind, org in (("leave", r.from_org), ("join", r.to_org)) if org}


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("柯望舒已向Velmora提出辞职。", "Velmora", "org:unknown-resigned-to"),
        ("柯望舒上周向Velmora正式递交了辞呈。", "Velmora", "org:unknown-resigned-to"),
        ("Velmora董事会选举柯望舒为董事长。", "Velmora", "org:unknown-governed"),
        ("据悉,Velmora股东会已批准柯望舒出任总经理。", "Velmora", "org:unknown-governed"),
        ("Velmora旗下芯片团队负责人柯望舒离职。", "Velmora", "org:unknown-governed"),
        ("Velmora的CTO柯望舒已经离职。", "Velmora", "org:unknown-governed"),
        ("Velmora自动驾驶事业部总经理柯望舒已经离职。", "Velmora", "org:unknown-unit-title"),
        ("Velmora云计算部总监柯望舒已加盟百度。", "Velmora", "org:unknown-unit-title"),
        ("柯望舒的Velmora总裁职务由邵一帆接任。", "Velmora", "org:unknown-possessed"),
        ("柯望舒先后就职于Velmora和Tarnix。", "Velmora", "org:unknown-listed"),
        ("柯望舒先后就职于百度和Tarnix,2022年加盟腾讯。", "Tarnix", "org:unknown-listed"),
        ("柯望舒此前曾在Velmora、百度任职。", "Velmora", "org:unknown-listed"),
        # frame_orgs.py: a short bare name before a title that heads a whole company.
        ("消息人士称,墨羽CEO柯望舒将卸任。", "墨羽", "org:unknown-before-head"),
        ("朗月董事长柯望舒已于近日离职。", "朗月", "org:unknown-before-head"),
        # unknown_orgs.py: a head jieba cut into single characters, then a field word.
        ("柯望舒也将加入霁青生物。", "霁青生物", "org:unknown-after-verb"),
    ],
)
def test_a_bare_name_in_a_company_slot_is_an_organization(nlp, text, name, rule):
    assert inferred(nlp, text).get(name) == rule


@pytest.mark.parametrize(
    "text",
    [
        "柯望舒已向媒体透露离职一事。",  # 向 before no resignation
        "柯望舒向Velmora团队介绍了新产品。",  # 向 a name, but no resignation follows
        "Mira Holt董事会成员身份未变。",  # a Latin person's name: two words
        "柯望舒用Python和Rust写了调度器。",  # languages, no slot
        "柯望舒发布了Gemini和Claude的评测。",  # products
        "量化研究主管柯望舒已经离职。",  # a field before a title
        "柯望舒的Python工程师职务由邵一帆接任。",  # the Latin word is a field there: no title follows it directly
        "北京董事会选举柯望舒为董事长。",  # a city
        "星驭原CFO柯望舒将转任首席战略官。",  # 原 (former) closes the name: no `星驭原`
        "柯望舒曾在Velmora、Tarnix等多个业务部门任职。",  # 等 + units: the lines of one company
        "量化研究总监柯望舒已经离职。",  # a field before a title no company-wide head
    ],
)
def test_no_name_is_read_where_no_company_slot_vouches(nlp, text):
    names = inferred(nlp, text)
    assert not {"媒体", "Velmora", "Mira", "Holt", "Python", "Rust", "Gemini", "Claude", "量化研究", "北京", "星驭原", "Tarnix", "量化"} & set(names), names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("柯望舒已向Velmora提出辞职。", {("柯望舒", "leave", "Velmora")}),
        ("Velmora自动驾驶事业部总经理柯望舒已经离职。", {("柯望舒", "leave", "Velmora")}),
        ("柯望舒早年就职于Velmora,后加入百度。", {("柯望舒", "leave", "Velmora"), ("柯望舒", "join", "百度")}),
    ],
)
def test_records_on_a_name_read_from_its_slot(text, expected):
    assert expected <= facts(text)
