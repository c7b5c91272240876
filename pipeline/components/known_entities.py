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

from collections.abc import Iterable
from functools import lru_cache
from itertools import compress

from spacy.language import Language
from spacy.tokens import Doc

from talentflow.resources import lexicon
from talentflow.text.phrases import Match, PhraseTable, longest_first, phrase_norms, spans_of
from talentflow.text.textnorm import shadow
from talentflow.components.tokenlists import entity_tokens, token_lists

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
        # An acronym alias (`III`, `HKBN`) is matched as written: in lower case the same
        # letters are something else, as a filing's item number `(iii)`.
        self.acronyms: set[str] = set()
        for entry in lexicon.organizations():
            for alias in entry.aliases:
                self.orgs.add(phrase_norms(nlp, alias), add(entry.name))
                if alias.isascii() and alias.isalpha() and alias.isupper():
                    self.acronyms.add(alias.lower())
        self.titles = PhraseTable()
        for title in lexicon.word_list("titles.txt"):
            self.titles.add(phrase_norms(nlp, title), 0)
        self.heads, self.prefixes = title_norms(), title_prefixes()
        self.title_starts = frozenset(self.titles.firsts | self.heads)

    def __call__(self, doc: Doc) -> Doc:
        norms = token_lists(doc)[1]
        # The first entity stage usually meets a Doc with no entity yet: `doc.ents` then
        # walks the tokens in C and builds nothing, where reading the label array costs
        # spaCy a check per token (`星河科技任命…` fresh from the segmenter: all free).
        taken = entity_tokens(doc) if doc.ents else [False] * len(norms)
        matches = self.orgs.matches(norms)
        if self.acronyms:
            texts = token_lists(doc)[0]
            matches = [m for m in matches if not (m[1] - m[0] == 1 and norms[m[0]] in self.acronyms and texts[m[0]].islower())]
        orgs = longest_first(matches, taken)
        # One pass in C finds where a title phrase or a composed title's head may start.
        starts = list(compress(range(len(norms)), map(self.title_starts.__contains__, norms)))
        titles = self.titles.matches(norms, starts) + composed_titles(norms, self.heads, self.prefixes, starts)
        titles = longest_first(titles, taken)
        if orgs or titles:
            doc.set_ents(spans_of(doc, orgs, self.org_label) + spans_of(doc, titles, self.title_label), default="unmodified")
        return doc


@Language.factory("talentflow_known_entities", assigns=["doc.ents"])
def make_known_entity_finder(nlp: Language, name: str) -> KnownEntityFinder:
    return KnownEntityFinder(nlp, name)
