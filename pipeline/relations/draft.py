"""The record being assembled by the relation stage, and what every strategy shares.

A `Draft` is one record in the making (person, organizations, role, time, status
and the ids of the rules that decided it); `OrgsFound` is what an organization
strategy returns: the organizations a trigger joins or leaves, those the person
comes from, the rule ids, and whether the organization is left to the whole
article (`杨建朝离职的消息…`: named only later, settled once the article is read).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView
from talentflow.resources.patterns import rule, word_list
from talentflow.text.sentences import Sentence

JOIN_KINDS = frozenset({"join", "found", "intern", "move"})
LEAVE_KINDS = frozenset({"leave", "past", "origin"})
VETO_CUES = frozenset({"negated", "hypothetical", "conditional", "declined"})

# Between a verb and its organization: `加入了`, `加入了彼时风头正劲的`, `回流到`.
MAX_OBJECT_GAP = 16


@dataclass
class Draft:
    """A record being assembled; becomes a LocatedMove once complete."""

    person: str
    kind: str  # join or leave, as scored
    verb_kind: str  # the trigger's kind in triggers.tsv
    trigger: str
    start: int
    end: int
    sentence: Sentence
    from_org: str = ""
    to_org: str = ""
    role: str = ""
    time: str = ""
    status: str = "done"
    settle_later: bool = False  # organization to be read off the whole article
    later_step: bool = False  # told after 之后/随后 with no date of its own
    # A join that makes `to_org` the person's employer for the sentences after
    # (reading.py); not a span's start (`2019年至2021年在X任职`) nor an appointment read
    # off a personnel decision (`任X总经理,免去其Y职务`).
    tells_employer: bool = True
    # The ids of the rules that decided this record, in the order they did
    # (`join:加入 subject:clause org:after-verb role:none time:clause status:done`).
    rules: list[str] = field(default_factory=list)


@dataclass
class OrgsFound:
    """What an organization strategy found: `加入A和B` → orgs A and B; `从A加入B` →
    came_from A; the ids of the rules that found them; and `settle_later` when the
    organization is left to the whole article (`杨建朝离职的消息…`): orgs then holds
    one placeholder, so the trigger still pairs with each person."""

    orgs: list[Mention]
    came_from: list[Mention]
    rules: list[str]
    settle_later: bool = False


_SCHOOL_NOUN = rule("school-noun")


def org_text(view: DocView, org: Mention) -> str:
    written = view.text[org.start : org.end] if org.end else org.text
    pointer = _SCHOOL_NOUN.match(view.simple, org.start, org.end) if org.end else None
    schools = [o for o in view.orgs.inside(0, org.start) if o.end and is_school(view, o)] if pointer else []
    if schools and pointer.end() < org.end:
        # `记者从北辰大学获悉,该校计算机学院教授A…`: a unit named through 该校 is the school's unit.
        return view.text[schools[-1].start : schools[-1].end] + view.text[pointer.end() : org.end]
    # A short name stands for the full one around it (`北辰` → `北辰机器人公司`, `衡思智能` → `杭州衡思智能科技有限公司`).
    return org.text if org.end and org.text != written and written in org.text else written


def is_school(view: DocView, org: Mention | None) -> bool:
    return org is not None and (org.key in view.university or org.text.endswith(word_list("school_suffixes")))


def trigger_end(view: DocView, start: int) -> int:
    return view.trigger_ends.get(start, start)


def article_org(view: DocView, before: int) -> list[Mention]:
    """The organization named most often before `before` (twice at least): what the article is about."""
    counts: dict[str, list[Mention]] = {}
    for org in view.orgs.inside(0, before):
        counts.setdefault(org.key, []).append(org)
    ranked = sorted(counts.values(), key=len, reverse=True)
    # Dominant, not merely first: a year-in-review of five companies is about none of them.
    if not ranked or len(ranked[0]) < 2 or len(ranked) > 1 and len(ranked[0]) < 2 * len(ranked[1]):
        return []
    return ranked[0][-1:]


def sole_org(view: DocView) -> list[Mention]:
    """`星河科技再现人事变动。…产品副总裁A已于1月离开公司`: a short brief that names one
    organization only (once is enough), and no school: what the article is about."""
    named = [o for o in view.orgs.inside(0, len(view.text)) if o.key]
    if not named or len({o.key for o in named}) != 1 or is_school(view, named[0]):
        return []
    return named[:1]


def studied_at(view: DocView, org: Mention) -> bool:
    """`毕业于北辰大学`, `就读于北辰大学`: a school named by its schooling."""
    return is_school(view, org) and any(v == "schooling" for s, e, v in view.cues.inside(max(0, org.start - 6), org.end + 6))


def graduated(view: DocView, org: Mention, start: int) -> bool:
    """`从清华大学博士毕业后入职英伟达`: a school left by graduating is no career move."""
    return is_school(view, org) and any(v == "schooling" for s, e, v in view.cues.inside(org.end, start))


def school_origin(view: DocView, org: Mention, start: int) -> bool:
    """`来自北辰大学的韩立明加入星河`: a school one comes from is where one studied, no
    employer left, unless a post between the school and the verb makes it one
    (`来自北辰大学的教授韩立明`) (rule origin-school)."""
    return is_school(view, org) and bool(rule("origin-school").search(view.simple, max(0, org.start - 4), org.start)) and not view.titles.inside(org.end, start)
