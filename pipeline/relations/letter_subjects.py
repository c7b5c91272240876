"""Two subjects of reshuffle news that no name stands beside the verb for.

- subject:first-person — an internal letter quoted whole speaks as 我 and never
  names its writer: `各位应该都读到公司的通知了,我将调往云智事业群…`,
  `自从2012年加入星河,我先后…`. The name the article gave before the letter is
  someone else's (the colleague who takes over), so a verb whose subject is the
  letter's 我 gives no record.
- subject:by-agent — `…卸任淘天CEO,由程远接任`: the verb names its own subject after
  由; when the name stage did not read that name, the earlier clause's subject is
  still not the verb's (the successor is not the one who steps down): nobody.
- subject:predecessors — `这也是继首席运营官韩立明之后,星河离职的又一位高管`:
  the verb's own subject is "one more" executive (named elsewhere), and the names
  between 继 and 后 left the same way before.
- subject:replaced-one — `韩立明(原任该所副所长,接替届龄退休的周振宇)`: a leave verb
  between 接替 and 的 describes the one replaced, the name after 的, never the
  successor who opens the clause.
"""

from __future__ import annotations

from talentflow.relations.docview import DocView
from talentflow.relations.draft import trigger_end
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Clause, Sentence

_FIRST_PERSON = rule("first-person-subject")
_BY_AGENT = rule("by-agent")
_BY_AGENT_RELATIVE = rule("by-agent-relative")
_PREDECESSORS = rule("predecessors")
_ANOTHER_ONE = rule("another-one")
_REPLACED = rule("replaced-one")


def unnamed_agent(view: DocView, sentence: Sentence, clause: Clause, start: int, in_clause, kin_named):
    """No named subject, and yet the verb has one: 由 opens its clause (subject:by-agent),
    or the text since the last name speaks as 我 after a paragraph break, a letter's
    unnamed writer (subject:first-person). Either way nobody."""
    if _BY_AGENT.search(view.simple, max(sentence.start, clause.start - 1), start):
        return [], "subject:by-agent"
    named = view.persons.inside(0, clause.start)
    if not named:
        return None
    since = named[-1].end
    speaker = _FIRST_PERSON.search(view.simple, since, sentence.end)
    if speaker is None or "\n" not in view.simple[since : speaker.start()]:
        return None
    return [], "subject:first-person"


def predecessors(view: DocView, sentence: Sentence, clause: Clause, start: int, in_clause, kin_named):
    """`继A、B之后又一位离开星河的副总裁`: A and B, when no name stands between 后 and
    the verb and the sentence counts "one more" (又一, 第三位)."""
    span = _PREDECESSORS.search(view.simple, sentence.start, start)
    if span is None or view.persons.inside(span.end(), start):
        return None
    if not _ANOTHER_ONE.search(view.simple, span.end(), sentence.end):
        return None
    named = view.persons.inside(span.start(), span.end())
    return (list(named), "subject:predecessors") if named else None


def agent_relative(view: DocView, sentence: Sentence, clause: Clause, start: int, in_clause, kin_named):
    """`陈立加盟了由两位前星河高管联合创办的北辰智能`: a founding verb between 由 and 的 describes
    the organization after it; its subject is the unnamed founder after 由, not the
    name before 由 (by-agent-relative): nobody. A name after 由 is read as usual."""
    # Founding verbs only: 由北京大学过档的A moves A from 北京大学 (由 = from).
    if not any(t.label_ == "found" for t in view.triggers.starting(start, start + 1)):
        return None
    since = in_clause[-1].end if in_clause else clause.start
    end = trigger_end(view, start)
    if view.simple[end : end + 1] == "的" and _BY_AGENT_RELATIVE.search(view.simple, since, start):
        return [], "subject:by-agent-relative"
    return None


def replaced_one(view: DocView, sentence: Sentence, clause: Clause, start: int, in_clause, kin_named):
    """`A接替已于上月退休的B`, `A(…,接替届龄退休的共同创办人B)`: a leave verb after 接替
    and before 的 modifies the name after 的 (titles may stand between), B; A, the
    successor, takes no leave from it (subject:replaced-one)."""
    if not any(t.label_ == "leave" for t in view.triggers.starting(start, start + 1)):
        return None
    if _REPLACED.search(view.simple, max(clause.start, start - 14), start) is None:
        return None
    end = trigger_end(view, start)
    if view.simple[end : end + 1] != "的":
        return None
    named = [p for p in view.persons.inside(end + 1, min(clause.end, end + 16)) if not view.triggers.inside(end, p.start)]
    return ([named[0]], "subject:replaced-one") if named else None
