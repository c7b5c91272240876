"""Origins that name where a person works, not where they came from (`origin:needs-move`).

`来自华为云的戚卫东` says 戚卫东 left 华为云 when the article moves them (`阿里云引入了
来自华为云的戚卫东`, `来自A的B加盟C`). A conference report, an interview or a round-up
writes the same words for a speaker's own employer: `来自阿里云的韩立明在会上分享了…`,
`圆桌嘉宾包括来自星河科技的A和来自云帆科技的B` move nobody. So a leave read off the
origin frame stands only when the article gives the person a join, or the sentence
holds a move verb besides 来自 (`首批成员中,还有来自X的A,以及从Y出走的B`), or the
post named is a former one (`来自华为云的前首席架构师A`: rule origin-former).
"""

from __future__ import annotations

from talentflow.relations.docview import DocView
from talentflow.relations.draft import Draft, school_origin
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Sentence

_FORMER = rule("origin-former")


def without_lone_origins(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """`drafts` without the origin leaves that no move of the article bears out."""
    if not any(draft.verb_kind == "origin" for draft in drafts):
        return drafts
    joined = {draft.person for draft in drafts if draft.to_org}
    drafts = [draft for draft in drafts if draft.verb_kind != "origin" or not _from_school(view, draft)]
    return [
        draft
        for draft in drafts
        if draft.verb_kind != "origin"
        or draft.to_org
        or draft.person in joined
        or _FORMER.match(view.simple, draft.start)
        or _moves_in(view, draft.sentence)
    ]


def _moves_in(view: DocView, sentence: Sentence) -> bool:
    """Does the sentence hold a trigger other than an origin's (`引入`, `出走`, `加盟`)?"""
    return any(trigger.label_ != "origin" for trigger in view.triggers.starting(sentence.start, sentence.end))


def _from_school(view: DocView, draft: Draft) -> bool:
    """`来自北辰大学的韩立明`: the school one comes from is no employer (draft.school_origin)."""
    school = view.orgs.starting(draft.end, draft.end + 2)[:1]
    person = school and view.persons.starting(school[0].end, draft.sentence.end)[:1]
    return bool(person) and school_origin(view, school[0], person[0].start)
