"""Pre-appointment notices (pipeline/relations/notices.py): `现任X…,拟任Y…` on one
cadre's line is a leave of X and a join of Y, both announced (frame:proposed-post).

Articles are invented for the test.
"""

from __future__ import annotations

import pytest

import talentflow

_LEAD = "星河市委组织部发布干部任前公示,具体如下:\n\n"


def records(nlp, text: str) -> set[tuple[str, str, str, str, str]]:
    found = talentflow.extract_text(text, doc="t", published="2023-04-10", nlp=nlp)
    return {(r.person, r.from_org, r.to_org, r.role, r.status) for r in found if "frame:proposed-post" in r.rules}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The present post, then the proposed one at another organization.
        (
            _LEAD + "韩立明,女,1981年6月生,现任星河市科技局副局长,拟任星河市数据局局长;\n"
            "苗一鸣,男,1977年4月生,现任星河市财政局副局长,拟任星河市统计局局长。",
            {
                ("韩立明", "星河市科技局", "", "副局长", "announced"),
                ("韩立明", "", "星河市数据局", "局长", "announced"),
                ("苗一鸣", "星河市财政局", "", "副局长", "announced"),
                ("苗一鸣", "", "星河市统计局", "局长", "announced"),
            },
        ),
        # 拟提名为: the same proposal, worded for a post filled by election.
        (
            _LEAD + "钱思远,男,1979年2月生,现任星河市科技局副局长,拟提名为星河市数据局局长人选;",
            {("钱思远", "星河市科技局", "", "副局长", "announced"), ("钱思远", "", "星河市数据局", "局长", "announced")},
        ),
    ],
)
def test_notice_line_is_a_move_announced(nlp, text, expected):
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Same organization: a promotion (optional in the gold), no record of this rule.
        _LEAD + "郑海川,男,1975年2月生,现任星河市财政局副局长,拟任星河市财政局局长;",
        # No present post: nothing to leave, and the notice rule does not read it.
        _LEAD + "郑海川,男,1975年2月生,拟任星河市财政局局长;",
        # 现任 alone states a post held: no move.
        "郑海川现任星河市财政局副局长,分管预算工作。",
        # The proposal is a company's plan, not a post (拟于).
        "郑海川现任星河市科技局副局长,拟于下月赴星河市数据局调研。",
    ],
)
def test_no_notice_move(nlp, text):
    assert records(nlp, text) == set()
