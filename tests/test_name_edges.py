"""Where a Chinese name starts and ends in news prose (issue 16, class 1: names), each
rule with examples and counter-examples. Every name and sentence here is invented.

- name:preposition-before-date: `张伟自` `2019年` → 张伟 / 自: a preposition before a
  time expression is the time's, not the name's last character;
- name:grammar-middle: 为, 向, 和 … open many given names (`郑为康`, `孙向阳`, `王和平`):
  the first of two given characters may be one, read whole or cut apart by jieba;
- name:list-item: a candidate between a name and a list mark is an item of the list
  (`卢某冰、常程、杨某`), read as leniently as after a title;
- name:single-given-end: a one-character given name ends the name, and 中, 小 end names
  far more rarely than they follow one: `离职信中` is no person.
"""

from __future__ import annotations

import pytest

from fact_sets import facts


def persons(nlp, text: str) -> set[str]:
    with nlp.select_pipes(disable=["cues", "moves"]):
        doc = nlp(text)
    return {ent.text for ent in doc.ents if ent.label_ == "PERSON"}


# ---------------------------------------------------------------- name:preposition-before-date

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("韩志勇自2019年起加入云帆科技。", "韩志勇"),
        ("据悉,林晨华自去年起加入星河科技,负责海外业务。", "林晨华"),
        ("方航自2017年加入星河科技以来,一直负责研发。", "方航"),
    ],
)
def test_a_preposition_before_a_date_leaves_the_name(nlp, text: str, name: str) -> None:
    found = persons(nlp, text)
    assert name in found
    assert name + "自" not in found


def test_the_date_preposition_makes_the_record_of_the_whole_name(nlp) -> None:
    assert facts(nlp, "林晨华自去年起加入星河科技,负责海外业务。") == {("林晨华", "join", "星河科技")}


def test_a_preposition_before_no_date_stays_with_its_word(nlp) -> None:
    # 自称: 自 opens a verb here, not a time; the name keeps its three characters.
    assert "韩志勇" in persons(nlp, "韩志勇自称是星河科技的老员工。")


# ---------------------------------------------------------------- name:grammar-middle

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星河科技董事会同意选举郑为忠为董事长。", "郑为忠"),
        ("孙向阳离开了云帆科技。", "孙向阳"),
        ("冯和平已加入星河科技。", "冯和平"),
        ("离职的人是供职了十年的蒋向洋,他是星河科技的副总裁。", "蒋向洋"),
    ],
)
def test_a_function_character_opens_a_given_name(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "王和李加入云帆科技。",  # two people: 李 is a common surname
        "李向外界透露了消息。",  # 外界: a word after 向, no given character
        "陈为此辞职。",
    ],
)
def test_a_function_character_between_words_is_grammar(nlp, text: str) -> None:
    assert not any(len(name) == 3 for name in persons(nlp, text))


# ---------------------------------------------------------------- name:list-item

def test_a_weak_name_between_names_is_a_list_item(nlp) -> None:
    # 常程: 常 is a rare surname and 程 a weak given character (score -3.4): alone it is
    # no name, between two names in a list it is one.
    found = persons(nlp, "星河科技招揽了众多人才,包括韦立冰,常程,杨柘等。")
    assert {"韦立冰", "常程", "杨柘"} <= found


def test_the_first_item_of_a_list_is_read_as_an_item(nlp) -> None:
    assert {"常程", "韦立冰"} <= persons(nlp, "加入的高管包括常程、韦立冰等人。")


def test_a_weak_candidate_after_no_name_is_no_list_item(nlp) -> None:
    assert "常程" not in persons(nlp, "项目进展很正常,程序已上线。")


# ---------------------------------------------------------------- name:single-given-end

@pytest.mark.parametrize(
    "text",
    [
        "在离职信中他透露,他将加入星河科技。",
        "他在内部信中宣布了组织调整。",
    ],
)
def test_a_localizer_after_a_surname_character_is_no_name(nlp, text: str) -> None:
    assert not persons(nlp, text)


def test_a_one_character_given_name_that_ends_names_is_kept(nlp) -> None:
    assert "钱伟" in persons(nlp, "钱伟已加入星河科技。")


def test_a_list_item_keeps_a_given_character_rare_at_the_end(nlp) -> None:
    # 可 ends names rarely (-1.4), but between names of a list 焦可 is one.
    assert {"洪涛", "焦可", "陈炜鹏"} <= persons(nlp, "过去半年,洪涛、焦可、陈炜鹏等人先后离开。")


def test_a_withheld_name_is_a_name_whatever_its_character(nlp) -> None:
    # 某 ends names rarely in the dictionary (-2.1), but `王某` is how news withholds one.
    assert "王某" in persons(nlp, "据悉,王某之妻已于上月离职。")


@pytest.mark.parametrize("text", ["韦建国先生为本公司董事。", "宋丽华女士为本公司财务总监。"])
def test_an_honorific_ends_the_person_before_an_organization_word(nlp, text: str) -> None:
    # `X先生为本公司`: no organization swallows the person (org_left_stops: 先生, 女士, 为本).
    doc = nlp(text)
    assert [e.label_ for e in doc.ents if e.text.startswith(text[:3])] == ["PERSON"]


# ---------------------------------------------------------------- name:never-ends-there

