"""Verbs whose organization stands before them after 与/和 (org:partner-before-verb),
verbs of a join that count only with a post named (成为, 坐上), and serving verbs
that state a change: a post about to be taken (frame:future-post) or held since a
date (`自2020年起担任`)."""

from __future__ import annotations

import pytest

import talentflow
from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("韩立明与星河科技分道扬镳。", {("韩立明", "leave", "星河科技")}),
        ("韩立明已和星河科技解约。", {("韩立明", "leave", "星河科技")}),
        ("韩立明正式与联想签约。", {("韩立明", "join", "联想")}),
        # The partner must stand right before the verb: 与联想合作 is no parting.
        ("韩立明与联想合作三年后加入小米。", {("韩立明", "join", "小米")}),
    ],
)
def test_the_partner_before_the_verb_is_the_organization(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_the_partner_rule_is_named_on_the_record(nlp):
    records = talentflow.extract_text("韩立明与星河科技分道扬镳。", doc="t", published="2025-08-26", nlp=nlp)
    assert "org:partner-before-verb" in records[0].rules.split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("韩立明成为联想总裁。", {("韩立明", "join", "联想")}),
        ("韩立明坐上联想总裁的位置。", {("韩立明", "join", "联想")}),
        # No post: becoming a customer or a partner is no join.
        ("韩立明成为联想的客户。", set()),
    ],
)
def test_becoming_counts_only_with_a_post(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "status"),
    [
        ("吴思明将担任联想首席执行官。", {("吴思明", "join", "联想")}, "announced"),
        ("吴思明即将在联想担任CTO。", {("吴思明", "join", "联想")}, "announced"),
        ("吴思明自2020年起担任联想首席执行官。", {("吴思明", "join", "联想")}, "done"),
        # A post held, or no post named: no change stated.
        ("吴思明现担任联想首席执行官。", set(), ""),
        ("吴思明将在联想工作。", set(), ""),
    ],
)
def test_a_serving_verb_states_a_change_when_future_or_dated(nlp, text, expected, status):
    records = talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)
    assert facts(nlp, text) == expected
    assert all(r.status == status for r in records)
