"""Filings heading their company and leaves of the posts just named (relations/filing.py,
rules filing-title and posts-restated), on invented sentences."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The heading names the filer: the bare 公司 of a later appointment is it.
        ("星河科技股份有限公司关于高级管理人员变动的公告。公司董事会同意聘任孟青云女士为公司副总经理。",
         {("孟青云", "join", "星河科技股份有限公司")}),
        # Traditional script, the heading after a stock code.
        ("北辰控股(600123)關於總經理辭職的公告。公司董事會同意聘任杜遠帆為公司總經理。",
         {("杜遠帆", "join", "北辰控股")}),
    ],
)
def test_filing_title_names_the_filer(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # 上述职务 restates the leave the board received: the same fact, not one of the
        # employer joined years before.
        ("孟青云于2012年加入蔚来。星河科技公告称,董事会收到董事长孟青云的辞职报告,孟青云辞去上述职务后不再在公司担任任何职务。",
         {("孟青云", "join", "蔚来"), ("孟青云", "leave", "星河科技")}, "org:board-receipt"),
        # Only the heading names the company: the posts restated are its own.
        ("孟青云于2012年加入蔚来。星河科技股份有限公司关于副总经理辞职的公告。孟青云因个人原因申请辞去上述职务。",
         {("孟青云", "join", "蔚来"), ("孟青云", "leave", "星河科技股份有限公司")}, "org:posts-restated"),
        # The leave named again as a noun of the person: the same organization.
        ("孟青云于2012年加入蔚来。星河科技公告称,董事会收到董事长孟青云的辞职报告。孟青云先生的离任不会导致公司董事会成员低于法定最低人数。",
         {("孟青云", "join", "蔚来"), ("孟青云", "leave", "星河科技")}, "org:board-receipt"),
        ("孟青云于2012年加入蔚来。星河科技公告称,董事会收到董事长孟青云的辞职报告。根据有关规定,其辞职报告自送达董事会之日起生效。",
         {("孟青云", "join", "蔚来"), ("孟青云", "leave", "星河科技")}, "org:board-receipt"),
    ],
)
def test_posts_restated(nlp, text, expected, rule):
    assert facts(nlp, text) == expected
    assert rule in rules_text(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # No leave named before and no filing: 上述职务 points at nothing the text tells.
        "孟青云于2012年加入蔚来。他上月辞去上述职务。",
        # 关于 that heads no filing names no filer.
        "蔚来关于此事没有回应。公司董事会同意聘任孟青云为公司副总经理。",
    ],
)
def test_no_restated_or_title_guess(nlp, text):
    assert not any(kind == "leave" for _, kind, _ in facts(nlp, text))
    assert "org:filing-company" not in rules_text(nlp, text)


def test_recalled_leave_without_a_leave_told_keeps_the_employer(nlp):
    # A的离职 with no leave told before: the employer joined (org:last-joined), not leave-recalled.
    text = "孟青云于2012年加入蔚来。孟青云的离职在业内引发讨论。"
    assert ("孟青云", "leave", "蔚来") in facts(nlp, text)
    assert "org:leave-recalled" not in rules_text(nlp, text)
