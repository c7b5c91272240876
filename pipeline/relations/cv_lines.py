"""Résumé lines with no verb: one post a line, a span of dates, the employer, the title.

A profile often closes with a résumé written as a table, one employer a line,
newest first or oldest first:

    林若溪简历:
    2012年-2016年 金蝉电子 高级工程师
    2016.07—2019.12  银杏网络  技术总监
    2020年至今  星河科技  首席技术官

No trigger verb stands on these lines, yet each states a post held over a span:
joined at its start, left at its end (ANNOTATION.md: past moves in a biography
count; a line whose span ends `至今` is the post still held, joined only). The
person is the one named last before the block (its heading, `林若溪简历:`, or
the profile's first line). Two lines at least make a block: a single dated line
is as often a timeline of the company as a post.

A line at the same employer as the line before it (in time) is a promotion: no
leave of the first, no second join.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView
from talentflow.relations.draft import Draft, is_school, org_text
from talentflow.relations.resume_slots import slot_name
from talentflow.resources.org_identity import employer
from talentflow.resources import lexicon
from talentflow.resources.patterns import rule, word_list
from talentflow.text.sentences import Sentence

# `2012年-2016年 `, `2016.07—2019.12 `, `2020年至今 `, `2019年3月-至今:` opening a line.
_LINE = rule("cv-line")
# `履历如下:2012年-2015年,金蝉电子高级工程师;2015年至今,银杏网络副总裁。`: a résumé
# run into one line, cut into items at `;`, `。` and a colon before a year.
_ITEM_BREAK = rule("cv-item-break")
# The month of a date written `2016.07`, `2016-7`, `2016/07`, `2016年7月`.
_DATE = re.compile(r"(\d{4})\s*(?:[年./-]\s*(\d{1,2})\s*月?)?")
# A person named this close before the block's first line heads it.
_HEADING_REACH = 120


class Line(NamedTuple):
    start: int  # where the line's organization starts (the record's evidence position)
    org: Mention
    title: str
    since: str
    until: str  # '' when the span runs to today
    inline: bool = False  # an item of a résumé run into one line (rule cv-item-break)


def may_hold(text: str) -> bool:
    """Cheap test before any reading: two lines (or items of a line) open on a span of dates."""
    return sum(1 for line in text.split("\n") for item in _ITEM_BREAK.split(line) if _LINE.match(item)) >= 2


def cv_moves(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """The joins and leaves of each block of résumé lines, those the sentence rules
    did not already state."""
    if not may_hold(view.simple):
        # A block needs two lines that open on a span of dates: most articles have none,
        # and counting the lines that do is cheaper than reading each line as one.
        return []
    told = {(d.person, employer(d.to_org or d.from_org), "join" if d.to_org else "leave") for d in drafts}
    out: list[Draft] = []
    for block in _blocks(view):
        person = _heading_person(view, block[0].start)
        if person is None:
            continue
        # `2012—2016 北辰大学 计算机 本科`: a line at a school that names no post is a
        # degree, schooling and no move (ANNOTATION.md); `北辰大学 助理教授` is a post (cv-school-line).
        posts = [line for line in block if line.title or not is_school(view, line.org)]
        ordered = sorted(posts, key=lambda line: (line.since, line.until or "9999"))
        for index, line in enumerate(ordered):
            before = ordered[index - 1] if index else None
            after = ordered[index + 1] if index + 1 < len(ordered) else None
            org = org_text(view, line.org)
            if not (before and employer(before.org.key) == employer(line.org.key)):
                out.append(_draft(view, person, "join", org, line))
            if line.until and not (after and employer(after.org.key) == employer(line.org.key)):
                out.append(_draft(view, person, "leave", org, line))
    return [d for d in out if (d.person, employer(d.to_org or d.from_org), d.kind) not in told]


def _blocks(view: DocView) -> list[list[Line]]:
    """Runs of résumé lines, blank lines allowed between them; a line cut into
    items (rule cv-item-break) gives a line for each item that holds a post."""
    blocks: list[list[Line]] = [[]]
    position = 0
    simple = view.simple
    for raw in simple.split("\n"):
        start, position = position, position + len(raw) + 1
        if not raw.strip():
            continue
        for item_start, item_end in _items(simple, start, start + len(raw)):
            line = _line(view, item_start, item_end, inline=(item_start, item_end) != (start, start + len(raw)))
            if line is None:
                blocks.append([])
            else:
                blocks[-1].append(line)
    return [block for block in blocks if len(block) >= 2]


def _items(simple: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each item of a line, cut at the rule cv-item-break."""
    cuts = [(m.start(), m.end()) for m in _ITEM_BREAK.finditer(simple, start, end)]
    bounds = [start, *(p for cut in cuts for p in cut), end]
    return [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if simple[a:b].strip()]


