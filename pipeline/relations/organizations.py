"""Organization strategies: where a trigger joins or leaves, and where the person
comes from, each with its rule id; in each function the order of the steps is
their priority. `trigger_orgs` reads the verb's object (`加入A和B`, `离开了该公司`),
`_join_orgs` a join whose object is elsewhere (`北辰宣布A出任CTO`), `_bare_leave_orgs`
a leave with no object (`小鹏自动驾驶副总裁吴新宙将离职`)."""

from __future__ import annotations

from talentflow.relations.coref import Mention, find_pronoun
from talentflow.relations.docview import DocView, ends_with
from talentflow.relations.draft import JOIN_KINDS, MAX_OBJECT_GAP, OrgsFound, article_org, graduated, org_text
from talentflow.relations.bare_leave import BARE_LEAVE_ORGS, scene_org
from talentflow.relations.groups import group_after
from talentflow.relations.posts import describing_org
from talentflow.relations.related_orgs import related_object
from talentflow.relations.resume import continued_posts, post_list
from talentflow.relations.topic import anaphor_object, anaphor_org, announcing_org, headline_topic, item_head
from talentflow.resources import lexicon
from talentflow.resources.patterns import rule, word_list
from talentflow.text.sentences import Sentence

_ANNOUNCER = rule("announcer")
_ORG_ANAPHOR = rule("org-anaphor")
_ANAPHOR_OBJECT = rule("anaphor-object")
_BARE_COMPANY = rule("bare-company")
_NAMED = rule("named-as")
_BY = rule("by-agent")
_BARE_VERB_END = rule("bare-verb-end")
# `加盟后历任…`, `加入以来`: a join verb with no object, dating the clause that follows.
_JOINED_THEN = rule("joined-then")
_FROM = rule("from-marker")
_PARTNER = rule("partner-before-leave")
_FROM_BY = rule("from-by")
_LATIN_OBJECT = rule("latin-object")
_IN = rule("in-marker")
# `在微博发文宣布离职`, `在朋友圈晒出离职证明`: a platform the news was posted on, not the workplace.
_POSTED_ON = rule("posted-on")
_INTERN_AT = rule("intern-at")
_VERB_MODIFIER = rule("verb-modifier")
_RESIGNED_TO = rule("resigned-to")
_RESIGNATION_GAP = rule("resignation-gap")

# The key of the placeholder organization a bare leave stands on until the whole
# article is read (OrgsFound.settle_later): it pairs with each person like an
# organization found, and no organization of the article has it.
_LATER_KEY = "@settle-later"


