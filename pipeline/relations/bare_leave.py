"""The organization of a leave with no object (`小鹏自动驾驶副总裁吴新宙将离职`,
`另一位MSL研究员A…官宣离职`): `bare_leave_orgs` runs the strategies of BARE_LEAVE_ORGS
in priority order (shown in the leave frame of frame_table.py), then the employer
last joined, then the whole article (settled later)."""

from __future__ import annotations

from bisect import bisect_left

from talentflow.relations.after_move import after_move_org
from talentflow.relations.coref import Mention, find_pronoun
from talentflow.relations.docview import DocView, ends_with
from talentflow.relations.draft import JOIN_KINDS, MAX_OBJECT_GAP, OrgsFound, org_text, studied_at
from talentflow.relations.filing import board_receipt_org, own_title_org, recalled_leave_org
from talentflow.relations.groups import group_after
from talentflow.relations.posts import describing_org
from talentflow.relations.related_orgs import deal_party
from talentflow.relations.topic import item_head
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Clause, Sentence

_HEADING_LEAD = rule("heading-lead")
_FORMER_MARK = rule("former-mark")
_AFTER_LEAVING = rule("after-leaving")
_IN = rule("in-marker")
_TOPIC_AFTER = rule("topic-org-opens")
_VENUE = rule("announcement-venue")
_COMMENTATOR = rule("commentator-byline")
_ANNOUNCED_JOIN, _NOMINAL_JOIN = rule("announced-join"), rule("nominal-join")
_POSTED_ON = rule("posted-on")
_OTHERS_FORMER = rule("others-former-org")
_CLAUSE_BREAK = frozenset(",，;；。")

# The key of the placeholder organization a bare leave stands on until the whole
# article is read (OrgsFound.settle_later): it pairs with each person like an
# organization found, and no organization of the article has it.
_LATER_KEY = "@settle-later"


def bare_leave_orgs(view, sentence, clause, start, end, people) -> OrgsFound:
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
        # A的离职 after A从X离职,加盟Y: the move told again, a leave of X (after_move.py).
        moved = after_move_org(view, sentence, clause.start, start, end, people[0].key, known)
        if moved is None:
            return OrgsFound([Mention(0, 0, "ORG", known, known)], [], ["org:last-joined"])
        if moved[0]:
            return OrgsFound([Mention(0, 0, "ORG", moved[0], moved[0])], [], [moved[1]])
        return OrgsFound([], [], [moved[1], "org:none"])  # where it started is not told: no guess
    if explicit:
        # 另一位联合创始人焦明远卸任首席科学家一职: the organization the article is about.
        # 杨建朝离职的消息…: the organization may only be named later in the
        # article (2018年加入字节AI Lab); settled once the whole article is read.
        return OrgsFound([Mention(0, 0, "ORG", "", _LATER_KEY)], [], ["subject:item-head"] if heading else [], settle_later=True)
    return OrgsFound([], [], ["org:none"])


def _board_receipt(view, sentence, clause, start, end, people) -> list[Mention]:
    """`公司董事会于近日收到董事长A的书面辞职报告`: the company whose board receives it (filing.py)."""
    return board_receipt_org(view, sentence, people[0]) if people else []


def _leave_recalled(view, sentence, clause, start, end, people) -> list[Mention]:
    """`A的离任不会导致…`: the leave of A just told, named again (filing.py)."""
    return recalled_leave_org(view, sentence, start, people[0]) if people else []


def _filing_own_title(view, sentence, clause, start, end, people) -> list[Mention]:
    """`公司董事长、中国工程院院士A申请辞去…`: the filing's company (filing.py); also when
    the posts stand at the name's first mention in the sentence (`收到公司董事长、院士A的
    辞职报告,A申请辞去…`)."""
    if not people:
        return []
    mentions = [m for m in view.persons.inside(sentence.start, people[0].start) if m.key == people[0].key]
    for mention in [people[0], *mentions]:
        found = own_title_org(view, sentence, mention)
        if found:
            return found
    return []


def _describing_name(view, sentence, clause, start, end, people) -> list[Mention]:
    """`小鹏自动驾驶副总裁吴新宙将离职`: the organization in the title before the name."""
    return describing_org(view, people[0]) if people else []


def _appositive(view, sentence, clause, start, end, people) -> list[Mention]:
    """`韩立明,星河研究院的创始人,2005年离开`: the organization of a title set between
    commas after the name (structure only: commas and 的)."""
    if not people or people[0].end >= start:
        return []
    orgs = view.orgs.starting(people[0].end, people[0].end + 3)[:1]
    if not orgs or view.simple[people[0].end : orgs[0].start].strip() != ",":
        return []
    titles = view.titles.starting(orgs[0].end, orgs[0].end + 2)[:1]
    if not titles or view.simple[orgs[0].end : titles[0].start].strip() not in ("", "的"):
        return []
    return orgs if view.simple[titles[0].end : titles[0].end + 2].strip().startswith(",") else []


