"""Names that jieba's words cut across: the readings PersonFinder (persons.py) asks for
when a name's characters are not one surname token followed by given-name tokens.

- a name jieba knows as a frequent word (`李娜`, `高峰`), read as a name only where a
  title or a career move says so;
- surname and first given character glued into a word, the last left alone (`林子` `涵`);
- a given name that is an everyday word after a lone surname (`贺` `建国` `离开`);
- a compound surname cut apart, its second half glued to the given name (`闾` `丘言`).

A mixin: it reads the finder's word lists (not_given, surname_tokens, trigger_norms,
nouns, stop_norms, name_stopwords) and asks its boundary tests (_predicate_at,
_move_follows, _ends_before, _given).
"""

from __future__ import annotations

from talentflow.resources import given_names
from talentflow.components.chinese_names import (
    _HAN,
    FREQUENT_NAME_MIN,
    GLUED_GIVEN_MIN,
    NAME_MIN,
    NAME_MIN_LENIENT,
    NEVER_ENDS,
    chinese_name,
    given_opening,
    grammar_free,
    ordinary_words,
)


class WordNameReader:
    """Readings of a name across jieba's word boundaries (module docstring)."""

    def _frequent_name(self, norms: list[str], i: int, lenient: bool, dated: set[int]) -> bool:
        """`李娜` `宣布` `离开`: jieba knows some names as frequent words (李娜 438 times),
        next to words it tags as names just as often (高峰, 黎明). Such a token is a name
        after a title or right before a career move, when its characters read as a
        name (given_names score ≥ FREQUENT_NAME_MIN); `高峰` `出现` is not one."""
        word = norms[i]
        return (
            word not in self.name_stopwords
            and given_names.table().name_score(word) >= FREQUENT_NAME_MIN
            and (lenient or self._move_follows(norms, i + 1, dated))
        )

    def _word_then_given(self, norms: list[str], i: int, taken: set[int], dated: set[int], lenient: bool = False) -> bool:
        """`林子` `涵` `从`: jieba read the surname and the first given character as a word
        (林子, 苏志) and left the last one alone. Surname + both characters form the name
        when the last is a strong given-name character (GLUED_GIVEN_MIN: 涵, 明), the
        whole scores as a name, and a predicate follows, or a title or a word for a
        relative stands before (`之妻` `马东` `敏` `(`); `王府` `里` is no name."""
        end = i + 1
        if end >= len(norms) or end in taken or len(norms[end]) != 1:
            return False
        last = norms[end]
        table = given_names.table()
        never_ends = norms[i][-1] in NEVER_ENDS
        return (
            _HAN.fullmatch(last) is not None
            and norms[i] not in self.name_stopwords  # `今年夏天|刚|加入`: a season, no surname + given
            and last not in self.not_given
            # `刘以` `研`: 以 never ends a name, so the word cannot be one alone and the
            # character after it is its end, scored as any name (name:never-ends-there).
            and (table.char_score(last) >= GLUED_GIVEN_MIN or never_ends)
            and norms[i] + last not in ordinary_words()
            and table.name_score(norms[i] + last) >= (NAME_MIN_LENIENT if never_ends and lenient else NAME_MIN)
            and (lenient or self._predicate_at(norms, end + 1, dated))
            and not self._ends_before(norms, end)  # `方国` `亦` `将`: an adverb before its verb
        )

    def _word_given(self, norms: list[str], i: int, end: int, dated: set[int]) -> bool:
        """`贺` `建国` `离开`: a given name that is also an everyday word (建国, 宏伟, 建华)
        after a surname jieba left alone, right before a predicate. Each character
        must be a given-name character (given_names score ≥ 0) and the whole a
        plausible name; `高` `效率` `提升` is no name (效, 率 are no name characters)."""
        first, word = norms[i], norms[end]
        table = given_names.table()
        return (
            len(word) == 2
            and first in self.surname_tokens
            and first not in self.trigger_norms  # `任` `中国联通董事长`: the verb 任
            and word not in self.nouns  # `黄` `博士`: a form of address
            and word not in self.stop_norms
            and word not in self.name_stopwords
            and grammar_free(word, False)  # 和平 in `王` `和平`: name:grammar-middle
            and _HAN.fullmatch(word) is not None
            # 向 in `孙` `向阳` opens many names, however rare in them (name:grammar-middle).
            and min(table.char_score(ch) for ch in word[word[0] in given_opening() :]) >= 0
            and self._predicate_at(norms, end + 1, dated)
            and table.name_score(first + word) >= NAME_MIN
            # `王` `刚才` `加入`: a word ending in an adverb before a verb is no given name.
            and not self._ends_before(norms, end, last_of_word=True)
        )

    def _split_compound_end(self, norms: list[str], i: int, taken: set[int]) -> int:
        """`闾` `丘言`: jieba cut a compound surname apart and glued its second half to the
        given name. The tokens that spell surname + given name (three or four characters)
        are the name; a token after the surname's second half is read as after any
        compound surname (`_given`, leniently)."""
        text, end, best = norms[i], i + 1, i
        while (
            end < len(norms)
            and end not in taken
            and len(text) + len(norms[end]) <= 4
            and (end == i + 1 or self._given(norms[end], lenient=True))
        ):
            text += norms[end]
            end += 1
            if chinese_name(text, floor=NAME_MIN_LENIENT, lenient=True):
                best = end
        return best
