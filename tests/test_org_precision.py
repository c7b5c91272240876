"""Organizations that are no organization's name: a demonstrative phrase points back
to one (`离开这一团队`), a name inside a counted group (`多家…公司`) is a kind, and a
product founded (`创建ChatGPT`) is no employer."""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The team pointed at is the one the sentence is about.
        ("去年秋天,Android平台负责人韩立明离开了这一团队。", {("韩立明", "leave", "Android")}),
        ("星河科技创始人韩立明已经离开这个团队。", {("韩立明", "leave", "星河科技")}),
        # A counted group of organizations names none of them.
        ("韩立明先后在多家风投和私募基金担任顾问。", set()),
        ("韩立明曾在三家外资银行和汇丰任职,后加入联想。", {("韩立明", "leave", "汇丰"), ("韩立明", "join", "联想")}),
        # Making a product founds no organization; founding a company does.
        ("韩立明参与创建了ChatGPT。", set()),
        ("韩立明2015年创办了星河科技。", {("韩立明", "join", "星河科技")}),
        # One organization counted as one is still named: 这家 points, 一家 introduces.
        ("韩立明离开小米后,加入了一家名为星河科技的公司。", {("韩立明", "leave", "小米"), ("韩立明", "join", "星河科技")}),
    ],
)
def test_organization_words_that_name_no_organization(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A move written as a noun is its possessor's: a name the name stage missed
        # gives no record to the subject of an earlier sentence.
        ("特斯拉负责人韩立明表示压力很大。而伊瓦诺夫的离开让团队措手不及。", set()),
        # A pronoun's is the person it points to.
        ("韩立明宣布离开特斯拉。他的离开让团队震动。", {("韩立明", "leave", "特斯拉")}),
    ],
)
def test_a_move_written_as_a_noun_is_its_possessors(nlp, text, expected):
    assert facts(nlp, text) == expected
