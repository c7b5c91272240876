"""Tests for the model of Chinese names (given_names.py, data/build_name_chars.py) and
what the PERSON stage does with it: where a name ends, which phrases are no names,
and names jieba keeps as ordinary words. Every name here is invented.
"""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

from talentflow.resources import given_names

ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- the character table

def test_given_name_characters_outscore_grammar_and_vocabulary() -> None:
    table = given_names.table()
    for name_char in "娜磊涛杰":
        assert table.char_score(name_char) > 1
    for word_char in "还做的更":
        assert table.char_score(word_char) < -1


def test_a_character_many_names_use_is_no_grammar_character() -> None:
    # 一 is frequent in text, but 一凡 and 一鸣 are ordinary given names.
    assert given_names.table().char_score("一") >= 0


def test_an_unknown_character_counts_as_rare_and_name_like() -> None:
    table = given_names.table()
    unknown = next(chr(code) for code in range(0x9FFF, 0x4E00, -1) if chr(code) not in table.score)
    assert table.char_score(unknown) == given_names.UNKNOWN_SCORE


def test_name_score_orders_names_above_phrases() -> None:
    table = given_names.table()
    assert table.name_score("韩立明") > 0
    assert table.name_score("花更多") < -4
    assert table.name_score("我们") == -math.inf  # 我 is no surname
    # A common surname weighs more than a rare one before the same given name.
    assert table.name_score("王立明") > table.name_score("漆立明")


def test_split_reads_compound_surnames_first() -> None:
    table = given_names.table()
    assert table.split("欧阳文杰") == ("欧阳", "文杰")
    assert table.split("韩立明") == ("韩", "立明")
    assert table.split("韩") is None


@pytest.mark.parametrize(
    ("char", "verb_follows", "trigger", "ends"),
    [
        pytest.param("做", False, False, True, id="verb-do"),
        pytest.param("还", False, False, True, id="adverb-still"),
        pytest.param("时", False, False, False, id="noun-time-may-end-a-name"),
        pytest.param("明", False, False, False, id="name-character"),
        pytest.param("才", True, False, True, id="adverb-before-a-verb"),
        pytest.param("才", False, False, False, id="adverb-alone-ends-names-too"),
        pytest.param("任", False, True, True, id="trigger-verb"),
        pytest.param("之", True, False, False, id="zhi-ends-names"),
    ],
)
def test_ends_before(char: str, verb_follows: bool, trigger: bool, ends: bool) -> None:
    assert given_names.table().ends_before(char, verb_follows=verb_follows, trigger=trigger) is ends


def test_modifiers_are_adverbs_and_grammar_but_no_prepositions() -> None:
    table = given_names.table()
    assert {"很", "最", "不", "也"} <= table.modifiers
    assert not {"由", "和", "是", "的", "明"} & table.modifiers


def test_word_final_characters() -> None:
    table = given_names.table()
    assert {"网", "化", "层"} <= table.word_final
    assert not {"杰", "明", "远"} & table.word_final


def test_build_script_counts_names_and_text(tmp_path) -> None:
    """The table's columns from a small dictionary in jieba's format."""
    spec = importlib.util.spec_from_file_location("build_name_chars", ROOT / "pipeline" / "data" / "build_name_chars.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text(
        "王立明 5 nr\n李明 3 nr\n陈述 900 nr\n明天 1000 t\n还 2000 d\n立 50 v\n公司 3000 n\n",
        encoding="utf-8",
    )
    rows = {row[0]: row for row in module.build(str(dictionary))}
    # char, names, last, text, alone, score, end, tag, wordend
    assert rows["明"][1:5] == (2, 2, 1000, 0)  # given in 王立明 and 李明; in the word 明天
    assert rows["述"][1] == 1  # 陈述 is tagged nr and starts with a surname: counted, noise and all
    assert rows["还"][4] == 2000 and rows["还"][7] == "d"
    assert rows["立"][7] == "v"
    assert rows["明"][5] > rows["还"][5]
    assert rows["公"][7] == "-"


