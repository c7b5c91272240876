"""Local government bodies named after their place (components/gov_orgs.py, rule
org:place-government; words in patterns.toml place_units, government_bodies,
government_body_tails). All names and sentences are invented."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text

RULE = "org:place-government"


def orgs(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("原云岭省国资委副主任韩立明加入星河智造。", "云岭省国资委"),
        ("韩立明调任青川市人民政府秘书长。", "青川市人民政府"),
        ("原青川市科技创新委员会主任韩立明加入星河智造。", "青川市科技创新委员会"),
        ("韩立明出任某某区发改局局长。", "某某区发改局"),
        ("韩立明此前任职于云岭省青川市南湖区人民政府。", "云岭省青川市南湖区人民政府"),
        ("韩立明此前任职于云岭省经济和信息化厅。", "云岭省经济和信息化厅"),
        # a field and a lone 厅 or 局 close a body; the place before an official's title
        # is its government (org:place-official)
        ("韩立明曾任云岭省工业和信息化厅副厅长。", "云岭省工业和信息化厅"),
        ("韩立明此前在青川市数据局工作。", "青川市数据局"),
        ("2016年3月韩立明出任云岭省青川市副市长。", "云岭省青川市"),
        ("据悉,南湖区区长韩立明已于近日辞职。", "南湖区"),
    ],
)
def test_a_place_and_its_body_are_one_organization(nlp, text, body):
    assert body in orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A city or country after a company names its office, no government.
        ("韩立明将于2月入职Quantiq美国办公室。", "美国办公室"),
        # A pointer is no place; a market is no body.
        ("该市政府近日任命韩立明为秘书长。", "该市政府"),
        ("北京市场监管部门表示,韩立明已离职。", "北京市场"),
        ("该市副市长韩立明调任星河集团董事长。", "该市"),
        ("韩立明曾任北京市场部副总监。", "北京市场"),
        ("韩立明在青川市一家餐厅担任经理。", "青川市一家餐厅"),
        # A company registered in a city keeps its own name.
        ("韩立明离开青川市星河科技有限公司,加入小米。", "青川市"),
    ],
)
def test_no_body_without_a_place_and_a_body_word(nlp, text, wrong):
    assert wrong not in orgs(nlp, text)


def test_former_body_is_left_and_the_rule_travels(nlp):
    text = "韩立明曾任青川市南湖区科技局局长,2023年加入星河智造。"
    assert facts(nlp, text) == {("韩立明", "leave", "青川市南湖区科技局"), ("韩立明", "join", "星河智造")}
    assert RULE in rules_text(nlp, text)


def test_former_title_at_a_body_is_no_company_of_the_join(nlp):
    # Without the rule `青川市科技` read as a company, and the body's head as a title's field.
    assert facts(nlp, "原青川市科技创新委员会主任韩立明加入星河智造,出任总裁。") >= {("韩立明", "join", "星河智造")}
    assert "青川市科技" not in orgs(nlp, "原青川市科技创新委员会主任韩立明加入星河智造,出任总裁。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("韩立明已从星河科技(深圳)有限公司离职。", "星河科技(深圳)有限公司"),
        ("韩立明已加入北辰智能科技（杭州）有限公司。", "北辰智能科技（杭州）有限公司"),
        ("韩立明已加入云帆(青川市)有限公司。", "云帆(青川市)有限公司"),
        # a seat no list of places holds, and a bracketed 国际: the legal form after it decides
        ("韩立明曾任北辰汽车电子（松原）有限公司工程师。", "北辰汽车电子（松原）有限公司"),
        ("韩立明已加入星河电子（國際）有限公司。", "星河电子（國際）有限公司"),
    ],
)
def test_a_seat_in_brackets_stays_inside_a_registered_name(nlp, text, name):
    assert name in orgs(nlp, text)


def test_a_known_name_with_its_legal_form_is_that_organization(nlp):
    # One organization: the join told again by the short name is the same fact.
    found = facts(nlp, "韩立明曾任腾讯科技(深圳)有限公司总监。2023年他离开腾讯,加入小米。")
    assert ("韩立明", "leave", "腾讯科技(深圳)有限公司") in found and ("韩立明", "leave", "腾讯") not in found
    ids = {ent.text: ent.ent_id_ for ent in nlp("腾讯科技(深圳)有限公司副总裁韩立明已离职。").ents}
    assert ids["腾讯科技(深圳)有限公司"] == "腾讯"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A seat not before a legal form, or no place in the brackets: the name stops before them.
        ("韩立明加入小米(北京),担任CTO。", "小米(北京)"),
        ("韩立明加入星河(Quantiq)有限公司。", "星河(Quantiq)有限公司"),
    ],
)
def test_no_seat_without_a_legal_form_and_a_place(nlp, text, wrong):
    assert wrong not in orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no legal form after the bracket: the bracket is an aside, not a seat
        ("韩立明已加入星河电子（松原）,出任总监。", "星河电子（松原）"),
        # a long aside in brackets is no seat
        ("韩立明已加入星河电子（原名北辰松原科技）有限公司。", "星河电子（原名北辰松原科技）有限公司"),
    ],
)
def test_a_bracket_is_a_seat_only_when_short_and_before_a_legal_form(nlp, text, name):
    assert name not in orgs(nlp, text)


def test_the_officials_place_travels_with_its_rule(nlp):
    text = "2016年3月韩立明出任云岭省青川市副市长。"
    assert ("韩立明", "join", "云岭省青川市") in facts(nlp, text)
    assert "org:place-official" in rules_text(nlp, text)
