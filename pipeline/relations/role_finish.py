"""Last touches to the roles of an article's records, once every role rule has run.

A post's name is read leftwards from its title (roles.title_phrase) and may carry
words that are no part of it; a title written once for several people fills only
the first of them. Each touch below names itself in the record's `rules`:

- role:lead-word-cut — a post never holds the verb or preposition of the sentence
  around it: `宣布北辰全球副总裁A离开北辰`, `董事会收到公司董事长A的辞职报告`,
  `在第二位安全主管A离职之后` are posts `全球副总裁`, `董事长`, `安全主管`.
- role:own-name-again — the record's organization written again at the head of its
  post is not the post (`任命A为星河集团总裁` joining 星河集团: `总裁`); a unit named
  after it stays (`京东云事业部总裁` joining 京东).
- role:own-name-qualified — `出任星河台湾研发中心资深总监` joining 星河: the name written
  again before a region or a centre and a title of rank goes too (`台湾研发中心资深总监`).
- role:unit-pair-kept — `接任市场及销售执行总监一职`, `研究与安全副总裁`: two plain words
  linked by 及/与/和 name one unit; the post is not cut at the link (`销售执行总监`).
  Not across a name, an organization or a title (`首席科学家和副院长` is two titles).
- role:describing-post-left — `星河AI实验室总监A重返学术界`: a record that leaves only
  the organization describing the person (from:describing-org, no organization
  joined) takes the post written before the name, as a leave does.
- role:shared-title — `前董事会成员A和B离开董事会`, `副总裁A、B辞职`: a title written
  before a list of names is each one's.
- role:respectively-later — `A和B加入星河,分别出任首席架构师和平台负责人`: the n-th
  post named after `分别` is the n-th person's.
"""

from __future__ import annotations

from talentflow.relations.docview import PARENTHESIS, DocView
from talentflow.relations.roles import title_phrase
import re
from functools import cache

from talentflow.resources.org_identity import unit_heads
from talentflow.resources.patterns import rule, word_list
from talentflow.text.textnorm import shadow

# Words never inside a post's name: a reporting verb, a preposition, an ordinal of people;
# what the walk leftwards took in before the last of them is no part of the post.
_LEAD = rule("post-lead-words")
# What a post's name never starts with (roles.py): `另一位`, `前`, `公司`.
_POST_PREFIX = rule("post-prefix")
# Between the names of one list: `A、B和C`, `A(Ann Lee)与B`.
_NAME_LIST_GAP = rule("name-list-gap")
# A character of a plain Chinese word (no punctuation, no Latin, no digit).
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]")


def finish_roles(view: DocView, drafts: list) -> None:
    """Cut a lead word and a repeated organization name off each role, then share a
    title among the names it is written before."""
    for draft in drafts:
        if not draft.role and draft.from_org and not draft.to_org and "from:describing-org" in draft.rules:
            _describing_post_left(view, draft)
        if draft.role:
            _cut_lead(draft)
            _cut_own_name(view, draft)
            _keep_unit_pair(view, draft)
    _share_titles(view, drafts)
    _respectively_later(view, drafts)


def _describing_post_left(view: DocView, draft) -> None:
    sentence = draft.sentence
    person = next((m for m in view.persons.inside(sentence.start, draft.start) if m.key == draft.person), None)
    if person is None:
        return
    titles = [t for t in view.titles.ending(person.start - 2, person.start) if t.start >= sentence.start]
    if not titles:
        return
    own = [o for o in view.orgs.ending(sentence.start, titles[-1].start) if shadow(view.text[o.start : o.end]) == shadow(draft.from_org)]
    role = title_phrase(view, titles[-1], sentence.start, own_org=own[-1] if own else None)
    if role:
        draft.role = role
        draft.rules.append("role:describing-post-left")


def _cut_lead(draft) -> None:
    simple = shadow(draft.role)
    at = max((lead.end() for lead in _LEAD.finditer(simple)), default=0)  # 董事会收到公司董事长: after the last
    if not at or at >= len(simple):
        return
    more = _POST_PREFIX.match(simple, at)  # 收到公司董事长: `公司` is no part of the post either
    if more and more.end() < len(simple):
        at = more.end()
    draft.role = draft.role[at:].strip()
    draft.rules.append("role:lead-word-cut")


def _cut_own_name(view: DocView, draft) -> None:
    org = draft.to_org or draft.from_org
    role, name = shadow(draft.role), shadow(org)
    if not org or len(role) <= len(name) or not role.startswith(name):
        return
    rest = role[len(name) :]
    for mention in view.orgs.inside(draft.sentence.start, draft.sentence.end):
        if view.simple[mention.start : mention.end] != name:
            continue
        # The name must end where the article's organization mention ends, a former mark
        # allowed after it (`星河前首席研究官`), and a title, not a unit, must follow:
        # `京东云事业部总裁` names a unit of 京东 and stays whole.
        more = _POST_PREFIX.match(view.simple, mention.end)
        at = more.end() if more else mention.end
        if not view.simple.startswith(rest, at):
            continue
        titles = view.titles.starting(at, at + 1)
        if not titles:
            # role:own-name-qualified — `出任星河台湾研发中心资深总监` joining 星河: a region or a
            # centre between the name and a title of rank; the name goes, the rest is the post.
            # Not a unit headed by its 负责人 (`美团平台负责人`) nor one with a unit's head word
            # (`京东云事业部总裁`): the name is the unit's.
            end = at + len(rest)
            ranked = [t for t in view.titles.ending(end, end) if t.start > at]
            heads = tuple(word_list("head_of_unit_titles"))
            # `智能驾驶事业部(L4)总经理`: a unit's bracketed alias is the unit's name, kept whole.
            if not ranked or rest.endswith(heads) or rest[:1] in "(（" or _unit().search(view.simple, mention.start, end):
                return
            draft.role = draft.role[len(org) :].strip()
            draft.rules.append("role:own-name-qualified")
            return
        if _unit().search(view.simple, at, titles[0].end):
            return
        # `美团平台负责人`: the head of a unit whose name starts with the organization's.
        heads = tuple(word_list("head_of_unit_titles"))
        if rest not in heads and rest.endswith(heads):
            return
        draft.role = draft.role[len(org) :].strip()
        draft.rules.append("role:own-name-again")
        return


