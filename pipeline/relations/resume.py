"""Résumés: posts listed one after another, and the leaves a later post implies.

News profiles tell a career as a list of posts rather than as moves:
`曾任英特尔公司高级工程师、高通产品总监` (two past posts), `2017年任中国电信集团副总经理;
2023年5月任中国铁塔董事` (two dated appointments). ANNOTATION.md counts each dated
appointment as a join, and "a résumé line `曾任X公司Y` followed by a later employer
is a plain leave of X". This module reads such lists (`post_list`) and adds the
leave of an employer when a later dated post elsewhere follows it (`chain_leaves`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from talentflow.relations.coref import Mention
from talentflow.relations.docview import PARENTHESIS, DocView
from talentflow.relations.draft import Draft
from talentflow.resources import lexicon
from talentflow.resources.org_identity import bare_unit, employer
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Clause

# Between two items of a post list: `、`, `,`, `及`, `以及`, `和` (`A董事、B总监`).
_ITEM_BREAK = rule("resume-item-break")
# Between an organization and its title inside one item: a unit, at most a few words
# with no punctuation (`耐克|品牌|设计师`, `中国电信集团有限公司|党组成员、副总经理`).
_TO_TITLE = re.compile(r"[^,;:。!?、()]{0,8}")
# Between two titles of one organization: `董事、总经理`, `董事长兼CEO`.
_TITLE_JOIN = rule("title-join")
# Roles that are held beside a job rather than instead of it (a board seat, an
# adviser's or an adjunct teacher's post): a later one leaves nothing behind.
_CONCURRENT = rule("concurrent-role")


class Post(NamedTuple):
    """One item of a post list: an organization and the title held there ('' when none)."""

    org: Mention
    title: str


def post_list(view: DocView, start: int, end: int, *, lead: int = 4) -> list[Post]:
    """`任耐克品牌设计师、微软创意总监`: the organizations after `start`, each with
    its titles, as long as the list goes on (every item opens on an organization)."""
    simple = view.simple
    posts: list[Post] = []
    position = start
    while True:
        window = lead if not posts else 3
        orgs = view.orgs.starting(position, min(end, position + window + 1))
        if not orgs:
            break
        org = orgs[0]
        gap = PARENTHESIS.sub("", simple[position : org.start])
        if posts and gap.strip() or not posts and re.search(r"[,;:。!?]", gap):
            break
        title_end, title = _titles_after(view, org, end)
        posts.append(Post(org, title))
        position = title_end
        gap_end = _ITEM_BREAK.match(simple, position, end)
        if gap_end is None:
            break
        position = gap_end.end()
    return posts


# What may close a résumé clause after its last post: `等职务`, `等职`, `等`.
_LIST_CLOSE = rule("resume-list-close")


def continued_posts(view: DocView, clauses, after: int, limit: int) -> list[Post]:
    """`曾任赛灵思首席工程师,北辰大学计算机系主任;启明科技总经理等职务`: the posts of
    the clauses after `after` (up to `limit`) that, each whole, are a post list and
    nothing else (an organization with its titles, `、` between, `等职务` at the end);
    the list stops at the first clause that says more (`,百度随后收购了它`)."""
    posts: list[Post] = []
    for clause in clauses:
        if clause.start < after or clause.start >= limit:
            continue
        end = min(clause.end, limit)
        start = clause.start + len(view.simple[clause.start : end]) - len(view.simple[clause.start : end].lstrip(" ,;，；"))
        listed = post_list(view, start, end, lead=1)
        if not listed or not all(post.title for post in listed):
            break
        last_end, _ = _titles_after(view, listed[-1].org, end)
        if not _LIST_CLOSE.fullmatch(view.simple, last_end, end):
            break
        posts += listed
    return posts


def _titles_after(view: DocView, org: Mention, end: int) -> tuple[int, str]:
    """The titles written after an organization, joined (`董事、党组副书记`), and where they end."""
    simple = view.simple
    titles = view.titles.starting(org.end, min(end, org.end + 12))
    if not titles or not _TO_TITLE.fullmatch(PARENTHESIS.sub("", simple[org.end : titles[0].start])):
        # `英特尔芯片工程师、微软…`: a post the title list does not know still ends the item.
        return _untitled_end(view, org.end, _TO_TITLE.match(simple, org.end, end).end()), ""
    first = last = titles[0]
    for title in titles[1:]:
        if title.start > end or not _TITLE_JOIN.fullmatch(simple[last.end : title.start]):
            break
        last = title
    # An item ends at a title that the next organization does not follow (`、` then a title: the same org).
    return last.end, view.text[first.start : last.end]


def _untitled_end(view: DocView, start: int, end: int) -> int:
    """`先后任职于花旗环球金融亚洲及汇丰`: the words after an organization that are no
    known title (its unit, `台北分公司`) end at an item break (rule resume-item-break:
    `及`, `和`) before the next organization, which opens the next item. Only a known
    organization opens one: `工研院电子与光电系统研究所` is one unit's name, 与 inside it."""
    for position in range(start, end):
        gap = _ITEM_BREAK.match(view.simple, position, end + 4)
        if gap and gap.end() > position and any(lexicon.canonical_org(o.text) for o in view.orgs.starting(gap.end(), gap.end() + 1)):
            return position
    return end


def concurrent(role: str) -> bool:
    """A board seat, an adviser's or an adjunct post only: held beside another job
    (`独立董事`; but `董事、总经理` is a job)."""
    titles = [title for title in re.split(r"[、和及兼暨/]", role) if title]
    return bool(titles) and all(_CONCURRENT.search(title) for title in titles)


class Step(NamedTuple):
    """A dated join of one person, as the chain reads it."""

    person: str
    employer: str
    time: str
    position: int