def test_committed_table_matches_the_build_script() -> None:
    """given_name_chars.tsv is what build_name_chars.py writes from the installed jieba."""
    spec = importlib.util.spec_from_file_location("build_name_chars", ROOT / "pipeline" / "data" / "build_name_chars.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = module.build(module._dictionary())
    committed = [
        line.split("\t")
        for line in (ROOT / "pipeline" / "data" / "given_name_chars.tsv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") and not line.startswith("char\t")
    ]
    assert [[str(value) for value in row] for row in rows] == committed


# ---------------------------------------------------------------- where a name ends

@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        pytest.param("网易聘请邝立做顾问。", "邝立", "邝立做", id="verb-glued-by-the-segmenter"),
        pytest.param("葛涛任小米CTO。", "葛涛", "葛涛任", id="trigger-ren-glued"),
        pytest.param("柏宁才加入小米。", "柏宁", "柏宁才", id="adverb-before-a-trigger"),
        pytest.param("邵程还担任京东副总裁。", "邵程", "邵程还", id="adverb-token-after-a-name"),
        # An adverb before more adverbs or a preposition modifies the predicate too.
        pytest.param("韦宁与钱睿均已从鸿海离职。", "钱睿", "钱睿均", id="adverb-before-an-adverb"),
        pytest.param("岑川均将在下月加入小米。", "岑川", "岑川均", id="adverb-before-a-preposition"),
        pytest.param("王瑶与石华均已从美团离职。", "石华", "石华均", id="hmm-glued-adverb-before-an-adverb"),
    ],
)
def test_a_name_ends_before_its_predicate(persons_in, text: str, name: str, glued: str) -> None:
    found = persons_in(text)
    assert name in found
    assert glued not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("俞立军做了三年顾问。", "俞立军", id="three-characters-before-a-verb"),
        pytest.param("工程师陈牧之离开了小米。", "陈牧之", id="zhi-before-a-trigger"),
        pytest.param("基础研究由冯佳时主导。", "冯佳时", id="noun-shi-at-a-name-end"),
    ],
)
def test_a_name_keeps_its_last_character(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("王均已离开腾讯。", "王均", id="adverb-as-the-last-given-character"),
        pytest.param("李均将在下月加入百度。", "李均", id="adverb-character-name-before-a-preposition"),
    ],
)
def test_an_adverb_character_can_end_a_two_character_name(persons_in, text: str, name: str) -> None:
    """均 ends names (王均): a name of surname + 均 stays whole before an adverb."""
    assert name in persons_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("小米前高管罗毅加入鸿海。", "罗毅", id="former-executive"),
        pytest.param("另一位高管白健将出任百度首席科学家。", "白健", id="executive-then-name"),
        pytest.param("技术大牛韩松离开了京东。", "韩松", id="tech-star"),
    ],
)
def test_a_noun_for_people_before_a_name_stays_whole(persons_in, text: str, name: str) -> None:
    """高管 is missing from jieba's dictionary: without person_nouns.txt its characters
    went to the HMM with the name's (`前高` `管罗毅`)."""
    assert name in persons_in(text)


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        pytest.param("冯兰建于2021年加入谷歌。", "冯兰建", "冯兰", id="word-took-the-last-character-before-a-date"),
        pytest.param("姜俊立于今年加入快手。", "姜俊立", "姜俊", id="word-took-the-last-character-before-this-year"),
        pytest.param("唐毅建自2020年起担任联想首席执行官。", "唐毅建", "唐毅", id="word-took-the-last-character-before-since"),
        pytest.param("赵飞云从联发科跳槽至微软。", "赵飞云", "赵飞", id="word-took-the-last-character-before-from"),
        pytest.param("曾然军与唐波健均已从台积电离职。", "唐波健", "唐波", id="hmm-word-took-the-last-character-before-an-adverb"),
        pytest.param("蔡华强于2021年加入微软。", "蔡华强", "蔡华", id="qiang-goes-back-from-qiangyu"),
        pytest.param("星河科技任命周志勇为首席执行官。", "周志勇", "周志", id="word-took-the-last-character-before-wei"),
        pytest.param("贺娟永和刘天文先后离开字节跳动。", "贺娟永", "贺娟", id="word-took-the-last-character-before-and"),
        pytest.param("王芳今(5)日宣布离开台积电。", "王芳", "王芳今", id="bracketed-day-of-taiwan-news"),
        pytest.param("吴敏亦将加入联发科。", "吴敏", "吴敏亦", id="adverb-yi-before-an-adverb"),
        pytest.param("周强现为苹果副总裁,先前在谷歌任职。", "周强", "周强现", id="time-word-xian-opens-a-predicate"),
        # name:given-back-wide, name:right-edge-apart: what follows claims the word's first or last character.
        pytest.param("柴雁天将出任星港科技首席技术官。", "柴雁天", "柴雁", id="tian-before-jiang-and-its-verb"),
        pytest.param("柴雁天將出任星港科技首席技術官。", "柴雁天", "柴雁", id="tian-before-jiang-traditional"),
        pytest.param("祁韵国自2019年起担任星港科技副总裁。", "祁韵国", "祁韵", id="guo-before-since-and-a-date"),
        pytest.param("甄玥建于去年加入星港科技。", "甄玥建", "甄玥", id="jian-before-yu-and-a-time-word"),
        pytest.param("甄玥建於去年加入星港科技。", "甄玥建", "甄玥", id="jian-before-yu-traditional"),
        pytest.param("柯澜永、洪蕾、谭钧建三人已离开星港科技。", "谭钧建", "谭钧", id="jian-before-a-count-of-people"),
        pytest.param("星港科技财务总监柯澜永和技术总监洪蕾同日离职。", "柯澜永", "柯澜", id="yong-before-he-and-a-title"),
        pytest.param("白帆离开百度之后加盟小米。", "白帆", "白帆离", id="li-opens-the-verb-likai"),
        pytest.param("李文和洪蕾一同加入云岫智能。", "李文", "李文和", id="he-before-a-name"),
    ],
)
def test_a_name_is_read_whole_and_alone(persons_in, text: str, name: str, glued: str) -> None:
    found = persons_in(text)
    assert name in found
    assert glued not in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("张伟于2020年加入百度。", "张伟", id="name-then-preposition"),
        pytest.param("李明勇于创新,加入百度。", "李明", id="verb-ending-in-yu-before-no-date"),
        pytest.param("刘洋现在在腾讯。", "刘洋", id="xian-is-no-given-character"),
        pytest.param("柴明先于2020年加入星港科技。", "柴明", id="adverb-xian-keeps-its-word"),
        pytest.param("祁韵一直在星港科技任职。", "祁韵", id="yi-zhi-stays-a-word"),
        pytest.param("韩立明加入星港科技。", "韩立明", id="whole-name-before-a-verb"),
        pytest.param("王和平表示将加入星港科技。", "王和平", id="he-inside-a-name"),
        pytest.param("前任负责人巫马清越离职创业。", "巫马清越", id="compound-surname-keeps-its-given-name"),
        # A frequent name jieba knows as a word, its description in brackets before the move.
        pytest.param("李俊(前美团副总裁)已加入理想汽车。", "李俊", id="bracketed-description-before-the-move"),
        pytest.param("李俊（前美团副总裁）已加入理想汽车。", "李俊", id="full-width-brackets"),
    ],
)
def test_a_word_keeps_its_characters_when_nothing_says_otherwise(persons_in, text: str, word: str) -> None:
    assert word in persons_in(text)


