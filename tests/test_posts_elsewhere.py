"""A post the article states away from the move fills the move's role (ANNOTATION.md:
a stated post fills the role of a nearby move of the same person at the same
organization; posts.py, invented sentences):
- role:post-stated-later — a leave told first and the post after it, in a later
  sentence: `A已从星河离职。此前他在星河担任…`, `A(星河副总裁)`, `A,星河副总裁,`,
  `星河的副总裁A表示`; after the leave's sentence only a title written against the
  name is the person's (`星河发言人对A的去向不予置评` states none).
Counter-examples: a post at another organization, another person's post.
A join does not take a title written elsewhere: `星河副总裁A` is often the post A
left, not the one A joined as (the corpus's gold leaves such joins without a role)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("邵明远已从云岫科技离职。此前他在云岫科技担任研发中心副总监,负责芯片设计。", "研发中心副总监"),
        ("邵明远已從雲岫科技離職。此前他在雲岫科技擔任研發中心副總監。", "研發中心副總監"),
        ("邵明远已从云岫科技离职。邵明远(云岫科技副总裁)此前负责海外市场。", "副总裁"),
        ("邵明远已从云岫科技离职。邵明远,云岫科技副总裁,此前负责海外市场。", "副总裁"),
        ("邵明远已从云岫科技离职。据悉,云岫科技的首席架构师邵明远在公司工作了八年。", "首席架构师"),
        ("邵明远于2021年离开云岫科技。她曾在云岫科技任高级经理,负责渠道。", "高级经理"),
        # counter-examples: a post elsewhere, another person's post
        ("邵明远已从云岫科技离职。此前他在青禾资本担任合伙人。", ""),
        ("邵明远已从云岫科技离职。云岫科技副总裁温若谷表示,公司业务不受影响。", ""),
        ("邵明远已从云岫科技离职。云岫科技发言人对邵明远的去向不予置评。", ""),
    ],
)
def test_a_leave_takes_a_post_stated_after_it(extract, text, role):
    leaves = [r for r in extract(text) if r[0] == "邵明远" and r[1] in ("云岫科技", "雲岫科技")]
    assert [r[3] for r in leaves] == [role]

