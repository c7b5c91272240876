"""One article as the relation rules see it: mentions in character offsets of the shadow.

Built once per Doc from the entity and span stages, so the rules in moves.py and
roles.py look things up in plain lists instead of walking spaCy objects.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter, itemgetter
from typing import Mapping, NamedTuple

from spacy.tokens import Doc

from talentflow.components.tokenlists import entities_of, token_lists
from talentflow.resources import lexicon
from talentflow.relations.coref import Mention, person_mentions
from talentflow.relations.reading import ReadingState
from talentflow.text.sentences import Clause, Sentence
from talentflow.resources.patterns import rule, word_set

# Parenthetical after a name or organization: `杜楠(音译,Nan Du)`, `AI Lab(人工智能实验室)`.
PARENTHESIS = re.compile(r"\([^()]{0,30}\)")
# Punctuation that ends a description: no organization before it describes a name after it.
_STOPS = re.compile(r"[,;:。!?、]")


_UNKNOWN = object()
# A tuple's first and second items (a mention's start and end), read in C over a list.
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
# A news source: 据 X 了解/获悉/报道, 向 X 确认/证实 (what a newsroom does, not a company).
_SOURCE_BEFORE = rule("source-before")
_SOURCE_AFTER = rule("source-after")
# 从 X 工作人员处得知: the organization told the news (patterns.toml source-from-staff).
_FROM_SOURCE_BEFORE = rule("source-from-before")
_FROM_SOURCE_AFTER = rule("source-from-staff")
# `在多家风投和私募基金担任顾问`: a name inside a counted, unnamed group of
# organizations (多家, 数家) names none of them; the rules do not see it.
_QUANTIFIED = rule("counted-organizations")
# `〔记者林志明/新竹报导〕`, `(中央社记者林志明台北2日电)`: the newsroom's byline; its
# name writes the article (no mover, no subject of a later clause) and its 报导 is no rumour.
_BYLINE = rule("byline")


class DateMention(NamedTuple):
    """A DATE entity with its value and its role in a span: `2019年至2021年` is a
    span_start (2019) and a span_end (2021), `2023年5月` a point, `至今` a span_end
    with no value (still there)."""

    start: int
    end: int
    value: str  # normalized (`2023-05`), "" when the text gives none
    role: str  # "point", "span_start" or "span_end" (text/timex.py)


class Cue(NamedTuple):
    """A cue span (cues.tsv): `传闻` rumour, `并未` negated, `毕业` schooling."""

    start: int
    end: int
    value: str  # the cue's kind


class Trigger(NamedTuple):
    """A trigger span read once: the rules look triggers up many times per sentence."""

    start_char: int
    end_char: int
    label_: str


class ByStart(list):
    """Items in order of their start offsets, the offsets kept for bisect.

    The rules ask which mentions lie in a clause or just before a verb for every
    trigger; scanning the article's whole list each time was most of this stage.
    """

    def __init__(self, items: list, starts: list[int]) -> None:
        super().__init__(items)
        self.starts = starts
        ends = list(map(_SECOND, items))
        # Entities never overlap, so their ends rise with their starts and `inside` bisects them too.
        self.ends = ends if ends == sorted(ends) else None

    def starting(self, low: int, high: int) -> list:
        """The items that start in [low, high), in order."""
        return self[bisect_left(self.starts, low) : bisect_left(self.starts, high)]

    def inside(self, low: int, high: int) -> list:
        """The items that lie in [low, high]: start at or after `low`, end (item[1]) by `high`."""
        first = bisect_left(self.starts, low)
        if self.ends is not None:
            return self[first : bisect_right(self.ends, high, first)]  # never below `first`: bisect from it
        return [item for item in self[first : bisect_right(self.starts, high)] if item[1] <= high]

    def ending(self, low: int, high: int) -> list:
        """The items that end (item[1]) in [low, high], in order."""
        if self.ends is not None:
            return self[bisect_left(self.ends, low) : bisect_right(self.ends, high)]
        return [item for item in self if low <= item[1] <= high]


def by_start(mentions: list[Mention]) -> ByStart:
    return ByStart(mentions, list(map(_FIRST, mentions)))  # Mention.start


def _by_first(rows: list[tuple]) -> ByStart:
    return ByStart(rows, list(map(_FIRST, rows)))


@dataclass
class DocView:
    """Everything the rules look up, in character offsets of the shadow."""

    doc: Doc
    text: str  # doc.text, read once: spaCy rebuilds it from the tokens on every access
    simple: str
    persons: ByStart  # of Mention
    orgs: ByStart
    titles: ByStart
    dates: ByStart  # of DateMention
    cues: ByStart  # of Cue
    university: frozenset[str]
    products: frozenset[str] = frozenset()
    clauses: list[Clause] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # What the article has told so far (the employer each person last joined): read
    # here, updated by the extractor alone (reading.py).
    reading: ReadingState = field(default_factory=ReadingState)
    triggers: ByStart = field(default_factory=lambda: ByStart([], []))  # of Trigger
    # Where the (first) trigger starting at an offset ends: rules ask what follows a verb.
    trigger_ends: dict[int, int] = field(default_factory=dict)
    # Ends of the persons, dates and triggers, sorted: a post's name stops at them (roles.py).
    walls: list[int] = field(default_factory=list)
    clause_starts: list[int] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    # What the rules derive from the view alone, asked again by the next trigger or record
    # of the article: key (rule, arguments) → result.
    memo: dict = field(default_factory=dict)

    @property
    def affiliation(self) -> Mapping[str, str]:
        """Person → the employer last joined (`加入小米` read before): read-only."""
        return self.reading.employer

    @property
    def affiliation_since(self) -> Mapping[str, str]:
        """Person → when that join happened, "" when the text does not say: read-only."""
        return self.reading.since

    def set_sentences(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.clauses = list(chain.from_iterable(map(attrgetter("clauses"), sentences)))
        self.sentence_starts = list(map(_FIRST, sentences))  # Sentence.start
        self.clause_starts = list(map(_FIRST, self.clauses))  # Clause.start

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` starts (0 before the first)."""
        index = bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[index] if index >= 0 else 0

    def opens_sentence(self, offset: int) -> bool:
        index = bisect_left(self.sentence_starts, offset)
        return index < len(self.sentence_starts) and self.sentence_starts[index] == offset

    def memoized(self, key: tuple, compute, *args):
        """`compute(*args)`, worked out once per article: the rules of a sentence's several
        triggers (and of the next sentences) ask the view the same questions."""
        found = self.memo.get(key, _UNKNOWN)
        if found is _UNKNOWN:  # None is an answer (post_after: no post)
            found = self.memo[key] = compute(*args)
        return found

    def last_stop(self, before: int) -> int:
        """The last `,;:。!?、` before `before` outside a parenthetical (-1: none).

        PARENTHESIS.sub removes the same parentheticals from any slice that holds them
        whole (they contain no bracket), so this stop stays in every slice across it."""
        asides, aside_starts = self.memoized(("asides",), _asides, self.simple)
        # Looked for backwards a window at a time: the last stop is seldom far.
        high = before
        while high > 0:
            low = max(0, high - 64)
            for stop in reversed([match.start() for match in _STOPS.finditer(self.simple, low, high)]):
                aside = bisect_right(aside_starts, stop) - 1
                if aside < 0 or asides[aside][1] <= stop:
                    return stop
            high = low
        return -1

    def last_wall(self, before: int) -> int:
        """The last end of a person, date or trigger at or before `before` (-1: none)."""
        index = bisect_right(self.walls, before)
        return self.walls[index - 1] if index else -1


