"""What a Chinese personal name is: surnames, the characters a given name never holds,
how name-like a candidate must be (thresholds on given_names.name_score), and
`chinese_name`, the test the PERSON stage (persons.py) and the relation stage ask."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from talentflow.resources import given_names, jieba_dict, lexicon, patterns

_HAN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def not_given() -> frozenset[str]:
    """Characters that never stand in a given name in news prose; a token holding
    one is a phrase (`王说`, `高管们`), not a name (data/patterns.toml: not_given_chars)."""
    return frozenset(patterns.word_list("not_given_chars"))


@lru_cache(maxsize=1)
def given_opening() -> frozenset[str]:
    """name:grammar-middle. Characters of not_given that many given names open (为 in
    张为忠, 向 in 沈向洋, 和 in 王和平): as the first of two given characters they do not
    make the candidate a phrase (data/patterns.toml: given_opening_chars)."""
    return frozenset(patterns.word_list("given_opening_chars"))


@lru_cache(maxsize=1)
def given_closing() -> frozenset[str]:
    """name:grammar-end. Characters of not_given that given names end with after a clear
    given-name character (年 in 郑松年, 胡延年), in a name jieba read whole
    (data/patterns.toml: given_closing_chars)."""
    return frozenset(patterns.word_list("given_closing_chars"))


def opening_given(word: str) -> bool:
    """name:grammar-middle. Is the two-character token `word` a given name that opens with
    a grammar character of given_opening (`之光` in `总监` `甘` `之光`, `又新`)? Its second
    character must be a clear given-name character (GLUED_GIVEN_MIN) and no common surname
    (`和` `李`: two people); asked only after a title, where a name stands."""
    table = given_names.table()
    return (
        len(word) == 2
        and word[0] in given_opening()
        and word[1] not in not_given()
        and table.char_score(word[1]) >= GLUED_GIVEN_MIN
        and table.prior.get(word[1], -10.0) < COMMON_SURNAME_PRIOR
    )


def grammar_free(given: str, whole: bool) -> bool:
    """Does `given` hold no character of not_given where a name cannot have one? `仇牧之`
    read whole may end in 之, `郑松年` in 年 (given_closing); `为忠`, `向洋` may open with
    为, 向 (given_opening)."""
    if whole and given[-1] == "之":
        given = given[:-1]
    if whole and len(given) == 2 and given[1] in given_closing() and given_names.table().char_score(given[0]) >= GLUED_GIVEN_MIN:
        given = given[:-1]  # name:grammar-end
    if len(given) == 2 and given[0] in given_opening():
        if given_names.table().prior.get(given[1], -10.0) >= COMMON_SURNAME_PRIOR:
            return False  # `王和李`: two people
        given = given[1:]
    return not_given().isdisjoint(given)


@lru_cache(maxsize=1)
def anonymized() -> frozenset[str]:
    """Given names that stand for a withheld one (`王某`): data/patterns.toml anonymized_given."""
    return frozenset(patterns.word_list("anonymized_given"))


@lru_cache(maxsize=1)
def not_surname_tokens() -> frozenset[str]:
    """Function words jieba cuts off on their own: as a separate token they are
    grammar, not a surname (`和` in `Okafor和司马清远`, `将` in `将加入`)."""
    return frozenset(patterns.word_list("not_surname_tokens"))


@lru_cache(maxsize=1)
def grammar_openers() -> frozenset[str]:
    """First characters of grammar words (`已于`, `将在`, `曾任`): a word opening with one
    ends a transliteration (`大卫·霍尔顿|已于`); transliterations never start a part with them."""
    return frozenset(patterns.word_list("grammar_openers"))

# Characters that stand inside given names (周以宁, 仇牧之) but never end one there
# (尉迟朗|以, 李四|之妻); read whole by jieba a name may end in 之 (`仇牧之`), the last here.
NEVER_ENDS = "以而其之"

# How name-like a candidate must be (given_names.name_score: surname prior plus the
# given-name characters' log-odds). Ordinary names score above 0 (韩立明 +3.8, 张健
# +1.8), phrases read as names below -2.3 (车企 -3.7, 官网 -3.0, 花更多 -6.6); after
# a title or a compound surname the context vouches for the name, so only a string
# of plain grammar and vocabulary (智能化 -5) is refused.
NAME_MIN = -2.3
# -4.05, not -4.0: rebuilding given_name_chars.tsv when surnames are added moves scores by
# about 0.01, and a rare but plain name such as 芈书航 (-4.01) sits right at the line.
NAME_MIN_LENIENT = -4.05
# After a title AND right before a predicate (`前任院长邝立期转任`) two contexts vouch for
# the name: a rare surname with rare given characters (邝立期 -4.4) is read; a string of
# grammar (智能化 -5) still is not.
NAME_MIN_FRAMED = -4.8
# A candidate right before a predicate (a trigger, a cue, a frequent verb, a grammar
# character such as 还/已/将) stands where a subject stands, which vouches for it:
# `常程还担任` (-3.4) and `沈括加入` (-3.9), rare given characters, are names; a
# subject's place is no proof, so strings of grammar and vocabulary (花更多 -6.6,
# 高管层 -4.3) are still refused there.
NAME_MIN_SUBJECT = -4.05

# A two-character word of jieba's dictionary (tagged as a name, seldom seen) away
# from a predicate must read clearly as a name (丁磊 +2.1; 马达 +0.7, 巨星 -1.8).
KNOWN_WORD_NAME_MIN = 2.0
# A word jieba knows as a frequent name (李娜, but also 高峰) must read clearly as a
# name (李娜 +3.9; 巨星, 荣幸 below 0) …
FREQUENT_NAME_MIN = 1.0
# … and a given character jieba left alone after a surname-led word (`林子` `涵`)
# must be a clear given-name character (涵 +3.4, 明 +1.7; 里, 上 below 0).
GLUED_GIVEN_MIN = 1.0
# A character that is one of the hundred commonest surnames (prior above this: 王 0,
# 李 -0.05 … 龚 -1.8 at rank 99) after `X和` starts the next person (`王和李`), not a
# given name (name:grammar-middle).
COMMON_SURNAME_PRIOR = -1.8
# A two-character token opening with a function word that doubles as a rare surname
# (来台, 来沪; persons.py, name:function-word-pair) must read as a name away from a title.
FUNCTION_PAIR_NAME_MIN = 0.0


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    words = lexicon.word_list("surnames.txt")
    # Japanese surnames (`坂本幸雄`) read as compound ones; kept apart so that the
    # given-name statistics (build_name_chars.py) stay those of Chinese names.
    japanese = lexicon.word_list("japanese_surnames.txt")
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1) | frozenset(japanese)


def ordinary_words() -> jieba_dict.SortedWords:
    """Words that are vocabulary, not names: 高管, 任职, 服务, 智慧."""
    return jieba_dict.vocabulary()


def chinese_name(text: str, *, whole: bool = False, floor: float | Callable[[], float] = NAME_MIN, lenient: bool = False) -> bool:
    """Is `text` a plausible Chinese personal name (surname + 1–2 characters)?

    `whole`: jieba left it as one token, which it does not do to a name and the
    grammar word after it, so a given name may end in 之 (`仇牧之`).
    `floor`: the lowest name score accepted (NAME_MIN; lower where the context vouches
    for a name), or a function giving it, asked only when every other test passes (the
    PERSON stage reads it off the words after the candidate, and most candidates are
    vocabulary). `lenient`: a title or compound surname stands before it."""
    # Most words asked about are vocabulary (公司, 方面): that test comes first.
    if not 2 <= len(text) <= 4 or text in ordinary_words():
        return False
    single, compound = surnames()
    if text in compound:
        return False  # 尉迟 alone is the surname, not a person
    if text[:2] in compound and len(text) >= 3:
        given = text[2:]
    elif text[0] in single and len(text) <= 3:
        given = text[1:]
    else:
        return False
    # 以 and 之 stand inside names (周以宁) but do not end them (尉迟朗|以, 李四|之妻).
    return (
        given[-1] not in (NEVER_ENDS[:-1] if whole else NEVER_ENDS)
        and grammar_free(given, whole)
        and text not in _name_stopwords()
        and _HAN.fullmatch(text) is not None
        and given_names.table().name_score(text) >= (floor() if callable(floor) else floor)
        # `官网`, `高端化`: a character that ends words, not names; a title or compound
        # surname before it overrides that.
        and (lenient or text[-1] not in given_names.table().word_final)
        # name:single-given-end. `信中` (离职信中), `蔚小`: a one-character given name is also
        # the name's end, and 中, 小 end given names far more rarely than they stand
        # after a name (given_names end score below END_MIN: 中 -1.1, 小 -2.7; 伟 +4.9).
        # 某 (`王某`) is how news withholds a name: it ends names by convention.
        and (lenient or len(given) > 1 or given in anonymized() or given_names.table().end_score(given) >= given_names.END_MIN)
    )


def better_with_surname(surname: str, after: list[str], margin: float) -> bool:
    """Does a function-word surname and the one word `after` it (`于` `弘鼎`) read as a
    name at least `margin` better than the word alone (name:function-surname-better)?"""
    if not after or len(after[0]) != 2:
        return False
    table = given_names.table()
    return table.name_score(surname + after[0]) >= max(NAME_MIN, table.name_score(after[0]) + margin)


@lru_cache(maxsize=1)
def _name_stopwords() -> frozenset[str]:
    return frozenset(lexicon.word_list("name_stopwords.txt"))