def test_a_clitic_word_after_a_lone_surname(nlp) -> None:
    """`张` `健将`: 健 is a given-name character, so 健将 is 健 + the clitic 将; 终 is
    none, so `丁` `终于` keeps the adverb whole."""
    assert [t.text for t in nlp.make_doc("张健将加入小米。")][:3] == ["张", "健", "将"]
    assert "终于" in [t.text for t in nlp.make_doc("通过沟通,丁终于理解了。")]


def test_the_segmenter_splits_a_verb_off_an_unknown_name(nlp) -> None:
    assert [t.text for t in nlp.make_doc("网易聘请邝立做顾问。")][2:4] == ["邝立", "做"]
    # A known word keeps its last character (高管层 is no name + 层).
    assert "韩立明" in [t.text for t in nlp.make_doc("韩立明加入了小米。")]


def test_a_word_gives_back_the_surname_it_took(nlp, persons_in) -> None:
    """`核心` `元` `老李` `书南`: 元老 is a word, so 李 is the surname of 书南."""
    assert [t.text for t in nlp.make_doc("核心元老李书南已离职。")][:4] == ["核心", "元老", "李", "书南"]
    assert persons_in("核心元老李书南已离职。") == ["李书南"]
    # 老李 alone is how colleagues address a man called 李: no name follows.
    assert "老李" in [t.text for t in nlp.make_doc("公司老李说他很忙。")]


