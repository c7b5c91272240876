"""prec15: wrong records of the tune sets, each cause a rule with an id.

- cues.tsv: `并无此事`, `没有的事`, `纯属捏造` deny a rumour (denied); `盛传`, `被传` report one
  (rumour), so a rumour later negated in its sentence gives no record (vetoes.py).
- subject:replaced-one: `A接替届龄退休的B`: the leave is B's, not A's; and the clause
  after such a name goes on with A (cleft_subjects.relative_name_before).
- former-title-gap: `原X事业部医学总监A加入公司`: X is A's former unit, never 公司.
- article_org counts `北辰汽车(BORTON)` once (article-alias-once).
All sentences invented.
"""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    "text",
    [
        "据传韩立明将加盟星河科技。对此,星河科技方面回应称并无此事。",
        "网传韩立明将加盟星河科技,韩立明今日回应:“没有的事,目前在休假。”",
        "此前业内盛传云帆科技副总裁韩立明将转投星河科技,云帆方面回应称,韩立明“仍在岗位上,并未离职”,相关传闻纯属捏造。",
        "此前被传将加入星河科技的运营负责人韩立明,今年5月被确认并未离职。",
    ],
)
def test_a_rumour_denied_gives_no_record(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "业内盛传韩立明将加盟星河科技。",
        "韩立明被传将加入星河科技。",
        "韩立明将加盟星河科技。对此,星河科技方面表示欢迎。",
    ],
)
def test_a_rumour_not_denied_stands(nlp, text):
    assert facts(nlp, text) == {("韩立明", "join", "星河科技")}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # subject:replaced-one: the leave after 接替 is the replaced one's.
        ("人工智能研究所所长:韩立明(原任该所副所长,接替届龄退休的周振宇)", ("周振宇", "leave", "人工智能研究所"), ("韩立明", "leave", "人工智能研究所")),
        # the successor goes on after the replaced name.
        ("韩立明接替了已于去年离职的周振宇,出任星河科技首席技术官。", ("韩立明", "join", "星河科技"), ("周振宇", "join", "星河科技")),
        # counter: no 接替, the name described goes on.
        ("曾在云帆科技任职的周振宇,将于年底离开星河科技。", ("周振宇", "leave", "星河科技"), ("周振宇", "join", "星河科技")),
    ],
)
def test_who_moves_around_jieti(nlp, text, kept, dropped):
    found = facts(nlp, text)
    assert kept in found and dropped not in found


def test_a_former_unit_with_a_field_word_is_not_the_company_joined(nlp):
    text = "星图医药曾从辉瑞挖来多名研究员。澜拓生物正式宣布,原辉瑞中国肿瘤事业部医学总监韩立明博士已加入公司,担任首席医学官。"
    assert not any(org.startswith("辉瑞") and kind == "join" for _, kind, org in facts(nlp, text))


def test_the_announcer_is_still_the_company_joined(nlp):
    text = "星河科技发布新品。星河科技去年亏损。星河科技宣布,原云帆副总裁韩立明已加入公司。"
    assert ("韩立明", "join", "星河科技") in facts(nlp, text)
