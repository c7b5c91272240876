"""The frame of one trigger (`read_trigger`): which subject and organization
strategies its kind (triggers.tsv) asks, then role, time and status for each
person; the organization-as-subject frame of hiring and firing verbs
(`蔚来从特斯拉挖来了A`, `A被特斯拉解雇`) and the origin frame (`来自华为云的A`)."""

from __future__ import annotations

import re

from talentflow.relations import governance
from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView, ends_with
from talentflow.relations.draft import MAX_OBJECT_GAP, Draft, OrgsFound, article_org, is_school, org_text, trigger_end
from talentflow.relations.assembly import span_end_leave, successive_leaves
from talentflow.relations.frame_table import FRAMES
from talentflow.relations.hirers import bare_company_hirer, bare_noun_hirer, bare_passive, disposed, poached_from
from talentflow.relations.attributes import record_status, record_time, units_to_employers
from talentflow.relations.groups import distribute, group_after, group_before, own_origins
from talentflow.relations.organizations import trigger_orgs
from talentflow.relations.origins import origin_frame
from talentflow.relations.topic import filer
from talentflow.relations.join_sources import opening_date, previous_join, switched_from
from talentflow.relations.posts import describing_org
from talentflow.relations.related_orgs import deal_party
from talentflow.relations.resume import past_span_join, successive_posts
from talentflow.relations.rosters import comma_items, counted_after_colon, item_role, roster
from talentflow.relations.roles import distribute_roles, post_after, role_of, title_phrase
from talentflow.relations.served import served
from talentflow.relations.cofounders import with_cofounders
from talentflow.relations.subject_limits import unnamed_count
from talentflow.relations.subjects import subject_ruled
from talentflow.relations.vetoes import declined_after, studies_in, vetoed
from talentflow.resources import lexicon
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import rule, word_list, word_set
from talentflow.text.sentences import Clause, Sentence

_PASSED_AWAY = rule("passed-away")
# `还曾在A工作,现任职于B`: a past-post verb after 现/目前 states the post held now.
_NOW_BEFORE_PAST = rule("now-before-past")
_HIRE_AS_NOUN = rule("hire-as-noun")
_FACULTY = rule("faculty")
_THEN_CLAUSE = rule("then-clause")
_LATER_STEP = rule("later-step-clause")
_SUCCESSIVELY = rule("successively")
_GENERIC_PASSIVE = rule("generic-passive")
_PASSIVE = rule("passive")
_INCLUDING = rule("including")
_FROM = rule("from-marker")
_WELCOMED = rule("welcomed-after-colon")
_WORK_AT = rule("work-at-destination")

# Structure, not vocabulary: punctuation only.
_CLAUSE_BREAKS = frozenset(",;:。!?")
_OPEN_PAREN = re.compile(r"\(\s*$")
# The marks between the items of a news round-up (`①星河CFO离职;②云杉任命A为COO`): an
# earlier item's organization is no subject of a later one. Punctuation: structural.
_ITEM_BREAKS = (";", *"①②③④⑤⑥⑦⑧⑨⑩")
_NOT_IN_POST = re.compile(r"[,;:。!?、的]")


