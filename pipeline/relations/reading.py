"""What the article has told so far, as the relation stage reads it sentence by
sentence: the employer each person last joined, and when.

`2019年加入小米。…2021年升任小米云副总裁`: the second sentence reads `小米` as the
employer already joined (a promotion, no new join); `…他随后离职` with no
organization leaves the one joined last (org:last-joined). The strategies only read
this state (`DocView.affiliation`, `DocView.affiliation_since`, read-only
mappings); the extractor updates it in one place, `ReadingState.learn`, from the
drafts each trigger produced.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterable

from talentflow.resources import lexicon

if TYPE_CHECKING:  # the drafts are made a layer above the view this state belongs to
    from talentflow.relations.draft import Draft


class ReadingState:
    """The employer each person last joined (`employer`), the time of that join
    (`since`, "" when the text gives none), and, when that join was a move, where
    it started (`origin`: `从X离职,加盟Y` → X; "" for `跳槽到Y` with no origin
    named; no entry after a plain join), all read-only mappings (after_move.py)."""

    __slots__ = ("_employer", "_since", "_origin", "_left", "employer", "since", "origin", "latest", "left")

    def __init__(self) -> None:
        self._employer: dict[str, str] = {}
        self._since: dict[str, str] = {}
        self._origin: dict[str, str] = {}
        self._left: dict[str, tuple[int, str]] = {}  # person → (sentence start, organization left there)
        self.employer = MappingProxyType(self._employer)
        self.since = MappingProxyType(self._since)
        self.origin = MappingProxyType(self._origin)
        # The organization of the last join taken, by anyone (`新东家` in `B也追随他加入了新东家`).
        self.latest = ""
        # person → (sentence start, organization last left): `辞去上述职务` restates that leave.
        self.left = MappingProxyType(self._left)

    def learn(self, drafts: Iterable[Draft]) -> None:
        """A join taken (`加入小米`, status done, `Draft.tells_employer`) makes its
        organization the person's employer from then on; `将出任…` (announced, not
        joined yet) leaves nothing to leave, so it teaches nothing."""
        for draft in drafts:
            at = draft.sentence.start if draft.sentence is not None else -1
            if draft.from_org and not draft.to_org:
                self._left[draft.person] = (at, draft.from_org)
            if draft.to_org and draft.status == "done" and draft.tells_employer:
                self._employer[draft.person] = draft.to_org
                self.latest = draft.to_org
                self._since[draft.person] = draft.time
                left_at, left = self._left.get(draft.person, (-1, ""))
                origin = draft.from_org or (left if left_at == at >= 0 else "")
                if origin or draft.verb_kind == "move" or draft.trigger in _switch_verbs():
                    self._origin[draft.person] = origin
                else:
                    self._origin.pop(draft.person, None)

    def previous(self, person: str, *, before: int) -> str:
        """The employer the person left before the one last joined (`2022年离开谷歌后加入小米`:
        谷歌), else the one last left in a sentence before `before`: what `老东家` in
        `重返老东家` stands for ("" unknown). Not a leave of the same sentence: in
        `此番出走星河,也算是重返老东家` the one left now is not the one returned to."""
        left_at, left = self._left.get(person, (-1, ""))
        return self._origin.get(person, "") or (left if 0 <= left_at < before else "")


@lru_cache(maxsize=1)
def _switch_verbs() -> frozenset[str]:
    """`跳槽到了P`: joins that say they came from somewhere (triggers.tsv `switch`);
    read at the first join, not at import."""
    return lexicon.verbs_with("switch")