@pytest.mark.parametrize(
    ("text", "tokens", "name"),
    [
        # The HMM glued the conjunction 而 to the surname of an unknown name.
        pytest.param("而梁孟松于去年加入中芯国际。", ["而", "梁", "孟松"], "梁孟松", id="conjunction-er"),
        # The dictionary word 后任 took the surname of 利锋, which is no name alone.
        pytest.param("不久后任利锋加入百度。", ["后", "任", "利锋"], "任利锋", id="localizer-hou"),
    ],
)
def test_a_function_character_gives_back_the_surname_it_took(nlp, persons_in, text, tokens, name) -> None:
    """`而梁` `孟松`, `后任` `利锋`: a function character glued to a surname goes back."""
    words = [t.text for t in nlp.make_doc(text)]
    assert tokens == words[words.index(tokens[0]) : words.index(tokens[0]) + 3]
    assert persons_in(text)[0] == name


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("他的后任李明已到岗。", "后任", id="a-name-after-the-word-stays-a-name"),
        pytest.param("前总监费嘉禾回归小鹏。", "回归", id="a-verb-keeps-its-last-character"),
        pytest.param("王教授将出任辉达首席科学家。", "出任", id="a-trigger-stays-whole"),
        pytest.param("前总监上官若溪加入百度。", "上官", id="a-compound-surname-stays-whole"),
        # name:left-edge-apart counter-examples: an everyday word, a dictionary word after the
        # character, a word after 起, a word holding a surname (称王).
        pytest.param("星河科技同时宣布裁员。", "同时", id="an-everyday-word-stays"),
        pytest.param("该公司中高端产品线由他负责。", "高端", id="a-word-after-the-character-stays"),
        pytest.param("这款产品撑起王牌业务。", "王牌", id="qi-before-a-word"),
        pytest.param("这家公司在市场上称王已久。", "称王", id="chengwang-is-a-word"),
    ],
)
def test_a_word_ending_in_a_surname_character_stays_whole(nlp, text: str, word: str) -> None:
    assert word in [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # jieba knows 马东 as a word and leaves 敏 alone; the kin word vouches for the name.
        pytest.param("韩立之妻马东敏(Minnie)回归百度。", "马东敏", id="after-zhiqi-before-a-bracket"),
        pytest.param("韩立的妻子马东敏出任百度顾问。", "马东敏", id="after-qizi"),
    ],
)
def test_a_word_for_a_relative_introduces_a_name(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)


def test_without_a_title_or_relative_a_lone_character_after_a_word_needs_a_predicate(persons_in) -> None:
    # `马东` `敏` before a bracket, with nothing before that vouches for a name.
    assert "马东敏" not in persons_in("报道说马东敏(Minnie)的消息不实。")


# ---------------------------------------------------------------- phrases that are no names

@pytest.mark.parametrize(
    "text",
    [
        pytest.param("他们愿意花更多时间研发。", id="hua-gengduo"),
        pytest.param("她在大学双主修经济和计算机。", id="shuang-zhuxiu"),
        pytest.param("公司官网显示他已离职。", id="guanwang-word-final-wang"),
        pytest.param("品牌高端化战略推进顺利。", id="gaoduanhua-word-final-hua"),
        pytest.param("高峰出现在上午十点。", id="frequent-name-word-without-a-move"),
        pytest.param("黄博士接受采访时表示满意。", id="form-of-address"),
        pytest.param("他此前任中国联通董事长。", id="trigger-ren-before-a-word"),
        pytest.param("公司高效率提升了产能。", id="word-with-no-name-characters"),
        pytest.param("包括驱动马达在内的部件都已国产化。", id="dictionary-word-tagged-as-a-name"),
        pytest.param("歌坛巨星的演唱会门票售罄。", id="dictionary-word-tagged-as-a-name-before-de"),
        pytest.param("我很荣幸加入团队。", id="after-a-degree-adverb"),
        pytest.param("第3季营运出现亏损。", id="measure-word-after-a-number"),
        pytest.param("通过沟通,丁终于理解了。", id="lone-surname-before-an-adverb"),
        pytest.param("王刚才加入小米。", id="given-word-ending-in-an-adverb"),
    ],
)
def test_a_phrase_is_no_name(persons_in, text: str) -> None:
    assert persons_in(text) == []


# ---------------------------------------------------------------- names jieba keeps as words

@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("昨天,李娜宣布离开阿里巴巴,加入字节跳动。", "李娜", id="frequent-name-before-a-move"),
        pytest.param("工程师李娜加入了腾讯。", "李娜", id="frequent-name-after-a-title"),
        pytest.param("苏志明加入了小米。", "苏志明", id="surname-word-then-given"),
        pytest.param("卢建华加入了小米。", "卢建华", id="given-name-is-a-common-word"),
        pytest.param("屈建国离开了网易。", "屈建国", id="surname-qu"),
        pytest.param("柳思远出任滴滴COO。", "柳思远", id="surname-liu-willow"),
        pytest.param("而李娜也加入了腾讯。", "李娜", id="after-a-conjunction"),
        pytest.param("邬然2021年加入了华为。", "邬然", id="date-between-name-and-trigger"),
        pytest.param("沈括加入阿里。", "沈括", id="weak-given-character-before-a-trigger"),
    ],
)
def test_a_name_jieba_reads_as_words(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)


def test_a_weak_name_needs_its_context(persons_in) -> None:
    """沈括 (括 is rare in names) is a name before a trigger, not inside a phrase."""
    assert persons_in("沈括加入阿里。") == ["沈括"]
    assert persons_in("书中提到沈括的名字。") == []
