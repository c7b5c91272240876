"""Where a join goes when its object is not right after the verb (`北辰宣布A出任CTO`,
`在腾讯实习`, `陆奇加盟,`): the organization strategies of JOIN_OBJECT_ORGS in
priority order, the first that finds one decides; then where the join comes from.
organizations.trigger_orgs reads the verb's object first and hands a join here."""

from __future__ import annotations

import re

from talentflow.relations.bare_leave import scene_org
from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView, ends_with
from talentflow.relations.draft import OrgsFound, article_org, org_text, studied_at
from talentflow.relations.filing import filing_company
from talentflow.relations.lineups import lead_owner, lead_stretch
from talentflow.relations.posts import describing_org
from talentflow.relations.topic import anaphor_object, anaphor_org, heading_of_post, item_org, pointed_org
from talentflow.resources import lexicon
from talentflow.resources.patterns import rule, word_list, word_set
from talentflow.text.sentences import Sentence

_ANNOUNCER = rule("announcer")
_ANNOUNCES = rule("topic-announces")
_ANNOUNCED_LIST = rule("announced-list")
_ORG_ANAPHOR = rule("org-anaphor")
_BARE_COMPANY = rule("bare-company")
_NAMED = rule("named-as")
_BY = rule("by-agent")
_BARE_VERB_END = rule("bare-verb-end")
# `加盟后历任…`, `加入以来`: a join verb with no object, dating the clause that follows.
_JOINED_THEN = rule("joined-then")
_INTERN_AT, _REPORTED_AT = rule("intern-at"), rule("reported-at")
_FROM = rule("from-marker")
_LEADS_UNIT = rule("leads-unit")
_THING_BY = rule("thing-by-agent")
# 前/原 around a describing organization (`原北辰电子副总裁A`, `北辰电子前副总裁A`).
_FORMER_NEAR = rule("former-near")
_PHRASE_BREAK = re.compile(r"[,，;；。、:：]")


def join_orgs(view, sentence, kind, start, end, people, after, before, came_from) -> OrgsFound:
    """Where a join goes (`after`, the organizations right after the verb, else the
    first of JOIN_OBJECT_ORGS that finds one), and where it comes from."""
    rules = ["org:after-verb"] if after else []
    if kind == "move" and not after:
        return OrgsFound([], came_from, ["org:none"])
    if not after and people and not came_from and view.simple[start:end] in lexicon.verbs_with("away"):
        # `鹤山证券:副总裁A调回集团总部`: posted away from the heading organization to an
        # unnamed place; the brief's organization is where A leaves, not where A goes.
        heading = heading_of_post(view, sentence.start, people[0])
        if heading:
            return OrgsFound([], heading, ["org:none", "from:item-head-posted"])
    if not after:
        for _, strategy in JOIN_OBJECT_ORGS:
            found = strategy(view, sentence, kind, start, end, people, before)
            if found is not None:
                after, rules = found
                break
    if came_from:
        rules.append("from:from-marker")
    elif people and view.simple[start:end] in lexicon.verbs_with("switch") | lexicon.verbs_with("posting"):
        # Anthropic工程师A宣布跳槽至MSL: the switch leaves the organization that describes A;
        # 星河云总裁A调任星河集团战略部总经理: so does a posting (less surely: posted-away).
        # 腾讯副总裁A转岗至CSIG: a posting to a unit of the describing company leaves nothing.
        came_from = [o for o in describing_org(view, people[0]) if not any(_inside(a.key, o.key) for a in after)]
        if came_from:
            rules.append("from:describing-org")
            if view.simple[start:end] not in lexicon.verbs_with("switch"):
                rules.append("from:posted-away")
        elif after and view.simple[start:end] in lexicon.verbs_with("posting"):
            # `鹤山证券:原副总裁A调任柳河基金总经理`: a brief headed by an organization and a
            # colon, a bare title before the name: the posting leaves the heading organization.
            came_from = [o for o in heading_of_post(view, sentence.start, people[0]) if not any(_inside(a.key, o.key) for a in after)]
            rules += ["from:item-head-posted"] if came_from else []
    if not after:
        rules.insert(0, "org:none")  # 宣布跳槽至…: a switch may name only where it comes from
    return OrgsFound(after, came_from, rules)