@cache
def _unit() -> re.Pattern[str]:
    """A unit's head inside a post: `事业部`, `团队` (org_identity.unit_heads)."""
    return re.compile("|".join(map(re.escape, unit_heads("bare"))))


def _keep_unit_pair(view: DocView, draft) -> None:
    at = view.text.find(draft.role, draft.sentence.start, draft.sentence.end)
    if at < 2 or view.simple[at - 1] not in "及与和":
        return
    link = at - 1
    # The left word ends the walk at a name, an organization, a title, a date or a verb.
    low = max(0, link - 4)
    ends = [m[1] for group in (view.persons, view.orgs, view.titles) for m in group.ending(low, link)]
    wall = max([view.last_wall(link), draft.sentence.start, *ends])
    start = link
    while start > wall and link - start < 4 and _CJK_WORD.fullmatch(view.simple[start - 1]):
        start -= 1
    if link - start < 2 or any(group.ending(start + 1, link) for group in (view.persons, view.orgs, view.titles)):
        return
    if _LEAD.search(view.simple, start, link):
        return  # `宣布与CTO A`: a verb, no unit
    draft.role = view.text[start : at + len(draft.role)]
    draft.rules.append("role:unit-pair-kept")


def _share_titles(view: DocView, drafts: list) -> None:
    titled = [d for d in drafts if d.role and "role:title-before-name" in d.rules]
    if not titled:
        return
    for draft in drafts:
        if draft.role or "role:none" not in draft.rules:
            continue
        for other in titled:
            # The same move: `研究员A和B离开星河,回流北辰` gives A's move no title, nor B's.
            if other.sentence != draft.sentence or (other.from_org, other.to_org) != (draft.from_org, draft.to_org):
                continue
            if _listed_after(view, draft.sentence, other.person, draft.person):
                draft.role = other.role
                draft.rules.append("role:shared-title")
                break


def _listed_after(view: DocView, sentence, first: str, later: str) -> bool:
    """`first` opens a list of names that `later` is in: between them only names,
    their bracketed aliases and the list's links (`、`, `和`, `与`, `及`)."""
    persons = view.persons.inside(sentence.start, sentence.end)
    for index, mention in enumerate(persons):
        if mention.key != first:
            continue
        end = mention.end
        for after in persons[index + 1 :]:
            gap = PARENTHESIS.sub("", view.simple[end : after.start])
            if not _NAME_LIST_GAP.fullmatch(gap):
                break
            if after.key == later:
                return True
            end = after.end
    return False


def _respectively_later(view: DocView, drafts: list) -> None:
    waiting: dict[tuple, list] = {}
    for draft in drafts:
        if draft.to_org and not draft.role:
            waiting.setdefault((draft.sentence.start, draft.to_org), []).append(draft)
    for group in waiting.values():
        people = list(dict.fromkeys(d.person for d in group))
        if len(people) < 2:
            continue
        sentence, last = group[0].sentence, max(d.end for d in group)
        verb = next((t for t in view.triggers.starting(last, sentence.end) if view.simple.endswith("分别", 0, t.start_char)), None)
        if verb is None or view.persons.inside(last, verb.start_char):
            continue
        clause = sentence.clause_at(verb.start_char)
        titles = _title_list(view, verb.end_char, clause.end)
        if len(titles) != len(people):
            continue
        order = sorted(people, key=lambda key: _first_at(view, sentence, key))
        floors = [verb.end_char] + [t.end for t in titles[:-1]]
        roles = {p: title_phrase(view, t, f, coordinated=False) for p, t, f in zip(order, titles, floors)}
        for draft in group:
            draft.role = roles[draft.person]
            draft.rules.append("role:respectively-later")


def _title_list(view: DocView, start: int, end: int) -> list:
    """The titles after a verb, one post each, linked by `和`, `、`, `与`, `及`
    (`首席架构师和编译器团队负责人`); `副总裁兼CTO` is one post."""
    titles: list = []
    for title in view.titles.starting(start, end):
        if titles and not any(link in view.simple[titles[-1].end : title.start] for link in "和、与及"):
            continue
        titles.append(title)
    return titles


def _first_at(view: DocView, sentence, key: str) -> int:
    return next((m.start for m in view.persons.inside(sentence.start, sentence.end) if m.key == key), sentence.end)
