"""Assembly: the drafts of a sentence and of the article become records. One move
from a leave and a join (`离开特斯拉,转而加入OpenAI`), one fact told once, the
leaves a résumé implies (a dated next post, a span's end, `先后加盟`, `B接替A`),
the organization of a bare leave settled on the whole article, and the finished
`LocatedMove` with its rules and confidence."""

from __future__ import annotations

from talentflow.models import LocatedMove
from talentflow.relations import governance
from talentflow.relations.bare_leave import announced_joins, not_commentators
from talentflow.relations.confidence import confidence, features
from talentflow.relations.docview import DocView
from talentflow.relations.draft import Draft, article_org, org_text, sole_org
from talentflow.relations.resume import Step, chain_leaves, concurrent
from talentflow.relations.topic import headline_topic, list_lead_topic
from talentflow.resources.lexicon import canonical_org
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import word_list
from talentflow.text.sentences import Sentence
from talentflow.text.textnorm import shadow


def merge_moves(drafts: list[Draft]) -> list[Draft]:
    """`离开特斯拉,转而加入OpenAI`: one move record, from and to.

    A record has one time, so a leave with its own date stays a record of its
    own; its one role is the title at `to_org` (ANNOTATION.md), so a leave's own
    title stays only when the join states none, or when it describes the person
    before the name (role:own-title-kept — `清华大学教授A离开清华,加盟X,出任首席科学家`:
    a leave as 教授 and a join as 首席科学家; but `A从X副院长岗位上离职,加盟Y,出任总裁`
    is one move as 总裁).
    """
    out: list[Draft] = []
    for draft in drafts:
        partner = next(
            (
                d
                for d in out
                if d.person == draft.person
                and d.kind == "leave"
                and d.verb_kind == "leave"
                and not d.to_org
                and draft.kind == "join"
                and not draft.from_org
                and d.from_org != draft.to_org
                and (not d.role or draft.role)
                and (not d.time or not draft.time or d.time == draft.time)
                and not (d.time and draft.later_step)  # 3月27日离职,之后创办X: two dated differently
            ),
            None,
        )
        if partner is not None and partner.role != draft.role and _title_names_person(partner):
            partner.rules.append("role:own-title-kept")
            partner = None
        if partner is not None:
            partner.rules = partner.rules + ["merge:leave+join"] + draft.rules
            partner.to_org = draft.to_org
            partner.role = draft.role
            partner.time = draft.time or partner.time
            partner.status = draft.status
            partner.trigger = f"{partner.trigger}…{draft.trigger}"
            partner.end = draft.end
            partner.kind = "move"
        else:
            out.append(draft)
    return out


# How a leave's organization or title was read when the title stands before the
# person's name: `X副总裁A离职`, `X(…)负责人A已于本月离职`.
_DESCRIBING = frozenset({"role:title-before-name", "org:describing-name", "org:clause-before-name"})


def _title_names_person(draft: Draft) -> bool:
    return not _DESCRIBING.isdisjoint(draft.rules)


def without_repeats(drafts: list[Draft]) -> list[Draft]:
    """One record per person and organizations in a sentence: a clause that
    restates a move (`…联合创立,目标是…`) adds at most a missing role or time."""
    kept: dict[tuple[str, str, str], Draft] = {}
    for draft in drafts:
        first = kept.setdefault((draft.person, draft.from_org, draft.to_org), draft)
        if first is not draft:
            if not first.role and draft.role or not first.time and draft.time:
                first.rules.append("repeat:filled-from-restatement")
            first.role = first.role or draft.role
            first.time = first.time or draft.time
    return list(kept.values())


def one_fact_once(drafts: list[Draft]) -> list[Draft]:
    """`2016年至2018年在微软研究院担任研究员` … `2018年她离开微软`: one leave told twice,
    once by the unit and once by the company whose name it starts with. A record that
    states only that fact again (same person, same kind, one organization's name inside
    the other's, times that agree) is one fact: the dated statement is kept (else the
    first), and what the other adds (role, time) goes to it."""
    kept: list[Draft] = []
    for draft in drafts:
        side = _single_side(draft)
        internal = draft.from_org in draft.to_org or draft.to_org in draft.from_org
        if not side and not internal:
            # A move states both facts: a lone statement of either is the same fact again
            # (not for a move inside one company: 加入谷歌 … 从谷歌转入谷歌DeepMind are two steps).
            told = [k for k in kept if (k_side := _single_side(k)) and _same_fact(draft, k, k_side)]
            # A lone statement that says more (its own title or date) keeps the fact,
            # and the move keeps only its other side (港交所前首席技术总监A辞任,转投华为).
            richer = [k for k in told if k.role not in ("", draft.role) or k.time not in ("", draft.time)]
            kept = [k for k in kept if all(k is not t for t in told) or any(k is r for r in richer)]
            for lone in richer:
                setattr(draft, _single_side(lone), "")
            if told:
                draft.rules.append("repeat:same-fact-elsewhere")
        twin = side and next((other for other in kept if _same_fact(other, draft, side)), None)
        if not twin:
            kept.append(draft)
            continue
        if draft.time and not twin.time and _single_side(twin) == side:
            kept[kept.index(twin)] = draft  # the dated statement names the move
            twin, draft = draft, twin
        twin.role = twin.role or draft.role
        twin.time = twin.time or draft.time
        twin.status = _surer(twin.status, draft.status)
        twin.rules.append("repeat:same-fact-elsewhere")
        if side == "from_org" and _names_company(draft.from_org) and not _names_company(twin.from_org):
            # A unit and its company (MSRA, 微软): the company's name is the one every
            # reader and list knows; between two units the first told stays.
            twin.from_org = draft.from_org
    return kept


