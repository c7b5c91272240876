"""Subject strategies: the people a trigger is said of, each a small function with
its rule id (`subject:clause`, `subject:pronoun`, `subject:modified-by-verb-phrase`
…); list order in `SUBJECT_STRATEGIES` is priority."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from talentflow.relations.cleft_subjects import as_for_topic, cleft_is, followed_one, new_topic, partner_relative, relative_name_before
from talentflow.relations.comma_lists import comma_list
from talentflow.relations.coref import Mention, ends_in_marker, find_pronoun, object_markers
from talentflow.relations.docview import DocView
from talentflow.relations.draft import trigger_end
from talentflow.relations.groups import group_after, group_before
from talentflow.relations.letter_subjects import agent_relative, predecessors, replaced_one, unnamed_agent
from talentflow.relations.org_subject import ORG_ACTS, org_acts
from talentflow.relations.rosters import line_head, roster
from talentflow.relations.subject_limits import agent_of_frame, also_listed, chinese_named, commentator, cut_at_relative, follower_and_led, generic_people, not_topic, post_headed, unit_passive, unnamed_count, unread_name  # noqa: E501
from talentflow.resources.patterns import rule, word_list
from talentflow.text.sentences import Clause, Sentence

WITH = rule("with-partner")
_KIN, _LIST_CONTINUES = rule("kin-of"), rule("list-continues")
_POSSESSED = rule("possessed-move")
_GENERIC_AFTER, _COUNTED_AFTER = rule("generic-after"), rule("counted-after")
_GENERIC_RELATIVE = rule("generic-relative")
_ROSTER_MARK = rule("roster-inline")
_PLURAL, _TOGETHER = rule("plural"), rule("together")
_FRONTED = rule("fronted")
_OWN_SUBJECT = rule("fronted-own-subject")
_SINCE_CLAUSE = rule("since-clause")
_SPEAKER_SELF, _PIVOT = rule("speaker-self"), rule("pivot-object")
# Between the invited name and the move verb: a courtesy title or an adverb only.
_PIVOT_GAP = re.compile(r"\s*(?:博士|先生|女士|教授)?\s*(?:正式|再次|重新|一同|共同)?\s*")
_LATTER = rule("latter-pronoun")

# Structure, not vocabulary: punctuation and the particle 的 only.
# `…的研究科学家皇甫晨阳`: after 的, only a title or a short description before the name.
RELATIVE = re.compile(r"的[^,;:。]{0,12}")
# After a name: a short verb phrase or nothing, then 的 (`A实际控制的公司`, `A的团队`): the
# name qualifies a noun after it, so it is no subject of the verb before it.
_QUALIFIES_OBJECT = re.compile(r"[^,;:。!?的]{0,8}的")
# `A在小鹏时期的老部下B`, `A的副手B`, `A的前同事、星河证券前董事B` (B's own description after 、): A only qualifies B.
_BYLINE, _MARKER_NOUN = rule("byline-label"), rule("marker-as-noun")
_INCLUDING_END = rule("including-opens-subject")
_OWNER = rule("owner-of")
_POSSESSOR = re.compile(r"[^,;:。!?]{0,10}的[^,;:。!?的、]{1,8}(?:、[^,;:。!?的、]{1,20})?")


def subject_of(view: DocView, sentence: Sentence, clause: Clause, start: int) -> list[Mention]:
    """The people a trigger at `start` is said of (see `subject_ruled`)."""
    return subject_ruled(view, sentence, clause, start).people


class Subject(NamedTuple):
    """The people a trigger is said of, and the id of the subject rule that found them."""

    people: list[Mention]
    rule: str


# A strategy's (people, rule id) as a Subject without a Python call (Subject(*found) costs two).
_SUBJECT = tuple.__new__


def subject_ruled(view: DocView, sentence: Sentence, clause: Clause, start: int) -> Subject:
    """The people a trigger at `start` is said of, and the id of the subject rule that
    found them: the first of SUBJECT_STRATEGIES that decides."""
    in_clause, kin_named = named_in_clause(view, clause, start)
    for _, strategy in SUBJECT_STRATEGIES:
        found = strategy(view, sentence, clause, start, in_clause, kin_named)
        if found is not None:
            return _SUBJECT(Subject, found)
    raise AssertionError("subject:dropped always decides")


def named_in_clause(view: DocView, clause: Clause, start: int) -> tuple[list[Mention], bool]:
    """The names of the clause before a trigger that may be its subject, and whether a
    name followed by a kin word was left out (`李某之妻马东敏回归`: 李某 is not the one)."""
    in_clause = view.persons.inside(clause.start, start)
    # 从智谱AI跟随郗文博出走的研究员逯星辰: 郗文博 is followed, not the one who leaves.
    in_clause = [p for p in in_clause if not _governed(view, clause.start, p)]
    # 马斯克旗下的xAI又有两位创始人离职: the owner of the company, not the one who leaves;
    # 从韩立明那里挖回几名…: the place of a preposition, not the one who moves.
    in_clause = [p for p in in_clause if not _OWNER.match(view.simple, p.end)]
    unrelated = [p for p in in_clause if not _KIN.match(view.simple, p.end)]
    return unrelated, len(unrelated) < len(in_clause)


# Each subject strategy reads the trigger at `start` and the names of its clause before
# it (`in_clause`: without those governed or followed by a kin word; `kin_named`: one
# was); it returns (people, rule id) when it decides, else None.


def _kin_veto(view, sentence, clause, start, in_clause, kin_named):
    """`李彦宏之妻马东敏回归`: about the wife, whose name was not recognized: nobody."""
    if kin_named and not in_clause:
        return [], "subject:kin-veto"
    return None


def _speaker_self(view, sentence, clause, start, in_clause, kin_named):
    """`A透露其已加入美团`: 其 is the speaker, the name before it."""
    if in_clause and _SPEAKER_SELF.match(view.simple, in_clause[-1].end, start):
        return [in_clause[-1]], "subject:speaker-self"
    return None


def _pivot_object(view, sentence, clause, start, in_clause, kin_named):
    """`鲍尔默亲自出马邀请陈立华加入微软`, `雷军力邀前华为高管陈立华和王伟加盟`: the
    names a pivot verb takes as its object, right before the move verb, are the ones
    who move (patterns.toml pivot-object); the one who invites does not."""
    named = view.persons.inside(clause.start, start)
    if not named or not _PIVOT_GAP.fullmatch(view.simple, named[-1].end, start):
        return None
    group = group_before(named, view.simple)
    if not _PIVOT.search(view.simple, max(clause.start, group[0].start - 24), group[0].start):
        return None
    return group, "subject:pivot-object"


def _named_in_clause(view, sentence, clause, start, in_clause, kin_named):
    """`韩立明加入Anthropic` (subject:clause); `李某之妻马东敏回归`, the relative named
    after the kin word (subject:after-kin); `A、B,以及执行总监C均辞职`, the list begun
    before the comma (subject:list-across-comma)."""
    if in_clause and not find_pronoun(view.simple, in_clause[-1].end, start):
        # 李某之妻马东敏回归: the relative named after the kin word moves (subject:after-kin).
        if not kin_named and _LIST_CONTINUES.match(view.simple, clause.start):
            # `A、B,以及执行总监C均辞职`: a clause opening with 以及 ends the list begun before the comma.
            listed = [p for p in view.persons.inside(sentence.start, start) if not _governed(view, sentence.start, p)]
            group = group_before(listed, view.simple)
            if len(group) > len(group_before(in_clause, view.simple)):
                return group, "subject:list-across-comma"
        listed = None if kin_named else comma_list(view, sentence, clause, start, group_before(in_clause, view.simple))
        if listed:
            return listed, "subject:comma-list"
        return group_before(in_clause, view.simple), "subject:after-kin" if kin_named else "subject:clause"
    return None


def _modified_by_verb_phrase(view, sentence, clause, start, in_clause, kin_named):
    """`出走OpenAI并联合创立Lumina Labs的亚当·卡莱尔`: the verb phrase modifies the name after 的
    (not when it modifies a count or a noun for people: `一起离开的有十几个人`)."""
    if in_clause or _COUNTED_AFTER.match(view.simple, trigger_end(view, start)):
        return None
    modified = next(
        (
            p
            for p in view.persons.starting(start + 1, clause.end)
            # 入职腾讯董事长A控股的公司: A qualifies the object (its own 的 follows).
            if not _QUALIFIES_OBJECT.match(view.simple, p.end, clause.end)
            and (
                RELATIVE.fullmatch(view.simple[view.simple.rfind("的", start, p.start) : p.start] or "x")
                # 刚从谷歌跳至Anthropic的研究员Mark Olsen表示: organization and title right before the name
                or any(t.end == p.start and any(o.end == t.start for o in view.orgs.inside(start, t.start)) for t in view.titles.inside(start, p.start))
            )
        ),
        None,
    )
    # `加入星河的三位研究员分别是A、B和C`: 分别是/包括 make the names a roster of the
    # group the verb phrase describes (subject:roster-inline), not a name it modifies.
    if modified is not None and not _ROSTER_MARK.search(view.simple, start, modified.start):
        group = group_after(view.persons, view.simple, modified.start, clause.end)
        return cut_at_relative(view, group), "subject:modified-by-verb-phrase"
    return None


def _fronted_time_clause(view, sentence, clause, start, in_clause, kin_named):
    """`加入OpenAI前,沈若曦…`: a time clause put first; its subject opens the next clause.
    Not when the time clause names its own subject before the verb (`我退休后,在A、B两位
    带领下…`: a pronoun, the speaker; patterns.toml fronted-own-subject)."""
    own = _OWN_SUBJECT.search(view.simple, clause.start, start)
    if own and (own.group().startswith("我") or find_pronoun(view.simple, clause.start, start)):
        return None  # find_pronoun: not `跟随他加入星河后,`, where 他 follows an object marker
    fronted = [] if in_clause else _fronted_subject(view, sentence, clause)
    return (fronted, "subject:fronted-time-clause") if fronted else None


def _also_listed_after(view, sentence, clause, start, in_clause, kin_named):
    """`与A一同加盟商汤的,还有B`: the people listed after 还有."""
    also = [] if in_clause else also_listed(view, sentence, clause, start)
    return (also, "subject:also-listed") if also else None


def _roster_or_unnamed(view, sentence, clause, start, in_clause, kin_named):
    """`多名高管离职,包括A、B和C` (subject:roster-inline); `以下高管已加入公司:`, then one
    name per line (subject:roster-lines); `多位OpenAI研究员加入Meta` with no list: a count
    of people, nobody named (subject:unnamed-veto). One strategy: the three read one flag."""
    if in_clause:
        return None
    unnamed = bool(
        _GENERIC_AFTER.match(view.simple, trigger_end(view, start))
        or _GENERIC_RELATIVE.match(view.simple, trigger_end(view, start))  # 离开X的员工越来越多
        or any(v == "unnamed" for s, e, v in view.cues.starting(clause.start, clause.end))
        or view.memoized(("unnamed", clause.start, clause.end), unnamed_count, view.simple, clause.start, clause.end)
    )
    # 多名高管离职,包括A、B和C / 以下高管已加入公司: followed by one name per line.
    # Only a move stated for a group (unnamed, or 以下/如下): `离职后,管理层包括A、B`
    # lists people who stay.
    listed, how = (
        roster(view, sentence, clause, trigger_end(view, start), unnamed)
        if not find_pronoun(view.simple, clause.start, start)
        else ([], "")
    )
    if listed:
        return listed, how
    if unnamed:
        return [], "subject:unnamed-veto"  # 多位/三十位OpenAI研究员加入Meta, 从Meta离职两位员工: nobody named
    return None


# 他/这位/该研究员, or no subject at all: the subject of an earlier clause;
# a singular pronoun takes one name of it (他的离开: not his colleague's).

def _plural_topic(view, sentence, clause, start, in_clause, kin_named):
    """`三人此前均在字节跳动任职`: the whole group an earlier clause is about."""
    if _PLURAL.search(view.simple, clause.start, start):
        return topic_people(view, clause.start), "subject:plural-topic"
    return None


def _pronoun(view, sentence, clause, start, in_clause, kin_named):
    """`他随后加入谷歌`: one name of the earlier clause's subject."""
    if find_pronoun(view.simple, clause.start, start):
        if _LATTER.search(view.simple, clause.start, start):
            # `A和B先后出走,前者创业,后者加入了X`: 后者 is the last of the pair (subject:latter).
            return topic_people(view, clause.start)[-1:], "subject:latter"
        return chinese_named(view, clause.start, start, topic_people(view, clause.start)[:1]), "subject:pronoun"
    return None


