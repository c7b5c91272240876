"""Moves the twins showed missed (helper twinrel2): a passive poaching with no agent
whose destination follows 到 (`被挖到云帆科技`), a post handed over from someone's
hands (`从A手中接过X总裁一职`: B joins X, A leaves it), years of service at an
employer (`在宝马效力十二年`: a past post). Invented sentences, with counter-examples."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text

_CASES = [
    # org:bare-passive-destination: the organization right after 被挖到 is where the person goes.
    ("祁明远博士毕业后在北辰研究院做了三年研究员,2022年被挖到云帆科技,负责大模型训练。",
     {("祁明远", "join", "云帆科技")}, "org:bare-passive-destination"),
    ("去年秋天,庞书言被挖到了星澜智能,出任首席架构师。", {("庞书言", "join", "星澜智能")}, "org:bare-passive-destination"),
    # counter: a place after 被挖到 is no organization; an agent named is the hirer (org:passive-agent).
    ("去年秋天,庞书言被挖到了杭州。", set(), ""),
    ("去年秋天,庞书言被星澜智能挖走。", {("庞书言", "join", "星澜智能")}, "org:passive-agent"),
    # join:接过 with the post named after it; the predecessor whose hands it leaves leaves it.
    ("2020年春,邵文博从庞书言手中接过星河科技总裁一职。",
     {("邵文博", "join", "星河科技"), ("庞书言", "leave", "星河科技")}, "frame:succession-predecessor"),
    # The predecessor of a post taken up by another verb (出任) after 接过 a seal.
    ("邵文博周一从庞书言手中接过校印,出任云帆大学第三任校长。",
     {("邵文博", "join", "云帆大学"), ("庞书言", "leave", "云帆大学")}, "leave:succeeded"),
    # counter: 接过 with no post is no move (needs-post); buying from someone hands over no post.
    ("邵文博从主持人手中接过话筒。", set(), ""),
    ("邵文博接过了星河科技的订单。", set(), ""),
    ("星河科技从庞书言手中买下了云帆大学的股份。", set(), ""),
    # serve:效力 with years counted (rule during): a past post, left since.
    ("祁明远在宝马效力十二年,做过宝马集团副总裁。", {("祁明远", "leave", "宝马")}, "serve:效力"),
    # counter: serving now, no years: no move; 效力于 after 转而 stays a join.
    ("祁明远目前在宝马效力。", set(), ""),
    ("祁明远转而效力于宝马。", {("祁明远", "join", "宝马")}, "join:效力于"),
]


@pytest.mark.parametrize(("text", "expected", "rule"), _CASES)
def test_twin_constructions(nlp, text, expected, rule):
    assert facts(nlp, text) == expected
    assert rule in rules_text(nlp, text)