def _single_side(draft: Draft) -> str:
    if draft.from_org and not draft.to_org:
        return "from_org"
    return "to_org" if draft.to_org and not draft.from_org else ""


def _same_fact(one: Draft, other: Draft, side: str) -> bool:
    mine, theirs = getattr(one, side), getattr(other, side)
    return (
        one.person == other.person
        and bool(mine)
        and (mine in theirs or theirs in mine or _aliases(mine, theirs) or side == "from_org" and _one_employer(mine, theirs))
        and _times_agree(one.time, other.time)
        and _statuses_agree(one.status, other.status)
    )


def _closer_join(drafts: list[Draft], draft: Draft, at: int) -> bool:
    """Does the successor join another organization of the sentence nearer the succeeded name?"""
    return any(
        d is not draft and d.kind == "join" and d.to_org and d.person == draft.person and d.sentence is draft.sentence
        and abs(d.start - at) < abs(draft.start - at)
        for d in drafts
    )


def _aliases(one: str, other: str) -> bool:
    """`電盈` … `電訊盈科`: two names the lexicon gives one organization (helper hktw)."""
    canonical = canonical_org(one)
    return bool(canonical) and canonical == canonical_org(other)


def _statuses_agree(one: str, other: str) -> bool:
    """`李某将回归北辰大学` … `回到北辰后,李某也会…`: a move announced and told again as
    done is one fact; so is a move first reported and later told as done
    (`据悉,李某已从星河汽车离职` … `距加盟星河仅两年,李某便宣布离职`)."""
    return True


# How sure a statement is: one fact told twice takes the surer telling.
_SURENESS = {"reported": 0, "announced": 1, "done": 2}


def _surer(one: str, other: str) -> str:
    return max(one, other, key=lambda status: _SURENESS.get(status, -1))


def _names_company(name: str) -> bool:
    """`微软`, `Microsoft`: the name of the employer itself, not of one of its units."""
    return canonical_org(name) == employer(name)


def _one_employer(one: str, other: str) -> bool:
    """`微软亚洲研究院(MSRA)副院长A宣布辞职` … `A历任微软研究员、
    副院长`: a leave of the unit and a leave of its company, by one person at one time,
    are one departure (org_identity: MSRA is Microsoft's). Leaves only: joining a
    company and later its unit (`加入谷歌` … `转入谷歌DeepMind`) are two steps."""
    return employer(one) == employer(other)


def _times_agree(one: str, other: str) -> bool:
    """Equal, one empty, or one the other's prefix (`2018` and `2018-06`)."""
    return not one or not other or one.startswith(other) or other.startswith(one)


def span_end_leave(view: DocView, sentence: Sentence, start: int, joined: Draft) -> list[Draft]:
    """`2015-2018,就职于大疆`: a join dated by a span's start is left at its end
    (a span ending 至今 has no end: still there)."""
    ends = [d for d in view.dates.inside(sentence.start, start) if d.role == "span_end"]
    if not ends or not ends[-1].value or ends[-1].value == joined.time:
        return []
    leave = Draft(joined.person, "leave", "serve", joined.trigger, joined.start, joined.end, joined.sentence)
    leave.from_org, leave.role, leave.time, leave.status = joined.to_org, joined.role, ends[-1].value, joined.status
    kept = [rule for rule in joined.rules if rule.startswith(("subject:", "org:", "role:"))]
    leave.rules = [joined.rules[0], "frame:span-end-leave", *kept, "time:span-end", joined.rules[-1]]
    return [leave]


