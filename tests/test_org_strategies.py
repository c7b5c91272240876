"""What the organization strategies return (pipeline/relations/organizations.py):
an `OrgsFound` record, with `settle_later` set when a bare leave has no
organization in sight and the whole article must name it. Sentences invented."""

from __future__ import annotations

import pytest

from fact_sets import found_for


def test_a_bare_leave_with_no_organization_in_sight_is_settled_later(view):
    found = found_for(view, "据悉,郑海川已于上月离职。", "离职")
    assert found.settle_later
    assert len(found.orgs) == 1 and found.came_from == []


@pytest.mark.parametrize(
    ("text", "verb", "org", "rule"),
    [
        ("郑海川已于上月离开华为。", "离开", "华为", "org:after-verb"),
        ("林若溪从百度加入腾讯。", "加入", "腾讯", "org:after-verb"),
    ],
)
def test_an_organization_named_is_no_settling(view, text, verb, org, rule):
    found = found_for(view, text, verb)
    assert not found.settle_later
    assert [o.text for o in found.orgs] == [org]
    assert rule in found.rules


def test_a_join_from_an_organization_names_where_it_comes_from(view):
    found = found_for(view, "林若溪从百度加入腾讯。", "加入")
    assert [o.text for o in found.came_from] == ["百度"]
    assert "from:from-marker" in found.rules
