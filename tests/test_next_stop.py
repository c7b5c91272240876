"""转赴X (goes on to a post at X after leaving) and 下一站为/是/将是/或将是/可能是X (the
next employer named as where the person goes): triggers.tsv rows, behaviour switch.
A cue inside the verb's own words (下一站或将是: 或将) sets the status as one before
it would (attributes._status_ruled). A visit (转赴X参观), a place (转赴上海) or a
negation (并未转赴) gives no join. Every sentence is invented."""

from __future__ import annotations

import pytest

from fact_sets import extracted, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星河电子副总经理邵文博日前离任,转赴云帆集团任财务总监。",
         {("邵文博", "leave", "星河电子"), ("邵文博", "join", "云帆集团")}),
        ("韩立明2016年转赴腾讯担任总经理。", {("韩立明", "join", "腾讯")}),
        ("韩立明已于近期从京东离职,下一站为储能初创公司“星澜科技”,出任联合创始人。",
         {("韩立明", "leave", "京东"), ("韩立明", "join", "星澜科技")}),
        ("祁明远离开小米后,下一站是蔚来。", {("祁明远", "leave", "小米"), ("祁明远", "join", "蔚来")}),
    ],
)
def test_goes_on_to_a_named_organization(nlp, text, expected):
    found = facts(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("据悉,韩立明已离开百度,下一站或将是星河科技。", "reported"),
        ("韩立明或将离职,下一站可能是腾讯。", "reported"),
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
        "韩立明转赴腾讯参观,并与管理层座谈。",  # a visit (visit-at-org)
        "韩立明转赴上海出差。",  # a place
        "韩立明离开百度后并未转赴腾讯。",  # negated
        "发布会的下一站是腾讯总部。",  # no person moves
    ],
)
def test_no_organization_joined(nlp, text):
    assert not any(kind == "join" for _, kind, _ in facts(nlp, text)), facts(nlp, text)
