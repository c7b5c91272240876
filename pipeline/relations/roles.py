"""Roles: the post a record's person takes up or leaves, as the article writes it.

ANNOTATION.md: the title at `to_org` (for a leave, at `from_org`). A post is
quoted whole: with the unit it heads (`规划控制团队负责人`), with titles
coordinated to it (`首席科学家和副院长`, `总裁和COO`) and with the organization it
names (`出任京东云事业部总裁` after `加盟京东`). Only the name the record takes
its organization from is not repeated in the role: `京东集团CTO张晨宣布离职` is a
leave of 京东集团 as CTO.
"""

from __future__ import annotations

import re

from talentflow.relations.coref import Mention
from talentflow.relations.docview import PARENTHESIS, DocView, ends_with
from talentflow.resources.org_identity import bare_unit, employer, known_org
from talentflow.resources.patterns import rule, word_list

# `担任研究员`, `出任CTO`, `,任首席科学家`: a title after the organization.
# `加入OpenAI,担任研究员`, `加入歡聚時代(YY),擔任CTO`, `MSL的研究科学家`: only link
# words between the organization and its title (`蔚来后直接向创始人李斌汇报` is no role).
# `上任南方科技大学第3任校长`: an ordinal of the office (role:ordinal-post) is no part of the title.
ROLE_LINK = rule("role-link")
# `,目前担任` + `新组建的可解释性团队` + title (`任命A为` + post): a post named at length after a link verb,
# possibly with a bracketed alias inside (`云图AI Lab(云图人工智能实验室)主任`).
_ROLE_VERB_PHRASE = rule("role-verb-phrase")
# What a post's name never starts with: `另一位`, `三名`, `前`, `新组建的`.
_POST_PREFIX = rule("post-prefix")
# A post of the past: `前Waymo规划算法工程师`, `原百度Apollo技术总监`.
_FORMER = rule("role-former")
_POST_STOPS = frozenset(",;:。!?、()的和与及暨了而也还则都就又再 \n\"“”「」—")
# Between two titles of one post: `首席科学家和副院长`, `联合创始人兼CEO`.
_TITLE_COORDINATION = rule("title-coordination")
# A run of the characters _TITLE_COORDINATION is made of.
_LINKING_RUN = rule("title-link-run")
_NOT_IN_POST = re.compile(r"[\s,;:。!?、的()]")
_AS_ROLE = rule("as-role")
# role:delegated-post — `挖来了A,由其担任首席科学家`: the post handed to the person hired.
_DELEGATED = rule("delegated-post-link")
_AS_ONE = rule("as-one-role")
_OWN_NOUN = rule("own-noun")
# role:address-skipped — `委任林某教授为院长`: the form of address after the name is no post.
_ADDRESS_LINK = rule("address-before-link")
# How far left of its title a post's name may reach, brackets not counted.
_MAX_POST = 16
_LATIN_CHAR = re.compile(r"[A-Za-z0-9]")
# 分别 and the verb after it, before the first of the posts it hands out (structural).
_RESPECTIVELY = re.compile(r"分别(?:为|出任|担任|任|是)?")


def title_phrase(view: DocView, title: Mention, floor: int, *, own_org: Mention | None = None, coordinated: bool = True) -> str:
    """A title as the post the article names: `Seed语言模型团队技术负责人`.

    Extends left from the title over plain words and organization names, never
    past `floor`, punctuation, 的, a name, a date, a trigger or `own_org` (the
    record's organization, stated already). A bracketed organization alias
    inside the post is left out (`AI Lab(人工智能实验室)主任` → `AI Lab主任`).
    """
    start, cuts = _post_start(view, title, floor, own_org) if coordinated else _phrase_start(view, title, floor, own_org)
    end = title.end
    if coordinated:
        after = _coordinated_after(view, end)
        while after is not None:
            end = after.end
            after = _coordinated_after(view, end)
    pieces, at = [], start
    for cut_start, cut_end in cuts:
        pieces.append(view.text[at:cut_start])
        at = cut_end
    pieces.append(view.text[at:end])
    return "".join(pieces).strip()


