"""Subjects that are no person: a newsroom whose name starts with a surname
character (`彭博社`, `路透社`: 社 never stands in a given name, not_given_chars), a
word that reads like a name (`任满`, `任内`: name_stopwords.txt), and an organization
opening the clause, which is the subject of the verb after it (`星河科技此前创立了…`:
relations/org_subject.py, subject:org-acts-veto)."""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("彭博社的统计显示,人才大多流向星河科技。星河科技此前创立了云帆研究院。", set()),
        ("路透社援引消息人士称,星河科技副总裁韩立明已离职。", {("韩立明", "leave", "星河科技")}),
        ("他在董事任满后离开了星河科技。", set()),
        ("任内,韩立明加入了星河科技。", {("韩立明", "join", "星河科技")}),
        # The organization acts: no person of the sentence before takes its verb.
        ("韩立明去年加入星河科技。星河科技此前创立了云帆研究院。", {("韩立明", "join", "星河科技")}),
        ("韩立明去年加入星河科技。而星河科技于2019年加入了云帆联盟。", {("韩立明", "join", "星河科技")}),
        # Counter-examples: a dropped subject with no organization before the verb, a person named.
        ("韩立明去年加入星河科技。随后创立了云帆研究院。", {("韩立明", "join", "星河科技"), ("韩立明", "join", "云帆研究院")}),
        ("韩立明去年加入星河科技。星河科技副总裁韩立明近日离职。", {("韩立明", "join", "星河科技"), ("韩立明", "leave", "星河科技")}),
    ],
)
def test_no_person_is_read_where_none_acts(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The successor's later post (后调任…) is not the one the predecessor left.
        (
            "2021年,韩立明加入星河科技接替宋雨桐执掌星河研究院,后调任云帆实验室。",
            {("韩立明", "join", "星河科技"), ("韩立明", "leave", "星河科技"), ("韩立明", "join", "云帆实验室"), ("宋雨桐", "leave", "星河科技")},
        ),
        ("韩立明接替宋雨桐出任星河科技CEO。", {("韩立明", "join", "星河科技"), ("宋雨桐", "leave", "星河科技")}),
    ],
)
def test_the_predecessor_leaves_only_the_post_taken_over(nlp, text, expected):
    assert facts(nlp, text) == expected
