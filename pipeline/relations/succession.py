"""Succession told around the post (issue 16, class 4): the post is named first
and handed to a successor after 由 (`A的美团总裁职务由B接任`, `美团首席技术官和首席
产品官分别由A、B出任`, `A从美团离职后,其职务由B接替`), or the successor is named
last (`A离开快手后,接替他的是B`). The verb frames read a subject before the verb,
so these give nothing there; this frame reads the whole sentence once its
triggers are read (extractor.py) and adds the joins, and the predecessor's leave
when only the possessive names him (`A的…职务`). The successor's own post, named
before the name (`由京东物流首席运营官B接任`), is one B leaves for the post handed
over. Rule ids: `frame:post-handed`, `frame:successor-named`, `frame:successor-origin`."""

from __future__ import annotations

import re

from talentflow.relations.attributes import record_status, record_time
from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView
from talentflow.relations.draft import Draft, org_text
from talentflow.relations.groups import group_after
from talentflow.relations.roles import title_phrase
from talentflow.resources.patterns import rule, word_list
from talentflow.text.sentences import Sentence

_HANDED = rule("post-handed")
_HANDED_TO = rule("handed-to")
_SUCCESSOR_NAMED = rule("successor-named")
_TITLE_HANDED = rule("title-handed")
# Structure, not vocabulary: the preposition that names who fills the post.
_BY = re.compile("由")
# How far a successor's name may stand after 由 or 的是: its description comes first
# (`由原星河研究院常务副院长B接任`, `接替他的是从广东联通调来的市场部总经理B`).
_DESCRIPTION_GAP = 30
# A possessive pronoun opens `其在星河电子的职务`: the person named before held it.
_PRONOUN_POST = re.compile(r"\s*(?:其|他的|她的)在")
# A name then 的 opens `A的美团总裁职务`: A held the post.
_POSSESSIVE = re.compile(r"\s*的")


def succession_drafts(view: DocView, sentence: Sentence, found: list[Draft]) -> list[Draft]:
    """Joins (and a predecessor's leave) of the successions in `sentence` that the
    trigger frames did not read; `found`, the sentence's drafts so far."""
    out: list[Draft] = []
    for by in _BY.finditer(view.simple, sentence.start, sentence.end):
        out += _handed_over(view, sentence, by.start(), found + out)
        out += _successor_origins(view, sentence, by.start() + 1, found + out, after_by=True)
    for named in _SUCCESSOR_NAMED.finditer(view.simple, sentence.start, sentence.end):
        out += _named_successor(view, sentence, named, found + out)
        out += _successor_origins(view, sentence, named.end(), found + out)
    return out


def _successor_origins(view: DocView, sentence: Sentence, at: int, known: list[Draft], *, after_by: bool = False) -> list[Draft]:
    """`由京东物流首席运营官B接任`, `接替他的是从广东联通调来的B`: the organization
    named in the successor's description, before the name, is one B leaves for
    the post handed over (rule successor-origin), when B joins another one there;
    `由弗迪电池技术总监B接任` a post at 弗迪电池 is a promotion inside it: no leave."""
    clause = sentence.clause_at(at)
    successors = group_after(view.persons, view.simple, at, clause.end, max_gap=_DESCRIPTION_GAP)
    # After 由, only a successor who fills the post (`由B接任`), not a founder (`由A与B联合创立`).
    if after_by and successors and _HANDED_TO.match(view.simple, successors[-1].end, clause.end) is None:
        return []
    out: list[Draft] = []
    floor = at
    for person in successors:
        described = view.orgs.inside(floor, person.start)
        floor_before, floor = floor, person.end
        joined = [d for d in known if d.person == person.key and d.to_org]
        if not described or not joined or any(d.person == person.key and d.from_org for d in known + out):
            continue
        if any(w in view.simple[floor_before : person.start] for w in word_list("former")):
            continue  # 由原华为副总裁B接任: a former post, an implied leave (ANNOTATION.md: optional), not read
        origin = org_text(view, described[-1])
        if _related(origin, joined[-1].to_org):
            continue
        titles = view.titles.inside(described[-1].end, person.start)
        role = view.text[titles[0].start : titles[-1].end] if titles else ""
        start, end = joined[-1].start, joined[-1].end
        draft = _draft(view, sentence, person, "leave", origin, role, start, end,
                       ["frame:successor-origin", "subject:successor-by", "org:successor-described"])
        draft.status, draft.time = joined[-1].status, joined[-1].time
        draft.rules = [r if r != "role:handed-post" else "role:successor-own-post" for r in draft.rules]
        out.append(draft)
    return out


