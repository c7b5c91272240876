"""Reshuffle news of internet platforms (helper inet): internal letters, English
names beside Chinese ones, pinyin-glossed reposts, "one more executive" sentences.
Every sentence here is invented."""

from __future__ import annotations

import pytest

import talentflow
from fact_sets import facts
from talentflow.text.glosses import without_pinyin_glosses


def rules_of(nlp, text: str) -> list[list[str]]:
    return [r.rules.split() for r in talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星河網(wǎng)絡宣布", "星河網絡宣布"),
        ("擔(dān)任總裁", "擔任總裁"),
        # Not glosses: no tone mark, a capital letter, an acronym, a Latin name.
        ("韩立明(Kevin)调任", "韩立明(Kevin)调任"),
        ("收入(de)增长", "收入(de)增长"),
        ("云智事业群(CSIG)", "云智事业群(CSIG)"),
        ("Jérôme(法国)", "Jérôme(法国)"),
    ],
)
def test_pinyin_glosses_come_out_and_nothing_else(text, expected):
    assert without_pinyin_glosses(text) == expected


def test_a_glossed_repost_reads_like_the_plain_article(nlp):
    glossed = "星河遊戲宣布,韓立明已從百度離(lí)職(zhí),加(jiā)入小米擔(dān)任總裁。"
    plain = "星河遊戲宣布,韓立明已從百度離職,加入小米擔任總裁。"
    assert facts(nlp, glossed) == facts(nlp, plain) == {("韓立明", "leave", "百度"), ("韓立明", "join", "小米")}


@pytest.mark.parametrize(
    "text",
    [
        # An English name glossed after or before the Chinese one is the person's.
        "星河科技创始人Rick(柳思雨)宣布卸任总裁。程远决定升任Rick为公司永久合伙人。",
        "星河科技副总裁柳思雨(Rick)已卸任,团队此后向Rick汇报。",
    ],
)
def test_a_persons_english_name_is_no_organization(nlp, text):
    assert not any(org == "Rick" for _, _, org in facts(nlp, text))


def test_a_latin_object_that_names_no_one_is_still_an_organization(nlp):
    assert ("程远", "join", "Mondo") in facts(nlp, "程远宣布加盟Mondo,出任总裁。")


@pytest.mark.parametrize(
    "text",
    [
        "小米CEO程远很器重他,韩立明应该不至于离开小米。",  # 不至于: negated
        "韩立明向董事会提出,希望自己不再担任小米总裁。",  # 希望: a wish
        "据悉,此前员工若想转岗至小米云,需先离职再重新入职。",  # 若想: a condition
        "小米CEO韩立明呼吁全体员工回归初心,重新创业。",  # a state, not an organization
        "一位小米离职员工表示,团队很稳定。",  # 离职员工: a former employee
        "小米暂未对调整转岗机制一事做出回应。",  # 转岗机制: a scheme
    ],
)
def test_no_move_is_stated(nlp, text):
    assert facts(nlp, text) == set()


def test_without_the_cue_the_move_stands(nlp):
    assert facts(nlp, "韩立明不再担任小米总裁。") == {("韩立明", "leave", "小米")}
    assert facts(nlp, "韩立明回归小米,负责手机业务。") == {("韩立明", "join", "小米")}


