"""Name shapes the tune sets showed the PERSON stage missing or misreading (names13).
Every name and sentence here is invented.

- name:after-one-of: `之一` ends in a numeral but counts nothing, so a candidate after
  it is no measure word (`核心成员之一韩立明`), unlike one after a number (`第3季`);
- name:quoted-kind: a quoted word that a kind suffix follows (`“全栈”型`) is a trait;
- name:adverb-apart: after a compound surname the HMM glued a one-character given name
  to an adverb (`欧阳` `志确` `已于`): the adverb goes alone;
- name:glued-before-move: a glued Latin name with no title is read where its own move
  follows in the clause (`核心成员NoahPerez宣布离职`), not after 从/加入, not across a title.
"""

from __future__ import annotations

import pytest

from test_name_edges import persons


# ---------------------------------------------------------------- name:after-one-of

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星河科技的创始成员之一贝思远已悄然加入云帆科技。", "贝思远"),
        ("云帆科技负责人之一宋立哲宣布创业。", "宋立哲"),
        ("公司唯一的联席秘书之一梁韵文已辞任。", "梁韵文"),
    ],
)
def test_a_name_after_one_of_is_read(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize("text", ["他是三大原因之一。", "星河科技第3季营运表现平平。"])
def test_one_of_and_numbers_open_no_name(nlp, text: str) -> None:
    assert persons(nlp, text) == set()


# ---------------------------------------------------------------- name:quoted-kind

def test_a_quoted_kind_is_no_person(nlp) -> None:
    found = persons(nlp, "韩立明是业内少有的“全栈”型管理者,2010年加入云帆科技。")
    assert found == {"韩立明"}


def test_a_quoted_name_before_a_predicate_stays(nlp) -> None:
    assert "韩立明" in persons(nlp, "被称为“救火队长”的韩立明已加入云帆科技。")


# ---------------------------------------------------------------- name:adverb-apart

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星河科技确认,高级总监欧阳朗确已于2月离开公司。", "欧阳朗"),
        ("司徒逸确已于3月离职。", "司徒逸"),
    ],
)
def test_an_adverb_glued_to_a_one_character_given_name_goes_alone(nlp, text: str, name: str) -> None:
    found = persons(nlp, text)
    assert name in found
    assert name + "确" not in found


def test_a_two_character_given_name_keeps_its_characters(nlp) -> None:
    assert "欧阳志强" in persons(nlp, "高级总监欧阳志强已于2月离开公司。")


# ---------------------------------------------------------------- name:glued-before-move

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("云帆科技的核心成员NoahPerez在X上宣布离职,加入星河科技。", "NoahPerez"),
        ("星河科技AI团队的EmilNowak也被曝即将加入云帆科技。", "EmilNowak"),
        ("CTO一职由RaviMenon接任。", "RaviMenon"),
    ],
)
def test_a_glued_name_before_its_move_is_read(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "他从StarCloud离职。",
        "StarCloud研究员韩立明离职。",
        "NovaMind挖走了韩立明。",
        "小米CyberOne亮相发布会。",
    ],
)
def test_a_glued_firm_or_product_is_no_person(nlp, text: str) -> None:
    assert not {"StarCloud", "NovaMind", "CyberOne"} & persons(nlp, text)


@pytest.mark.parametrize("text", ["McAdams 卸任!", "早间消息,Yvon LeBlanc 证实已经卸任星河科技负责人。"])
def test_a_surname_with_an_inner_capital_is_no_glued_name(nlp, text: str) -> None:
    assert not {"McAdams", "LeBlanc"} & persons(nlp, text)
