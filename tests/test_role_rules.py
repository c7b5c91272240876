"""Roles on sentences written for the rules they test (roles.py, titles.txt)."""

from __future__ import annotations

import pytest

import talentflow


def roles(text: str, published: str = "2025-06-20") -> dict[tuple[str, str, str], tuple[str, list[str]]]:
    """(person, from_org, to_org) → (role, the role rules)."""
    return {
        (r.person, r.from_org, r.to_org): (r.role, [rule for rule in r.rules.split() if rule.startswith("role:")])
        for r in talentflow.extract_text(text, doc="t", published=published)
    }


@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        # Taiwan and Hong Kong write the chief officers as X長: 執行長 CEO, 營運長 COO, 財務長 CFO.
        ("鴻海宣布延攬林志明擔任集團策略長一職。", ("林志明", "", "鴻海"), "集團策略長"),
        ("陳大文加入宏達電,擔任創意長。", ("陳大文", "", "宏達電"), "創意長"),
        ("林小華加入台積電,擔任共同營運長。", ("林小華", "", "台積電"), "共同營運長"),
        ("王美玲加入鴻海擔任財務長。", ("王美玲", "", "鴻海"), "財務長"),
    ],
)
def test_traditional_chief_officer_titles(text, key, role):
    assert roles(text)[key][0] == role


def test_a_hire_takes_the_post_named_after_the_person():
    assert roles("鴻海宣布延聘周立德擔任半導體策略長。")[("周立德", "", "鴻海")] == ("半導體策略長", ["role:post-after-name"])

