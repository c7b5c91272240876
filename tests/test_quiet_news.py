"""Ordinary tech news (launches, interviews, lawsuits, obituaries, funding rounds) names
many people and companies but states few moves. These rules keep its wrong records out:
a move verb heading a noun (`离职潮`: veto trigger-as-noun), 曾在 dating a statement
(`曾在2019年表示`: veto once-said), a wish (`希望加入`: hypothetical cue), an example
marker glued to a listed company (`如星河电子(300123.SZ)`: org_left_stops), a generic
company kind (`上市公司`: not_org_objects.txt), and strings in a name's place that name
nobody (not_names.py: name:eponym, name:surname-address, name:place-of-place). Each
rule has counter-examples that must keep their record. All sentences are invented."""

from __future__ import annotations

import pytest

from fact_sets import facts

from talentflow.components.not_names import kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trigger-as-noun: a trend or a rate, nobody's move.
        ("韩立明所在的星河科技出现了离职潮。", set()),
        ("韩立明透露,云帆科技今年的离职率高达两成。", set()),
        ("星河科技出现离职潮,副总裁韩立明已于上月离职。", {("韩立明", "leave", "星河科技")}),
        ("韩立明离开星河科技后加入了云帆科技。", {("韩立明", "leave", "星河科技"), ("韩立明", "join", "云帆科技")}),
        # once-said: 曾在 dates a statement.
        ("宋雨桐曾在2019年表示星河科技将加大研发投入。", set()),
        ("宋雨桐曾于接受采访时透露云帆科技正在招人。", set()),
        ("宋雨桐曾在星河科技任职,后加入云帆科技。", {("宋雨桐", "leave", "星河科技"), ("宋雨桐", "join", "云帆科技")}),
        # a wish is no move (hypothetical cue 希望).
        ("祁思远希望加入云帆科技。", set()),
        ("祁思远在采访中表示,希望校长出任星河科技董事。", set()),
        ("祁思远已加入云帆科技,希望在新岗位上有所作为。", {("祁思远", "join", "云帆科技")}),
        # generic-relative: the verb phrase describes a kind of people, nobody named.
        ("韩立明是星河科技的老员工。离开星河科技的员工越来越多。", set()),
        ("韩立明是星河科技的老员工。出走星河科技再创业的后继者不在少数。", set()),
        ("韩立明是星河科技的老员工。他离开了星河科技的人工智能实验室。", {("韩立明", "leave", "星河科技的人工智能实验室")}),
        # an event's panel is no employer; a company no lexicon knows, after 创建, is one.
        ("宋雨桐于2019年加入云帆科技。发布会当天,韩立明加入了评审团。", {("宋雨桐", "join", "云帆科技")}),
        ("韩立明早在2024年年初创建了星澜智能,坐标杭州。", {("韩立明", "join", "星澜智能")}),
        ("韩立明在微博上创建了话题。", set()),
        # lifetime-post: an obituary's post held until death; a résumé's 此前曾任 stays a leave.
        ("韩立明生前曾任星河科技董事长,享年68岁。", set()),
        ("韩立明此前曾任星河科技董事长,后加入云帆科技。", {("韩立明", "leave", "星河科技"), ("韩立明", "join", "云帆科技")}),
        # a move nearly made, or planned once and dropped (cues 差点, 险些, 原本打算, 原计划).
        ("韩立明差点加入云帆科技,最终留在了星河科技。", set()),
        ("韩立明险些离开星河科技。", set()),
        ("韩立明原本打算加入云帆科技,最终选择了创业。", set()),
        ("韩立明2019年加入云帆科技,原计划三年内上市。", {("韩立明", "join", "云帆科技")}),
        # a party in a lawsuit is no company's name (org_descriptors 原告, 被告).
        ("被告韩立明于2019年入职原告公司,担任销售经理。", set()),
        ("韩立明于2019年入职星河科技,担任销售经理。", {("韩立明", "join", "星河科技")}),
        # a denial after the rumour (证实为谣言, 纯属谣言); a belief proved wrong (以为).
        ("韩立明曾被传将加入云帆科技,后被证实为谣言。", set()),
        ("韩立明加入云帆科技后,网上出现了不少关于他的谣言。", {("韩立明", "join", "云帆科技")}),
        ("很多人以为韩立明会离开星河科技,但他留了下来。", set()),
        # everyone addressed in a speech is nobody named (unnamed cues 大家, 各位, 年轻人);
        # a size word makes no company's name (org_descriptors 大, 小).
        ("宋雨桐在内部信中写道:“感谢大家选择加入云帆科技。”", set()),
        ("韩立明在演讲中说:“年轻人不要害怕离开大公司。”", set()),
        ("韩立明和大家一起加入了云帆科技。", {("韩立明", "join", "云帆科技")}),
        # name-lends-given: 明说 gives 明 back to the name before a comma.
        ("宋雨桐的同事韩立明说,他离开星河科技时很平静。", {("韩立明", "leave", "星河科技")}),
        # a fight a company joins is no employer (not_org_objects 价格战, 混战, …).
        ("韩立明表示,星河汽车正式加入价格战。", set()),
        ("韩立明去年加入星河科技,参与了价格战。", {("韩立明", "join", "星河科技")}),
        # lawsuits: a party's role is no part of a name (org_left_stops 原告, 竞争对手); a move
        # not proved, forbidden, or stipulated in a contract is none (cues 不足以, 不得, 双方约定).
        ("原告星河科技诉称,韩立明离职后入职了竞争对手云帆科技。", {("韩立明", "leave", "星河科技"), ("韩立明", "join", "云帆科技")}),
        ("法院认为,现有证据不足以证明韩立明入职了云帆科技。", set()),
        ("双方约定,韩立明离职后两年内不得加入与星河科技有竞争关系的企业。", set()),
        ("按照约定,韩立明已于3月加入云帆科技。", {("韩立明", "join", "云帆科技")}),
        ("韩立明不得不离开星河科技。", {("韩立明", "leave", "星河科技")}),
        # org-thing: a group, an event or a place a company runs is no employer.
        ("韩立明退出了微信群。", set()),
        ("韩立明重返星河科技发布会现场。", set()),
        ("韩立明退出星河科技后,一直在做投资。", {("韩立明", "leave", "星河科技")}),
        # … and so is a partner scheme (`加入鸿蒙生态`, `加入华为智选车体系`), unless a unit follows.
        ("韩立明表示,星河手机已加入鸿蒙生态。", set()),
        ("韩立明透露,星河汽车将加入华为智选车体系。", set()),
        ("韩立明去年加入腾讯云生态部门,担任总监。", {("韩立明", "join", "腾讯云")}),
        # a generic kind of company is no employer.
        ("祁思远表示,海外名校校长出任上市公司董事并不多见。", set()),
    ],
)
def test_quiet_news_states_no_move(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    "company",
    [
        "蓝海电子",
        "青山智造",
        "星辉电子",  # jieba glues 如 to an unknown word (`如星辉`): the segmenter cuts it off (leading_clitics)
    ],
)
def test_example_marker_is_not_part_of_a_listed_company(nlp, company):
    text = f"多家公司未说明原因。如{company}(300123.SZ)在公告中表示,其财务总监韩立明辞去财务总监职务。"
    assert facts(nlp, text) == {("韩立明", "leave", company)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # name:eponym: the disease's name is no subject; the one named before leaves.
        ("韩立明是星河科技的老员工。查出患有帕金森氏综合征以后,他于2010年离开了星河科技。",
         {("韩立明", "leave", "星河科技")}),
        # name:surname-address: a surname and 先生 alone name nobody …
        ("法院查明,星河科技高级经理胡先生离职后加入了云帆科技。", set()),
        # … unless the article names a person of that surname.
        ("韩立明从星河科技离职后加入了云帆科技。庭审中,韩先生未到场。",
         {("韩立明", "leave", "星河科技"), ("韩立明", "join", "云帆科技")}),
        # name:place-of-place: a town inside a region is no cofounder.
        ("韩立明与宋雨桐在加利福尼亚州的帕洛阿尔托共同创立了星河科技。",
         {("韩立明", "join", "星河科技"), ("宋雨桐", "join", "星河科技")}),
        # Counter-example: a transliterated name after a title stays a name.
        ("星河科技首席执行官帕克·威尔逊已离职。", {("帕克·威尔逊", "leave", "星河科技")}),
    ],
)
def test_strings_that_name_nobody(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_kept_on_plain_token_lists():
    compound = frozenset({"欧阳"})
    # 胡先生 alone: an address; 欧阳女士 beside 欧阳明: the address stands for him.
    norms = ["胡先生", "和", "欧阳明", "说", ",", "欧阳女士", "在", "加州", "的", "帕洛", "霍奇金", "氏", "病"]
    found = [(0, 1), (2, 3), (5, 6), (9, 10), (10, 11)]
    assert kept(norms, found, compound) == [(2, 3), (5, 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # origin:needs-move: a speaker's own employer is no leave …
        ("来自星河科技的韩立明在会上分享了大模型推理优化的经验。", set()),
        ("本次圆桌嘉宾包括来自星河科技的韩立明和来自云帆科技的宋雨桐。", set()),
        # … the origin of a person the article moves is one, and so is a former post there.
        ("来自星河科技的前首席架构师韩立明表示,前景很好。", {("韩立明", "leave", "星河科技")}),
        ("韩立明来自星河科技。上月,韩立明正式加盟云帆科技。", {("韩立明", "leave", "星河科技"), ("韩立明", "join", "云帆科技")}),
        ("云帆科技的首批成员中,还有来自星河科技的工程师韩立明,以及从北辰科技出走的研究员宋雨桐。",
         {("韩立明", "leave", "星河科技"), ("宋雨桐", "leave", "北辰科技")}),
    ],
)
def test_origin_needs_a_move(nlp, text, expected):
    assert facts(nlp, text) == expected
