"""Moves the twins showed missed (helper twinrel2): a passive poaching with no agent
whose destination follows 到 (`被挖到云帆科技`), a post handed over from someone's
hands (`从A手中接过X总裁一职`: B joins X, A leaves it), years of service at an
employer (`在宝马效力十二年`: a past post). Invented sentences, with counter-examples."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # org:bare-passive-destination: the organization right after 被挖到 is where the person goes.
        ("祁明远博士毕业后在北辰研究院做了三年研究员,2022年被挖到云帆科技,负责大模型训练。",
         {("祁明远", "join", "云帆科技")}, "org:bare-passive-destination"),
        ("去年秋天,庞书言被挖到了星澜智能,出任首席架构师。", {("庞书言", "join", "星澜智能")}, "org:bare-passive-destination"),
    ],
)
def test_a_passive_poach_names_its_destination(nlp, text, expected, rule):
    assert facts(nlp, text) == expected
    assert rule in rules_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counter: 被挖到 with a place after it is no organization joined.
        ("去年秋天,庞书言被挖到了杭州。", set()),
        # counter: the hirer named as agent is the hirer (org:passive-agent), as before.
        ("去年秋天,庞书言被星澜智能挖走。", {("庞书言", "join", "星澜智能")}),
    ],
)
def test_a_passive_poach_without_destination(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # join:接过 with the post named after it; the predecessor whose hands it leaves leaves it.
        ("2020年春,邵文博从庞书言手中接过星河科技总裁一职。",
         {("邵文博", "join", "星河科技"), ("庞书言", "leave", "星河科技")}),
        # The predecessor of a post taken up by another verb (出任) after 接过 a seal.
        ("邵文博周一从庞书言手中接过校印,出任云帆大学第三任校长。",
         {("邵文博", "join", "云帆大学"), ("庞书言", "leave", "云帆大学")}),
        # counter: 接过 with no post is no move (needs-post).
        ("邵文博从主持人手中接过话筒。", set()),
        ("邵文博接过了星河科技的订单。", set()),
        # counter: 从A手中 buying something hands over no post.
        ("星河科技从庞书言手中买下了云帆大学的股份。", set()),
    ],
)
def test_a_post_handed_over(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # serve:效力 with years counted (rule during): a past post, left since.
        ("祁明远在宝马效力十二年,做过宝马集团副总裁。", {("祁明远", "leave", "宝马")}),
        # counter: serving now, no years: no move; 效力于 after 转而 stays a join.
        ("祁明远目前在宝马效力。", set()),
        ("祁明远转而效力于宝马。", {("祁明远", "join", "宝马")}),
    ],
)
def test_years_of_service(nlp, text, expected):
    assert facts(nlp, text) == expected