def view_of(doc: Doc) -> DocView:
    university = lexicon.org_names_of_kind("university")
    products = lexicon.org_names_of_kind("product")
    text = text_of(doc)
    simple = doc._.shadow or text
    times = doc._.times or []
    time_starts = [m.start for m in times]
    entities, orgs, titles, dates = [], [], [], []
    long_forms, time_values = doc._.long_forms or {}, doc._.time_values or {}
    # The entities as tuples (doc.ents would build a Span for each), their
    # character offsets from the tokens' (the text, the words' lengths).
    words, _, word_starts = token_lists(doc)
    id_of = doc.vocab.strings.__getitem__
    for ent in entities_of(doc):
        start, end, label = word_starts[ent.start], word_starts[ent.end - 1] + len(words[ent.end - 1]), ent.label_
        entities.append((start, end, label))
        ent_text = text[start:end]
        if label == "ORG":
            # A short mention (`驭势`) is reported by the full name the article gave it,
            # the pattern's id (the entity's span id) is its key.
            if not _source(simple, start, end) and not _QUANTIFIED.search(simple, max(0, start - 12), start):
                orgs.append(Mention(start, end, "ORG", long_forms.get((start, end)) or ent_text, id_of(ent.id) or ent_text))
        elif label == "TITLE":
            titles.append(Mention(start, end, "TITLE", ent_text, ent_text))
        elif label == "DATE":
            # Times do not overlap: the first one starting in the entity is the only candidate.
            index = bisect_left(time_starts, start)
            mention = times[index] if index < len(times) and times[index].end <= end else None
            role = mention.role if mention else "point"
            dates.append(DateMention(start, end, time_values.get((start, end), ""), role))
    cues = [Cue(span.start_char, span.end_char, span.label_) for span in doc.spans.get("cues", [])]
    persons = _without_bracketed_aliases(person_mentions(doc, ents=entities, text=text), simple)
    bylines = [match.span() for match in _BYLINE.finditer(simple)] if "记者" in simple or "报" in simple or "文" in simple else []
    if bylines:
        persons = [p for p in persons if not _within(bylines, p.start, p.end)]
        cues = [c for c in cues if not _within(bylines, c.start, c.end)]
        # `台北2日电`: the dateline is when the news was filed, not when the move happened.
        dates = [d for d in dates if not _within(bylines, d.start, d.end)]
    triggers = sorted(Trigger(t.start_char, t.end_char, t.label_) for t in doc.spans.get("triggers", []))
    persons, titles = by_start(persons), by_start(titles)
    triggers = [t for t in triggers if not _post_first_unmet(simple, t, persons, titles)]
    walls = sorted([m.end for m in persons] + [d.end for d in dates] + [t.end_char for t in triggers])
    return DocView(
        doc, text, simple, persons, by_start(orgs), titles, _by_first(dates), _by_first(cues),
        university, products, triggers=_by_first(triggers), walls=walls,
        trigger_ends={t.start_char: t.end_char for t in reversed(triggers)},
    )


