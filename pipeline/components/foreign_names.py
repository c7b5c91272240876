"""Foreign names for the PERSON stage: transliterations joined by a middle dot
(`萨姆·奥尔特曼`), and capitalized Latin names (`Avi Verma`, `J. Smith`, glued `NoahPerez`)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, pairwise

from talentflow.resources import lexicon, patterns
from talentflow.text.textnorm import unaccented
from talentflow.components.chinese_names import _HAN
from talentflow.components.tokenlists import positions_starting

_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# `NoahPerez` as the segmenter leaves a glued name: two or three humps.
_GLUED_NAME = re.compile(r"(?:[A-Z][a-z]+){2,3}")
_HUMP = re.compile(r"[A-Z][a-z]+")
# The letters a Latin name word can start with once unaccented (`Á` in `Álvaro`):
# a token starting with any other character opens no Latin name. All stand
# below U+0250, where accented Latin ends.
_CAPITALS = frozenset(ch for ch in map(chr, range(0x250)) if "A" <= unaccented(ch) <= "Z")
# The longest part of a transliterated name before its dot (`克里斯托弗`).
_MAX_TRANSLITERATED_PART = 6

# A transliteration written without its dot, in characters: at least this long after
# a title (`首席执行官阿尔特曼`), in a move frame (`杰夫迪恩离开谷歌`), and at most.
_BARE_AFTER_TITLE, _BARE_IN_FRAME, _BARE_LONGEST = 3, 4, 10
# How far the move verb may stand after a bare transliteration (`萨姆奥尔特曼已正式加入`).
_BARE_VERB_REACH = 3
# How far a move verb may stand after a name of initials (`A.J. Kumar博士已正式加入`),
# and what ends the search: a clause's end, or 的 (`J.P. Morgan的分析师加入`).
_VERB_REACH = 14
_CLAUSE_ENDS = frozenset(",，。;；:：!！?？的")
# How far a move verb may stand after a glued name with no title (`NoahPerez在X上宣布离职`).
_GLUED_VERB_REACH = 6
# What closes a verb's object (name:latin-org-object): the clause's end.
_OBJECT_CLOSES = frozenset(",，。;；!！?？、")

Pair = tuple[int, int]  # (start, end) token indices of a name


@lru_cache(maxsize=1)
def _list_marks() -> frozenset[str]:
    """Between two items of a list of names, as the segmenter leaves it (`TessaLund|和|闻立峰`)."""
    return frozenset(patterns.word_list("conjunctions"))


@lru_cache(maxsize=1)
def _org_object_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs whose object is an employer, and what may follow that object (name:latin-org-object)."""
    return frozenset(patterns.word_list("latin_org_verbs")), frozenset(patterns.word_list("after_object_name"))


@lru_cache(maxsize=1)
def _surname_prefixes() -> frozenset[str]:
    return frozenset(patterns.word_list("latin_surname_prefixes"))


def _capitalized(texts: list[str]) -> list[int]:
    """The tokens that start with a capital letter."""
    return positions_starting(texts, _CAPITALS)