def _post_start(view: DocView, title: Mention, floor: int, own_org: Mention | None) -> tuple[int, list[tuple[int, int]]]:
    """Where the post ending in `title` starts, titles coordinated before it included."""
    # role_of asks it up to three times about one title: is it a former post, does it name
    # another employer, and what is its phrase.
    return view.memoized(("post start", title, floor, own_org), _find_post_start, view, title, floor, own_org)


def _find_post_start(view: DocView, title: Mention, floor: int, own_org: Mention | None) -> tuple[int, list[tuple[int, int]]]:
    start, cuts = _phrase_start(view, title, floor, own_org)
    before = _coordinated_before(view, start)
    while before is not None:
        start, more = _phrase_start(view, before, floor, own_org)
        cuts = more + cuts
        before = _coordinated_before(view, start)
    return start, cuts


def _phrase_start(view: DocView, title: Mention, floor: int, own_org: Mention | None) -> tuple[int, list[tuple[int, int]]]:
    floor = max(floor, view.last_wall(title.start))
    if own_org is not None and own_org.end and own_org.end <= title.start:
        floor = max(floor, own_org.end)
    start, cuts, length = title.start, [], 0
    while start > floor and length < _MAX_POST:
        char = view.simple[start - 1]
        if char == ")":
            opening = view.simple.rfind("(", floor, start - 1)
            if opening <= floor or start - opening > 32:
                break  # `华为车BU(智能汽车解决方案BU)`: the alias of the organization left out
            if view.orgs.inside(opening + 1, start - 1):
                cuts.insert(0, (opening, start))  # the alias repeats the name before it
            start = opening
            continue
        if char == " " and view.simple[start - 2 : start - 1].isascii() and view.simple[start : start + 1].isascii():
            start -= 1  # `AI Lab主任`: a space inside a Latin name
            continue
        # `先进封装技术暨服务处处长`: 暨 inside a unit's name; after a title (`董事长暨总经理`) it joins two posts.
        if char in _POST_STOPS and not (char == "暨" and not view.titles.ending(start - 1, start - 1)):
            break
        start -= 1
        length += 1
    # role:latin-word-whole — `Cohere副总裁兼Command产品线负责人` at the length limit: a
    # post never starts inside a Latin word (`re副总裁…`); the cut word is left out.
    while start < title.start and _LATIN_CHAR.match(view.simple, start - 1) and _LATIN_CHAR.match(view.simple, start) and length >= _MAX_POST:
        start += 1
    if own_org is not None and own_org.start >= title.end:
        # role:own-name-cut — `清华大学教授A离开清华大学`: the organization the record names
        # after the verb is not repeated in the post (教授); another one stays (`京东云事业部总裁`).
        named = next((o for o in view.orgs.starting(start, start + 1) if o.end <= title.start), None)
        own = view.simple[own_org.start : own_org.end]
        written = view.simple[named.start : named.end] if named is not None else ""
        # The same name, or it with its legal tail (`京东集团` … `京东`); not a unit (`阿里iDST` … `阿里`).
        if written and written.startswith(own) and (written == own or written[len(own) :] in word_list("org_name_tails")):
            start = named.end
    prefix = _POST_PREFIX.match(view.simple, start, title.start)
    if prefix:
        start = prefix.end()
    if own_org is not None and start == own_org.end:
        # role:org-name-tail — `极狐品牌前总裁`, `紫光股份公司董事长`: the words that finish the
        # organization's name are not the post's (`品牌总监` is one title and stays whole).
        tail = next((w for w in word_list("org_name_tails") if view.simple.startswith(w, start, title.start)), "")
        if tail:
            start += len(tail)
            prefix = _POST_PREFIX.match(view.simple, start, title.start)
            start = prefix.end() if prefix else start
    if start < title.start - 1 and _FORMER.fullmatch(view.simple, title.start - 1, title.start):
        cuts.append((title.start - 1, title.start))  # `基础模型团队前负责人`: the post, not when it was held
    return start, [cut for cut in cuts if cut[0] >= start]


