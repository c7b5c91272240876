"""Appointment, resignation and succession frames (issue 16, class 4), on invented
sentences: the passive hire (`被星河科技聘为`, `获星河科技委任为`), a resignation
handed to the employer (`向星河科技提出辞职`), board elections, a proposed hire
(`拟聘`: announced), each with counter-examples that must give nothing."""

from __future__ import annotations

import pytest

from fact_sets import extracted, facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # 聘为: the passive of 聘, the organization after 被 hires.
        ("孟青云日前被小米集团聘为技术顾问。", {("孟青云", "join", "小米集团")}, "hire:聘为"),
        # 获 marks the passive agent as 被 does (Hong Kong filings: 获X委任为).
        ("孟青云获中芯国际委任为首席营运官。", {("孟青云", "join", "中芯国际")}, "org:passive-agent"),
        ("孟青云遭联想解雇。", {("孟青云", "leave", "联想")}, "org:passive-agent"),
        # A board or a shareholders' meeting elects a person to a post.
        ("蔚来董事会选举孟青云为董事长。", {("孟青云", "join", "蔚来")}, "hire:选举"),
        ("京东股东大会选举孟青云为董事长。", {("孟青云", "join", "京东")}, "hire:选举"),
        ("小米集团聘用了研究员孟青云。", {("孟青云", "join", "小米集团")}, "hire:聘用"),
        # A resignation handed to the employer it leaves.
        ("孟青云已向美团提出辞职。", {("孟青云", "leave", "美团")}, "org:resigned-to"),
        ("据悉,孟青云已于上周向京东递交辞呈。", {("孟青云", "leave", "京东")}, "org:resigned-to"),
        ("孟青云日前正式向腾讯提出离职。", {("孟青云", "leave", "腾讯")}, "org:resigned-to"),
        # 接替B担任 takes B's post now: a join, and B leaves it (frame:succeeding-post).
        ("杜远帆接替孟青云担任星河科技首席财务官。",
         {("杜远帆", "join", "星河科技"), ("孟青云", "leave", "星河科技")}, "frame:succeeding-post"),
        # No organization after the verb: the one announcing (org:announcer).
        ("星河科技宣布,杜远帆将接替孟青云担任首席执行官。",
         {("杜远帆", "join", "星河科技"), ("孟青云", "leave", "星河科技")}, "org:announcer"),
        ("北辰電子宣布,杜遠帆將於7月1日起擔任執行長。", {("杜遠帆", "join", "北辰電子")}, "org:announcer"),
        # 接棒 with a person after it names the predecessor, like 接替 (rule succeeds).
        ("杜远帆接棒孟青云,出任星河科技首席执行官。",
         {("杜远帆", "join", "星河科技"), ("孟青云", "leave", "星河科技")}, "frame:succession-predecessor"),
        # A statement ending on a colon: every post after it is at the announcer (org:announced-list).
        ("星河科技宣布新一轮组织调整:原北辰电子总监杜远帆出任首席架构师,孟青云出任软件生态副总裁。",
         {("杜远帆", "join", "星河科技"), ("孟青云", "join", "星河科技")}, "org:announced-list"),
        ("北辰電子宣佈以下人事任命:杜遠帆出任營運長;孟青雲出任財務長。",
         {("杜遠帆", "join", "北辰電子"), ("孟青雲", "join", "北辰電子")}, "org:announced-list"),
        # Another organization speaking after the colon takes its own list.
        ("星河科技宣布以下任命:杜远帆出任首席架构师,云帆资本则宣布:孟青云出任合伙人。",
         {("杜远帆", "join", "星河科技"), ("孟青云", "join", "云帆资本")}, "org:announced-list"),
    ],
)
def test_appointment_and_resignation_frames(nlp, text, expected, rule):
    assert facts(nlp, text) == expected
    assert rule in rules_text(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "蔚来董事会选举产生了新一届管理层。",  # an election, nobody named
        "孟青云向媒体透露了星河科技的融资计划。",  # 向 the media: no resignation
        "孟青云连任小米集团董事长。",  # re-elected: no change
        "孟青云曾被提名为京东董事候选人。",  # a nomination is no appointment
        "星河科技宣布,杜远帆目前担任首席执行官。",  # a post held: no successor verb, no 将
        "星河科技现任首席执行官杜远帆表示,公司将接替原有系统担任行业标杆。",  # nobody succeeded
    ],
)
def test_no_record(nlp, text):
    assert facts(nlp, text) == set()


