"""Organization strategies: where a trigger joins or leaves, and where the person
comes from, each a small function with its rule id, in ordered lists (list order is
priority): `trigger_orgs` reads the verb's object (`加入A和B`, `离开了该公司`) by
OBJECT_ORGS, then hands a join to join_orgs.py (`北辰宣布A出任CTO`) and reads a leave or
a past post by LEAVE_OBJECT_ORGS, whose last, a leave with no object
(`小鹏自动驾驶副总裁吴新宙将离职`), is bare_leave.py's."""

from __future__ import annotations

import re

from talentflow.relations.after_move import DESTINATION, MOVE_ORIGIN, NOT_JOINED_LATER
from talentflow.relations.bare_leave import BARE_LEAVE_ORGS, bare_leave_orgs
from talentflow.components.persons import chinese_name
from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView, ends_with
from talentflow.relations.filing import restated_posts_org
from talentflow.relations.draft import JOIN_KINDS, MAX_OBJECT_GAP, OrgsFound, graduated, is_school, school_origin
from talentflow.relations.groups import group_after
from talentflow.relations.join_orgs import join_orgs
from talentflow.relations.related_orgs import related_object
from talentflow.relations.person_aliases import person_aliases
from talentflow.relations.resume import continued_posts, post_list
from talentflow.relations.topic import located_pointer, pointed_org
from talentflow.resources import lexicon
from talentflow.resources.patterns import rule, word_list

_ANAPHOR_OBJECT = rule("anaphor-object")
_FROM = rule("from-marker")
_SINCE_EVENT = rule("since-org-event")  # 自星河独立后: since, no origin
_PARTNER = rule("partner-before-leave")
_FROM_BY = rule("from-by")
_LATIN_OBJECT = rule("latin-object")
_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}")
_THING = rule("thing-after-org")
_RELATION = rule("org-relation")
_IN = rule("in-marker")
_VERB_MODIFIER = rule("verb-modifier")
_NOMINAL_LEAD, _NOMINAL_PREDICATE = rule("nominal-verb-lead"), rule("nominal-verb-predicate")
_RESIGNED_TO = rule("resigned-to")
_POSTED_ON = rule("posted-on")
_RESIGNATION_GAP = rule("resignation-gap")
_FOUNDED_BY = rule("founded-by-relative")
_FOUNDED_BY_AGENT = rule("founded-by-agent")
_PERFECTIVE = rule("perfective-after-verb")
_LEFT_RELATIVE = rule("left-relative")
_SCHOOLING_OBJECT = rule("schooling-object")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9]+(?:\s[A-Z][A-Za-z0-9]+)?")


def trigger_orgs(view, sentence, clause, kind, start, end, next_start, people) -> OrgsFound:
    """The organizations a trigger joins or leaves, those it comes from, and the
    ids of the organization rules that found them; list order is priority."""
    after = group_after(view.orgs, view.simple, end, min(clause.end, next_start), max_gap=MAX_OBJECT_GAP)
    modifier = _VERB_MODIFIER.match(view.simple, end)
    if after and modifier and after[0].start > modifier.end():
        # 创办的公司获得了P的投资: the verb describes 公司, P is no object
        # (创办的Safe Superintelligence: the verb describes P itself).
        after = []
    # 曾在清华大学学习计算机: a school followed by its schooling is no employer (cues.tsv schooling).
    after = [o for o in after if not (is_school(view, o) and any(v == "schooling" for _, _, v in view.cues.inside(o.end, o.end + 4)))]
    # 辞职赴美就读哈佛商学院: the object of a schooling verb is a school studied at (schooling-object).
    after = [o for o in after if not ends_with(_SCHOOLING_OBJECT, view.simple, o.start)]
    if after and _NOMINAL_PREDICATE.match(view.simple, end) and _NOMINAL_LEAD.search(view.simple, max(0, start - 1), start):
        # 他的离开是云帆集团人事调整的一部分: the verb is a noun; 云帆集团 is no object.
        after = []
    founded, past = _founder_relative(view, end, clause.end) if kind in JOIN_KINDS else ([], 0)
    # 加入了由两位前星河高管联合创立的(a name no lexicon knows): 星河 is no object either.
    after = founded or [o for o in after if o.start >= past]
    # 加入谷歌的竞争对手微软: the object is 微软 (org:related-object).
    after, related = related_object(view, after, min(clause.end, next_start))
    found = _trigger_orgs(view, sentence, clause, kind, start, end, next_start, people, after)
    if related and after and after[-1] in found.orgs:
        found.rules.append("org:related-object")
    if founded and founded[0] in found.orgs:
        found.rules.append("org:founder-relative")
    return found


