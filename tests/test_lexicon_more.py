"""The organizations users expect the tool to know beyond AI labs and big tech
(orgs.tsv, rows from `# ---- 中国内地的银行…` on): banks, brokerages, funds,
exchanges and regulators; telecom operators and state groups; global consumer,
retail and industrial companies as Chinese news writes them; Chinese internet,
games, e-commerce, software, security, chips and hardware; Taiwan and Hong Kong
groups; business schools. Each is read as one organization in a move, and the
words, name parts and Latin words their short forms could be taken for are not.
Every sentence is invented."""

from __future__ import annotations

import pytest

from fact_sets import facts
from talentflow.resources import lexicon


def org_names(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Finance: brokerages, funds, bank fintech arms, exchanges and regulators.
        (
            "韩立明已从招商证券离职，加入易方达基金担任投资总监。",
            {("韩立明", "leave", "招商证券"), ("韩立明", "join", "易方达基金")},
        ),
        ("原工行软件开发中心负责人宋雨桐近日加盟建信金科。", {("宋雨桐", "join", "建信金科")}),
        (
            "据悉，陆金所首席技术官韩立明已离职，将出任网联清算副总经理。",
            {("韩立明", "leave", "陆金所"), ("韩立明", "join", "网联清算")},
        ),
        ("宋雨桐此前任职于证监会，今年转投中金所。", {("宋雨桐", "leave", "证监会"), ("宋雨桐", "join", "中金所")}),
        # Telecom operators and state groups.
        (
            "宋雨桐从中国移动研究院离职，加盟天翼云担任首席科学家。",
            {("宋雨桐", "leave", "中国移动研究院"), ("宋雨桐", "join", "天翼云")},
        ),
        (
            "韩立明此前在国务院国资委工作，后加入中国电子信息产业集团任总工程师。",
            {("韩立明", "leave", "国务院国资委"), ("韩立明", "join", "中国电子信息产业集团")},
        ),
        ("前中石化信息部主任韩立明加入国家电网。", {("韩立明", "join", "国家电网")}),
        # Global consumer companies and consultancies, as Chinese news names them.
        (
            "宋雨桐近日离开宝洁，加盟联合利华中国任首席数字官。",
            {("宋雨桐", "leave", "宝洁"), ("宋雨桐", "join", "联合利华中国")},
        ),
        (
            "宋雨桐曾任星巴克中国首席信息官，现已加入百胜中国。",
            {("宋雨桐", "leave", "星巴克中国"), ("宋雨桐", "join", "百胜中国")},
        ),
        ("韩立明从安永跳槽至花旗，出任董事总经理。", {("韩立明", "leave", "安永"), ("韩立明", "join", "花旗")}),
        ("宋雨桐离开耐克后加入安踏体育，任数字化负责人。", {("宋雨桐", "leave", "耐克"), ("宋雨桐", "join", "安踏体育")}),
        # Chinese internet, games, e-commerce, software and security.
        (
            "韩立明已从网易雷火离职，加入库洛游戏担任制作人。",
            {("韩立明", "leave", "网易雷火"), ("韩立明", "join", "库洛游戏")},
        ),
        ("宋雨桐离开米哈游，加盟游戏科学任美术总监。", {("宋雨桐", "leave", "米哈游"), ("宋雨桐", "join", "游戏科学")}),
        ("宋雨桐此前任职于有赞，今年加入微盟担任副总裁。", {("宋雨桐", "leave", "有赞"), ("宋雨桐", "join", "微盟")}),
        ("韩立明从启明星辰离职，加盟奇安信。", {("韩立明", "leave", "启明星辰"), ("韩立明", "join", "奇安信")}),
        (
            "宋雨桐离开阿里本地生活，加入抖音生活服务。",
            {("宋雨桐", "leave", "阿里本地生活"), ("宋雨桐", "join", "抖音生活服务")},
        ),
        # Chips, hardware and carmakers' brands.
        ("韩立明离开华米科技，加入云鲸智能任首席技术官。", {("韩立明", "leave", "华米科技"), ("韩立明", "join", "云鲸智能")}),
        ("韩立明近日离开蔚来，加盟一汽红旗出任副总经理。", {("韩立明", "leave", "蔚来"), ("韩立明", "join", "一汽红旗")}),
        ("宋雨桐已从哈弗离职，转投魏牌。", {("宋雨桐", "leave", "哈弗"), ("宋雨桐", "join", "魏牌")}),
        # Taiwan and Hong Kong, in traditional script.
        ("前台積電資深處長宋雨桐加入世芯電子。", {("宋雨桐", "join", "世芯電子")}),
        (
            "宋雨桐已離開港鐵公司，加盟香港應用科技研究院。",
            {("宋雨桐", "leave", "港鐵公司"), ("宋雨桐", "join", "香港應用科技研究院")},
        ),
        # Business schools as employers.
        (
            "韩立明此前任教于中欧国际工商学院，现已加入长江商学院。",
            {("韩立明", "leave", "中欧国际工商学院"), ("韩立明", "join", "长江商学院")},
        ),
    ],
)
def test_a_known_organization_of_each_category_in_a_move(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("工行", "中国工商银行"),
        ("國務院國資委", "国务院国资委"),
        ("金融监管总局", "国家金融监督管理总局"),
        ("中石化", "中国石化"),
        ("麦当劳", "McDonald's"),
        ("必胜客", "Pizza Hut"),
        ("台積電", "台积电"),
        ("港鐵", "港铁公司"),
        ("光华管理学院", "北京大学光华管理学院"),
    ],
)
def test_short_and_traditional_forms_fold_to_one_row(alias, canonical):
    assert lexicon.canonical_org(alias) == canonical