def _line(view: DocView, start: int, end: int, *, inline: bool = False) -> Line | None:
    found = _LINE.match(view.simple, start, end)
    if found is None:
        return None
    since, until = _month(found.group("since")), _month(found.group("until") or "")
    if not since or until and until < since:
        return None
    at = found.end()
    orgs = view.orgs.starting(at, at + 1)
    org = orgs[0] if orgs and orgs[0].end <= end else slot_name(view, at, _name_end(view, at, end))
    if org is None or inline and _verb_opens(view, at, org):
        return None
    title = _title(view, org.end, end)
    if inline and not title:
        return None  # `2019年至2021年,星河营收翻倍`: an item of prose, not of a résumé, names no post
    return Line(org.start, org, title, since, until, inline)


def _verb_opens(view: DocView, at: int, org: Mention) -> bool:
    """`2008年至2016年任星河科技财务总监;`: a post verb (list slot_verbs) opens an unknown
    name after the span: the item is a verb's clause, which the sentence rules read.
    A known name stays (`2015年-2020年,任天堂副总裁`). The verb may open the item before
    the name found: `2008年至2016年任云帆集团采购部经理` (rule cv-item-break) found 采购部
    in the title, no employer; the clause is still the verb's."""
    if org.start == at and lexicon.canonical_org(org.text):
        return False
    return view.simple.startswith(_post_verbs(), org.start) or view.simple.startswith(_post_verbs(), at)


@lru_cache(maxsize=1)
def _post_verbs() -> tuple[str, ...]:
    return tuple(word_list("slot_verbs")) + tuple(word_list("slot_to_break_verbs"))


def _name_end(view: DocView, start: int, end: int) -> int:
    """An unknown employer's name runs to the spaces before the title, or to the title."""
    gap = re.compile(r"\s{1,}").search(view.simple, start, end)
    titles = view.titles.starting(start, end)
    stops = [p for p in (gap.start() if gap else end, titles[0].start if titles else end) if p > start]
    return min(stops) if stops else end


def _title(view: DocView, start: int, end: int) -> str:
    """The rest of the line when it holds a title (`高级工程师`, `消费者业务 CTO`), else ''."""
    rest = view.text[start:end].strip(" \t,，、:：")
    if not rest or not view.titles.starting(start, end) or len(rest) > 20:
        return ""
    return rest


def _month(written: str) -> str:
    found = _DATE.match(written)
    if found is None:
        return ""
    year, month = found.group(1), found.group(2)
    return f"{year}-{int(month):02d}" if month and 1 <= int(month) <= 12 else year


def _heading_person(view: DocView, first: int) -> Mention | None:
    """The person named last before the block, close to it."""
    people = view.persons.inside(max(0, first - _HEADING_REACH), first)
    return people[-1] if people else None


def _draft(view: DocView, person: Mention, kind: str, org: str, line: Line) -> Draft:
    sentence = next((s for s in view.sentences if s.start <= line.start < s.end), None)
    if sentence is None:
        sentence = Sentence(line.start, line.org.end)
    draft = Draft(person.key, kind, "serve", view.text[line.org.start : line.org.end], line.org.start, line.org.end, sentence)
    if kind == "join":
        draft.to_org, draft.time = org, line.since
    else:
        draft.from_org, draft.time = org, line.until
    draft.role = line.title
    draft.rules = [
        "frame:cv-item" if line.inline else "frame:cv-line", "subject:block-heading", "org:cv-line", "role:cv-line" if line.title else "role:none",
        f"time:cv-{'since' if kind == 'join' else 'until'}", "status:done",
    ]
    return draft
