"""Company filings (issue 16, class 4): which organization a resignation in a
board announcement leaves.

A filing names its company once (`星河电子股份有限公司(以下简称“公司”)`,
`北辰科技(00981.HK)公布`) and then says 公司; its board receives the resignation
(`公司董事会于近日收到董事长A的书面辞职报告`). The organization of such a leave is
the company whose board receives it, not the employer the person was last said to
join (`A于2012年加入星河。…公司董事会收到董事长A的辞职报告`), nor the academy of an
honour listed among the posts (`公司董事长、中国工程院院士A`). Rule ids:
`org:board-receipt`, `org:filing-own-title` (strategies of bare_leave.BARE_LEAVE_ORGS),
`org:leave-recalled` (same), `org:posts-restated` (a leave strategy of organizations.LEAVE_OBJECT_ORGS).
"""

from __future__ import annotations

from bisect import bisect_right

from talentflow.relations.coref import Mention
from talentflow.relations.draft import OrgsFound
from talentflow.relations.draft import org_text
from talentflow.relations.docview import DocView
from talentflow.relations.topic import filer
from talentflow.resources.patterns import rule

_BOARD_RECEIVES = rule("board-receives")
_LETTER = rule("resignation-letter")
_BOARD_OF = rule("board-of")
_DEFINED = rule("filing-defined-name")
_TITLE = rule("filing-title")
_ANNOUNCES = rule("filing-announces")
_OWN_TITLES = rule("own-title-before-name")
_RESTATED = rule("posts-restated")
_RECALLED = rule("leave-recalled")
_RECALLED_PRONOUN = rule("leave-recalled-pronoun")
# What may stand among the posts of `公司董事、总经理A` besides titles: list marks
# and the words that join posts (structure, not vocabulary).
_POST_GLUE = frozenset("、及和兼与暨 ")


def filing_company(view: DocView) -> list[Mention]:
    """The company a filing names for its bare 公司: the one defined as 公司/本公司
    (`星河电子(以下简称“公司”)`), else the first heading a filing (`星河电子股份有限公司
    关于高级管理人员变动的公告`), else the first that files an announcement
    (`北辰科技(00981.HK)公布`, `北辰科技晚间公告`), else the first whose board is
    named (`星河股份有限公司第七届董事会`); none when the article does none of these."""
    return list(view.memoized(("filing company",), _find_filing_company, view))


def _find_filing_company(view: DocView) -> list[Mention]:
    orgs = [o for o in view.orgs.inside(0, len(view.simple)) if o.key]
    for pattern in (_DEFINED, _TITLE, _ANNOUNCES, _BOARD_OF):
        for org in orgs:
            # `星河电子在港交所公告`: an exchange after 在 is where the filing was published.
            if pattern.match(view.simple, org.end) and not (pattern is _ANNOUNCES and view.simple[org.start - 1 : org.start] == "在"):
                return [org]
    return []


def _own_company(view: DocView, floor: int, at: int) -> list[Mention]:
    """The organization a bare 公司 stands for: the filing's company, else the
    announcer or the article's own (topic.filer)."""
    own = filing_company(view)
    if own:
        return [Mention(0, 0, "ORG", org_text(view, own[0]), own[0].key)]
    return filer(view, floor, at)


def board_receipt_org(view: DocView, sentence, person: Mention) -> list[Mention]:
    """`星河电子第五届董事会于昨日收到董事长A提交的书面辞职报告`: the board's company;
    `公司董事会收到…A的辞呈`: the filing's. Only when the board receives the person's
    resignation (a letter right after the name)."""
    if not _LETTER.match(view.simple, person.end, sentence.end):
        return []
    receives = None
    for found in _BOARD_RECEIVES.finditer(view.simple, sentence.start, person.start):
        receives = found
    if receives is None:
        return []
    board = receives.start()
    # `星河电子(以下简称“公司”)第五届董事会`: the organization written right before the board.
    named = [o for o in view.orgs.inside(sentence.start, board) if o.key and _BOARD_OF.fullmatch(view.simple, o.end, board + 3)]
    if named:
        return named[-1:]
    return _own_company(view, sentence.start, person.start)


def own_title_org(view: DocView, sentence, person: Mention) -> list[Mention]:
    """`收到公司董事、总经理A的辞职申请`, `公司董事长、中国工程院院士A申请辞去…`: posts
    at the bare 公司 right before the name describe the person; the organization is the
    filing's company (an honour among the posts names no employer)."""
    floor = max(sentence.start, person.start - 48)
    found = _OWN_TITLES.search(view.simple[floor : person.start])
    if found is None:
        return []
    start = floor + found.start("posts")
    rest = [c for c in view.simple[start : person.start]]
    for title in view.titles.inside(start, person.start):
        rest[title.start - start : title.end - start] = [" "] * (title.end - title.start)
    # Only titles (and an honour's academy before its title) between 公司 and the name.
    for org in view.orgs.inside(start, person.start):
        rest[org.start - start : org.end - start] = [" "] * (org.end - org.start)
    if any(c not in _POST_GLUE for c in rest):
        return []
    return _own_company(view, sentence.start, person.start)


def restated_posts_org(view: DocView, sentence, end: int, person: Mention) -> OrgsFound | None:
    """`收到董事长A的辞职报告。A辞去上述职务后,不再在公司担任任何职务`: a leave of the
    posts just named (rule posts-restated after the verb ending at `end`) leaves the
    organization the person was seen leaving in this sentence or the one before (the
    same fact again), else the filing's company; with neither, no organization (not the
    employer joined years before, nor the 公司 later in the clause)."""
    if not _RESTATED.match(view.simple, end):
        return None
    left = _recent_leave(view, sentence, person, back=1)
    if left:
        return OrgsFound([Mention(0, 0, "ORG", left, left)], [], ["org:posts-restated"])
    own = filing_company(view)
    if own:
        return OrgsFound([Mention(0, 0, "ORG", org_text(view, own[0]), own[0].key)], [], ["org:posts-restated", "org:filing-company"])
    return OrgsFound([], [], ["org:posts-restated", "org:none"])


def _recent_leave(view: DocView, sentence, person: Mention, *, back: int) -> str:
    """The organization `person` was last seen leaving, when that was in `sentence` or
    one of the `back` sentences before it; else ""."""
    at, left = view.reading.left.get(person.key, (-1, ""))
    index = bisect_right(view.sentence_starts, sentence.start) - 1
    floor = view.sentence_starts[max(index - back, 0)] if index >= 0 else sentence.start
    return left if left and at >= floor else ""


def recalled_leave_org(view: DocView, sentence, start: int, person: Mention) -> list[Mention]:
    """`…收到董事长A的辞职报告。…A先生的离任不影响公司的日常经营`: a leave
    named as a noun of the person (rule leave-recalled between the name and the trigger
    at `start`) right after a leave of theirs is told is that leave again: its
    organization, not the employer the person joined before."""
    # `其辞职报告自送达董事会之日起生效`: the possessive pronoun standing for the person.
    pronoun = _RECALLED_PRONOUN.search(view.simple, max(person.end, start - 3), start)
    if not (_RECALLED.fullmatch(view.simple, person.end, start) or pronoun):
        return []
    left = _recent_leave(view, sentence, person, back=2)
    return [Mention(0, 0, "ORG", left, left)] if left else []
