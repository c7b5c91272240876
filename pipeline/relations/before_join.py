"""The post held before a join: `加入星河科技之前,他是北辰大学终身教授`.

A clause that dates itself by a join (`加入X之前,`, `加盟X前,`, `在入职X以前,`)
places the post stated in the next clause before that join: `是`/`曾是`/`为` with an
organization is then a post of the past, left for X (ANNOTATION.md: a post followed
by a later employer is a leave). `曾任`/`此前是` are past triggers of their own
(triggers.tsv); this frame reads only the copula, which is no trigger. A post at X
itself (`加入X之前,他是X的顾问`) is no leave of X.
"""

from __future__ import annotations

from talentflow.relations.docview import DocView
from talentflow.relations.draft import Draft, org_text
from talentflow.relations.attributes import record_status
from talentflow.relations.roles import post_after
from talentflow.relations.subjects import subject_ruled
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Sentence

# `加入星河科技之前,`, `在加盟星河科技前,`: the clause that dates the next one.
_BEFORE_JOIN = rule("before-join-clause")
# `他是`, `韦立曾是`, `其为`: the copula that opens the post.
_COPULA = rule("before-join-copula")


def before_join_posts(view: DocView, sentence: Sentence, drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for found in _BEFORE_JOIN.finditer(view.simple, sentence.start, sentence.end):
        joined = view.orgs.inside(found.start(), found.end())
        clause = sentence.clause_at(found.end())
        copula = _COPULA.search(view.simple, clause.start, min(clause.end, clause.start + 12))
        if not joined or copula is None:
            continue
        orgs = view.orgs.starting(copula.end(), copula.end() + 6)
        if not orgs or employer(orgs[0].key) == employer(joined[0].key):
            continue
        people, how = subject_ruled(view, sentence, clause, copula.start("verb"))
        post = post_after(view, orgs[0], clause.end, sentence)
        for person in people[:1]:
            if any(d.person == person.key and d.from_org == org_text(view, orgs[0]) for d in drafts):
                continue
            start, end = copula.start("verb"), copula.end("verb")
            draft = Draft(person.key, "leave", "past", view.text[start:end], start, end, sentence)
            draft.from_org = org_text(view, orgs[0])
            draft.role = post.text if post else ""
            draft.status, status_rule = record_status(view, sentence, clause, person, start)
            draft.rules = ["past:before-join", "frame:before-join", how, "org:after-copula",
                           "role:post-after-org" if post else "role:none", "time:none", status_rule]
            out.append(draft)
    return out
