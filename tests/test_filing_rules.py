"""Rules from listed tech companies' filings and the news that reports them (the
filing probe): 先生/女士 cut apart by jieba stays whole after a name; 自 before a spaced
date ends a name; words that never lead a company name before 公司 (`目前公司`,
`联席公司秘书`); an exchange after 在 is where a filing is published, not who files it
(announcement-venue); 该公司/公司 before a title points back; the posts of a filing's
公司 at the person's first mention in the sentence; a secretary's employer is no topic.
Every sentence is invented."""

from __future__ import annotations

import pytest

from fact_sets import facts, records


def persons(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "PERSON"]


def org_names(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba glues 先 of 先生 (女 of 女士) to the name: the form of address goes whole.
        ("北辰电子介绍,梁志强先生在离职前负责研发。", ["梁志强"]),
        ("董事会收到董事宋雨桐女士、韩立先生递交的辞职报告。", ["宋雨桐", "韩立"]),
        # 自 before a date written with spaces is the preposition, not a given character.
        ("余洋自 2017 年加入公司,负责芯片设计。", ["余洋"]),
        # Counter-examples: 先 + 生活 is no 先生; 自 before no date may end a name.
        ("他是学生,先生活再说。", []),
    ],
)
def test_honorifics_and_spaced_dates_end_the_name(nlp, text, expected):
    assert persons(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("目前公司的研发工作均正常进行。", []),
        ("本公司两名联席公司秘书的任期提早结束。", []),
        ("星河电子表示,亦无任何须提呈公司股东注意的事宜。", []),
        # Counter-example: a name before 公司 is still a company.
        ("韩立明加入了云帆公司。", ["云帆公司"]),
    ],
)
def test_sentence_words_never_lead_a_company_name(nlp, text, expected):
    assert [name for name in org_names(nlp, text) if name != "星河电子"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The exchange after 在 is where the filing is published; 本公司 is the filer.
        ("中国铁塔昨晚在港交所公告,韦立强已辞任本公司董事长及执行董事之职。", {("韦立强", "leave", "中国铁塔")}),
        ("中兴通讯9月3日晚间在港交所公告,韦立强已辞任本公司董事长职务。", {("韦立强", "leave", "中兴通讯")}),
        # Counter-example: an exchange the person works at is still an employer.
        ("韦立强辞任港交所首席技术总监。", {("韦立强", "leave", "港交所")}),
    ],
)
def test_an_exchange_that_publishes_a_filing_is_a_venue(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 该公司 before 的 and a title points back to the company named before.
        (
            "中国铁塔发布公告称,韦立强获委任为中国铁塔总经理。与此同时,宋雨桐获委任为该公司的副总经理。",
            {("韦立强", "join", "中国铁塔"), ("宋雨桐", "join", "中国铁塔")},
        ),
        # 辞去公司董事长,董事…: the filer's posts, a comma after the first.
        (
            "中国联通周五晚间公告,宋雨桐因工作调整已递交辞呈,辞去公司董事长,董事及审计委员会委员职务。",
            {("宋雨桐", "leave", "中国联通")},
        ),
        # Counter-example: 该公司 before a unit's name is no pointer to the company.
        ("中国铁塔发布公告。宋雨桐加入该公司研究院。", set()),
    ],
)
def test_a_pointing_company_noun_before_a_title(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_the_filers_posts_at_the_first_mention_of_the_name(nlp):
    # 院士 is an honour: the academy is no employer; the company is the filer's.
    text = "中兴通讯发布公告,董事会近日收到公司董事长、中国科学院院士韩立明提交的辞职信,韩立明因精力所限请求辞去董事长及董事职务。"
    left = {from_org for person, from_org, to_org, role, rules in records(nlp, text) if from_org}
    assert left == {"中兴通讯"}
    # Counter-example: an academy the person leaves by name is still left.
    assert facts(nlp, "韩立明辞去中国工程院院长职务。") == {("韩立明", "leave", "中国工程院")}


def test_the_boss_whose_secretary_the_person_was_is_no_topic(nlp):
    text = "早年宋雨桐曾任中兴通讯董事长韩立明的秘书,后来担任过北辰电子总经理。"
    assert not {person for person, kind, org in facts(nlp, text)} & {"韩立明"}


def test_a_pronoun_after_an_appointing_verb_is_the_name_before(nlp):
    text = "同日,北辰通信股份有限公司发布公告,提名韦立强出任董事,并委任其为董事会主席。"
    assert facts(nlp, text) == {("韦立强", "join", "北辰通信股份有限公司")}
    # Counter-example: with no name before it, 其 names nobody.
    assert facts(nlp, "北辰通信股份有限公司委任其为董事长。") == set()


def test_a_form_of_address_is_no_part_of_the_post(nlp):
    text = "北辰科技发布公告称,公司董事会同意聘任宋雨桐女士为公司总经理,任期三年。"
    assert [(person, to_org, role) for person, from_org, to_org, role, rules in records(nlp, text)] == [("宋雨桐", "北辰科技", "总经理")]


def test_an_appointment_naming_no_organization_is_to_the_filer(nlp):
    text = "云帆控股(00123.HK)公布,韩立明已辞任执行董事,自2024年1月1日起生效;宋雨桐获委任为首席财务官。"
    assert ("宋雨桐", "join", "云帆控股") in facts(nlp, text)
    # Counter-example: outside a filing the post names no organization: no guess.
    assert facts(nlp, "据报道,宋雨桐被任命为首席技术官。") == set()


def test_own_company_is_the_filer_not_the_company_named_most(nlp):
    text = (
        "中兴通讯发布公告称,公司董事会收到韦立强先生的辞呈。由于另有任用,韦立强先生即日起辞任本公司高级副总裁一职。"
        "北辰通信有限公司宣布,提名韦立强为董事长。北辰通信有限公司表示欢迎。北辰通信有限公司股价上涨。"
    )
    left = {from_org for person, from_org, to_org, role, rules in records(nlp, text) if from_org}
    assert left == {"中兴通讯"}
    # 前几日发布公告称: the company that files, whatever the time words before 公告.
    text = "中国联通前几日发布公告称,本公司已获告知。同时,宋雨桐因工作调整已递交辞呈,辞去公司董事长,董事职务。"
    assert facts(nlp, text) == {("宋雨桐", "leave", "中国联通")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence that opens on a short name before 公告: the listed company that files.
        ("云帆新材11月7日公告,董事会秘书宋雨桐辞职。", ["云帆新材"]),
        ("中光学公告称,董事宋雨桐辞职。", ["中光学"]),
        # Counter-examples: a person announces too; an everyday word before 公告 is none.
        ("韦立强公告称,他已离职。", []),
        ("最新公告显示,董事宋雨桐辞职。", []),
    ],
)
def test_a_short_name_opening_on_an_announcement_is_a_company(nlp, text, expected):
    assert org_names(nlp, text) == expected


def test_telecom_administrations_and_their_posts(nlp):
    # 邮电管理局, 电信局: the bureaus telecom executives served before the carriers.
    text = "资料显示,宋雨桐于2018年7月加入中国联通。她曾任北辰省邮电管理局副局长。"
    assert ("北辰省邮电管理局", "副局长") in {(from_org, role) for person, from_org, to_org, role, rules in records(nlp, text)}
    # Counter-example: an everyday word ending in 局 is no organization.
    assert org_names(nlp, "这是一个好的结局,整个布局很好。") == []


def test_a_past_post_at_the_own_company_is_no_leave(nlp):
    # 此前是公司副董事长: the post before a promotion at the same company, nothing left.
    text = "中芯国际公告,宋雨桐将接替韩立明,宋雨桐此前是公司副董事长及薪酬委员会委员,任命下月起生效。"
    assert ("宋雨桐", "leave", "中芯国际") not in facts(nlp, text)
