"""Wrong records by cause (precision): a rumour or a plan another move overtook
(`一度传出他将加盟X,但他最终选择了Y`, rule rumour-overtaken; `本打算跳槽到X`, cues.tsv
hypothetical), an organization named as a party to a deal rather than an employer
(`O被P收购后,A选择出走`, `获P投资`, `由P领投`: rule deal-party), and a school named
after a schooling verb (`辞职赴美就读S`: rule schooling-object). Each with the
sentences where the rule must still fire. Invented sentences, simplified and
traditional."""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rumour-overtaken: the rumoured destination gives nothing, the real one stays.
        ("今年4月,韩立明从星河科技离职,此后一度传出他将加盟云帆科技的消息,但他最终选择了北辰集团。",
         {("韩立明", "leave", "星河科技")}),
        ("業界一度傳出韓立明將加盟雲帆科技,但他最後選擇了北辰集團。", set()),
        ("市场传闻韩立明将加入云帆科技,不过他最终加入了北辰集团。", {("韩立明", "join", "北辰集团")}),
        # 去了 without a leave before it is a trip (veto:went-without-leave): nothing at all.
        ("網傳庞书言將轉投青禾智能,然而她後來還是去了鲸跃科技。", set()),
        # A plan given up (cues.tsv hypothetical): 本打算, 曾计划, 一度打算.
        ("韩立明本打算跳槽到云帆科技,后来还是留在了星河科技。", set()),
        ("庞书言曾计划加盟青禾智能,最终改变了主意。", set()),
        ("龐書言一度打算加入鲸跃科技,後來放棄了。", set()),
    ],
)
def test_overtaken_rumour_or_plan(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The rumour stands when nothing overtakes it, or when the later clause is another person's.
        ("据传韩立明将加入云帆科技,他本人未予回应。", {("韩立明", "join", "云帆科技")}),
        ("传闻韩立明将加入云帆科技,但庞书言最终选择了北辰集团。", {("韩立明", "join", "云帆科技")}),
        # 最终 without a rumour before it: the move it tells is done.
        ("韩立明去年离开星河科技,最终加入了北辰集团。", {("韩立明", "leave", "星河科技"), ("韩立明", "join", "北辰集团")}),
        # A plan carried out (计划 alone announces the move).
        ("韩立明计划加入云帆科技。", {("韩立明", "join", "云帆科技")}),
    ],
)
def test_rumour_or_plan_kept(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deal-party: the acquirer or investor is no organization a bare leave leaves,
        # nor the hirer of an earlier clause.
        ("云帆科技被北辰集团收购后的第二年,韩立明选择出走,创办了青禾智能。",
         {("韩立明", "leave", "云帆科技"), ("韩立明", "join", "青禾智能")}),
        ("雲帆科技被北辰集團併購後,韓立明隨即辭職。", {("韓立明", "leave", "雲帆科技")}),
    ],
)
def test_deal_party_is_no_employer(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The company itself, named before the deal, still is the one left.
        # The investor, named before the deal verb as a subject, still hires (earlier-clause-subject).
        ("云帆科技在2023年完成由溪山资本领投的A轮融资后,从百度挖来了研究员韩立明。",
         {("韩立明", "leave", "百度"), ("韩立明", "join", "云帆科技")}),
        ("云帆科技宣布收购青禾智能。韩立明近日从云帆科技离职。", {("韩立明", "leave", "云帆科技")}),
        # The acquirer named again as the mover's employer is what a later bare leave leaves.
        ("鲸跃支付后来被北辰集团收购,韩立明随之成为北辰集团的高级副总裁,2019年底离开。",
         {("韩立明", "join", "北辰集团"), ("韩立明", "leave", "北辰集团")}),
        # An organization whose name goes on after 投资 (腾讯投资部) is no deal verb's agent.
        ("北辰集团投资部总监韩立明近日离职。", {("韩立明", "leave", "北辰集团")}),
        ("北辰集团从百度挖来了研究员韩立明。", {("韩立明", "leave", "百度"), ("韩立明", "join", "北辰集团")}),
    ],
)
def test_deal_party_counter_examples(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # schooling-object: a school after a schooling verb is not the organization left.
        ("韩立明辞职赴美就读哈佛商学院。", set()),
        ("韓立明去年辭職,赴英國攻讀牛津大學博士。", set()),
        ("韩立明2019年离开百度,就读于斯坦福大学。", {("韩立明", "leave", "百度")}),
        # The school left by a leave verb as its own object stays a leave (a lecturer's post).
        ("韩立明2015年离开浙江大学赴百度任职。", {("韩立明", "leave", "浙江大学"), ("韩立明", "join", "百度")}),
    ],
)
def test_school_of_a_schooling_is_no_object(nlp, text, expected):
    assert facts(nlp, text) == expected
