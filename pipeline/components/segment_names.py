"""The segmenter's repairs of names jieba cut or glued wrong (a part of JiebaSegmenter):
a dictionary word that took a name's last character gives it back (`冯兰` `建于` `2021年`
→ 冯兰建 / 于), an unknown name glued to the verb after it lets it go (`俞军做` → 俞军 /
做), a word that took a surname returns it (`元` `老李` `吴南` → 元老 / 李 / 吴南), a
function character glued to a surname lends it to the name (`而梁` `孟松` → 而 / 梁孟松).
The methods read the segmenter's tables (self.names, self.surnames, self.verbs …)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from talentflow.components.chinese_names import NAME_MIN, NAME_MIN_LENIENT
from talentflow.resources import jieba_dict, patterns

_HAN = re.compile(r"[\u4e00-\u9fff]+")
# Counts of people before 均 (`三人均已加入`): numerals, for `人均` cut after one.
_NUMERALS = frozenset("两二三四五六七八九十几")
# A preposition or conjunction of the sentence with the token after it (`于` `2021年`, `和` `王伟`).
_LENDS_GIVEN = patterns.rule("name-lends-given")
# `A和莉娜·福格尔`: the conjunctions of a list of names (patterns.toml conjunctions).
_CONJUNCTIONS = re.compile(r"[和与及]")
# How clearly surname + given name must read as a name before a function character
# glued to the surname gives it back (`后任` `利锋` → 后 / 任利锋: 任利锋 +2.0, 利锋
# alone -0.4), and by how much it must beat the given name read as a name of its own.
NAME_LENT_MIN = 1.0
# How clearly a character must read as a given name, and as a name's last character,
# to go back from a dictionary word to the name before it (`冯兰` `建于` → 冯兰建 / 于):
# 强 +0.46/+1.25, 建 +0.7/+0.6, 云 +2.8/+2.3; 现 (现在) -2.5.
GIVEN_BACK_MIN = 0.4
# name:given-back-wide. Where what follows claims the word's last character outright (于/自
# before a date, 将 before its verb, 和 before a title or name, `建三人`: a count of people),
# a character plainly in names (天 +0.34/+0.23, 国 0.0/+1.0) goes back to an unknown name
# that reads as one (NAME_MIN: `唐艳` `天将` `出任` → 唐艳天 / 将: 2.3; `谭国` `建三人`: -0.7); an
# adverb (正, 先, 才: `李明` `先于` `2020年`) keeps its word, and so does a character that
# seldom ends names (一 -1.9: `王平` `一直`).
GIVEN_BACK_WIDE_MIN = 0.0
NAME_LENT_MARGIN = 1.0
# How clearly a character must read as a given name to go back to a compound surname's
# name from the word after it (name:compound-given-back): 言 +0.26, 行 -0.15 (万俟景行);
# a compound surname leaves its name a second character more often than a single one.
COMPOUND_GIVEN_MIN = -0.5
# 先生 and 女士 cut after their first character: (second half, first half).
_HONORIFIC_HALVES = (("生", "先"), ("士", "女"))
# 先生 and 女士 whole, as jieba glues one character before them (`梁先生`).
_HONORIFICS = ("先生", "女士")
# What ends a clause (name:he-given reads up to it for a 的).
_CLAUSE_ENDS = frozenset(",，。;；:：!！?？\n")


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Two-character time words (月中, 月底, 年初: patterns.toml time_openers)."""
    return frozenset(w for w in patterns.word_list("time_openers") if len(w) == 2)


