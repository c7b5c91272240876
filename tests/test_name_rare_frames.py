"""Names the character statistics alone refuse, read where the language vouches for them
(every name and sentence here is invented):

- name:grammar-middle: a given name opening with 又 or 之 (`卜又铭`, `甘之光` after a title);
- name:grammar-end: a given name ending in 年 after a clear given character (`郑松年`),
  read whole by jieba;
- a title before and a predicate after (`院长邝立期转任`): a rare surname with rare given
  characters is read (NAME_MIN_FRAMED);
- name:time-word-apart: `殷泽宇月` `中`: the first character of a time word glued to a name
  goes back to the time word;
- name:function-surname-subject: `向` `景川` `则…`, `的` `向` `景川` `同时…`: a function word
  that is a surname opens a name where no preposition can stand;
- name:place-of-place, name:place-before-site, name:inside-firm-name: a district after its
  city, a town before a site of a firm, a piece of a firm's name are no person.
"""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("云帆科技首席架构师卜又铭宣布加入星河智能。", "卜又铭"),
        ("前总裁郑松年已离开蓝海资本。", "郑松年"),
        ("副总裁甘之光于去年加入云帆智能。", "甘之光"),
        ("前任院长邝立期转任星河集团顾问。", "邝立期"),
        ("原财务总监殷泽宇月中离职，随后加入北辰数据。", "殷泽宇"),
        ("向景川则回到了他此前工作过的云帆科技。", "向景川"),
        ("研发团队的向景川同时宣布离职。", "向景川"),
    ],
)
def test_a_rare_name_is_read_where_the_context_vouches(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "他向公司提出辞职后加入了星河科技。",
        "该团队向北京市政府提交了申请。",
        "他向东方科技提交了方案。",
        "今年又新增了两家门店。",
        "李明之后加入了星河科技。",
        "他于去年年底加入星河科技。",
        "首席执行官对此表示欢迎。",
    ],
)
def test_grammar_stays_grammar(persons_in, text: str) -> None:
    found = persons_in(text)
    assert not any(name[0] in "向又之于对" for name in found), found


def test_the_glued_time_word_leaves_the_name_and_the_record_is_his(nlp) -> None:
    assert facts(nlp, "北辰数据技术总监殷泽宇月中离职。") == {("殷泽宇", "leave", "北辰数据")}


# ------------------------------------------------- places and firms in a name's place (not_names.py)

@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("他在深圳石岩创立了一家公司。", "石岩"),  # name:place-of-place, after 在 and a city
        ("他曾在星河科技的埃尔朗根总部工作多年。", "埃尔朗根"),  # name:place-before-site
        ("星河科技的苏州园区今年投产。", "苏州"),  # name:place-before-site
        ("此前她在罗卫咸达道会计师事务所任职多年。", "罗卫"),  # name:inside-firm-name
    ],
)
def test_a_place_or_a_firm_in_a_names_place_is_no_person(persons_in, text: str, word: str) -> None:
    assert word not in persons_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星河科技总裁李明表示，公司将扩张。", "李明"),
        ("李明此前在星河科技公司任职。", "李明"),
        ("在深圳，石岩街道的王芳宣布加入星河科技。", "王芳"),
        ("总部位于深圳的云帆科技任命韩立明为总裁。", "韩立明"),
        ("王芳与公司达成和解。", "王芳"),
        ("前任院长邝立期转任星河集团顾问。", "邝立期"),
    ],
)
def test_a_name_near_a_place_or_a_firm_stays(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)
