"""A unit introduced after its parent with a colon (components/colon_units.py, rule
org:colon-parent). All names and sentences are invented."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text

RULE = "org:colon-parent"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("3. 星河科技：无线事业部副总经理韩冰离职，去向未披露。", "星河科技无线事业部"),
        ("· 北辰通信：浙江公司副总经理韩冰离职，加入云帆科技。", "北辰通信浙江公司"),
        ("星河科技：无线事业部副总经理韩冰离职。", "星河科技无线事业部"),
    ],
)
def test_the_unit_after_the_colon_is_written_with_its_parent(nlp, text, unit):
    assert ("韩冰", "leave", unit) in facts(nlp, text)
    assert RULE in rules_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # the line does not open on the company: a source quoted, no heading
        ("据星河科技：无线事业部副总经理韩冰离职。", "无线事业部"),
        # a known organization after the colon is a second company
        ("3. 星河科技：小米公司副总经理韩冰离职。", "小米公司"),
    ],
)
def test_no_parent_without_a_heading_or_for_a_known_name(nlp, text, org):
    found = facts(nlp, text)
    assert ("韩冰", "leave", org) in found
    assert RULE not in rules_text(nlp, text)
