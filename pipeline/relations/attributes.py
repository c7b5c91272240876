"""A record's attributes read around its trigger: time and status, and the
organization a bare team name stands for (`加入智驾团队`: the employer's unit)."""

from __future__ import annotations

from typing import NamedTuple

from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView
from talentflow.relations.draft import JOIN_KINDS, Draft, trigger_end
from talentflow.resources import lexicon
from talentflow.resources.org_identity import bare_unit, known_org
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Clause, Sentence

_TAKES_EFFECT = rule("takes-effect")
_EARLIER_CLAUSE = rule("earlier-clause")
_THEN_CLAUSE = rule("then-clause")
_RUMOURED = rule("rumoured")
_COMPLETED = rule("completed")
_PERFECTIVE = rule("perfective")
_PROPOSED = rule("proposed-verb")
_TIME_CLAUSE = rule("time-clause-end")


class Ruled(NamedTuple):
    """A record's attribute (time `2024-03`, status `done`) and the id of the rule that chose it."""

    value: str
    rule: str


# The pair as a Ruled without a Python-level call (Ruled._make costs three, per record).
_RULED = tuple.__new__


def record_time(view: DocView, sentence: Sentence, clause: Clause, start: int, end: int, scored: str) -> Ruled:
    """The record's time and the id of the time rule that chose it (`2024年3月加入`: time:clause)."""
    return _RULED(Ruled, _time_ruled(view, sentence, clause, start, end, scored))


def record_status(view: DocView, sentence: Sentence, clause: Clause, person: Mention, start: int) -> Ruled:
    """The record's status and the id of the status rule that set it (`将加入`: status:announced)."""
    return _RULED(Ruled, _status_ruled(view, sentence, clause, person, start))


def _time_ruled(view: DocView, sentence: Sentence, clause: Clause, start: int, end: int, scored: str) -> tuple[str, str]:
    """The record's time and the id of the time rule that chose it."""
    effective = [d for d in view.dates.inside(end, sentence.end) if d.value and _TAKES_EFFECT.match(view.simple, d.end)]
    if effective:
        return effective[0].value, "time:effective"
    before = view.dates.inside(sentence.start, start)
    in_clause = [d for d in before if d.start >= clause.start]
    if not in_clause and before and _EARLIER_CLAUSE.search(view.simple[before[-1].end : start]):
        return "", "time:earlier-clause"
    # 3月27日,A离职,之后创办X / 2020年8月入职蔚来后,…他的离开: a date of an earlier
    # clause dates the event told next to it, not one told after a time marker.
    if not in_clause and _THEN_CLAUSE.match(view.simple, clause.start):
        # 2017年至2020年在小鹏汽车任职,随后加入英伟达: the step after a span starts at its end.
        ends = [d for d in before if d.role == "span_end"]
        return (ends[-1].value, "time:after-span") if ends else ("", "time:none")
    if not in_clause and before and scored == "leave" and _dates_earlier_join(view, sentence, before[-1].end, clause.start):
        return "", "time:earlier-join"
    pool, rule = (in_clause, "time:clause") if in_clause else (before, "time:sentence-before")
    if not pool:
        pool, rule = view.dates.inside(end, clause.end)[:1], "time:after-verb"
    if not pool:
        return "", "time:none"
    chosen = pool[-1]
    if chosen.role == "span_end" and scored == "join":
        starts = [d for d in pool if d.role == "span_start"]
        if starts:
            chosen, rule = starts[-1], "time:span-start"
    return chosen.value, rule


def _dates_earlier_join(view: DocView, sentence: Sentence, date_end: int, clause_start: int) -> bool:
    """time:earlier-join — `A于2019年加入星河,他的离开是今年第二次人事变动`: the date
    of an earlier clause that dates a join there is that join's; a leave told after it
    happened later, on a day the sentence does not give. Not a join told as the time of
    the leave (`11月9日,上任副总裁仅3个月后,A宣布离开`)."""
    for trigger in view.triggers.starting(date_end, clause_start):
        if trigger.label_ not in JOIN_KINDS:
            continue
        told = sentence.clause_at(trigger.start_char)
        # The date must stand before that clause: `2020年8月入职星河后,…他的离开` is dated by its join.
        if told.start < date_end or not _TIME_CLAUSE.search(view.simple, told.start, told.end):
            return True
    return False


def _status_ruled(view: DocView, sentence: Sentence, clause: Clause, person: Mention, start: int) -> tuple[str, str]:
    """The record's status and the id of the status rule that set it."""
    # 下一站或将是星河科技: a cue inside the trigger's own words hedges it as one before it would.
    verb = view.simple[start : trigger_end(view, start)]
    inner = [value for cue, value in lexicon.cue_table("cues.tsv").items() if cue != verb and cue in verb]
    cues = [value for s, e, value in view.cues.inside(sentence.start, start)] + inner
    if "rumour" in cues or _RUMOURED.match(view.simple, trigger_end(view, start)):
        return "reported", "status:rumour"  # 离职的传闻/消息: the move is what the rumour says
    if "reported" in cues:
        # 有媒体报道称,A已相继离职 / 消息称,A离开了X: a source, but the move is stated as
        # done (the real-news gold annotates these done; only the unfinished stay reported).
        completed = _COMPLETED.search(view.simple, max(clause.start, start - 8), start) or _PERFECTIVE.match(
            view.simple, trigger_end(view, start)
        )
        return ("done", "status:reported-as-done") if completed else ("reported", "status:reported")
    if _PROPOSED.match(view.simple, start):
        return "announced", "status:proposed-verb"  # 星河科技拟聘A为副总裁: the board proposes, no one has joined yet
    near = [value for s, e, value in view.cues.inside(max(clause.start, person.end if person.end <= start else 0), start)] + inner
    return ("announced", "status:announced") if "announced" in near else ("done", "status:done")


def units_to_employers(view: DocView, draft: Draft) -> bool:
    """`2016年至2022年担任TPU团队工程总监`, `加入智驾团队`: a team named on its own is a
    unit of the person's employer, so the record is about that employer; without
    one known, there is no record (False)."""
    if draft.verb_kind not in ("join", "intern", "serve", "move", "hire"):
        return True  # 不再担任自动驾驶事业部总经理: what is left may well be the unit itself
    for side in ("to_org", "from_org"):
        name = getattr(draft, side)
        if name and bare_unit().search(name) and not known_org(name):
            employer = view.affiliation.get(draft.person, "")
            if not employer or employer == name:
                return False
            setattr(draft, side, employer)
            draft.rules.append("org:unit-to-employer")
    return not (draft.to_org and draft.to_org == draft.from_org)
