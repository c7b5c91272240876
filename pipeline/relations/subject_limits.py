"""Where a subject rule must stop: names that are no topic of a later clause, a
relative clause that ends a group, and clauses whose own subject is no person
(`subject:unit-passive`, `subject:generic-people`). Subject strategies
(relations/subjects.py) call these; each pattern is a rule of data/patterns.toml."""

from __future__ import annotations

import re

from talentflow.relations.coref import Mention, find_pronoun
from talentflow.relations.docview import PARENTHESIS, DocView
from talentflow.relations.draft import MAX_OBJECT_GAP, trigger_end
from talentflow.relations.groups import unique
from talentflow.relations.rosters import listed_people
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Clause, Sentence

# `韩立明 发自 凹非寺`: a reporter's byline.
_SENT_FROM = rule("byline-sent-from")
_COMMENTATOR_NAME = rule("commentator-name")
# `韩立明,曾是施密特的得力助手,…`: a clause opening on a copula describes the name before it.
_COPULA_POSSESSOR = rule("copula-possessor")
_UNIT_PASSIVE = rule("unit-passive-subject")
_REPORT_TO, _REPORT_TO_LEAD = rule("report-to"), rule("report-to-lead")
_GENERIC_PEOPLE = rule("generic-people-subject")
_AGENT_FRAME, _RECOMMENDER = rule("agent-frame"), rule("recommender")
_UNREAD_NAME = rule("unread-name")
_UNNAMED, _GOVERNED, _COUNT_POINTER = rule("unnamed-count"), rule("governed"), rule("count-pointer")


def unnamed_count(text: str, start: int, end: int) -> bool:
    """A count of people as a participant (`十余位研究员投奔Meta`), not a companion (`与两位同学`)
    nor a pointer back to people named before (`三位均已离开星河`, patterns.toml count-pointer)."""
    return any(
        not _GOVERNED.search(text, max(start, hit.start() - 2), hit.start()) and not _COUNT_POINTER.match(text, hit.end(), end)
        for hit in _UNNAMED.finditer(text, start, end)
    )


def not_topic(view: DocView, prefix: str, person: Mention, clause_end: int) -> bool:
    """Is a name of a clause no topic for a later clause without a subject? A byline
    (`韩立明 发自 凹非寺`), or a possessor in a clause that only describes the name of
    the clause before it (`A,曾是施密特的得力助手,2014年离开谷歌`: 施密特 is not the
    one who leaves), or the one reported to (`向星河董事长陆远直接汇报`)."""
    if _SENT_FROM.match(view.simple, person.end):
        return True
    if _REPORT_TO.match(view.simple, person.end) and _REPORT_TO_LEAD.search(prefix):
        return True
    if not _COPULA_POSSESSOR.fullmatch(prefix):
        return False
    # The name's bracketed alias may stand before its 的: `施密特(Eric Schmidt)的助手`.
    return PARENTHESIS.sub("", view.simple[person.end : clause_end]).lstrip().startswith("的")


def agent_of_frame(view: DocView, person: Mention) -> bool:
    """Is the name an agent of the frame around the move, not the one who moves:
    `在陈永福的力邀下`, `从赵立手中` (agent-frame), `韩立明是由陈立引荐加入星河的`,
    `经陈立推荐,韩立明加盟星河` (recommender, after 由 or 经)?"""
    if _AGENT_FRAME.match(view.simple, person.end):
        return True
    return view.simple[person.start - 1 : person.start] in ("由", "经") and _RECOMMENDER.match(view.simple, person.end) is not None


def unread_name(view, sentence, clause, start, in_clause, kin_named):
    """`韩立明已加入星河科技。随后,北辰副总裁才让也宣布离职,加盟云帆科技`: a clause of
    the sentence, up to the verb, where a title stands before a word and 也/已 with no
    name read (unread-name) has a subject the name stage missed; a verb that drops its
    subject after it is that person's, not the earlier topic's: nobody."""
    # The nearest clause first: a name read there is the topic the later rules find.
    for earlier in reversed([c for c in sentence.clauses if c.start <= clause.start]):
        end = start if earlier.start == clause.start else earlier.end
        if view.persons.inside(earlier.start, end):
            return None  # a name read since: the topic rules find it
        for title in view.titles.inside(earlier.start, end):
            verb = view.triggers.starting(title.end, max(end, start + 1))  # the trigger's own clause: up to it
            if verb and _UNREAD_NAME.fullmatch(view.simple, title.end, verb[0].start_char):
                return [], "subject:unread-name"
    return None


def cut_at_relative(view: DocView, group: list[Mention]) -> list[Mention]:
    """`曾任谷歌首席科学家的A和百度视觉团队负责人的B`: B has a relative clause of its own
    (its 的), not the verb phrase before A: the group ends before B. Structure only:
    the particle 的 closing the gap between two names."""
    kept = group[:1]
    for person in group[1:]:
        if PARENTHESIS.sub("", view.simple[kept[-1].end : person.start]).rstrip().endswith("的"):
            break
        kept.append(person)
    return kept


