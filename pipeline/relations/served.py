"""Frames of the serving verbs (任, 担任, 任职, 工作 …): a post is a move only when
the text dates it or places it in a résumé: `2019年至2021年在谷歌大脑担任研究工程师`
(joined, then left), `2023年5月任X董事` (a dated post), `其后于金蝉证券任职顾问`
(the next post), `任X总经理,免去其Y职务` (an appointment); `现任…总监` gives nothing."""

from __future__ import annotations

import re

from talentflow.relations import governance
from talentflow.relations.docview import DocView, ends_with
from talentflow.relations.draft import Draft, is_school, org_text
from talentflow.relations.attributes import record_status, record_time, units_to_employers
from talentflow.relations.groups import group_after
from talentflow.relations.resume import post_list
from talentflow.relations.roles import post_after, title_phrase
from talentflow.relations.subjects import subject_ruled, topic_people
from talentflow.relations.topic import announcing_org
from talentflow.relations.vetoes import vetoed
from talentflow.resources import lexicon
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Clause, Sentence

_DURING = rule("during")
# `在星河、云帆先后任职`: 先后 before the verb marks the posts as past ones.
_SUCCESSIVE = rule("successive-serving")
_EARLIER = rule("earlier")
_EARLIER_ONLY = rule("earlier-only-clause")
_STILL_YEARS = rule("still-serving-years")
_EXPERIENCE = rule("work-experience")
_HAVING = rule("experience-opener")
_STILL = rule("still")
_ANAPHORIC_NAME = rule("anaphoric-name")
_IN = rule("in-marker")
_THEN_POST = rule("then-post")
_SINCE_SCHOOL = rule("since-schooling")
_SCHOOL_BEFORE = rule("school-before")
_FUTURE_POST = rule("future-post")
_SUCCEEDING = rule("succeeding-post")

# `2017年,A任X副总经理`, `2020年4月起,任X首席科学家`: a clause that holds only a date dates the clause after it.
_DATE_CLAUSE = rule("date-clause-gap")


def served(view: DocView, sentence: Sentence, trigger, next_start: int) -> list[Draft]:
    """`2019年至2021年,他在谷歌大脑担任研究工程师`: joined at the start, left at the end."""
    start, end = trigger.start_char, trigger.end_char
    clause = sentence.clause_at(start)
    # 2010年至2014年任A副总裁,2014年起任B总裁: a span before another serving verb is that
    # verb's (`2016年至2021年,他曾在A工作`: 曾在 opens this verb's frame).
    before = [t.end_char for t in view.triggers.starting(sentence.start, start) if t.end_char <= start and t.label_ == "serve"]
    spans = [d for d in view.dates.inside(max([sentence.start, *before]), start) if d.role in ("span_start", "span_end")]
    if len(spans) < 2 or spans[-1].role != "span_end" or spans[-2].role != "span_start":
        if _EXPERIENCE.match(view.simple, end):
            return _work_experience(view, sentence, clause, start, end)
        marked = _DURING.match(view.simple, end) or _EARLIER.search(view.simple, clause.start, start) or _SUCCESSIVE.search(view.simple, clause.start, start)
        if marked or _earlier_clause(view, sentence, clause):
            if _still_serving(view, clause, start):
                return []
            drafts = _served_before(view, sentence, clause, start, end)
            if _DURING.match(view.simple, end):
                # `之后又在一汽红旗任职多年`: a next post held for years, joined then and left since.
                drafts = _next_post(view, sentence, clause, trigger, next_start, ended=True) + drafts
            # `加入复旦大学…。在此之前,他在复旦大学担任讲师`: a bare `before this` dates a post at
            # the employer just joined as an earlier post there, not one left.
            return drafts if marked else [d for d in drafts if not _at_employer_joined(view, d)]
        for _, read in POST_FRAMES:
            drafts = read(view, sentence, clause, trigger, next_start)
            if drafts:
                return drafts
        return []
    if vetoed(view, sentence, clause, start):
        return []
    located = [o for o in view.orgs.inside(clause.start, start) if ends_with(_IN, view.simple, o.start)]
    after = group_after(view.orgs, view.simple, end, min(clause.end, next_start))
    orgs = located[-1:] or after[:1]
    people, how = subject_ruled(view, sentence, clause, start)
    if not orgs or not people or is_school(view, orgs[0]) and not post_after(view, orgs[0], next_start, sentence) and not _teaches(view, trigger):
        return []
    found_by = [f"serve:{view.simple[start:end]}", "frame:served-span", how, "org:located" if located else "org:after-verb"]
    org, drafts = orgs[0], []
    role_mention = post_after(view, org, next_start, sentence)
    for person in people:
        for scored, value in (("join", spans[-2].value), ("leave", spans[-1].value)):
            if scored == "leave" and not value:
                continue  # 2019年至今: still there
            draft = Draft(person.key, scored, "serve", view.text[start:end], start, end, sentence, rules=list(found_by))
            draft.tells_employer = False
            setattr(draft, "to_org" if scored == "join" else "from_org", org_text(view, org))
            draft.role = role_mention.text if role_mention else ""
            draft.time = value
            draft.status, status_rule = record_status(view, sentence, clause, person, start)
            draft.rules += ["role:post-after-org" if role_mention else "role:none", f"time:span-{'start' if scored == 'join' else 'end'}", status_rule]
            if units_to_employers(view, draft):
                drafts.append(draft)
    return drafts