def chained_leaves(drafts: list[Draft]) -> list[Draft]:
    """`2017年任中国电信副总经理;2023年5月任中国铁塔董事`: a dated join elsewhere, later
    than a dated join, leaves the first employer then (a résumé's next line)."""
    joins, by_step = [], {}
    for draft in drafts:
        # An internship ends on its own, a founder or a professor often keeps the first post.
        if (
            draft.to_org
            and draft.time
            and draft.status == "done"
            and draft.verb_kind not in ("intern", "found")
            and not concurrent(draft.role)
            and not shadow(draft.to_org).endswith(word_list("school_suffixes"))
        ):
            step = Step(draft.person, employer(draft.to_org), draft.time, draft.start)
            joins.append(step)
            by_step[step] = draft
    left = {(d.person, employer(d.from_org)) for d in drafts if d.from_org}
    undated = [d for d in drafts if d.to_org and not d.time and d.verb_kind not in ("intern", "found")]
    chained = []
    for earlier, later in chain_leaves(joins, left):
        joined, moved = by_step[earlier], by_step[later]
        # 2014年短暂加盟360,后…进入高德地图;2022年入职小鹏: the post after 360 is the undated
        # one told between them, so 360 was left at a date the text does not give.
        between = any(
            d.person == joined.person and joined.start < d.start < moved.start and employer(d.to_org) not in (earlier.employer, later.employer)
            for d in undated
        )
        draft = Draft(joined.person, "leave", "leave", moved.trigger, moved.start, moved.end, moved.sentence)
        draft.from_org = joined.to_org
        draft.role = joined.role
        draft.time = "" if between else moved.time
        draft.rules = [f"chain:{moved.trigger}", "frame:next-post", "subject:same-person", "org:earlier-post",
                       "role:earlier-post" if joined.role else "role:none", "time:next-post", "status:done"]
        chained.append(draft)
    return chained


def successive_leaves(joins: list[Draft]) -> list[Draft]:
    """`先后加盟腾讯、阿里巴巴`: one employer after the other, so each but the last was
    left for the next (ANNOTATION.md: a post followed by a later employer is a leave)."""
    leaves = []
    for person in dict.fromkeys(d.person for d in joins):
        mine = [d for d in joins if d.person == person and d.to_org and not d.from_org]
        for earlier, later in zip(mine, mine[1:]):
            if employer(earlier.to_org) == employer(later.to_org):
                continue
            leave = Draft(person, "leave", "leave", later.trigger, later.start, later.end, later.sentence)
            leave.from_org, leave.status = earlier.to_org, earlier.status
            subject = next((rule for rule in earlier.rules if rule.startswith("subject:")), "subject:clause")
            leave.rules = [earlier.rules[0], "frame:successive-list", subject, "org:earlier-of-list", "role:none", "time:none", f"status:{earlier.status}"]
            leaves.append(leave)
    return leaves


def list_then_join(found: list[Draft]) -> list[Draft]:
    """`先后就职于腾讯和阿里巴巴,2022年加盟小米`: the last employer of a successive list is
    left too when the sentence then joins the same person elsewhere (the list's
    earlier items are left by `successive_leaves`)."""
    out = []
    for listed in [d for d in found if "frame:successive-list" in d.rules]:
        items = [d for d in found if d.start == listed.start and d.person == listed.person and d.to_org and d.kind == "join"]
        if not items or any(d.person == listed.person and d.from_org == items[-1].to_org for d in found + out):
            continue
        employers = {employer(d.to_org) for d in items}
        if any(d.person == listed.person and d.start > listed.end and d.to_org and employer(d.to_org) not in employers for d in found):
            leave = Draft(listed.person, "leave", "leave", listed.trigger, listed.start, listed.end, listed.sentence)
            leave.from_org, leave.status = items[-1].to_org, items[-1].status
            leave.rules = [listed.rules[0], "frame:successive-list-then-join", *listed.rules[2:]]
            out.append(leave)
    return out


