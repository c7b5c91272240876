"""Sentences and clauses of the shadow text, as character ranges.

Evidence is "the sentence that states it" (ANNOTATION.md). Clauses split at
commas, semicolons and colons outside brackets (`杜楠(音译,Nan Du)` stays whole),
and at a headline's spaces between Chinese phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SENTENCE_ENDS = frozenset("。!?\n")
_CLAUSE_BREAKS = frozenset(",;:")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_OPEN, _CLOSE = frozenset("(「“《"), frozenset(")」”》")
# Every character the splitter acts on; the others only lengthen the current clause.
_MARKS = re.compile("[" + re.escape("".join(_OPEN | _CLOSE | _CLAUSE_BREAKS | _SENTENCE_ENDS) + " ") + "]")


@dataclass(frozen=True)
class Clause:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    clauses: tuple[Clause, ...] = field(default=())

    def clause_at(self, offset: int) -> Clause:
        for clause in self.clauses:
            if clause.start <= offset < clause.end:
                return clause
        return Clause(self.start, self.end)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences (ending punctuation included, surrounding spaces trimmed)."""
    sentences = []
    start, depth, clause_start, clauses = 0, 0, 0, []
    for mark in _MARKS.finditer(text):
        index, char = mark.start(), mark.group()
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
        if depth == 0 and (char in _CLAUSE_BREAKS or char == " " and _between_han(text, index)):
            clauses.append(Clause(clause_start, index + 1))
            clause_start = index + 1
        if char in _SENTENCE_ENDS:
            end = index + 1 if char != "\n" else index
            closing = end
            # a closing quote belongs to the sentence it ends: `…离职。”`
            while closing < len(text) and text[closing] in "”」'\"":
                closing += 1
            clauses.append(Clause(clause_start, closing))
            sentences.append(_trimmed(text, start, closing, clauses))
            start, depth, clause_start, clauses = closing, 0, closing, []
    if start < len(text):
        clauses.append(Clause(clause_start, len(text)))
        sentences.append(_trimmed(text, start, len(text), clauses))
    return [s for s in sentences if s.end > s.start]


def _between_han(text: str, index: int) -> bool:
    # A headline separates its phrases with spaces: `技术长A请辞 前特斯拉总监B接任`.
    return 0 < index < len(text) - 1 and _HAN.fullmatch(text[index - 1]) is not None and _HAN.fullmatch(text[index + 1]) is not None


def _trimmed(text: str, start: int, end: int, clauses: list[Clause]) -> Sentence:
    while start < end and text[start] in " \n\t\r":
        start += 1
    while end > start and text[end - 1] in " \n\t\r":
        end -= 1
    return Sentence(start, end, tuple(Clause(max(c.start, start), min(c.end, end)) for c in clauses if c.end > c.start))