def _coordinated_before(view: DocView, start: int) -> Mention | None:
    # Only a title ending within the spaces and 和/与/及/兼// right before `start` can be linked.
    reach = start
    while reach > 0 and _LINKING_RUN.fullmatch(view.simple, reach - 1, reach):
        reach -= 1
    return next(
        (t for t in view.titles.ending(reach, start - 1) if _TITLE_COORDINATION.fullmatch(view.simple[t.end : start])),
        None,
    )


def _coordinated_after(view: DocView, end: int) -> Mention | None:
    reach = _LINKING_RUN.match(view.simple, end).end()
    return next(
        (t for t in view.titles.starting(end + 1, reach + 1) if _TITLE_COORDINATION.fullmatch(view.simple[end : t.start])),
        None,
    )


def post_after(view: DocView, org: Mention | None, limit: int, sentence) -> Mention | None:
    """The title stated for the organization: `加入OpenAI担任研究员`,
    `回归特斯拉,出任Optimus人形机器人项目软件负责人` (the whole post named after 出任)."""
    if org is None:
        return None
    # A record asks twice: is the school a post (frames.read_trigger), and what is the role.
    limit = min(limit, sentence.end)
    return view.memoized(("post_after", org, limit), _post_after, view, org, limit)


def _post_after(view: DocView, org: Mention, limit: int) -> Mention | None:
    address = _ADDRESS_LINK.match(view.simple, org.end, limit) if org.label == "PERSON" else None
    if address is not None:
        # 委任林某博士为首席科学官, 任命林某教授为院长: the post starts past the address.
        org = Mention(org.start, address.end(), org.label, org.text, org.key)
    for title in view.titles.starting(org.end, limit):
        gap = view.simple[org.end : title.start]
        if ROLE_LINK.fullmatch(PARENTHESIS.sub("", gap)):
            if not gap.strip() or gap.startswith("("):
                if bare_unit().search(view.simple, org.start, org.end):
                    # 不再担任自动驾驶事业部(L4)总经理: a unit is part of the post's name.
                    return Mention(org.start, title.end, "TITLE", title_phrase(view, title, org.start), title.key)
            # 聘任A女士为公司总经理: the form of address and the link words are no part of the post.
            floor = title.start if gap.lstrip().startswith(tuple(word_list("name_honorifics"))) else org.end
            return Mention(title.start, title.end, "TITLE", title_phrase(view, title, floor, own_org=org), title.key)
        described = bool(view.persons.starting(title.end, title.end + 2))  # 宣布负责人A离职: A's title
        # `出任微软研究院(MSR)语音组负责人`: the organization's bracketed alias is no part of the gap.
        bare = PARENTHESIS.sub("", gap) if gap.startswith("(") else gap
        if 0 < len(bare) <= 8 and not _NOT_IN_POST.search(bare) and not described:
            # 出任国立清华大学电机系教授: the unit and title written right after the organization.
            phrase = title_phrase(view, title, org.end, own_org=org)
            skipped = view.simple[org.end : title.end - len(phrase)]  # `股份公司`: role:org-name-tail
            skipped = PARENTHESIS.sub("", skipped) if skipped.startswith("(") else skipped
            if not skipped or (len(phrase) < title.end - org.end and skipped in word_list("org_name_tails")):
                return Mention(org.end, title.end, "TITLE", phrase, title.key)
        linked = _ROLE_VERB_PHRASE.fullmatch(gap)
        if linked:
            floor = org.end + linked.start("post")
            return Mention(floor, title.end, "TITLE", title_phrase(view, title, floor, own_org=org), title.key)
    return None


