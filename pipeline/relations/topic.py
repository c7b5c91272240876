"""The organization an article is about, and nouns that point back to an organization.

Real news often names the organization once, in the headline, and then lists
moves without it (`小米再有高管出走` / `林若溪和郑海川先后出走。`), or points back
to it with a noun (`郑海川也离开了该公司`, `他回到母校任教`). The rules here give
such a move its organization; each answer carries its own rule id so that its
measured precision (confidence.py) stays apart from that of a named object.
"""

from __future__ import annotations

import re
from collections import Counter

from talentflow.resources import lexicon
from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView
from talentflow.relations.draft import OrgsFound, article_org, org_text, sole_org
from talentflow.resources.patterns import rule, word_list, word_set

# A headline: the article's first line, short, with no sentence end inside
# (`理想汽车人事调整`), before the body starts on the next line.
_HEADLINE_MAX = 48
_SENTENCE_END = re.compile(r"[。!?]|[:：]\s*$")
# Nouns that point back to an organization named before, by what they fit:
# `该公司`, `这家公司`, `本公司`, `集团`, `该集团` (a company, not a school);
# `母校`, `该校`, `这所大学` (a school).
_COMPANY_NOUN = rule("company-noun")
# `公司`, `本公司`, `集团` with no demonstrative: in a filing or a company's news, the
# organization the article is about (`辞职后不再担任公司任何职务`).
_OWN_NOUN = rule("own-noun")
_SCHOOL_NOUN = rule("school-noun")
# `该行` (a bank) and `该所`, `该院` (an institute, a firm): an organization of that kind only,
# so `A离开星河银行加盟P。B也离开了该行` is 星河银行, not the nearer P.
_BANK_NOUN = rule("bank-noun")
_INSTITUTE_NOUN = rule("institute-noun")
# `在这家公司工作了八年`: 在 before a pointing noun (located_pointer).
_IN_POINTER = rule("in-pointer")
# `老东家`, `前东家`, `新东家`: an employer seen from a move (employer_org).
_EMPLOYER_NOUN = rule("employer-noun")
# The object of a verb: 了/到/回, then the noun, then the end of the object.
_OBJECT_LEAD = rule("object-lead")
_OBJECT_END = rule("object-end")
# After a leave: the posts held at the company, ended by 职务/职位/一职 (`辞去公司第六届董事会董事长、董事职务`).
_POSTS_OF = rule("posts-of")
# A school is an employer of its teachers only: `回到母校任教`, not `回到母校演讲`.
_FACULTY_AFTER = rule("faculty-after")
_SCHOOL_SUFFIXES = ("大学", "学院", "学校", "大學", "學院", "學校")


def headline_orgs(view: DocView) -> list[Mention]:
    """The organizations named in the article's headline (first line), if it has one."""
    line_end = view.simple.find("\n")
    if line_end <= 0 or line_end > _HEADLINE_MAX or _SENTENCE_END.search(view.simple, 0, line_end):
        return []
    return view.orgs.inside(0, line_end)


def headline_topic(view: DocView) -> list[Mention]:
    """`理想汽车人事调整` / `郑海川、林若溪均已离职。`: a headline that names exactly one
    organization (however often) says what the article is about. Two organizations
    (`小米与华为人事变动`) name no single topic."""
    named = headline_orgs(view)
    if not named or len({org.key for org in named}) != 1:
        return []
    return named[:1]


def anaphor_object(view: DocView, end: int, *, joining: bool = False, past: bool = False) -> tuple[str, int] | None:
    """The kind of noun (`company`, `school`, `own`) that stands as the object right after a
    verb ending at `end` (`离开了该公司`, `回到母校任教`), and where it starts."""
    lead = _OBJECT_LEAD.match(view.simple, end)
    at = lead.end() if lead else end
    for kind, noun in (("school", _SCHOOL_NOUN), ("bank", _BANK_NOUN), ("institute", _INSTITUTE_NOUN), ("company", _COMPANY_NOUN), ("own", _OWN_NOUN)):
        found = noun.match(view.simple, at)
        end_ok = (_FACULTY_AFTER if kind == "school" and joining else _OBJECT_END).match(view.simple, found.end()) if found else None
        if found and kind != "school" and not joining and not end_ok:
            # 辞去公司董事长、董事职务: the company's posts, then 职务.
            end_ok = _POSTS_OF.match(view.simple, found.end())
        if found and kind != "school" and not end_ok and not past:
            # 获委任为该公司的副总经理, 辞去公司董事长,董事…: a title right after the noun is a post there
            # (not after a past verb: `此前是公司副董事长` is the post before a promotion, no leave).
            after = found.end() + (view.simple[found.end() : found.end() + 1] == "的")
            end_ok = bool(view.titles.starting(after, after + 1))
        if found and end_ok:
            # 离开公司 alone is a company; 加入公司研究院 names a unit, not a pointer.
            return kind, at
    return None