def trigger_orgs(view, sentence, clause, kind, start, end, next_start, people) -> OrgsFound:
    """The organizations a trigger joins or leaves, those it comes from, and the
    ids of the organization rules that found them; list order is priority."""
    after = group_after(view.orgs, view.simple, end, min(clause.end, next_start), max_gap=MAX_OBJECT_GAP)
    modifier = _VERB_MODIFIER.match(view.simple, end)
    if after and modifier and after[0].start > modifier.end():
        # 创办的公司获得了P的投资: the verb describes 公司, P is no object
        # (创办的Safe Superintelligence: the verb describes P itself).
        after = []
    # 加入谷歌的竞争对手微软: the object is 微软 (org:related-object).
    after, related = related_object(view, after, min(clause.end, next_start))
    found = _trigger_orgs(view, sentence, clause, kind, start, end, next_start, people, after)
    if related and after[-1] in found.orgs:
        found.rules.append("org:related-object")
    return found


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
        # 与刚从Meta离职的研究科学家B联合创立: 从Meta belongs to 离职, B's own verb.
        and not view.triggers.starting(o.end, start)
    ]
    if latin and kind in ("join", "move", "found", "leave"):
        # 加盟了Mondo Tech, 离开ICONIQ: a person's join or leave takes an organization
        # as its object, so a capitalized Latin name there is one the lexicon lacks
        # (not a past post, whose object may be a post: 曾担任NIPS领域主席).
        return OrgsFound(latin, came_from if kind in JOIN_KINDS else [], ["org:latin-object"] + (["from:from-marker"] if came_from and kind in JOIN_KINDS else []))
    if kind in ("leave", "join") and not after:
        partner = [o for o in before if o.end == start and o.start >= subject_end]
        if partner and _PARTNER.fullmatch(view.simple, subject_end, partner[-1].start):
            # `韩某与星河科技分道扬镳`, `与星河科技签约`: the partner right before the verb
            # is the organization left or joined.
            return OrgsFound(partner[-1:], [], ["org:partner-before-verb"])
    if kind in JOIN_KINDS:
        return _join_orgs(view, sentence, kind, start, end, people, after, before, came_from)
    # leave / past
    if not after and people and _ANAPHOR_OBJECT.match(view.simple, end):
        # 离开了这家自己一手创办的公司: the company the person is known at, else the
        # one the sentence is about (数标科技被百度收购,A也离开了这家公司).
        known = view.affiliation.get(people[0].key)
        if known:
            return OrgsFound([Mention(0, 0, "ORG", known, known)], [], ["org:anaphor-affiliation"])
        topic = view.orgs.starting(sentence.start, start)[:1]
        if topic:
            return OrgsFound(topic, [], ["org:anaphor-sentence-topic"])
    if not after and people:
        pointed = _pointed_org(view, end, people[0], sentence.start, joining=False)
        if pointed:
            return pointed
    if after and kind == "past":
        # 曾任英特尔高级工程师、高通产品总监: every organization of the post list.
        listed = [post.org for post in post_list(view, end, min(clause.end, next_start))]
        # 曾任赛灵思首席工程师,北辰大学系主任;启明科技总经理等职务: clauses that only list posts go on.
        further = [post.org for post in continued_posts(view, sentence.clauses, clause.end, next_start)] if listed else []
        if further and listed[0] == after[0]:
            return OrgsFound(listed + further, [], ["org:post-list", "org:post-list-clauses"])
        if len(listed) > len(after) and listed[0] == after[0]:
            return OrgsFound(listed, [], ["org:post-list"])
    if after:
        return OrgsFound(after, [], ["org:after-verb"])
    if came_from:
        return OrgsFound(came_from[-1:], [], ["org:from-marker"])
    located = [o for o in before if ends_with(_IN, view.simple, o.start) and o.start >= subject_end and not _POSTED_ON.match(view.simple, o.end)]
    if located:
        return OrgsFound(located[-1:], [], ["org:located"])
    addressed = _resigned_to(view, before, start, subject_end)
    if addressed and kind == "leave":
        return OrgsFound(addressed, [], ["org:resigned-to"])
    if kind == "leave":
        return _bare_leave_orgs(view, sentence, clause, start, end, people)
    return OrgsFound([], [], ["org:none"])


