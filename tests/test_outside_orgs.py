"""Organizations a sentence names that are not the mover's: a commentator's brokerage
(bare_leave.not_commentators, rule commentator-byline) and the school one comes from
(draft.school_origin, rule origin-school). All names and sentences are invented."""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    "text",
    [
        "中信证券分析师王某认为,韩立明离职对公司影响有限。",
        "中信证券首席分析师王某认为,离职后的韩立明可能会选择创业。",
        "对此,中信证券首席经济学家王某表示,韩立明的离职在意料之中。",
    ],
)
def test_a_commentators_organization_is_not_left(nlp, text):
    assert not any(org in ("中信证券", "中信证券") for _, _, org in facts(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The mover's own organization still stands where the sentence names it.
        ("中信证券分析师王某认为,韩立明此番离开小米,或与业绩有关。", {("韩立明", "leave", "小米")}),
        # The analyst who moves leaves the brokerage.
        ("中信证券分析师王某已于近日离职。", {("王某", "leave", "中信证券")}),
        # A post that is no commentator's: the company before the other name may be the one left.
        ("中信证券副总裁王某证实,韩立明已离职。", {("韩立明", "leave", "中信证券")}),
    ],
)
def test_the_movers_own_organization_stays(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来自清华大学的韩立明加入了星河智造。", {("韩立明", "join", "星河智造")}),
        ("来自北辰大学的韩立明近日加入小米,担任研究员。", {("韩立明", "join", "小米")}),
        # A company one comes from is left; a post at the school makes it an employer.
        ("来自百度的韩立明加入了小米。", {("韩立明", "leave", "百度"), ("韩立明", "join", "小米")}),
        ("来自清华大学的教授韩立明加入了小米。", {("韩立明", "leave", "清华大学"), ("韩立明", "join", "小米")}),
        # 从 a school with a leave verb is a leave (a professor resigning).
        ("韩立明从北辰大学离职,加入小米。", {("韩立明", "leave", "北辰大学"), ("韩立明", "join", "小米")}),
    ],
)
def test_a_school_one_comes_from_is_no_employer(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The analyst quoted is no dropped subject of the move quoted.
        ("中信证券分析师王某认为,此番离开小米,或与业绩有关。", set()),
        # A speaker with no commentator's post may speak of their own move.
        ("韩立明认为,离开小米是正确的选择。", {("韩立明", "leave", "小米")}),
        # A researcher's dropped subject is still the researcher.
        ("北辰大学研究员韩立明2018年加入小米,2021年离开小米。", {("韩立明", "join", "小米"), ("韩立明", "leave", "小米")}),
    ],
)
def test_a_commentator_is_no_dropped_subject(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rival no lexicon knows is still not the organization it is a rival of.
        ("韩立明加入百度的竞争对手澄明。", set()),
        ("韩立明加入Lumenary的竞争对手澄明。", set()),
        ("韩立明加入百度的竞争对手阿里巴巴。", {("韩立明", "join", "阿里巴巴")}),
        ("韩立明加入云杉数据的竞争对手Lumenary,担任CTO。", {("韩立明", "join", "Lumenary")}),
        # A thing a company runs is no employer, after a Latin name or an apposition too.
        ("韩立明去年退出了Quantiq粉丝群。", set()),
        ("韩立明去年退出了森越集团粉丝群。", set()),
        # A former employer named so is no part of its name.
        ("韩立明时隔两年重返老东家远川科技,担任高级副总裁。", {("韩立明", "join", "远川科技")}),
        ("韩立明离开了前东家星河智能科技有限公司。", {("韩立明", "leave", "星河智能科技有限公司")}),
    ],
)
def test_objects_named_through_another_word(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # others-former-org: 原/前/来自 X before someone else's name is that person's past,
        # not what the mover of a bare leave leaves.
        ("星河电子宣布,原澄明科技副总裁韩立明获任总经理;现任总经理柏思远将于年底退休。", {("柏思远", "leave", "星河电子")}),
        ("星河电子宣布,总监一职由来自澄明科技的韩立明接任;柏思远已于上月离职。", {("柏思远", "leave", "星河电子")}),
    ],
)
def test_another_persons_former_employer_is_not_left(nlp, text, expected):
    assert {f for f in facts(nlp, text) if f[0] == "柏思远"} == expected


def test_the_movers_own_former_employer_stays(nlp):
    # Counter-example: the mover's own former employer, named before the mover, stays.
    assert facts(nlp, "原澄明科技副总裁柏思远已于上月离职。") == {("柏思远", "leave", "澄明科技")}


def test_a_bare_join_verb_goes_back_to_the_former_employer_only_by_a_return_verb(nlp):
    # topic-left-before: the article is about 北辰科技, which the sentence names as the mover's
    # former employer; the bare 出任 at the end goes to no 北辰科技, while 回归 (list
    # return_verbs) does go back.
    topic = "北辰科技发布新品。北辰科技股价大涨。"
    hired = facts(nlp, topic + "云帆电子的首席执行官之位,董事会决定延揽前北辰科技事业部总经理柏文远出任。")
    returned = facts(nlp, topic + "前北辰科技副总裁柏文远昨日回归,负责搜索。")
    assert hired == {("柏文远", "join", "云帆电子")}
    assert ("柏文远", "join", "北辰科技") in returned