def _clause_before_name(view, sentence, clause, start, end, people) -> list[Mention]:
    """`蔚来方面,A已离职`: the last organization of the clause before the name (or verb)."""
    head = people[0].start if people else start
    orgs = _not_venues(view, view.orgs.inside(max(clause.start, sentence.start), head))
    return not_commentators(view, orgs, people[0].key if people else None)[-1:]


def _sentence_not_joined(view, sentence, clause, start, end, people) -> list[Mention]:
    """`…创办了灵犀引力科技;7月,联合创始人A出走`: the sentence's last organization
    before the name, not where someone else just went."""
    if not people or people[0].start < sentence.start:
        return []
    joined = _joined_orgs(view, sentence)
    orgs = not_commentators(view, _not_venues(view, view.orgs.inside(sentence.start, people[0].start)), people[0].key)
    orgs = _not_others_former(view, orgs, people[0].key)
    # 云帆被北辰集团收购后,A选择出走: the acquirer is no organization A leaves (deal-party),
    # unless the sentence names it again as A's (`…被北辰收购,A随之成为北辰的副总裁,后离开`).
    return [o for o in orgs if o not in joined and not _only_a_deal_party(view, sentence, o)][-1:]


def _only_a_deal_party(view: DocView, sentence: Sentence, org: Mention) -> bool:
    return deal_party(view, org) and not any(other.key == org.key for other in view.orgs.inside(org.end, sentence.end))


def _described_earlier(view, sentence, clause, start, end, people) -> list[Mention]:
    """`星河银行前总经理A…。股东是北辰电信、极光银行,但A还没开业就走人`: the sentence
    names other organizations before A (the last of them would be taken), but the
    article described A earlier as a post of X (`X前总经理A`): A leaves X."""
    if not _sentence_not_joined(view, sentence, clause, start, end, people):
        return []
    key = people[0].key
    for mention in reversed([p for p in view.persons.starting(0, sentence.start) if p.key == key]):
        described = describing_org(view, mention)
        if described:
            return described
    return []


def _placed_earlier(view, sentence, clause, start, end, people) -> list[Mention]:
    """`A在Google DeepMind任职近十年,上月刚刚离职`: where the sentence placed A."""
    if not people or not sentence.start <= people[0].start < clause.start:
        return []
    placed = [o for o in view.orgs.inside(people[0].end, start) if ends_with(_IN, view.simple, o.start)]
    # A:周四在微博上确认离职: where the news is posted places nobody (posted-on).
    placed = [o for o in placed if not _POSTED_ON.match(view.simple, o.end, start)]
    # A毕业于北辰大学,后加入星河,2021年离职: the school of a schooling is not where A worked.
    return [o for o in placed if not studied_at(view, o)][-1:]


def _joined_in_sentence(view, sentence, clause, start, end, people) -> list[Mention]:
    """`A毕业后加入星河,2021年离职创业`: the employer A joined earlier in the sentence."""
    if not people or not sentence.start <= people[0].start < clause.start:
        return []
    known = view.affiliation.get(people[0].key, "")
    return [o for o in view.orgs.inside(people[0].end, start) if known and org_text(view, o) == known][-1:]


def _list_heading(view, sentence, clause, start, end, people) -> list[Mention]:
    """`- 皇甫晴川:智谱AI前副总裁,今年1月辞任`: the organization after the item's name."""
    return _heading_org(view, people[0], start) if people else []


def _left_behind_org(view, sentence, clause, start, end, people) -> list[Mention]:
    """`A离开后,宇树科技并未调整…`: the organization the main clause opens on."""
    return _left_behind(view, sentence, clause, end)


def _previous_topic(view, sentence, clause, start, end, people) -> list[Mention]:
    """`过去一年,星河科技的高管团队变化不小。A和B先后出走`: the organization the previous
    sentence of the paragraph opens on (after a time phrase) is the one left, when the
    leave's own sentence names none before the verb."""
    # The subject named in the leave's own clause: a dropped one may be someone else.
    if not people or people[0].start < clause.start or view.orgs.inside(sentence.start, start):
        return []
    at = bisect_left(view.sentence_starts, sentence.start) - 1
    if at < 0 or "\n" in view.simple[view.sentences[at].end : sentence.start]:
        return []
    previous = view.sentences[at]
    opening = [c.start for c in previous.clauses[:2]]
    return [o for o in view.orgs.inside(previous.start, previous.end) if any(0 <= o.start - s <= 1 for s in opening) and _TOPIC_AFTER.match(view.simple, o.end)][:1]


def _scene(view, sentence, clause, start, end, people) -> list[Mention]:
    """`在百度,那一年的3月22日,…。3月27日,高级副总裁A离职`: the paragraph's 在X."""
    return scene_org(view, start)


