"""A Doc's tokens as plain lists, for the rule stages' loops.

`doc[i]` and `for token in doc` build a new Token object on every access, and
`doc.ents` builds every Span anew: in a loop that looks at neighbours these
dominate the stage. A stage reads the lists once and indexes those instead.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

from talentflow.components import extensions as _extensions  # noqa: F401 - registers Doc._.token_lists


@dataclass(frozen=True)
class Tokens:
    texts: list[str]
    norms: list[str]
    starts: list[int]  # character offset of each token

    def __len__(self) -> int:
        return len(self.texts)


def token_lists(doc: Doc) -> tuple[list[str], list[str], list[int]]:
    """(texts, norms, character starts) of the tokens of `doc`."""
    # Kept on the Doc for the next stage: no stage changes the tokenization.
    # (`doc._` makes a new accessor object each time: read once.)
    extension = doc._
    lists = extension.token_lists
    if lists is None:
        texts, norms, starts = [], [], []
        for token in doc:
            texts.append(token.text)
            norms.append(token.norm_)
            starts.append(token.idx)
        lists = extension.token_lists = (texts, norms, starts)
    return lists


_START, _END = attrgetter("start"), attrgetter("end")
# A token's first character (`""` for none), in C: itemgetter of a slice.
_FIRST_CHAR = itemgetter(slice(0, 1))


def positions_starting(tokens: list[str], chars: Container[str]) -> list[int]:
    """Indices of the tokens whose first character is in `chars` (a set).

    The stages look for the few tokens that can open a name (a surname, a capital, a
    transliteration character) among every token of the article: map and compress
    test them in C, where a comprehension runs a Python step per token."""
    return list(compress(range(len(tokens)), map(chars.__contains__, map(_FIRST_CHAR, tokens))))


def token_indices(spans: list[Span]) -> set[int]:
    """Indices of the tokens the spans cover."""
    return set(chain.from_iterable(map(range, map(_START, spans), map(_END, spans))))


def entity_tokens(doc: Doc) -> list[bool]:
    """Whether each token is inside an entity.

    Compared in the array: the labels as Python ints are 64-bit hashes, each a new
    object, only to be tested for zero."""
    return (doc.to_array(ENT_TYPE) != 0).tolist()


class Ent(NamedTuple):
    """An entity as `doc.ents` gives it, read off the token arrays: the fields of its
    Span the stages read (`label`, `id`: hashes, as Span.label and Span.id)."""

    start: int
    end: int
    label: int
    id: int
    label_: str


_new = tuple.__new__
# ENT_IOB's codes: 1 inside an entity, 3 its beginning.
_INSIDE, _BEGIN = 1, 3


def entities_of(doc: Doc) -> list[Ent]:
    """`doc.ents`, as Ent tuples: the getter builds a Span for every entity of the
    article (with its Token objects) on each read, and the stages read them several times.

    As the getter: an entity begins at a B token with a label and runs over the I
    tokens after it; its label and id are those of its first token."""
    array = doc.to_array([ENT_IOB, ENT_TYPE, ENT_ID])
    if not len(array):
        return []
    iob, types = array[:, 0], array[:, 1]
    # The arrays' own methods, not numpy.flatnonzero / append / searchsorted: those wrap
    # the same C calls in Python functions, and an article reads its entities four times.
    starts = ((iob == _BEGIN) & (types != 0)).nonzero()[0]
    # Each entity ends at the first token after its start that is not inside it: the
    # stops end with the article's length (a name closing `…加入星河科技` ends there).
    stops = numpy.concatenate(((iob != _INSIDE).nonzero()[0], (len(iob),)))
    ends = stops[stops.searchsorted(starts, side="right")]
    labels = types[starts].tolist()
    names = {label: doc.vocab.strings[label] for label in set(labels)}
    rows = zip(starts.tolist(), ends.tolist(), labels, array[starts, 2].tolist(), map(names.__getitem__, labels))
    # The tuples made in C, as Ent's own __new__ makes them (without its Python call).
    return list(map(_new, repeat(Ent), rows))


def date_follows(norms: list[str], k: int, dated: set[int]) -> bool:
    """Does a date open right after token k, past spaces (`梁某` `自` ` ` `2017 年`)?"""
    k += 1
    while k < len(norms) and not norms[k].strip():
        k += 1
    return k in dated


# How many tokens a bracketed description after a name may hold (`(前美团副总裁)`).
BRACKET_MAX_TOKENS = 12


def after_brackets(norms: list[str], k: int, closers: frozenset[str] = frozenset()) -> int:
    """The token after a bracketed description starting at k (`李某` `(` `前` … `)` `已`),
    or k when no short bracket opens there; past an adverb of `closers` first."""
    k += k < len(norms) and norms[k] in closers  # `李强` `均` `已`: 均 closes a list of names (list_closers)
    if k >= len(norms) or norms[k] != "(":
        return k
    for end in range(k + 1, min(len(norms), k + BRACKET_MAX_TOKENS + 1)):
        if norms[end] == ")":
            return end + 1
    return k


# Structure, not vocabulary: quotes around a name (`“澜石新能源”`, `「半亩设计」`), opening to closing.
QUOTE_PAIRS = {"“": "”", '"': '"', "「": "」", "『": "』"}
# A token that may stand in an organization's name: Han, Latin, digits, `&.-` (`A&B`, `X-lab`).
HAN_OR_LATIN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&.\-]+")
