"""Segmentation: jieba as a registered spaCy tokenizer with the project's dictionary.

The segmenter owns a private tokenizer; jieba's global tokenizer is never
touched (STYLE.md 4), so loading talentflow changes nothing for other jieba
users in the process. Segmentation runs on the article's shadow (simplified,
ASCII width), so traditional and simplified text segment alike, while the
tokens keep the article's own characters.

jieba runs through one of two backends with the same tokens (jieba_backends:
pure jieba, the reference, or jieba's algorithm over jieba-fast-dat's C++ trie).
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from talentflow.components import extensions as _extensions  # noqa: F401 - registers Doc._.shadow
from talentflow.resources import diskcache, given_names, jieba_dict, lexicon
from talentflow.components import jieba_backends
from talentflow.components.segment_words import _LATIN_TOKEN, _latin_vocabulary, lexicon_phrases, split_latin, user_words
from talentflow.text import timex
from talentflow.text.textnorm import shadow

# An unknown word jieba's HMM glued to a following grammatical character
# (`李力耘曾` in 李力耘曾在京东任职): the character is split off again.
_DATE_UNITS = frozenset("年月日号")
_COMPANY_WORDS = ("公司",)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# 任 as in `韦立任|中国电信集团副总经理`: a name glued to the post verb after it.
_CLITICS = frozenset("曾在将也于从和与及等的称说是已又便则就还都被把对向因为任")
# First characters of the words the rules in _segment_piece may cut or glue:
# date units, and Latin letters (glued runs, a lower-case rest of a word).
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# Prepositions the HMM glues to a one-character given name after a lone surname
# (`冯` `华以` `合伙人身份`); cut only there, as 以 also sits inside names (`周以恒`).
_AFTER_GIVEN = frozenset("以")
_RULE_STARTS = _DATE_UNITS | _LOWER | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_Tokens = TypeVar("_Tokens", list[str], tuple[str, ...])
# Distinct Latin runs and time expressions remembered with their tokens before
# their memo starts over.
_LATIN_MEMO = 50_000
# How clearly surname + given name must read as a name before a function character
# glued to the surname gives it back (`后任` `利锋` → 后 / 任利锋: 任利锋 +2.0, 利锋
# alone -0.4), and by how much it must beat the given name read as a name of its own.
NAME_LENT_MIN = 1.0
NAME_LENT_MARGIN = 1.0
_TIME_MEMO = 10_000


def _remembered(memo: dict[str, _Tokens], key: str, make: Callable[[str], _Tokens], *, limit: int) -> _Tokens:
    """`make(key)`, from `memo` when asked before; the memo starts over past `limit` keys."""
    value = memo.get(key)
    if value is None:
        if len(memo) > limit:
            memo.clear()
        value = memo[key] = make(key)
    return value


class JiebaSegmenter:
    """Callable tokenizer: text → Doc, tokens from a private jieba dictionary."""

    def __init__(self, vocab: Vocab, *, words: Iterable[str] = (), backend: str | None = None) -> None:
        self.vocab = vocab
        words = list(words)
        if backend is None:
            self.backend = jieba_backends.choose_backend(words)
        else:
            self.backend = jieba_backends.BACKENDS[backend](words)
        self.known_latin = _latin_vocabulary()
        self._latin_pieces: dict[str, list[str]] = {}
        self._time_tokens: dict[str, tuple[str, ...]] = {}
        self.surnames = frozenset(lexicon.word_list("surnames.txt"))
        self.names = given_names.table()
        # Verbs the rules read: never a given name plus a clitic (`初|辞任`, not 初辞 / 任);
        # an adverb glued to a name before one of these is the adverb (`杨某才` `加入`).
        self.triggers = frozenset(trigger.verb for trigger in lexicon.triggers())
        self.verbs = jieba_dict.common_verbs() | self.triggers
        # jieba's dictionary holds `雅虎公司`, `百度公司` as words: a known organization
        # before 公司 is cut off, so the lexicon and the suffix rule both see it (集团 stays:
        # `中国电信集团|有限公司` is one name).
        self.org_names = frozenset(shadow(alias) for entry in lexicon.organizations() for alias in entry.aliases)
        # jieba also holds `公司总裁` whole: a filing's 公司 before a title is cut off (`聘任A为公司|总裁`).
        self.titles = frozenset(shadow(title) for title in lexicon.word_list("titles.txt"))
        self.phrases = self._phrase_tokens(words)

    def _phrase_tokens(self, words: list[str]) -> dict[str, tuple[str, ...]]:
        """The tokens of every lexicon phrase, from the disk cache when this code and data made them before.

        The lookup stages segment each lexicon phrase at every pipeline build
        (~4,000 phrases); the cache key covers everything their
        tokens depend on, so a hit gives what segmenting them would.
        """
        phrases = lexicon_phrases()
        name = diskcache.key(
            "phrase_tokens",
            files=[jieba_dict.dictionary_path(), Path(__file__)]
            + [Path(module.__file__) for module in (jieba_backends, jieba_dict, timex, given_names)]
            + [Path(timex.__file__).with_name("textnorm.py")]
            + [lexicon.DATA_DIR / name for name in ("surnames.txt", "given_name_chars.tsv")],
            packages=("jieba", "jieba-fast-dat", "opencc", "spacy"),
            extra="\n".join([self.backend.name, *words, "", *phrases]),
        )
        return diskcache.cached(name, lambda: {phrase: tuple(self._segment(phrase)) for phrase in phrases})

    def segment(self, text: str) -> list[str]:
        """Tokens of `text` (already a shadow), each a substring, in order."""
        known = self.phrases.get(text)
        return list(known) if known is not None else self._segment(text)

    def _segment(self, text: str) -> list[str]:
        """Time expressions are cut out first, so jieba never glues a name to a
        year (`司空望舒二〇一九年` gave 舒二 / 〇 / 一 / 九年).
        """
        tokens: list[str] = []
        cursor = 0
        for start, end in timex.time_spans(text):
            self._segment_piece(text[cursor:start], tokens)
            # The same few expressions (`2019年`, `今年`, `上个月`) recur across articles,
            # and a piece's tokens depend on its text alone.
            tokens.extend(_remembered(self._time_tokens, text[start:end], self._piece_tokens, limit=_TIME_MEMO))
            cursor = end
        self._segment_piece(text[cursor:], tokens)
        return tokens

    def _piece_tokens(self, text: str) -> tuple[str, ...]:
        tokens: list[str] = []
        self._segment_piece(text, tokens)
        return tuple(tokens)

    def _segment_piece(self, text: str, out: list[str]) -> None:
        """Append the tokens of one piece to `out`."""
        if not text:
            return
        # The surname rules look back only within this piece.
        first = len(out)
        surnames = self.surnames
        for token in self.backend.cut(text):
            mark = 0
            if len(out) > first and len(out[-1]) == 3 and out[-1][0] in surnames:
                self._unglue_name(token, out)
            elif len(out) > first and len(out[-1]) == 2 and out[-1][1] in surnames:
                if len(token) == 2 and len(out) > first + 1:
                    self._return_surname(token, out)
                mark = len(out)  # after a word ending in a surname: _lend_surname below
            # Most tokens meet no rule below: a word that ends in no clitic and starts
            # with no date unit or Latin letter, or a character after no surname.
            if len(token) > 1:
                if token.endswith(_COMPANY_WORDS) and token[:-2] in self.org_names:
                    out.extend((token[:-2], token[-2:]))
                elif token.startswith(_COMPANY_WORDS) and token[2:] in self.titles:
                    out.extend((token[:2], token[2:]))
                elif token[-1] in _AFTER_GIVEN and self._given_then_preposition(token, out, first):
                    pass
                elif token[-1] not in _CLITICS and token[0] not in _RULE_STARTS:
                    out.append(token)
                else:
                    self._place_word(token, out, first)
            elif token in _LOWER or (len(out) > first and len(out[-1]) == 2 and out[-1][0] in surnames):
                self._push(token, out, first)
            else:
                out.append(token)
            # The token may have been cut (`孟松于` → 孟松 / 于): ask about its first piece.
            if mark and mark < len(out) and len(out[mark - 1]) == 2 and out[mark - 1][1] in surnames:
                self._lend_surname(out, mark)
        if len(out) > first and len(out[-1]) == 3 and out[-1][0] in surnames:
            self._unglue_name("", out)

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

    def _unglue_name(self, following: str, out: list[str]) -> None:
        """`俞军做` `顾问`: the HMM glued an unknown two-character name to the verb or
        adverb after it. The last character, a function word or verb, is split off when
        it ends given names far more rarely than it stands alone (做, 拟), or somewhat
        more rarely (才, 任) and it is a trigger (`陈涛任` `CTO`) or an adverb before
        the verb `following` (given_names.ends_before). Three-character names keep a
        name-like last character (`韩立明` `加入`, `冯佳时` `主导`)."""
        word = out[-1]
        last = word[2]
        if word[:2] in self.surnames or self.backend.known(word) or not _HAN.fullmatch(last):
            return
        if self.names.char_score(word[1]) <= 0:
            return  # no given name before it (`高管层`)
        # `石华均` `已` `从`: an adverb before more adverbs or a preposition modifies a predicate too.
        verb_follows = following in self.verbs or self.names.opens_predicate(following)
        if self.names.ends_before(last, verb_follows=verb_follows, trigger=last in self.triggers):
            out[-1] = word[:2]
            out.append(last)

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

    def _lend_surname(self, out: list[str], mark: int) -> None:
        """`而梁` `孟松` `于`, `不久` `后任` `利锋` `加入`: the HMM or the dictionary glued a
        function character (given_names.FUNCTION_TAGS: 而, 后, 向; no given-name character,
        rare at a name's end; no verb: `回归` `小鹏`, `出任` `辉达` stay) to
        the surname of the unknown given name after it. When surname + `token` reads
        clearly as a name (NAME_LENT_MIN) and `token` is neither a word nor a better name
        on its own, the surname goes to the name: `而` `梁` `孟松`, `后` `任` `利锋`.
        `后任` `总裁` (a word after) and `并由` `张三` (张三 a name itself) stay."""
        word, token = out[mark - 1], out[mark]
        lead, surname = word[0], word[1]
        names = self.names
        if (
            len(token) > 2
            or lead not in names.function
            or word in self.surnames  # 上官 若溪: a compound surname
            or word in self.triggers  # 出任 辉达
            or names.char_score(lead) > 0
            or names.end_score(lead) >= 0
            or not all(map(_HAN.fullmatch, token))
            or names.name_score(surname + token) < NAME_LENT_MIN
            or names.name_score(token) >= names.name_score(surname + token) - NAME_LENT_MARGIN
            # A dictionary word (后任) gives its surname only to what is no name alone:
            # `后任` `李明` is the successor 李明.
            or (names.name_score(token) >= 0 and self.backend.known(word))
            or jieba_dict.is_word(token)
            or token in self.triggers
        ):
            return
        out[mark - 1 : mark] = [lead, surname]

    def _place_word(self, token: str, out: list[str], first: int) -> None:
        """A word of two or more characters that may need cutting."""
        size = len(token)
        last = token[-1]
        known = self.backend.known
        if last in _CLITICS and not known(token):
            if size > 2 and token[-2:] in self.triggers:
                # `本月初|辞任`: the clitic ends a known verb (辞任, 出任), which stays whole.
                self._push(token[:-2], out, first)
                out.append(token[-2:])
            else:
                self._push(token[:-1], out, first)
                out.append(last)
        elif size == 2 and token[0] in _DATE_UNITS and not known(token):
            # `2022年任百度研究院首席架构师`: HMM glued 年任; the verb stands alone.
            out.extend(token)
        elif (
            size == 2
            and last in _CLITICS
            and len(out) > first
            and out[-1] in self.surnames
            and self.names.char_score(token[0]) >= 0
            and token not in self.triggers
        ):
            # `张` `健将` `加入`, `尉迟` `安于`: after a lone surname, a word ending
            # in a clitic is the given name plus the clitic (张健 / 将). Not when its
            # first character is no given-name character: `丁` `终于` `理解` keeps 终于.
            out.extend(token)
        elif size >= 6 and _LATIN_TOKEN.fullmatch(token):
            out.extend(self._split_latin(token))
        else:
            self._push(token, out, first)

    def _push(self, token: str, out: list[str], first: int) -> None:
        """Append `token`, or glue it to the token before when the HMM cut a word apart."""
        if token[:1].islower() and token.isascii() and token.isalpha() and len(out) > first and out[-1][-1:].isalpha() and out[-1].isascii():
            # `Alexa` `nder`: a user word cut a Latin word; a word never goes on in lower case.
            out[-1] += token
        elif (
            len(token) == 1
            and len(out) > first
            and len(out[-1]) == 2
            and out[-1][0] in self.surnames
            and token not in _CLITICS
            and _HAN.fullmatch(token)
            and not self.backend.known(out[-1])
        ):
            # `周以` `恒`: the HMM cut an unknown three-character name after two.
            out[-1] += token
        else:
            out.append(token)

    def _split_latin(self, token: str) -> list[str]:
        return _remembered(self._latin_pieces, token, self._latin_split, limit=_LATIN_MEMO)

    def _latin_split(self, token: str) -> list[str]:
        return split_latin(token, self.known_latin)

    def __call__(self, text: str) -> Doc:
        simple = shadow(text)
        tokens = self.segment(simple)
        # The shadow has the article's length: the tokens' offsets slice both.
        ends = list(itertools.accumulate(map(len, tokens)))
        starts = [0, *ends[:-1]] if tokens else []
        words = tokens if simple == text else [text[start:end] for start, end in zip(starts, ends)]
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        lowered = list(map(str.lower, tokens))
        if words:
            # Most tokens are their own norm (Chinese words the shadow leaves as
            # they are): the id the Doc gave the word is the norm's; only the
            # others (，→ `,`, 陳 → 陈, `CTO` → `cto`) are looked up.
            norms = doc.to_array(ORTH)
            add = self.vocab.strings.add
            for index in itertools.compress(range(len(words)), map(operator.ne, words, lowered)):
                norms[index] = add(lowered[index])
            doc.from_array([NORM], norms.reshape(-1, 1))
        doc._.shadow = simple
        # The rule stages read tokens as plain lists (tokenlists.py); the segmenter
        # knows them already, so nobody has to walk the Doc's Token objects for them.
        doc._.token_lists = (list(words), lowered, starts)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000):  # noqa: ARG002 - spaCy's signature
        for text in texts:
            yield self(text)

    # spaCy serializes tokenizers with the pipeline; ours is rebuilt from data.
    def to_bytes(self, **_kwargs) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs) -> JiebaSegmenter:
        return self

    def to_disk(self, _path, **_kwargs) -> None:
        return None

    def from_disk(self, _path, **_kwargs) -> JiebaSegmenter:
        return self


@registry.tokenizers("talentflow.jieba_segmenter.v1")
def create_jieba_segmenter():
    def make(nlp: Language) -> JiebaSegmenter:
        return JiebaSegmenter(nlp.vocab, words=user_words())

    return make