def _possessor_unnamed(view, sentence, clause, start, in_clause, kin_named):
    """`而伊瓦诺夫的离开…`: the leave is its possessor's, a name the name stage
    missed; the subject of an earlier clause is someone else: nobody."""
    if _POSSESSED.search(view.simple, clause.start, start):
        return [], "subject:possessor-unnamed"
    return None


def _org_acts(view, sentence, clause, start, in_clause, kin_named):
    """`星河科技此前创立了云帆研究院`: an organization opening the clause is the
    subject of the verb after it (org_subject.py): nobody."""
    return ([], ORG_ACTS) if org_acts(view, clause, start) else None


def _dropped(view, sentence, clause, start, in_clause, kin_named):
    """`…,随后加入谷歌`: no subject at all, the earlier clause's; always decides."""
    # `云岭证券分析师王某认为,此番离开星河…`: the analyst quoted is no one who moves.
    return [p for p in topic_people(view, clause.start) if not commentator(view, p)], "subject:dropped"


# A person's subject strategies, (ids, function), in priority order (the first that decides wins); frame_table.PERSON_SUBJECT.
SUBJECT_STRATEGIES = (
    (("subject:kin-veto",), _kin_veto),
    (("subject:speaker-self",), _speaker_self),
    (("subject:by-agent-relative",), agent_relative),
    (("subject:predecessors",), predecessors),
    (("subject:replaced-one",), replaced_one),
    (("subject:pivot-object",), _pivot_object),
    (("subject:follower-and-led",), follower_and_led),
    (("subject:followed-one",), followed_one),
    (("subject:partner-relative",), partner_relative),
    (("subject:after-kin", "subject:list-across-comma", "subject:comma-list", "subject:clause"), _named_in_clause),
    (("subject:modified-by-verb-phrase",), _modified_by_verb_phrase),
    (("subject:unit-passive",), unit_passive),
    (("subject:fronted-time-clause",), _fronted_time_clause),
    (("subject:also-listed",), _also_listed_after),
    (("subject:cleft-is",), cleft_is),
    (("subject:roster-inline", "subject:roster-after-colon", "subject:roster-lines", "subject:roster-next-sentence", "subject:unnamed-veto"), _roster_or_unnamed),
    (("subject:generic-people",), generic_people),
    (("subject:as-for-topic",), as_for_topic),
    (("subject:new-topic",), new_topic),
    (("subject:plural-topic",), _plural_topic),
    (("subject:latter", "subject:pronoun"), _pronoun),
    (("subject:possessor-unnamed",), _possessor_unnamed),
    ((ORG_ACTS,), _org_acts),
    (("subject:by-agent", "subject:first-person"), unnamed_agent),
    (("subject:relative-name-before",), relative_name_before),
    (("subject:unread-name",), unread_name),
    (("subject:roster-line-head",), line_head), (("subject:dropped",), _dropped),
)


