"""A posting (调任/转任/调往/调回) in a brief headed by an organization and a colon, or
by an organization in black brackets (`【鹤山证券】`), with only a bare title before the
name: the posting leaves the heading organization (from:item-head-posted). 调往/调回
with no organization after the verb (`调回集团总部`) leaves it too, and joins nothing.

Every sentence here is invented; each row says the facts that must come out and the
ones that must not.
"""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("鹤山证券：原副总裁韩立新调任柳河基金总经理。", {("韩立新", "leave", "鹤山证券"), ("韩立新", "join", "柳河基金")}, set()),
        ("■ 鹤山证券:研究部执行负责人韩立新转任柳河基金副总经理。", {("韩立新", "leave", "鹤山证券"), ("韩立新", "join", "柳河基金")}, set()),
        ("【鹤山证券】首席运营官韩立新将于7月1日起调任柳河基金总经理。", {("韩立新", "leave", "鹤山证券"), ("韩立新", "join", "柳河基金")}, set()),
        (
            "3. 鹤山证券：副总裁韩立新调回集团总部，出任鹤山控股战略部总经理。",
            {("韩立新", "leave", "鹤山证券"), ("韩立新", "join", "鹤山控股")},
            {("韩立新", "join", "鹤山证券")},
        ),
        # counter: another organization describes the name; it, not the heading, is left.
        ("鹤山证券：原柳河基金总监韩立新调回总部。", set(), {("韩立新", "leave", "鹤山证券")}),
        # counter: a posting to a unit of the heading organization leaves nothing of it.
        ("鹤山证券：副总裁韩立新调任鹤山证券研究所所长。", set(), {("韩立新", "leave", "鹤山证券")}),
        # counter: no heading colon, no leave of the sentence's first organization.
        ("鹤山证券宣布副总裁韩立新调任柳河基金总经理。", {("韩立新", "join", "柳河基金")}, set()),
    ],
)
def test_a_posting_in_a_headed_brief_leaves_the_heading(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got