def test_resignation_told_to_the_media_is_not_handed_to_it(nlp):
    # 向媒体透露: the media is no employer; the leave is of 美团, named after 从.
    assert facts(nlp, "孟青云向媒体透露,他已从美团离职。") == {("孟青云", "leave", "美团")}


def test_a_proposed_hire_is_announced(nlp):
    (record,) = extracted(nlp, "小米集团拟聘孟青云为副总裁。")
    assert (record.person, record.to_org, record.role, record.status) == ("孟青云", "小米集团", "副总裁", "announced")
    assert "status:proposed-verb" in record.rules
    (done,) = extracted(nlp, "小米集团聘任孟青云为副总裁。")
    assert done.status == "done"


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # The successor's own post, at another organization, is one left (successor-origin).
        ("星河科技总裁祁明远因个人原因辞任,由小米集团副总经理庞书言接任。",
         {("祁明远", "leave", "星河科技"), ("庞书言", "join", "星河科技"), ("庞书言", "leave", "小米集团")},
         "frame:successor-origin"),
        ("祁明远离开快手后,接替他的是从阿里云调来的市场部总经理庞书言。",
         {("祁明远", "leave", "快手"), ("庞书言", "join", "快手"), ("庞书言", "leave", "阿里云")},
         "frame:successor-origin"),
        # 改由: the post changes hands; the post's organization, not the announcer, is joined.
        ("星河集团宣布,旗下美团总经理一职改由原百度副总裁庞书言出任。",
         {("庞书言", "join", "美团")}, "org:handed-post"),
        # 或将: a reported handover; 职责: the duties of the one who left.
        ("祁明远将于月底离开京东,其职务或将由腾讯云负责人庞书言接替。",
         {("祁明远", "leave", "京东"), ("庞书言", "join", "京东"), ("庞书言", "leave", "腾讯云")}, "frame:post-handed"),
        ("祁明远宣布卸任小米首席科学家,他的职责将由庞书言接手。",
         {("祁明远", "leave", "小米"), ("庞书言", "join", "小米")}, "org:predecessor-left"),
        # 其在X的职务: the person named before held the post at X.
        ("祁明远近日调任百度总经理,其在京东的职务由小米技术总监庞书言接任。",
         {("祁明远", "join", "百度"), ("祁明远", "leave", "京东"), ("庞书言", "join", "京东"), ("庞书言", "leave", "小米")},
         "subject:post-holder"),
    ],
)
def test_successor_moves(nlp, text, expected, rule):
    assert facts(nlp, text) == expected
    assert rule in rules_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A post at the same organization: a promotion inside it, no leave.
        ("美团总裁祁明远辞任,由美团高级副总裁庞书言接任。", {("祁明远", "leave", "美团"), ("庞书言", "join", "美团")}),
        # 由 names founders, not a successor: nobody leaves the school.
        ("这家公司由前商汤科技副总裁祁明远与北辰大学教授庞书言联合创立。", set()),
        # 兼任: held together with the post one keeps, no join and no leave.
        ("美团总裁祁明远辞任,由京东副总裁庞书言兼任。", {("祁明远", "leave", "美团")}),
    ],
)
def test_successor_origin_counter_examples(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # The post named first, then handed to the person after 由; the holder leaves.
        ("祁明远的美团总裁职务由庞书言接任。",
         {("祁明远", "leave", "美团", "总裁"), ("庞书言", "join", "美团", "总裁")}, "frame:post-handed"),
        ("祁明远卸任后,腾讯首席执行官一职由庞书言接任。",
         {("祁明远", "leave", "腾讯", "首席执行官"), ("庞书言", "join", "腾讯", "首席执行官")}, "org:handed-post"),
        # 其职务: the post of the leave told before.
        ("祁明远从美团离职后,其职务由庞书言接替。",
         {("祁明远", "leave", "美团", ""), ("庞书言", "join", "美团", "")}, "org:predecessor-left"),
        # 分别: people and posts paired in order.
        ("京东首席技术官和首席产品官分别由庞书言、祁明远出任。",
         {("庞书言", "join", "京东", "首席技术官"), ("祁明远", "join", "京东", "首席产品官")}, "frame:post-handed"),
        # The successor named last.
        ("祁明远离开快手后,接替他的是庞书言。",
         {("祁明远", "leave", "快手", ""), ("庞书言", "join", "快手", "")}, "frame:successor-named"),
    ],
)
def test_succession_around_the_post(nlp, text, expected, rule):
    got = set()
    for r in extracted(nlp, text):
        if r.from_org:
            got.add((r.person, "leave", r.from_org, r.role))
        if r.to_org:
            got.add((r.person, "join", r.to_org, r.role))
    assert got == expected
    assert rule in rules_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Held for the time being by someone already there: no join.
        ("祁明远已从小鹏汽车离职,其职务暂由总裁庞书言接替。", {("祁明远", "leave", "小鹏汽车")}),
        # 由 names a funder, not a successor.
        ("此次融资由红杉资本领投。", set()),
        # 接替他 with no 的是: the name after it is no successor named.
        ("祁明远离开快手后,庞书言接替他负责研发。", {("祁明远", "leave", "快手")}),
    ],
)
def test_succession_counter_examples(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The pronoun after a speech verb is the speaker, who moves.
        ("孟青云透露其已加入美团。", {("孟青云", "join", "美团")}),
        ("孟青云证实自己已从百度离职。", {("孟青云", "leave", "百度")}),
        # 其 before a noun is a possessive: someone else's team, no record of the speaker.
        ("孟青云透露其团队已加入美团。", set()),
        # Another person named after the speech verb moves, not the speaker.
        ("孟青云称其同事庞书言已加入美团。", {("庞书言", "join", "美团")}),
    ],
)
def test_a_speaker_telling_of_their_own_move(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_speaker_self_names_its_rule(nlp):
    assert "subject:speaker-self" in rules_text(nlp, "孟青云透露其已加入美团。")


@pytest.mark.parametrize("name", ["冯华", "秦欣永", "孟青云"])
def test_a_name_ends_before_yi_of_a_role(nlp, name):
    # `冯华以合伙人身份加入`: 以 opens the role phrase, it is no given-name character.
    (record,) = extracted(nlp, f"{name}以合伙人身份加入蔚来。")
    assert (record.person, record.to_org, record.role) == (name, "蔚来", "合伙人")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # jieba holds 公司总裁 whole: a filing's 公司 is cut off the title.
        ("蔚来董事会决定聘任孟青云为公司总裁。", "总裁"),
        ("孟青云加入蔚来,担任公司副总裁。", "副总裁"),
    ],
)
def test_a_filings_gongsi_before_the_title_is_not_the_role(nlp, text, role):
    (record,) = extracted(nlp, text)
    assert (record.person, record.to_org, record.role) == ("孟青云", "蔚来", role)


def test_a_name_with_yi_inside_stays_whole(nlp):
    # Counter-example of the 以 cut: 以 inside a name with no lone surname before.
    assert "周以恒" in [t.text for t in nlp.make_doc("研究员周以恒加入了小米。")]


def test_successor_noun_names_no_predecessor(nlp):
    # 接班人 is a noun: the name after it is the successor, not one succeeded.
    text = "孟青云2015年加入星河科技。星河科技创始人孟青云的接班人杜远帆目前担任总裁。"
    assert facts(nlp, text) == {("孟青云", "join", "星河科技")}
