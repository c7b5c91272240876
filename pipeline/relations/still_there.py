"""A résumé's past post at the organization the person is still at is no leave.

`陈立曾任星河大学工学院院长、副校长,目前担任星河大学校长` lists posts held before at
星河大学, where the sentence says he works now (`目前担任`, `现任`, or the organization
and title that open the sentence before his name, `星河大学讲座教授陈立…曾任…`): a change
of post inside one organization, not a leave (ANNOTATION.md). Only past-post leaves
(triggers.tsv kind `past`: 曾任, 历任) are asked; a stated 离开 stands.
"""

from __future__ import annotations

from talentflow.relations.docview import DocView
from talentflow.relations.draft import Draft
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import rule

_STILL = rule("still-there")
# Before a name, after the organization that opens the sentence: a title, no 前/原.
_FORMER = ("前", "原", "曾")


def without_posts_still_held(view: DocView, drafts: list[Draft]) -> list[Draft]:
    return [draft for draft in drafts if not _still_there(view, draft)]


def _still_there(view: DocView, draft: Draft) -> bool:
    if draft.kind != "leave" or draft.verb_kind != "past" or not draft.from_org:
        return False
    left = employer(draft.from_org)
    sentence = draft.sentence
    for org in view.orgs.inside(sentence.start, sentence.end):
        if employer(org) != left:
            continue
        if _STILL.search(view.simple, max(sentence.start, org.start - 6), org.start):
            return True  # 目前担任星河大学校长
        # 星河大学讲座教授陈立: the organization that describes the person as the sentence opens.
        person = next((p for p in view.persons.starting(org.end, org.end + 14) if p.key == draft.person), None)
        between = view.simple[org.end : person.start] if person else ""
        if person and org.start - sentence.start <= 2 and org.start < draft.start and not any(w in between for w in _FORMER) and "," not in between:
            return True
    return False