def _governed(view: DocView, floor: int, person: Mention) -> bool:
    """Is the name an object: a marker (跟随, 接替, 向, 与 …) just before it?"""
    low = max(floor, person.start - 4)
    if agent_of_frame(view, person):
        return True  # 在陈永福的力邀下 / 从赵立手中 / 由陈立引荐: the agent, not the one who moves
    if (
        view.simple[max(low, person.start - 1) : person.start] in ("与", "和", "跟", "同")
        and _TOGETHER.match(view.simple, person.end)
        # `王伟和Elise Caron一同离开`: after a name, 和 coordinates two subjects
        and not view.persons.ending(person.start - 1, person.start - 1)
    ):
        return True  # 与钭文涛一同离开百度的还有…: a companion, not the subject
    # 对陈伟安出走感到诧异: 对 takes the whole event, and the name is the verb's subject.
    if view.simple[person.start - 1 : person.start] == "对" and view.triggers.starting(person.end, person.end + 1):
        return False
    # 多名联合创始人包括A、B先后离开: 包括 opens the group that is the subject, not an object.
    if _INCLUDING_END.search(view.simple, low, person.start):
        return False
    return _governing_end().search(view.simple, low, person.start) is not None


@lru_cache(maxsize=1)
def _governing_end() -> re.Pattern[str]:
    """Markers that govern a name: all of two characters or more, and these prepositions
    (受 as in `受A邀请加入X`: A invites, the one who joins is another)."""
    # `李某之妻马东敏回归`: a word for a relative introduces the subject (patterns.toml: kin_introducers).
    kin = frozenset(word_list("kin_introducers"))
    return ends_in_marker([m for m in object_markers() if (len(m) > 1 or m in "向对被让给把替受") and m not in kin])


