"""A registered company's full name opening on its seat (rule org:registered-name).

A name registered with the state reads place + trade name + business + legal form:
`北京|值得|买|科技股份|有限公司`, `杭州|途岚|旅行|服务|股份|有限公司`. Its trade name and
business may be everyday verbs (`值得买`, `旅行服务`), where the suffix finder
(entities.py) stops, leaving a fragment that names no one (`股份有限公司`,
`买科技股份有限公司`). Before a registered legal form (registered_heads), a fragment that
opens on a single character, a legal form or an everyday word runs back over those
verbs to the place the name opens on (places_in_names, or a word ending in place_units:
`深圳市`); with no place within reach it stays as found.
Not widened: a fragment opening on a name word (`在北京成立|星河科技有限公司`: 星河 starts
the name), or a run crossing a stop (`加入|…`), a quote or a punctuation mark.
"""

from __future__ import annotations

import re

from talentflow.resources import jieba_dict
from talentflow.resources.patterns import word_list

REGISTERED_NAME = "org:registered-name"
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# `杭州|途岚|旅行|服务|股份|有限公司`: a registered name spans at most this many tokens.
_MAX_TOKENS = 7


class RegisteredNames:
    def __init__(self, *, stops: frozenset[str], legal_forms: frozenset[str], registered: frozenset[str]) -> None:
        self.stops, self.legal_forms, self.registered = stops, legal_forms, registered
        self.places = frozenset(word_list("places_in_names"))
        self.place_units = tuple(word_list("place_units"))

    def widen(self, norms: list[str], start: int, suffix: int, ent_of: dict) -> int:
        """Where the name ending at the registered `suffix` starts, given that the
        suffix finder stopped at `start`."""
        if norms[suffix] not in self.registered or start == 0 or not self._fragment(norms[start]):
            return start
        first = start
        while first > 0 and suffix - first < _MAX_TOKENS - 1:
            prev = norms[first - 1]
            if prev in self.stops or not _HAN.fullmatch(prev) or first - 1 in ent_of and ent_of[first - 1].label_ != "ORG":
                return start
            first -= 1
            if self._place(prev):
                while first > 0 and self._place(norms[first - 1]) and first - 1 not in ent_of:
                    first -= 1  # `浙江省|杭州市|…`
                return first
        return start

    def _fragment(self, norm: str) -> bool:
        """`买|科技股份…`, `股份|有限公司`, `服务|有限公司`: no trade name opens the span."""
        return len(norm) == 1 or norm in self.legal_forms or norm in jieba_dict.common_words()

    def _place(self, norm: str) -> bool:
        return norm in self.places or len(norm) >= 2 and norm.endswith(self.place_units) and norm not in self.stops

    def widened(self, norms: list[str], start: int, suffix: int) -> bool:
        """Whether the found name `norms[start:suffix + 1]` is one `widen` made: it opens on
        a place and holds a verb or a single character before its legal form, where the
        suffix finder alone stops (`北京|值得|买|…|有限公司`)."""
        return (
            norms[suffix] in self.registered and self._place(norms[start])
            and any(len(norm) == 1 or norm in jieba_dict.common_verbs() for norm in norms[start + 1 : suffix])
        )