def role_of(view: DocView, kind: str, trigger, person: Mention, org: Mention | None, next_start: int, sentence, *, fixed: str = "", moved: bool = False) -> tuple[str, str]:
    """The role of one record and the id of the role rule that chose it; `fixed` is
    the role a verb itself states (创办 → 创始人)."""
    if kind == "found":
        return fixed, "role:verb-fixed"
    # A title on the line before (`郑海川,原首席财务官\n林若溪,…` in a roster) is that line's person's.
    described = [t for t in view.titles.ending(person.start - 2, person.start) if t.start >= sentence.start and "\n" not in view.simple[t.end : person.start]]
    if kind in ("past", "origin"):
        # `首席执行官:林若溪(延揽自北辰)`: the post heading a roster line before its colon is
        # the one taken up (the line-up's join), not the one held where the person comes from.
        described = [t for t in described if view.simple[t.end : person.start].strip() not in (":", "：")]
    if kind == "hire":
        delegated = _delegated_post(view, person, next_start, sentence)
        if delegated:
            return delegated, "role:delegated-post"
        # 委任独立董事A为首席财务官, 任命A为副总裁: the post the person is appointed to.
        later = post_after(view, person, next_start, sentence)
        if later is not None:
            addressed = _ADDRESS_LINK.match(view.simple, person.end, next_start)
            return later.text, "role:address-skipped" if addressed else "role:post-after-name"
    if kind in ("hire", "fire") and described:
        # 引入了首席顾问A、副总裁B: each its own title; 将前字节跳动…负责人A纳入麾下: a post left.
        if kind == "hire" and _names_other_employer(view, described[-1], sentence.start, org):
            # 谷歌聘请了Windsurf首席执行官A: the post A holds elsewhere, not the one taken up.
            later = post_after(view, person, next_start, sentence)
            return (later.text, "role:post-after-name") if later is not None else ("", "role:title-elsewhere")
        if kind == "hire" and _marked_former(view, described[-1], sentence.start, org):
            later = post_after(view, person, next_start, sentence)  # 聘请前X专家A担任…负责人
            return (later.text, "role:post-after-name") if later is not None else ("", "role:none")
        return title_phrase(view, described[-1], sentence.start, own_org=org, coordinated=False), "role:title-before-name"
    if kind == "hire" and not described:
        # 鸿海宣布延揽A担任集团策略长: the hirer is named before the verb, the post after the person hired.
        later = post_after(view, person, next_start, sentence)
        if later is not None:
            return later.text, "role:post-after-name"
    after = post_after(view, org, next_start, sentence) if org is not None and org.end else None
    if after is not None and described and _someone_elses(view, after, described[-1]):
        # role:own-title-nearer — `星河副总裁A、B,以及执行总监C均已辞职`: the title after the
        # organization is A's; C left as the title written right before C's name.
        return title_phrase(view, described[-1], max(sentence.start, after.end), own_org=org), "role:own-title-nearer"
    if after is not None:
        return after.text, "role:post-after-org"
    # 北辰宣布A出任CTO: the title right after the verb when the organization came before;
    # 辞任本公司高级副总裁一职: past the filer's own noun (own-noun), which names no other employer.
    own = _OWN_NOUN.match(view.simple, trigger.end_char, next_start)
    after_verb = own.end() if own else trigger.end_char
    right = view.titles.starting(after_verb, min(after_verb + 3, next_start))
    if right and (org is None or org.end <= trigger.start_char):
        return title_phrase(view, right[0], after_verb, own_org=org), "role:title-after-verb"
    as_role = [t for t in view.titles.inside(person.end, trigger.start_char) if ends_with(_AS_ROLE, view.simple, t.start)]
    if as_role:
        return as_role[-1].text, "role:as-title"
    # role:as-one — `作为一名搜索工程师加入北辰`: the post after `作为一名`, quoted whole.
    one = next((m for m in _AS_ONE.finditer(view.simple, person.end, trigger.start_char)), None)
    titles = view.titles.inside(one.end(), trigger.start_char) if one else []
    if titles and titles[-1].end == trigger.start_char and not _NOT_IN_POST.search(view.simple, one.end(), titles[-1].start):
        return title_phrase(view, titles[-1], one.end(), coordinated=False), "role:as-one"
    if kind == "intern":
        return fixed, "role:verb-fixed"
    # 自动驾驶副总裁吴新宙 / 研究科学家张三加入: the title written before the name is
    # held where the person comes from: a join's role only when nothing is left.
    if described:
        title = described[-1]
        org_before = bool(view.orgs.ending(title.start - 1, title.start))
        if _names_other_employer(view, title, sentence.start, org):
            return "", "role:none"  # 蔚来自动驾驶副总裁A同出于Momenta: not the post A left Momenta from
        if kind in ("leave", "past", "origin"):
            return title_phrase(view, title, sentence.start, own_org=org), "role:title-before-name"
        if not org_before and not moved and not _marked_former(view, title, sentence.start, org):
            return title_phrase(view, title, sentence.start, own_org=org), "role:title-before-name"
    return "", "role:none"