@pytest.mark.parametrize(
    ("unit", "root"),
    [
        ("必胜客", "百胜中国"),
        ("天翼云", "中国电信"),
        ("建信金科", "中国建设银行"),
        ("网易雷火", "网易"),
        ("山姆会员店", "Walmart"),
        ("咪咕", "中国移动"),
    ],
)
def test_subsidiaries_name_their_parent(unit, root):
    assert lexicon.root_org(lexicon.canonical_org(unit)) == root


@pytest.mark.parametrize(
    "text",
    [
        # Everyday words and phrases that hold a short form: not organizations.
        "国家能源安全问题日益突出，韩立明表示担忧。",
        "中国电子产业规模持续扩大，宋雨桐对此表示乐观。",
        "这家店的商品物美价廉，顾客快看了一眼就买了。",
        "他此前在美国银行监管机构工作多年。",
        "韩立明离开了太古时代的遗址，随后宾至如家。",
    ],
)
def test_words_holding_a_short_form_are_no_organization(nlp, text):
    assert org_names(nlp, text) == []


@pytest.mark.parametrize(
    "word",
    ["总台", "快看", "猫眼", "花椒", "考拉", "大麦", "如家", "自如", "圆通", "太古", "远东", "恒生", "宏利", "友邦", "中国电子", "国家能源", "美国银行", "GE", "EY", "国资委", "发改委", "NYSE", "Bloomberg"],
)
def test_ambiguous_short_forms_are_not_aliases(word):
    assert lexicon.canonical_org(word) == ""


def test_a_name_holding_a_short_form_stays_a_name(nlp):
    # 美林 (Merrill Lynch) and 宏利 (Manulife) are no aliases: the names stay whole.
    doc = nlp("韩美林与王宏利昨日出席了活动。")
    assert [ent.text for ent in doc.ents if ent.label_ == "PERSON"] == ["韩美林", "王宏利"]


def test_a_central_bank_abroad_is_not_the_chinese_one(nlp):
    doc = nlp("前欧洲央行经济学家韩立明加入星河科技。")
    assert [(ent.text, ent.ent_id_) for ent in doc.ents if ent.label_ == "ORG"][0] == ("欧洲央行", "欧洲央行")


def test_a_latin_word_is_not_cut_at_a_short_latin_alias(nlp):
    # A two-letter alias (GE, EY) would make the segmenter cut GEAR, KEY: none is listed.
    assert org_names(nlp, "韩立明曾在英伟达GEAR实验室担任研究员。") == ["英伟达GEAR实验室"]
    assert facts(nlp, "宋雨桐在Future Labs工作多年，后加入星河科技。") == {
        ("宋雨桐", "leave", "Future Labs"),
        ("宋雨桐", "join", "星河科技"),
    }


def test_a_ticker_bracket_and_a_news_source_are_no_employer(nlp):
    # `(NYSE:XCQC)` names where the company trades, `根据 Bloomberg 的报导` who reports.
    assert facts(nlp, "星驰汽车(NYSE:XCQC)副总裁韩立明离职。") == {("韩立明", "leave", "星驰汽车")}
    assert facts(nlp, "据彭博社报道，星河科技副总裁韩立明已离职。") == {("韩立明", "leave", "星河科技")}
