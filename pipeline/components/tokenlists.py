"""A Doc's tokens as plain lists, for the rule stages' loops.

`doc[i]` and `for token in doc` build a new Token object on every access, and
`doc.ents` builds every Span anew: in a loop that looks at neighbours these
dominate the stage. A stage reads the lists once and indexes those instead.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from itertools import chain, compress
from operator import attrgetter, itemgetter

from spacy.attrs import ENT_TYPE
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
