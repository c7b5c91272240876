"""A Doc's tokens as plain lists, for the rule stages' loops.

`doc[i]` and `for token in doc` build a new Token object on every access, and
`doc.ents` builds every Span anew: in a loop that looks at neighbours these
dominate the stage. A stage reads the lists once and indexes those instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Tokens:
    texts: list[str]
    norms: list[str]
    starts: list[int]  # character offset of each token
    ent_types: list[str]  # as doc.ents stood when the lists were read

    def __len__(self) -> int:
        return len(self.texts)


def tokens_of(doc: Doc) -> Tokens:
    texts, norms, starts, ent_types = [], [], [], []
    for token in doc:
        texts.append(token.text)
        norms.append(token.norm_)
        starts.append(token.idx)
        ent_types.append(token.ent_type_)
    return Tokens(texts, norms, starts, ent_types)


def token_indices(spans: list[Span]) -> set[int]:
    """Indices of the tokens the spans cover."""
    return {i for span in spans for i in range(span.start, span.end)}