def _join_orgs(view, sentence, kind, start, end, people, after, before, came_from) -> OrgsFound:
    """Where a join goes when its object is not right after the verb."""
    rules = ["org:after-verb"] if after else []
    if kind == "move" and not after:
        return OrgsFound([], came_from, ["org:none"])
    if not after and kind == "found":
        # 创办一家…的公司,新公司(暂定)名为"X": the company named later in the sentence.
        named = _NAMED.search(view.simple, end, sentence.end)
        after = [o for o in view.orgs if named and o.start == named.end()][:1]
        rules = ["org:named-later"] if after else rules
    if not after and kind == "intern":
        # 在腾讯实习, 去腾讯AI Lab实习了半年: the place of the internship, before the verb.
        after = [o for o in before if ends_with(_INTERN_AT, view.simple, o.start)][-1:]
        rules = ["org:intern-place"] if after else rules
    if not after and people:
        # 北辰宣布A出任CTO / Lumina Labs由A和B联合创立: the organization is the
        # subject of 宣布/任命 or the topic before 由.
        after = [
            o for o in view.orgs.inside(sentence.start, people[0].start) if _ANNOUNCER.match(view.simple, o.end, people[0].start)
        ][-1:]
        rules = ["org:announcer"] if after else rules
        anaphor = _ORG_ANAPHOR.search(view.simple, sentence.start, people[0].start) or _BARE_COMPANY.match(
            view.simple, sentence.start, people[0].start
        )
        by = _BY.search(view.simple, sentence.start, people[0].start)
        if not after and by and not anaphor:
            # X宣布…,由原华为…总监A出任…负责人 / 由前特斯拉…总监A接任: the organization
            # the sentence opens with, else the one the article is about.
            after = [o for o in view.orgs if sentence.start <= o.start and o.end <= by.start() and not _is_investor(o)][:1]
            rules = ["org:by-sentence-opening"] if after else rules
            if not after:
                after = article_org(view, sentence.start)
                rules = ["org:by-article-topic"] if after else rules
        if not after and anaphor and _ANNOUNCER.match(view.simple, anaphor.end(), people[0].start):
            # 这家成立仅半年的公司由A与B联合创立: the company the article is
            # about, else the one named last (not its investors, named in passing).
            after = article_org(view, sentence.start) or [
                o for o in view.orgs if o.end <= sentence.start and not _is_investor(o)
            ][-1:]
            rules = ["org:anaphor-announcer"] if after else rules
    if not after and people and view.simple[start:end] in lexicon.verbs_with("within"):
        # 小米副总裁A升任总裁, OpenAI首席执行官A复职: a post changed at the employer
        # that describes A, else at the one A was last said to join.
        after, rule = _within_org(view, people[0])
        rules = [rule] if after else rules
    if not after and people and kind in ("join", "move"):
        # 加入了该公司, 回到母校任教: the organization the noun points back to.
        pointed = _pointed_org(view, end, people[0], sentence.start, joining=True)
        if pointed:
            after, rules = pointed.orgs, pointed.rules
    if not after and people and kind == "join" and _JOINED_THEN.match(view.simple, end):
        # 理想汽车前总裁A,2020年加盟后历任副总裁、总裁: a join with no object that dates
        # what follows is to the employer the name is described by.
        after = describing_org(view, people[0])
        rules = ["org:bare-verb-describing"] if after else rules
    if not after and people and _BARE_VERB_END.match(view.simple, end):
        # 百度也引入很多新鲜血液——…陆奇加盟, / 马东敏回归,: a join with no object
        # is to the organization hiring in this sentence, of this paragraph, or of the article.
        for rule, find in (
            ("org:roster-topic", lambda: _roster_topic(view, sentence, start, people)),
            ("org:bare-verb-hiring", lambda: _hiring_org(view, sentence, start)),
            ("org:bare-verb-scene", lambda: scene_org(view, start)),
            ("org:bare-verb-article-topic", lambda: article_org(view, start)),
        ):
            after = find()
            if after:
                rules = [rule]
                break
    if came_from:
        rules.append("from:from-marker")
    elif people and view.simple[start:end] in lexicon.verbs_with("switch"):
        # Anthropic工程师A宣布跳槽至MSL: the switch leaves the organization that describes A.
        came_from = describing_org(view, people[0])
        if came_from:
            rules.append("from:describing-org")
    if not after:
        rules.insert(0, "org:none")  # 宣布跳槽至…: a switch may name only where it comes from
    return OrgsFound(after, came_from, rules)