# `百度宣布,以下高管已加入公司`: the organization that announces, earlier in the sentence.
_ANNOUNCES = rule("topic-announces")
_FORMER_GAP = rule("former-title-gap")
_TITLE_GAP = 4


def announcing_org(view: DocView, floor: int, before: int) -> list[Mention]:
    """The organization of the sentence (from `floor`) that announces what follows:
    `小米集团今日宣布,以下高管已加入公司`: 公司 is 小米集团."""
    # `星河电子在港交所公告`: the exchange after 在 is where it was published, not who announces.
    return [o for o in view.orgs.inside(floor, before) if _ANNOUNCES.match(view.simple, o.end) and view.simple[o.start - 1 : o.start] != "在"][:1]


def anaphor_org(view: DocView, kind: str, before: int, person: Mention | None = None) -> list[Mention]:
    """The organization a pointing noun stands for: the nearest fitting one named before it.

    `林若溪毕业于北辰大学,…今年她回到母校任教`: 母校 is 北辰大学 (a school);
    `华为发布了新芯片。郑海川也离开了该公司`: 该公司 is 华为 (not a school). Not an
    investor named in passing, nor an organization the person is only said to join
    in the same clause.
    """
    candidates = [o for o in view.orgs.inside(0, before) if o.key]
    fitting = [o for o in candidates if _is_school(view, o) == (kind == "school") and not _is_investor(o)]
    if kind in ("bank", "institute"):
        # 该行 is a bank, 该所 an institute: an organization whose name says so.
        suffixes = word_list("bank_suffixes") if kind == "bank" else word_list("institute_suffixes")
        fitting = [o for o in fitting if view.simple[o.start : o.end].endswith(suffixes)]
    if kind == "school" and person is not None:
        # 母校: the person's school, when the article says where the person studied.
        studied = [o for o in fitting if any(v == "schooling" for s, e, v in view.cues.inside(o.start - 8, o.end + 8))]
        fitting = studied or fitting
    return fitting[-1:]


def pointed_org(view: DocView, end: int, person: Mention, floor: int, *, joining: bool, past: bool = False) -> OrgsFound | None:
    """`郑海川也离开了该公司`, `她回到母校任教`: a noun after the verb that points back to
    an organization: the one the person is known at (a company), else the nearest
    fitting one named before (topic.anaphor_org)."""
    employed = employer_org(view, end, person, joining=joining)
    if employed is not None:
        return employed
    pointed = anaphor_object(view, end, joining=joining, past=past)
    if pointed is None:
        return None
    kind, at = pointed
    # 公司/本公司: the organization announcing, else the article's own (a filing's
    # 公司 is the filer, wherever the person also works); 该公司: the person's
    # employer, else the nearest company named.
    own = announcing_org(view, floor, at) or _filing_company(view) or article_org(view, len(view.text)) if kind == "own" else []
    known = view.affiliation.get(person.key, "") if kind in ("company", "own") and not own else ""
    if known:
        return OrgsFound([Mention(0, 0, "ORG", known, known)], [], ["org:anaphor-affiliation"])
    if kind == "own":
        # 离开公司 in a brief that names one organization only: that one (org:anaphor-own).
        org = own or headline_topic(view) or sole_org(view)
    else:
        org = anaphor_org(view, kind, at, person)
    if not org:
        return None
    if joining and org[0].key in _former_employers(view, person):
        return None  # 星图宣布,前百度CTO A加入公司: the company joined is not the one A was at before
    # The organization itself, placed where the noun stands: `org_text` writes its name.
    return OrgsFound([Mention(0, 0, "ORG", org_text(view, org[0]), org[0].key)], [], [f"org:anaphor-{kind}"])