def _inside(unit: str, company: str) -> bool:
    """Is the organization `unit` the company itself or one of its units (orgs.tsv parents)?"""
    return bool(unit) and company in lexicon.org_chain(unit)


# Each strategy of a join's organization reads the trigger, its people and the
# organizations before it in the clause (`before`); it returns (organizations, rule
# ids) when it finds some, else None.


def _named_later(view, sentence, kind, start, end, people, before):
    """`创办一家…的公司,新公司(暂定)名为"星河"`: the company named later in the sentence."""
    if kind == "found":
        named = _NAMED.search(view.simple, end, sentence.end)
        after = [o for o in view.orgs if named and o.start == named.end()][:1]
        if after:
            return after, ["org:named-later"]
    return None


def _intern_place(view, sentence, kind, start, end, people, before):
    """`在腾讯实习`, `去腾讯AI Lab实习了半年`: the place of the internship, before the verb."""
    if kind == "intern":
        after = [o for o in before if ends_with(_INTERN_AT, view.simple, o.start)][-1:]
        if after:
            return after, ["org:intern-place"]
    return None


def _reported_at(view, sentence, kind, start, end, people, before):
    """`2014年到星河科技报到`: the organization gone to, right before 报到."""
    reported = [o for o in before if ends_with(_REPORTED_AT, view.simple, o.start) and not view.simple[o.end : start].strip()][-1:]
    return (reported, ["org:reported-at"]) if reported and view.simple[start:end] in word_set("report_verbs") else None


def _announcer(view, sentence, kind, start, end, people, before):
    """`北辰宣布A出任CTO`, `Lumina Labs由A和B联合创立`: the organization is the subject
    of 宣布/任命, or the topic before 由."""
    if people:
        after = [
            o for o in view.orgs.inside(sentence.start, people[0].start) if _ANNOUNCER.match(view.simple, o.end, people[0].start)
        ][-1:]
        if after:
            return after, ["org:announcer"]
    return None


def _announced_list(view, sentence, kind, start, end, people, before):
    """`星河科技宣布新一轮组织调整:原北辰电子总监A出任首席架构师,B出任软件生态副总裁`: the
    organization whose statement ends on a colon earlier in the sentence; every join after
    the colon with no organization of its own is at it (org:announced-list), unless another
    organization speaks in between (`…;北辰电子则宣布:`)."""
    if not people or anaphor_object(view, end, joining=True) is not None:
        return None  # `…任命:A已正式加入公司`: the pointing object decides (org:anaphor-own)
    for org in reversed(view.orgs.inside(sentence.start, people[0].start)):
        verb = _ANNOUNCES.match(view.simple, org.end)
        listed = verb and _ANNOUNCED_LIST.match(view.simple, verb.end(), people[0].start)
        if listed:
            between = view.orgs.inside(listed.end(), people[0].start)
            if any(_ANNOUNCES.match(view.simple, o.end) for o in between):
                return None
            return [org], ["org:announced-list"]
    return None


def _item_head(view, sentence, kind, start, end, people, before):
    """`· 鹤山证券:原柳河证券副所长A正式到岗,出任所长`: the organization heading the
    round-up item (topic.item_org); not a join after a leave in the item (`· 鹤山证券:原副总裁A
    离职,将加盟一家公募`: A goes elsewhere)."""
    heading = item_org(view, sentence.start, people[0]) if people else []
    if not heading or any(t.label_ in ("leave", "past") for t in view.triggers.starting(heading[0].end, start)):
        return None
    return heading, ["org:item-head"]


def _by_agent(view, sentence, kind, start, end, people, before):
    """`X宣布…,由原华为…总监A出任…负责人`, `由前特斯拉…总监A接任`: the organization the
    sentence opens with (by-sentence-opening), else the one the article is about
    (by-article-topic)."""
    by = _BY.search(view.simple, sentence.start, people[0].start) if people else None
    if by and not _anaphor_before(view, sentence, people[0]):
        after = [o for o in view.orgs if sentence.start <= o.start and o.end <= by.start() and not _is_investor(o)][:1]
        if after:
            return after, ["org:by-sentence-opening"]
        after = article_org(view, sentence.start)
        if after:
            return after, ["org:by-article-topic"]
    return None


