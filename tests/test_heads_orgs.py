"""Unknown companies named by a word or two and an industry head (components/head_orgs.py,
rule org:name-and-head; heads in data/industry_heads.tsv, guards in patterns.toml
head_field_words, head_continuations, head_frame_words). All names are invented."""

from __future__ import annotations

import pytest
import talentflow

from fact_sets import facts
from talentflow.resources import lexicon

RULE = "org:name-and-head"


def orgs(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


@pytest.mark.parametrize(("head", "family", "example"), [(h, *row) for h, row in lexicon.industry_heads().items()], ids=lambda v: v if isinstance(v, str) and len(v) < 6 else None)
def test_every_head_row_names_the_company_of_its_example(nlp, head, family, example):
    # Each row's invented sentence states a move on a company named by the head.
    records = talentflow.extract_text(example, doc="t", published="2025-08-26", nlp=nlp)
    named = [r for r in records if (r.to_org or r.from_org).endswith(head)]
    assert named, f"{head} ({family}): no record on a company ending in it: {[(r.person, r.from_org, r.to_org) for r in records]}"
    assert RULE in named[0].rules.split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After the verbs and prepositions that take an organization.
        ("邬嘉怡博士已加入栖云半导体。", {("邬嘉怡", "join", "栖云半导体")}),
        ("戚南近日离开听涛软件,加盟星澜数据。", {("戚南", "leave", "听涛软件"), ("戚南", "join", "星澜数据")}),
        ("张卫东从青崖医药跳槽到晴川通信,担任副总裁。", {("张卫东", "leave", "青崖医药"), ("张卫东", "join", "晴川通信")}),
        ("王建国此前在松间电子工作了六年,今年加入鹿鸣医疗。", {("王建国", "leave", "松间电子"), ("王建国", "join", "鹿鸣医疗")}),
        ("李秀英被墨池智造聘为首席科学家。", {("李秀英", "join", "墨池智造")}),
        # As the subject that announces, and before a title.
        ("洛川保险宣布,舒朗出任首席经济学家。", {("舒朗", "join", "洛川保险")}),
        ("雁回网络首席运营官殷实日前离职。", {("殷实", "leave", "雁回网络")}),
        # Finance: brokers, financial holdings and investment trusts (证券, 金控, 投信).
        # 转任 (a posting) leaves the organization describing the person.
        ("鹤山投信董事长许文杰转任鹤山证券总经理。", {("许文杰", "leave", "鹤山投信"), ("许文杰", "join", "鹤山证券")}),
        ("前监管官员林雅婷加盟金桥金控,出任首席风险官。", {("林雅婷", "join", "金桥金控")}),
        # A composed title had taken the head as its field (`生物董事长`).
        ("苗青辞去石渠医药董事长职务。", {("苗青", "leave", "石渠医药")}),
        # An everyday word as the name, where an organization is expected.
        ("赵德明离开了鹿角百货,加入枫桥保险。", {("赵德明", "leave", "鹿角百货"), ("赵德明", "join", "枫桥保险")}),
        # A character of grammar opening the name right after the verb.
        ("孙志刚离开和光软件,加盟雁回网络。", {("孙志刚", "leave", "和光软件"), ("孙志刚", "join", "雁回网络")}),
        # Heads of hanorg14, simplified and traditional: studios, launch firms, health and
        # platform companies (`星舟网`), regional tech holdings (科创, 智联, 数科).
        ("苏晓已加入岚山游戏,出任制作总监。", {("苏晓", "join", "岚山游戏")}),
        ("蘇曉已加入嵐山遊戲,出任製作總監。", {("蘇曉", "join", "嵐山遊戲")}),
        ("星垣航天副总裁蒋涛已于近日离职。", {("蒋涛", "leave", "星垣航天")}),
        ("沈玥离开橙树健康,加盟松果数科。", {("沈玥", "leave", "橙树健康"), ("沈玥", "join", "松果数科")}),
        ("北麓科创宣布,骆平出任总经理。", {("骆平", "join", "北麓科创")}),
        # The verb is followed by a name, not a noun it modifies (`离职潮`).
        ("袁丽已加入潮汐能源。", {("袁丽", "join", "潮汐能源")}),
    ],
)
def test_name_and_head_is_an_organization_wherever_it_stands(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize("text", ["秦远此前任东北证券首席经济学家。", "我们参考了开源证券的研究报告。"])
def test_a_broker_named_by_a_field_word_is_in_the_lexicon(nlp, text):
    # `开源|证券`, `东北|证券`: a field word or a region before the head; the head rule
    # passes them by (head_field_words), orgs.tsv lists the brokers themselves.
    assert any(name.endswith("证券") for name in orgs(nlp, text))


def test_the_short_form_stands_for_the_long_one(nlp):
    text = "霜叶光电宣布,黄文静出任首席技术官。杨海波随后也加入霜叶,负责销售。"
    assert facts(nlp, text) == {("黄文静", "join", "霜叶光电"), ("杨海波", "join", "霜叶光电")}


def test_the_rule_travels_in_the_record(nlp):
    records = talentflow.extract_text("邬嘉怡博士已加入栖云半导体。", doc="t", published="2025-08-26", nlp=nlp)
    assert [r.to_org for r in records] == ["栖云半导体"]
    assert RULE in records[0].rules.split()


@pytest.mark.parametrize(
    ("text", "not_an_org"),
    [
        # Fields and descriptions.
        ("蓝天加入人工智能赛道。", "人工智能"),
        ("蓝天看好具身智能和新能源汽车。", "新能源汽车"),
        ("蓝天负责消费电子业务。", "消费电子"),
        ("蓝天专注工业软件研发。", "工业软件"),
        ("蓝天长期关注生物医药。", "生物医药"),
        ("蓝天研发自动驾驶芯片。", "自动驾驶芯片"),
        ("蓝天看好头部证券板块。", "头部证券"),
        ("蓝天曾在两家证券工作。", "两家证券"),
        ("栖云半导体行业人士蓝天表示。", "栖云半导体"),
        # Heads inside titles.
        ("蓝天出任首席数据官。", "数据"),
        ("蓝天担任软件工程师。", "软件"),
        # A place before the head, a counted kind.
        ("蓝天来到上海医疗系统工作。", "上海医疗"),
        ("蓝天加入一家半导体公司。", "半导体"),
        ("蓝天创办了两家银行。", "两家银行"),
        # A kind of holding or of motor (head_field_words).
        ("蓝天此前在绝对控股的子公司任职。", "绝对控股"),
        ("蓝天曾在全资控股的工厂任职。", "全资控股"),
        ("该车型采用永磁电机。", "永磁电机"),
        ("蓝天负责驱动电机研发。", "驱动电机"),
        # Programmes, game titles, fields and counted people before the heads of hanorg14
        # (航天, 游戏, 健康, 网: field words, continuations, `位` of a count).
        ("载人航天工程总设计师蓝天已退休。", "载人航天"),
        ("蓝天看好商业航天赛道。", "商业航天"),
        ("《星海》游戏制作人蓝天离开了远川科技。", "游戏"),
        ("一位游戏猎头透露,蓝天已有新去向。", "一位游戏"),
        ("蓝天长期从事网络游戏开发。", "网络游戏"),
        ("蓝天参与研发新一代健康手环。", "新一代健康"),
        ("蓝天负责心理健康项目。", "心理健康"),
        ("蓝天把重心放在航天事业上。", "航天"),
    ],
)
def test_fields_titles_places_and_kinds_are_no_organization(nlp, text, not_an_org):
    assert not any(not_an_org in org for org in orgs(nlp, text)), orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("韩冬离开星河科技后,投身人工智能赛道。", {("韩冬", "leave", "星河科技")}),
        ("韩冬加入星河科技,负责消费电子业务。", {("韩冬", "join", "星河科技")}),
        ("韩冬离开星河科技,加入了一家半导体公司。", {("韩冬", "leave", "星河科技")}),
        # An everyday word and a head outside an organization's place: a field.
        ("韩冬认为传统能源仍有空间。", set()),
    ],
)
def test_counter_examples_give_only_the_real_moves(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_a_trade_name_and_its_holding_company_are_both_organizations(nlp):
    # `澄溪电机` the operating company, `澄溪控股` its listed parent: two employers.
    found = orgs(nlp, "澄溪电机宣布,原总经理苏铭已请辞,转任母公司澄溪控股的策略长。")
    assert "澄溪电机" in found and "澄溪控股" in found


def test_the_short_form_of_a_new_head_stands_for_the_long_one(nlp):
    # `岚山游戏` first, `岚山` before a title later: the same studio (entities.py _short_forms).
    text = "岚山游戏宣布,柏川出任首席技术官。岚山副总裁苗远则已离职。"
    assert facts(nlp, text) == {("柏川", "join", "岚山游戏"), ("苗远", "leave", "岚山游戏")}
