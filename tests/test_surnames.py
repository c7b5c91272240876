"""Surnames and what a surname character does outside a name (surnames.txt; persons.py,
not_names.py, coref.py), each with examples and counter-examples. Every name and
sentence here is invented.

- surnames.txt holds the common surnames at their rank (傅, 翁, 宫, 席) and rarer ones
  met in bylines and biographies (殳, 郤, 姒, 毋, 甯, 胥 …);
- 时 and 来 are surnames and function words: a lone 时/来 token is a surname only after
  a title, as 向, 曾, 于 are;
- name:function-word-pair: a two-character token opening with such a character (`来沪`,
  `来台`) is a phrase unless a title stands before it or it reads as a name.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星河科技副总裁傅宁远已于上月离职。", "傅宁远"),
        ("翁雪梅已加入云帆科技,出任首席运营官。", "翁雪梅"),
        ("宫若溪此前在华辰证券担任执行董事。", "宫若溪"),
        ("投资总监席文博已于近日离开启明资本。", "席文博"),
        ("负责研发的副总裁殳立峰离职,加入星河科技。", "殳立峰"),
        ("郤清远已于本月离开云帆资本。", "郤清远"),
        ("游戏业务负责人姒雨辰随后加入星河互动。", "姒雨辰"),
        ("毋海川2019年加入云帆科技,负责芯片设计。", "毋海川"),
        ("前投资处处长甯子涵正式加盟华辰资本。", "甯子涵"),
        ("运营总监胥明远宣布离职。", "胥明远"),
        # 时, 来 are function words too: a surname after a title
        ("销售副总裁来思远和市场副总裁韩立明相继辞职。", "来思远"),
        ("星河证券也延揽前稽查局副局长时雨澄加盟。", "时雨澄"),
        # name:function-word-pair: 向华 reads as a name (given 华), 来沪 does not
        ("向华宣布加入星河科技。", "向华"),
    ],
)
def test_a_listed_surname_opens_a_name(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "他去年来沪创业,时隔三年再度融资。",
        "2015年来台考察后,他决定在新竹设厂。",
        "此次来京参加会议的还有多家车企代表。",
        "时值年末,云帆科技宣布组织调整。",
        "加入星河科技时,他只有二十五岁。",
        "毋庸置疑,巢湖基地的投产是关键。",
        "领导班子调整后,他仍负责出席相关会议。",
        "他在大学读的是数学与经济双主修。",
        # name:nationality: a place's short form and 籍/裔 say where someone is from
        "一位从美光离职、加入星河存储的台籍工程师对记者说。",
        "其职务由来自星河电子的韩籍高管接任。",
        "这位华裔科学家上月加入星河科技。",
        "这位华裔女工程师上月离开星河科技。",
        # name:surname-address: `韦氏` with no 韦 named in the article stands for nobody
        "韦氏早年任职于上汽集团,2015年转投吉利。",
    ],
)
def test_a_function_word_origin_or_address_is_no_name(persons_in, text: str) -> None:
    assert persons_in(text) == []


def test_a_surname_with_shi_is_the_person_named_before(extract) -> None:
    """coref: `韦氏` in a later sentence is 韦建国, the article's one 韦."""
    rows = extract("云帆汽车宣布,研究院副院长韦建国出任总经理。韦氏早年任职于上汽集团,2015年转投吉利。")
    assert {row[0] for row in rows} == {"韦建国"}
    assert any(row[2] == "吉利" for row in rows)