def read_trigger(
    view: DocView, sentence: Sentence, trigger, next_start: int, earlier: list[Draft], trigger_role: dict[str, str]
) -> list[Draft]:
    """The drafts of one trigger (not a serving verb): its frame by kind, then each
    person's role, time and status; `earlier`, the drafts of the sentence so far."""
    kind = trigger.label_
    start, end = trigger.start_char, trigger.end_char
    clause = sentence.clause_at(start)
    if vetoed(view, sentence, clause, start):
        return []
    if kind == "leave" and _PASSED_AWAY.match(view.simple, trigger_end(view, start)):
        return []  # 永远离开了我们, 离开人世: a death, not a career move
    if kind == "past" and any(t.label_ == "intern" for t in view.triggers.starting(start + 1, clause.end)):
        return []  # 曾在谷歌X实验室实习: an internship, read by 实习 as a join
    if kind == "past" and _NOW_BEFORE_PAST.search(view.simple, max(clause.start, start - 4), start):
        return []  # 现任职于星河科技: the post held now, no leave of it (rule now-before-past)
    if kind == "past" and studies_in(view, clause) and any(is_school(view, o) for o in view.orgs.starting(end, clause.end)):
        return []  # 曾在星河大学读硕士, 先在星河大学读博士: schooling, no post left (ANNOTATION.md)
    if kind == "hire" and _HIRE_AS_NOUN.search(view.simple, max(clause.start, start - 3), start):
        return []  # 这一任命由董事长陈立提名: the appointment told as a noun; its nominator hires no one
    found_by = [f"{kind}:{view.simple[start:end]}"]
    # The frame's reader by the table (frame_table.py: Frame.reader), e.g. hire/fire: org-subject.
    people, orgs, from_orgs, settle, rules = FRAME_READERS[FRAMES[kind].reader](view, sentence, clause, kind, start, end, next_start)
    found_by += rules
    scored = FRAMES[kind].scored  # frame_table.py: what the record counts as
    if not people or not orgs and not from_orgs:
        return []
    if kind == "join" and _restated(view, sentence, trigger, people, orgs, earlier):
        return []
    drafts = []
    pairs = distribute(people, orgs, view.simple[clause.start : clause.end])
    spread = len(from_orgs) > 1 and "分别" in view.simple[clause.start : clause.end]
    origins = dict(distribute(people, from_orgs, view.simple[clause.start : clause.end])) if spread else {}
    own = {} if spread else own_origins(people, from_orgs, view.persons, view.simple)
    for person, org in pairs:
        if kind == "hire" and governance.committee_seat_only(view, people[-1].end, clause.end):
            continue  # 委任独立董事A担任审计委员会成员: a director's committee seat, no join
        # A declined retention offer (`离职前拒绝了百度的挽留`) still leaves: joins only.
        if scored == "join" and org is not None and declined_after(view, sentence, end, org):
            continue
        draft = Draft(person.key, scored, kind, view.text[start:end], start, end, sentence, rules=list(found_by))
        if scored == "join":
            draft.to_org = org_text(view, org) if org else ""
            origin = origins.get(person) or own.get(person) or (from_orgs[0] if from_orgs and not own else None)
            draft.from_org = (
                org_text(view, origin)
                if origin
                else previous_join(
                    earlier, person.key, view.simple[start:end], view.simple[max(clause.start, start - 6) : start],
                    then_clause=_LATER_STEP.match(view.simple, clause.start) is not None, to_org=draft.to_org,
                    dated=opening_date(view, clause, start),
                )
            )
            if origins.get(person):
                draft.rules.append("from:respectively")
            elif own.get(person):
                draft.rules.append("from:own-origin")
            elif not origin and draft.from_org:
                draft.rules.append("from:previous-join")
        else:
            draft.from_org = org_text(view, org) if org else ""
            draft.settle_later = org is not None and settle
        if not (draft.to_org or draft.from_org or draft.settle_later):
            continue
        if draft.to_org and not post_after(view, org, next_start, sentence) and (
            is_school(view, org)
            # 星海大學宣佈委任A為理學院院長: a school that hires (the subject of 委任, 聘任) employs.
            and not (kind == "hire" and org.end <= start)
            and not _FACULTY.match(view.simple, org.end)
            and not {"org:anaphor-school", "org:stayed-at-school"} & set(found_by)  # 回到母校任教: 任教 checked
            and view.simple[start:end] not in lexicon.verbs_with("transfer")  # 从东岳理工大学调入清华大学: a posting
            and not _post_follows(view, org)
            or studies_in(view, clause)
        ):
            continue  # 进入斯坦福大学 / 进入…研究所攻读博士 without a post is schooling (ANNOTATION.md)
        promoted = bool(draft.to_org) and view.simple[start:end] in lexicon.verbs_with("within")
        if promoted and employer(draft.to_org) == employer(view.affiliation.get(person.key, "")):
            continue  # 2019年加入小米,2021年升任小米云副总裁: a promotion at the employer joined, no new fact
        within = promoted and org is not None and org.end <= start
        # 小米副总裁A升任总裁: the new post is the one after the verb, not the one
        # describing A; with none (OpenAI首席执行官A复职), the post A held again.
        for role_org in ([None, org] if within else [org]):
            draft.role, how = role_of(
                view, kind, trigger, person, role_org, next_start, sentence,
                fixed=trigger_role.get(view.simple[start:end], ""), moved=bool(draft.from_org and draft.to_org),
            )
            if draft.role:
                break
        posted_after = how == "role:title-after-verb" or how == "role:post-after-org" and org is not None and org.start >= end
        worked_at = org is not None and org.start >= end and _WORK_AT.match(view.simple, org.end) is not None  # 赴星河科技任职
        if view.simple[start:end] in lexicon.verbs_with("needs-post") and not (posted_after and governance.names_a_post(draft.role) or worked_at):
            continue  # 当选中国工程院院士: an honour; 免去了繁琐的审批: no post at all
        if kind == "origin" and "subject:origin-modified" not in found_by and how in ("role:title-before-name", "role:post-after-org"):
            draft.role, how = "", "role:none"  # 星河科技新任技术长A转投自云帆科技: the title is the new post, not the origin's
        if not draft.role and "subject:roster-lines" in found_by:
            # 此次离职的成员包括: / - 林若溪:手机部总经理: the title on the person's own line.
            draft.role = item_role(view, person, org.key if org and not settle else "", leaving=kind == "leave")
            how = "role:roster-item" if draft.role else how
        draft.rules.append(how)
        draft.time, how = record_time(view, sentence, clause, start, end, scored)
        draft.later_step = not draft.time and _THEN_CLAUSE.match(view.simple, clause.start) is not None
        if kind in ("past", "origin"):
            # 曾在京东任职: a former post; only a stated end dates its leave.
            ends = [d for d in view.dates.starting(clause.start, start) if d.role == "span_end"]
            draft.time = ends[-1].value if ends else ""
            how = "time:former-post-end" if ends else "time:none"
        draft.rules.append(how)
        draft.status, how = record_status(view, sentence, clause, person, start)
        draft.rules.append(how)
        if scored == "join" and not draft.from_org and not any(d.person == person.key and d.from_org for d in earlier):
            draft.from_org = switched_from(view, person, view.simple[start:end], draft)
            if draft.from_org:
                draft.rules.append("from:switched-after-join")
        if not units_to_employers(view, draft):
            continue
        drafts.append(draft)
        if kind == "past":  # 2014年至2020年历任A总监: joined at the span's start too (resume.py)
            drafts.extend(past_span_join(view, clause, start, draft))
        if "time:span-start" in draft.rules and not draft.from_org:
            drafts.extend(span_end_leave(view, sentence, start, draft))
    distribute_roles(view, drafts, clause, end)
    if kind == "join" and _SUCCESSIVELY.search(view.simple, max(clause.start, start - 4), start):
        drafts += successive_leaves(drafts)
    if kind == "past":  # 先后在A和B工作: each joined as well as left (resume.py)
        drafts = successive_posts(view.simple, (clause.start, clause.end), start, end, drafts, earlier)
    return drafts


