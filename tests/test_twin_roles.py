"""Role families widened on the twins (issue: role accuracy), on invented sentences:
a promotion is a post held (posts.py, role:promoted-post), a dateline, 接到 and 继 are
no part of a post (role:lead-word-cut), a post never starts inside a Latin word
(roles.py, role:latin-word-whole), party posts of state-owned filings are titles."""

from __future__ import annotations

import pytest

from tests.fact_sets import roles as records


@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        ("1998年,程远航进入华为。2005年升任华为高级副总裁。2009年5月,他从华为离职。", ("程远航", "华为", ""), "高级副总裁"),
        ("2001年,孟思齐加盟联想。三年后被提拔为联想全球副总裁。2010年,孟思齐告别联想。", ("孟思齐", "联想", ""), "全球副总裁"),
    ],
)
def test_a_promotion_is_the_post_left(text, key, role):
    found, rules = records(text)[key]
    assert found == role
    assert "role:promoted-post" in rules


def test_a_promotion_elsewhere_is_not_the_post_left():
    # Counter-example: the promotion is at another employer; the leave keeps no post of it.
    found, rules = records("2001年,孟思齐加盟联想。2010年,孟思齐从联想离职。2013年晋升为华为副总裁。").get(("孟思齐", "联想", ""), ("", []))
    assert found != "副总裁"
    assert "role:promoted-post" not in rules


@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        ("快讯网讯 星河科技联合创始人贾文博宣布离开星河科技。", ("贾文博", "星河科技", ""), "联合创始人"),
        ("星河科技董事会今日接到董事长孔德明先生的书面辞呈,孔德明辞去董事长职务。", ("孔德明", "星河科技", ""), "董事长"),
    ],
)
def test_a_dateline_or_a_receiving_verb_is_no_part_of_the_post(text, key, role):
    found, rules = records(text)[key]
    assert found == role


def test_a_successor_title_keeps_its_name():
    # Counter-example: 继任 is no lead word (`继任总裁` is not cut to 总裁 by it).
    from talentflow.resources.patterns import rule

    assert rule("post-lead-words").search("继任总裁") is None
    assert rule("post-lead-words").search("继欧洲区总经理") is not None


def test_a_post_does_not_start_inside_a_latin_word():
    # The walk leftwards stops at its length limit inside `zenithwave`: the cut word is left out.
    found, _ = records("据悉zenithwave副总裁兼Atlas产品线负责人Maya Brandt已从星河科技离职。")[("Maya Brandt", "星河科技", "")]
    assert found == "副总裁兼Atlas产品线负责人"


def test_a_short_post_keeps_its_latin_name():
    # Counter-example: under the limit a Latin product name heads the post whole.
    found, _ = records("星河科技Atlas产品线负责人Maya Brandt已从星河科技离职。")[("Maya Brandt", "星河科技", "")]
    assert found == "Atlas产品线负责人"


def test_party_posts_are_titles():
    text = "星河通信集团召开干部大会,宣读决定:郑国栋同志任星河通信集团有限公司总经理、董事、党组副书记,同时免去其北辰铁塔股份有限公司董事长职务。"
    found, _ = records(text)[("郑国栋", "", "星河通信集团有限公司")]
    assert found == "总经理、董事、党组副书记"


def test_a_promotion_without_its_employer_fills_no_leave():
    # Counter-example: `一年后升任执行长` names no employer; the join of the sentence
    # before it (星河) may not be where the person was promoted.
    text = "1990年,程远航进入星河汽车,后被华为延揽为社长,一年后升任执行长。2020年,程远航离开星河汽车。"
    found, rules = records(text).get(("程远航", "星河汽车", ""), ("", []))
    assert found != "执行长"
    assert "role:promoted-post" not in rules


def test_a_bare_promotion_verb_reads_its_post():
    from talentflow.resources.patterns import rule

    assert rule("promoted-post").search("从分析师做起,之后晋升亚太区研究主管") is not None
    assert rule("promoted-post").search("晋级决赛") is None


@pytest.mark.parametrize(("role", "cut"), [("第四任校长", "校长"), ("第3届理事长", "理事长")])
def test_an_ordinal_of_office_is_no_part_of_the_post(role, cut):
    from talentflow.resources.patterns import rule

    found = max(m.end() for m in rule("post-lead-words").finditer(role))
    assert role[found:] == cut


def test_an_unnamed_promotion_is_at_the_employer_joined_before_it():
    text = "2015年离开谷歌,出任星河大学助理教授,2020年晋升为副教授。今年6月,孟思齐辞去星河大学教职。"
    text = "孟思齐" + text
    found, rules = records(text)[("孟思齐", "星河大学", "")]
    assert found == "副教授"
