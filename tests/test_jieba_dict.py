"""jieba's own dictionary as vocabulary knowledge (pipeline/resources/jieba_dict.py)."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from talentflow.resources import jieba_dict


def test_the_dictionary_is_jiebas_dict_txt():
    path = Path(jieba_dict.dictionary_path())
    assert path.name == "dict.txt" and path.is_file()
    assert path.parent == Path(jieba.__file__).resolve().parent


def test_total_frequency_is_the_one_jieba_divides_by():
    # A private Tokenizer (STYLE.md 4: never the global one) computes its own total.
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    assert jieba_dict.total_frequency() == tokenizer.total > 0


@pytest.mark.parametrize(
    ("word", "vocabulary", "common"),
    [
        ("服务", True, True),  # frequent: an everyday word
        ("城市", True, True),
        ("清远", True, False),  # a place name and a given name: rare in jieba's corpus (44)
        ("宇航", False, False),  # tagged as a name (nr) and rare (179): a given name, not vocabulary
        ("韩立明", False, False),  # a name, not in the dictionary
        ("人工智能实验室", False, False),  # longer than four characters: not kept
    ],
)
def test_vocabulary_and_common_words(word, vocabulary, common):
    assert (word in jieba_dict.vocabulary(), word in jieba_dict.common_words()) == (vocabulary, common)


def test_a_word_tagged_as_a_name_is_vocabulary_only_when_frequent():
    # jieba tags 智慧 `nr` (a person's name), yet it is frequent: an ordinary word.
    assert "智慧" in jieba_dict.vocabulary()
    rare_names = [word for word in ("欧阳清", "司马文澜") if word in jieba_dict.vocabulary()]
    assert rare_names == []


def test_common_verbs_end_a_name_to_their_right():
    verbs = jieba_dict.common_verbs()
    assert {"宣布", "负责", "违反"} <= verbs
    assert not {"服务员", "城市", "清远"} & verbs


def test_starts_a_word():
    assert jieba_dict.starts_a_word("服")
    assert jieba_dict.starts_a_word("人工智")
    assert not jieba_dict.starts_a_word("韩立明")


def test_sorted_words_answers_membership_by_bisection():
    words = jieba_dict.SortedWords(sorted(["乙", "甲", "丙"]))
    assert "甲" in words and "乙" in words and "丙" in words
    assert "丁" not in words and "" not in words and "甲乙" not in words
    assert len(words) == 3