def _bare_leave_orgs(view, sentence, clause, start, end, people) -> OrgsFound:
    """`小鹏自动驾驶副总裁吴新宙将离职`, `另一位MSL研究员A…官宣离职`: a leave
    whose organization is not its object; the first of BARE_LEAVE_ORGS that finds
    one decides, then the employer last joined, then the whole article."""
    for rule, find in BARE_LEAVE_ORGS:
        described = find(view, sentence, clause, start, end, people)
        if described:
            return OrgsFound(described, [], [rule])
    # 他/A…离职 with no organization in sight: the one A last joined. Not for a
    # dropped subject: `这一系列的离职信号` names nobody.
    explicit = people and (people[0].start >= clause.start or find_pronoun(view.simple, clause.start, start))
    # 林若溪:已于1月离职: a list item's name is as explicit as a subject.
    heading = bool(people) and not explicit and item_head(view, sentence.start, people[0])
    explicit = explicit or heading
    known = view.affiliation.get(people[0].key) if explicit else None
    if known:
        return OrgsFound([Mention(0, 0, "ORG", known, known)], [], ["org:last-joined"])
    if explicit:
        # 另一位联合创始人焦明远卸任首席科学家一职: the organization the article is about.
        # 杨建朝离职的消息…: the organization may only be named later in the
        # article (2018年加入字节AI Lab); settled once the whole article is read.
        return OrgsFound([Mention(0, 0, "ORG", "", _LATER_KEY)], [], ["subject:item-head"] if heading else [], settle_later=True)
    return OrgsFound([], [], ["org:none"])


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
    if view.titles.starting(found.start(1), found.start(1) + 1):
        return []  # 出任Head of Research, 担任VP: a post, not an employer
    name = found.group(1).rstrip(" .-")
    if name.lower() in word_list("latin_not_names"):
        return []
    return [Mention(found.start(1), found.start(1) + len(name), "ORG", name, name)]


def _without_products(orgs: list[Mention], products: set[str]) -> list[Mention]:
    """`出任Optimus机器人项目软件负责人`: a product names a post's project, not an employer."""
    return [org for org in orgs if org.key not in products]


def _pointed_org(view: DocView, end: int, person: Mention, floor: int, *, joining: bool) -> OrgsFound | None:
    """`郑海川也离开了该公司`, `她回到母校任教`: a noun after the verb that points back to
    an organization: the one the person is known at (a company), else the nearest
    fitting one named before (topic.anaphor_org)."""
    pointed = anaphor_object(view, end, joining=joining)
    if pointed is None:
        return None
    kind, at = pointed
    # 公司/本公司: the organization announcing, else the article's own (a filing's
    # 公司 is the filer, wherever the person also works); 该公司: the person's
    # employer, else the nearest company named.
    own = announcing_org(view, floor, at) or article_org(view, len(view.text)) if kind == "own" else []
    known = view.affiliation.get(person.key, "") if kind != "school" and not own else ""
    if known:
        return OrgsFound([Mention(0, 0, "ORG", known, known)], [], ["org:anaphor-affiliation"])
    if kind == "own":
        org = own or headline_topic(view)
    else:
        org = anaphor_org(view, kind, at, person)
    if not org:
        return None
    # The organization itself, placed where the noun stands: `org_text` writes its name.
    return OrgsFound([Mention(0, 0, "ORG", org_text(view, org[0]), org[0].key)], [], [f"org:anaphor-{kind}"])


def filer(view: DocView, floor: int, at: int) -> list[Mention]:
    """The organization a filing's bare 公司 stands for, as `_pointed_org` reads it: the
    one announcing in the sentence (from `floor`), else the article's own
    (`article_org`), else the headline's; `org_text` writes its name."""
    own = announcing_org(view, floor, at) or article_org(view, len(view.text)) or headline_topic(view)
    return [Mention(0, 0, "ORG", org_text(view, own[0]), own[0].key)] if own else []


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


def _roster_topic(view: DocView, sentence: Sentence, before: int, people: list[Mention]) -> list[Mention]:
    """`星河科技近日有多位新高管加入,名单如下:` and a name a line: the people come after
    the bare verb, and the organization the clause opens with is the one they join."""
    if people[0].start < before:
        return []
    clause = sentence.clause_at(before)
    opening = view.orgs.inside(clause.start, before)[:1]
    return opening if opening and len(view.simple[clause.start : opening[0].start].strip()) <= 4 else []


def _hiring_org(view: DocView, sentence: Sentence, before: int) -> list[Mention]:
    """The subject of a hiring verb (引入, 招揽) earlier in the sentence."""
    for trigger in view.triggers.starting(sentence.start, before):
        if trigger.label_ == "hire":
            clause = sentence.clause_at(trigger.start_char)
            subject = view.orgs.inside(clause.start, trigger.start_char)
            if subject:
                return subject[:1]
    return []
