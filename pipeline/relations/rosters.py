"""Rosters: the people of one move listed after the sentence that states it.

A sentence states the move for a group it does not name, and the names follow,
in the sentence or one per line:
- `小米近期多名高管离职,包括林若溪、郑海川和钱思远。`
- `此次加入月之暗面的研究员有:林若溪、郑海川、钱思远。`
- `百度宣布,以下高管已加入公司:` then `林若溪,前阿里云负责人` on its own line, and the next.
Each listed person gets the move of the governing sentence (its verb, organization
and time); the rules of moves.py then read each person's role around the name.

A list that is not of people (`包括大模型、芯片等业务`) holds no names, and a list
under a sentence with no move (`出席会议的有A、B`) is never asked about: only a
trigger verb whose subject is missing calls these rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from talentflow.relations.coref import Mention
from talentflow.relations.docview import PARENTHESIS, DocView
from talentflow.components.persons import chinese_name
from talentflow.relations.roles import title_phrase
from talentflow.resources.patterns import rule, word_list

# Where an inline roster opens after the verb: `包括`, `其中包括`, `分别是`, `名单如下:`,
# or `…的研究员有/是/为` (the verb phrase describes the group, then its names).
_INLINE_MARK = rule("roster-inline")
_MARK_TAIL = re.compile(r"\s*[:：]?\s*")
# Between two items of an enumeration: `、`, `和`, `与`, `及`, `以及`.
_SEPARATOR = rule("roster-separator")
# A listed name may carry a short description before it (`前小米总监郑海川`).
# Up to 32 characters: `负责电池与储能业务的高级副总裁 Mira Holt`, `前 Atlas 产品线经理 Noah Brennan`.
_DESCRIPTION = re.compile(r"[^,;:。、!?()]{0,32}")
_REACH = 33
# A bare item of two or three Han characters, ended by a separator, 等 or punctuation.
_BARE_ITEM = rule("roster-bare-item")
# A roster line: a bullet or number, the name, then what follows a name in a list.
_LINE_LEAD = rule("roster-line-lead")
_LINE_AFTER_NAME = re.compile(r"\s*(?:[,:;、(—|]|-|$)")
# A line's head of two to four Han characters before the separator (`高洋,小米首席工程师`).
_LINE_NAME = re.compile(r"([\u4e00-\u9fff]{2,4})(?=\s*[,:;、(—|-])")
# The governing sentence ends on a colon, or announces what follows (`如下`).
_ANNOUNCES_LIST = rule("roster-announced")
# `以下`, `如下`, `名单`: the people are said to follow.
_FOLLOWING = rule("roster-following")
_MAX_LINES = 30
# A sentence that announces its roster: `以下高管`, `名单如下`.
_ANNOUNCED = rule("roster-list-word")
# `挖走三名研究员:`: a hiring verb's counted object, then a colon before the names.
_COUNTED_COLON = rule("counted-after-colon")


def roster(view: DocView, sentence, clause, end: int, unnamed: bool) -> tuple[list[Mention], str]:
    """The people a move stated for a group lists after its verb (ending at `end`),
    and the id of the rule that found them. `unnamed`: the clause speaks of people
    it does not name (`多名高管`, `离职的成员`); else only a roster the sentence
    announces (`以下`, `如下`, `名单`) counts."""
    announced = unnamed or _ANNOUNCED.search(view.simple, clause.start, sentence.end) is not None
    # 包括 in the verb's clause or the next one: `多名高管离职,包括A、B`; `加入X的研究员有:`
    # describes the group by the move itself.
    following = next((c for c in sentence.clauses if c.start >= clause.end), None)
    limit = following.end if following else clause.end
    listed, mark = inline_roster(view, end, limit)
    how = "subject:roster-inline"
    if listed and _MARK_ENDS_CLAUSE.search(view.simple, end, clause.end):
        # `加入星河的研究员包括:A,B,C。`: the mark and a colon end the verb's own clause;
        # the list fills the rest of the sentence, its items split by commas too.
        listed, mark = inline_roster(view, end, sentence.end)
        how = "subject:roster-after-colon"
    elif not listed and unnamed and _MARK_ENDS_CLAUSE.search(view.simple, end, limit):
        # `三名高管已离开公司,分别是:A、B`: the mark ends its clause on a colon; the names
        # fill the rest of the sentence (subject:roster-after-colon).
        listed, mark = inline_roster(view, end, sentence.end)
        how = "subject:roster-after-colon"
    # The 的-form only in the verb's own clause: `离职后,公司的股东有A、B` lists people who stay.
    if listed and (announced or mark.startswith("的") and view.simple.find(mark, end) < clause.end):
        return listed, how
    listed = line_roster(view, end, sentence.end) if announced else []
    if listed:
        return listed, "subject:roster-lines"
    listed = next_sentence_roster(view, sentence) if unnamed else []
    return (listed, "subject:roster-next-sentence") if listed else ([], "")


# `他们分别是:`, `名单如下:` opening the sentence after a move stated for a group.
_NEXT_OPENER = rule("roster-next-opener")
# `高级副总裁:A、B。`: a title heading the next group of the same roster.
_TITLE_GROUP = rule("roster-title-group")
# The roster mark and a colon end the verb's clause (`分别是:`).
_MARK_ENDS_CLAUSE = rule("roster-mark-ends-clause")


def next_sentence_roster(view: DocView, sentence) -> list[Mention]:
    """`星河科技十余名高管提交了离职报告。他们分别是:总裁林某、副总裁郑某(分管研发)。
    高级副总裁:钱某、孙某。`: a move stated for unnamed people, its names in the next
    sentence opened by `他们分别是:`; sentences that go on with a title and a colon
    (`高级副总裁:`) are further groups of the same roster."""
    at = bisect_left(view.sentence_starts, sentence.end)
    people: list[Mention] = []
    opener = _NEXT_OPENER
    while at < len(view.sentences) and len(people) < _MAX_LINES:
        following = view.sentences[at]
        head = opener.match(view.simple, following.start, following.end)
        if head is None or (opener is _TITLE_GROUP and not view.titles.inside(following.start, head.end())):
            break
        start = head.end()
        first = view.persons.starting(start, start + 1) or _bare_first(view, start, following.end) or _described_first(view, start, following.end)
        if not first:
            break
        people += [p for p in listed_people(view, first[0], following.end) if p.key not in {q.key for q in people}]
        opener, at = _TITLE_GROUP, at + 1
    return people


def listed_people(view: DocView, first: Mention, end: int) -> list[Mention]:
    """The people of an enumeration that opens on `first`, up to `end`.

    `还有林若溪、郑海川、钱思远等`: every item is a name. An item the name stage missed
    (a name whose given name is also a word) counts when it looks like a name and
    stands between separators of this list: the list vouches for it.
    """
    group = [first]
    position = _after_parenthesis(view.simple, first.end)
    while position < end:
        separator = _SEPARATOR.match(view.simple, position, end)
        if separator is None or separator.end() == position:
            # `…副总裁林若溪,北辰原核心成员郑海川`: a comma goes on only to an item described
            # by its post that ends the way a list item does (`_comma_item`).
            item = _comma_item(view, position, end)
            if item is None:
                break
            if item.key not in {p.key for p in group}:
                group.append(item)
            position = _after_parenthesis(view.simple, item.end)
            continue
        at = separator.end()
        known = view.persons.starting(at, min(end, at + _REACH))
        described = known and _DESCRIPTION.fullmatch(view.simple, at, known[0].start)
        if described:
            item = known[0]
        else:
            bare = _BARE_ITEM.match(view.simple, at, end)
            if bare is None or not chinese_name(bare.group(1), whole=True):
                break
            # Not recognized before: a mention made here, its own full name.
            item = Mention(at, bare.end(), "PERSON", view.text[at : bare.end()], view.text[at : bare.end()])
        if item.key not in {p.key for p in group}:
            group.append(item)
        position = _after_parenthesis(view.simple, item.end)
    return group


def inline_roster(view: DocView, end: int, limit: int) -> tuple[list[Mention], str]:
    """`多名高管离职,包括林若溪、郑海川`: the names listed after a roster mark that
    follows the verb (ending at `end`) up to `limit`, and the mark."""
    mark = _INLINE_MARK.search(view.simple, end, limit)
    if mark is None:
        return [], ""
    at = _MARK_TAIL.match(view.simple, mark.end(), limit).end()
    first = view.persons.starting(at, at + 1) or _bare_first(view, at, limit) or _described_first(view, at, limit)
    return (listed_people(view, first[0], limit), mark.group()) if first else ([], "")


def counted_after_colon(view: DocView, end: int, limit: int) -> list[Mention]:
    """subject:counted-after-colon. `星河科技又从北辰挖来两名工程师:A、B和C`: the
    verb (ending at `end`) takes a count of people, named after the colon up to
    `limit`; the first name opens the list right after the colon (a short description
    may stand before it, as in any roster)."""
    colon = _COUNTED_COLON.match(view.simple, end, limit)
    if colon is None:
        return []
    at = colon.end()
    if "\n" in view.simple[end:at]:
        return []  # names one a line are the roster's (line_roster)
    first = view.persons.starting(at, at + 1) or _bare_first(view, at, limit) or _described_first(view, at, limit)
    return listed_people(view, first[0], limit) if first else []


# After a comma item's name: the list goes on or ends (`、`, `和`, `,`, `等`, sentence end).
_ITEM_CLOSES = re.compile(r"\s*(?:[,;。!?、)]|和|与|及|以及|等|$)")


def _comma_item(view: DocView, position: int, end: int) -> Mention | None:
    """The item after a comma at `position` when it is described by a post written right
    before its name and closes like a list item: `包括星河科技前算法副总裁林若溪,北辰原
    核心成员、启明创始人郑海川`. `…林若溪,公司总裁王立表示欢迎` says something of 王立:
    not an item."""
    if view.simple[position : position + 1] != ",":
        return None
    at = position + 1
    # `包括:林若溪,Mira Holt,钱思远。`: a name right after the comma is an item as it is
    # when it closes like one (subject:roster-comma-item); `包括林若溪,王立表示欢迎` is no list.
    found = view.persons.starting(at, at + 1) or _described_first(view, at, end, description=_COMMA_DESCRIPTION)
    if not found or not _ITEM_CLOSES.match(view.simple, _after_parenthesis(view.simple, found[0].end), end):
        return None
    return found[0]


def comma_items(view: DocView, people: list[Mention], end: int) -> list[Mention]:
    """`挖走了智谱核心成员A,零一万物联合创始人B`: the people of a verb's object list
    that go on after a comma, each described by its post (`_comma_item`), up to `end`."""
    group = list(people)
    position = _after_parenthesis(view.simple, group[-1].end)
    while True:
        item = _comma_item(view, position, end)
        if item is None or item.key in {p.key for p in group}:
            return group
        group.append(item)
        position = _after_parenthesis(view.simple, item.end)


# A comma item's description may list two posts (`北辰原核心成员、启明创始人`).
_COMMA_DESCRIPTION = re.compile(r"[^,;:。!?()]{0,24}")


def _described_first(view: DocView, at: int, limit: int, *, description: re.Pattern[str] = _DESCRIPTION) -> list[Mention]:
    """`包括联合创始人曾琳娜和郑海川`, `还包括星河科技前算法副总裁林文浩`: a first item
    described by its post, a title written right before the name (as `listed_people`
    allows for the later items). `包括大模型、芯片等业务的负责人` names nobody."""
    known = view.persons.starting(at, min(limit, at + _REACH))
    if not known or not description.fullmatch(view.simple, at, known[0].start):
        return []
    # `产品线经理 Noah Brennan`: a space may stand between a title and a Latin name.
    if not any(not view.simple[t.end : known[0].start].strip() for t in view.titles.inside(at, known[0].start)) and not view.simple[
        at : known[0].start
    ].endswith(word_list("roster_item_heads")):
        return []
    return known[:1]


def _bare_first(view: DocView, at: int, limit: int) -> list[Mention]:
    """`包括曾琳娜、郑海川和钱思远`: a first item the name stage missed (曾 read as
    `once`) counts when it looks like a name and the list goes on after it."""
    bare = _BARE_ITEM.match(view.simple, at, limit)
    if bare is None or not chinese_name(bare.group(1), whole=True) or not _SEPARATOR.match(view.simple, bare.end(), limit):
        return []
    return [Mention(at, bare.end(), "PERSON", view.text[at : bare.end()], view.text[at : bare.end()])]


def line_roster(view: DocView, end: int, sentence_end: int) -> list[Mention]:
    """`以下高管已加入公司:` and then one person per line (`林若溪,前阿里云负责人`):
    the name heading each following line, until a line that does not open on one."""
    tail = view.simple[end:sentence_end]
    if not _ANNOUNCES_LIST.search(tail) and not (_FOLLOWING.search(tail) and view.simple[sentence_end : sentence_end + 1] == "\n"):
        return []
    people: list[Mention] = []
    line_start = view.simple.find("\n", end)
    while line_start != -1 and len(people) < _MAX_LINES:
        line_start += 1
        line_end = view.simple.find("\n", line_start)
        line_end = len(view.simple) if line_end == -1 else line_end
        if line_start == line_end:
            if people:
                break
            continue  # a blank line between the heading and its list
        if not people and _TABLE_HEADER.match(view.simple, line_start, line_end):
            line_start = line_end
            continue  # `姓名|原单位|新职务`: a table's header names its columns, no person
        named = line_person(view, line_start, line_end)
        if named is None and people and _missed_title_line(view, line_start, line_end):
            line_start = line_end if line_end < len(view.simple) else -1
            continue  # `总经理:聿某(原…)` among the list's lines: its name was missed, the list goes on
        if named is None:
            break
        people.append(named)
        line_start = line_end if line_end < len(view.simple) else -1
    return people


# `姓名|原单位|新职务`: the header of a list written as a table (rule roster-table-header).
_TABLE_HEADER = rule("roster-table-header")
# `行政总裁:林若溪(原…)`, `- CTO 郑海川:前…`: a title heads the line, its person follows.
_TITLE_HEAD = rule("roster-title-head")


def line_person(view: DocView, line_start: int, line_end: int) -> Mention | None:
    """The person a roster line is about: the name heading it (`林若溪,前阿里云负责人`,
    `郑海川|百度研究院研究员|副教授`), or the name right after the post that heads it
    (`研发处处长郑海川,转赴百度`, `总经理:钱思远(原宁德时代总监)`, `- CTO 林若溪:前…`:
    subject:roster-lines all the same). A line that opens on neither is no item."""
    lead = _LINE_LEAD.match(view.simple, line_start, line_end).end()
    named = view.persons.starting(lead, lead + 1) or _bare_line_name(view, lead, line_end)
    if not named:
        head = _TITLE_HEAD.match(view.simple, lead, line_end)
        if head and view.titles.inside(lead, head.end()):
            named = view.persons.starting(head.end(), head.end() + 1) or _bare_line_name(view, head.end(), line_end)
        if not named:
            named = _described_first(view, lead, line_end)
    if not named or not _LINE_AFTER_NAME.match(view.simple, _after_parenthesis(view.simple, named[0].end), line_end):
        return None
    return named[0]


def line_head(view: DocView, sentence, clause, start, in_clause, kin_named):
    """subject:roster-line-head. `· 高志斌,首席技术官,此前为谷歌技术总监;` under a
    roster's lead: a clause with no subject on a roster line is about the person heading
    that line, a name the name stage may have missed (the list vouches for it), not the
    person of the line before. The line is a roster's: it opens on a bullet or number, or
    the line before it ends on the lead's colon or an item's `;`."""
    line_start = view.simple.rfind("\n", 0, clause.start) + 1
    if not line_start:
        return None
    lead = _LINE_LEAD.match(view.simple, line_start, clause.start)
    above = view.simple[: line_start].rstrip()
    if not lead.group().strip() and not above.endswith((":", "：", ";", "；")):
        return None
    line_end = view.simple.find("\n", clause.start)
    head = line_person(view, line_start, len(view.simple) if line_end == -1 else line_end)
    if head is None or head.end > clause.start or view.persons.inside(head.end, clause.start):
        return None
    return [head], "subject:roster-line-head"


def _missed_title_line(view: DocView, line_start: int, line_end: int) -> bool:
    """`总经理:聿晓舟(原星河储能总监)` between lines that name their people: a line of the
    roster's shape (a known post, a colon, a short Han head and the line's separator) whose
    name the name stage missed (a rare surname): skipped, it does not end the list."""
    lead = _LINE_LEAD.match(view.simple, line_start, line_end).end()
    head = _TITLE_HEAD.match(view.simple, lead, line_end)
    if head is None or not view.simple[lead : head.end()].rstrip().endswith((":", "：")) or not view.titles.inside(lead, head.end()):
        return False
    return _LINE_NAME.match(view.simple, head.end(), line_end) is not None


def _bare_line_name(view: DocView, lead: int, line_end: int) -> list[Mention]:
    """`1. 高洋,小米首席工程师` under `以下三位专家加入公司:`: a line's head the name stage
    missed counts when it looks like a name and the line's separator follows it (the
    roster vouches for it, as an enumeration does in `listed_people`)."""
    bare = _LINE_NAME.match(view.simple, lead, line_end)
    if bare is None or not chinese_name(bare.group(1), whole=True):
        return []
    return [Mention(lead, bare.end(1), "PERSON", view.text[lead : bare.end(1)], view.text[lead : bare.end(1)])]


def _after_parenthesis(simple: str, position: int) -> int:
    """`张健(音译,Jian Zhang)、…`: past a bracket that follows a name."""
    found = PARENTHESIS.match(simple, position)
    return found.end() if found else position


# A title marked as held before (`前阿里云负责人`): not the post of the move.
_FORMER = rule("roster-former")


def item_role(view: DocView, person: Mention, org_key: str, *, leaving: bool = False) -> str:
    """`- 林若溪:手机部总经理` under `此次离职的成员包括:`: the title on the person's own
    line is the role, unless the line marks it as a former post (`前…`) or places it
    at another organization than the record's (`林若溪,腾讯游戏技术总监` under a join
    of 百度 is where the person comes from)."""
    line_end = view.simple.find("\n", person.end)
    line_end = len(view.simple) if line_end == -1 else line_end
    titles = view.titles.inside(person.end, line_end)
    if not titles:
        return ""
    lead = view.simple[person.end : titles[0].start]
    if _FORMER.search(lead) and not leaving:
        return ""  # under a leave (`离职高管名单:` / `林若溪,原首席财务官`) the former post is the one left
    # Without a known organization yet (a leave settled on the article's topic), any.
    elsewhere = [o for o in view.orgs.inside(person.end, titles[0].start) if org_key and o.key != org_key and org_key not in o.key]
    if elsewhere:
        return ""
    phrase = title_phrase(view, titles[0], person.end)
    # `小米集团技术委员会主席`: the organization is the record's, the role what follows it.
    for org in view.orgs.inside(person.end, titles[0].start):
        phrase = phrase.removeprefix(view.text[org.start : org.end]).lstrip("的 ")
    return phrase
