"""Subjects named outside the trigger's clause, after it or before its comma.

- subject:cleft-is: `刚刚加盟微软的,正是谷歌前首席架构师A`: a cleft; the verb
  phrase ending in 的 describes the person named after 正是/就是/便是.
- subject:relative-name-before: `…一手组建推荐算法团队的A,将在明年初离开亚马逊`: a
  name ends the clause before the trigger's clause, described by a relative clause
  ending in 的; it is the subject of the verb after the comma (the verb of the
  relative clause governs its own object), not the speaker who opened the sentence.
- subject:as-for-topic: `以星河科技前总裁A来说,离开后先后跳槽到B和C`: 以…来说/而言/为例
  opens the sentence with the person it is about; a later clause with no named
  subject of its own is said of that person, not of a name that only qualifies
  them (`以韩立明任内的A来说`: A, not 韩立明).
- subject:new-topic: `…由董事长A暂代;至于新任总经理人选,预计4月底前就任`: 至于
  turns the sentence to a new topic with no name in it; a later verb with no subject
  of its own is said of that topic, not of A: nobody.
- subject:partner-relative: `韩立明打算和4月离职的前星河CFO苏文哲一起创业`: after
  和/与/跟/接替 the verb opens a relative clause on the name after 的; that name is its
  subject, not the one before the preposition.
- subject:followed-one: `A是继2022年加入X的B之后…`: the verb phrase after 继
  modifies B, the one A follows; B is its subject.
"""

from __future__ import annotations

from talentflow.relations.docview import PARENTHESIS
from talentflow.relations.draft import trigger_end
from talentflow.relations.groups import group_after, group_before
from talentflow.resources.patterns import rule

_CLEFT = rule("cleft-is")
_RELATIVE_BEFORE_NAME = rule("relative-before-name")
_AS_FOR = rule("as-for-topic")
_NEW_TOPIC = rule("new-topic")
_REPLACED = rule("replaced-one")
_FOLLOWING = rule("following-one")
_FOLLOWED_END = rule("followed-one-end")
_PARTNER_RELATIVE = rule("partner-relative")
# After 的: a title or an organization and title before the name (`的前星河CFO苏文哲`).
_RELATIVE_HEAD = 12
# Between the cleft word and the name: a description of the person, no comma
# (`正是谷歌云端视频会议产品线的前首席架构师A`), longer than a verb's object gap.
_CLEFT_GAP = 24
# Between a name that ends a clause and the next clause: the comma only.
_CLAUSE_GAP = " ,"


def cleft_is(view, sentence, clause, start, in_clause, kin_named):
    """`加入X的,正是A`: the people named right after the cleft word (subject:cleft-is)."""
    if in_clause:
        return None
    cleft = _CLEFT.match(view.simple, trigger_end(view, start))
    if cleft is None:
        return None
    people = view.persons.starting(cleft.end(), sentence.end)
    gap = PARENTHESIS.sub("", view.simple[cleft.end() : people[0].start]) if people else ""
    if not people or len(gap) > _CLEFT_GAP or "," in gap:
        return None
    return group_after(view.persons, view.simple, people[0].start, sentence.end), "subject:cleft-is"


def relative_name_before(view, sentence, clause, start, in_clause, kin_named):
    """`…的A,将于年底离开X`: the name that ends the clause before, described by a
    relative clause ending in 的 (subject:relative-name-before)."""
    if in_clause or clause.start <= sentence.start:
        return None
    before = view.persons.inside(sentence.start, clause.start)
    if not before or view.simple[before[-1].end : clause.start].strip(_CLAUSE_GAP):
        return None
    last = before[-1]
    opens = max(view.simple.rfind(mark, sentence.start, last.start) for mark in ",;:") + 1
    if _RELATIVE_BEFORE_NAME.search(view.simple, max(opens, sentence.start), last.start) is None:
        return None
    # `A接替已于去年离职的B,出任星河CTO`: B is 接替's object, A goes on (replaced-one).
    if _REPLACED.search(view.simple, max(opens, sentence.start), last.start):
        return None
    return group_before(before, view.simple), "subject:relative-name-before"


def as_for_topic(view, sentence, clause, start, in_clause, kin_named):
    """`以星河科技前总裁A来说,离开后…加入B`: the last name inside 以…来说 opening the
    sentence, for a trigger after it with no subject of its own (subject:as-for-topic)."""
    frame = _AS_FOR.match(view.simple, sentence.start, clause.start)
    if frame is None:
        return None
    people = view.persons.starting(frame.start(1), frame.end(1))
    return ([people[-1]], "subject:as-for-topic") if people else None


def new_topic(view, sentence, clause, start, in_clause, kin_named):
    """`至于新任总经理人选,…,预计将在4月底前正式就任`: the last 至于 before the verb
    opens a topic naming nobody, and no name follows it up to the verb (subject:new-topic)."""
    if in_clause:
        return None
    opened = [m for m in _NEW_TOPIC.finditer(view.simple, sentence.start, clause.start)]
    if not opened or view.persons.starting(opened[-1].start(), start):
        return None
    return [], "subject:new-topic"


def followed_one(view, sentence, clause, start, in_clause, kin_named):
    """`韩立明是继2022年加入星河的首席财务官苏文哲之后…`: after 继, the verb phrase
    modifies the name before 之后, the one followed, who is the verb's subject (the
    name before 是继 only compares itself to that one; subject:followed-one)."""
    if not in_clause or not _FOLLOWING.fullmatch(view.simple, in_clause[-1].end, start):
        return None
    end = trigger_end(view, start)
    for person in view.persons.starting(end, clause.end):
        if "的" in view.simple[end : person.start] and _FOLLOWED_END.match(view.simple, person.end):
            return [person], "subject:followed-one"
    return None


def partner_relative(view, sentence, clause, start, in_clause, kin_named):
    """`韩立明与上月刚离开星河的苏文哲一起创业`: 与 takes the phrase `离开星河的苏文哲`
    as its object; the verb's subject is the name after 的 (subject:partner-relative).
    Not `韩立明与星河分道扬镳` (an organization between) nor `韩立明和苏文哲离开` (a name)."""
    if not in_clause or view.persons.inside(in_clause[-1].end, start):
        return None
    marker = _PARTNER_RELATIVE.search(view.simple, in_clause[-1].end, start)
    if marker is None or view.orgs.inside(marker.start(), start):
        return None
    end = trigger_end(view, start)
    for person in view.persons.starting(end, clause.end):
        mark = view.simple.rfind("的", end, person.start)
        if mark >= 0 and person.start - mark - 1 <= _RELATIVE_HEAD:
            return group_after(view.persons, view.simple, person.start, clause.end), "subject:partner-relative"
        return None
    return None
