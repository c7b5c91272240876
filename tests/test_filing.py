"""Company filings (relations/filing.py, issue 16 class 4), on invented sentences:
the company whose board receives a resignation (`org:board-receipt`), the filing's
company behind posts at a bare 公司 before the name (`org:filing-own-title`), and a
second successor after 及 that is no predecessor (rule `succeeds`)."""

from __future__ import annotations

import pytest

from fact_sets import extracted, facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # The board's own company, named right before 董事会 (with its ordinal).
        ("星河科技第六届董事会于昨日收到总经理孟青云提交的书面辞职报告。",
         {("孟青云", "leave", "星河科技")}, "org:board-receipt"),
        # A bare 公司董事会: the company the filing defines as 公司.
        ("北辰控股股份有限公司(以下简称“公司”)于近日披露年报。公司董事会于近日收到董事长孟青云的辞呈。",
         {("孟青云", "leave", "北辰控股股份有限公司")}, "org:board-receipt"),
        # The filer by its stock code; not the employer the person was said to join before.
        ("孟青云于2012年加入蔚来。\n星河科技(00981.HK)公布,公司董事会收到董事长孟青云的辞职申请。",
         {("孟青云", "join", "蔚来"), ("孟青云", "leave", "星河科技")}, "org:board-receipt"),
        # An honour among the posts names no employer: the filer is left.
        ("星河科技晚间公告,公司董事长、中国工程院院士孟青云申请辞去董事长职务。",
         {("孟青云", "leave", "星河科技")}, "org:filing-own-title"),
        # A heading `X关于…的公告` names the filer: the bare 公司 of an appointment is it (filing-title).
        ("星河科技股份有限公司关于高级管理人员变动的公告。公司董事会同意聘任孟青云女士为公司副总经理。",
         {("孟青云", "join", "星河科技股份有限公司")}, "org:anaphor-own"),
        ("北辰控股(600123)關於總經理辭職的公告。公司董事會同意聘任杜遠帆為公司總經理。",
         {("杜遠帆", "join", "北辰控股")}, "org:anaphor-own"),
        # 上述职务 restates the leave the board received, not one of the employer joined before.
        ("孟青云于2012年加入蔚来。星河科技公告称,董事会收到董事长孟青云的辞职报告,孟青云辞去上述职务后不再在公司担任任何职务。",
         {("孟青云", "join", "蔚来"), ("孟青云", "leave", "星河科技")}, "org:board-receipt"),
        # Only the heading names the company: the posts restated are its own.
        ("孟青云于2012年加入蔚来。星河科技股份有限公司关于副总经理辞职的公告。孟青云因个人原因申请辞去上述职务。",
         {("孟青云", "join", "蔚来"), ("孟青云", "leave", "星河科技股份有限公司")}, "org:posts-restated"),
        # The leave named again as a noun of the person, or of 其: the same organization (leave-recalled).
        ("孟青云于2012年加入蔚来。星河科技公告称,董事会收到董事长孟青云的辞职报告。孟青云先生的离任不影响公司的日常经营。",
         {("孟青云", "join", "蔚来"), ("孟青云", "leave", "星河科技")}, "org:board-receipt"),
        ("孟青云于2012年加入蔚来。星河科技公告称,董事会收到董事长孟青云的辞职报告。根据有关规定,其辞职报告自送达董事会之日起生效。",
         {("孟青云", "join", "蔚来"), ("孟青云", "leave", "星河科技")}, "org:board-receipt"),
    ],
)
def test_filing_company_of_a_resignation(nlp, text, expected, rule):
    assert facts(nlp, text) == expected
    assert rule in rules_text(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # A letter that is no resignation: the board receives a proposal.
        "星河科技董事会于昨日收到股东孟青云提交的临时提案。",
        # The board receives it, but the company is never named.
        "公司董事会于近日收到董事长孟青云的辞职报告。",
    ],
)
def test_no_filing_company_no_board_receipt(nlp, text):
    assert "org:board-receipt" not in rules_text(nlp, text)


def test_second_successor_after_conjunction_is_no_predecessor(nlp):
    # 由A接任X及B接任Y: both succeed; B is not the one A succeeds.
    text = "星河科技今日完成交接,由孟青云接任董事会主席及杜远帆接任首席执行官。"
    assert not any(r.person == "杜远帆" and r.from_org for r in extracted(nlp, text))
    assert "frame:succession-predecessor" not in rules_text(nlp, text)