def _still_serving(view: DocView, clause: Clause, start: int) -> bool:
    """`已在腾讯工作了十二年`: the years counted so far of a post still held (rule
    still-serving-years), unless the clause also dates it in the past (`他曾已在…`)."""
    opening = view.simple.rfind("在", clause.start, start)
    if opening < 0 or _EARLIER.search(view.simple, clause.start, opening):
        return False
    return bool(_STILL_YEARS.search(view.simple, clause.start, opening + 1))


def _work_experience(view: DocView, sentence: Sentence, clause: Clause, start: int, end: int) -> list[Draft]:
    """`创业前有英伟达和腾讯的工作经历`: each organization a verb of having opens before
    `工作经历` is a post of the past, left since (rules work-experience, experience-opener)."""
    openers = list(_HAVING.finditer(view.simple, clause.start, start))
    if not openers:
        return []
    orgs = group_after(view.orgs, view.simple, openers[-1].end(), start)
    # The subject is 有's: `美团的工作经历` is no one's departure (subject:possessor-unnamed),
    # and in `A,是一名已有…工作经历的年轻人` the copula's: 一名 describes A, no one unnamed.
    asked = openers[-1].start()
    copula = view.simple.rfind("是", clause.start, asked)
    if copula >= 0 and view.simple.startswith(("一名", "一位", "一个"), copula + 1):
        asked = copula
    if asked == copula and not view.persons.inside(clause.start, copula):
        people, how = topic_people(view, clause.start), "subject:dropped"
    else:
        people, how = subject_ruled(view, sentence, clause, asked)
    drafts = []
    for person in people:
        for org in orgs:
            if is_school(view, org):
                continue
            draft = Draft(person.key, "leave", "serve", view.text[start:end], start, end, sentence)
            draft.from_org = org_text(view, org)
            draft.status, status_rule = record_status(view, sentence, clause, person, start)
            draft.rules = [f"serve:{view.simple[start:end]}", "frame:work-experience", how, "org:located", "role:none", "time:none", status_rule]
            drafts.append(draft)
    return drafts


def _teaches(view: DocView, trigger) -> bool:
    """`2018年回国任教于复旦大学`: a verb of a post at a school (triggers.tsv `transfer`), no schooling."""
    return view.simple[trigger.start_char : trigger.end_char] in lexicon.verbs_with("transfer")