def chain_leaves(joins: list[Step], leaves: set[tuple[str, str]]) -> list[tuple[Step, Step]]:
    """Pairs (earlier, later) where a person's dated join at one employer is followed,
    at a strictly later date, by a dated join elsewhere, and no leave of the first is
    told: `2017年任中国电信副总经理;2023年5月任中国铁塔董事` leaves 中国电信 in 2023-05.

    `leaves` holds (person, employer) pairs already left in the article.
    """
    pairs = []
    by_person: dict[str, list[Step]] = {}
    for step in joins:
        by_person.setdefault(step.person, []).append(step)
    for person, steps in by_person.items():
        steps.sort(key=lambda step: (step.time, step.position))
        for earlier, later in zip(steps, steps[1:]):
            if (
                earlier.employer != later.employer
                and earlier.time < later.time
                and not later.time.startswith(earlier.time)
                and (person, earlier.employer) not in leaves
            ):
                pairs.append((earlier, later))
    return pairs


# `先后在星河和云帆工作`: a past-post verb whose posts came one after the other.
_SUCCESSIVE_POSTS = rule("successive-posts")
# `此前曾先后任职于A、B`: the list framed as the background of the news (not 曾 alone).
_BACKGROUND = rule("background-posts")
# `曾先后就职于A、B等公司`: a list summed up, not told as steps.
_SUMMARY = rule("summary-list")
# `加入星河,此后先后在云帆和金蝉工作`: a clause opening on a later step leaves the employer joined.
_LATER_STEP = rule("later-step-clause")


def successive_posts(simple: str, clause: tuple[int, int], start: int, end: int, leaves: list[Draft], earlier: list[Draft]) -> list[Draft]:
    """The drafts of a past-post verb (`leaves`, its left posts), read again when its
    posts are a successive list (rule successive-posts):
    - `毕业后先后在星河和云帆工作`, `先后任职于A与B`: each post is a join as well as a
      past post (left when a later one follows, which the leaves state): the list
      tells a career as steps, as `先后加盟A、B` does (frame:successive-posts);
    - `此前曾先后任职于A、B`, `曾先后就职于A、B等公司`: a list framed as background
      or summed up stays left posts only;
    - `加入星河,先后在搜索和广告团队工作`: after a join of the same person in the
      sentence, items named by a unit head (`搜索团队`, `研究院`) or of the employer
      just joined are parts of it: no leave, no join."""
    clause_start, clause_end = clause
    if not _SUCCESSIVE_POSTS.search(simple, max(clause_start, start - 4), end):
        return leaves
    joined = {(d.person, employer(d.to_org)) for d in earlier if d.to_org}
    inside = [
        d for d in leaves
        if not _LATER_STEP.match(simple, clause_start, clause_end) and any(person == d.person for person, _ in joined)
        and (bare_unit().search(d.from_org) or (d.person, employer(d.from_org)) in joined)
    ]
    if _BACKGROUND.search(simple, clause_start, start) or _SUMMARY.search(simple, end, clause_end):
        return [d for d in leaves if d not in inside]
    out = []
    for leave in leaves:
        if leave in inside:
            continue
        out.append(leave)
        if leave.kind != "leave" or not leave.from_org:
            continue
        join = Draft(leave.person, "join", leave.verb_kind, leave.trigger, leave.start, leave.end, leave.sentence)
        join.to_org, join.status = leave.from_org, leave.status
        subject = next((r for r in leave.rules if r.startswith("subject:")), "subject:clause")
        join.rules = [leave.rules[0], "frame:successive-posts", subject, "org:listed-post", "role:none", "time:none", f"status:{leave.status}"]
        out.append(join)
    return out


# `2014年至2020年,历任…`: a clause that holds only the span dates the post list after it.
_SPAN_CLAUSE = rule("date-clause-gap")


def past_span_join(view: DocView, clause: Clause, start: int, left: Draft) -> list[Draft]:
    """`2014年至2020年历任星河科技高级总监、副总裁`, `2006年7月至2015年2月,任职于云帆银行`:
    a past post (`left`, its leave) dated by a closed span is joined at the span's start
    and left at its end, as a serving verb's span is (frame:past-span; ANNOTATION.md:
    past moves in a biography count). A span that runs on (`2019年至今`), one of an
    earlier verb (`2012年至2016年就读于北辰大学,曾任…`) or one ending in another
    clause than the date-only one before the verb dates nothing here."""
    low = clause.start
    index = left.sentence.clauses.index(clause) if clause in left.sentence.clauses else 0
    if index:
        previous = left.sentence.clauses[index - 1]
        dated = view.dates.inside(previous.start, clause.start)
        if dated and not view.simple[previous.start : dated[0].start].strip() and _SPAN_CLAUSE.fullmatch(view.simple, dated[-1].end, clause.start):
            low = previous.start
    dates = view.dates.inside(low, start)
    if len(dates) < 2 or dates[-2].role != "span_start" or dates[-1].role != "span_end" or not dates[-1].value:
        return []
    if view.triggers.starting(dates[-1].end, start) or not left.from_org:
        return []
    left.time = dates[-1].value
    left.rules = [r if r != "time:none" else "time:former-post-end" for r in left.rules]
    join = Draft(left.person, "join", left.verb_kind, left.trigger, left.start, left.end, left.sentence)
    join.to_org, join.role, join.time, join.status = left.from_org, left.role, dates[-2].value, left.status
    join.tells_employer = False
    kept = [r for r in left.rules[1:] if r.startswith(("subject:", "org:", "role:"))]
    join.rules = [left.rules[0], "frame:past-span", *kept, "time:span-start", left.rules[-1]]
    return [join]
