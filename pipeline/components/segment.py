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
from talentflow.resources import diskcache, given_names, jieba_dict, lexicon, patterns
from talentflow.components import jieba_backends
from talentflow.components.segment_loud import LoudWords
from talentflow.components.segment_edges import NameEdges
from talentflow.components.segment_names import NameRepairs
from talentflow.components.segment_words import _LATIN_TOKEN, _latin_vocabulary, lexicon_phrases, split_latin, user_words
from talentflow.text import timex
from talentflow.text.glosses import without_pinyin_glosses
from talentflow.text.textnorm import shadow

# Units of a date: structural, as the digits before them.
_DATE_UNITS = frozenset("年月日号")
# The one head jieba's dictionary glues to a known name (`百度公司`); its length, 2, is read below.
_COMPANY_WORDS = ("公司",)
# Their last and first characters: a set lookup before the string test.
_COMPANY_LAST = frozenset(word[-1] for word in _COMPANY_WORDS)
_COMPANY_FIRST = frozenset(word[0] for word in _COMPANY_WORDS)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# First characters of the words the rules in _segment_piece may cut or glue:
# date units, and Latin letters (glued runs, a lower-case rest of a word).
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_RULE_STARTS = _DATE_UNITS | _LOWER | _UPPER
# A word starting with none of these and ending in none of JiebaSegmenter._plain_last
# meets no rule of _segment_piece's chain for words: it is appended as it is.
_PLAIN_FIRST = _RULE_STARTS | _COMPANY_FIRST
_Tokens = TypeVar("_Tokens", list[str], tuple[str, ...])
# Distinct Latin runs and time expressions remembered with their tokens before
# their memo starts over.
_LATIN_MEMO = 50_000
_TIME_MEMO = 10_000
_LOUD_MEMO = 100_000


def _remembered(memo: dict[str, _Tokens], key: str, make: Callable[[str], _Tokens], *, limit: int) -> _Tokens:
    """`make(key)`, from `memo` when asked before; the memo starts over past `limit` keys."""
    value = memo.get(key)
    if value is None:
        if len(memo) > limit:
            memo.clear()
        value = memo[key] = make(key)
    return value


