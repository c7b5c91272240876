"""Local government bodies named after their place: `浙江省国资委`, `杭州市人民政府`.

Every province, city and district has its own 国资委, 发改委 and 人民政府, so no lexicon
lists them (orgs.tsv keeps no bare 国资委) and no company suffix ends them: without this
stage `原深圳市科技创新委员会主任A` reads as a company `深圳市科技`, and `调任杭州市人民政府
副市长` names no organization. The place and the body together are the organization:
- the place: words ending in a unit of administration (list place_units: `浙江省`,
  `杭州市|余杭区`, `某某|区`); a bare city or country is no place here (`MiniMax美国办公室`
  is the company's office);
- the body: one of government_bodies right after it (`国资委`, `发改局`, `人民政府`), or up
  to three words closed by one of government_body_tails (`科技创新|委员会`).
Not a body: `北京市场`, `浙江省内企业` (no body word follows the place), `该市政府` (a
pointer is no place). The spans are ORG entities; `doc._.inferred_orgs` keeps them with
the id `org:place-government`, which the records on them carry in `rules`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from talentflow.resources.patterns import word_list

PLACE_GOVERNMENT = "org:place-government"
PLACE_OFFICIAL = "org:place-official"
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_OPEN, _CLOSE = frozenset("(（"), frozenset(")）")
# `该市|副市长`, `本区`: a pointer names no place (closed grammatical list).
_POINTERS = ("该", "本", "此", "各", "全")
# `工业|和|信息化|厅`: the one conjunction a body's field holds between its words.
_FIELD_AND = "和"
# `科技创新|委员会`: at most this many words between the place and a body's tail.
_MAX_FIELD_TOKENS = 3
# `(长春)`, `(黑龙江)`: a seat in a registered name is a place of two to four characters.
_SEAT_CHARS = (2, 4)


class GovernmentBodies:
    def __init__(self, *, stops: frozenset[str]) -> None:
        self.units = tuple(word_list("place_units"))
        self.bodies = frozenset(word_list("government_bodies"))
        self.tails = tuple(word_list("government_body_tails"))
        self.heads = frozenset(word_list("government_body_heads"))
        self.officials = frozenset(word_list("place_officials"))
        self.stops = stops  # `该|市政府`, `在|区政府`: grammar is no place

    def find(self, doc: Doc, norms: list[str]) -> list[Span]:
        found: list[Span] = []
        # A place counts only before a body word or a tail at most _MAX_FIELD_TOKENS + 1 words
        # on (`杭州市|人民政府`, `深圳市|科技|创新|委员会`): look only there, and not at all in an
        # article that names no body (most of them).
        text = "".join(norms)  # doc.text would build every Token
        if not any(body in text for body in self.bodies) and not any(tail in text for tail in (*self.tails, *self.heads)):
            return found
        ends = [j for j, norm in enumerate(norms) if norm in self.bodies or norm in self.heads or norm.endswith(self.tails)]
        starts = sorted({i for j in ends for i in range(max(0, j - _MAX_FIELD_TOKENS - 1), j)})
        taken = 0
        for i in starts:
            if i < taken or not self._place(norms, i):
                continue
            first = self._place_start(norms, i)
            end = self._body_end(norms, i + 1)
            if end is not None:
                found.append(Span(doc, first, end, label="ORG"))
                taken = end
        return found

    def officials_places(self, doc: Doc, norms: list[str]) -> list[Span]:
        """org:place-official. `出任青川市南湖区副区长`: a place right before the title of
        its head of government is that government (`青川市南湖区`). Not `北京市场部副总监`
        (no official's title) nor `该市副市长` (a pointer is no place)."""
        text = "".join(norms)
        if not any(title in text for title in self.officials):
            return []
        found: list[Span] = []
        for i in range(len(norms) - 1):
            title = norms[i + 1] + (norms[i + 2] if i + 2 < len(norms) else "")
            if (norms[i + 1] in self.officials or title in self.officials) and self._place(norms, i):
                found.append(Span(doc, self._place_start(norms, i), i + 1, label="ORG"))
        return found

    def bracketed_place(self, norms: list[str], close: int) -> int | None:
        """`腾讯科技(深圳)有限公司`: a registered name states its seat in brackets before the
        legal form (`(深圳)`, `(中国)`, `(青川|市)`, `(长春)`, `(国际)`); `close` is the closing
        bracket, the opening one's index is returned. Only the caller's legal form after the
        bracket makes it a seat, so any short Han word there is one:
        no gazetteer lists every city a subsidiary sits in (`星河电子(长春)有限公司`)."""
        if norms[close] not in _CLOSE:
            return None
        for opening in range(close - 2, max(0, close - 4), -1):
            if norms[opening] in _OPEN:
                seat = "".join(norms[opening + 1 : close])
                named = opening > 0 and _HAN.fullmatch(norms[opening - 1]) and norms[opening - 1] not in self.stops
                return opening if named and _HAN.fullmatch(seat) and _SEAT_CHARS[0] <= len(seat) <= _SEAT_CHARS[1] and seat not in self.stops else None
        return None

    def _place(self, norms: list[str], i: int) -> bool:
        norm = norms[i]
        if not _HAN.fullmatch(norm) or norm in self.stops or norm.startswith(_POINTERS):
            return False
        if len(norm) >= 2 and norm.endswith(self.units):
            return True
        # `某某|区`: jieba leaves the unit alone after a name it does not know.
        return norm in self.units and i > 0 and len(norms[i - 1]) >= 2 and bool(_HAN.fullmatch(norms[i - 1])) and norms[i - 1] not in self.stops

    def _place_start(self, norms: list[str], i: int) -> int:
        """`浙江省|杭州市|余杭区`: the place runs back over the places before it."""
        first = i - 1 if norms[i] in self.units else i
        while first > 0 and self._place(norms, first - 1):
            first -= 2 if norms[first - 1] in self.units else 1  # `云岭|省|青川|市`
        return first

    def _body_end(self, norms: list[str], start: int) -> int | None:
        if start < len(norms) and norms[start] in self.bodies:
            return start + 1
        for end in range(start + 1, min(len(norms), start + _MAX_FIELD_TOKENS + 1) + 1):
            words = norms[start:end]
            if not all(_HAN.fullmatch(word) and (word not in self.stops or word == _FIELD_AND and k > 0) for k, word in enumerate(words)):
                return None
            if words[-1].endswith(self.tails) or end - start > 1 and words[-1] in self.heads:
                return end
        return None