def _served_before(view: DocView, sentence: Sentence, clause: Clause, start: int, end: int) -> list[Draft]:
    """`在Oracle和Dropbox工作期间打下了基础`, `早年任耐克设计师、微软创意总监`: posts
    of the past, left since."""
    opening = view.simple.rfind("在", clause.start, start)
    orgs = group_after(view.orgs, view.simple, opening + 1, start) if opening >= 0 else []
    posts = [(org, "") for org in orgs]
    org_rule = "org:located"
    earlier = _EARLIER.search(view.simple, clause.start, start)
    # 东吴先前聘请A担任荣誉院长: 先前 dates the hire, and the post is the one A was hired for.
    if not posts and earlier and not any(t.label_ == "hire" for t in view.triggers.starting(earlier.end(), start)):
        listed = post_list(view, end, clause.end)
        # One post alone (`此前担任蚂蚁集团AI平台负责人`) is the post memory's to word (posts.py).
        posts = [(post.org, post.title if len(listed) > 1 else "") for post in listed]
        org_rule = "org:post-list"
    people, how = subject_ruled(view, sentence, clause, start)
    drafts = []
    for person in people:
        for org, title in posts:
            draft = Draft(person.key, "leave", "serve", view.text[start:end], start, end, sentence)
            draft.from_org = org_text(view, org)
            draft.role = title
            draft.status, status_rule = record_status(view, sentence, clause, person, start)
            role_rule = "role:post-list" if title else "role:none"
            draft.rules = [f"serve:{view.simple[start:end]}", "frame:served-before", how, org_rule, role_rule, "time:none", status_rule]
            drafts.append(draft)
    return drafts


def _dated_post(view: DocView, sentence: Sentence, clause: Clause, trigger, next_start: int) -> list[Draft]:
    """`2023年5月任中国铁塔股份有限公司董事`, `2016年在蔚来担任产品总监`: a post
    taken at a stated date is a join then (ANNOTATION.md: a dated appointment),
    not a position merely held (`现任…总监` has no date and gives nothing)."""
    start, end = trigger.start_char, trigger.end_char
    dates = view.dates.inside(sentence.start, start)
    # `自2020年起担任`: a span opened and never closed dates the post's start as a point does.
    if not dates or dates[-1].role not in ("point", "span_start") or view.triggers.starting(dates[-1].end, start):
        return []  # undated, or the date belongs to another verb (`2016年加入A,担任B`)
    if dates[-1].start < clause.start and not _DATE_CLAUSE.fullmatch(view.simple, dates[-1].end, clause.start):
        return []  # `今年夏天,X向A开出高薪,…A仍在苹果任职`: the date is another clause's
    if _STILL.search(view.simple, dates[-1].end, start):
        return []  # `目前仍在苹果任职`: a post held, no change
    if vetoed(view, sentence, clause, start):
        return []
    located = [o for o in view.orgs.inside(clause.start, start) if ends_with(_IN, view.simple, o.start) and not _ANAPHORIC_NAME.match(o.text)]
    if located:
        post = post_after(view, located[-1], next_start, sentence)
        posts, org_rule = [(located[-1], post.text if post else "")], "org:located"
    else:
        posts, org_rule = [(p.org, p.title) for p in post_list(view, end, min(clause.end, next_start), lead=1)], "org:post-list"
    people, how = subject_ruled(view, sentence, clause, start)
    drafts = []
    for person in people[:1]:
        for org, title in posts[:1]:
            if is_school(view, org) and not title and not _teaches(view, trigger) or employer(org.key) == employer(view.affiliation.get(person.key, "")):
                continue  # a school without a post is schooling; the same employer, a promotion
            draft = Draft(person.key, "join", "serve", view.text[start:end], start, end, sentence)
            draft.to_org = org_text(view, org)
            draft.role = title
            draft.time = dates[-1].value
            draft.status, status_rule = record_status(view, sentence, clause, person, start)
            draft.rules = [f"serve:{view.simple[start:end]}", "frame:dated-post", how, org_rule,
                           "role:post-list" if title else "role:none", "time:post-date", status_rule]
            if not units_to_employers(view, draft) or employer(draft.to_org) == employer(view.affiliation.get(person.key, "")):
                continue  # `2016年,A任消费者事业部总裁`: a unit of the employer A is at
            drafts.append(draft)
    return drafts


