"""A bare leave told after the person's move: which organization it leaves.

`A从小鹏汽车离职,加盟英伟达。A的离职引发猜测。`: the second leave has no object, and
the employer A joined last is 英伟达; but a news story that has just told a move
goes back to it, and the leave is the one of 小鹏汽车 (org:move-origin). Two
readings keep the employer joined last:

- the leave carries a date after that join (`2019年A从X跳槽至Y。2023年,A离职创业。`
  leaves Y), or says it is a new one (`A又离职了`, `再次离职`);
- the join was a plain one (`2022年1月加盟小鹏…A便宣布离职`): nothing else to leave.

And one reading is never right: leaving the organization the person joins later in
the same sentence (`A先是宣布辞职创业,到了6月却正式加入了P`): the leave came first,
from somewhere else (org:not-joined-later); nor, when the leave is followed by
where the person went (`离职后去向`), the organization joined earlier in that
sentence (org:destination-after-leave). With no origin known (`跳槽到了P` named
none), either reading gives no record rather than a guess.

The reading state (reading.py) keeps, for each person, where the last move started
(`ReadingState.origin`: the organization left in the sentence of the join, or the
`从X` of the join; "" for a switch verb with no origin named, `跳槽到了P`)."""

from __future__ import annotations

from talentflow.relations.docview import DocView
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Sentence

MOVE_ORIGIN = "org:move-origin"
NOT_JOINED_LATER = "org:not-joined-later"
DESTINATION = "org:destination-after-leave"
_NEW_LEAVE = rule("new-leave-mark")
_DESTINATION = rule("destination-after-leave")


def after_move_org(view: DocView, sentence: Sentence, clause_start: int, start: int, end: int, person: str, known: str) -> tuple[str, str] | None:
    """For a bare leave of `person` whose employer joined last is `known`: None to keep
    `known` (org:last-joined), else (the organization left, "" when untold; the rule id)."""
    if _joins_later(view, sentence, end, known):
        origin = view.reading.origin.get(person) or ""
        return origin if origin != known else "", NOT_JOINED_LATER
    if _DESTINATION.match(view.simple, end) and _joins_between(view, sentence.start, start, known):
        # `A宣布加盟小米,为猜测A离职后去向的传言画上句号`: 小米 is where A went after it.
        origin = view.reading.origin.get(person) or ""
        return origin if origin != known else "", DESTINATION
    if person not in view.reading.origin:
        return None  # a plain join before: the leave leaves it
    if _NEW_LEAVE.search(view.simple, clause_start, start) or _dated_after(view, sentence, start, view.reading.since.get(person, "")):
        return None
    origin = view.reading.origin[person]
    return (origin, MOVE_ORIGIN) if origin and origin != known else ("", MOVE_ORIGIN)


def _joins_later(view: DocView, sentence: Sentence, end: int, known: str) -> bool:
    """Is `known` the object of a join verb later in the sentence (`…辞职创业,…加入了P`)?"""
    return _joins_between(view, end, sentence.end, known)


def _joins_between(view: DocView, low: int, high: int, known: str) -> bool:
    """Is `known` the object of a join verb starting in [low, high)?"""
    for trigger in view.triggers.starting(low, high):
        if trigger.label_ not in ("join", "move"):
            continue
        for org in view.orgs.inside(trigger.end_char, min(high, trigger.end_char + 4 + len(known))):
            if org.text == known or view.text[org.start : org.end] == known:
                return True
    return False


def _dated_after(view: DocView, sentence: Sentence, start: int, since: str) -> bool:
    """A date in the sentence before the verb, later than the join (`2023年,A离职创业`
    after `2019年…跳槽至Y`); any date at all when the join had none."""
    for date in view.dates.inside(sentence.start, start):
        if not date.value:
            continue
        if not since:
            return True
        size = min(len(date.value), len(since))
        if date.value[:size] > since[:size]:
            return True
    return False
