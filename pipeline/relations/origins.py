"""Origins that name where a person works, not where they came from (`origin:needs-move`).

`来自华为云的戚卫东` says 戚卫东 left 华为云 when the article moves them (`阿里云引入了
来自华为云的戚卫东`, `来自A的B加盟C`). A conference report, an interview or a round-up
writes the same words for a speaker's own employer: `来自阿里云的韩立明在会上分享了…`,
`圆桌嘉宾包括来自星河科技的A和来自云帆科技的B` move nobody. So a leave read off the
origin frame stands only when the article gives the person a join, or the sentence
holds a move verb besides 来自 (`首批成员中,还有来自X的A,以及从Y出走的B`), or the
post named is a former one (`来自华为云的前首席架构师A`: rule origin-former).

Some markers of the family say the move themselves (triggers.tsv behaviour `moved`):
`星河科技技术长韩立明挖角自云帆科技`, `副校长A（延揽自北辰研究院）` — recruited away, so
the leave stands alone (origin:moved), and the organization naming the person's post
is the one joined (origin:moved-describing).
"""

from __future__ import annotations

from talentflow.relations.docview import DocView
from talentflow.relations.draft import Draft, is_school, school_origin
from talentflow.relations.groups import group_after, group_before
from talentflow.relations.posts import describing_org
from talentflow.relations.subjects import RELATIVE, topic_people
from talentflow.resources import lexicon
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Sentence

_FORMER = rule("origin-former")
_POSSESSED = rule("origin-possessed")
_BEFORE_ORIGIN = rule("before-org-origin")
_PRONOUN = rule("origin-pronoun")


def origin_frame(view, sentence, clause, kind, start, end, next_start):
    """`来自华为云的前首席架构师戚卫东`, `戚卫东来自华为云`: 戚卫东 left 华为云 (origin)."""
    if view.simple[start:end] in lexicon.verbs_with("org-before"):
        return _origin_before(view, clause, start, end)
    orgs = group_after(view.orgs, view.simple, end, clause.end)
    after = view.persons.starting(orgs[-1].end + 1, clause.end) if orgs else []
    modified = after and RELATIVE.fullmatch(view.simple[view.simple.rfind("的", orgs[-1].end, after[0].start) : after[0].start] or "x")
    # Only a named origin: `其中多数来自后训练团队` is about nobody in particular.
    before = view.persons.inside(clause.start, start)
    people = [after[0]] if modified else group_before(before, view.simple) if before else []
    if not modified and people and _POSSESSED.match(view.simple, people[-1].end):
        return [], [], [], False, []  # 韩立明的新书出自星河出版社: the book's origin, not the person's
    if not people and orgs and _PRONOUN.search(view.simple[clause.start : start]):
        # `星河科技任命韩立明为副总裁,他出自云帆科技`: the pronoun stands for the earlier clause's person.
        return topic_people(view, clause.start)[:1], orgs, [], False, ["subject:pronoun", "org:after-verb"]
    return people, orgs, [], False, ["subject:origin-modified" if modified else "subject:clause", "org:after-verb"]


def _origin_before(view, clause, start, end):
    """`阿里巴巴出身的韩立明`, `韩立明是阿里巴巴出身`: the organization stands right before
    the marker (origin:org-before); a school there is schooling (`清华出身的A`: no record)."""
    orgs = [o for o in view.orgs.ending(max(clause.start, start - 1), start) if not view.simple[o.end : start].strip()][-1:]
    if not orgs or is_school(view, orgs[0]):
        return [], [], [], False, []
    after = view.persons.starting(end, clause.end)[:1]
    if after and RELATIVE.fullmatch(view.simple[end : after[0].start] or "x"):
        return after, orgs, [], False, ["subject:origin-modified", "org:before-marker", "origin:org-before"]
    before = view.persons.inside(clause.start, orgs[0].start)
    if not before or not _BEFORE_ORIGIN.fullmatch(view.simple[before[-1].end : orgs[0].start]):
        return [], [], [], False, []
    return group_before(before, view.simple), orgs, [], False, ["subject:clause", "org:before-marker", "origin:org-before"]


def without_lone_origins(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """`drafts` without the origin leaves that no move of the article bears out."""
    if not any(draft.verb_kind == "origin" for draft in drafts):
        return drafts
    joined = {draft.person for draft in drafts if draft.to_org}
    drafts = [draft for draft in drafts if draft.verb_kind != "origin" or not _from_school(view, draft)]
    kept = []
    for draft in drafts:
        if draft.verb_kind != "origin" or draft.to_org or draft.person in joined or _FORMER.match(view.simple, draft.start):
            kept.append(draft)
        elif _moved(draft):
            # A lone leave a `moved` marker bears out itself; the id lets moved_joins find it.
            draft.rules.append("origin:moved")
            kept.append(draft)
        elif _moves_in(view, draft.sentence):
            kept.append(draft)
    return kept


def _moves_in(view: DocView, sentence: Sentence) -> bool:
    """Does the sentence hold a trigger other than an origin's (`引入`, `出走`, `加盟`)?"""
    return any(trigger.label_ != "origin" for trigger in view.triggers.starting(sentence.start, sentence.end))


def _from_school(view: DocView, draft: Draft) -> bool:
    """`来自北辰大学的韩立明`, `韩立明出自北辰大学`: the school one comes from is no employer
    (draft.school_origin) unless a post follows it (`来自北辰大学的教授A`)."""
    school = view.orgs.starting(draft.end, draft.end + 2)[:1]
    if not school:
        return False
    if "subject:origin-modified" not in draft.rules:
        return school_origin(view, school[0], draft.sentence.clause_at(draft.start).end)
    person = view.persons.starting(school[0].end, draft.sentence.end)[:1]
    return bool(person) and school_origin(view, school[0], person[0].start)


def _moved(draft: Draft) -> bool:
    """`A挖角自云帆科技`: the marker says A was recruited away (origin:moved)."""
    return draft.verb_kind == "origin" and draft.trigger in lexicon.verbs_with("moved")


def moved_joins(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """`星河科技技术长韩立明挖角自云帆科技`: the join of the organization that names the
    post of a person recruited away, when the article gives that person no join."""
    joined = {draft.person for draft in drafts if draft.to_org}
    out = []
    for draft in drafts:
        if draft.person in joined or "origin:moved" not in draft.rules:
            continue
        mention = next((p for p in view.persons.inside(draft.sentence.start, draft.start) if p.key == draft.person), None)
        hirer = describing_org(view, mention) if mention else []
        if not hirer or employer(hirer[-1].text) == employer(draft.from_org):
            continue
        join = Draft(draft.person, "join", "origin", draft.trigger, draft.start, draft.end, draft.sentence, to_org=hirer[-1].text,
                     status=draft.status, rules=["origin:moved-describing"])
        out.append(join)
        joined.add(draft.person)
    return out