def _restated(view: DocView, sentence: Sentence, trigger, people: list[Mention], orgs: list[Mention], earlier: list[Draft]) -> bool:
    """`加盟京东,出任京东云事业部总裁`: 出任 names the post of the join just read, not
    a second move; the post, quoted whole, becomes that join's role."""
    restating = lexicon.verbs_with("restates")
    if view.simple[trigger.start_char : trigger.end_char] not in restating or len(people) != 1 or len(orgs) != 1:
        return False
    joined = [d for d in earlier if d.person == people[0].key and d.to_org and employer(d.to_org) == employer(orgs[0].text)]
    if not joined:
        return False
    # The post is named after 出任 (and after its organization when written there): an
    # organization read off a pointing noun stands at 0, and the title before the verb
    # (`前百度CTO A加入公司,出任首席科学家`) is a post of the past, not this one.
    title = next((t for t in view.titles if max(orgs[0].start + 1, trigger.end_char) <= t.start and t.end <= sentence.end), None)
    if title is not None and not joined[-1].role and not any(c in _CLAUSE_BREAKS for c in view.simple[trigger.end_char : title.start]):
        joined[-1].role = title_phrase(view, title, trigger.end_char)
        joined[-1].rules.append("role:restated-post")
    return True


def _org_subject_frame(view, sentence, clause, kind, start, end, next_start):
    """`蔚来从特斯拉挖来了A`, `A被特斯拉解雇`: an organization is the subject (hire, fire)."""
    people, found = _org_subject(view, sentence, clause, start, end)
    return people, found.orgs, found.came_from, False, found.rules


def _person_frame(view, sentence, clause, kind, start, end, next_start):
    """`韩立明加入Anthropic`, `小鹏副总裁吴新宙将离职`: a person is the subject
    (subjects.SUBJECT_STRATEGIES), the organization by organizations.trigger_orgs."""
    people, how = subject_ruled(view, sentence, clause, start)
    found_by = [how]
    if kind == "found" and people:
        with_partners = with_cofounders(view, sentence, clause, people, start)
        if with_partners[: len(people)] == people and len(with_partners) > len(people):
            found_by.append("subject:cofounders-after-with")
        elif with_partners != people:
            found_by.append("subject:cofounders")
        people = with_partners
    found = trigger_orgs(view, sentence, clause, kind, start, end, next_start, people)
    # settle_later: the organization is left to the whole article (OrgsFound.settle_later).
    return people, found.orgs, found.came_from, found.settle_later, found_by + found.rules