def _fronted_subject(view: DocView, sentence: Sentence, clause: Clause) -> list[Mention]:
    """`加入OpenAI前,沈若曦…`, `在英伟达工作三年后,冼卓然…`, `距离加盟小鹏仅过去两年,
    冼卓然便…`: a time clause put first takes its subject from the name that opens the
    next clause."""
    if not _FRONTED.search(view.simple, clause.start, clause.end) and not _SINCE_CLAUSE.match(view.simple, clause.start, clause.end):
        return []
    following = next((c for c in sentence.clauses if c.start >= clause.end), None)
    if following is None:
        return []
    opening = view.persons.starting(following.start, following.start + 2)
    return group_after(view.persons, view.simple, opening[0].start, following.end) if opening else []


def topic_people(view: DocView, before: int) -> list[Mention]:
    """The person an earlier clause is about: its first name not governed by a preposition.

    `麦克拉伦2023年与马斯克等人联合创立xAI,此前曾在谷歌任职`: the dropped subject of
    the second clause is 麦克拉伦, not the last name mentioned.
    """
    # Every trigger of a clause without a subject asks for the same topic.
    return list(view.memoized(("topic", before), _find_topic, view, before))


def _find_topic(view: DocView, before: int) -> list[Mention]:
    # Clause starts never decrease: the clauses starting before `before`, last first
    # (by index: a slice would copy the article's clauses for every question).
    index = bisect_left(view.clause_starts, before) - 1
    while index >= 0:
        clause = view.clauses[index]
        end = min(clause.end, before)
        # A clause without a name has no topic: on to the clause of the last name before `end`.
        last = bisect_left(view.persons.starts, end) - 1
        if last < 0:
            return []
        named = bisect_right(view.clause_starts, view.persons.starts[last]) - 1
        if named < index:
            index = named
            continue
        # Clauses before the current one are asked about again for every later trigger.
        topic = view.memoized(("clause topic", clause.start, clause.end, end), _clause_topic, view, clause, end)
        if topic:
            return topic
        index -= 1
    return []


