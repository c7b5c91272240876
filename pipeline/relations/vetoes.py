"""Vetoes: what keeps a trigger from giving a record (ANNOTATION.md excludes
negated, hypothetical and conditional moves, declined offers, denied rumours and
schooling): `如果再选一次,他还是会离开字节`, `A拒绝了快手的邀请`, `对此,京东方面予以否认`."""

from __future__ import annotations

from bisect import bisect_right

from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView, ends_with
from talentflow.relations.draft import VETO_CUES, trigger_end
from talentflow.resources.patterns import rule, word_set
from talentflow.text.sentences import Clause, Sentence

_COUNTING = rule("counting")
_ANSWER = rule("answer")
_RUMOUR_PHRASE = rule("rumour-phrase")
_TIME_FRAME = rule("time-frame")
_AN_OPTION = rule("move-as-option")
_WEIGHED = rule("move-weighed")
_CONTINUED = rule("continued-post")
_FIGURATIVE = rule("figurative-object")
_MODIFIER = rule("verb-as-modifier")
_AS_NOUN = rule("trigger-as-noun")
_ONCE_SAID = rule("once-said")
_LIFETIME = rule("lifetime-post")
_THING = rule("thing-after-org")
_VISIT = rule("visit-at-org")
_TRIP = rule("trip-count")
_NOT_YET_THEN = rule("negation-then-act")
_STAYED = rule("stayed-on")
_OVERTAKEN = rule("rumour-overtaken")
_ON_BEHALF = rule("on-behalf")
_FIELD = rule("field-object")
_MOVE_AS_SUBJECT = rule("move-as-subject")
_DURING = rule("during")
_PERFECTIVE_GAP = 2  # 了 and a space between a verb and its object


def vetoed(view: DocView, sentence: Sentence, clause: Clause, start: int) -> bool:
    """Does a cue keep the trigger at `start` from giving a record: a negation, hypothesis,
    condition or declined offer before it in its clause (`并未加入`), a condition earlier in
    the sentence (`如果再选一次,…`), its rumour answered no, or a denial (`予以否认`)?"""
    if any(
        value in VETO_CUES and not _COUNTING.match(view.simple, e) and not _not_yet_then(view, value, e, start)
        for s, e, value in view.cues.inside(clause.start, start)
    ):
        return True
    # 如果再选一次,他还是会离开字节: a condition governs the clauses after it.
    if any(
        value == "conditional" and not _COUNTING.match(view.simple, e)
        for s, e, value in view.cues.inside(sentence.start, clause.start)
    ):
        return True
    end = trigger_end(view, start)
    if _answered_no(view, sentence, clause, end) or _rumour_then_stayed(view, sentence, clause, start):
        return True
    # A代表星河资本出任云帆董事: a seat held for the investor A works at (veto:on-behalf).
    if any(ends_with(_ON_BEHALF, view.simple, org.start) and not view.simple[org.end : start].strip() for org in view.orgs.inside(clause.start, start)):
        return True
    # 有网友鼓励林思远考虑加入英伟达: the move weighed, right before its verb.
    if _WEIGHED.search(view.simple, clause.start, start):
        return True
    # 委任赵立继续出任港大校务委员会主席: a post held on, no move.
    if _CONTINUED.search(view.simple, max(clause.start, start - 4), start):
        return True
    # 呼吁员工回归初心: the object is a state, not an organization.
    # 这位离职员工, 调整转岗机制: the verb modifies a noun, no one moves.
    # An organization's name right after the verb is its object (`加入潮汐能源`), no such noun.
    named = bool(view.orgs.starting(end, end + 1))
    if _FIGURATIVE.match(view.simple, end) or _MODIFIER.match(view.simple, end) and not named:
        return True
    # 韩立明生前曾任星河科技董事长: the post held until death (veto:lifetime-post).
    if _LIFETIME.search(view.simple, max(clause.start, start - 4), start):
        return True
    # 退出了微信群, 重返星河科技发布会现场: a thing the company runs, no employer (veto:org-thing).
    if any(_THING.match(view.simple, org[1]) for org in view.orgs.starting(end, end + _PERFECTIVE_GAP)):
        return True
    # 上周去了京东: a trip; 离开网易后去了京东, 相继辞职,后来一同去了小米: a join
    # (veto:went-without-leave: a verb of going needs a leave before it in its sentence, or a
    # post of the past in it or the sentence before: `早年在银杏网络任职。她2019年去了蓝鲸`).
    if view.simple[start:end] in word_set("went_verbs") and not _left_before(view, sentence, start):
        return True
    # 去了星河科技参观, 去了一趟云帆: a trip, no job taken (veto:visit-at-org, veto:trip-count).
    if _TRIP.match(view.simple, end) or any(_VISIT.match(view.simple, org[1]) for org in view.orgs.starting(end, end + _PERFECTIVE_GAP)):
        return True
    # 联想开始进入移动互联网领域: the object is a line of business, no employer (veto:field-object).
    field = _FIELD.match(view.simple, end)
    if field and all(org[1] == field.start("field") for org in view.orgs.starting(end, field.end())):
        return True
    # 韩立明的加入将补齐公司的短板: the move is the subject of what follows, the words
    # after it are no object (veto:move-as-subject).
    if view.simple[start - 1 : start] == "的" and _MOVE_AS_SUBJECT.match(view.simple, end):
        return True
    # 百度出现了离职潮: the verb heads a noun for a trend or a rate (veto:move-noun).
    if _AS_NOUN.match(view.simple, end) and not named:
        return True
    # A曾在2019年表示X将…: 曾在 dates a statement, no post held (veto:once-said).
    said = _ONCE_SAID.match(view.simple, start)
    if said and not view.orgs.starting(start, said.end()):
        return True
    # 重回华为也是不错的选择: the move weighed as an option, after its verb.
    if _AN_OPTION.search(view.simple, end, clause.end):
        return True
    # 此前有传言称X也将离职,但xAI方面迅速否认: a denial anywhere in the sentence (the
    # trigger's own: asked once for all its triggers).
    return view.memoized(("denied", sentence.start), _denied, view, sentence)