def _next_post(view: DocView, sentence: Sentence, clause: Clause, trigger, next_start: int, *, ended: bool = False) -> list[Draft]:
    """A résumé's next post with no date of its own: `其后于金蝉证券任职顾问` (after a
    join told before: a join here, a leave of that one), `毕业后,一直在金蝉研究院工作`
    (the first job: joined when the schooling ended, if the text dates it);
    `ended`: the post is counted in years (`后来在金蝉证券工作了四年`), a step of the
    résumé even with no join told before it."""
    start, end = trigger.start_char, trigger.end_char
    located = [o for o in view.orgs.inside(clause.start, start) if ends_with(_IN, view.simple, o.start)][-1:]
    if not located or vetoed(view, sentence, clause, start):
        return []
    # `韦立其后于金蝉证券任职`: the subject's name may open the clause before the step word.
    named = [p for p in view.persons.starting(clause.start, clause.start + 1) if p.end <= located[0].start]
    lead = view.simple[named[0].end if named else clause.start : located[0].start]
    then, since = _THEN_POST.fullmatch(lead), _SINCE_SCHOOL.fullmatch(lead)
    if since and not _SCHOOL_BEFORE.search(view.simple, sentence.start, clause.start):
        since = None
    if not then and not since:
        return []
    people, how = subject_ruled(view, sentence, clause, start)
    org, drafts = located[0], []
    post = post_after(view, org, len(view.simple), sentence)
    for person in people[:1]:
        known = view.affiliation.get(person.key, "")
        if then and (not known and not ended or known and employer(known) == employer(org.key)):
            continue  # 其后 follows a join of this person told before, at another employer
        draft = Draft(person.key, "join", "serve", view.text[start:end], start, end, sentence)
        draft.to_org = org_text(view, org)
        draft.from_org = known if then else ""
        draft.role = post.text if post else ""
        dates = [d for d in view.dates.inside(sentence.start, clause.start) if d.role == "point"] if since else []
        draft.time = dates[-1].value if dates else ""
        draft.status, status_rule = record_status(view, sentence, clause, person, start)
        draft.rules = [f"serve:{view.simple[start:end]}", "frame:then-post" if then else "frame:since-schooling", how, "org:located",
                       "from:previous-join" if draft.from_org else "from:none", "role:post-after-org" if post else "role:none",
                       "time:schooling-end" if draft.time else "time:none", status_rule]
        if not units_to_employers(view, draft):
            continue
        drafts.append(draft)
    return drafts


def _appointed_post(view: DocView, sentence: Sentence, clause: Clause, trigger, next_start: int) -> list[Draft]:
    """`A任星河联通总经理,免去其星河移动副总经理职务`: an appointment as a
    personnel decision words it (任…,免去其…职务); the post named by 任 is taken
    then, though undated, unlike `现任…总监`, a post merely held."""
    start, end = trigger.start_char, trigger.end_char
    if view.simple[start:end] != "任" or not governance.relieved_after(view, clause.end, sentence.end):
        return []
    if vetoed(view, sentence, clause, start):
        return []
    posts = post_list(view, end, min(clause.end, next_start), lead=1)
    people, how = subject_ruled(view, sentence, clause, start)
    drafts = []
    for person in people[:1]:
        for post in posts[:1]:
            draft = Draft(person.key, "join", "serve", view.text[start:end], start, end, sentence)
            draft.to_org = org_text(view, post.org)
            draft.role = post.title
            draft.tells_employer = False
            draft.time, time_rule = record_time(view, sentence, clause, start, end, "join")
            draft.status, status_rule = record_status(view, sentence, clause, person, start)
            draft.rules = [f"serve:{view.simple[start:end]}", "frame:appointed-and-relieved", how, "org:post-list",
                           "role:post-list" if post.title else "role:none", time_rule, status_rule]
            if units_to_employers(view, draft):
                drafts.append(draft)
    return drafts