def _anaphor_announcer(view, sentence, kind, start, end, people, before):
    """`这家成立仅半年的公司由A与B联合创立`: the company the article is about, else the
    one named last (not its investors, named in passing)."""
    anaphor = _anaphor_before(view, sentence, people[0]) if people else None
    if anaphor and _ANNOUNCER.match(view.simple, anaphor.end(), people[0].start):
        after = article_org(view, sentence.start) or [o for o in view.orgs if o.end <= sentence.start and not _is_investor(o)][-1:]
        if after:
            return after, ["org:anaphor-announcer"]
    return None


def _anaphor_before(view: DocView, sentence: Sentence, person: Mention):
    """`这家公司`, `公司` before the name: the sentence's subject points back."""
    return _ORG_ANAPHOR.search(view.simple, sentence.start, person.start) or _BARE_COMPANY.match(
        view.simple, sentence.start, person.start
    )


def _within(view, sentence, kind, start, end, people, before):
    """`小米副总裁A升任总裁`, `OpenAI首席执行官A复职`: a post changed at the employer that
    describes A (within-describing), else at the one A was last said to join."""
    if people and view.simple[start:end] in lexicon.verbs_with("within"):
        after, rule = _within_org(view, people[0])
        if after:
            return after, [rule]
    return None


def _pointed(view, sentence, kind, start, end, people, before):
    """`加入了该公司`, `回到母校任教`: the organization the noun after the verb points back to."""
    if people and kind in ("join", "move"):
        pointed = pointed_org(view, end, people[0], sentence.start, joining=True)
        if pointed:
            return pointed.orgs, pointed.rules
    return None


def _arrival(view, sentence, kind, start, end, people, before):
    """`青岩资本的第三位合伙人A此前在北辰电子任职,将于6月到岗`: arriving at the post
    (arrival_verbs) is a join of the organization describing A; not a former one
    (`原北辰电子副总裁A…预计11月到岗`: 原 says where A was, the join is told elsewhere),
    and no other: a bare 到岗 names nobody's organization."""
    if not people or view.simple[start:end] not in word_set("arrival_verbs"):
        return None
    if people[0].start >= sentence.end:
        # `星河科技近期引进多名人才。以下人员已于5月到岗:` then `一、林若溪,任算法负责人;`
        # one a line: the people arrive at the organization the lead paragraph names, the
        # team's owner as a line-up reads it (org:arrival-roster-lead), else the article's.
        owner = (
            lead_owner(view, sentence.start, sentence.end)
            or lead_owner(view, lead_stretch(view, sentence.start), sentence.end)
            or article_org(view, sentence.end)
        )
        return owner, ["org:arrival-roster-lead" if owner else "org:none"]
    described = describing_org(view, people[0])
    if not described or _FORMER_NEAR.search(view.simple, max(0, described[0].start - 1), people[0].start):
        # `新的管理团队已于12月28日到岗`: no organization describes the one arriving: no record.
        return [], ["org:none"]
    return described, ["org:arrival-describing"]


def _stayed_at_school(view, sentence, kind, start, end, people, before):
    """`从北辰大学博士毕业后留校任教`, `同年留校,在该校…担任助理研究员`: staying at school
    (stay_at_school_verbs) joins the school the person studied at, never another
    organization; `留校读研` stays schooling (cues.tsv; ANNOTATION.md: no move)."""
    if not people or view.simple[start:end] not in word_set("stay_at_school_verbs"):
        return None
    if any(v == "schooling" for _, _, v in view.cues.inside(end, end + _SCHOOLING_GAP)):
        return [], ["org:none"]
    school = [o for o in anaphor_org(view, "school", start, people[0]) if studied_at(view, o)]
    return school, ["org:stayed-at-school" if school else "org:none"]


