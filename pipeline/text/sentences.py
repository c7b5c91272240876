"""Sentences and clauses of the shadow text, as character ranges.

Evidence is "the sentence that states it" (ANNOTATION.md). Clauses split at
commas, semicolons and colons outside brackets (`杜楠(音译,Nan Du)` stays whole),
and at a headline's spaces between Chinese phrases.
"""

from __future__ import annotations

import re
from itertools import compress, repeat
from operator import gt, itemgetter
from typing import NamedTuple

_SENTENCE_ENDS = frozenset("。!?\n")
_CLAUSE_BREAKS = frozenset(",;:")
_OPEN, _CLOSE = frozenset("(「“《"), frozenset(")」”》")
# Every character the splitter acts on; the others only lengthen the current clause.
# A space counts only between two Chinese characters (a headline's phrases): the
# pattern is one character class, which `re` scans for in C, and a space's
# neighbours are checked after (an alternation with a lookbehind for the space made
# `re` try the whole pattern at every character of the article).
_MARKS = re.compile("[" + re.escape("".join(_OPEN | _CLOSE | _CLAUSE_BREAKS | _SENTENCE_ENDS)) + " ]")
_HAN_FIRST, _HAN_LAST = "\u4e00", "\u9fff"
_SPACES = " \n\t\r"
_LOW, _HIGH = itemgetter(0), itemgetter(1)


# Tuples, not dataclasses: an article has hundreds of clauses, and the relation
# stage splits every article it reads (a frozen dataclass costs twice as much to make).
class Clause(NamedTuple):
    start: int
    end: int


_new = tuple.__new__


class Sentence(NamedTuple):
    start: int
    end: int
    clauses: tuple[Clause, ...] = ()

    def clause_at(self, offset: int) -> Clause:
        for clause in self.clauses:
            if clause.start <= offset < clause.end:
                return clause
        return Clause(self.start, self.end)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences (ending punctuation included, surrounding spaces trimmed)."""
    sentences = []
    start, depth, clause_start, bounds = 0, 0, 0, []
    size = len(text)
    for mark in _MARKS.finditer(text):
        index = mark.start()
        char = text[index]
        # The marks are of one kind each; a clause break is the most frequent.
        if char in _CLAUSE_BREAKS or char == " ":
            # A headline separates its phrases with spaces (`技术长A请辞 前特斯拉总监B接任`):
            # only a space between two Chinese characters.
            if char == " " and not (
                0 < index < size - 1
                and _HAN_FIRST <= text[index - 1] <= _HAN_LAST
                and _HAN_FIRST <= text[index + 1] <= _HAN_LAST
            ):
                continue
            if depth == 0:
                bounds.append((clause_start, index + 1))
                clause_start = index + 1
        elif char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            if depth:
                depth -= 1
        else:  # a sentence end
            end = index + 1 if char != "\n" else index
            closing = end
            # a closing quote belongs to the sentence it ends: `…离职。”`
            while closing < size and text[closing] in "”」'\"":
                closing += 1
            bounds.append((clause_start, closing))
            sentences.append(_trimmed(text, start, closing, bounds))
            start, depth, clause_start, bounds = closing, 0, closing, []
    if start < len(text):
        bounds.append((clause_start, len(text)))
        sentences.append(_trimmed(text, start, len(text), bounds))
    return [s for s in sentences if s.end > s.start]


def _trimmed(text: str, start: int, end: int, bounds: list[tuple[int, int]]) -> Sentence:
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    if start == end:
        return Sentence(start, end)  # blank (an empty line): dropped by split_sentences
    kept = list(compress(bounds, map(gt, map(_HIGH, bounds), map(_LOW, bounds))))  # not empty
    # Trimming moves only the sentence's ends: every other clause bound is a mark
    # (or a space between two Chinese characters) inside the trimmed sentence.
    for at in (0, -1):
        low, high = kept[at]
        if low < start or high > end:
            kept[at] = (max(low, start), min(high, end))
    # The tuples made in C, as Clause's own __new__ makes them (without its Python call).
    return Sentence(start, end, tuple(map(_new, repeat(Clause), kept)))
