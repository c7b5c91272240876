"""Where a join comes from when no 从X names it: the organization the person joined
just before in the sentence (`加入苹果两个月又回流到谷歌`, `转投星河研究院,2021年加入云帆`:
from:previous-join), or the one the article last placed them at, for a switching verb
dated after that join (from:switched-after-join). Read by frames.read_trigger."""

from __future__ import annotations

from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView
from talentflow.relations.draft import Draft
from talentflow.relations.posts import not_after
from talentflow.resources import lexicon
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Clause

_THEN = rule("then-again")


def previous_join(earlier: list[Draft], person: str, verb: str, before: str = "", *, then_clause: bool = False, to_org: str = "", dated: str = "") -> str:
    # 加入苹果两个月又回流到谷歌, 转投苹果…三年后又加入特斯拉: a switching verb,
    # or a join that comes after (又/后/随后, or a clause opening on one: 后受邀进入高德),
    # leaves the organization just joined; 入职美团,出任美团集团副总裁 is one join told twice.
    joins = [d for d in earlier if d.person == person and d.to_org]
    if verb not in lexicon.verbs_with("switch") and not _THEN.search(before) and not then_clause:
        return _dated_next(earlier, joins, person, to_org, dated)
    if joins and then_clause and to_org and employer(joins[-1].to_org) == employer(to_org):
        return ""  # 加入百度,随后被任命为百度云总裁: a post at the employer just joined
    return joins[-1].to_org if joins else ""


def _dated_next(earlier: list[Draft], joins: list[Draft], person: str, to_org: str, dated: str) -> str:
    """`之后转投星河研究院,2021年加入云帆`: a join in a clause opening on its own date, after
    a join undated or dated earlier at another employer, is the résumé's next step and
    leaves that one. Not an internship (`2019年在星河实习,次年加入云帆`: no post left), nor
    a join whose leave the sentence told already (`2015年至2018年在星河任职;2019年加入云帆`)."""
    if not dated or not joins:
        return ""
    last = joins[-1]
    if (
        last.verb_kind == "intern"
        or employer(last.to_org) == employer(to_org)
        or any(d.person == person and d.from_org and employer(d.from_org) == employer(last.to_org) for d in earlier)
        or last.time and not not_after(last.time, dated, strictly=True)
    ):
        return ""
    return last.to_org


def opening_date(view: DocView, clause: Clause, start: int) -> str:
    """The value of a point in time that opens the clause before the trigger at `start`
    (`,2021年加入云帆`), or ""."""
    dates = view.dates.starting(clause.start, start)
    if not dates or view.simple[clause.start : dates[0].start].strip() or dates[0].role != "point":
        return ""
    return dates[0].value


def switched_from(view: DocView, person: Mention, verb: str, draft: Draft) -> str:
    """`去年11月加盟xAI。…今年4月回流到谷歌DeepMind`: a switch leaves the organization
    the person last joined, when both dates say the switch came after that join (a
    biography often follows the news that told the later join)."""
    known = view.affiliation.get(person.key, "") if verb in lexicon.verbs_with("switch") else ""
    since = view.affiliation_since.get(person.key, "")
    if not known or not since or not draft.time or employer(known) == employer(draft.to_org):
        return ""
    return known if not_after(since, draft.time, strictly=True) else ""
