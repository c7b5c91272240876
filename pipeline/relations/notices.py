"""Pre-appointment notices (任前公示): one cadre a line, the post held now, then the
post proposed.

    苗一鸣,男,1977年4月生,现任星河市交通集团有限公司副总经理,拟任星河市文旅集团有限公司总经理;

No move verb stands on the line: `现任` states the post held (alone it gives
nothing, ANNOTATION.md), and `拟任` the one the notice proposes. Read together they
are a move announced: a leave of the present organization and a join of the
proposed one (status announced, as `拟聘`). A proposed post at the same employer
(`现任星河市财政局副局长,拟任星河市财政局局长`) is a promotion, optional in the gold
and left out here; a line with no present post (`拟任…`) is left to the verb rules.
"""

from __future__ import annotations

from talentflow.relations.docview import DocView
from talentflow.relations.draft import Draft, org_text
from talentflow.relations.resume import post_list
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import rule

# `,拟任`, `,拟提名为`, `,拟推荐为`: the proposed post after the clause of the present one.
_PROPOSED = rule("notice-proposed-post")
# `现任`, `现为`: the post held when the notice is published.
_PRESENT = rule("notice-present-post")
_LINE_LEAD = rule("roster-line-lead")


def may_hold(text: str) -> bool:
    """Cheap test before any reading (on the text as written: 現任/擬 in traditional script)."""
    return ("现任" in text or "現任" in text) and ("拟" in text or "擬" in text)


def notice_moves(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """frame:proposed-post. The leave and join of each notice line the verb rules did
    not read."""
    if not may_hold(view.simple):
        return []
    told = {(d.person, d.kind) for d in drafts}
    out: list[Draft] = []
    for sentence in view.sentences:
        proposed = _PROPOSED.search(view.simple, sentence.start, sentence.end)
        if proposed is None:
            continue
        present = _PRESENT.search(view.simple, sentence.start, proposed.start())
        if present is None:
            continue
        # The cadre heads the line (`苗一鸣,男,…`): a name elsewhere is someone else's.
        lead = _LINE_LEAD.match(view.simple, sentence.start, sentence.end).end()
        people = view.persons.starting(lead, lead + 1)
        if not people or people[0].end > present.start():
            continue
        now = post_list(view, present.end(), proposed.start(), lead=1)
        then = post_list(view, proposed.end(), sentence.end, lead=1)
        # Each post written as organization then title (`星河市数据局局长`): a place alone
        # (`星河市南湖区副区长` read as 星河市) names no organization of the move.
        if not now or not then or not now[0].title or not then[0].title:
            continue
        if employer(org_text(view, now[0].org)) == employer(org_text(view, then[0].org)):
            continue
        person = people[0]
        for kind, post in (("leave", now[0]), ("join", then[0])):
            if (person.key, kind) in told:
                continue
            draft = Draft(person.key, kind, kind, view.text[proposed.start() : proposed.end()], proposed.start(), proposed.end(), sentence)
            if kind == "leave":
                draft.from_org = org_text(view, post.org)
            else:
                draft.to_org = org_text(view, post.org)
            draft.role = post.title
            draft.status = "announced"
            draft.tells_employer = False
            draft.rules = ["frame:proposed-post", "subject:notice-line", "org:post-list",
                           "role:post-list", "time:none", "status:proposed-verb"]
            out.append(draft)
    return out
