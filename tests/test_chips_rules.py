"""Rules from semiconductor, phone and telecom career news (the chips probe): a legal
form closes a company's name (`registered_heads`), a team named for its members is
no unit (`people_team_words`), the organization of `从X工作人员处得知` told the news
(`source-from-staff`), and a fronted time clause with its own subject does not take
the next clause's names (`fronted-own-subject`). Every sentence is invented."""

from __future__ import annotations

import pytest

from fact_sets import facts, records


def org_names(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A legal form ends the name: the words after it are the sentence's.
        ("星河电子有限公司发布公告称,副董事长韩立明辞职。", ["星河电子有限公司"]),
        ("北辰微电子股份有限公司发布公告称,董事宋雨桐辞职。", ["北辰微电子股份有限公司"]),
        # A business word that jieba reads as a verb stays in the name before it.
        ("韩立明曾任长河半导体照明有限公司总经理。", ["长河半导体照明有限公司"]),
        ("宋雨桐曾任天宇光电设备有限公司副总经理。", ["天宇光电设备有限公司"]),
        # Counter-examples: a description before 公司 still takes the name after it,
        # and a verb before a bare 公司 still closes the phrase.
        ("韩立明加入了人形机器人公司灵骁动力。", ["灵骁动力"]),
        ("韩立明违反公司规定被辞退。", []),
    ],
)
def test_a_registered_legal_form_closes_the_name(nlp, text, expected):
    assert org_names(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 高管团队, 核心团队: the company's people, no unit of it.
        ("联电宣布高管团队大换血,董事长韩立明等均已辞职。", {("韩立明", "leave", "联电")}),
        ("美光核心团队动荡,首席技术官宋雨桐已于上月离职。", {("宋雨桐", "leave", "美光")}),
        ("北辰科技创始团队中,韩立明已离职。", {("韩立明", "leave", "北辰科技")}),
    ],
)
def test_a_team_named_for_its_members_is_no_unit(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_a_team_named_for_its_work_is_still_a_unit(nlp):
    # Counter-example: 基础模型团队 names what the team does; it stays a unit.
    assert "高管团队" not in org_names(nlp, "苹果基础模型团队负责人韩立明已离职。")
    assert any(name.endswith("基础模型团队") for name in org_names(nlp, "苹果基础模型团队负责人韩立明已离职。"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The organization that told the news is left by nobody.
        ("记者从联电工作人员处获悉韩立明已经出任美光执行董事长。", {("韩立明", "join", "美光")}),
        ("他从星河科技方面了解到,宋雨桐已加盟北辰科技。", {("宋雨桐", "join", "北辰科技")}),
        # Counter-example: 从X离职 still leaves X.
        ("韩立明从联电离职,加入美光。", {("韩立明", "leave", "联电"), ("韩立明", "join", "美光")}),
    ],
)
def test_the_organization_a_reporter_learned_from_is_no_origin(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_a_fronted_time_clause_with_its_own_subject(nlp):
    # 我退休后: the speaker retires, not the two named after 在…带领下.
    text = "联电董事长韩立明宣布退休\n\n韩立明表示:「我在联电服务了三十年。我退休后,在宋雨桐、欧阳晴两位带领下,联电会更好。」"
    people = {person for person, kind, org in facts(nlp, text)}
    assert not people & {"宋雨桐", "欧阳晴"}
    # Counter-example: a time clause without a subject still takes the next clause's name.
    assert facts(nlp, "加入美光之前,宋雨桐在联电担任总监。") >= {("宋雨桐", "join", "美光")}


def test_an_announcing_filer_with_a_legal_name_is_the_company_left(nlp):
    # The person joined elsewhere earlier; the filer's 公司 is still the filer.
    text = "有消息称韩立明已出任长河存储执行董事长。\n\n2020年8月28日,星河电子有限公司发布公告称,常务副董事长韩立明出于个人原因,请求辞去其在公司担任的常务副董事长一职。"
    left = [(from_org, rules) for person, from_org, to_org, role, rules in records(nlp, text) if from_org]
    assert left and all(from_org == "星河电子有限公司" for from_org, rules in left)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 自星河独立后: since the company's own event, no origin of the person's move.
        ("身为美光高管团队的一员,韩立明自美光独立后就加入了一个创业项目,负责市场营销。", set()),
        ("宋雨桐从联电上市以来一直担任财务总监。", set()),
        # Counter-example: 从X离职后 still leaves X.
        ("韩立明从联想离职后加入美团。", {("韩立明", "leave", "联想"), ("韩立明", "join", "美团")}),
    ],
)
def test_since_an_organizations_own_event_is_no_origin(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A successor verb with no object takes the post an earlier clause saw left.
        (
            "联电总裁韩立明离任,原美光中国区总裁宋雨桐接任。",
            {("韩立明", "leave", "联电"), ("宋雨桐", "join", "联电")},
        ),
        ("美光董事长欧阳晴因年龄原因退休,宋雨桐继任。", {("欧阳晴", "leave", "美光"), ("宋雨桐", "join", "美光")}),
        # Counter-examples: no leave before it, nobody's post is taken over; an object decides.
        ("联电发布了新一代芯片,宋雨桐接任。", set()),
        (
            "联电董事长韩立明离任,宋雨桐同日接任美光董事长。",
            {("韩立明", "leave", "联电"), ("宋雨桐", "join", "美光")},
        ),
    ],
)
def test_a_successor_takes_the_post_left_before(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_a_financial_district_is_no_employer(nlp):
    # 曾在华尔街工作: a place, not a company (slot_not_names); the later employer stays.
    assert facts(nlp, "韩立明曾在华尔街工作多年,2019年加入美光。") == {("韩立明", "join", "美光")}
    assert facts(nlp, "宋雨桐早年曾在硅谷工作,去年加入联电。") == {("宋雨桐", "join", "联电")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fund named by its kind only is no employer.
        ("韩立明早年先后成为律师和私募基金合伙人,2019年加入美光。", {("韩立明", "join", "美光")}),
        ("宋雨桐曾在一家对冲基金任职,去年加盟联电。", {("宋雨桐", "join", "联电")}),
        # Counter-example: a fund with a name keeps it.
        (
            "韩立明此前担任国家集成电路产业投资基金总经理,近日加盟美光。",
            {("韩立明", "leave", "国家集成电路产业投资基金"), ("韩立明", "join", "美光")},
        ),
    ],
)
def test_a_fund_named_by_its_kind_is_no_employer(nlp, text, expected):
    assert facts(nlp, text) == expected


def person_names(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese executives: a Japanese surname (surnames.txt) and 社长/会长 as titles.
        ("尔必达原社长坂本幸雄出任紫光集团高级副总裁。", ["坂本幸雄"]),
        ("前东芝社长田中久雄加入美光。", ["田中久雄"]),
        ("铠侠副社长村上真一辞职。", ["村上真一"]),
        # Counter-examples: place words stay places; a newspaper's 社 is not cut off.
        ("公司在中岛设立研发中心。", []),
        ("报社社长韩立明离职。", ["韩立明"]),
    ],
)
def test_japanese_executives_are_named(nlp, text, expected):
    assert person_names(nlp, text) == expected


def test_a_japanese_executive_joins(nlp):
    assert facts(nlp, "尔必达原社长坂本幸雄去年出任紫光集团高级副总裁。") >= {("坂本幸雄", "join", "紫光集团")}
