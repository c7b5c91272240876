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

from types import MappingProxyType
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # the drafts are made a layer above the view this state belongs to
    from talentflow.relations.draft import Draft


class ReadingState:
    """The employer each person last joined (`employer`) and the time of that join
    (`since`, "" when the text gives none), both read-only mappings."""

    __slots__ = ("_employer", "_since", "employer", "since")

    def __init__(self) -> None:
        self._employer: dict[str, str] = {}
        self._since: dict[str, str] = {}
        self.employer = MappingProxyType(self._employer)
        self.since = MappingProxyType(self._since)

    def learn(self, drafts: Iterable[Draft]) -> None:
        """A join taken (`加入小米`, status done, `Draft.tells_employer`) makes its
        organization the person's employer from then on; `将出任…` (announced, not
        joined yet) leaves nothing to leave, so it teaches nothing."""
        for draft in drafts:
            if draft.to_org and draft.status == "done" and draft.tells_employer:
                self._employer[draft.person] = draft.to_org
                self._since[draft.person] = draft.time
