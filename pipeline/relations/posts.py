"""Posts held: the title a person has at an organization, wherever the article
states it, so that a leave stated without a title takes the last one stated.

ANNOTATION.md: a position held with no change stated gives no record, but "the
role still fills the role of a nearby move of the same person at the same
organization". News states the post once and the leave later, or the leave
first and the post after it:
- a title written before the name: `原百度Apollo自动驾驶技术总监A` … `A离开百度`;
- a serving verb: `先后担任感知总监、自动驾驶总监` … `从小鹏汽车离职` (the last
  of a list is the post held last), `从蚂蚁集团辞职,此前担任蚂蚁集团AI基础设施负责人`;
- a join that states its role: `加入蔚来担任智驾产品负责人,今年初从蔚来离职`.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from talentflow.resources import lexicon
from talentflow.relations.coref import Mention
from talentflow.relations.docview import PARENTHESIS, DocView
from talentflow.resources.org_identity import bare_unit, employer
from talentflow.relations.roles import title_phrase
from talentflow.text.sentences import Clause, Sentence
from talentflow.text.textnorm import shadow
from talentflow.resources.patterns import rule, word_list

# Between an organization and the title of its member: `苹果基础模型团队的三名研究员`.
_DESCRIBING_GAP = rule("describing-gap")
# `李四创办的星河`: a founder's name describing an organization (organizations.py).
_FOUNDED_BY = rule("founded-by-relative")
_PERFECTIVE = rule("perfective-after-verb")
# `从分析员做起`, `从产品经理升职为副总裁`: the post a career at the organization started from.
_STARTING = rule("starting-post")
# A promotion verb before the post taken up at the same employer (role:promoted-post).
_PROMOTED = rule("promoted-post")
_CLAUSE_BREAKS = frozenset(",;:。!?")
# Between a serving verb and its title: no clause break, no list.
_NOT_IN_POST_GAP = re.compile(r"[,;:。!?、]")

# The people a serving verb at an offset is said of (subjects.subject_of).
Subject = Callable[[DocView, Sentence, Clause, int], list[Mention]]


class Post(NamedTuple):
    at: int  # where the article states it
    person: str  # the person's full name (Mention.key)
    employer: str  # roles.employer: a unit counts as its company
    title: str  # as roles.title_phrase quotes it
    since: str = ""  # when the person took it up, if the article says
    returned: bool = False  # taken up on a return (回流, 重返): after an earlier leave
    how: str = ""  # the rule id that read it, when it adds one (role:promoted-post)


def fill_left_roles(view: DocView, drafts: list, subject: Subject) -> None:
    """A leave with no title of its own takes the post its person last held there,
    stated before the end of the leave's sentence (a join's role, filled first by
    `fill_joined_roles`, is such a post)."""
    fill_joined_roles(view, drafts)
    waiting = [d for d in drafts if d.kind == "leave" and not d.role and d.from_org]
    if not waiting:
        return
    # Only posts that can fill one: of these people, at these employers, anywhere in the article.
    wanted = _Wanted({d.person for d in waiting}, {employer(d.from_org) for d in waiting}, max(d.sentence.end for d in waiting))
    posts = _posts(view, drafts, subject, wanted)
    for draft in waiting:
        own = employer(draft.from_org)
        mine = [p for p in posts if p.person == draft.person and p.employer == own and _before(p, draft.time)]
        held = [p for p in mine if p.at < draft.sentence.end]
        how = "role:post-memory"
        if not held:
            # role:post-stated-later — `A已从星河离职。此前他在星河担任研发总监`, `A(星河副总裁)表示`:
            # the leave told first, the post held there after it (the last one stated, as a
            # biography lists them in turn); not one taken up on a return (回流星河,出任…).
            held = [p for p in mine if not p.returned]
            how = "role:post-stated-later"
        if held:
            last = max(held)
            draft.role = last.title
            draft.rules.append(how)
            if last.how:
                draft.rules.append(last.how)


def fill_joined_roles(view: DocView, drafts: list) -> None:
    """role:later-serve — a join with no title of its own takes the post a serving verb
    states later in its sentence, when no one else is named in between and no other
    move of the sentence comes first: `加入星河,在新的组织架构中担任平台负责人`,
    `2015年加入星河,创建了AI团队,担任首席科学家`. Not `加入星河,其同事李四担任CTO`."""
    for draft in drafts:
        if not draft.to_org or draft.role or draft.end <= draft.start:
            continue
        sentence = draft.sentence
        # The next move of the sentence (another verb's record) ends the reach.
        # 加入了李四创办的星河,担任…: the founding of the organization joined describes it, and ends nothing.
        stop = min(
            (d.start for d in drafts if d.sentence == sentence and d.start > draft.end and not (d.verb_kind == "found" and d.to_org == draft.to_org)),
            default=sentence.end,
        )
        post, how = _later_post(view, draft, sentence, stop)
        if not post:
            post, how = _starting_post(view, draft, stop)
        if post:
            draft.role = post
            draft.rules.extend(how.split())


def _later_post(view: DocView, draft, sentence: Sentence, stop: int) -> tuple[str, str]:
    for trigger in view.triggers.starting(draft.end, stop):
        # role:later-post-verb — `加盟星河,负责海外业务,接任首席运营官一职`: a verb that takes
        # up a post, with the post and no organization after it, names the join's post too.
        how = "role:later-serve" if trigger.label_ == "serve" else "role:later-post-verb"
        verb = view.simple[trigger.start_char : trigger.end_char]
        if how != "role:later-serve" and verb not in word_list("later_post_verbs") and verb not in lexicon.verbs_with("post-only"):
            continue
        # role:founder-name-passed — `加入了李四创办的星河,担任产品主管`: the founder's name
        # describes the organization joined (org:founder-relative); the post is still the joiner's.
        founder = _founder_end(view, draft)
        if any(p.key != draft.person for p in view.persons.inside(founder, trigger.start_char)):
            return "", ""  # 加入星河,李四担任CTO: another person's post
        if founder > draft.end:
            how += " role:founder-name-passed"
        if view.simple.endswith("分别", 0, trigger.start_char):
            return "", ""  # A和B加入星河,分别出任X和Y: one post each (role_finish.py, role:respectively-later)
        clause = sentence.clause_at(trigger.start_char)
        titles = [t for t in view.titles.starting(trigger.end_char, min(clause.end, stop)) if not _NOT_IN_POST_GAP.search(view.simple, trigger.end_char, t.start)]
        if not titles:
            continue
        title = titles[0]
        # 加入小鹏汽车,先后担任感知总监、自动驾驶总监: the first of posts held in turn is the one joined as.
        if view.dates.inside(draft.end, trigger.start_char):
            return "", ""  # 1990年加入星河,2019年担任北辰联盟副总裁: a later step of a résumé
        own = employer(draft.to_org)
        if any(employer(o) != own and not bare_unit().search(o.text) for o in view.orgs.inside(founder, title.start)):
            return "", ""  # 加入星河,兼任北辰科技顾问 / 加入何某创立的UC,担任…: a post elsewhere
        # The post as written after the verb, with the organization it names (`担任美团平台负责人`).
        return title_phrase(view, title, trigger.end_char), how
    return "", ""


def _starting_post(view: DocView, draft, stop: int) -> tuple[str, str]:
    """role:starting-post — `加入星河证券,从分析员做起`, `加盟后从产品经理升职为副总裁`:
    the post a career there started from is the one joined as."""
    found = _STARTING.search(view.simple, draft.end, stop)
    if found is None or view.persons.inside(draft.end, found.start()) and any(
        p.key != draft.person for p in view.persons.inside(draft.end, found.start())
    ):
        return "", ""
    titles = view.titles.ending(found.end("post"), found.end("post"))
    if not titles or titles[-1].start < found.start("post") or view.orgs.inside(found.start("post"), titles[-1].start):
        return "", ""  # 从星河科技升任…: a place, not a post
    return title_phrase(view, titles[-1], found.start("post")), "role:starting-post"


def _founder_end(view: DocView, draft) -> int:
    """Where `李四创办的` ends after a join's verb, or the verb's end."""
    if "org:founder-relative" not in draft.rules:
        return draft.end
    at = _PERFECTIVE.match(view.simple, draft.end).end()
    founding = _FOUNDED_BY.match(view.simple, at)
    return founding.end() if founding else draft.end


class _Wanted(NamedTuple):
    persons: set[str]
    employers: set[str]
    told: int  # where the last leave's sentence ends: a title after it must touch the name


def _posts(view: DocView, drafts: list, subject: Subject, wanted: _Wanted) -> list[Post]:
    posts = [
        Post(d.start, d.person, employer(d.to_org), d.role, d.time, _returns(d.trigger))
        for d in drafts
        if d.to_org and d.role
    ]
    posts += _described(view, wanted)
    posts += _served(view, drafts, subject, wanted)
    return posts


def _returns(trigger: str) -> bool:
    # A leave merged with the join after it reads `辞职…回流到`; the trigger is as
    # written, so a traditional `回歸` is shadowed to 回归 before the comparison.
    returning = lexicon.verbs_with("return")
    return any(shadow(verb) in returning for verb in trigger.split("…"))


def _before(post: Post, left: str) -> bool:
    """Could the person have held the post when leaving at `left`? A return
    (`回流到小鹏汽车,担任…`) is a later stint than the leave of a biography,
    unless the dates say otherwise."""
    if post.since and left:
        return not_after(post.since, left)
    return not post.returned


def not_after(first: str, then: str, *, strictly: bool = False) -> bool:
    """Compare two times as the records write them (`2024`, `2024-11`, `2024-11-05`), to
    the precision both have: `2024` is not after `2024-11`, nor strictly before it."""
    common = min(len(first), len(then))
    return first[:common] < then[:common] if strictly else first[:common] <= then[:common]


def _described(view: DocView, wanted: _Wanted) -> list[Post]:
    """`原百度Apollo自动驾驶技术总监A`: the title before a name, at the organization before it."""
    posts = []
    for person in view.persons:
        if person.key not in wanted.persons:
            continue
        titles = view.titles.ending(person.start - 2, person.start)
        if person.start >= wanted.told:
            # 星河发言人对A的去向不予置评: after the leave, only a title written against the name.
            titles = [t for t in titles if t.end == person.start]
        orgs = describing_org(view, person) if titles else []
        if orgs:
            # 前特斯拉Optimus工程负责人: the company is left out of the post, its product or unit kept.
            company = orgs[0]
            while True:
                ahead = view.orgs.ending(company.start, company.start)
                if not ahead:
                    break
                company = ahead[-1]
            floor = view.sentence_start(person.start)
            title = title_phrase(view, titles[-1], floor, own_org=company)
            posts.append(Post(person.start, person.key, employer(orgs[0]), title))
        elif not titles:
            posts += _appositive(view, person)
    return posts


def _appositive(view: DocView, person: Mention) -> list[Post]:
    """role:post-stated-later — `A(星河副总裁)`, `A,星河首席架构师,`: the organization and
    its title written right after the name, closed by the bracket or the next comma."""
    opening = view.simple[person.end : person.end + 1]
    if opening not in ("(", ","):
        return []
    close = ")" if opening == "(" else ","
    end = view.simple.find(close, person.end + 1, person.end + 32)
    if end < 0:
        return []
    orgs = view.orgs.starting(person.end + 1, person.end + 2)
    titles = view.titles.ending(end, end)
    if not orgs or not titles or titles[-1].start < orgs[0].end:
        return []
    org, title = orgs[0], titles[-1]
    if view.persons.inside(org.end, end):
        return []
    phrase = title_phrase(view, title, org.end, own_org=org)
    return [Post(person.start, person.key, employer(org), phrase)] if phrase else []


def _served(view: DocView, drafts: list, subject: Subject, wanted: _Wanted) -> list[Post]:
    """`先后担任A、B` (the last title is the post held last), `在X担任Y`, `担任X的Y`;
    the verbs that name a join's post later (`加盟星河,后历任副总裁、总裁`) state posts
    held there too."""
    posts = []
    for sentence in view.sentences:
        for verb_start, verb_end, how in _serving_verbs(view, sentence):
            clause = sentence.clause_at(verb_start)
            titles = view.titles.starting(verb_end, clause.end)
            if not titles:
                continue
            title = titles[-1]
            floor = titles[-2].end if len(titles) > 1 else verb_end
            named = view.orgs.inside(floor, title.start)  # 担任蚂蚁集团AI基础设施负责人
            # 在小鹏汽车担任…, 加入蔚来担任…: the organization before the verb.
            before = named[-1:] or view.orgs.inside(clause.start, verb_start)[-1:]
            if before and employer(before[0]) not in wanted.employers:
                continue
            if how and not before and _other_employer_between(view, drafts, sentence, verb_start):
                continue  # 延揽为华为社长,一年后升任执行长: the promotion is at the employer named last
            for person in subject(view, sentence, clause, verb_start):
                # 加入小鹏汽车,先后担任…: the join of the sentence before the verb, taken up when it was.
                joined = [
                    d for d in drafts
                    if d.person == person.key and d.sentence == sentence and d.to_org and d.start < verb_start
                ]
                if before:
                    at = employer(before[0])
                    joined = [d for d in joined if employer(d.to_org) == at]
                elif joined:
                    at = employer(joined[-1].to_org)
                else:
                    continue
                own = None if named else (before[0] if before else None)
                if how and named and view.titles.starting(named[-1].end, named[-1].end + 1):
                    own = named[-1]  # 升任星河高级副总裁: the employer is not repeated in the post
                phrase = title_phrase(view, title, floor, own_org=own)
                since, returned = (joined[-1].time, _returns(joined[-1].trigger)) if joined else ("", False)
                posts.append(Post(verb_start, person.key, at, phrase, since, returned, how))
    return posts


def _other_employer_between(view: DocView, drafts: list, sentence: Sentence, at: int) -> bool:
    """`出任星河大学助理教授,2020年晋升为副教授`: an unnamed promotion is at the employer
    joined before it in its sentence, unless another organization is named in between."""
    joined = [d for d in drafts if d.sentence == sentence and d.to_org and d.start < at]
    if not joined:
        return True
    own = employer(joined[-1].to_org)
    return any(employer(o) != own for o in view.orgs.inside(joined[-1].end, at))


def _serving_verbs(view: DocView, sentence: Sentence) -> list[tuple[int, int, str]]:
    """The verbs of a sentence that state a post held: the serving triggers, the verbs
    that name a join's post later, and (role:promoted-post) a promotion at the
    employer: `2012年升任星河高级副总裁。2015年他从星河离职` leaves as 高级副总裁;
    so do `被提拔为北辰全球副总裁`, `晋升为星河首席架构师`."""
    later = word_list("later_post_verbs")
    spans = [
        (t.start_char, t.end_char, "")
        for t in view.triggers.starting(sentence.start, sentence.end)
        if t.label_ == "serve" or view.simple[t.start_char : t.end_char] in later
    ]
    taken = {start for start, _, _ in spans}
    for found in _PROMOTED.finditer(view.simple, sentence.start, sentence.end):
        if found.start() not in taken:
            spans.append((found.start(), found.end(), "role:promoted-post"))
    return sorted(spans)



def describing_org(view: DocView, person: Mention) -> list[Mention]:
    """`Anthropic工程师A`, `谷歌语音(Speech AI)团队的两名工程师A`: the
    organization written just before a name and its title."""
    # The rules of a sentence's several triggers ask it about the same name.
    return list(view.memoized(("describing org", person), _find_describing_org, view, person))


def _find_describing_org(view: DocView, person: Mention) -> list[Mention]:
    head = person.start
    titles = [t for t in view.titles.ending(head - 1, head) if view.simple[t.end : head] not in _CLAUSE_BREAKS]
    if titles:
        head = titles[-1].start
    # The last organization that fits, looked for from the name backwards; none ending
    # before a comma or full stop does (the gap keeps it), so the search stops there.
    # A line break is a stop too: `…加入华为` ending one list line does not describe the
    # name opening the next (`白文涛:周四确认离职`).
    near = view.orgs.ending(max(view.last_stop(head), view.simple.rfind("\n", 0, head)) + 1, head)
    org = next((o for o in reversed(near) if _DESCRIBING_GAP.fullmatch(PARENTHESIS.sub("", view.simple[o.end : head]))), None)
    if org is None:
        return []
    # `OpenAI副总裁、ChatGPT负责人A`, `百度高级副总裁、搜索公司总裁A`: in posts listed
    # together the first names the employer, the later ones its units and products.
    while view.simple[org.start - 1 : org.start] == "、":
        title = view.titles.ending(org.start - 1, org.start)
        before = view.orgs.ending(view.last_stop(title[0].start) + 1, title[0].start) if title else []
        if not before or not _DESCRIBING_GAP.fullmatch(view.simple[before[-1].end : title[0].start]):
            break
        org = before[-1]
    return [org]