def _post_first_unmet(simple: str, trigger: Trigger, persons: ByStart, titles: ByStart) -> bool:
    """`三位新任高管履历`, `新任董事分别由A、B出任`: a verb naming the post before its
    holder (patterns.toml post_first_verbs: 新任) is a trigger only as `新任总经理A`, a
    post right after it and a person right after the post; else it is none at all (it
    neither gives a record nor stops a post's name or another verb's reach)."""
    if simple[trigger.start_char : trigger.end_char] not in word_set("post_first_verbs"):
        return False
    end = trigger.end_char
    return not any(persons.starting(title.end, title.end + 2) for title in titles.starting(end, end + 2))


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) lie inside one of `spans` (the article's few bylines)?"""
    return any(low <= start and end <= high for low, high in spans)


def _source(simple: str, start: int, end: int) -> bool:
    """`据量子位了解`, `向腾讯科技确认`: the newsroom that learned or was told the news,
    no employer of anyone in it (the entity stays; the rules do not see it)."""
    return (
        _SOURCE_BEFORE.search(simple, max(0, start - 3), start) is not None
        and _SOURCE_AFTER.match(simple, end) is not None
    ) or (
        # `从星河科技工作人员处得知`: told by the organization, not left.
        _FROM_SOURCE_BEFORE.search(simple, max(0, start - 2), start) is not None
        and _FROM_SOURCE_AFTER.match(simple, end) is not None
    )


def _asides(simple: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The parentheticals of the text (spans, starts): they may hold stops."""
    asides = [match.span() for match in PARENTHESIS.finditer(simple)]
    return asides, [start for start, _ in asides]


def text_of(doc: Doc) -> str:
    """`doc.text`, without walking the Doc: spaCy joins every token's text_with_ws on
    each access, which cost a quarter of this stage. The segmenter's words follow each
    other with no space (tokenlists.py keeps them), so they join to the text."""
    if doc._.token_lists is None or not len(doc):
        return doc.text
    joined = "".join(doc._.token_lists[0])
    last = doc[-1]
    # No space anywhere: the words alone are as long as the text (a hand-built Doc may have spaces).
    return joined if last.idx + len(last.text_with_ws) == len(joined) else doc.text


def _without_bracketed_aliases(persons: list[Mention], simple: str) -> list[Mention]:
    """`杜楠(音译,Nan Du)`: the bracketed form repeats the name, it adds no person to a list."""
    out: list[Mention] = []
    for person in persons:
        previous = out[-1] if out else None
        if previous and previous.key == person.key and simple[previous.end : person.start].lstrip().startswith("("):
            if ")" not in simple[previous.end : person.start]:
                continue
        out.append(person)
    return out


def ends_with(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Does `pattern` (anchored with $) match just before `end`? Looks back a few characters only."""
    return pattern.search(text, max(0, end - 8), end) is not None
