"""PERSON entities: Chinese names, transliterations, Latin names, and aliases.

Generic NER does not know this domain (DEPENDENCIES.md: every tool missed Avi
Verma), so names come from patterns of how news writes them:
- a surname (surnames.txt) plus one or two given characters that jieba did not
  know as an ordinary word (`赵晟佳`, `欧阳娜娜`);
- a transliteration joined by a middle dot (`萨姆·奥尔特曼`, `约翰・皮布尔斯`);
- two or three capitalized Latin words (`Avi Verma`, glued `AviVerma` once the
  segmenter has split it);
- a nickname the text defines with the real name in brackets (`稚晖君(彭志辉)`).

The stage runs on every token of every article, so it works on the plain token
lists (pipeline.tokenlists) and (start, end) pairs, and builds spaCy Spans only
for the names it adds. Each finder first picks the few tokens a name can start
at (a surname's character, a capital letter, a middle dot) and looks only there.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline import jieba_dict, lexicon
from pipeline.textnorm import unaccented
from pipeline.tokenlists import entity_labels, token_lists

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# `NoahPerez` as the segmenter leaves a glued name: two or three humps.
_GLUED_NAME = re.compile(r"(?:[A-Z][a-z]+){2,3}")
_HUMP = re.compile(r"[A-Z][a-z]+")
# The letters a Latin name word can start with once unaccented (`Á` in `Álvaro`):
# a token starting with any other character opens no Latin name. All stand
# below U+0250, where accented Latin ends.
_CAPITALS = frozenset(ch for ch in map(chr, range(0x250)) if "A" <= unaccented(ch) <= "Z")
# Characters that never stand in a given name in news prose; a token holding
# one is a phrase (`王说`, `高管们`), not a name.
_NOT_GIVEN = frozenset("的了是在和与及等后前年月日人们说称将曾被把从对向也就都这那其他她它之为于已又个位名则因而并但却虽仍只很去到上下内外拟着过得地班")
# Function words jieba cuts off on their own: as a separate token they are
# grammar, not a surname (`和` in `Okafor和司马清远`, `将` in `将加入`).
_NOT_SURNAME_TOKEN = frozenset("和将于向从与及在对把被为以由让给同跟比也就都还又再才已曾年月日前后上下中据称暨")
# First characters of grammar words (`已于`, `将在`, `曾任`): a word opening with one
# ends a transliteration (`大卫·霍尔顿|已于`); transliterations never start a part with them.
_GRAMMAR_OPENERS = frozenset("的了是在和与及等将曾被把从对向也就都已于又则因而并但却虽仍只很")

# The longest part of a transliterated name before its dot (`克里斯托弗`).
_MAX_TRANSLITERATED_PART = 6

Pair = tuple[int, int]  # (start, end) token indices of a name


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    words = lexicon.word_list("surnames.txt")
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


def ordinary_words() -> jieba_dict.SortedWords:
    """Words that are vocabulary, not names: 高管, 任职, 服务, 智慧."""
    return jieba_dict.vocabulary()


@lru_cache(maxsize=1)
def _latin_stopwords() -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon.word_list("latin_stopwords.txt"))


def chinese_name(text: str, *, whole: bool = False) -> bool:
    """Is `text` a plausible Chinese personal name (surname + 1–2 characters)?

    `whole`: jieba left it as one token, which it does not do to a name and the
    grammar word after it, so a given name may end in 之 (`仇牧之`)."""
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
        given[-1] not in ("以而其" if whole else "以之而其")
        and _NOT_GIVEN.isdisjoint(given[:-1] if whole and given[-1] == "之" else given)
        and text not in _name_stopwords()
        and _HAN.fullmatch(text) is not None
    )


@lru_cache(maxsize=1)
def _name_stopwords() -> frozenset[str]:
    return frozenset(lexicon.word_list("name_stopwords.txt"))


def _indices(pairs: list[Pair]) -> set[int]:
    return {i for start, end in pairs for i in range(start, end)}


def _capitalized(texts: list[str]) -> list[int]:
    """The tokens that start with a capital letter."""
    # Comparing whole strings first skips every Chinese token without
    # building its first character as a new string.
    return [i for i, text in enumerate(texts) if "A" <= text < "\u0250" and text[0] in _CAPITALS]


class PersonFinder:
    """Adds PERSON entities where no ORG/TITLE/DATE already stands."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.trigger_norms = frozenset(t.verb for t in lexicon.triggers())
        self.stop_norms = frozenset(
            [t.verb for t in lexicon.triggers()] + list(lexicon.cue_table("cues.tsv")) + list(lexicon.word_list("titles.txt"))
        )
        single, self.compound = surnames()
        # One-character tokens that stand for a surname.
        self.surname_tokens = single - _NOT_SURNAME_TOKEN
        # A Chinese name starts at a token whose first character starts a surname.
        self.name_openers = single | {surname[0] for surname in self.compound}
        self.common = jieba_dict.common_words()
        self.name_stopwords = _name_stopwords()
        self.latin_stopwords = _latin_stopwords()
        self.title_label = nlp.vocab.strings.add("TITLE")
        self.person_label = nlp.vocab.strings.add("PERSON")

    def __call__(self, doc: Doc) -> Doc:
        texts, norms, starts = token_lists(doc)
        named, titled = self._entity_tokens(doc)
        taken = set(named)
        found = self._transliterations(norms, taken)
        taken |= _indices(found)
        found += self._latin(texts, starts, titled, taken)
        taken |= _indices(found)
        found += self._chinese(norms, titled, taken)
        persons = [Span(doc, start, end, label=self.person_label) for start, end in found]
        if named.isdisjoint(_indices(found)):
            # Only the new names are written: the other entities keep what the
            # stages before set, without a Span built for each to set it again.
            doc.set_ents(persons, default="unmodified")
        else:
            # A transliteration's trailing dot (`约翰·`) may stand in another
            # entity: the longer span wins.
            doc.ents = filter_spans(list(doc.ents) + persons)
        return doc

    def _entity_tokens(self, doc: Doc) -> tuple[set[int], set[int]]:
        """The tokens inside an entity, and the tokens right after a TITLE."""
        labels = entity_labels(doc)
        inside = list(compress(range(len(labels)), labels))
        return set(inside), {i + 1 for i in inside if labels[i] == self.title_label}

    def _transliterations(self, norms: list[str], taken: set[int]) -> list[Pair]:
        n = len(norms)
        if "·" not in norms:
            return []
        spans: list[Pair] = []
        for i in [i for i, norm in enumerate(norms) if norm == "·"]:
            if i == 0 or i in taken:
                continue
            left = i - 1
            if not _HAN.fullmatch(norms[left]) or left in taken:
                continue
            # `马蒂亚|斯·科赫`: jieba may cut the first part, whose pieces are no words.
            while (
                left > 0
                and left - 1 not in taken
                and len("".join(norms[left - 1 : i])) <= _MAX_TRANSLITERATED_PART
                and self._transliterated(norms[left - 1])
            ):
                left -= 1
            end = i + 1
            while end < n and end not in taken and self._transliterated(norms[end]):
                end += 1
                if end < n - 1 and norms[end] == "·":
                    end += 1
            if end > i + 1 and not any(start <= left < stop for start, stop in spans):
                spans.append((left, end))
        return spans

    def _transliterated(self, word: str) -> bool:
        """Can `word` be a piece of a transliterated name? A common word, a
        trigger or title, or grammar ends the name (`约翰·皮布尔斯|获得`)."""
        return (
            _HAN.fullmatch(word) is not None
            and word not in self.stop_norms
            and not (len(word) == 1 and word in _NOT_GIVEN)
            and word[0] not in _GRAMMAR_OPENERS
            and word not in self.common
        )

    def _latin(self, texts: list[str], starts: list[int], titled: set[int], taken: set[int]) -> list[Pair]:
        capitalized = [i for i in _capitalized(texts) if i not in taken]
        # Free tokens only: a run of name words stops at an entity.
        name_words = {i for i in capitalized if _LATIN_NAME_WORD.fullmatch(unaccented(texts[i]))}
        spans: list[Pair] = []
        following = 0  # the first token after the last name found
        for i in capitalized:
            if i < following:
                continue
            if i in titled and self._glued_name(texts[i]):
                spans.append((i, i + 1))
                following = i + 1
                continue
            words = self._name_words(texts, name_words, i)
            glued = any(starts[a] + len(texts[a]) == starts[b] for a, b in pairwise(words))
            # `NoahPerez` glued is a name only where a title introduces it
            # (`Anthropic工程师NoahPerez`); `CyberOne` after 小米 is a product.
            if 2 <= len(words) <= 3 and (i in titled or not glued):
                spans.append((i, words[-1] + 1))
                following = words[-1] + 1
        return spans

    def _glued_name(self, text: str) -> bool:
        return bool(_GLUED_NAME.fullmatch(text)) and not any(
            part.lower() in self.latin_stopwords for part in _HUMP.findall(text)
        )

    def _name_words(self, texts: list[str], name_words: set[int], i: int) -> list[int]:
        """The run of capitalized words from token i (`Avi Verma`), stopped by a stopword."""
        words, j, n = [], i, len(texts)
        while j in name_words and texts[j].lower() not in self.latin_stopwords:
            words.append(j)
            # one space between words, or none when the segmenter split a glued run
            if j + 2 < n and texts[j + 1] == " " and j + 2 in name_words:
                j += 2
            else:
                j += 1
        return words

    def _chinese(self, norms: list[str], titled: set[int], taken: set[int]) -> list[Pair]:
        openers = [i for i, norm in enumerate(norms) if norm[:1] in self.name_openers]
        spans: list[Pair] = []
        following = 0  # the first token after the last name found
        for i in openers:
            if i < following or i in taken or not _HAN.fullmatch(norms[i]):
                continue
            end = self._name_end(norms, i, titled, taken)
            if end > i:
                spans.append((i, end))
                following = end
        return spans + self._repeats(norms, openers, spans, taken)

    @staticmethod
    def _repeats(norms: list[str], openers: list[int], spans: list[Pair], taken: set[int]) -> list[Pair]:
        """Other mentions of a name found once: `工程负责人仇致远` … `仇致远是团队中…`.

        A mention starts with the name's surname, so only `openers` can start one.
        """
        if not spans:
            return []
        names = {"".join(norms[start:end]) for start, end in spans}
        # A token can open a mention only when some name starts with its norm.
        openings = {name[:k] for name in names for k in range(1, len(name) + 1)}
        covered = taken | _indices(spans)
        found: list[Pair] = []
        for i in openers:
            if i in covered or norms[i] not in openings:
                continue
            text, end = "", i
            while end < len(norms) and end not in covered and len(text) < 4:
                text += norms[end]
                end += 1
                if text in names:
                    found.append((i, end))
                    covered.update(range(i, end))
                    break
        return found

    def _name_end(self, norms: list[str], i: int, titled: set[int], taken: set[int]) -> int:
        """End of the name starting at token i, or i when none starts there.

        jieba leaves unknown names whole (`李力耘`) or cuts them after the
        surname (`司马` `清远`, `赵` `晟佳`) or into single characters (`禤` `嘉`
        `树`); the longest reading that is a plausible name wins.
        """
        first = norms[i]
        if (
            len(first) == 1
            and first not in _NOT_SURNAME_TOKEN
            and i + 1 < len(norms)
            and first + norms[i + 1][:1] in self.compound
            and norms[i + 1] not in ordinary_words()  # `上` `官方`: a word, no name
        ):
            return self._split_compound_end(norms, i, taken)
        if first in self.compound or first in self.surname_tokens:
            best = i  # a surname alone (欧阳, 赵): the given name follows
        elif chinese_name(first, whole=True) and first not in self.stop_norms:
            best = i + 1  # a whole name (李力耘), perhaps cut short
        else:
            return i
        # After a compound surname (欧阳 致远) or a title (工程负责人仇致远) even a
        # common word is the given name.
        lenient = first in self.compound or i in titled
        given, end = "", i + 1
        while (
            end < len(norms)
            and len(given) + len(norms[end]) <= 2
            and end not in taken
            and self._given(norms[end], lenient=lenient)
        ):
            if best > i and len(first) + len(norms[end]) > 3:
                break
            given += norms[end]
            end += 1
            if chinese_name(first + given):
                best = end
        return best

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
            if chinese_name(text):
                best = end
        return best

    def _given(self, norm: str, *, lenient: bool) -> bool:
        # 东方未晞: after a compound surname or a title, a cue word (未) is a name character.
        return (
            _NOT_GIVEN.isdisjoint(norm)
            and norm not in (self.trigger_norms if lenient else self.stop_norms)
            and norm not in self.name_stopwords
            and (lenient or norm not in self.common)
            and _HAN.fullmatch(norm) is not None
        )


@Language.factory(
    "talentflow_persons",
    assigns=["doc.ents"],
)
def make_person_finder(nlp: Language, name: str) -> PersonFinder:
    return PersonFinder(nlp, name)