# A frame's reader, by the name the frame table gives it (Frame.reader): who the
# subject is and where the organizations are, with the ids of the rules that found
# them, as (people, organizations, from organizations, settle later, rule ids).
FRAME_READERS = {"person": _person_frame, "org-subject": _org_subject_frame, "origin": origin_frame}


def _served_frames(view, sentence, trigger, next_start, earlier, trigger_role):
    """`2019年至2021年在谷歌大脑担任研究工程师`: a serving verb reads whole frames (served.py)."""
    return served(view, sentence, trigger, next_start)


# How the extractor reads a trigger, by its frame's reader (Frame.reader): a serving
# verb's by served.py, any other kind's by read_trigger (which asks FRAME_READERS).
TRIGGER_READERS = {"served": _served_frames}


def _org_subject(view: DocView, sentence: Sentence, clause: Clause, start: int, end: int) -> tuple[list[Mention], OrgsFound]:
    """People and organizations of a verb whose subject is an organization.

    `蔚来还从特斯拉挖来了Autopilot视觉负责人A` (a title may precede the name),
    `腾讯混元还将前字节跳动负责人A纳入麾下` (the person before the verb),
    `A被特斯拉解雇` (passive: the person is the subject).
    """
    before = view.orgs.inside(clause.start, start)
    if _GENERIC_PASSIVE.search(view.simple, max(clause.start, start - 6), start):
        # 商务总监鲜于锐…被公司开除: 公司 is the person's own organization.
        named = view.persons.inside(clause.start, start)
        people, how = (group_before(named, view.simple), "subject:clause") if named else subject_ruled(view, sentence, clause, start)
        owner = (describing_org(view, people[0]) or [o for o in before if o.end <= people[0].start][-1:]) if people else []
        rules = [how, "org:own-company-passive" if owner else "org:article-topic"]
        return people, OrgsFound(owner or (article_org(view, start) if people else []), [], rules)
    unsaid = bare_passive(view, sentence, clause, start)
    if unsaid is not None:
        return unsaid
    passive = [o for o in before if ends_with(_PASSIVE, view.simple, o.start)]
    if passive:
        people = view.persons.inside(clause.start, passive[-1].start)
        people, how = (group_before(people, view.simple), "subject:clause") if people else subject_ruled(view, sentence, clause, start)
        origin = poached_from(view, view.simple[start:end], people, passive[-1:])  # A被星河科技挖走: A leaves
        return people, OrgsFound(passive[-1:], origin, [how, "org:passive-agent"] + (["from:describing-org"] if origin else []))
    people = group_after(view.persons, view.simple, end, clause.end, max_gap=MAX_OBJECT_GAP)
    how = "subject:object-after-verb"
    if not people and view.simple[end : end + 1] == "其":
        # 提名A出任董事,并委任其为董事会主席: 其 stands for the last name before it in the sentence.
        people, how = view.persons.inside(sentence.start, start)[-1:], "subject:pronoun-object"
    if people and people[-1].end >= clause.end - 1:
        # 挖走了智谱核心成员A,零一万物联合创始人B: the list goes on after the comma (rosters.comma_items).
        listed = comma_items(view, people, sentence.end)
        if len(listed) > len(people):
            people, how = listed, "subject:object-list-comma"
    if not people:
        people, how, destination, before = disposed(view, clause, start, end, before)
        if destination is not None:
            return people, destination
    if not people and view.simple[start:end] in word_set("welcome_verbs") and (colon := _WELCOMED.match(view.simple, end)):
        people, how = _welcomed(view, sentence, end, colon.end()), "subject:welcomed-after-colon"
    if not people:
        # 引入多位外部高管,包括来自华为云的A和来自AWS的B: the names come in a list.
        listed = _INCLUDING.search(view.simple, end, sentence.end)
        if listed and unnamed_count(view.simple, end, listed.start()):
            people = group_after(view.persons, view.simple, listed.end(), sentence.end, max_gap=MAX_OBJECT_GAP)
            how = "subject:including-list"
    if not people:
        # 星河科技迎来多位新高管,名单如下: and one name a line, or 包括A、B.
        people, listed_by = roster(view, sentence, clause, end, bool(unnamed_count(view.simple, end, clause.end)))
        how = listed_by or how
    if not people and (counted := counted_after_colon(view, end, sentence.end)):
        people, how = counted, "subject:counted-after-colon"  # 挖走三名研究员:A、B和C
    from_orgs = [o for o in before if ends_with(_FROM, view.simple, o.start)][:1]
    if from_orgs:
        # 分别从Figure AI和星衍机器人实验室挖来了A和B: every organization of the group.
        from_orgs = group_after(view.orgs, view.simple, from_orgs[0].start, start) or from_orgs
    poach = view.simple[start:end] in word_set("poach_verbs")
    described = _described_origin(view, end, people[0], poach=poach) if people and how == "subject:object-after-verb" and not from_orgs else []
    subject = [
        o
        for o in before
        if o not in from_orgs
        and (not people or o.end <= people[0].start)
        and not ends_with(_OPEN_PAREN, view.simple, o.start)  # Facebook(脸书): the alias repeats
    ]
    if not subject and people and governance.own_company_post(view, people[-1].end, clause.end):
        # 会议选举A为公司董事长: a filing's 公司, the filer (governance.own_company_post).
        own = filer(view, sentence.start, start)
        if own:
            return people, OrgsFound(own, from_orgs, [how, "org:anaphor-own"])
    if not subject and people:
        subject = bare_noun_hirer(view, clause, start)
    if not subject and people and (own := bare_company_hirer(view, sentence, clause, start)):
        # 公司还延揽了A: the company the article is about (hirers.bare_company_hirer).
        origin_rule = ["from:from-marker"] if from_orgs else ["from:described-object"] if described else []
        return people, OrgsFound(own, from_orgs or described, [how, "org:bare-company-hirer", *origin_rule])
    rules = [how, "org:subject" if subject else "org:earlier-clause-subject"] + (["org:bare-noun-hirer"] if subject and not before else [])
    if not subject:
        # 辉达近年在台湾积极扩编,去年更从台积电挖来…: the organization of an earlier clause.
        low = max(sentence.start, *(view.simple.rfind(mark, sentence.start, clause.start) + 1 for mark in _ITEM_BREAKS))
        # 完成由溪山资本领投的融资后,从百度挖来A: an investor is no hirer (deal-party).
        subject = [o for o in view.orgs.inside(low, clause.start) if not ends_with(_FROM, view.simple, o.start) and not deal_party(view, o)]
    if from_orgs:
        rules.append("from:from-marker")
    elif described:
        rules.append("from:described-object")
    return people, OrgsFound(subject[:1], from_orgs or described, rules)


