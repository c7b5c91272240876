"""A résumé's past post at the organization the person is still at is no leave.

`陈立曾任星河大学工学院院长、副校长,目前担任星河大学校长` lists posts held before at
星河大学, where the sentence says he works now (`目前担任`, `现任`, or the organization
and title that open the sentence before his name, `星河大学讲座教授陈立…曾任…`): a change
of post inside one organization, not a leave (ANNOTATION.md). Only past-post leaves
(triggers.tsv kind `past`: 曾任, 历任) are asked; a stated 离开 stands.

Nor is a rumoured move told of a person in a relative clause whose own clause keeps
him (`传出将离职的A,最终选择留任`: rule rumour-then-stays).
"""

from __future__ import annotations

from talentflow.relations.docview import DocView
from talentflow.relations.draft import Draft
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import rule

_STILL = rule("still-there")
_STAYS = rule("rumour-then-stays")
# Before a name, after the organization that opens the sentence: a title, no 前/原.
_FORMER = ("前", "原", "曾")


def without_posts_still_held(view: DocView, drafts: list[Draft]) -> list[Draft]:
    return [draft for draft in drafts if not _still_there(view, draft) and not _rumour_kept(view, draft)]


def _rumour_kept(view: DocView, draft: Draft) -> bool:
    """`曾被传将离开北辰的A澄清:我哪儿也不去`: the rumour describes A, who stays."""
    if draft.status != "reported" or "subject:modified-by-verb-phrase" not in draft.rules:
        return False
    named = [p for p in view.persons.inside(draft.end, draft.sentence.end) if p.key == draft.person]
    if not named:
        return False
    others = [p for p in view.persons.inside(named[0].end, draft.sentence.end) if p.key != draft.person]
    limit = others[0].start if others else draft.sentence.end
    stays = _STAYS.match(view.simple, named[0].end)
    return stays is not None and stays.end() <= limit


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