def test_a_letters_first_person_is_not_the_name_before_it(nlp):
    text = "小米副总裁程远接任该业务负责人。\n大家都已看到公司的发文,我将调往金山云负责新业务。"
    assert ("程远", "join", "金山云") not in facts(nlp, text)
    assert "subject:first-person" not in str(rules_of(nlp, text))  # it gives no record at all
    # In the same paragraph the speaker of 我 is the name before it: the rule stays out.
    same = "程远表示,自己2018年加入小米,负责手机业务。"
    assert ("程远", "join", "小米") in facts(nlp, same)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "程远已确认离职,这是继韩立明、赵思远之后又一位离开小米的副总裁。",
            {("程远", "leave", "小米"), ("韩立明", "leave", "小米"), ("赵思远", "leave", "小米")},
        ),
        ("这也是继首席运营官韩立明之后,小米离职的又一位高管。", {("韩立明", "leave", "小米")}),
        # A name between 后 and the verb is the subject itself: no predecessor reading.
        ("继韩立明之后,赵思远也离开了小米。", {("赵思远", "leave", "小米")}),
        # No "one more": 继 alone states nothing of the earlier name.
        ("继韩立明担任总裁后,小米离职的员工减少。", set()),
    ],
)
def test_names_after_ji_made_the_same_move_before(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_the_predecessor_keeps_its_own_title_without_ji(nlp):
    records = talentflow.extract_text("这也是继首席运营官韩立明之后,离开小米的又一位高管。", doc="t", nlp=nlp)
    assert [(r.person, r.role) for r in records] == [("韩立明", "首席运营官")]
    assert "subject:predecessors" in records[0].rules.split()


def test_a_letter_announces_no_person_called_xin(nlp):
    records = talentflow.extract_text("小米游戏制作人韩立明通过内部信宣布离职小米。", doc="t", nlp=nlp)
    assert [(r.person, r.from_org, r.role) for r in records] == [("韩立明", "小米", "游戏制作人")]


def test_tencents_cloud_group_is_known_by_its_bare_name(nlp):
    assert ("韩立明", "join", "云与智慧产业事业群") in facts(nlp, "韩立明调任云与智慧产业事业群(CSIG)教育行业负责人。")


def test_the_name_at_whose_side_a_person_works_is_no_topic(nlp):
    text = "本次接任CEO的程远,是韩立明身边的资深管理者,于两年前卸任小米CEO。"
    assert facts(nlp, text) == {("程远", "leave", "小米")}


def test_dui_takes_the_event_whose_subject_the_name_is(nlp):
    assert facts(nlp, "一位老员工表示,大家对韩立明离开小米感到很诧异。") == {("韩立明", "leave", "小米")}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("程远曾在脉脉担任CTO,后加入小米。", "脉脉"),
        ("程远曾在莉莉丝担任主策划,后加入小米。", "莉莉丝"),
        ("程远曾任酷狗音乐产品总监,后加入小米。", "酷狗音乐"),
    ],
)
def test_platforms_and_game_studios_are_known(nlp, text, org):
    assert ("程远", "leave", org) in facts(nlp, text)


def test_the_successor_after_you_is_never_the_one_who_steps_down(nlp):
    text = "阿里巴巴宣布,韩立明将卸任淘天集团CEO,由一位资深高管接任。"
    assert facts(nlp, text) == {("韩立明", "leave", "淘天集团")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A posting to a unit of the company that describes the person leaves nothing.
        ("腾讯副总裁韩立明转岗至CSIG,负责智慧教育。", {("韩立明", "join", "CSIG")}),
        ("腾讯副总裁韩立明轮岗至CSIG,负责智慧教育。", {("韩立明", "join", "CSIG")}),
        # A switch to another company still leaves the describing one.
        ("腾讯副总裁韩立明转投阿里巴巴。", {("韩立明", "leave", "腾讯"), ("韩立明", "join", "阿里巴巴")}),
        # 调任/转任 (posting): to a unit of the describing company, or back to it, no leave.
        ("腾讯副总裁韩立明调任腾讯云总裁。", {("韩立明", "join", "腾讯云")}),
        ("星河科技首席财务官韩立明将转任公司首席战略官。", {("韩立明", "join", "星河科技")}),
        # To another company of the group: the describing one is left.
        ("星河科技副总裁韩立明今年调任星河集团战略部总经理。", {("韩立明", "leave", "星河科技"), ("韩立明", "join", "星河集团")}),
    ],
)
def test_a_posting_inside_the_company_is_no_leave_of_it(nlp, text, expected):
    assert facts(nlp, text) == expected