def _welcomed(view: DocView, sentence: Sentence, end: int, colon: int) -> list[Mention]:
    """`星河科技迎来了一位新成员:原北辰电子算法负责人A。`: the one welcomed, named after
    the colon and closing it; before the colon a person is counted (一位) or a post is
    named (新的CEO), not an event (`迎来了成立十周年:A在庆典上致辞`)."""
    welcomed = group_after(view.persons, view.simple, colon, sentence.end, max_gap=30)[:1]
    counted = view.titles.inside(end, colon) or any(w in view.simple[end:colon] for w in word_list("person_classifiers"))
    closes = welcomed and (welcomed[0].end >= sentence.end - 1 or view.simple[welcomed[0].end] in _CLAUSE_BREAKS | {"("})
    return welcomed if counted and closes else []


def _described_origin(view: DocView, end: int, person: Mention, *, poach: bool = False) -> list[Mention]:
    """`英伟达挖角高通芯片主管A`, `微软聘请了Cohere首席技术官A`: the hired person is
    described by a post at one organization, written between the verb and the name:
    the organization A leaves (from:described-object). A school's professor hired as
    an adviser keeps the chair (`聘请了清华大学教授A担任顾问`): no school; nor an
    institute's researcher invited, not poached (`请来中科院物理所研究员A出任首席科学家`)."""
    orgs = view.orgs.inside(end, person.start)
    academic = orgs and (orgs[0].key in view.university or not poach and orgs[0].key in lexicon.org_names_of_kind("institute"))
    if len(orgs) != 1 or academic or view.simple[end : orgs[0].start].strip("了 "):
        return []
    titles = view.titles.inside(orgs[0].end, person.start)
    if poach and not titles and view.simple[orgs[0].end : person.start].strip() == "的":
        return orgs  # `腾讯挖来了小米的A和B`: poached (patterns.toml poach_verbs), the names are the organization's people
    if not titles or view.simple[titles[-1].end : person.start].strip() or len(view.simple[orgs[0].end : titles[0].start].strip()) > _DESCRIBED_GAP:
        return []
    return orgs


# Between the organization and the post that describe a hired person: a unit or domain (`AI`).
_DESCRIBED_GAP = 6


def _post_follows(view: DocView, org: Mention) -> bool:
    """`出任国立清华大学电机系教授`: a title written right after the school is a post there."""
    return any(not _NOT_IN_POST.search(view.simple, org.end, t.start) for t in view.titles.starting(org.end, org.end + 9))