def test_succeeded_person_still_leaves(nlp):
    # 接替A出任…: the name right after the verb is the predecessor.
    text = "杜远帆接替孟青云出任星河科技首席执行官。"
    assert ("孟青云", "leave", "星河科技") in facts(nlp, text)


def org_names(nlp, text):
    return {e.text for e in nlp(text).ents if e.label_ == "ORG"}


@pytest.mark.parametrize(
    ("text", "not_orgs"),
    [
        # A filing's prepositions and verbs lead the bare 公司 that follows: no name.
        ("孟青云的辞职报告自送达公司董事会之日起生效。", {"送达公司"}),
        ("根据公司收到的辞任函,孟青云已辞任董事。", {"根据公司"}),
        ("概无其他有关彼辞任之事宜须提呈本公司股东垂注。", {"事宜须提呈本公司", "提呈本公司"}),
        # A source and its text, split by 丨.
        ("财经快讯丨星河科技公布,孟青云辞任董事。", {"丨星河科技"}),
    ],
)
def test_filing_words_are_no_company_name(nlp, text, not_orgs):
    assert not org_names(nlp, text) & not_orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # 控股/投资 before a legal form are words of the name, not verbs.
        ("北辰控股股份有限公司董事会于近日收到孟青云的辞呈。", "北辰控股股份有限公司"),
        ("星河投资集团宣布了新的任命。", "星河投资集团"),
        # 资本 ends in 本 but is no glued pointer.
        ("孟青云加入了星河资本公司。", "星河资本公司"),
    ],
)
def test_company_name_words(nlp, text, org):
    assert org in org_names(nlp, text)


def test_verb_before_company_still_ends_the_name(nlp):
    # 投资 as a verb before another company: the name starts after it.
    assert "投资星河科技有限公司" not in org_names(nlp, "孟青云投资星河科技有限公司。")


def test_nominal_resignation_takes_no_object(nlp):
    # 辞任之事宜: the verb describes a noun (rule verb-modifier); 香港交易所 is no object.
    text = "星河科技公告,孟青云已辞任独立董事,且概无有关彼辞任之事宜须提呈本公司股东及香港交易所垂注。"
    assert not any(r.from_org == "香港交易所" for r in extracted(nlp, text))


def test_leave_then_join_after_zhi_hou(nlp):
    # 之后 is no modifier: 离开星河科技之后加入北辰科技 keeps both.
    text = "孟青云离开星河科技之后加入了北辰科技。"
    assert ("孟青云", "join", "北辰科技") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # The board is an organ of the company, not an employer: no record names it.
        "星河科技宣布,孟青云将于明年接替杜远帆担任董事局主席一职。",
        "北辰科技公告,孟青云当选监事会主席。",
    ],
)
def test_board_is_no_organization(nlp, text):
    assert not any(org in ("董事局", "董事会", "监事会") for r in extracted(nlp, text) for org in (r.from_org, r.to_org))


def test_former_post_before_the_name_is_no_join(nlp):
    # 原先担任X总裁的A: a post held before the move told; A joins 北辰科技 only.
    text = "今年6月,原先担任星河科技总裁的孟青云接替杜远帆出任北辰科技首席执行官。"
    found = facts(nlp, text)
    assert ("孟青云", "join", "北辰科技") in found
    assert ("孟青云", "join", "星河科技") not in found
    assert ("杜远帆", "leave", "星河科技") not in found


def test_restated_posts_with_no_leave_told_leave_nothing(nlp):
    # 上述职务 with no leave told before and no filing: no organization to guess.
    assert facts(nlp, "孟青云于2012年加入蔚来。他上月辞去上述职务。") == {("孟青云", "join", "蔚来")}


def test_about_that_heads_no_filing_names_no_filer(nlp):
    # 关于此事 opens no heading: 蔚来 is not made the filing's company.
    text = "蔚来关于此事没有回应。公司董事会同意聘任孟青云为公司副总经理。"
    assert "org:filing-company" not in rules_text(nlp, text)
    assert not any(kind == "leave" for _, kind, _ in facts(nlp, text))


def test_recalled_leave_without_a_leave_told_keeps_the_employer(nlp):
    # A的离职 with no leave told before: the employer joined (org:last-joined), not leave-recalled.
    text = "孟青云于2012年加入蔚来。孟青云的离职在业内引发讨论。"
    assert ("孟青云", "leave", "蔚来") in facts(nlp, text)
    assert "org:leave-recalled" not in rules_text(nlp, text)