def _founder_relative(view, end: int, limit: int) -> tuple[list[Mention], int]:
    """`2010年林某就加入了何某创办的UC`, `加盟了雷军创立的小米`: a name and 创办的 before
    the object describe it; the object is the organization (or Latin name) right after
    的, never one read inside the founder's name (何小鹏 holds 小鹏). Also where the
    relative ends (0: none)."""
    at = _PERFECTIVE.match(view.simple, end).end()
    founding = _FOUNDED_BY.match(view.simple, at, limit)
    if founding is None or not (view.persons.starting(at, at + 1) or chinese_name(founding.group(1))):
        # 加盟由前星河首席科学家创办的北辰智能: the founder described after 由 (founded-by-agent).
        founding = _FOUNDED_BY_AGENT.match(view.simple, at, limit)
        if founding is None:
            return [], 0
    named = view.orgs.starting(founding.end(), founding.end() + 1)[:1]
    latin = _LATIN_NAME.match(view.simple, founding.end(), limit)
    if not named and latin:
        named = [Mention(latin.start(), latin.end(), "ORG", view.text[latin.start() : latin.end()], view.text[latin.start() : latin.end()])]
    return named, founding.end()


def _trigger_orgs(view, sentence, clause, kind, start, end, next_start, people, after) -> OrgsFound:
    if view.simple[start:end] in lexicon.verbs_with("post-only") or kind == "found":
        # 加入TikTok is a join; 出任Optimus…负责人 a post, and 创建ChatGPT makes a product, no employer.
        after = _without_products(after, view.products)
    latin = [] if after else _latin_object(view, end, clause.end)
    if kind == "found":
        latin = _without_products(latin, view.products)
    subject_end = people[-1].end if people and people[-1].end <= start else clause.start
    before = view.orgs.inside(max(clause.start, sentence.start), start)
    came_from = [
        o
        for o in before
        if (ends_with(_FROM, view.simple, o.start) or ends_with(_FROM_BY, view.simple, o.start) and o.end == start)
        and not graduated(view, o, start)
        and not school_origin(view, o, start)
        and not _SINCE_EVENT.match(view.simple, o.end)
        # 与刚从Meta离职的研究科学家B联合创立: 从Meta belongs to 离职, B's own verb.
        # `来自快手的A和来自智谱的B加入商汤`: a later 来自 opens the next item of the group.
        and not any(t.label_ != "origin" for t in view.triggers.starting(o.end, start))
    ]
    asked = (view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from)
    for _, strategy in OBJECT_ORGS:
        found = strategy(*asked)
        if found is not None:
            return found
    if kind in JOIN_KINDS:
        return join_orgs(view, sentence, kind, start, end, people, after, before, came_from)
    # leave / past
    for _, strategy in LEAVE_OBJECT_ORGS:
        found = strategy(*asked)
        if found is not None:
            return found
    return OrgsFound([], [], ["org:none"])


# Each organization strategy of trigger_orgs reads the trigger, its people, `after`
# (the organizations right after the verb), `latin` (a Latin name there), `subject_end`
# (where its subject ends), `before` (the organizations before it in the clause) and
# `came_from` (those after 从); it returns what it finds (OrgsFound), else None.


