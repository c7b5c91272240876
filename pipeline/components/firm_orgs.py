"""Partnership firms named after their partners: `柯兵严永道会计师事务所`, `星河·陈黄方会计师行`.

An accounting or law firm takes its partners' surnames as its name, often joined
to a brand by a middle dot (`星河·陈黄方会计师行`). Read alone, such a run of
surnames looks like a person (`柯兵严` of 柯兵严永道, `陈黄方`), and the suffix finder
(entities.py) stops at a person. Before a firm head (list partner_firm_heads:
`会计师事务所`, `会计师行`, `律师事务所`, in one token or cut apart by jieba) the words
are the firm's name, persons and the middle dot included: the whole firm is one ORG,
no person is read out of it. `doc._.inferred_orgs` keeps it with the id
`org:partner-firm`, which the records on it carry in `rules`.

Not a firm's name: what closes a name to the left (`在|星河会计师事务所`, `一家|会计师事务所`:
list org_left_stops, verbs), or a single everyday word (`知名|会计师事务所`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from talentflow.components.tokenlists import HAN_OR_LATIN
from talentflow.resources import jieba_dict
from talentflow.resources.patterns import word_list

PARTNER_FIRM = "org:partner-firm"
_DOT = frozenset("·・•")
# `星河·陈黄方|会计师|行`: the name before the head takes at most this many tokens.
_MAX_NAME_TOKENS = 6
# A firm head is cut into at most this many tokens (`会计师|事务所`).
_MAX_HEAD_TOKENS = 3


class PartnerFirms:
    def __init__(self, *, stops: frozenset[str]) -> None:
        self.heads = frozenset(word_list("partner_firm_heads"))
        self.stops = stops
        # `会计师`, `律师`: a head's first characters tell whether an article may name a firm.
        self.openers = frozenset(head[:2] for head in self.heads)

    def find(self, doc: Doc, norms: list[str], ent_of: dict) -> list[Span]:
        text = "".join(norms)
        if not any(opener in text for opener in self.openers):
            return []  # most articles name no firm: nothing to scan
        found = []
        for first in range(1, len(norms)):
            end = self._head_end(norms, first)
            if end is None:
                continue
            start = self._name_start(norms, first, ent_of)
            if start is not None:
                found.append(Span(doc, start, end, label="ORG"))
        return found

    def _head_end(self, norms: list[str], first: int) -> int | None:
        """The end of a firm head opening at token `first` (`会计师|事务所`), or None."""
        for end in range(first + 1, min(len(norms), first + _MAX_HEAD_TOKENS) + 1):
            if "".join(norms[first:end]) in self.heads:
                return end
        return None

    def _name_start(self, norms: list[str], head: int, ent_of: dict) -> int | None:
        start = head
        while start > 0 and head - start < _MAX_NAME_TOKENS:
            prev, ent = norms[start - 1], ent_of.get(start - 1)
            if prev in _DOT and start - 1 < head - 1 and start >= 2:
                start -= 1  # `星河·陈黄方`: the dot joins the brand to the partners
            elif ent is not None and ent.label_ in ("ORG", "PERSON"):
                start = ent.start  # `柯兵严|永道`: a partner's surname read as a person
            elif prev in self.stops or prev in jieba_dict.common_verbs() or not HAN_OR_LATIN.fullmatch(prev):
                break
            else:
                start -= 1
        if start == head or norms[start] in _DOT:
            return None
        if head - start == 1 and start not in ent_of and norms[start] in jieba_dict.common_words():
            return None  # `知名|会计师事务所`: a description, no name
        return start