# Between 留校 and the schooling that makes it no post (`留校继续攻读博士`).
_SCHOOLING_GAP = 6


def _joined_then(view, sentence, kind, start, end, people, before):
    """`理想汽车前总裁A,2021年加入后先后担任副总裁和总裁`: a join with no object that dates
    the posts after it is to the employer the name is described by."""
    if people and kind == "join" and _JOINED_THEN.match(view.simple, end):
        described = describing_org(view, people[0])
        if described:
            return described, ["org:bare-verb-describing"]
    return None


def _filing_appointee(view, sentence, kind, start, end, people, before):
    """`星河控股(00981.HK)公布,…;A获委任为独立非执行董事`: an appointment to a post that
    names no organization, in a filing, is to the filing's company (filing.filing_company)."""
    if people and kind == "join" and view.simple[end - 1 : end] == "为" and view.titles.starting(end, end + 2):
        own = filing_company(view)
        if own:
            return [Mention(0, 0, "ORG", org_text(view, own[0]), own[0].key)], ["org:filing-appointee"]
    return None


def _bare_verb(view, sentence, kind, start, end, people, before):
    """`百度也引入很多新鲜血液——…陆奇加盟,`, `马东敏回归,`: a join with no object goes to
    the first organization of BARE_VERB_ORGS found."""
    if people and _BARE_VERB_END.match(view.simple, end):
        for (rule,), find in BARE_VERB_ORGS:
            after = find(view, sentence, start, people)
            if after:
                return after, [rule]
    return None


def _succeeds_leaver(view: DocView, sentence: Sentence, before: int, people: list[Mention]) -> list[Mention]:
    """`星河科技总裁A离任,原北辰总裁B接任。`: a successor verb with no object takes
    the post an earlier clause of the sentence saw someone leave, at the organization
    that clause names (not the one describing the successor: 原北辰总裁)."""
    if view.simple[before : before + 2] not in word_set("takeover_verbs"):
        return []
    opening = sentence.clause_at(people[0].start).start
    if not any(t.label_ == "leave" for t in view.triggers.inside(sentence.start, opening)):
        return []
    return [o for o in view.orgs.inside(sentence.start, opening) if not _is_investor(o)][:1]


def _roster_topic(view: DocView, sentence: Sentence, before: int, people: list[Mention]) -> list[Mention]:
    """`星河科技近日有多位新高管加入,名单如下:` and a name a line: the people come after
    the bare verb, and the organization the clause opens with is the one they join."""
    if people[0].start < before:
        return []
    clause = sentence.clause_at(before)
    opening = view.orgs.inside(clause.start, before)[:1]
    return opening if opening and len(view.simple[clause.start : opening[0].start].strip()) <= 4 else []


def _hiring_org(view: DocView, sentence: Sentence, before: int, people: list[Mention]) -> list[Mention]:
    """`百度也引入很多新鲜血液——…陆奇加盟`: the subject of a hiring verb (引入, 招揽)
    earlier in the sentence."""
    for trigger in view.triggers.starting(sentence.start, before):
        if trigger.label_ == "hire":
            clause = sentence.clause_at(trigger.start_char)
            # `从港中大引入A加盟`: the school after 从 is where A comes from, not who hires.
            subject = [o for o in view.orgs.inside(clause.start, trigger.start_char) if not ends_with(_FROM, view.simple, o.start)]
            if subject:
                return subject[:1]
    return []


def _led_unit(view: DocView, sentence: Sentence, before: int, people: list[Mention]) -> list[Mention]:
    """`A入职,负责大模型星河团队`: the organization or unit the next clause puts the
    newcomer in charge of."""
    clause = sentence.clause_at(before)
    following = next((c for c in sentence.clauses if c.start >= clause.end), None)
    found = following and _LEADS_UNIT.match(view.simple, following.start, following.end)
    return view.orgs.starting(found.end(), found.end() + 2)[:1] if found else []


def _scene(view: DocView, sentence: Sentence, before: int, people: list[Mention]) -> list[Mention]:
    """`在百度,那一年…。3月27日,A回归,`: the paragraph's 在X (bare_leave.scene_org)."""
    return scene_org(view, before)