def unit_passive(view, sentence, clause, start, in_clause, kin_named):
    """`星河科技下属的语音组和视觉组先后被转入基座团队`: units are moved, no person;
    the subject of an earlier clause is not borrowed."""
    if not in_clause and _UNIT_PASSIVE.search(view.simple, clause.start, start):
        return [], "subject:unit-passive"
    return None


def generic_people(view, sentence, clause, start, in_clause, kin_named):
    """`当时的年轻研究人员能够进入星河研究院就好比朝圣`: a generic noun for people is
    the verb's subject; nobody is named (ANNOTATION.md: unnamed people give no record)."""
    if (
        not in_clause
        and not find_pronoun(view.simple, clause.start, start)
        and _GENERIC_PEOPLE.search(view.simple, clause.start, start)
    ):
        return [], "subject:generic-people"
    return None


_FOLLOW = rule("follow-leader")
_FOLLOW_END = rule("follow-leader-end")


def follower_and_led(view, sentence, clause, start, in_clause, kin_named):
    """`2008年,韩立明跟着施密特离开了微软`: the follower moves, and for a leave the one
    followed leaves too (subject:follower-and-led); `…,加盟了阿里` after it is the
    follower's (the dropped subject takes the clause's first name)."""
    named = view.persons.inside(clause.start, start)
    if len(named) < 2:
        return None
    follower, led = named[-2], named[-1]
    if not _FOLLOW.fullmatch(view.simple, follower.end, led.start) or not _FOLLOW_END.fullmatch(view.simple, led.end, start):
        return None
    leaving = any(t.start_char == start and t.label_ == "leave" for t in view.triggers.starting(start, start + 1))
    return ([follower, led] if leaving else [follower]), "subject:follower-and-led"


# `还有他的老同事——星河科技前副总裁兼研究院负责人A`: how long a description of the
# first listed name may be when it ends in a title right before the name.
_DESCRIPTION_MAX = 24


def titled_description(view: DocView, person: Mention, gap: str) -> bool:
    """Is the text before the first name listed after 还有 that name's own description
    (organizations and titles, ending in a title right before it, no comma)?"""
    return (
        len(gap) <= _DESCRIPTION_MAX
        and "," not in gap
        and any(t.end == person.start for t in view.titles.inside(max(0, person.start - 16), person.start))
    )


_ETHNIC = rule("ethnic-anaphor")


def chinese_named(view: DocView, clause_start: int, start: int, people: list[Mention]) -> list[Mention]:
    """`这位华裔女研究员离开以后`: a pronoun phrase calling its person 华裔/华人 takes the
    last person named in Chinese before it when the topic found is a Latin name."""
    if not people or _has_han(people[0].text) or not _ETHNIC.search(view.simple, clause_start, start):
        return people
    earlier = [p for p in view.persons.inside(0, clause_start) if _has_han(p.text)]
    return earlier[-1:] or people


def _has_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


_ALSO_HAD = rule("also-had")
# `他在小鹏的三名老部下——`: what describes a group before its names, up to a dash or colon.
_GROUP_INTRO = re.compile(r"^[^,;。!?]*(?:—+|:)")


def also_listed(view: DocView, sentence: Sentence, clause: Clause, start: int) -> list[Mention]:
    """`与A一同加盟商汤的,还有B,以及C`: the verb phrase describes the people listed after 还有."""
    also = _ALSO_HAD.match(view.simple, trigger_end(view, start))
    if also is None:
        return []
    people = view.persons.starting(also.end(), sentence.end)
    # `还有他在小鹏的三名老部下——A、B和C`: a description of the group, then the list after the dash.
    gap = _GROUP_INTRO.sub("", PARENTHESIS.sub("", view.simple[also.end() : people[0].start])) if people else ""
    if not people or len(gap) > MAX_OBJECT_GAP and not titled_description(view, people[0], gap):
        return []
    # 还有A、B、C等: every item of the list, a name the name stage missed included (rosters.py).
    return unique(listed_people(view, people[0], sentence.end))


def commentator(view: DocView, person: Mention) -> bool:
    """`云岭证券分析师王某认为,此番离开星河…`: a person named by a commentator's post is
    the one quoted, not the dropped subject of the moves quoted (rule commentator-name)."""
    found = _COMMENTATOR_NAME.search(view.simple, max(0, person.start - 8), person.end + 4)
    return bool(found) and found.start() < person.start < found.end()


# `首席技术官:`, `- CTO ` heading a team line (rules roster-line-lead, roster-title-head).
_LINE_LEAD, _POST_HEAD = rule("roster-line-lead"), rule("roster-title-head")


def post_headed(view: DocView, clause_start: int) -> bool:
    """`首席技术官:林若溪,此前曾任职于金蝉研究院`: a clause that holds only a name after
    the post heading its line and a colon is the line's topic, not an apposition
    (`…三巨头之一,Yoshua Bengio。`): the clauses after it are about that person."""
    opens = view.simple.rfind("\n", 0, clause_start) + 1
    lead = _LINE_LEAD.match(view.simple, opens, clause_start).end()
    head = _POST_HEAD.fullmatch(view.simple, lead, clause_start)
    return head is not None and head.group().rstrip().endswith((":", "："))
