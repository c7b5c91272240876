"""Lexicon phrases found in a Doc's token norms, and the choice among overlapping finds.

The stages that look words up in the lexicon (known_entities, cues) share this:
a phrase is the sequence of norms the pipeline's own segmenter gives it, found
at every position as spaCy's PhraseMatcher would, over the plain token lists
instead of the Doc's Token objects.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from itertools import compress

from spacy.language import Language
from spacy.tokens import Doc, Span

from talentflow.text.textnorm import shadow

Match = tuple[int, int, Hashable]  # token start, token end, value


class PhraseTable:
    """Token-norm sequences and their values, found at every position (as spaCy's PhraseMatcher)."""

    def __init__(self) -> None:
        # Most phrases are one token (jieba keeps every lexicon word whole): those
        # are one dict lookup; longer ones are indexed by their first norm.
        self._words: dict[str, Hashable] = {}
        self._phrases: dict[tuple[str, ...], Hashable] = {}
        self._lengths: dict[str, list[int]] = {}  # first norm → lengths of its phrases, longest first
        self.firsts: set[str] = set()  # norms that start a phrase

    def add(self, norms: Iterable[str], value: Hashable) -> None:
        norms = tuple(norms)
        if len(norms) == 1:
            self._words.setdefault(norms[0], value)
        elif norms and norms not in self._phrases:
            self._phrases[norms] = value
            lengths = self._lengths.setdefault(norms[0], [])
            if len(norms) not in lengths:
                lengths.append(len(norms))
                lengths.sort(reverse=True)
        if norms:
            self.firsts.add(norms[0])

    def __len__(self) -> int:
        return len(self._words) + len(self._phrases)

    def matches(self, norms: list[str], starts: Iterable[int] | None = None) -> list[Match]:
        """Every occurrence; `starts`, when given, are the only positions tried
        (a caller that scanned for several tables' first norms at once)."""
        words, lengths_of, phrases, size = self._words, self._lengths, self._phrases, len(norms)
        if starts is None:
            # Most tokens start no phrase; the membership test runs in C over the whole list.
            starts = compress(range(size), map(self.firsts.__contains__, norms))
        found = []
        for start in starts:
            norm = norms[start]
            value = words.get(norm)
            if value is not None:
                found.append((start, start + 1, value))
            for length in lengths_of.get(norm, ()):
                # A slice past the end is shorter than asked and could equal a shorter phrase.
                if start + length <= size:
                    value = phrases.get(tuple(norms[start : start + length]))
                    if value is not None:
                        found.append((start, start + length, value))
        return found


def longest_first(matches: Iterable[Match], taken: list[bool]) -> list[Match]:
    """Matches that keep clear of each other and of `taken` tokens: longer first, then earlier.

    Marks the kept matches' tokens in `taken`.
    """
    kept = []
    for start, end, value in sorted(matches, key=lambda match: (match[0] - match[1], match[0])):
        if not any(taken[start:end]):
            taken[start:end] = [True] * (end - start)
            kept.append((start, end, value))
    return kept


def phrase_norms(nlp: Language, text: str) -> list[str]:
    """The norms the text would get as a Doc: lower-cased tokens of its shadow."""
    segment = getattr(nlp.tokenizer, "segment", None)
    if segment is not None:
        # Our segmenter cuts the shadow and lower-cases it, without making a Doc (and
        # ~3,800 Docs' new lexemes were half the pipeline build).
        return [token.lower() for token in segment(shadow(text))]
    return [token.norm_ for token in nlp.make_doc(shadow(text))]


def spans_of(doc: Doc, matches: list[Match], label: int) -> list[Span]:
    """Spans of the matches, with the match's value as span id unless it is 0."""
    return [
        Span(doc, start, end, label=label, span_id=value) if value else Span(doc, start, end, label=label)
        for start, end, value in matches
    ]
