"""Tests for talentflow.relations.coref's text search (the resolution rules are tested in test_moves.py)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from talentflow.relations.coref import occurrences

_TEXT = st.text(alphabet="AagrwlBbs张伟 '", max_size=30)
_PART = st.sampled_from(["Agarwal", "ag", "aa", "张伟", "Bob", "伟张"])


@given(part=_PART, text=_TEXT)
def test_occurrences_are_the_matches_of_the_literal(part, text):
    assert list(occurrences(part, text)) == [match.span() for match in re.finditer(re.escape(part), text)]


@given(part=_PART, text=_TEXT)
def test_whole_word_occurrences_stand_outside_longer_latin_words(part, text):
    literal = re.escape(part)
    pattern = rf"(?<![A-Za-z]){literal}(?![a-z])"
    assert list(occurrences(part, text, whole_word=True)) == [match.span() for match in re.finditer(pattern, text)]


def test_a_name_inside_a_longer_word_is_no_mention():
    text = "Rishabh Agarwal说,Bagarwal与Agarwals不是他;Agarwal's团队"
    assert [text[start:end] + text[end : end + 2] for start, end in occurrences("Agarwal", text, whole_word=True)] == [
        "Agarwal说,",
        "Agarwal's",
    ]


def _mentions(nlp, text: str) -> dict[str, str]:
    from talentflow.relations.coref import person_mentions

    return {mention.text: mention.key for mention in person_mentions(nlp(text))}


def test_a_surname_and_honorific_name_the_one_person_with_that_surname(nlp):
    assert _mentions(nlp, "港大教授黄振邦加盟商汤。黄博士2009年曾加入腾讯。")["黄博士"] == "黄振邦"


def test_a_surname_two_people_share_names_neither(nlp):
    assert "黄博士" not in _mentions(nlp, "港大教授黄振邦和黄思远加盟商汤。黄博士2009年曾加入腾讯。")


def test_a_spaced_dot_name_owns_its_later_surname_mention(nlp):
    # coref:spaced-dot: 36kr writes `马库斯 · 里德尔` with spaces around the dot.
    mentions = _mentions(nlp, "云帆机器人工程负责人马库斯 · 里德尔( Markus Riedel)宣布离职。里德尔此时离开,让新品多了变数。")
    assert mentions["里德尔"] == "马库斯 · 里德尔"


def test_a_latin_name_glued_after_a_chinese_name_is_the_same_person(nlp):
    # coref:glued-other-script
    mentions = _mentions(nlp, "郑若曦Clara Zheng是星河出行的创办人。2019年Clara Zheng离开云帆科技。")
    assert mentions["Clara Zheng"] == "郑若曦"


def test_a_latin_name_after_a_list_comma_is_another_person(nlp):
    mentions = _mentions(nlp, "郑若曦、Tom Baxter加入星河出行。")
    assert mentions.get("Tom Baxter") == "Tom Baxter"


def test_a_bracket_spelling_a_name_found_elsewhere_is_no_nickname(nlp):
    # coref:nickname-named: the name before the bracket is a person of the article.
    text = "德国老将韦斯特曼执掌星河汽车电动车业务。星河汽车宣布,聘请韦斯特曼(Jonas Westermann)出任策略长。"
    mentions = _mentions(nlp, text)
    assert len({key for form, key in mentions.items() if form in {"韦斯特曼", "Jonas Westermann"}}) == 1
