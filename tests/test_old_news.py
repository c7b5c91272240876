"""Rules from older Chinese tech news, 2005–2016 (the old probe): `新任总经理A` names a
post and its new holder (`新任`, hire; with no post and holder after it, no trigger (docview.py)), an office building or a line
of business after a move verb is no employer (`进入星河大楼`, `进入移动支付领域`:
org_thing_heads, veto:field-object), a leave followed by where the person went
(`离职后去向`) is not of the place joined earlier in the sentence
(org:destination-after-leave), a span of years before 公司 names no company
(`创办了近12年的公司`), 任 opening the line after a résumé's date line is the verb of the
post (name:dated-post-verb), and the editors' posts of portals and papers are titles
(`总编辑`). Every sentence is invented."""

from __future__ import annotations

import pytest

from fact_sets import facts, records


def org_names(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


def person_names(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星河科技新任总经理韩立明昨日首次与媒体见面。", {("韩立明", "join", "星河科技")}),
        ("北辰科技宣布,新任首席技术官为宋雨桐。", {("宋雨桐", "join", "北辰科技")}),
        # Counter-examples: a post with no holder named after it, or a holder with no post.
        ("星河科技三位新任高管履历梳理。", set()),
        ("新任CEO韩立明表示将继续推进改革。", set()),
    ],
)
def test_a_new_holder_named_after_the_post(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_a_new_holder_takes_the_post_as_role(nlp):
    (person, _, org, role, rules), = records(nlp, "星河科技新任总经理韩立明昨日首次与媒体见面。")
    assert (person, org, role) == ("韩立明", "星河科技", "总经理")
    assert "hire:新任" in rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A building or a hall of the company is where one walks in, not whom one joins.
        ("韩立明当天上午匆忙进入星河科技大楼。", set()),
        ("宋雨桐随后离开北辰科技大厦。", set()),
        # A line of business or a market the company enters.
        ("韩立明表示,星河科技将进入移动支付领域。", set()),
        ("三年前,星河科技着手进入移动支付领域(先小范围试水,后并入星河金融集团)。", set()),
        # Counter-examples: the company itself, a market after the company, a market team.
        ("韩立明进入星河科技,负责海外市场。", {("韩立明", "join", "星河科技")}),
        ("韩立明加盟北辰科技负责国际市场。", {("韩立明", "join", "北辰科技")}),
        ("北辰科技近期辞退了海外市场负责人宋雨桐。", {("宋雨桐", "leave", "北辰科技")}),
    ],
)
def test_a_place_or_a_field_after_the_verb_is_no_employer(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_a_leave_followed_by_where_the_person_went(nlp):
    text = "韩立明宣布加盟北辰科技,为猜测韩立明离职后去向的各种传言画上了句号。"
    assert facts(nlp, text) == {("韩立明", "join", "北辰科技")}
    # Counter-example: a leave after the join, with no destination after it, still leaves it.
    later = "韩立明2019年加盟北辰科技。2023年,韩立明离职创业。"
    assert ("韩立明", "leave", "北辰科技") in facts(nlp, later)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How old a company is names no company.
        ("告别自己创办了近12年的公司之前,我心情复杂。", []),
        ("韩立明离开了成立近10年公司的管理层。", []),
        # Counter-examples: a name with a number in it still ends in its suffix.
        ("韩立明加入了星河科技公司。", ["星河科技公司"]),
        ("韩立明加入了北辰2号科技公司。", ["北辰2号科技公司"]),
    ],
)
def test_a_span_of_years_before_the_suffix_names_no_company(nlp, text, expected):
    assert org_names(nlp, text) == expected


def test_ren_opening_the_line_after_a_date_line_is_the_verb(nlp):
    text = "韩立明简介\n●2001年3月-2004年6月\n\n任星河在线产品总监。\n\n●2004年7月至今\n\n任北辰科技副总裁。"
    assert "任星河" not in person_names(nlp, text)
    # Counter-example: a name of surname 任 opening a line after a line of text.
    other = "星河科技发布新品。\n任晓峰表示,新品将于下月上市。"
    assert "任晓峰" in person_names(nlp, other)


def test_an_editor_in_chief_is_a_post(nlp):
    (person, from_org, _, role, _), = records(nlp, "星河科技执行副总裁兼总编辑韩立明昨天宣布将正式离职。")
    assert (person, role) == ("韩立明", "执行副总裁兼总编辑")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Companies of the 2005–2016 news the lexicon now knows (orgs.tsv).
        ("韩立明2004年加盟盛大,出任总裁。", {("韩立明", "join", "盛大")}),
        ("2003年至2005年,宋雨桐任和讯网CEO。", {("宋雨桐", "join", "和讯网"), ("宋雨桐", "leave", "和讯网")}),
        # Counter-example: 盛大 as the adjective names no employer of the move.
        ("在盛大的开幕式上,韩立明宣布加入星河科技。", {("韩立明", "join", "星河科技")}),
    ],
)
def test_companies_of_the_older_news_are_known(nlp, text, expected):
    assert facts(nlp, text) == expected
