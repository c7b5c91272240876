"""Appointment and governance language (issue 16, class 4) that a verb row alone
cannot say: which appointments change no employer, and which organization a
company filing means by its bare `公司`.

Each check is asked by the relation stage (moves.py) with the view of the article;
the words they match on are data (`committee_seats.txt`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from talentflow.resources import lexicon
from talentflow.relations.docview import DocView
from talentflow.text.textnorm import shadow
from talentflow.resources.patterns import rule


@lru_cache(maxsize=1)
def _seat() -> re.Pattern[str]:
    words = sorted((re.escape(shadow(w)) for w in lexicon.word_list("committee_seats.txt")), key=len, reverse=True)
    return re.compile("|".join(words))


# `委任独立非执行董事A先生和B博士担任薪酬委员会成员`: the post named right after the
# person (or the group the person closes), up to the clause's end.
_POST_AFTER_NAME = rule("post-after-name")
# Where one post of a list starts: `首席财务官及战略委员会成员` holds two.
_POST_SEPARATOR = rule("post-separator")


def committee_seat_only(view: DocView, after_person: int, limit: int) -> bool:
    """`中芯国际委任独立非执行董事A担任审计委员会成员`: a director is given a committee
    seat; no one joins. `委任A为首席财务官及战略委员会成员` names a post besides
    the seat (False), as does `委任A为首席财务官`."""
    named = _POST_AFTER_NAME.match(view.simple, after_person, limit)
    if named is None:
        return False
    start, end = named.start("post"), named.end("post")
    seats = []
    for seat in _seat().finditer(view.simple, start, end):
        separators = [m.end() for m in _POST_SEPARATOR.finditer(view.simple, start, seat.start())]
        seats.append((separators[-1] if separators else start, seat.end()))
    if not seats:
        return False
    # Every title in the post sits in a committee's name (`薪酬与考核委员会委员`, `委员会主席`).
    return all(any(a <= t.start and t.end <= b for a, b in seats) for t in view.titles.inside(start, end))


@lru_cache(maxsize=1)
def _honours() -> tuple[str, ...]:
    return tuple(shadow(word).lower() for word in lexicon.word_list("honour_titles.txt"))


def names_a_post(role: str) -> bool:
    """A `needs-post` verb's record stands on a post (named after the verb: the caller
    checks) that is no honour: `当选小米集团董事长` (True), `当选中国工程院院士` (False)."""
    return bool(role) and not shadow(role).lower().endswith(_honours())


# `,免去其中国移动副总经理职务`: the same decision relieves the person of a post.
_RELIEVED = rule("relieved")


def relieved_after(view: DocView, clause_end: int, limit: int) -> bool:
    """The clause after `clause_end` relieves the person of a post (任…,免去其…职务)."""
    return _RELIEVED.match(view.simple, clause_end, limit) is not None


# `接替A出任…`, `接替提早离任的前校长A`: the predecessor, named right after the verb.
SUCCEEDS = rule("succeeds")
# `从A手中接过星河科技总裁一职`: the predecessor, whose hands the post leaves.
_HANDED_FROM = rule("handed-from")
_HANDS = rule("hands-over")


def succeeded_one(view, low: int, person) -> bool:
    """`B接替A出任X校长` (rule succeeds), `B从A手中接过X总裁一职` (rules handed-from,
    hands-over): A is the one B succeeds; `low`, where the sentence starts."""
    if SUCCEEDS.search(view.simple, max(low, person.start - 16), person.start):
        return True
    return bool(_HANDS.match(view.simple, person.end) and _HANDED_FROM.search(view.simple, max(low, person.start - 12), person.start))


# `会议选举A为公司董事长`: the post named right after the person is at 公司.
_OWN_POST = rule("own-company-post")


def own_company_post(view: DocView, after_person: int, limit: int) -> bool:
    """`会议选举鞠某为公司董事长`, `选举A同志担任公司董事会董事长`: a board elects or
    appoints the person to a post at the bare 公司 of a filing; the organization is the
    filer, as for `辞去公司董事长职务` (org:anaphor-own). `选举A为星河公司董事长`
    names its company, and `为公司法定代表人` is no post of a job."""
    return _OWN_POST.match(view.simple, after_person, limit) is not None