def _clause_topic(view: DocView, clause: Clause, before: int) -> list[Mention]:
    long_markers, short_markers = _object_marker_sets()
    persons = view.persons.inside(clause.start, before)
    for index, person in enumerate(persons):
        # 接替林雨桐的是她的老搭档Victor Hale: 接替 governs the first name only.
        prefix = view.simple[persons[index - 1].end if index else clause.start : person.start]
        # 师从Thomas Huang: an object. One-character markers (向, 与) only right before the name.
        if _governs(long_markers, prefix) or prefix[-1:] in short_markers:
            continue
        if _OWNER.match(view.simple, person.end):
            continue  # 马斯克旗下的xAI: the owner, not the topic
        if _BYLINE.search(prefix) or not_topic(view, prefix, person, clause.end):
            continue  # 编辑 | 韩立明: who wrote the article, not whom it is about
        if agent_of_frame(view, person):
            continue  # 在陈永福的力邀下,…: the clause is not about the one who invites
        following = persons[index + 1] if index + 1 < len(persons) else None
        if following is not None and _POSSESSOR.fullmatch(view.simple, person.end, following.start):
            continue  # 蒲宇航在小鹏时期的老部下瞿晓琳: the clause is about 瞿晓琳
        rest = view.simple[person.end : clause.end].strip(" 。,;:!?()")
        if not prefix.strip(" -*·") and not rest and not view.opens_sentence(clause.start) and not post_headed(view, clause.start):
            continue  # `…三巨头之一,Yoshua Bengio。`: an apposition, not a heading
        # The names from this one on, up to `before`: those of `persons` after it.
        return group_after(view.persons, view.simple, person.start, before)
    return []


def _governs(long_markers: re.Pattern[str], prefix: str) -> bool:
    """Does a marker of two characters or more govern the name after `prefix`? Not one
    that opens a noun (`高级领导成员陈立`: 领导成员 is a title, marker-as-noun)."""
    return any(not _MARKER_NOUN.match(prefix, m.end()) for m in long_markers.finditer(prefix))


@lru_cache(maxsize=1)
def _object_marker_sets() -> tuple[re.Pattern[str], frozenset[str]]:
    """Markers of two or more characters as one pattern; one-character ones as a set."""
    markers = object_markers()
    long_markers = sorted((m for m in markers if len(m) > 1), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, long_markers))), frozenset(m for m in markers if len(m) == 1)