def _delegated_post(view: DocView, person: Mention, next_start: int, sentence) -> str:
    """`从北辰挖来了视觉负责人A,由其出任首席科学家`: the post after 由其 and its verb."""
    at = person.end
    if view.simple[at : at + 1] == "(":
        at = view.simple.find(")", at) + 1 or at  # `A(Ann Lee),由其担任`
    link = _DELEGATED.match(view.simple, at, min(next_start, sentence.end))
    if link is None:
        return ""
    title = next(iter(view.titles.starting(link.end(), min(sentence.end, link.end() + 24))), None)
    if title is None or _NOT_IN_POST.search(view.simple, link.end(), title.start):
        return ""
    return title_phrase(view, title, link.end())


def _someone_elses(view: DocView, after: Mention, own: Mention) -> bool:
    """The title after the organization comes before the person's own title, with
    another name or a clause break between them: it is another person's."""
    if after.end > own.start:
        return False
    gap = view.simple[after.end : own.start]
    return bool(view.persons.inside(after.end, own.start)) or any(mark in gap for mark in ",;、")


def _marked_former(view: DocView, title: Mention, floor: int, own_org: Mention | None) -> bool:
    """`前Waymo规划算法工程师A入职小鹏`, `港湾视觉前技术总监A`: a post marked as held before."""
    start, _ = _post_start(view, title, floor, own_org)
    return _FORMER.search(view.simple, max(floor, start - 3), title.start) is not None


def _names_other_employer(view: DocView, title: Mention, floor: int, own_org: Mention | None) -> bool:
    """`台大教授A将出任辉达…`: the post names an organization other than the record's
    (its units count as itself: `阿里iDST语音团队负责人A从阿里离职`)."""
    if own_org is None:
        return False
    start, _ = _post_start(view, title, floor, own_org)
    own = employer(own_org)
    # `Windsurf 首席执行官A`: crawled text spaces a Latin name from the post it heads.
    spaced = start
    while spaced > 0 and view.simple[spaced - 1] == " ":
        spaced -= 1
    named = view.orgs.inside(start, title.start) + [o for o in view.orgs.ending(spaced, spaced) if spaced < start]
    return any(employer(o) != own for o in named)


def distribute_roles(view: DocView, drafts: list, clause, end: int) -> None:
    """`两人分别出任X的感知负责人和规划负责人`: the n-th title goes to the n-th person."""
    people = list(dict.fromkeys(draft.person for draft in drafts))
    if len(people) < 2 or "分别" not in view.simple[clause.start : clause.end]:
        return
    titles = view.titles.inside(end, clause.end)
    if len(titles) != len(people):
        return
    # `任命A和B分别为星河董事长和总裁`: the first post starts after 分别 and its verb.
    opening = _RESPECTIVELY.search(view.simple, end, titles[0].start)
    floors = [opening.end() if opening else end] + [t.end for t in titles[:-1]]
    roles = {person: title_phrase(view, title, floor, coordinated=False) for person, title, floor in zip(people, titles, floors)}
    for draft in drafts:
        draft.role = roles[draft.person]
        draft.rules.append("role:respectively")