def located_pointer(view: DocView, floor: int, start: int, person: Mention) -> OrgsFound | None:
    """`A在这家公司工作了八年,上个月正式离职`, `在该所工作五年后离开`: a leave with no
    object whose person worked, before the verb in the sentence, at a noun pointing back
    to an organization (the person's employer, else the nearest fitting one named before).
    Not the bare `公司` (`在公司工作多年` names no organization of its own)."""
    for found in reversed(list(_IN_POINTER.finditer(view.simple, floor, start))):
        pointed = anaphor_object(view, found.end(), past=True)
        if pointed is None or pointed[0] == "own":
            continue
        kind, at = pointed
        known = view.affiliation.get(person.key, "") if kind == "company" else ""
        org = [Mention(0, 0, "ORG", known, known)] if known else anaphor_org(view, kind, at, person)
        if org:
            return OrgsFound([Mention(0, 0, "ORG", org_text(view, org[0]), org[0].key)], [], [f"org:located-{kind}"])
    return None


def employer_org(view: DocView, end: int, person: Mention, *, joining: bool) -> OrgsFound | None:
    """`重返老东家`, `离开了A的前东家`, `B也追随他加入了新东家`: an employer seen from a move.

    老东家/前东家 is the employer left before (of `A` in `A的前东家`, else of the person:
    `今年5月,A重返老东家`), never the one just joined (`A加入星河。A离开了前东家` is
    not a leave of 星河). 新东家 is A's employer in `A的新东家`, else the
    organization of the last join the article told. None when the noun is not there;
    an OrgsFound without organization when the article never said which, so that no
    other rule guesses one (`B离开了前东家` with nothing known: no record).
    """
    lead = _OBJECT_LEAD.match(view.simple, end)
    at = lead.end() if lead else end
    whose = next((p for p in view.persons.starting(at, at + 1) if view.simple[p.end : p.end + 1] == "的"), None)
    noun = _EMPLOYER_NOUN.match(view.simple, whose.end + 1 if whose else at)
    if noun is None or not _OBJECT_END.match(view.simple, noun.end()):
        return None
    former = noun.group() in word_set("former_employer_words")
    if former:
        key = view.reading.previous((whose or person).key, before=view.sentence_start(end))
    else:
        key = view.affiliation.get(whose.key, "") if whose else view.reading.latest if joining else view.affiliation.get(person.key, "")
    rule_id = "org:anaphor-former-employer" if former else "org:anaphor-new-employer"
    return OrgsFound([Mention(0, 0, "ORG", key, key)] if key else [], [], [rule_id])


def filer(view: DocView, floor: int, at: int) -> list[Mention]:
    """The organization a filing's bare 公司 stands for, as `pointed_org` reads it: the
    one announcing in the sentence (from `floor`), else the company the filing names
    (`星河电子股份有限公司关于高级管理人员变动的公告。…公司董事会同意聘任A为公司副总经理`:
    filing.filing_company), else the article's own (`article_org`), else the headline's;
    `org_text` writes its name."""
    own = announcing_org(view, floor, at) or _filing_company(view) or article_org(view, len(view.text)) or headline_topic(view)
    return [Mention(0, 0, "ORG", org_text(view, own[0]), own[0].key)] if own else []



def _is_school(view: DocView, org: Mention) -> bool:
    return org.key in view.university or org.text.endswith(_SCHOOL_SUFFIXES)


def _is_investor(org: Mention) -> bool:
    return org.key in lexicon.org_names_of_kind("investor") or org.text.endswith(("基金", "资本", "创投", "投资"))


# A list item that opens on a name and a colon: `林若溪:已于1月离职`, `- 郑海川:前CTO,3月离开`.
_ITEM_LEAD_START = re.compile(r"\s*(?:[-*·•■□◆◇▪●]|\d{1,2}[.、)]|[(（]\d{1,2}[)）])?\s*")
_ITEM_LEAD = re.compile(_ITEM_LEAD_START.pattern + "$")
# Zihang Lin(林子航):本周离职: the name's other script in brackets before the colon.
_ITEM_COLON = re.compile(r"\s*(?:[(（][^()（）:：,，。]{1,20}[)）])?\s*[:：]")


def item_head(view: DocView, sentence_start: int, person: Mention) -> bool:
    """`林若溪:已于1月离职`: the name heads its list item (only a bullet or number before
    it in the sentence, a colon after it), so the clause after the colon is said of it."""
    return (
        sentence_start <= person.start
        and _ITEM_LEAD.fullmatch(view.simple, sentence_start, person.start) is not None
        and _ITEM_COLON.match(view.simple, person.end) is not None
    )