class JiebaSegmenter(NameRepairs, NameEdges):
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
        # Grammatical characters jieba's HMM glues to an unknown word before them
        # (`李力耘曾` in 李力耘曾在京东任职), split off again: list clitics of data/patterns.toml.
        self.clitics = frozenset(patterns.word_list("clitics"))
        # The last characters of the words that can have taken a name's given character.
        self.lending = frozenset(patterns.word_list("lending_clitics"))
        # Prepositions of time between a name and a date (`余某自2016年`): cut off the name.
        self.since_preps = frozenset(patterns.word_list("since_preps"))
        # Prepositions the HMM glues to a one-character given name after a lone surname
        # (`冯` `华以` `合伙人身份`); cut only there, as 以 also sits inside names (`周以恒`).
        self.after_given = frozenset(patterns.word_list("after_given"))
        self.date_prepositions, self.aspect_markers = frozenset(patterns.word_list("date_prepositions")), frozenset(patterns.word_list("aspect_markers"))
        # `从朗|月`, `前墨羽`: a preposition glued to an unknown name, not before a title or people noun (`前高管`).
        self.leading = frozenset(patterns.word_list("leading_clitics"))
        self.people_nouns = frozenset(patterns.word_list("generic_people")) | frozenset(patterns.word_list("relative_people"))
        # Transliteration characters (`莉娜`): a name's first part after a list's 和 (name:conjunction-apart).
        self.sound_chars = lexicon.transliteration_chars()
        # Two-character adverbs that never lend their first half to the name before them.
        self.whole_adverbs = frozenset(patterns.word_list("whole_adverbs"))
        # What opens a predicate after a name ending in 和 (name:he-given: `钟庆和` `因`).
        self.he_openers = frozenset(patterns.word_list("predicate_adverbs") + patterns.word_list("he_given_preps"))
        self._plain_last = frozenset(_COMPANY_LAST | self.after_given | self.clitics)
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
        # The first two characters of titles (`技术` of 技术副总裁): after `X和` the next item of a list (name:given-back-wide).
        self.title_openers = self.titles | frozenset(title[:2] for title in self.titles if len(title) > 2)
        self.list_enders = frozenset(patterns.word_list("name_list_enders"))
        # Characters that stand before a name glued to its surname, besides function characters (name:left-edge-apart).
        self.name_leads = frozenset(patterns.word_list("name_leads"))
        self._loud = LoudWords(self, plain_first=_PLAIN_FIRST, lower=_LOWER, upper=_UPPER, limit=_LOUD_MEMO)
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
            + [Path(timex.__file__).with_name("textnorm.py"), patterns.RULES_FILE]  # timex's words
            + [Path(__file__).with_name(name) for name in ("segment_loud.py", "segment_names.py", "segment_edges.py")]  # the quiet words; the repairs
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
            self._segment_piece(text[cursor:start], tokens, following=text[start:end])
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

    def _segment_piece(self, text: str, out: list[str], following: str = "") -> None:
        """Append the tokens of one piece to `out`; `following`: the time expression
        after the piece, if any (`冯兰建于` | `2021年`)."""
        if not text:
            return
        # The surname rules look back only within this piece.
        first = len(out)
        surnames, clitics, after_given = self.surnames, self.clitics, self.after_given
        plain_last, plain_first = self._plain_last, _PLAIN_FIRST
        tokens = self.backend.cut(text)
        tokens = self._all_apart(tokens)  # `毅均` `已`; `欧阳` `志确` `已于` (name:adverb-apart)
        tokens = self._compound_given_back(tokens)  # `宰父嘉` `言辞` `去` (name:compound-given-back)
        if "·" in text:
            tokens = self._conjunction_apart(tokens)
        count = len(tokens)
        # Most tokens are quiet (LoudWords code 0): after a quiet out[-1] and out[-2]
        # the chain below appends a quiet token as it is, so runs of them are
        # appended as slices; the chain reads only the loud tokens and those after
        # one, until out[-1] and out[-2] are calm again.
        codes, prev_bit, before_bit = self._loud, LoudWords.PREV, LoudWords.BEFORE
        loud = itertools.compress(range(count), map(codes.__getitem__, tokens))
        stop = -1
        index = 0
        calm = True  # no rule reads out[-1] as prev or out[-2] as before
        while index < count:
            if calm:
                while stop < index:
                    stop = next(loud, count)
                if stop > index:
                    out.extend(tokens[index:stop])
                    index = stop
                    if index == count:
                        break
            token = tokens[index]
            index += 1
            prev = out[-1] if len(out) > first else ""
            mark = 0
            size = len(prev)
            if size == 2:
                # Cheapest test first: most tokens follow no surname-led word.
                if len(out) > first + 1:
                    before = out[-2]
                    if before[:1] in surnames and len(before) == 2:
                        self._give_back_given(token, out)
                        prev = out[-1]
                        size = len(prev)  # 1 when a character went back
                if size == 2 and prev[1] in surnames:
                    if len(token) == 2 and len(out) > first + 1:
                        self._return_surname(token, out)
                        prev = out[-1]
                        size = len(prev)
                    mark = len(out)  # after a word ending in a surname: _lend_surname below
            elif size in (3, 4) and prev[0] in surnames:
                token = self._verb_apart(token, out)  # `白帆离` `开` → 白帆 / 离开 (name:right-edge-apart)
                self._unglue_name(token, out)
                prev = out[-1]
                size = len(prev)
            elif size == 3 and len(out) > first + 1 and len(out[-2]) == 2 and out[-2][0] in surnames:
                self._give_back_given(token, out)  # `谭国` `建三人` (name:given-back-wide)
                prev = out[-1]
                size = len(prev)
            # Most tokens meet no rule below: a word that ends in no clitic and starts
            # with no date unit or Latin letter, or a character after no surname.
            if len(token) > 1:
                if token[-1] not in plain_last and token[0] not in plain_first:
                    out.append(token)  # what the chain below comes to for such a word, in two tests
                else:
                    last = token[-1]
                    if last in _COMPANY_LAST and token.endswith(_COMPANY_WORDS) and token[:-2] in self.org_names:
                        out.extend((token[:-2], token[-2:]))
                    elif token[0] in _COMPANY_FIRST and token.startswith(_COMPANY_WORDS) and token[2:] in self.titles:
                        out.extend((token[:2], token[2:]))
                    elif last in after_given and self._given_then_preposition(token, out, first):
                        pass
                    elif last not in clitics and token[0] not in _RULE_STARTS:
                        out.append(token)
                    else:
                        self._place_word(token, out, first)
            elif token in _LOWER or (size == 2 and prev[0] in surnames):
                self._push(token, out, first)
            else:
                out.append(token)
            # The token may have been cut (`孟松于` → 孟松 / 于): ask about its first piece.
            if mark and mark < len(out) and len(out[mark - 1]) == 2 and out[mark - 1][1] in surnames:
                self._lend_surname(out, mark)
            calm = not codes[out[-1]] & prev_bit and (len(out) < first + 2 or not codes[out[-2]] & before_bit)
        if "先生" in text or "女士" in text:
            self._honorific_apart(out, first)
        if not self.leading.isdisjoint(text):
            self._preposition_apart(out, first)
        self._leads_apart(out, first)  # `9月起孙磊` `出任` (name:left-edge-apart)
        if "和" in text:
            self._he_given_apart(out, first)  # `殷曦` `和` `加入` (name:he-given)
        # `余某自 ` | `2016 年`: a space before the date; the rules below read the word before it.
        spaces = [out.pop()] if following and len(out) > first + 1 and out[-1].isspace() else []
        if following and len(out) > first and 3 <= len(out[-1]) <= 4 and out[-1][0] in surnames and out[-1][-1] in self.since_preps:
            # `余某自` | `2016年`: 自/于 before a date is the preposition, not a given character.
            word = out.pop()
            out.extend((word[:-1], word[-1]))
        if len(out) > first and 3 <= len(out[-1]) <= 4 and out[-1][0] in surnames:
            self._unglue_name("", out, before_time=bool(following))
        if following and len(out) > first + 1 and len(out[-1]) == 2 and out[-1][1] in self.lending:
            self._give_back_given(following, out)
        out.extend(spaces)

    def _place_word(self, token: str, out: list[str], first: int) -> None:
        """A word of two or more characters that may need cutting."""
        size = len(token)
        last = token[-1]
        known = self.backend.known
        if last in self.clitics and not known(token):
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
            and last in self.clitics
            and len(out) > first
            and out[-1] in self.surnames
            and self.names.char_score(token[0]) >= 0
            and token not in self.triggers and token not in self.org_names
        ):
            # `张` `健将` `加入`: after a lone surname, a word ending in a clitic is the given
            # name plus the clitic (张健 / 将); not `丁` `终于` `理解` (终 no given-name
            # character), nor `至今` `任` `华为` `董事` (a known organization after the verb 任).
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
            and token not in self.clitics
            and token != "均"  # `梅农` `均` `已`: 均 closes a list of names (name:all-apart)
            and _HAN.fullmatch(token)
            and not self.backend.known(out[-1])
            and not self.names.ends_before(token)
        ):
            # `周以` `恒`: the HMM cut an unknown three-character name after two; not
            # a character that opens a predicate far more than it ends a name
            # (`周强` `现` `为`, cut from the unknown 现为).
            out[-1] += token
        else:
            out.append(token)

    def _split_latin(self, token: str) -> list[str]:
        return _remembered(self._latin_pieces, token, self._latin_split, limit=_LATIN_MEMO)

    def _latin_split(self, token: str) -> list[str]:
        return split_latin(token, self.known_latin)

    def __call__(self, text: str) -> Doc:
        # `巨人網(wǎng)絡`: a reposting site's pinyin glosses cut every word they sit in;
        # the Doc holds the text without them (text/glosses.py).
        text = without_pinyin_glosses(text)
        simple = shadow(text)
        tokens = self.segment(simple)
        # The shadow has the article's length: the tokens' offsets slice both.
        ends = list(itertools.accumulate(map(len, tokens)))
        starts = [0, *ends[:-1]] if tokens else []
        # The article's own characters where the shadow differs (slices made in C).
        words = tokens if simple == text else list(map(text.__getitem__, map(slice, starts, ends)))
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