def _future_post(view: DocView, sentence: Sentence, clause: Clause, trigger, next_start: int) -> list[Draft]:
    """`A将担任星河科技首席执行官`, `A即将在星河科技担任CTO`: a post someone is about to
    take is a join announced (ANNOTATION.md: 将出任), unlike `现任…总监`, a post held.
    `A接替B担任星河科技CEO` takes the post now (frame:succeeding-post); with no
    organization after the verb, the one announcing it (`星河科技宣布,A将接替B担任
    首席执行官`: org:announcer)."""
    start, end = trigger.start_char, trigger.end_char
    future = _FUTURE_POST.search(view.simple, clause.start, start)
    if not (future or _SUCCEEDING.search(view.simple, clause.start, start)) or vetoed(view, sentence, clause, start):
        return []
    located = [o for o in view.orgs.inside(clause.start, start) if ends_with(_IN, view.simple, o.start)]
    org_rule = "org:located" if located else "org:post-list"
    if located:
        post = post_after(view, located[-1], next_start, sentence)
        posts = [(located[-1], post.text if post else "")]
    else:
        posts = [(p.org, p.title) for p in post_list(view, end, min(clause.end, next_start), lead=1)]
    people, how = subject_ruled(view, sentence, clause, start)
    if not posts and people:
        posts, org_rule = _announced_post(view, sentence, people[0].start, end, min(clause.end, next_start)), "org:announcer"
    drafts = []
    for person in people[:1]:
        for org, title in posts[:1]:
            if not title:
                continue  # `将在星河科技工作`: no post named, no appointment
            draft = Draft(person.key, "join", "serve", view.text[start:end], start, end, sentence)
            draft.to_org = org_text(view, org)
            draft.role = title
            draft.time, time_rule = record_time(view, sentence, clause, start, end, "join")
            draft.status, status_rule = record_status(view, sentence, clause, person, start)
            frame = "frame:future-post" if future else "frame:succeeding-post"
            draft.rules = [f"serve:{view.simple[start:end]}", frame, how, org_rule,
                           "role:post-after-org" if located else "role:post-list", time_rule, status_rule]
            if units_to_employers(view, draft):
                drafts.append(draft)
    return drafts


def _announced_post(view: DocView, sentence: Sentence, floor: int, end: int, limit: int) -> list[tuple]:
    """`星河科技宣布,A将接替B担任首席执行官`: a title right after the verb, no organization
    named, is a post at the organization announcing earlier in the sentence."""
    titles = view.titles.starting(end, min(limit, end + 2))
    if not titles or view.orgs.inside(end, titles[0].start):
        return []
    announcer = announcing_org(view, sentence.start, floor)
    return [(announcer[0], title_phrase(view, titles[0], end))] if announcer else []


# A serving verb with no dated span: the frames of a post taken, in priority order
# (the first that gives drafts decides); `现任…总监`, which none fits, gives nothing.
def _at_employer_joined(view: DocView, draft: Draft) -> bool:
    """Is the draft's post at the employer its person last joined, told before?"""
    joined = view.affiliation.get(draft.person)
    return bool(joined) and bool(draft.from_org) and employer(draft.from_org) == employer(joined)


def _earlier_clause(view: DocView, sentence: Sentence, clause: Clause) -> bool:
    """`在此之前,韩立明任职云帆集团`: the clause before says only `before this`."""
    before = [c for c in sentence.clauses if c.end <= clause.start]
    return bool(before) and _EARLIER_ONLY.fullmatch(view.simple, before[-1].start, before[-1].end) is not None


POST_FRAMES = (
    (("frame:dated-post",), _dated_post),  # 2023年5月任中国铁塔董事
    (("frame:then-post", "frame:since-schooling"), _next_post),  # 其后于金蝉证券任职顾问
    (("frame:appointed-and-relieved",), _appointed_post),  # 任星河联通总经理,免去其…职务
    (("frame:future-post", "frame:succeeding-post"), _future_post),  # 将担任星河科技首席执行官, 接替B担任…
)