class NameRepairs:
    """Name repairs of the token list being built (`out`), mixed into JiebaSegmenter."""

    def _honorific_apart(self, out: list[str], first: int) -> None:
        """`梁某先` `生`, `章某女` `士`: the HMM glued the first character of 先生/女士 to
        the name before it; the form of address goes whole (then name:honorific ends the name).
        name:honorific-given: `董事` `韦建` `华先生`: the dictionary read 华先生 (Mr Hua), but
        a two-character piece no dictionary knows, opening with a surname, stands before
        it; the character is the name's last, and 先生 goes alone (韦建华 / 先生).
        `董事长` `王先生`, `公司` `李女士`: a word comes first, the surname is Mr Wang's."""
        for tail, head in _HONORIFIC_HALVES:
            at = first
            while tail in out[at + 1 :]:
                at = out.index(tail, at + 1)
                name = out[at - 1]
                if len(name) >= 3 and name[-1] == head and name[0] in self.surnames:
                    out[at - 1], out[at] = name[:-1], head + tail
        for at in range(max(first, 1), len(out)):
            word, before = out[at], out[at - 1]
            if (
                len(word) == 3
                and word[1:] in _HONORIFICS
                and len(before) == 2
                and before[0] in self.surnames
                and _HAN.fullmatch(before)
                and not jieba_dict.is_word(before)
                and self.names.char_score(word[0]) > 0
            ):
                out[at : at + 1] = [word[0], word[1:]]

    def _all_apart(self, tokens):
        """name:all-apart (and name:adverb-apart below). `罗杰` `毅均` `已`, `布罗克` `曼均`, `毛冰三` `人均` `已`: 均 (all)
        closes a list of names (`A、B和C均已离开`), and the HMM glued it to the name before
        it, or the dictionary read `人均` (per head) across a count (`三人` `均`). 均 goes
        alone after a run of characters no dictionary knows, and `人均` after a numeral
        gives 人 back to the count. `平均`, `人均收入` are words and stay."""
        surnames = self.surnames
        if "均" not in "".join(tokens) and not any(len(token) == 2 and token in surnames for token in tokens):
            return tokens  # no 均 and no compound surname: nothing to take apart (most pieces)
        out: list[str] = []
        known = self.backend.known
        for k, token in enumerate(tokens):
            if len(token) > 1 and token[-1] == "均" and not known(token) and _HAN.fullmatch(token):
                out.extend((token[:-1], "均"))
            elif len(token) == 2 and out and out[-1] in self.surnames and self._adverb_after_given(token, out, tokens[k + 1] if k + 1 < len(tokens) else ""):
                out.extend(token)
            elif token == "人均" and out and out[-1][-1] in _NUMERALS:
                count = out.pop()
                if len(count) > 1:
                    out.append(count[:-1])
                out.extend((count[-1] + "人", "均"))
            else:
                out.append(token)
        return out

    def _compound_given_back(self, tokens):
        """name:compound-given-back. `宰父嘉` `言辞` `去`, `万俟` `景` `行为` `该行`: after a
        compound surname and one given character, a dictionary word took the second; its
        last character belongs with what follows (辞去 a move verb, 为 before the post: `_lent`), so
        the first goes back to the name (宰父嘉言 / 辞去, 万俟 / 景行 / 为). `欧阳` `明` `行业`
        keeps its word: nothing after it claims 业."""
        surnames, known = self.surnames, self.backend.known
        if not any(len(token) in (2, 3) and token[:2] in surnames for token in tokens):
            return tokens  # most pieces: no compound surname
        tokens = list(tokens)
        for k in range(len(tokens) - 1):
            token, word = tokens[k], tokens[k + 1]
            following = tokens[k + 2] if k + 2 < len(tokens) else ""
            if len(word) == 2 and known(word) and self._compound_given(tokens, k, word, following):
                # `言辞` `去了` → 辞去 / 了: the character makes the verb with what follows.
                verb = word[1] + following[:1]
                if following and (verb in self.triggers or len(following) == 1 and jieba_dict.is_word(verb)):
                    tokens[k : k + 3] = [token + word[0], verb, following[1:]]
                else:
                    tokens[k : k + 2] = [token + word[0], word[1]]
        return [token for token in tokens if token]

    def _he_given_apart(self, out: list[str], first: int) -> None:
        """name:he-given. `殷曦` `和` `加入`, `钟庆` `和` `因`: 和 after a two-character name no
        dictionary knows, before a move verb or an adverb or preposition that opens a
        predicate (patterns.toml he_given_openers), joins no list (a list goes on with a
        name) nor a clause describing the next name (`和来自星河的韩立`: _relative_after);
        it is the name's last character (殷曦和). `殷曦` `和` `韩立` `加入` is a list;
        a three-character name keeps 和 out (`韩立明` `和` `已离职的…`)."""
        at = first + 1
        while at < len(out) - 1:
            if out[at] == "和" and self._he_given(out[at - 1], out[at + 1]) and not self._relative_after(out, at + 1):
                out[at - 1 : at + 1] = [out[at - 1] + "和"]
            at += 1

    @staticmethod
    def _relative_after(out: list[str], start: int) -> bool:
        """`江艳` `和` `来自` `智谱` `的` `孙昊`, `韩立` `和` `已` `离职` `的` `苗澍`: a 的 before the
        clause ends makes what follows 和 a clause describing the next name of the list."""
        for token in out[start:]:
            if token == "的":
                return True
            if token in _CLAUSE_ENDS:
                return False
        return False

    def _he_given(self, token: str, following: str) -> bool:
        """name:he-given (see _he_given_apart)."""
        return (
            len(token) == 2
            and token[0] in self.surnames
            and _HAN.fullmatch(token) is not None
            and not self.backend.known(token)
            and (following in self.triggers or following[:1] in self.he_openers)
            and self.names.name_score(token) >= NAME_LENT_MIN
        )

    def _compound_given(self, tokens: list[str], k: int, word: str, following: str) -> bool:
        """name:compound-given-back (see _compound_given_back): `宰父嘉` or `万俟` `景` before `word`."""
        token = tokens[k]
        if len(token) == 3 and token[:2] in self.surnames:  # jieba knows some names (上官云)
            name = token
        elif len(token) == 1 and k and len(tokens[k - 1]) == 2 and tokens[k - 1] in self.surnames:
            name = tokens[k - 1] + token
        else:
            return False
        names = self.names
        return (
            _HAN.fullmatch(name) is not None
            and names.char_score(word[0]) > COMPOUND_GIVEN_MIN
            and names.end_score(word[0]) > 0
            and names.name_score(name + word[0]) >= 0
            and (self._lent(word[1], following) or word[1] + following[:1] in self.triggers)
        )

    def _adverb_after_given(self, token: str, out: list[str], following: str) -> bool:
        """name:adverb-apart. `欧阳` `志确` `已于`: after a compound surname the HMM glued a
        one-character given name to the adverb after it (确, 亦, 仍 before 已, 将, 在).
        When the token is no word, its first character reads as a given name and its
        last is an adverb before a predicate (given_names.ends_before), both go alone
        (`欧阳` `志` `确` `已于`); `欧阳` `志强` `已于` keeps its name."""
        names = self.names
        return (
            len(token) == 2
            and len(out[-1:]) == 1
            and len(out[-1]) == 2
            and out[-1] in self.surnames
            and token[1] in names.adverbs
            and not self.backend.known(token)
            and names.char_score(token[0]) > 0
            and names.ends_before(token[1], verb_follows=following in self.verbs or names.opens_predicate(following), trigger=False)
        )

    def _conjunction_apart(self, tokens):
        """name:conjunction-apart. `Noah Brennan` `和莉娜` `·` `福格尔`, `苏玉` `一和莉娜` `·`:
        the HMM glued the conjunction of a list (和, 与, 及) and what stood before it to
        the first part of a transliterated name. When what follows the conjunction is
        spelled in sound characters only, the conjunction goes alone: `和` `莉娜`."""
        tokens = list(tokens)
        sounds = self.sound_chars
        known = self.backend.known
        for dot in reversed(list(compress(range(len(tokens)), map("·".__eq__, tokens)))):
            word = tokens[dot - 1] if dot else ""
            found = _CONJUNCTIONS.search(word) if len(word) > 2 and not known(word) else None
            rest = word[found.end() :] if found else ""
            if len(rest) >= 2 and all(ch in sounds for ch in rest):
                tokens[dot - 1 : dot] = [piece for piece in (word[: found.start()], found.group(), rest) if piece]
        return tokens

    def _give_back_given(self, token: str, out: list[str]) -> None:
        """`冯兰` `建于` `2021年`: a dictionary word (建于, 云从, 永和) took the last given
        character of the unknown name before it. When the word's last character reads as
        a preposition or conjunction of the sentence with `token` after it (patterns.toml
        `name-lends-given`: 于 before a date, 从 before a place, 和 before a name) and the
        name with the character reads clearly as one (NAME_LENT_MIN; the character a
        given-name character that ends names), the character goes back: `冯兰建` `于`.
        Or the word's last character makes a word with a one-character `token` (`张超`
        `明早` `年` → 早年). `王芳` `正在`, `刘洋` `现在` keep their words: nothing
        after them claims 在, and 现 is no given-name character."""
        name, word = out[-2], out[-1]
        names = self.names
        if (
            len(name) != 2
            or name[0] not in self.surnames
            or jieba_dict.is_word(name)
            or name in self.surnames  # `巫马` `清越` `离职`: a compound surname's given name (name:compound-given-back)
            or word in self.triggers
            # `冯梅` `刚刚` `加入`: a whole adverb keeps its first half (patterns.toml whole_adverbs).
            or word in self.whole_adverbs
            or names.char_score(word[0]) < GIVEN_BACK_WIDE_MIN
            # `秦鑫` `一自` `2020年`, `范思` `一等` `人`: a date's preposition or 等人 claims the last
            # character outright, and then a character seldom ending names (一) goes back too.
            or (names.end_score(word[0]) < GIVEN_BACK_WIDE_MIN and not self._claimed(word, token))
            or names.name_score(name + word[0]) < NAME_MIN
        ):
            return
        if len(word) == 3:
            if self._counted(word[1:]) and word[0] not in names.adverbs:
                out[-2:] = [name + word[0], word[1:]]  # `谭国` `建三人` → 谭国建 / 三人 (name:given-back-wide)
            return
        wide = names.char_score(word[0]) < GIVEN_BACK_MIN or names.end_score(word[0]) < GIVEN_BACK_MIN or names.name_score(name + word[0]) < NAME_LENT_MIN
        if (wide and word[0] in names.adverbs) or not self._lent(word[1], token, strong=wide):
            return
        out[-2:] = [name + word[0], word[1]]

    def _lent(self, last: str, token: str, *, strong: bool = False) -> bool:
        """Does `last` (a word's last character) belong with `token` after it rather than
        with the word: a preposition or conjunction (name-lends-given), or the first
        character of a word with the token (`明早` `年` → 早年, `立现` `为` → 现为), or an
        adverb before its predicate (`健均` `已`)? `strong`: the character goes back on the
        clearest claims only (name:given-back-wide): a preposition before a date, 和/与 before
        a name or a title, an adverb before its verb, 等 before 人."""
        if token in self.aspect_markers:
            return True  # `韩立` `明带` `着`: 带 is the verb 着 follows (name:verb-before-aspect)
        if last in self.lending:
            if strong and last not in self.date_prepositions and last not in "和与":
                return False
            return bool(_LENDS_GIVEN.match(last + token)) and (
                last not in "和与" or token[:1] in self.surnames or token in self.title_openers
            )
        if last + token in self.list_enders:
            return True  # `范思` `一等` `人`: 等人 closes the list of names
        if strong and last not in self.names.adverbs:
            return False
        if last in self.names.adverbs and (self.names.opens_predicate(token) or token in self.verbs or token in self.triggers):
            return True  # `唐波` `健均` `已`: an adverb before its predicate
        return len(token) == 1 and jieba_dict.is_word(last + token)

    def _given_then_preposition(self, token: str, out: list[str], first: int) -> bool:
        """`冯` `华以`, `龙静` `博以`, `秦欣永以` before `合伙人身份`: a given name and the preposition
        after it glued; the preposition stands alone. Not `周以` `恒` (以 inside a name:
        no lone surname before, and the word is no whole name)."""
        if len(token) == 2 and len(out) > first and out[-1] in self.surnames:
            out.extend(token)
            return True
        before = out[-1] if len(out) > first else ""
        if (
            len(token) == 2
            and len(before) == 2
            and before[0] in self.surnames
            and not jieba_dict.is_word(before)
            and self.names.name_score(before + token[0]) >= 0
        ):
            # `龙静` `博以`: the given name's last character went to the preposition.
            out[-1] = before + token[0]
            out.append(token[1])
            return True
        if len(token) in (3, 4) and token[0] in self.surnames and not self.backend.known(token) and self.names.name_score(token[:-1]) >= 0:
            out.extend((token[:-1], token[-1]))
            return True
        return False

    def _unglue_name(self, following: str, out: list[str], *, before_time: bool = False) -> None:
        """`俞军做` `顾问`: the HMM glued an unknown two-character name to the verb or
        adverb after it. The last character, a function word or verb, is split off when
        it ends given names far more rarely than it stands alone (做, 拟), or somewhat
        more rarely (才, 任) and it is a trigger (`陈涛任` `CTO`) or an adverb before
        the verb `following` (given_names.ends_before). Three-character names keep a
        name-like last character (`韩立明` `加入`, `冯佳时` `主导`); so does a four-character
        token, a three-character name and what follows (`杨浩秀现` `为`).
        `before_time`: a time expression follows the token (name:preposition-before-date)."""
        word = out[-1]
        last = word[-1]
        if word[:2] in self.surnames or self.backend.known(word) or not _HAN.fullmatch(last):
            return
        if following in self.aspect_markers and len(word) >= 3 and self.names.name_score(word[:-1]) >= NAME_MIN_LENIENT:
            out[-1] = word[:-1]  # `江艳带` `着`: 着 follows a verb, never a name (name:verb-before-aspect)
            out.append(last)
            return
        if len(word) >= 3 and last + following in _time_words() and self.names.name_score(word[:-1]) >= NAME_MIN_LENIENT:
            # name:time-word-apart. `殷泽宇月` `中` `离职`: the HMM glued the first character of a
            # time word (月中, 月底, 年初) to the name before it; it goes to the time word.
            out[-1] = word[:-1]
            out.append(last)
            return
        if before_time and self._preposition_before_date(word):
            out[-1] = word[:-1]
            out.append(last)
            return
        if self.names.char_score(word[-2]) <= 0:
            return  # no given name before it (`高管层`)
        # `石华均` `已` `从`: an adverb before more adverbs or a preposition modifies a predicate too.
        verb_follows = following in self.verbs or self.names.opens_predicate(following)
        if self.names.ends_before(last, verb_follows=verb_follows, trigger=last in self.triggers):
            out[-1] = word[:-1]
            out.append(last)

    def _preposition_before_date(self, word: str) -> bool:
        """name:preposition-before-date. `张伟自` `2019年`, `林晨华自` `去年`: the HMM glued
        a preposition (自, 于, 从: given_names' prepositions, patterns.toml
        date_prepositions) to the unknown name before a time expression; a time
        expression is that preposition's object, so the character leaves the name when
        the rest reads as a name (given_names score ≥ 0). Not `李自` alone (a one-character
        given name keeps it: two characters are the least a name keeps)."""
        last = word[-1]
        return (
            len(word) >= 3
            and last in self.date_prepositions
            and self.names.name_score(word[:-1]) >= NAME_MIN_LENIENT
        )

    def _return_surname(self, token: str, out: list[str]) -> None:
        """`元` `老李` `吴南`: a word (老李) took the surname of the unknown given name
        after it (吴南) and left its own first character (元) alone. When that character
        and the word's first make a word (元老) and surname + `token` read as a name
        (given_names), the surname goes back: `元老` `李` `吴南`, for persons.py to
        read 李吴南."""
        word, before = out[-1], out[-2]
        surname = word[1]
        # Cheapest tests first: most words ending in a surname character (公司) are
        # followed by no given name.
        if (
            self.names.given_score(token) < 0
            or self.names.name_score(surname + token) < 0
            or not all(map(_HAN.fullmatch, token))
            or jieba_dict.is_word(token)
            or not jieba_dict.is_word(before + word[0])
        ):
            return
        out[-2] = before + word[0]
        out[-1] = surname
