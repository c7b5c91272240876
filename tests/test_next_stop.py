"""下一站为X / 下一站将是X (the next employer named as where the person goes):
triggers.tsv rows beside 下一站是. A cue inside the verb's own words (下一站将是: 将)
sets the status as one before it would (attributes._status_ruled). Without a person
who moves (a tour's next stop), no join. Every sentence is invented.

Tried and dropped (each gave one more wrong record on the held-out probes and none
right): 转赴X, 下一站或将是X, 下一站可能是X."""

from __future__ import annotations

import pytest

from fact_sets import extracted, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("韩立明已于近期从京东离职,下一站为储能初创公司“星澜科技”,出任联合创始人。",
         {("韩立明", "leave", "京东"), ("韩立明", "join", "星澜科技")}),
        ("韩立明已从京东离职,下一站为腾讯。", {("韩立明", "leave", "京东"), ("韩立明", "join", "腾讯")}),
        ("邵文博离开百度后,下一站将是北辰电子。", {("邵文博", "leave", "百度"), ("邵文博", "join", "北辰电子")}),
    ],
)
def test_goes_on_to_a_named_organization(nlp, text, expected):
    found = facts(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("邵文博已递交辞呈,下一站将是北辰电子。", "announced"),
        ("韩立明已从京东离职,下一站为腾讯。", "done"),
    ],
)
def test_a_cue_inside_the_verb_sets_the_status(nlp, text, status):
    joins = [r for r in extracted(nlp, text) if r.to_org]
    assert joins and all(r.status == status for r in joins), joins


@pytest.mark.parametrize(
    "text",
    [
        "发布会的下一站是腾讯总部。",  # no person moves
        "星河科技巡回路演的下一站为北辰电子园区。",
    ],
)
def test_no_organization_joined(nlp, text):
    assert not any(kind == "join" for _, kind, _ in facts(nlp, text)), facts(nlp, text)
