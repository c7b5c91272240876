"""Known organizations and titles: the lexicon matched over the token norms.

`doc.ents` gets every alias of `orgs.tsv` (label ORG, `ent_id_` = the canonical
organization, so `谷歌` folds to `Google`) and every title, whole (`首席执行官`)
or composed of modifiers and a head (`自动驾驶` + `副总裁`, `高级` +
`机器学习工程师`, stacked `研究科学家` + `经理`).

One pass of dictionary lookups over plain lists replaces two spaCy
entity_rulers, whose token Matcher walked every Token object of the Doc for
the composed titles and was a sixth of the pipeline's time (bench/results.md).
The choice among overlapping matches is the ruler's: organizations first, then
titles on tokens no organization took; within each, longer matches first, then
the earlier one.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from functools import lru_cache
from itertools import compress

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import lexicon
from pipeline.textnorm import shadow
from pipeline.tokenlists import entity_tokens, token_lists

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


@lru_cache(maxsize=1)
def title_norms() -> frozenset[str]:
    """Known titles as token norms: the heads of composed titles, and what
    OrgPatternFinder recognizes as a head left after a unit's name."""
    return frozenset(shadow(title).lower() for title in lexicon.word_list("titles.txt"))


@lru_cache(maxsize=1)
def title_prefixes() -> frozenset[str]:
    """Words that may precede a title head in any number: modifiers (`高级`) and domains (`自动驾驶`)."""
    words = lexicon.word_list("title_modifiers.txt") + lexicon.word_list("title_domains.txt")
    return frozenset(shadow(word).lower() for word in words)


def composed_titles(
    norms: list[str], titles: frozenset[str], prefixes: frozenset[str], starts: Iterable[int] | None = None
) -> list[Match]:
    """Every span `prefix+ title` or `prefix* title title+`, as a token Matcher with those patterns finds them.

    `starts`, when given, holds every position of a title (and maybe others).
    """
    found = []
    size = len(norms)
    if starts is None:
        starts = range(size)
    for head in starts:
        if norms[head] not in titles:
            continue
        first = head
        while first > 0 and norms[first - 1] in prefixes:
            first -= 1
        # `研究科学家` + `经理`: a title heading a group of that title is one post.
        last = head
        while last + 1 < size and norms[last + 1] in titles:
            last += 1
        found += [(start, head + 1, 0) for start in range(first, head)]
        found += [(start, end + 1, 0) for start in range(first, head + 1) for end in range(head + 1, last + 1)]
    return found


class KnownEntityFinder:
    """ORG and TITLE entities from the lexicon (`orgs.tsv`, `titles.txt`, modifiers, domains)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        # Labels and ids are kept as the StringStore's hashes: a Span made from a
        # hash skips the string lookup (half the cost of making one).
        add = nlp.vocab.strings.add
        self.org_label, self.title_label = add("ORG"), add("TITLE")
        # Phrases are cut by the pipeline's own segmenter, as the text will be.
        self.orgs = PhraseTable()
        for entry in lexicon.organizations():
            for alias in entry.aliases:
                self.orgs.add(phrase_norms(nlp, alias), add(entry.name))
        self.titles = PhraseTable()
        for title in lexicon.word_list("titles.txt"):
            self.titles.add(phrase_norms(nlp, title), 0)
        self.heads, self.prefixes = title_norms(), title_prefixes()
        self.title_starts = frozenset(self.titles.firsts | self.heads)

    def __call__(self, doc: Doc) -> Doc:
        norms = token_lists(doc)[1]
        taken = entity_tokens(doc)
        orgs = longest_first(self.orgs.matches(norms), taken)
        # One pass in C finds where a title phrase or a composed title's head may start.
        starts = list(compress(range(len(norms)), map(self.title_starts.__contains__, norms)))
        titles = self.titles.matches(norms, starts) + composed_titles(norms, self.heads, self.prefixes, starts)
        titles = longest_first(titles, taken)
        if orgs or titles:
            doc.set_ents(spans_of(doc, orgs, self.org_label) + spans_of(doc, titles, self.title_label), default="unmodified")
        return doc


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


@Language.factory("talentflow_known_entities", assigns=["doc.ents"])
def make_known_entity_finder(nlp: Language, name: str) -> KnownEntityFinder:
    return KnownEntityFinder(nlp, name)