def _latin_object_org(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`加盟了Mondo Tech`, `离开ICONIQ`: a person's join or leave takes an organization
    as its object, so a capitalized Latin name there is one the lexicon lacks (not a
    past post, whose object may be a post: 曾担任NIPS领域主席)."""
    if latin and kind in ("join", "move", "found", "leave"):
        joining = came_from and kind in JOIN_KINDS
        return OrgsFound(latin, came_from if kind in JOIN_KINDS else [], ["org:latin-object"] + (["from:from-marker"] if joining else []))
    return None


def _partner_before_verb(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`韩某与星河科技分道扬镳`, `与星河科技签约`: the partner right before the verb is
    the organization left or joined."""
    if kind in ("leave", "join") and not after:
        partner = [o for o in before if o.end == start and o.start >= subject_end]
        if partner and _PARTNER.fullmatch(view.simple, subject_end, partner[-1].start):
            return OrgsFound(partner[-1:], [], ["org:partner-before-verb"])
    return None


def _posts_restated(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`A辞去上述职务后,不在公司担任任何职务`: the posts just named, left again (filing.py)."""
    if kind == "leave" and people and not after:
        return restated_posts_org(view, sentence, end, people[0])
    return None


def _anaphor_object_org(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`离开了这家自己一手创办的公司`: the company the person is known at, else the one
    the sentence is about (`数标科技被百度收购,A也离开了这家公司`)."""
    if not after and people and _ANAPHOR_OBJECT.match(view.simple, end):
        known = view.affiliation.get(people[0].key)
        opening = view.orgs.starting(sentence.start, sentence.start + 1)[:1]
        if opening and kind == "past":
            # `云帆被收购前,A曾担任该公司CTO`: a past post of the company the sentence opens with,
            # not of the employer A joined since (org:anaphor-sentence-topic).
            return OrgsFound(opening, [], ["org:anaphor-sentence-topic"])
        if known:
            return OrgsFound([Mention(0, 0, "ORG", known, known)], [], ["org:anaphor-affiliation"])
        topic = view.orgs.starting(sentence.start, start)[:1]
        if topic:
            return OrgsFound(topic, [], ["org:anaphor-sentence-topic"])
    return None


def _pointed_leave(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`郑海川也离开了该公司`, `离开了母校`: the organization the noun after the verb points
    back to (topic.pointed_org)."""
    if not after and people:
        return pointed_org(view, end, people[0], sentence.start, joining=False, past=kind == "past")
    return None


def _post_list_org(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`曾任英特尔高级工程师、高通产品总监`: every organization of a past post list."""
    if after and kind == "past":
        listed = [post.org for post in post_list(view, end, min(clause.end, next_start))]
        # 曾任赛灵思首席工程师,北辰大学系主任;启明科技总经理等职务: clauses that only list posts go on.
        further = [post.org for post in continued_posts(view, sentence.clauses, clause.end, next_start)] if listed else []
        if further and listed[0] == after[0]:
            return OrgsFound(listed + further, [], ["org:post-list", "org:post-list-clauses"])
        if len(listed) > len(after) and listed[0] == after[0]:
            return OrgsFound(listed, [], ["org:post-list"])
    return None


def _after_verb(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`离开华为`: the organizations right after the verb."""
    return OrgsFound(after, [], ["org:after-verb"]) if after else None


def _from_marker(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`从华为离职`: the organization after 从."""
    return OrgsFound(came_from[-1:], [], ["org:from-marker"]) if came_from else None


def _located(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`在华为离职`: the organization after 在, after the subject."""
    located = [o for o in _after_in(view, before, subject_end) if not _posted_on(view, o, start)]
    return OrgsFound(located[-1:], [], ["org:located"]) if located else None


def _after_in(view, before, subject_end):
    """The organizations 在 places, after the subject (`A在华为离职`)."""
    return [o for o in before if ends_with(_IN, view.simple, o.start) and o.start >= subject_end]


def _posted_on(view, org, start) -> bool:
    """`在微博发文宣布离职`, `在领英上宣布`: where the news is posted, not the employer (org:posted-on)."""
    return _POSTED_ON.match(view.simple, org.end, start) is not None


def _located_pointer(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`A在这家公司工作了八年,上个月正式离职`: 在 and a pointing noun before the verb (topic.located_pointer)."""
    if kind == "leave" and people and not after:
        return located_pointer(view, max(sentence.start, subject_end), start, people[0])
    return None


def _resigned_to_org(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`A已向美团提出辞职`: the employer a resignation is handed to (a leave only)."""
    addressed = _resigned_to(view, before, start, subject_end) if kind == "leave" else []
    return OrgsFound(addressed, [], ["org:resigned-to"]) if addressed else None


def _bare_leave(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`小鹏自动驾驶副总裁吴新宙将离职`: a leave with no object (bare_leave.py); always
    decides for a leave."""
    if kind != "leave":
        return None
    bare = bare_leave_orgs(view, sentence, clause, start, end, people)
    if any(_posted_on(view, o, start) for o in _after_in(view, before, subject_end)):
        bare.rules.insert(0, "org:posted-on")  # 在微博发文宣布离职: no employer; the bare leave's strategies decide
    return bare


def _before_leave_relative(view, sentence, clause, kind, start, end, next_start, people, after, latin, subject_end, before, came_from):
    """`这是网易游戏离职的又一位高管`: a leave made a relative clause (…离职的 + noun) with
    the organization right before the verb, nobody between: the one left."""
    if kind == "leave" and before and before[-1].end == start and before[-1].start >= subject_end:
        if _LEFT_RELATIVE.match(view.simple, end):
            return OrgsFound(before[-1:], [], ["org:before-leave-relative"])
    return None


# The organization strategies of every trigger, (ids, function) in priority order: the
# first that finds something decides; then a join's (join_orgs.JOIN_OBJECT_ORGS) or a
# leave's and a past post's (LEAVE_OBJECT_ORGS), then org:none. frame_table.py builds
# the leave and join frames' organizations from these ids, in this order.
OBJECT_ORGS = (
    (("org:latin-object",), _latin_object_org),
    (("org:partner-before-verb",), _partner_before_verb),
)
LEAVE_OBJECT_ORGS = (
    (("org:posts-restated", "org:filing-company"), _posts_restated),
    (("org:anaphor-affiliation", "org:anaphor-sentence-topic"), _anaphor_object_org),
    (("org:anaphor-affiliation", "org:anaphor-school", "org:anaphor-company", "org:anaphor-own", "org:anaphor-bank", "org:anaphor-institute", "org:anaphor-former-employer", "org:anaphor-new-employer"), _pointed_leave),
    (("org:post-list", "org:post-list-clauses"), _post_list_org),
    (("org:after-verb",), _after_verb),
    (("org:from-marker",), _from_marker),
    (("org:located",), _located),
    (("org:located-company", "org:located-bank", "org:located-institute", "org:located-school"), _located_pointer),
    (("org:resigned-to",), _resigned_to_org),
    (("org:before-leave-relative",), _before_leave_relative),
    (("org:posted-on", *(rule for rule, _ in BARE_LEAVE_ORGS), MOVE_ORIGIN, NOT_JOINED_LATER, DESTINATION, "org:last-joined"), _bare_leave),
)


def _resigned_to(view: DocView, before: list[Mention], start: int, subject_end: int) -> list[Mention]:
    """`A已向美团提出辞职`, `A日前向京东递交辞呈`: the employer a resignation is handed
    to, right before the verb (`A向媒体透露已离职` hands nothing to the media)."""
    return [
        o
        for o in before[-1:]
        if o.start >= subject_end
        and ends_with(_RESIGNED_TO, view.simple, o.start)
        and _RESIGNATION_GAP.fullmatch(view.simple, o.end, start)
    ]


def _latin_object(view: DocView, end: int, limit: int) -> list[Mention]:
    """A capitalized Latin name right after a verb (`加盟了Mondo Tech`), not a person's."""
    found = _LATIN_OBJECT.match(view.text, end, limit)
    if found is None or view.persons.inside(found.start(1), found.end(1)) or view.persons.starting(found.start(1), found.end(1)):
        return []
    if _HAN_BEFORE.search(view.text, end, found.start(1)) and (
        view.orgs.starting(end, found.end(1)) or view.persons.starting(end, found.end(1)) or view.triggers.starting(end, found.start(1))
    ):
        # `加入了谷歌 DeepMind`: the word before the Latin name is an organization, not a description;
        # `离职创立了具身智能 Voxel`: another verb's object, not this one's.
        return []
    if view.titles.starting(found.start(1), found.start(1) + 1):
        return []  # 出任Head of Research, 担任VP: a post, not an employer
    name = found.group(1).rstrip(" .-")
    if name.lower() in word_list("latin_not_names") or name in person_aliases(view):
        return []  # 升任Rick为合伙人 after Rick(韩立明): a person's English name
    if _THING.match(view.text, found.start(1) + len(name)) or _RELATION.match(view.text, found.start(1) + len(name)):
        return []  # 退出了Quantiq粉丝群, 加入Quantiq的竞争对手…: a thing it runs, a rival of it
    return [Mention(found.start(1), found.start(1) + len(name), "ORG", name, name)]


def _without_products(orgs: list[Mention], products: set[str]) -> list[Mention]:
    """`出任Optimus机器人项目软件负责人`: a product names a post's project, not an employer."""
    return [org for org in orgs if org.key not in products]