def _related(one: str, other: str) -> bool:
    """`弗迪电池` and `弗迪电池研究院`: one organization, or one inside the other."""
    return one in other or other in one


def _handed_over(view: DocView, sentence: Sentence, at: int, known: list[Draft]) -> list[Draft]:
    """`A的美团总裁职务由B接任`: B joins 美团 as 总裁, A leaves it; `由A、B分别出任`
    pairs people and posts in order; `…离职后,其职务由B接替`: the post of the leave."""
    clause = sentence.clause_at(at)
    successors = group_after(view.persons, view.simple, at + 1, clause.end, max_gap=_DESCRIPTION_GAP)
    if not successors:
        return []
    verb = _HANDED_TO.match(view.simple, successors[-1].end, clause.end)
    left = [d for d in known if d.kind == "leave" and d.from_org and d.start < at]
    # `A卸任美团总裁,由B接任`: a clause that opens on 由 hands over the post just left.
    opens = not view.simple[clause.start : at].strip() and left
    handed_from = _title_handed(view, clause.start, at)
    if verb is None or not (opens or _HANDED.search(view.simple, clause.start, at) or handed_from):
        return []
    orgs = view.orgs.inside(clause.start, at)
    titles = [t for t in view.titles.inside(clause.start, at) if not any(o.start <= t.start < o.end for o in orgs)]
    if orgs:
        org_names = [org_text(view, o) for o in orgs]
        floor = orgs[-1].end if titles and orgs[-1].end <= titles[0].start else clause.start
        spread = len(successors) > 1 and "分别" in view.simple[clause.start : clause.end]
        # 首席技术官和首席产品官分别由A、B出任: one post each, not the pair.
        roles = [title_phrase(view, t, floor, coordinated=not spread) for t in titles]
        how = "org:handed-post"
    elif left:
        org_names, roles, how = [left[-1].from_org], [left[-1].role], "org:predecessor-left"
    else:
        return []
    spread = len(successors) > 1 and "分别" in view.simple[clause.start : clause.end]
    start, end = _verb_span(view, verb)
    out = []
    for i, person in enumerate(successors):
        org = org_names[i % len(org_names)] if spread else org_names[-1]
        role = (roles[i % len(roles)] if spread else roles[-1]) if roles else ""
        same_verb = [d for d in known if d.person == person.key and d.to_org and d.start == start]
        if how == "org:handed-post" and same_verb and same_verb[-1].to_org != org:
            _readdress(same_verb[-1], org, role)
            continue
        if any(d.person == person.key and d.to_org for d in known):
            continue
        out.append(_draft(view, sentence, person, "join", org, role, start, end, ["frame:post-handed", "subject:successor-by", how]))
    predecessor = (_holder(view, clause.start, orgs[0].start if orgs else at) or _current_holder(view, handed_from, at)
                   or _pronoun_holder(view, sentence, clause.start))
    if predecessor is not None and orgs and not any(d.person == predecessor.key and d.from_org for d in known):
        out.append(_draft(view, sentence, predecessor, "leave", org_names[0], roles[0] if roles else "", start, end,
                          ["frame:post-handed", "subject:post-holder", how]))
    return out


