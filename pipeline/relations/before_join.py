"""The post held before a join: `加入星河科技之前,他是北辰大学终身教授`.

A clause that dates itself by a join (`加入X之前,`, `加盟X前,`, `在入职X以前,`)
places the post stated in the next clause before that join: `是`/`曾是`/`为` with an
organization is then a post of the past, left for X (ANNOTATION.md: a post followed
by a later employer is a leave). `曾任`/`此前是` are past triggers of their own
(triggers.tsv); this frame reads only the copula, which is no trigger. A post at X
itself (`加入X之前,他是X的顾问`) is no leave of X.
"""

from __future__ import annotations

import re

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
# `担任IBM大中华区副总裁`, `于Orange电信担任执行副总裁`: a post verb, or a place and a post verb after it.
_POST = rule("before-join-post")
# `在此之前,`: a sentence that dates its post before the join the last one told.
_BEFORE_THIS = rule("before-this-clause")
_POST_AFTER_PLACE = re.compile(r"[^,;:。!?]{0,16}?(?:担任|任职|工作|服务|出任)")


def before_join_posts(view: DocView, sentence: Sentence, drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for found in _BEFORE_JOIN.finditer(view.simple, sentence.start, sentence.end):
        joined = view.orgs.inside(found.start(), found.end())
        if joined:
            out += _post_before(view, sentence, drafts, found.end(), joined[0].key, "past:before-join")
    found = _BEFORE_THIS.match(view.simple, sentence.start, sentence.end)
    if found:
        # The join the article told last of the clause's subject (reading.py).
        out += _post_before(view, sentence, drafts, found.end(), None, "past:before-this")
    return out


def _post_before(view: DocView, sentence: Sentence, drafts: list[Draft], at: int, joined: str | None, past: str) -> list[Draft]:
    """The leave a post stated in the clause at `at` makes, held before a join of
    `joined` (None: the employer the subject last joined, told in an earlier sentence)."""
    clause = sentence.clause_at(at)
    copula = _COPULA.search(view.simple, clause.start, min(clause.end, clause.start + 12))
    how_org = "org:after-copula"
    if copula is None:
        copula, how_org = _posted(view, clause), "org:before-join-post"
    if copula is None:
        return []
    orgs = view.orgs.starting(copula.end(), copula.end() + 6)
    if not orgs:
        return []
    # The verb of the post (是, 担任), or the 于/在 that places it.
    start, end = copula.span("verb") if copula.group("verb") is not None else copula.span("at")
    people, how = subject_ruled(view, sentence, clause, start)
    out: list[Draft] = []
    for person in people[:1]:
        employer_then = joined if joined is not None else view.affiliation.get(person.key)
        if not employer_then or employer(orgs[0].key) == employer(employer_then):
            continue
        if any(d.person == person.key and d.from_org == org_text(view, orgs[0]) for d in drafts):
            continue
        post = post_after(view, orgs[0], clause.end, sentence)
        draft = Draft(person.key, "leave", "past", view.text[start:end], start, end, sentence)
        draft.from_org = org_text(view, orgs[0])
        draft.role = post.text if post else ""
        draft.status, status_rule = record_status(view, sentence, clause, person, start)
        draft.rules = [past, "frame:before-join", how, how_org,
                       "role:post-after-org" if post else "role:none", "time:none", status_rule]
        out.append(draft)
    return out


def _posted(view: DocView, clause):
    """`担任IBM大中华区副总裁`, `于Orange电信担任执行副总裁`: the post verb (or the place
    before one) that opens the clause after a before-join clause, as a match whose end
    is where the organization starts; None when the clause states no post."""
    found = _POST.match(view.simple, clause.start, clause.end)
    if found is None:
        return None
    if found.group("at") is not None:
        # `在美国X大学担任…`: a country may stand before the organization.
        orgs = view.orgs.starting(found.end(), found.end() + 4)
        if not orgs or not _POST_AFTER_PLACE.match(view.simple, orgs[0].end, clause.end):
            return None
    return found