class ForeignNameFinder:
    """The PERSON stage's foreign names (PersonFinder's part): the finder sets
    `stop_norms` (triggers, cues, titles), `common` (jieba's common words),
    `latin_stopwords`, `not_given` and `grammar_openers`, which end a name,
    `latin_particles` (`van der`) and `latin_abbreviations` (`U.S.`)."""

    def _transliterations(self, norms: list[str], titled: set[int], taken: set[int]) -> list[Pair]:
        n = len(norms)
        if "·" not in norms:
            return []
        spans: list[Pair] = []
        for i in list(compress(range(n), map("·".__eq__, norms))):
            if i == 0 or i in taken:
                continue
            left = i - 1
            # `安德烈 · 卡帕斯`: compact text may set the dot between spaces.
            while left > 0 and not norms[left].strip():
                left -= 1
            if not _HAN.fullmatch(norms[left]) or left in taken:
                continue
            # `马蒂亚|斯·科赫`: jieba may cut the first part, whose pieces are no words.
            # A piece so added is spelled in sound characters (name:translit-left-sound):
            # `得力副手|诺亚·卡特`, `质检员|马丁·罗斯` keep the title word out. Right after a
            # title a piece may be a word too (`联合创始人|伊尔|亚·…`: name:translit-after-title).
            while (
                left > 0
                and left - 1 not in taken
                and len("".join(norms[left - 1 : i])) <= _MAX_TRANSLITERATED_PART
                and (self._transliterated(norms[left - 1]) or left - 1 in titled and self._between_dots(norms[left - 1]))
                and self._sound_piece(norms[left - 1], self.sound_chars)
            ):
                left -= 1
            # `让-吕克·莫罗`: a hyphenated first name, each part transliterated.
            while left > 1 and norms[left - 1] == "-" and left - 2 not in taken and self._transliterated(norms[left - 2]):
                left -= 2
            first = i + 1
            while first < n and not norms[first].strip():
                first += 1
            end = first
            # `约翰·保罗·里维拉`: a piece between two dots is a part of the name even
            # when it is also a word (保罗).
            # `约翰·舒尔曼|均|已`: 均 after a list of names closes it, no part of the last
            # (patterns.toml list_closers; name:translit-list-closer).
            while end < n and end not in taken and (
                self._transliterated(norms[end]) and (end == first or norms[end] not in self.list_closers)
                or end < n - 1 and norms[end + 1] == "·" and self._between_dots(norms[end])
            ):
                end += 1
                if end < n - 1 and norms[end] == "·":
                    end += 1
            if end > first and not any(start <= left < stop for start, stop in spans):
                spans.append((left, end))
        return spans

    def _bare_transliterations(self, norms: list[str], titled: set[int], taken: set[int]) -> list[Pair]:
        """A foreign name written by sound without its dot (`萨姆奥尔特曼`): a run of
        pieces, each all transliteration characters, one at least no dictionary word, read as a
        name after a title (`首席执行官阿尔特曼被…解雇`) or before a move verb close
        by (`杰夫迪恩离开谷歌`), never elsewhere (`澳大利亚加入` is a word) nor after a
        word for a place (`在库比蒂诺担任`)."""
        sounds = self.sound_chars
        spans: list[Pair] = []
        i, n = 0, len(norms)
        # Most tokens open no run: only those starting with a transliteration character
        # are looked at (found in C), the others are stepped over.
        for opener in positions_starting(norms, sounds):
            if opener < i:
                continue  # inside the run read last
            i = opener
            if i in taken:
                continue
            end = i
            while end < n and end not in taken and self._sound_piece(norms[end], sounds):
                end += 1
            if end == i:
                continue
            # `托马斯|林|奎斯特`: a dictionary word may open the name (a first name
            # jieba knows), but one piece at least must be no word (`澳大利亚` is one).
            if not any(len(norm) > 1 and norm not in self.common for norm in norms[i:end]):
                i = end
                continue
            length = sum(map(len, norms[i:end]))
            if length <= _BARE_LONGEST and (i == 0 or norms[i - 1] not in self.place_preps) and (
                i in titled and length >= _BARE_AFTER_TITLE or length >= _BARE_IN_FRAME and self._verb_follows(norms, end, _BARE_VERB_REACH)
            ):
                spans.append((i, end))
            i = end
        return spans

    def _sound_piece(self, word: str, sounds: frozenset[str]) -> bool:
        return word[0] in sounds and all(ch in sounds for ch in word) and word not in self.stop_norms

    def _between_dots(self, word: str) -> bool:
        """A common word may stand between two dots (`约翰·保罗·里维拉`), not grammar or a trigger."""
        return _HAN.fullmatch(word) is not None and word not in self.stop_norms and word[0] not in self.grammar_openers

    def _transliterated(self, word: str) -> bool:
        """Can `word` be a piece of a transliterated name? A common word, a
        trigger or title, or grammar ends the name (`约翰·皮布尔斯|获得`)."""
        return (
            _HAN.fullmatch(word) is not None
            and word not in self.stop_norms
            and not (len(word) == 1 and word in self.not_given)
            and word[0] not in self.grammar_openers
            and word not in self.common
        )

    def _latin(self, texts: list[str], norms: list[str], starts: list[int], titled: set[int], taken: set[int]) -> list[Pair]:
        self._glued_ruled: dict[Pair, str] = {}
        capitalized = [i for i in _capitalized(texts) if i not in taken]
        # Free tokens only: a run of name words stops at an entity.
        name_words = {i for i in capitalized if _LATIN_NAME_WORD.fullmatch(unaccented(texts[i]))}
        spans: list[Pair] = []
        following = 0  # the first token after the last name found
        for i in capitalized:
            if i < following:
                continue
            # `CTO MarcoVell`: compact text may still set a space after the title.
            if (i in titled or i - 1 in titled and texts[i - 1] == " ") and self._glued_name(texts[i]):
                spans.append((i, i + 1))
                following = i + 1
                continue
            if self._glued_name(texts[i]) and self._glued_mover(texts, norms, i, titled):
                spans.append((i, i + 1))  # `核心成员NoahPerez宣布离职` (name:glued-before-move)
                self._glued_ruled[(i, i + 1)] = "name:glued-before-move"
                following = i + 1
                continue
            initial = self._after_initial(texts, norms, name_words, i, i in titled)
            if initial:
                spans.append((i, initial))
                following = initial
                continue
            words = self._name_words(texts, name_words, i)
            glued = any(starts[a - 1] + len(texts[a - 1]) == starts[b] for (_, a), (b, _) in pairwise(words))
            # `NoahPerez` glued is a name only where a title introduces it
            # (`Anthropic工程师NoahPerez`); `CyberOne` after 小米 is a product.
            if 2 <= len(words) <= 3 and (i in titled or not glued) and not self._org_object(norms, i, words[-1][1]):
                spans.append((i, words[-1][1]))
                following = words[-1][1]
        return spans

    def _glued_mover(self, texts: list[str], norms: list[str], start: int, titled: set[int]) -> bool:
        """name:glued-before-move. `核心成员NoahPerez在X上宣布离职`, `由NoahPerez接任`: a glued
        name with no title before it is read where a move of its own follows within its
        clause (a trigger whose subject is the person: no hire or fire, whose subject is a
        firm). Not after a word that places a firm (`从StarCloud离职`, `加入StarCloud`),
        nor across a title (`StarCloud研究员韩立明离职`: the title's holder moves), nor a
        surname with an inner capital (`LeCun`) or the last word of a longer name."""
        if start > 0 and (norms[start - 1] in self.place_preps or norms[start - 1] in _org_object_words()[0]):
            return False
        if _HUMP.match(texts[start]).group() in _surname_prefixes() or (start > 1 and texts[start - 1] == " " and texts[start - 2][:1].isupper()):
            return False  # `Yann LeCun`: one surname with an inner capital, after a first name
        for k in range(start + 1, min(start + 1 + _GLUED_VERB_REACH, len(norms))):
            if norms[k] in _CLAUSE_ENDS or k + 1 in titled:
                return False
            if norms[k] in self.mover_verbs:
                return True
        return False

    def _org_object(self, norms: list[str], start: int, end: int) -> bool:
        """`加入了 Lumen Vista,担任…`: a capitalized run that is the whole object of a verb
        that takes an employer (patterns.toml `latin_org_verbs`), closing its clause or
        followed by a post verb, names an organization, not a person
        (name:latin-org-object); `加入 Avi Verma 的团队` keeps the person."""
        k = start - 1
        while k > 0 and (not norms[k].strip() or norms[k] == "了"):
            k -= 1
        verbs, followers = _org_object_words()
        if k < 0 or norms[k] not in verbs:
            return False
        while end < len(norms) and not norms[end].strip():
            end += 1
        return end == len(norms) or norms[end] in _OBJECT_CLOSES or norms[end] in followers

    def _after_initial(self, texts: list[str], norms: list[str], name_words: set[int], i: int, titled: bool) -> int:
        """`J. Smith`, `研究员J.R. Okafor`: initials, each a capital and a dot, then one or
        two name words; the end of the name, or 0. Two initials or more only after a
        title or before a move verb; not after a Latin word or number, and not when a
        stopword follows (`A. The`)."""
        n = len(texts)
        if len(texts[i]) != 1 or i + 1 >= n or texts[i + 1] != "." or (i > 0 and texts[i - 1][-1:].isascii() and (texts[i - 1][-1:].isalnum() or texts[i - 1][-1:] in ".-&")):
            return 0
        j, letters = i, ""
        while j + 1 < n and len(texts[j]) == 1 and "A" <= texts[j] <= "Z" and texts[j + 1] == ".":
            letters += texts[j]
            j += 2
            if j < n and texts[j] == " ":
                j += 1
        words = self._name_words(texts, name_words, j)
        end = words[-1][1] if 1 <= len(words) <= 2 else 0
        # `A.J. Kumar博士已加入联想` opens a name before a move verb of its clause;
        # without a title or the verb, initials are a firm's (`J.P. Morgan`) or an
        # abbreviation (`U.S. Steel`).
        if len(letters) > 1 and not titled and (letters in self.latin_abbreviations or not self._verb_follows(norms, end)):
            return 0
        return end

    def _verb_follows(self, norms: list[str], k: int, reach: int = _VERB_REACH) -> bool:
        """A move verb within a few tokens from k, before a comma or 的 (`博士已加入`, `、Ines Duarte和…均已离职`)."""
        for norm in norms[k : k + reach]:
            if norm in self.trigger_norms:
                return True
            if norm in _CLAUSE_ENDS:
                return False
        return False

    def _glued_again(self, texts: list[str], found: list[Pair], taken: set[int]) -> list[Pair]:
        """Glued names (`MarcoVell`) read without a title before them (name:glued-again):
        the same token as a glued name found elsewhere in the article (`CTO MarcoVell…`,
        then `确认了MarcoVell的离开`), or an item coordinated with a name found
        (`两位早期员工TessaLund和闻立峰`, `林若溪、TessaLund`): the list vouches for it."""
        inside = taken.union(*(range(a, b) for a, b in found))
        known = {texts[a] for a, b in found if b == a + 1 and self._glued_name(texts[a])}
        starts, ends = {a for a, _ in found}, {b for _, b in found}
        out: list[Pair] = []
        marks = _list_marks()
        for i in _capitalized(texts):
            if i in inside or not self._glued_name(texts[i]):
                continue
            before = i >= 2 and texts[i - 1] in marks and i - 1 in ends
            after = i + 2 < len(texts) and texts[i + 1] in marks and i + 2 in starts
            if texts[i] in known or before or after:
                out.append((i, i + 1))
        return out

    def _glued_name(self, text: str) -> bool:
        return bool(_GLUED_NAME.fullmatch(text)) and not any(
            part.lower() in self.latin_stopwords for part in _HUMP.findall(text)
        )

    def _name_words(self, texts: list[str], name_words: set[int], i: int) -> list[Pair]:
        """The words of a Latin name from token i, each as (start, end) tokens: capitalized
        words one space apart (`Avi Verma`) or none where the segmenter split a glued run,
        a hyphenated word as one (`Jean-Luc`, `Duarte-Silva`), lower-case particles before
        a word (`Ludo van der Berg`, `Carla de la Cruz`) and a middle initial before one
        (`Kwame O. Mensah`); a stopword ends the run (`Avi Verma Labs`)."""
        words: list[Pair] = []
        j, n = i, len(texts)
        while j in name_words and texts[j].lower() not in self.latin_stopwords:
            end = j + 1
            while end + 1 < n and texts[end] == "-" and end + 1 in name_words and texts[end + 1].lower() not in self.latin_stopwords:
                end += 2
            words.append((j, end))
            j = self._next_word(texts, name_words, end)
        return words

    def _next_word(self, texts: list[str], name_words: set[int], k: int) -> int:
        """Where the name's next word starts from token k (after its last word), or -1."""
        if k in name_words:  # `Noah|Perez`: a glued run the segmenter split
            return k
        n = len(texts)
        if k + 1 >= n or texts[k] != " ":
            return -1
        k += 1
        if k + 3 < n and len(texts[k]) == 1 and "A" <= texts[k] <= "Z" and texts[k + 1] == "." and texts[k + 2] == " ":
            k += 3  # `Kwame O. Mensah`
        else:
            while k + 2 < n and texts[k] in self.latin_particles and texts[k + 1] == " ":
                k += 2  # `Ludo van der Berg`
        return k if k in name_words else -1
