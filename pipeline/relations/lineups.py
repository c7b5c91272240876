"""Line-ups: a new team announced as a list, one person a line, with no move verb.

A company publishing its new management often states no verb at all: the lead
names the team and announces the list, and each line gives a person and the
post taken:

    云帆科技宣布完成管理层调整。具体名单如下:
    林若溪,首席执行官,原百度智能云技术总监
    总经理:郑海川(原星河储能海外业务总监)
    钱思远,副总裁,公司联合创始人,留任

Each listed person joins the organization the lead paragraph names (the team's
owner), with the post on the line as the role, unless the line says the person
stays (`留任`, `仍`, `兼任`). The lead must name a team (rule lineup-team) and a
change of it (rule lineup-change): `公司现有管理团队如下:` lists people who stay.
A lead with a verb of its own (`以下高管已加入公司:`, `以下三人已离职:`) is the
trigger's roster (rosters.py), never read here.
"""

from __future__ import annotations

from bisect import bisect_right

from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView, ends_with
from talentflow.relations.draft import LEAVE_KINDS, Draft, article_org, org_text
from talentflow.relations.rosters import item_role, line_roster
from talentflow.resources.patterns import rule

# `管理层`, `经营班子`, `核心管理团队`, `创始团队`: the lead speaks of a team.
_TEAM = rule("lineup-team")
# `新`, `调整`, `组建`, `引进`, `选聘`, `公布`: the team is new or changed.
_CHANGE = rule("lineup-change")
# `留任`, `仍保留教职`, `兼任`: the person listed did not move.
_STAYS = rule("lineup-stays")
_LINE_LEAD = rule("roster-line-lead")
# `原北辰总监`, `来自星河的`: an organization the people come from, not the team's owner.
_FROM = rule("lineup-from")
# `本次新引进人才名单如下:`, `新任所长如下:`: the announcing sentence itself says the
# people listed join, with no team word (rule lineup-joined-group).
_JOINED_GROUP = rule("lineup-joined-group")


def may_hold(text: str) -> bool:
    """Cheap test before any reading: a team named, and lines to list it on."""
    return "\n" in text and (_TEAM.search(text) is not None or _JOINED_GROUP.search(text) is not None)


def lineup_moves(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """The joins of each line-up the trigger rules did not read."""
    told = {d.person for d in drafts if d.kind == "join"}
    out: list[Draft] = []
    for sentence in view.sentences:
        if view.simple[sentence.end : sentence.end + 1] != "\n" or any(
            t.label_ in LEAVE_KINDS for t in view.triggers.starting(sentence.start, sentence.end)
        ):
            continue  # `以下三人已离职:`: a leave's roster (rosters.py), no team joined
        people = line_roster(view, sentence.start, sentence.end)
        if not people:
            continue
        stretch = lead_stretch(view, sentence.start)
        lead = view.simple[stretch : sentence.end]
        team = _TEAM.search(lead) is not None and _CHANGE.search(lead) is not None
        if not team and not _JOINED_GROUP.search(view.simple, sentence.start, sentence.end):
            continue
        # `据悉,云帆储能首届经营班子名单如下:` after a paragraph on its shareholders: the
        # announcing sentence's own organization first, then the paragraph before it.
        owner = lead_owner(view, sentence.start, sentence.end) or lead_owner(view, stretch, sentence.end) or article_org(view, sentence.end)
        if not owner:
            continue
        for person in people:
            line_end = _line_end(view, person.start)
            if person.key in told or _STAYS.search(view.simple, person.end, line_end):
                continue
            out.append(_draft(view, person, owner[0], line_end, "org:lineup-lead" if team else "org:lineup-joined-group"))
            told.add(person.key)
    return out


def lead_stretch(view: DocView, start: int) -> int:
    """Where the lead's paragraph starts; a lead alone on its line (`名单如下:`) reads
    the paragraph before it too (`星河科技昨日公布新一届管理层名单。`)."""
    opens = view.simple.rfind("\n", 0, start) + 1
    if view.simple[opens:start].strip():
        return opens
    return view.simple[:opens].rstrip("\n").rfind("\n") + 1


def lead_owner(view: DocView, low: int, high: int) -> list[Mention]:
    """The first organization of the lead that no `原`/`来自` marks as an origin; a
    description right before the name (`机器人初创公司云帆科技`) gives way to the name."""
    named = view.orgs.inside(low, high)
    return [
        o for o in named if not ends_with(_FROM, view.simple, o.start) and not any(n.start == o.end for n in named)
    ][:1]


def _line_end(view: DocView, position: int) -> int:
    end = view.simple.find("\n", position)
    return len(view.simple) if end == -1 else end


def _draft(view: DocView, person: Mention, owner: Mention, line_end: int, how: str) -> Draft:
    at = bisect_right(view.sentence_starts, person.start) - 1
    sentence = view.sentences[max(at, 0)]
    draft = Draft(person.key, "join", "join", view.text[person.start : person.end], person.start, person.end, sentence)
    draft.to_org = org_text(view, owner)
    draft.role = _line_post(view, person) or item_role(view, person, owner.key)
    draft.tells_employer = False
    draft.rules = ["frame:lineup", "subject:roster-lines", how, "role:roster-item" if draft.role else "role:none", "time:none", "status:done"]
    return draft


def _line_post(view: DocView, person: Mention) -> str:
    """`总经理:林若溪(…)`, `- CTO 郑海川:…`: the post heading the line."""
    opens = _LINE_LEAD.match(view.simple, view.simple.rfind("\n", 0, person.start) + 1, person.start).end()
    titles = view.titles.inside(opens, person.start)
    if not titles or view.simple[titles[-1].end : person.start].strip(" :：\t"):
        return ""
    return view.text[opens : titles[-1].end]  # `营运总裁`, not only the 总裁 the title list knows