def test_a_word_ending_in_yi_takes_the_next_character(nlp) -> None:
    # jieba cut `刘以` `研`: 以 never ends a name, so after a title the name is 刘以研.
    assert "刘以研" in persons(nlp, "任命星河银行首席风险官刘以研为星河银行党委副书记。")


def test_yi_before_a_word_is_no_name_character(nlp) -> None:
    assert not persons(nlp, "总裁王以身作则。")


# ---------------------------------------------------------------- name:function-end

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星河科技从云帆挖来了首席工程师邝若为,负责芯片设计。邝若为此前在云帆工作五年。", "邝若为"),
        ("值得一提的是研究员祁中和。祁中和2018年加入云帆科技。", "祁中和"),
    ],
)
def test_a_name_ending_in_a_function_character_before_punctuation(nlp, text: str, name: str) -> None:
    found = persons(nlp, text)
    assert name in found
    assert name[:-1] not in found  # every mention read whole


def test_the_whole_name_makes_the_records(nlp) -> None:
    text = "星河科技聘请了副总裁邝若为。邝若为2019年加入云帆科技。"
    assert ("邝若为", "join", "云帆科技") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "董事会任命邝若为总裁。",  # 为 + a title: the verb of naming
        "副总裁邝若和云帆科技签约。",  # 和 + a word: the conjunction
        "邝若为此前在云帆工作五年。",  # no mention that shows the whole name
    ],
)
def test_a_function_character_before_a_word_stays_grammar(nlp, text: str) -> None:
    assert not any(name.endswith(("为", "和")) for name in persons(nlp, text))


# ---------------------------------------------------------------- name:left-edge-apart, name:given-back-wide (一)

@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        # The end of a time glued to the surname: `起张` `明华`, `起孙磊`, `末林晨华`.
        pytest.param("2019年9月起张明华出任南华科技总裁。", "张明华", "明华", id="qi-after-a-month"),
        pytest.param("2019年9月起張明華出任南華科技總裁。", "張明華", "明華", id="qi-after-a-month-traditional"),
        pytest.param("2023年3月起孙磊担任星河科技首席技术官。", "孙磊", "磊", id="qi-and-a-two-character-name"),
        pytest.param("上月末林晨华离开星河科技。", "林晨华", "晨华", id="mo-after-a-month"),
        pytest.param("上月末周海濤離開星河科技。", "周海濤", "海濤", id="mo-traditional"),
        pytest.param("今年年中夏雨桐加入云帆科技。", "夏雨桐", "雨桐", id="zhong-after-a-year"),
        pytest.param("三年前林浩然离开云帆科技。", "林浩然", "浩然", id="qian-before-a-known-given-name"),
        # A preposition before its person object.
        pytest.param("星河科技总裁一职由林浩然接任。", "林浩然", "浩然", id="you-before-the-successor"),
        pytest.param("公司向林浩然发出邀请。", "林浩然", "浩然", id="xiang-before-a-name"),
        pytest.param("公司总裁及周海涛已离职。", "周海涛", "海涛", id="ji-in-a-list"),
        # A verb whose object is a person.
        pytest.param("星河科技称罗天玉已于上月离职。", "罗天玉", "天玉", id="cheng-says"),
        pytest.param("星河科技稱羅天玉已於上月離職。", "羅天玉", "天玉", id="cheng-traditional"),
        pytest.param("公司请周海涛出任总裁。", "周海涛", "海涛", id="qing-invites"),
        pytest.param("公司派马俊杰前往上海。", "马俊杰", "俊杰", id="pai-sends"),
        # name:given-back-wide: 一 seldom ends names, but 自 before a date and 等 before 人
        # claim the word's last character, which goes back to the name.
        pytest.param("秦鑫一自2020年起担任云帆科技总裁。", "秦鑫一", "秦鑫", id="yi-before-zi-and-a-date"),
        pytest.param("秦鑫一於去年加入雲帆科技。", "秦鑫一", "秦鑫", id="yi-before-yu-traditional"),
        pytest.param("陶然、范思一等人离开了云帆科技。", "范思一", "范思", id="yi-before-deng-ren"),
    ],
)
def test_a_name_is_read_to_its_edges(persons_in, text: str, name: str, short: str) -> None:
    found = persons_in(text)
    assert name in found
    assert short not in found


def test_the_left_edge_makes_the_record_of_the_whole_name(nlp) -> None:
    assert facts(nlp, "2019年9月起张明华出任南华科技总裁。") == {("张明华", "join", "南华科技")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 向 is a surname too: after a title 向东 + 明 stays one name, 东明 reads no better.
        pytest.param("总裁向东明已离职。", "向东明", id="xiang-as-a-surname-after-a-title"),
        # A place and a brand after a preposition are read as before (no name longer than the word).
        pytest.param("公司和李宁合作推出新品。", "李宁", id="a-known-name-after-he"),
    ],
)
def test_a_surname_lead_or_a_whole_word_keeps_its_reading(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)


def test_a_place_after_you_gives_no_longer_name(persons_in) -> None:
    found = persons_in("该项目由张江高科主导。")
    assert not any(len(name) > 2 and name.startswith("张江") for name in found)


def test_yi_keeps_its_word_when_nothing_claims_it(nlp) -> None:
    # 一直 (all along): 直 is no preposition, and the adverb stays whole.
    assert "一直" in [t.text for t in nlp.make_doc("韩松一直在云帆科技工作。")]