def _article_topic(view: DocView, sentence: Sentence, before: int, people: list[Mention]) -> list[Mention]:
    """`马东敏回归,`: the organization the article is about; not when the clause says
    what was founded by a pronoun for a thing (`它由韩立明创办`: 它 points back)."""
    if _THING_BY.match(view.simple, sentence.clause_at(people[0].start).start):
        return []
    topic = article_org(view, before)
    if topic and _left_before(view, sentence, before, people[0], topic[0]):
        return []
    return topic


def _left_before(view: DocView, sentence: Sentence, before: int, person: Mention, org: Mention) -> bool:
    """`星河电子延揽前北辰科技副总裁A出任总经理,本月底到任`: the sentence describes A as a
    former post at the organization the article is about, so a bare join verb
    (`到任`, `出任`, `履新`) does not go there; a return verb does (`原北辰高管A回归`,
    list return_verbs) (rule topic-left-before)."""
    if view.simple[before : before + 2] in word_set("return_verbs"):
        return False
    for mention in view.persons.inside(sentence.start, before):
        if mention.key != person.key:
            continue
        # `前北辰科技无线事业部总经理A`: the organization may head a unit no entity holds,
        # so any mention of it between 前/原 and the name, in one phrase, describes A.
        opening = sentence.clause_at(mention.start).start
        for named in view.orgs.inside(opening, mention.start):
            if named.key == org.key and _FORMER_NEAR.fullmatch(view.simple, max(0, named.start - 1), named.start) and not _PHRASE_BREAK.search(view.simple, named.end, mention.start):
                return True
    return False


# Where a bare join verb (`陆奇加盟,`) goes, in priority order.
BARE_VERB_ORGS = (
    (("org:succeeds-leaver",), _succeeds_leaver),
    (("org:roster-topic",), _roster_topic),
    (("org:bare-verb-hiring",), _hiring_org),
    (("org:bare-verb-led-unit",), _led_unit),
    (("org:bare-verb-scene",), _scene),
    (("org:bare-verb-article-topic",), _article_topic),
)

# A join's organization when none is right after the verb, (ids, function) in priority
# order: the first that finds one decides. frame_table.JOIN_ORGS shows these ids in order.
JOIN_OBJECT_ORGS = (
    (("org:named-later",), _named_later),
    (("org:intern-place",), _intern_place), (("org:reported-at",), _reported_at),
    (("org:announcer",), _announcer),
    (("org:announced-list",), _announced_list),
    (("org:item-head",), _item_head),
    (("org:by-sentence-opening", "org:by-article-topic"), _by_agent),
    (("org:anaphor-announcer",), _anaphor_announcer),
    (("org:within-describing", "org:within-last-joined"), _within),
    (("org:arrival-describing", "org:arrival-roster-lead"), _arrival),
    (("org:stayed-at-school",), _stayed_at_school),
    (("org:anaphor-affiliation", "org:anaphor-school", "org:anaphor-company", "org:anaphor-own", "org:anaphor-bank", "org:anaphor-institute", "org:anaphor-former-employer", "org:anaphor-new-employer"), _pointed),
    (("org:bare-verb-describing",), _joined_then),
    (("org:filing-appointee",), _filing_appointee),
    (tuple(rule for rules, _ in BARE_VERB_ORGS for rule in rules), _bare_verb),
)


def _is_investor(org: Mention) -> bool:
    """`由多家头部美元基金联合领投`: who funds a company, not who works there."""
    return org.key in lexicon.org_names_of_kind("investor") or org.text.endswith(word_list("investor_suffixes"))


def _within_org(view: DocView, person: Mention) -> tuple[list[Mention], str]:
    """The employer of a post change (`within` verbs: 升任, 复职), and its rule id."""
    described = describing_org(view, person)
    if described:
        return described, "org:within-describing"
    known = view.affiliation.get(person.key)
    if known:
        return [Mention(0, 0, "ORG", known, known)], "org:within-last-joined"
    return [], ""
