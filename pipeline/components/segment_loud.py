"""Which tokens the segmenter's rule chain may read (a part of JiebaSegmenter).

Most tokens meet no rule of `JiebaSegmenter._segment_piece`: after words no
rule reads as the token before, it appends them as they are. `LoudWords` tells
those apart by the word alone, so the segmenter appends runs of quiet tokens as
one slice and reads only the others and the tokens after them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentflow.components.segment_words import _LATIN_TOKEN
from talentflow.resources import jieba_dict

if TYPE_CHECKING:
    from talentflow.components.segment import JiebaSegmenter

_HAN = re.compile(r"[\u4e00-\u9fff]")


class LoudWords(dict[str, int]):
    """Word → the rules of _segment_piece's chain that may read it (0: none), a memo
    read in C (`map(words.__getitem__, tokens)`); it starts over past `limit` words.
    Every test is of the word alone, so a quiet word (0) is appended as it is after
    words quiet as out[-1] and out[-2].

    TOKEN: a rule may cut or glue the word as the token: it ends in a `plain_last`
    character or starts with a `plain_first` one (a capitalized word only when
    split_latin cuts it), or it is a lower-case letter, or it is a given name a word
    before may return its surname to (_return_surname: two characters, no dictionary
    word, a given-name score ≥ 0).
    PREV: a rule may act after it (out[-1]): two characters led by a surname (a
    one-character token goes to _push, which appends it after a known word), or
    ending in one that _lend_surname may lend (a function character first that is
    no given-name character …), or three or four characters led by a surname
    (_unglue_name, which leaves a word alone that is known, led by a compound
    surname, ended by no Chinese character or with no given-name character before
    its last).
    BEFORE: a rule may act two tokens after it (out[-2]): two characters led by a
    surname, no dictionary word (_give_back_given leaves the word after a dictionary
    word alone).
    """

    TOKEN, PREV, BEFORE = 1, 2, 4

    def __init__(self, segmenter: JiebaSegmenter, *, plain_first: frozenset[str], lower: frozenset[str], upper: frozenset[str], limit: int) -> None:
        super().__init__()
        self.segmenter, self.limit = segmenter, limit
        self.plain_first, self.lower, self.upper = plain_first, lower, upper

    def __missing__(self, word: str) -> int:
        segmenter = self.segmenter
        surnames, names, known = segmenter.surnames, segmenter.names, segmenter.backend.known
        size = len(word)
        code = 0
        if size < 2:
            code = self.TOKEN if word in self.lower else 0
        elif word[-1] in segmenter._plain_last:
            code = self.TOKEN
        elif word[0] in self.upper:
            # _place_word appends a capitalized word unless it splits it (`OpenAICTO`).
            if size >= 6 and _LATIN_TOKEN.fullmatch(word) and segmenter._split_latin(word) != [word]:
                code = self.TOKEN
        elif word[0] in self.plain_first:
            code = self.TOKEN
        if size == 2 and not jieba_dict.is_word(word) and names.given_score(word) >= 0 and all(map(_HAN.fullmatch, word)):
            code |= self.TOKEN  # a given name a word before may return its surname to (_return_surname)
        if size == 2 and word[0] in surnames and not jieba_dict.is_word(word):
            code |= self.BEFORE | self.PREV
        if size == 2 and word[0] in surnames and not known(word):
            code |= self.PREV
        if size == 2 and word[1] in surnames and segmenter._leads_name(word):
            code |= self.PREV  # what _lend_surname asks of the word alone
        if (
            size in (3, 4)
            and word[0] in surnames
            and not (word[:2] in surnames or known(word) or not _HAN.fullmatch(word[-1]) or names.char_score(word[-2]) <= 0)
        ):
            code |= self.PREV
        if size == 3 and word[0] in surnames and word not in jieba_dict.vocabulary():
            code |= self.PREV  # _verb_apart: `白帆离` `开`, a prefix of a dictionary word (name:right-edge-apart)
        if len(self) > self.limit:
            self.clear()
        self[word] = code
        return code