# The organization strategies of a bare leave, in priority order: the first that
# finds one decides (frame_table.py shows them in the leave frame).
BARE_LEAVE_ORGS = (
    ("org:board-receipt", _board_receipt),
    ("org:filing-own-title", _filing_own_title),
    ("org:leave-recalled", _leave_recalled),
    ("org:describing-name", _describing_name),
    ("org:appositive-title", _appositive),
    ("org:clause-before-name", _clause_before_name),
    ("org:described-earlier", _described_earlier),
    ("org:sentence-not-joined", _sentence_not_joined),
    ("org:placed-earlier", _placed_earlier),
    ("org:joined-in-sentence", _joined_in_sentence),
    ("org:list-heading", _list_heading),
    ("org:left-behind", _left_behind_org),
    ("org:scene", _scene),
    ("org:previous-topic", _previous_topic),
)


def scene_org(view: DocView, before: int) -> list[Mention]:
    """`在百度,那一年的3月22日,…。3月27日,高级副总裁A离职`: a paragraph that opens
    on 在X, sets the organization its bare leaves are about."""
    paragraph = view.simple.rfind("\n", 0, before) + 1
    return [
        o
        for o in view.orgs.starting(paragraph + 1, paragraph + 4)
        if o.end <= before and view.simple[o.start - 1] == "在" and view.simple[o.end : o.end + 1] == ","
    ][:1]


def _joined_orgs(view: DocView, sentence: Sentence) -> list[Mention]:
    """Organizations a join or founding verb of the sentence takes as its object."""
    joined: list[Mention] = []
    for trigger in view.triggers.starting(sentence.start, sentence.end):
        if trigger.label_ in JOIN_KINDS:
            clause = sentence.clause_at(trigger.start_char)
            joined += group_after(view.orgs, view.simple, trigger.end_char, clause.end, max_gap=MAX_OBJECT_GAP)
    return joined + announced_joins(view, sentence)


def announced_joins(view: DocView, sentence: Sentence) -> list[Mention]:
    """`北辰大学已经官宣陈立加入的消息,对于他离职的原因…`: an organization announcing a
    join told as a noun (announced-join, nominal-join) is the one joined, never the one
    the sentence's bare leave leaves."""
    joined: list[Mention] = []
    for trigger in view.triggers.starting(sentence.start, sentence.end):
        if trigger.label_ in JOIN_KINDS and _NOMINAL_JOIN.match(view.simple, trigger.end_char):
            before = view.orgs.inside(sentence.clause_at(trigger.start_char).start, trigger.start_char)
            joined += [o for o in before if _ANNOUNCED_JOIN.match(view.simple, o.end, trigger.start_char)]
    return joined


def _left_behind(view: DocView, sentence: Sentence, clause: Clause, end: int) -> list[Mention]:
    """`A离开后,宇树科技并未调整…`: the organization the main clause opens on is the one left."""
    if not _AFTER_LEAVING.fullmatch(view.simple, end, clause.end) or clause.end >= sentence.end:
        return []
    following = clause.end + (view.simple[clause.end : clause.end + 1] == " ")  # a space after the comma
    return view.orgs.starting(following, following + 1)[:1]


def _heading_org(view: DocView, person: Mention, before: int) -> list[Mention]:
    """`- 皇甫晴川:智谱AI前副总裁,今年1月辞任`: a list item's name, then a colon and the
    organization and title that describe the person."""
    lead = _HEADING_LEAD.match(view.simple, person.end)
    if lead is None:
        return []
    org = view.orgs.starting(lead.end(), lead.end() + 1)
    if not org or org[0].end > before:
        return []
    title = _FORMER_MARK.match(view.simple, org[0].end).end()
    return org[:1] if view.titles.starting(title, title + 1) else []


def _not_venues(view: DocView, orgs: list[Mention]) -> list[Mention]:
    """The organizations but those where an announcement was published (`在港交所公告`):
    a venue is no organization anyone leaves (rule announcement-venue)."""
    return [o for o in orgs if not (view.simple[o.start - 1 : o.start] == "在" and _VENUE.match(view.simple, o.end))]


def _not_others_former(view: DocView, orgs: list[Mention], mover: str) -> list[Mention]:
    """The organizations but another person's former employer (`原星河电子总监韩立明获任总经理;
    现任总经理A将于年底退休`, `遗缺由来自星河电子的韩立明接任;A已退休`): 原/前/来自 before the
    organization and someone else's name after it in the same clause describe that
    person's past, not what the mover of a bare leave leaves (rule others-former-org)."""
    kept = []
    for org in orgs:
        if _OTHERS_FORMER.search(view.simple[max(0, org.start - 4) : org.start]):
            stop = next((i for i in range(org.end, min(len(view.simple), org.end + 30)) if view.simple[i] in _CLAUSE_BREAK), org.end + 30)
            if any(p.key != mover for p in view.persons.inside(org.end, stop)):
                continue
        kept.append(org)
    return kept


def not_commentators(view: DocView, orgs: list[Mention], mover: str | None) -> list[Mention]:
    """The organizations but those of someone quoted on the move (`云岭证券分析师王某认为,
    A离职…`): an analyst's brokerage before another person's name is no employer of
    the mover (rule commentator-byline)."""
    kept = []
    for org in orgs:
        post = _COMMENTATOR.match(view.simple, org.end)
        named = post and view.persons.starting(post.end(), post.end() + 1)
        if named and named[0].key != mover:
            continue
        kept.append(org)
    return kept