def item_org(view: DocView, sentence_start: int, person: Mention) -> list[Mention]:
    """`· 鹤山证券:聘任A为副总裁`, `2. 星河科技:原CTO B离职`: a round-up item or a brief
    that opens on an organization and a colon is said of that organization; the person
    stands after the colon (rule org:item-head)."""
    for org in view.orgs.inside(sentence_start, person.start)[:1]:
        if _ITEM_LEAD.fullmatch(view.simple, sentence_start, org.start) and _ITEM_COLON.match(view.simple, org.end):
            return [org]
        # `【鹤山证券】首席运营官A调任…`: a brief whose organization stands in black brackets.
        if _BRACKET_LEAD.fullmatch(view.simple, sentence_start, org.start) and _BRACKET_END.match(view.simple, org.end):
            return [org]
    return []


_BRACKET_LEAD = re.compile(r"\s*【\s*")
_BRACKET_END = re.compile(r"\s*】")


def heading_of_post(view: DocView, sentence_start: int, person: Mention) -> list[Mention]:
    """The organization heading the brief (item_org) when only `原`/`前` and titles stand
    between it and the name (`鹤山证券:原副总裁A`); not `鹤山证券:柳河基金副总裁A`."""
    heading = item_org(view, sentence_start, person)
    if not heading or view.orgs.inside(heading[0].end, person.start) or view.persons.inside(heading[0].end, person.start):
        return []
    return heading


# How many item lines may stand between a list's lead line and the item asked about.
_LIST_REACH = 30


def list_lead_topic(view: DocView, item_start: int) -> list[Mention] | None:
    """`本周,星河科技再次失去两位联合创始人:` then `林若溪:本周离职` lines: the item's
    move is said of the organization of the line that opens the list (it ends on a
    colon, names one organization, and every line between it and the item opens on
    a name). A lead of two parties (`星河与澄明联合发布会嘉宾如下:`) names none: [],
    so that no other organization of the article is guessed for the item; None when
    there is no lead line or it names no one organization above the others."""
    line_start = view.simple.rfind("\n", 0, item_start) + 1
    for _ in range(_LIST_REACH):
        if line_start <= 0:
            return None
        lead_start = view.simple.rfind("\n", 0, line_start - 1) + 1
        lead = view.simple[lead_start : line_start - 1].rstrip()
        if lead.endswith((":", "：")):
            named = [o for o in view.orgs.inside(lead_start, lead_start + len(lead)) if o.key]
            if any(_joined_party(view, o) for o in named):
                return []
            # The organization the lead names, or names twice as often as any other
            # (`百度成为…人才输出地…几乎每一家头部团队里都有前百度人`): else no topic.
            counts = Counter(o.key for o in named).most_common(2)
            if not counts or len(counts) == 2 and counts[0][1] < 2 * counts[1][1]:
                return None
            return [o for o in named if o.key == counts[0][0]][:1]
        if not _opens_on_name(view, lead_start, lead_start + len(lead)):
            return None
        line_start = lead_start
    return None


def _joined_party(view: DocView, org: Mention) -> bool:
    """`星河与澄明联合发布会嘉宾如下:`: an organization joined by 与/和 to another party
    (named or not) is one of two, not the list's topic."""
    joiners = word_list("conjunctions")
    return view.simple.startswith(joiners, org.end) or view.simple[: org.start].endswith(joiners)


def _opens_on_name(view: DocView, start: int, end: int) -> bool:
    """`- 林若溪:本周离职`, `2. 郑海川,前CTO`: a list item, a name first."""
    lead = _ITEM_LEAD_START.match(view.simple, start, end)
    at = lead.end() if lead else start
    return any(p.start == at for p in view.persons.starting(at, at + 1))


def _filing_company(view: DocView) -> list[Mention]:
    """The company a filing names for its bare 公司 (filing.py, which reads this module's
    `filer`: imported when asked). `中国电信发布公告称…张某已辞任本公司执行副总裁`:
    本公司 is the filer, though another company is named more often."""
    from talentflow.relations.filing import filing_company

    return filing_company(view)


def _former_employers(view: DocView, person: Mention) -> set[str]:
    """The organizations a former title right before the name places the person at
    (`前百度首席执行官A`, `原星河科技副总裁A`): 公司 in `A加入公司` never points back to one."""
    former = set()
    for title in view.titles.ending(person.start - 1, person.start):
        # `原辉瑞中国肿瘤事业部医学总监A`: a field word may stand between the unit and the title (former-title-gap).
        for org in view.orgs.ending(title.start - _TITLE_GAP, title.start):
            if org.start > 0 and view.simple[org.start - 1] in "前原" and _FORMER_GAP.fullmatch(view.simple, org.end, title.start):
                former.add(org.key)
    return former

