"""The post held before a join (relations/before_join.py): `加入X之前,他是Y的Z`.

Sentences are invented; each pattern has its counter-example.
"""

from __future__ import annotations

import pytest

import talentflow


def records(nlp, text):
    return {(r.person, r.from_org, r.to_org, r.role) for r in talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)}


@pytest.mark.parametrize(
    "text",
    [
        "韦立已加入阿里巴巴。加入阿里巴巴之前,他是北京大学终身教授。",
        "韦立已加入阿里巴巴。在加盟阿里巴巴前,他曾是北京大学终身教授。",
    ],
)
def test_the_post_stated_before_a_join_is_left(nlp, text):
    assert ("韦立", "北京大学", "", "终身教授") in records(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "韦立已加入阿里巴巴。加入阿里巴巴之前,他是阿里巴巴的顾问。",  # a post at the employer joined
        "韦立已加入阿里巴巴。加入阿里巴巴之后,他是北京大学的客座教授。",  # after the join: held beside it
    ],
)
def test_a_post_at_the_employer_joined_or_after_the_join_is_no_leave(nlp, text):
    assert not [r for r in records(nlp, text) if r[1]]
