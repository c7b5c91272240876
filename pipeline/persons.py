"""PERSON entities: Chinese names, transliterations, Latin names, and aliases.

Generic NER does not know this domain (DEPENDENCIES.md: every tool missed Avi
Verma), so names come from patterns of how news writes them:
- a surname (surnames.txt) plus one or two given characters that jieba did not
  know as an ordinary word (`赵晟佳`, `欧阳娜娜`);
- a transliteration joined by a middle dot (`萨姆·奥尔特曼`, `约翰・皮布尔斯`);
- two or three capitalized Latin words (`Avi Verma`, glued `AviVerma` once the
  segmenter has split it);
- a nickname the text defines with the real name in brackets (`稚晖君(彭志辉)`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline import jieba_dict, lexicon
from pipeline.textnorm import unaccented
from pipeline.tokenlists import Tokens, token_indices, tokens_of

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# `NoahPerez` as the segmenter leaves a glued name: two or three humps.
_GLUED_NAME = re.compile(r"(?:[A-Z][a-z]+){2,3}")
# Characters that never stand in a given name in news prose; a token holding
# one is a phrase (`王说`, `高管们`), not a name.
_NOT_GIVEN = frozenset("的了是在和与及等后前年月日人们说称将曾被把从对向也就都这那其他她它之为于已又个位名则因而并但却虽仍只很去到上下内外拟着过得地班")
# Function words jieba cuts off on their own: as a separate token they are
# grammar, not a surname (`和` in `Okafor和司马清远`, `将` in `将加入`).
_NOT_SURNAME_TOKEN = frozenset("和将于向从与及在对把被为以由让给同跟比也就都还又再才已曾年月日前后上下中据称暨")
COMMON_WORD_FREQ = jieba_dict.COMMON_WORD_FREQ


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    words = lexicon.word_list("surnames.txt")
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


def ordinary_words() -> dict[str, int]:
    """Words that are vocabulary, not names: 高管, 任职, 服务, 智慧."""
    return jieba_dict.vocabulary()


@lru_cache(maxsize=1)
def _latin_stopwords() -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon.word_list("latin_stopwords.txt"))


def chinese_name(text: str) -> bool:
    """Is `text` a plausible Chinese personal name (surname + 1–2 characters)?"""
    single, compound = surnames()
    if not _HAN.fullmatch(text) or not 2 <= len(text) <= 4:
        return False
    if text in compound:
        return False  # 尉迟 alone is the surname, not a person
    if text[:2] in compound and 3 <= len(text) <= 4:
        given = text[2:]
    elif text[0] in single and len(text) <= 3:
        given = text[1:]
    else:
        return False
    # 以 and 之 stand inside names (周以宁) but do not end them (尉迟朗|以).
    return (
        not (set(given) & _NOT_GIVEN)
        and given[-1] not in "以之而其"
        and text not in ordinary_words()
        and text not in _name_stopwords()
    )


@lru_cache(maxsize=1)
def _name_stopwords() -> frozenset[str]:
    return frozenset(lexicon.word_list("name_stopwords.txt"))


class PersonFinder:
    """Adds PERSON entities where no ORG/TITLE/DATE already stands."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.trigger_norms = frozenset(t.verb for t in lexicon.triggers())
        self.stop_norms = frozenset(
            [t.verb for t in lexicon.triggers()] + list(lexicon.cue_table("cues.tsv")) + list(lexicon.word_list("titles.txt"))
        )

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        tokens = tokens_of(doc, ents)
        taken = token_indices(ents)
        found = self._transliterations(doc, tokens, taken)
        taken |= token_indices(found)
        found += self._latin(doc, tokens, taken)
        taken |= token_indices(found)
        found += self._chinese(doc, tokens, taken)
        doc.ents = filter_spans(ents + found)
        return doc

    def _free_word(self, norm: str) -> bool:
        # jieba's own words are vocabulary unless the dictionary calls them names.
        return bool(_HAN.fullmatch(norm)) and norm not in self.stop_norms

    def _transliterations(self, doc: Doc, tokens: Tokens, taken: set[int]) -> list[Span]:
        norms, n = tokens.norms, len(tokens)
        spans = []
        for i, norm in enumerate(norms):
            if norm != "·" or i == 0 or i in taken:
                continue
            left = i - 1
            if not _HAN.fullmatch(norms[left]) or left in taken:
                continue
            end = i + 1
            while end < n and _HAN.fullmatch(norms[end]) and end not in taken:
                word = norms[end]
                if (
                    word in self.stop_norms
                    or len(word) == 1 and word in _NOT_GIVEN
                    or ordinary_words().get(word, 0) >= COMMON_WORD_FREQ
                ):
                    break  # `约翰·皮布尔斯获得`: a common word ends the name
                end += 1
                if end < n - 1 and norms[end] == "·":
                    end += 1
            if end > i + 1 and not any(span.start <= left < span.end for span in spans):
                spans.append(Span(doc, left, end, label="PERSON"))
        return spans

    def _latin(self, doc: Doc, tokens: Tokens, taken: set[int]) -> list[Span]:
        texts, n = tokens.texts, len(tokens)
        name_word = [bool(_LATIN_NAME_WORD.fullmatch(unaccented(text))) for text in texts]
        titled_at = [i > 0 and tokens.ent_types[i - 1] == "TITLE" for i in range(n)]
        spans, i = [], 0
        while i < n:
            # `Anthropic工程师NoahPerez`: a glued name only where a title introduces it;
            # `CyberOne` after 小米 is a product.
            if i not in taken and titled_at[i] and _GLUED_NAME.fullmatch(texts[i]):
                if not any(part.lower() in _latin_stopwords() for part in re.findall("[A-Z][a-z]+", texts[i])):
                    spans.append(Span(doc, i, i + 1, label="PERSON"))
                    i += 1
                    continue
            words, j = [], i
            while j < n and j not in taken and name_word[j]:
                if texts[j].lower() in _latin_stopwords():
                    break
                words.append(j)
                # one space between words, or none when the segmenter split a glued run
                if j + 2 < n and texts[j + 1] == " " and name_word[j + 2]:
                    j += 2
                else:
                    j += 1
            glued = any(tokens.starts[a] + len(texts[a]) == tokens.starts[b] for a, b in zip(words, words[1:]))
            # `NoahPerez` glued is a name only where a title introduces it
            # (`Anthropic工程师NoahPerez`); `CyberOne` after 小米 is a product.
            if 2 <= len(words) <= 3 and (titled_at[words[0]] or not glued):
                spans.append(Span(doc, words[0], words[-1] + 1, label="PERSON"))
                i = words[-1] + 1
            else:
                i += 1
        return spans

    def _chinese(self, doc: Doc, tokens: Tokens, taken: set[int]) -> list[Span]:
        norms = tokens.norms
        spans = []
        i = 0
        while i < len(norms):
            if i in taken or not _HAN.fullmatch(norms[i]):
                i += 1
                continue
            end = self._name_end(tokens, i, taken)
            if end > i:
                spans.append(Span(doc, i, end, label="PERSON"))
                i = end
            else:
                i += 1
        return spans + self._repeats(doc, norms, spans, taken)

    @staticmethod
    def _repeats(doc: Doc, norms: list[str], spans: list[Span], taken: set[int]) -> list[Span]:
        """Other mentions of a name found once: `工程负责人仇致远` … `仇致远是团队中…`."""
        names = {"".join(norms[span.start : span.end]) for span in spans}
        # A token can open a mention only when some name starts with its norm.
        openings = {name[:k] for name in names for k in range(1, len(name) + 1)}
        covered = taken | token_indices(spans)
        found = []
        for i, norm in enumerate(norms):
            if i in covered or norm not in openings:
                continue
            text, end = "", i
            while end < len(norms) and end not in covered and len(text) < 4:
                text += norms[end]
                end += 1
                if text in names:
                    found.append(Span(doc, i, end, label="PERSON"))
                    covered |= set(range(i, end))
                    break
        return found

    def _name_end(self, tokens: Tokens, i: int, taken: set[int]) -> int:
        """End of the name starting at token i, or i when none starts there.

        jieba leaves unknown names whole (`李力耘`) or cuts them after the
        surname (`司马` `清远`, `赵` `晟佳`) or into single characters (`禤` `嘉`
        `树`); the longest reading that is a plausible name wins.
        """
        single, compound = surnames()
        norms = tokens.norms
        first = norms[i]
        surname = first in compound or first in single and first not in _NOT_SURNAME_TOKEN
        given, end = "", i + 1
        best = i + 1 if chinese_name(first) and first not in self.stop_norms else i
        head = first if surname or best > i else ""
        if not head:
            return i
        # After a compound surname (欧阳 致远) or a title (工程负责人仇致远) even a
        # common word is the given name.
        lenient = first in compound or i > 0 and tokens.ent_types[i - 1] == "TITLE"
        while end < len(norms) and end not in taken and self._given(norms[end], lenient=lenient) and len(given + norms[end]) <= 2:
            if best > i and len(first) + len(norms[end]) > 3:
                break
            given += norms[end]
            end += 1
            if chinese_name(head + given):
                best = end
        return best

    def _given(self, norm: str, *, lenient: bool = False) -> bool:
        # 东方未晞: after a compound surname or a title, a cue word (未) is a name character.
        free = bool(_HAN.fullmatch(norm)) and norm not in self.trigger_norms if lenient else self._free_word(norm)
        return (
            free
            and len(norm) <= 2
            and not set(norm) & _NOT_GIVEN
            and norm not in _name_stopwords()
            and (lenient or ordinary_words().get(norm, 0) < COMMON_WORD_FREQ)
        )


@Language.factory(
    "talentflow_persons",
    assigns=["doc.ents"],
)
def make_person_finder(nlp: Language, name: str) -> PersonFinder:
    return PersonFinder(nlp, name)