def predecessor_leaves(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """`B接替A出任X校长`, `B从A手中接过X总裁一职`, `B接替提早离任的前校长A,正式上任X校长`: B joins X, and A,
    whom B succeeds, leaves X (frame:succession-predecessor) with the same post."""
    out: list[Draft] = []
    for draft in drafts:
        if draft.kind != "join" or not draft.to_org or draft.status == "reported":
            continue
        sentence = draft.sentence
        for person in view.persons.inside(sentence.start, sentence.end):
            if person.key == draft.person or not governance.succeeded_one(view, sentence.start, person):
                continue
            if any(d.person == person.key and d.from_org == draft.to_org for d in drafts + out):
                continue
            if draft.later_step and draft.start > person.end:
                continue  # B接替A执掌X,后调任Y: Y is B's next post, not the one A held
            if _closer_join(drafts, draft, person.start):
                continue  # B于1999年加入X,2007年出任Y总裁,接替A: A held the post nearest the name
            leave = Draft(person.key, "leave", "leave", draft.trigger, draft.start, draft.end, sentence)
            leave.from_org, leave.role, leave.time, leave.status = draft.to_org, draft.role, draft.time, draft.status
            leave.rules = ["leave:succeeded", "frame:succession-predecessor", "subject:succeeded-name", "org:successor-joined",
                           "role:successor-post" if draft.role else "role:none", "time:successor" if draft.time else "time:none",
                           f"status:{draft.status}"]
            out.append(leave)
    return out


def build_move(doc_id: str, draft: Draft, *, text: str) -> LocatedMove:
    """The finished record; evidence is the sentence as the article writes it."""
    # How often the article writes the name: a real subject is named again, a
    # misread name (官宣漆, 常程还) seldom is; the confidence model weighs it.
    evidence = text[draft.sentence.start : draft.sentence.end]
    shape = features(
        " ".join(draft.rules), person=draft.person, from_org=draft.from_org, to_org=draft.to_org, role=draft.role, time=draft.time,
        mentions=text.count(draft.person), evidence=evidence, trigger_at=draft.start - draft.sentence.start, text=text,
    )
    return LocatedMove(
        doc=doc_id,
        person=draft.person,
        from_org=draft.from_org,
        to_org=draft.to_org,
        role=draft.role,
        time=draft.time,
        status=draft.status,
        evidence=evidence,
        trigger=draft.trigger,
        start=draft.start,
        end=draft.end,
        rules=" ".join(draft.rules),
        confidence=confidence(shape),
    )


def settle_later(view: DocView, drafts: list[Draft]) -> None:
    """`杨建朝离职的消息…` with no organization in sight: the article's own organization,
    else the headline's, else the one the person is later said to have joined."""
    for draft in drafts:
        if draft.settle_later:
            # `星河科技再次失去两位联合创始人:` then `A:本周离职`: the list's own lead line first.
            lead = list_lead_topic(view, draft.sentence.start) if "subject:item-head" in draft.rules else None
            if lead == []:
                draft.from_org = ""  # 星河与澄明联合发布会嘉宾如下: no topic to guess
                draft.rules.append("org:list-lead-two-parties")
                continue
            fallback = lead or article_org(view, len(view.text))
            headline = [] if fallback else headline_topic(view)
            # 辞去职务,出任X: X is where the leave goes, not where it comes from.
            going = {draft.to_org} | {
                d.to_org for d in drafts if d.person == draft.person and d.sentence == draft.sentence and d.start > draft.start
            } | {org_text(view, o) for o in announced_joins(view, draft.sentence)}  # 星河已官宣陈立加入的消息
            known = view.affiliation.get(draft.person, "")
            # A brief naming one organization only (org:sole-org), unless it is where the person goes.
            sole = [] if fallback or headline or known else [o for o in sole_org(view) if org_text(view, o) not in going]
            sole = not_commentators(view, sole, draft.person)  # `云岭证券分析师王某认为,A离职…`
            draft.from_org = org_text(view, (fallback or headline or sole)[0]) if fallback or headline or sole else known if known not in going else ""
            draft.rules.append(
                "org:list-lead" if lead else "org:article-topic" if fallback else "org:headline-topic" if headline else "org:sole-org" if sole else "org:last-joined" if draft.from_org else "org:none"
            )


def without_implied_twins(drafts: list[Draft]) -> list[Draft]:
    """`X人工智能实验室 AI Lab 主任A已从X离职,将重返学术界`: a join with no organization
    (重返学术界) implies a leave of the organization describing A; when the sentence
    states A's leave itself, the implied one is that leave told again by a unit's
    other name, so it goes."""
    stated = {d.person for d in drafts if d.from_org and "from:describing-org" not in d.rules}
    return [
        d for d in drafts if not (d.person in stated and not d.to_org and "org:none" in d.rules and "from:describing-org" in d.rules)
    ]


def without_relative_joins(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """`A宣布加入星河科技……其加盟的星河AI实验室主要负责…`: a join verb right before 的
    names the unit A joined in a relative clause, the join already told; when A has a
    join to that unit's employer, the relative one is that join again (its role and
    time go to it)."""
    kept = list(drafts)
    for draft in drafts:
        if not draft.to_org or draft.from_org or view.simple[draft.end : draft.end + 1] != "的":
            continue
        told = next((d for d in kept if d is not draft and _joins_same_employer(d, draft)), None)
        if told is not None:
            told.role = told.role or draft.role
            told.time = told.time or draft.time
            told.rules.append("repeat:relative-join")
            kept.remove(draft)
    return kept


def _joins_same_employer(one: Draft, other: Draft) -> bool:
    return (
        one.person == other.person
        and bool(one.to_org)
        and one.to_org != other.to_org
        and employer(one.to_org) == employer(other.to_org)
        and _times_agree(one.time, other.time)
    )