def _named_successor(view: DocView, sentence: Sentence, named: re.Match, known: list[Draft]) -> list[Draft]:
    """`A离开快手后,接替他的是B`: B joins the organization A's leave names, in A's post."""
    at = named.end()
    left = [d for d in known if d.kind == "leave" and d.from_org and d.start < at]
    clause = sentence.clause_at(at)
    # `接替他的是宝马集团此前派驻上海、负责云业务的项目总监B`: a long description.
    successors = group_after(view.persons, view.simple, at, clause.end, max_gap=_DESCRIPTION_GAP)
    if not left or not successors:
        return []
    start, end = named.start(), named.start() + _verb_length(view.simple, named.start())
    return [
        _draft(view, sentence, person, "join", left[-1].from_org, left[-1].role, start, end,
               ["frame:successor-named", "subject:named-successor", "org:predecessor-left"])
        for person in successors
        if not any(d.person == person.key and d.to_org for d in known)
    ]


def _readdress(draft: Draft, org: str, role: str) -> None:
    """`星河宣布,北辰智能总经理一职改由B出任`: the verb frame gave B's 出任 the
    announcer (org:announcer); the post named before 由 says whose post it is."""
    draft.to_org = org
    draft.role = role or draft.role
    draft.rules = [r for r in draft.rules if not r.startswith("org:")] + ["frame:post-handed", "org:handed-post"]


def _title_handed(view: DocView, floor: int, at: int) -> re.Match | None:
    """`北辰电子执行长将由B接棒`, `…执行长将由现任A改由B接棒`: a post of an organization
    named right before 由, with no 职务 or 一职 after it (rule title-handed)."""
    titles = [t for t in view.titles.inside(floor, at) if view.orgs.inside(floor, t.start)]
    return _TITLE_HANDED.fullmatch(view.simple, titles[-1].end, at) if titles else None


def _current_holder(view: DocView, handed: re.Match | None, at: int) -> Mention | None:
    """`由现任A改由B接棒`: A, the holder named between 现任 and 改."""
    if handed is None or handed.start(1) < 0:
        return None
    named = view.persons.inside(handed.start(1), at)
    return named[0] if named else None


def _pronoun_holder(view: DocView, sentence: Sentence, start: int) -> Mention | None:
    """`A调任北辰总经理,其在星河电子的职务由B接任`: 其 opens the clause and stands for
    the last person named before it in the sentence, who held the post."""
    if not _PRONOUN_POST.match(view.simple, start):
        return None
    named = view.persons.inside(sentence.start, start)
    return named[-1] if named else None


def _holder(view: DocView, floor: int, limit: int) -> Mention | None:
    """`A的美团总裁职务`: the name the post belongs to, right before 的."""
    named = view.persons.inside(floor, limit)
    if named and _POSSESSIVE.match(view.simple, named[-1].end) and view.simple.find("的", named[-1].end) < limit:
        return named[-1]
    return None


def _verb_span(view: DocView, verb: re.Match) -> tuple[int, int]:
    """Where the filling verb of `由B先生暂时接替` stands (handed-to ends on it)."""
    end = verb.end()
    length = next((len(w) for w in word_list("filling_verbs") if view.simple.endswith(w, verb.start(), end)), 0)
    return end - length, end


def _verb_length(simple: str, at: int) -> int:
    """`接替他的是`, `继任者为`: the verb or noun of succession that opens the match."""
    return next((len(w) for w in (*word_list("filling_verbs"), *word_list("successor_nouns")) if simple.startswith(w, at)), 0)


def _draft(view, sentence, person, kind, org, role, start, end, rules) -> Draft:
    draft = Draft(person.key, kind, kind, view.text[start:end], start, end, sentence, rules=[f"{kind}:{view.simple[start:end]}", *rules])
    if kind == "join":
        draft.to_org = org
    else:
        draft.from_org = org
    draft.role = role
    draft.rules.append("role:handed-post" if role else "role:none")
    clause = sentence.clause_at(start)
    draft.time, how = record_time(view, sentence, clause, start, end, kind)
    draft.rules.append(how)
    draft.status, how = record_status(view, sentence, clause, person, start)
    draft.rules.append(how)
    return draft