def _left_before(view: DocView, sentence: Sentence, start: int) -> bool:
    """Is a leave told before a verb of going: a leave in its sentence, or a post of the
    past in it or in the sentence before (`早年在银杏网络任职。她2019年去了蓝鲸`,
    `在云帆智能待了两年,之后去了蓝鲸`: a stay counted in time, rules.during)?"""
    index = bisect_right(view.sentence_starts, sentence.start) - 1
    earlier = view.sentences[index - 1].start if index > 0 else sentence.start
    for trigger in view.triggers.starting(earlier, start):
        if trigger.label_ == "leave" and trigger.start_char >= sentence.start or trigger.label_ == "past":
            return True
        if trigger.label_ == "serve" and _DURING.match(view.simple, trigger.end_char):
            return True
    return False


def _not_yet_then(view: DocView, value: str, cue_end: int, start: int) -> bool:
    """`还没开业就走人`: a negation that ends in a clause of time before 就/便 leaves the
    trigger after it affirmed (veto rule negation-then-act); `没有就此离开` stays negated."""
    return value == "negated" and _NOT_YET_THEN.fullmatch(view.simple, cue_end, start) is not None


def _denied(view: DocView, sentence: Sentence) -> bool:
    if any(value == "denied" for s, e, value in view.cues.starting(sentence.start, sentence.end)):
        return True
    # 有消息称A将离职加入B。对此,京东方面予以否认: the next sentence answers the rumour.
    if not any(value in ("rumour", "reported") for s, e, value in view.cues.starting(sentence.start, sentence.end)):
        return False
    index = bisect_right(view.sentence_starts, sentence.start)
    after = view.sentences[index] if index < len(view.sentences) else None
    return (
        after is not None
        and _ANSWER.match(view.simple, after.start) is not None
        and any(value == "denied" for s, e, value in view.cues.starting(after.start, after.end))
    )


def _answered_no(view: DocView, sentence: Sentence, clause: Clause, end: int) -> bool:
    """`针对其将加盟寒武纪的传言,A回应称自己"并未加入任何公司"`: the rumour, then its denial."""
    return _RUMOUR_PHRASE.match(view.simple, end, clause.end) is not None and any(
        value in ("negated", "denied") for s, e, value in view.cues.starting(clause.end, sentence.end)
    )


def _rumour_then_stayed(view: DocView, sentence: Sentence, clause: Clause, start: int) -> bool:
    """`针对此前传闻即将离职的A,星河方面确认她“并未离职”`, `传出将加盟云帆的A,最终选择留任`:
    a rumour before the trigger, then in a later clause of the sentence the move negated
    (a negation right before a move verb, not `并未回应`) or the person staying (stayed-on)."""
    if not any(value in ("rumour", "reported") for s, e, value in view.cues.inside(sentence.start, start)):
        return False
    negated = any(value == "negated" and view.triggers.starting(e, e + 2) for s, e, value in view.cues.starting(clause.end, sentence.end))
    # `一度传出A将加盟星河,但他最终选择了云帆`: the rumour gave way to another outcome (rumour-overtaken).
    stayed = _STAYED.search(view.simple, clause.end, sentence.end) or _OVERTAKEN.search(view.simple, clause.end, sentence.end)
    if negated or stayed is None:
        return negated
    # `A或将离职,B则选择留任`: the one who stays is another person, the rumour stands.
    rumoured = {p.key for p in view.persons.inside(sentence.start, clause.end)}
    return all(p.key in rumoured for p in view.persons.inside(clause.end, stayed.end()))


def declined_after(view: DocView, sentence: Sentence, end: int, org: Mention) -> bool:
    """`快手力邀A加盟,但A拒绝了快手的邀请`: the offer the verb stated, turned down later in
    the sentence (ANNOTATION.md: offers declined or not taken give no record)."""
    for cue_start, cue_end, value in view.cues.starting(end, sentence.end):
        if value == "declined":
            clause = sentence.clause_at(cue_start)
            if any(other.key == org.key for other in view.orgs.starting(cue_end, clause.end)):
                return True
    return False


def studies_in(view: DocView, clause: Clause) -> bool:
    """Does the clause state schooling as an act? `毕业后加入百度`, `硕士毕业后加入百度`,
    `读博期间在百度实习` only date a job: a run of schooling words ending in a time frame."""
    schooling = [(s, e) for s, e, v in view.cues.starting(clause.start, clause.end) if v == "schooling"]
    follows = {s: e for s, e in schooling}
    for _, end in schooling:
        while end in follows:
            end = follows[end]
        if not _TIME_FRAME.match(view.simple, end):
            return True
    return False
