"""Relations: trigger constructions → CareerMove records on `doc._.career_moves`.

Each trigger verb (triggers.tsv) is read in its sentence and clause:
- who: the PERSON group before it (`A、B和C加入X`), or after it when an
  organization is the subject (`Meta挖来了A`); else a pronoun or a dropped
  subject, resolved to the last person named (coref.py);
- where: the organization group after a join verb (`加入A和B`), `从A` before it,
  `在A实习`, or for a bare `离职` the organization that describes the person
  (`Meta十年老将X…即将离职`) or the one they last joined;
- role, time and status from TITLE/DATE entities and cue words around it.
What ANNOTATION.md excludes (schooling, declined offers, negated or
hypothetical moves, positions held, unnamed people) yields nothing: either no
trigger fires, or a cue in the clause vetoes it.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from talentflow.components import extensions as _extensions  # noqa: F401 - registers Doc._.career_moves
from talentflow.models import LocatedMove
from talentflow.relations import governance
from talentflow.resources import lexicon
from talentflow.resources.patterns import rule, word_list
from talentflow.text.textnorm import shadow
from talentflow.relations.confidence import confidence, features
from talentflow.relations.coref import Mention, ends_in_marker, find_pronoun, object_markers
from talentflow.relations.docview import PARENTHESIS, DocView, ends_with, view_of
from talentflow.relations.groups import distribute, group_after, group_before, unique
from talentflow.relations.posts import describing_org, fill_left_roles, not_after
from talentflow.relations.topic import anaphor_object, anaphor_org, announcing_org, headline_topic, item_head
from talentflow.relations.rosters import item_role, listed_people, roster
from talentflow.relations.resume import Step, chain_leaves, concurrent, post_list
from talentflow.resources.org_identity import bare_unit, employer, known_org
from talentflow.relations.resume_slots import RULE as SLOT_RULE, add_slot_orgs, slot_names
from talentflow.relations.roles import distribute_roles, post_after, role_of, title_phrase
from talentflow.text.sentences import Clause, Sentence, split_sentences

log = logging.getLogger(__name__)

# Vocabulary-bearing patterns: data/patterns.toml holds each under its id, with
# where it applies, why, and examples (`rule("kin-of")`: `A之妻`, `A的儿子`).
_ANNOUNCER = rule("announcer")
_HEADING_LEAD = rule("heading-lead")
_FORMER_MARK = rule("former-mark")
_ORG_ANAPHOR = rule("org-anaphor")
_ANAPHOR_OBJECT = rule("anaphor-object")
_BARE_COMPANY = rule("bare-company")
_NAMED = rule("named-as")
_BY = rule("by-agent")
_WITH = rule("with-partner")
_BARE_VERB_END = rule("bare-verb-end")
_KIN = rule("kin-of")
_COMPLETED = rule("completed")
_PERFECTIVE = rule("perfective")
_THEN_CLAUSE = rule("then-clause")
_COUNTING = rule("counting")
_AFTER_LEAVING = rule("after-leaving")
_RUMOURED = rule("rumoured")
_RUMOUR_PHRASE = rule("rumour-phrase")
_ANSWER = rule("answer")
_GENERIC_AFTER = rule("generic-after")
_UNNAMED = rule("unnamed-count")
_GOVERNED = rule("governed")
_FROM = rule("from-marker")
_FROM_BY = rule("from-by")
_DURING = rule("during")
_EARLIER = rule("earlier")
_STILL = rule("still")
_ANAPHORIC_NAME = rule("anaphoric-name")
_LATIN_OBJECT = rule("latin-object")
_PASSED_AWAY = rule("passed-away")
_PLURAL = rule("plural")
_THEN = rule("then-again")
_PASSIVE = rule("passive")
_TOGETHER = rule("together")
_GENERIC_PASSIVE = rule("generic-passive")
_DISPOSAL = rule("disposal")
_FACULTY = rule("faculty")
_TIME_FRAME = rule("time-frame")
_FRONTED = rule("fronted")
_INCLUDING = rule("including")
_ALSO_HAD = rule("also-had")
_LISTED_NEXT = rule("listed-next")
_IN = rule("in-marker")
_INTERN_AT = rule("intern-at")
_THEN_POST = rule("then-post")
_SINCE_SCHOOL = rule("since-schooling")
_SCHOOL_BEFORE = rule("school-before")
_SUCCESSIVELY = rule("successively")
_SINCE_CLAUSE = rule("since-clause")
_EARLIER_CLAUSE = rule("earlier-clause")
_TAKES_EFFECT = rule("takes-effect")

# Structure, not vocabulary: punctuation and the particle 的 only.
_LATER = "@settle-later"
# Between a verb and its organization: `加入了`, `加入了彼时风头正劲的`, `回流到`.
_MAX_OBJECT_GAP = 16
# `…的研究科学家皇甫晨阳`: after 的, only a title or a short description before the name.
_RELATIVE = re.compile(r"的[^,;:。]{0,12}")
# After a name: a short verb phrase or nothing, then 的 (`A实际控制的公司`, `A的团队`): the
# name qualifies a noun after it, so it is no subject of the verb before it.
_QUALIFIES_OBJECT = re.compile(r"[^,;:。!?的]{0,8}的")
# `2017年,A任X副总经理`: a clause that holds only a date dates the clause after it.
_DATE_CLAUSE = re.compile(r"\s*[,;]?\s*")
_OPEN_PAREN = re.compile(r"\(\s*$")
# `A在小鹏时期的老部下B`, `A的副手B`: A only qualifies the person the clause is about.
_POSSESSOR = re.compile(r"[^,;:。!?]{0,10}的[^,;:。!?的]{1,8}")
# `他在小鹏的三名老部下——`: what describes a group before its names, up to a dash or colon.
_GROUP_INTRO = re.compile(r"^[^,;。!?]*(?:—+|:)")
_NOT_IN_POST = re.compile(r"[,;:。!?、的]")

_CLAUSE_BREAKS = frozenset(",;:。!?")
JOIN_KINDS = frozenset({"join", "found", "intern", "move"})
LEAVE_KINDS = frozenset({"leave", "past", "origin"})
VETO_CUES = frozenset({"negated", "hypothetical", "conditional", "declined"})


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
    # The ids of the rules that decided this record, in the order they did
    # (`join:加入 subject:clause org:after-verb role:none time:clause status:done`).
    rules: list[str] = field(default_factory=list)


class MoveExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.trigger_role = {t.verb: t.role for t in lexicon.triggers()}

    def __call__(self, doc: Doc) -> Doc:
        if not doc.spans.get("triggers"):
            doc._.career_moves = []  # no trigger verb, no record: most articles are about something else
            return doc
        view = view_of(doc)
        drafts: list[Draft] = []
        view.set_sentences(split_sentences(view.simple))
        add_slot_orgs(view)  # 早年任职于金蝉电子: employers the lexicon does not know, by their place in a résumé
        for sentence in view.sentences:
            in_sentence = view.triggers.starting(sentence.start, sentence.end)
            # 担任, or 出任 with a title but no organization, links a title to the move
            # before it (回归特斯拉,出任…负责人); it does not end that move's reach.
            reach_ends = [t.start_char for t in in_sentence if t.label_ != "serve" and not _names_post_only(view, t)]
            found: list[Draft] = []
            for trigger in in_sentence:
                later = bisect_right(reach_ends, trigger.start_char)
                next_start = reach_ends[later] if later < len(reach_ends) else sentence.end
                if trigger.label_ == "serve":
                    found.extend(self._served(view, sentence, trigger, next_start))
                else:
                    found.extend(self._read(view, sentence, trigger, next_start, found))
            drafts.extend(_without_repeats(_merge_moves(found)))
        for draft in drafts:
            if draft.settle_later:
                # The article's own organization, else the one the person is later said to have joined.
                fallback = _article_org(view, len(view.text))
                headline = [] if fallback else headline_topic(view)
                # 辞去职务,出任X: X is where the leave goes, not where it comes from.
                going = {draft.to_org} | {
                    d.to_org for d in drafts if d.person == draft.person and d.sentence == draft.sentence and d.start > draft.start
                }
                known = view.affiliation.get(draft.person, "")
                draft.from_org = _org_text(view, (fallback or headline)[0]) if fallback or headline else known if known not in going else ""
                draft.rules.append(
                    "org:article-topic" if fallback else "org:headline-topic" if headline else "org:last-joined" if draft.from_org else "org:none"
                )
        drafts += _chained_leaves(drafts)
        drafts += _predecessor_leaves(view, drafts)
        drafts = _one_fact_once(drafts)
        fill_left_roles(view, drafts, self._subject)
        slots = slot_names(view)
        for draft in drafts:
            if slots and (draft.from_org in slots or draft.to_org in slots):
                draft.rules.append(SLOT_RULE)
        _mark_inferred_orgs(doc, view, drafts)
        doc_id = doc._.doc_id or "doc"
        doc._.career_moves = [build_move(doc_id, draft, text=view.text) for draft in drafts if draft.from_org or draft.to_org]
        return doc

    # --- one trigger -------------------------------------------------------
    def _read(self, view: DocView, sentence: Sentence, trigger, next_start: int, earlier: list[Draft]) -> list[Draft]:
        kind = trigger.label_
        start, end = trigger.start_char, trigger.end_char
        clause = sentence.clause_at(start)
        if self._vetoed(view, sentence, clause, start):
            return []
        if kind == "leave" and _PASSED_AWAY.match(view.simple, _trigger_end(view, start)):
            return []  # 永远离开了我们, 离开人世: a death, not a career move
        if kind == "past" and any(t.label_ == "intern" for t in view.triggers.starting(start + 1, clause.end)):
            return []  # 曾在谷歌X实验室实习: an internship, read by 实习 as a join
        found_by = [f"{kind}:{view.simple[start:end]}"]
        if kind in ("hire", "fire"):
            people, orgs, from_orgs, how = self._org_subject(view, sentence, clause, start, end)
            found_by += how
            scored = "join" if kind == "hire" else "leave"
        elif kind == "origin":
            # 来自华为云的前首席架构师戚卫东 / 戚卫东来自华为云: 戚卫东 left 华为云.
            orgs = group_after(view.orgs, view.simple, end, clause.end)
            after = view.persons.starting(orgs[-1].end + 1, clause.end) if orgs else []
            modified = after and _RELATIVE.fullmatch(view.simple[view.simple.rfind("的", orgs[-1].end, after[0].start) : after[0].start] or "x")
            # Only a named origin: `其中多数来自后训练团队` is about nobody in particular.
            before = view.persons.inside(clause.start, start)
            people = [after[0]] if modified else group_before(before, view.simple) if before else []
            found_by += ["subject:origin-modified" if modified else "subject:clause", "org:after-verb"]
            from_orgs, scored = [], "leave"
        else:
            people, how = self._subject_ruled(view, sentence, clause, start)
            found_by.append(how)
            if kind == "found" and people:
                with_partners = self._with_cofounders(view, sentence, clause, people)
                if with_partners != people:
                    found_by.append("subject:cofounders")
                people = with_partners
            orgs, from_orgs, how = self._orgs(view, sentence, clause, kind, start, end, next_start, people)
            found_by += how
            scored = "leave" if kind in LEAVE_KINDS else "join"
        if not people or not orgs and not from_orgs:
            return []
        if kind == "join" and self._restated(view, sentence, trigger, people, orgs, earlier):
            return []
        drafts = []
        pairs = distribute(people, orgs, view.simple[clause.start : clause.end])
        spread = len(from_orgs) > 1 and "分别" in view.simple[clause.start : clause.end]
        origins = dict(distribute(people, from_orgs, view.simple[clause.start : clause.end])) if spread else {}
        for person, org in pairs:
            if kind == "hire" and governance.committee_seat_only(view, people[-1].end, clause.end):
                continue  # 委任独立董事A担任审计委员会成员: a director's committee seat, no join
            # A declined retention offer (`离职前拒绝了百度的挽留`) still leaves: joins only.
            if scored == "join" and org is not None and _declined_after(view, sentence, end, org):
                continue
            draft = Draft(person.key, scored, kind, view.text[start:end], start, end, sentence, rules=list(found_by))
            if scored == "join":
                draft.to_org = _org_text(view, org) if org else ""
                origin = origins.get(person) or (from_orgs[0] if from_orgs else None)
                draft.from_org = (
                    _org_text(view, origin)
                    if origin
                    else self._previous_join(
                        earlier, person.key, view.simple[start:end], view.simple[max(clause.start, start - 6) : start]
                    )
                )
                if origins.get(person):
                    draft.rules.append("from:respectively")
                elif not origin and draft.from_org:
                    draft.rules.append("from:previous-join")
            else:
                draft.from_org = _org_text(view, org) if org else ""
                draft.settle_later = org is not None and org.key == _LATER
            if not (draft.to_org or draft.from_org or draft.settle_later):
                continue
            if draft.to_org and not post_after(view, org, next_start, sentence) and (
                _is_school(view, org)
                and not _FACULTY.match(view.simple, org.end)
                and "org:anaphor-school" not in found_by  # 回到母校任教: the pointer checked its 任教
                and view.simple[start:end] not in lexicon.verbs_with("transfer")  # 从东岳理工大学调入清华大学: a posting
                and not _post_follows(view, org)
                or _studies_in(view, clause)
            ):
                continue  # 进入斯坦福大学 / 进入…研究所攻读博士 without a post is schooling (ANNOTATION.md)
            promoted = bool(draft.to_org) and view.simple[start:end] in lexicon.verbs_with("within")
            if promoted and employer(draft.to_org) == employer(view.affiliation.get(person.key, "")):
                continue  # 2019年加入小米,2021年升任小米云副总裁: a promotion at the employer joined, no new fact
            within = promoted and org is not None and org.end <= start
            # 小米副总裁A升任总裁: the new post is the one after the verb, not the one
            # describing A; with none (OpenAI首席执行官A复职), the post A held again.
            for role_org in ([None, org] if within else [org]):
                draft.role, how = role_of(
                    view, kind, trigger, person, role_org, next_start, sentence,
                    fixed=self.trigger_role.get(view.simple[start:end], ""), moved=bool(draft.from_org and draft.to_org),
                )
                if draft.role:
                    break
            posted_after = how == "role:title-after-verb" or how == "role:post-after-org" and org is not None and org.start >= end
            if view.simple[start:end] in lexicon.verbs_with("needs-post") and not (posted_after and governance.names_a_post(draft.role)):
                continue  # 当选中国工程院院士: an honour; 免去了繁琐的审批: no post at all
            if not draft.role and "subject:roster-lines" in found_by:
                # 此次离职的成员包括: / - 林若溪:手机部总经理: the title on the person's own line.
                draft.role = item_role(view, person, org.key if org and org.key != _LATER else "")
                how = "role:roster-item" if draft.role else how
            draft.rules.append(how)
            draft.time, how = _time(view, sentence, clause, start, end, scored)
            draft.later_step = not draft.time and _THEN_CLAUSE.match(view.simple, clause.start) is not None
            if kind in ("past", "origin"):
                # 曾在京东任职: a former post; only a stated end dates its leave.
                ends = [d for d in view.dates.starting(clause.start, start) if d[3] == "span_end"]
                draft.time = ends[-1][2] if ends else ""
                how = "time:former-post-end" if ends else "time:none"
            draft.rules.append(how)
            draft.status, how = _status(view, sentence, clause, person, start)
            draft.rules.append(how)
            if scored == "join" and not draft.from_org and not any(d.person == person.key and d.from_org for d in earlier):
                draft.from_org = _switched_from(view, person, view.simple[start:end], draft)
                if draft.from_org:
                    draft.rules.append("from:switched-after-join")
            if not _units_to_employers(view, draft):
                continue
            if draft.to_org and draft.status == "done":
                view.affiliation[person.key] = draft.to_org  # 将出任…: not joined yet, so nothing to leave
                view.affiliation_since[person.key] = draft.time
            drafts.append(draft)
            if "time:span-start" in draft.rules and not draft.from_org:
                drafts.extend(_span_end_leave(view, sentence, start, draft))
        distribute_roles(view, drafts, clause, end)
        if kind == "join" and _SUCCESSIVELY.search(view.simple, max(clause.start, start - 4), start):
            drafts += _successive_leaves(drafts)
        return drafts

    def _with_cofounders(self, view: DocView, sentence: Sentence, clause: Clause, people: list[Mention]) -> list[Mention]:
        """`A计划与B联合创立`, `她…而是与刚从Meta离职的研究科学家B联合创立了`: B is
        named after 与, and the one who founds with B is the subject before it."""
        head = people[0]
        marker = _WITH.search(view.simple, max(clause.start, head.start - 24), head.start)
        if head.start < clause.start or marker is None:
            return people
        before = view.persons.inside(clause.start, marker.start())
        partners = group_before(before, view.simple) if before else _topic(view, clause.start)
        return unique(partners + people) if partners else people

    @staticmethod
    def _restated(view: DocView, sentence: Sentence, trigger, people: list[Mention], orgs: list[Mention], earlier: list[Draft]) -> bool:
        """`加盟京东,出任京东云事业部总裁`: 出任 names the post of the join just read, not
        a second move; the post, quoted whole, becomes that join's role."""
        restating = lexicon.verbs_with("restates")
        if view.simple[trigger.start_char : trigger.end_char] not in restating or len(people) != 1 or len(orgs) != 1:
            return False
        joined = [d for d in earlier if d.person == people[0].key and d.to_org and employer(d.to_org) == employer(orgs[0].text)]
        if not joined:
            return False
        title = next((t for t in view.titles if orgs[0].start < t.start and t.end <= sentence.end), None)
        if title is not None and not joined[-1].role and not any(c in _CLAUSE_BREAKS for c in view.simple[trigger.end_char : title.start]):
            joined[-1].role = title_phrase(view, title, trigger.end_char)
            joined[-1].rules.append("role:restated-post")
        return True

    def _org_subject(self, view: DocView, sentence: Sentence, clause: Clause, start: int, end: int):
        """People and organizations of a verb whose subject is an organization.

        `蔚来还从特斯拉挖来了Autopilot视觉负责人A` (a title may precede the name),
        `腾讯混元还将前字节跳动负责人A纳入麾下` (the person before the verb),
        `A被特斯拉解雇` (passive: the person is the subject).
        """
        before = view.orgs.inside(clause.start, start)
        if _GENERIC_PASSIVE.search(view.simple, max(clause.start, start - 6), start):
            # 商务总监鲜于锐…被公司开除: 公司 is the person's own organization.
            named = view.persons.inside(clause.start, start)
            people, how = (group_before(named, view.simple), "subject:clause") if named else self._subject_ruled(view, sentence, clause, start)
            owner = (describing_org(view, people[0]) or [o for o in before if o.end <= people[0].start][-1:]) if people else []
            rules = [how, "org:own-company-passive" if owner else "org:article-topic"]
            return people, owner or (_article_org(view, start) if people else []), [], rules
        passive = [o for o in before if ends_with(_PASSIVE, view.simple, o.start)]
        if passive:
            people = view.persons.inside(clause.start, passive[-1].start)
            people, how = (group_before(people, view.simple), "subject:clause") if people else self._subject_ruled(view, sentence, clause, start)
            return people, passive[-1:], [], [how, "org:passive-agent"]
        people = group_after(view.persons, view.simple, end, clause.end, max_gap=_MAX_OBJECT_GAP)
        how = "subject:object-after-verb"
        if not people:
            marker = _DISPOSAL.search(view.simple, clause.start, start)
            moved = view.persons.inside(marker.start() + 1, start) if marker else []
            people = group_before(moved, view.simple) if moved else []
            how = "subject:disposal-object"
        if not people:
            # 引入多位外部高管,包括来自华为云的A和来自AWS的B: the names come in a list.
            listed = _INCLUDING.search(view.simple, end, sentence.end)
            if listed and _unnamed_count(view.simple, end, listed.start()):
                people = group_after(view.persons, view.simple, listed.end(), sentence.end, max_gap=_MAX_OBJECT_GAP)
                how = "subject:including-list"
        from_orgs = [o for o in before if ends_with(_FROM, view.simple, o.start)][:1]
        if from_orgs:
            # 分别从Figure AI和星衍机器人实验室挖来了A和B: every organization of the group.
            from_orgs = group_after(view.orgs, view.simple, from_orgs[0].start, start) or from_orgs
        subject = [
            o
            for o in before
            if o not in from_orgs
            and (not people or o.end <= people[0].start)
            and not ends_with(_OPEN_PAREN, view.simple, o.start)  # Facebook(脸书): the alias repeats
        ]
        rules = [how, "org:subject" if subject else "org:earlier-clause-subject"]
        if not subject:
            # 辉达近年在台湾积极扩编,去年更从台积电挖来…: the organization of an earlier clause.
            subject = [o for o in view.orgs.inside(sentence.start, clause.start) if not ends_with(_FROM, view.simple, o.start)]
        if from_orgs:
            rules.append("from:from-marker")
        return people, subject[:1], from_orgs, rules

    def _served(self, view: DocView, sentence: Sentence, trigger, next_start: int) -> list[Draft]:
        """`2019年至2021年,他在谷歌大脑担任研究工程师`: joined at the start, left at the end."""
        start, end = trigger.start_char, trigger.end_char
        clause = sentence.clause_at(start)
        spans = [d for d in view.dates.inside(sentence.start, start) if d[3] in ("span_start", "span_end")]
        if len(spans) < 2 or spans[-1][3] != "span_end" or spans[-2][3] != "span_start":
            if _DURING.match(view.simple, end) or _EARLIER.search(view.simple, clause.start, start):
                return self._served_before(view, sentence, clause, start, end)
            return (
                self._dated_post(view, sentence, clause, trigger, next_start)
                or self._next_post(view, sentence, clause, trigger)
                or self._appointed_post(view, sentence, clause, trigger, next_start)
            )
        if self._vetoed(view, sentence, clause, start):
            return []
        located = [o for o in view.orgs.inside(clause.start, start) if ends_with(_IN, view.simple, o.start)]
        after = group_after(view.orgs, view.simple, end, min(clause.end, next_start))
        orgs = located[-1:] or after[:1]
        people, how = self._subject_ruled(view, sentence, clause, start)
        if not orgs or not people or _is_school(view, orgs[0]) and not post_after(view, orgs[0], next_start, sentence):
            return []
        found_by = [f"serve:{view.simple[start:end]}", "frame:served-span", how, "org:located" if located else "org:after-verb"]
        org, drafts = orgs[0], []
        role_mention = post_after(view, org, next_start, sentence)
        for person in people:
            for scored, value in (("join", spans[-2][2]), ("leave", spans[-1][2])):
                if scored == "leave" and not value:
                    continue  # 2019年至今: still there
                draft = Draft(person.key, scored, "serve", view.text[start:end], start, end, sentence, rules=list(found_by))
                setattr(draft, "to_org" if scored == "join" else "from_org", _org_text(view, org))
                draft.role = role_mention.text if role_mention else ""
                draft.time = value
                draft.status, status_rule = _status(view, sentence, clause, person, start)
                draft.rules += ["role:post-after-org" if role_mention else "role:none", f"time:span-{'start' if scored == 'join' else 'end'}", status_rule]
                if _units_to_employers(view, draft):
                    drafts.append(draft)
        return drafts

    def _served_before(self, view: DocView, sentence: Sentence, clause: Clause, start: int, end: int) -> list[Draft]:
        """`在Oracle和Dropbox工作期间打下了基础`, `早年任耐克设计师、微软创意总监`: posts
        of the past, left since."""
        opening = view.simple.rfind("在", clause.start, start)
        orgs = group_after(view.orgs, view.simple, opening + 1, start) if opening >= 0 else []
        posts = [(org, "") for org in orgs]
        org_rule = "org:located"
        if not posts and _EARLIER.search(view.simple, clause.start, start):
            listed = post_list(view, end, clause.end)
            # One post alone (`此前担任蚂蚁集团AI平台负责人`) is the post memory's to word (posts.py).
            posts = [(post.org, post.title if len(listed) > 1 else "") for post in listed]
            org_rule = "org:post-list"
        people, how = self._subject_ruled(view, sentence, clause, start)
        drafts = []
        for person in people:
            for org, title in posts:
                draft = Draft(person.key, "leave", "serve", view.text[start:end], start, end, sentence)
                draft.from_org = _org_text(view, org)
                draft.role = title
                draft.status, status_rule = _status(view, sentence, clause, person, start)
                role_rule = "role:post-list" if title else "role:none"
                draft.rules = [f"serve:{view.simple[start:end]}", "frame:served-before", how, org_rule, role_rule, "time:none", status_rule]
                drafts.append(draft)
        return drafts

    def _dated_post(self, view: DocView, sentence: Sentence, clause: Clause, trigger, next_start: int) -> list[Draft]:
        """`2023年5月任中国铁塔股份有限公司董事`, `2016年在蔚来担任产品总监`: a post
        taken at a stated date is a join then (ANNOTATION.md: a dated appointment),
        not a position merely held (`现任…总监` has no date and gives nothing)."""
        start, end = trigger.start_char, trigger.end_char
        dates = view.dates.inside(sentence.start, start)
        if not dates or dates[-1][3] != "point" or view.triggers.starting(dates[-1][1], start):
            return []  # undated, or the date belongs to another verb (`2016年加入A,担任B`)
        if dates[-1][0] < clause.start and not _DATE_CLAUSE.fullmatch(view.simple, dates[-1][1], clause.start):
            return []  # `今年夏天,X向A开出高薪,…A仍在苹果任职`: the date is another clause's
        if _STILL.search(view.simple, dates[-1][1], start):
            return []  # `目前仍在苹果任职`: a post held, no change
        if self._vetoed(view, sentence, clause, start):
            return []
        located = [o for o in view.orgs.inside(clause.start, start) if ends_with(_IN, view.simple, o.start) and not _ANAPHORIC_NAME.match(o.text)]
        if located:
            post = post_after(view, located[-1], next_start, sentence)
            posts, org_rule = [(located[-1], post.text if post else "")], "org:located"
        else:
            posts, org_rule = [(p.org, p.title) for p in post_list(view, end, min(clause.end, next_start), lead=1)], "org:post-list"
        people, how = self._subject_ruled(view, sentence, clause, start)
        drafts = []
        for person in people[:1]:
            for org, title in posts[:1]:
                if _is_school(view, org) and not title or employer(org.key) == employer(view.affiliation.get(person.key, "")):
                    continue  # a school without a post is schooling; the same employer, a promotion
                draft = Draft(person.key, "join", "serve", view.text[start:end], start, end, sentence)
                draft.to_org = _org_text(view, org)
                draft.role = title
                draft.time = dates[-1][2]
                draft.status, status_rule = _status(view, sentence, clause, person, start)
                draft.rules = [f"serve:{view.simple[start:end]}", "frame:dated-post", how, org_rule,
                               "role:post-list" if title else "role:none", "time:post-date", status_rule]
                if not _units_to_employers(view, draft) or employer(draft.to_org) == employer(view.affiliation.get(person.key, "")):
                    continue  # `2016年,A任消费者事业部总裁`: a unit of the employer A is at
                if draft.status == "done":
                    view.affiliation[person.key] = draft.to_org
                    view.affiliation_since[person.key] = draft.time
                drafts.append(draft)
        return drafts

    def _next_post(self, view: DocView, sentence: Sentence, clause: Clause, trigger) -> list[Draft]:
        """A résumé's next post with no date of its own: `其后于金蝉证券任职顾问` (after a
        join told before: a join here, a leave of that one), `毕业后,一直在金蝉研究院工作`
        (the first job: joined when the schooling ended, if the text dates it)."""
        start, end = trigger.start_char, trigger.end_char
        located = [o for o in view.orgs.inside(clause.start, start) if ends_with(_IN, view.simple, o.start)][-1:]
        if not located or self._vetoed(view, sentence, clause, start):
            return []
        lead = view.simple[clause.start : located[0].start]
        then, since = _THEN_POST.fullmatch(lead), _SINCE_SCHOOL.fullmatch(lead)
        if since and not _SCHOOL_BEFORE.search(view.simple, sentence.start, clause.start):
            since = None
        if not then and not since:
            return []
        people, how = self._subject_ruled(view, sentence, clause, start)
        org, drafts = located[0], []
        post = post_after(view, org, len(view.simple), sentence)
        for person in people[:1]:
            known = view.affiliation.get(person.key, "")
            if then and (not known or employer(known) == employer(org.key)):
                continue  # 其后 follows a join of this person told before, at another employer
            draft = Draft(person.key, "join", "serve", view.text[start:end], start, end, sentence)
            draft.to_org = _org_text(view, org)
            draft.from_org = known if then else ""
            draft.role = post.text if post else ""
            dates = [d for d in view.dates.inside(sentence.start, clause.start) if d[3] == "point"] if since else []
            draft.time = dates[-1][2] if dates else ""
            draft.status, status_rule = _status(view, sentence, clause, person, start)
            draft.rules = [f"serve:{view.simple[start:end]}", "frame:then-post" if then else "frame:since-schooling", how, "org:located",
                           "from:previous-join" if then else "from:none", "role:post-after-org" if post else "role:none",
                           "time:schooling-end" if draft.time else "time:none", status_rule]
            if not _units_to_employers(view, draft):
                continue
            if draft.status == "done":
                view.affiliation[person.key] = draft.to_org
                view.affiliation_since[person.key] = draft.time
            drafts.append(draft)
        return drafts

    def _appointed_post(self, view: DocView, sentence: Sentence, clause: Clause, trigger, next_start: int) -> list[Draft]:
        """`A任星河联通总经理,免去其星河移动副总经理职务`: an appointment as a
        personnel decision words it (任…,免去其…职务); the post named by 任 is taken
        then, though undated, unlike `现任…总监`, a post merely held."""
        start, end = trigger.start_char, trigger.end_char
        if view.simple[start:end] != "任" or not governance.relieved_after(view, clause.end, sentence.end):
            return []
        if self._vetoed(view, sentence, clause, start):
            return []
        posts = post_list(view, end, min(clause.end, next_start), lead=1)
        people, how = self._subject_ruled(view, sentence, clause, start)
        drafts = []
        for person in people[:1]:
            for post in posts[:1]:
                draft = Draft(person.key, "join", "serve", view.text[start:end], start, end, sentence)
                draft.to_org = _org_text(view, post.org)
                draft.role = post.title
                draft.time, time_rule = _time(view, sentence, clause, start, end, "join")
                draft.status, status_rule = _status(view, sentence, clause, person, start)
                draft.rules = [f"serve:{view.simple[start:end]}", "frame:appointed-and-relieved", how, "org:post-list",
                               "role:post-list" if post.title else "role:none", time_rule, status_rule]
                if _units_to_employers(view, draft):
                    drafts.append(draft)
        return drafts

    def _vetoed(self, view: DocView, sentence: Sentence, clause: Clause, start: int) -> bool:
        if any(value in VETO_CUES and not _COUNTING.match(view.simple, e) for s, e, value in view.cues.inside(clause.start, start)):
            return True
        # 如果再选一次,他还是会离开字节: a condition governs the clauses after it.
        if any(
            value == "conditional" and not _COUNTING.match(view.simple, e)
            for s, e, value in view.cues.inside(sentence.start, clause.start)
        ):
            return True
        if _answered_no(view, sentence, clause, _trigger_end(view, start)):
            return True
        # 此前有传言称X也将离职,但xAI方面迅速否认: a denial anywhere in the sentence (the
        # trigger's own: asked once for all its triggers).
        return view.memoized(("denied", sentence.start), _denied, view, sentence)

    def _subject(self, view: DocView, sentence: Sentence, clause: Clause, start: int) -> list[Mention]:
        """The people a trigger at `start` is said of (see `_subject_ruled`)."""
        return self._subject_ruled(view, sentence, clause, start)[0]

    def _subject_ruled(self, view: DocView, sentence: Sentence, clause: Clause, start: int) -> tuple[list[Mention], str]:
        """The people a trigger at `start` is said of, and the id of the subject rule that found them."""
        in_clause = view.persons.inside(clause.start, start)
        # 从智谱AI跟随郗文博出走的研究员逯星辰: 郗文博 is followed, not the one who leaves.
        in_clause = [p for p in in_clause if not _governed(view, clause.start, p)]
        unrelated = [p for p in in_clause if not _KIN.match(view.simple, p.end)]
        if in_clause and not unrelated:
            return [], "subject:kin-veto"  # 李彦宏之妻马东敏回归: about the wife, whose name was not recognized
        kin_named = len(unrelated) < len(in_clause)
        in_clause = unrelated
        if in_clause and not find_pronoun(view.simple, in_clause[-1].end, start):
            # 李某之妻马东敏回归: the relative named after the kin word moves (subject:after-kin).
            return group_before(in_clause, view.simple), "subject:after-kin" if kin_named else "subject:clause"
        if not in_clause:
            # 出走OpenAI并联合创立Lumina Labs的亚当·卡莱尔: the verb phrase modifies the name after 的.
            modified = next(
                (
                    p
                    for p in view.persons.starting(start + 1, clause.end)
                    # 入职腾讯董事长A控股的公司: A qualifies the object (its own 的 follows).
                    if not _QUALIFIES_OBJECT.match(view.simple, p.end, clause.end)
                    and (
                        _RELATIVE.fullmatch(view.simple[view.simple.rfind("的", start, p.start) : p.start] or "x")
                        # 刚从谷歌跳至Anthropic的研究员Mark Olsen表示: organization and title right before the name
                        or any(t.end == p.start and any(o.end == t.start for o in view.orgs.inside(start, t.start)) for t in view.titles.inside(start, p.start))
                    )
                ),
                None,
            )
            if modified is not None:
                return group_after(view.persons, view.simple, modified.start, clause.end), "subject:modified-by-verb-phrase"
            fronted = _fronted_subject(view, sentence, clause)
            if fronted:
                return fronted, "subject:fronted-time-clause"
            also = _also_listed(view, sentence, clause, start)
            if also:
                return also, "subject:also-listed"
            unnamed = bool(
                _GENERIC_AFTER.match(view.simple, _trigger_end(view, start))
                or any(v == "unnamed" for s, e, v in view.cues.starting(clause.start, clause.end))
                or view.memoized(("unnamed", clause.start, clause.end), _unnamed_count, view.simple, clause.start, clause.end)
            )
            # 多名高管离职,包括A、B和C / 以下高管已加入公司: followed by one name per line.
            # Only a move stated for a group (unnamed, or 以下/如下): `离职后,管理层包括A、B`
            # lists people who stay.
            listed, how = (
                roster(view, sentence, clause, _trigger_end(view, start), unnamed)
                if not find_pronoun(view.simple, clause.start, start)
                else ([], "")
            )
            if listed:
                return listed, how
            if unnamed:
                return [], "subject:unnamed-veto"  # 多位/三十位OpenAI研究员加入Meta, 从Meta离职两位员工: nobody named
        # 他/这位/该研究员, or no subject at all: the subject of an earlier clause;
        # a singular pronoun takes one name of it (他的离开: not his colleague's).
        topic = _topic(view, clause.start)
        if _PLURAL.search(view.simple, clause.start, start):
            return topic, "subject:plural-topic"  # 三人此前均在字节跳动任职: the whole group
        if find_pronoun(view.simple, clause.start, start):
            return topic[:1], "subject:pronoun"
        return topic, "subject:dropped"

    @staticmethod
    def _graduated(view: DocView, org: Mention, start: int) -> bool:
        """`从清华大学博士毕业后入职英伟达`: a school left by graduating is no career move."""
        return _is_school(view, org) and any(v == "schooling" for s, e, v in view.cues.inside(org.end, start))

    def _orgs(self, view, sentence, clause, kind, start, end, next_start, people):
        """The organizations a trigger joins or leaves, those it comes from, and the
        ids of the organization rules that found them; list order is priority."""
        after = group_after(view.orgs, view.simple, end, min(clause.end, next_start), max_gap=_MAX_OBJECT_GAP)
        if view.simple[start:end] in lexicon.verbs_with("post-only"):
            after = _without_products(after, view.products)  # 加入TikTok is a join; 出任Optimus…负责人 a post
        latin = [] if after else _latin_object(view, end, clause.end)
        subject_end = people[-1].end if people and people[-1].end <= start else clause.start
        before = view.orgs.inside(max(clause.start, sentence.start), start)
        came_from = [
            o
            for o in before
            if (ends_with(_FROM, view.simple, o.start) or ends_with(_FROM_BY, view.simple, o.start) and o.end == start)
            and not self._graduated(view, o, start)
            # 与刚从Meta离职的研究科学家B联合创立: 从Meta belongs to 离职, B's own verb.
            and not view.triggers.starting(o.end, start)
        ]
        if latin and kind in ("join", "move", "found", "leave"):
            # 加盟了Mondo Tech, 离开ICONIQ: a person's join or leave takes an organization
            # as its object, so a capitalized Latin name there is one the lexicon lacks
            # (not a past post, whose object may be a post: 曾担任NIPS领域主席).
            return latin, came_from if kind in JOIN_KINDS else [], ["org:latin-object"] + (["from:from-marker"] if came_from and kind in JOIN_KINDS else [])
        if kind in JOIN_KINDS:
            return self._join_orgs(view, sentence, kind, start, end, people, after, before, came_from)
        # leave / past
        if not after and people and _ANAPHOR_OBJECT.match(view.simple, end):
            # 离开了这家自己一手创办的公司: the company the person is known at, else the
            # one the sentence is about (数标科技被百度收购,A也离开了这家公司).
            known = view.affiliation.get(people[0].key)
            if known:
                return [Mention(0, 0, "ORG", known, known)], [], ["org:anaphor-affiliation"]
            topic = view.orgs.starting(sentence.start, start)[:1]
            if topic:
                return topic, [], ["org:anaphor-sentence-topic"]
        if not after and people:
            pointed = _pointed_org(view, end, people[0], sentence.start, joining=False)
            if pointed:
                return pointed
        if after and kind == "past":
            # 曾任英特尔高级工程师、高通产品总监: every organization of the post list.
            listed = [post.org for post in post_list(view, end, min(clause.end, next_start))]
            if len(listed) > len(after) and listed[0] == after[0]:
                return listed, [], ["org:post-list"]
        if after:
            return after, [], ["org:after-verb"]
        if came_from:
            return came_from[-1:], [], ["org:from-marker"]
        located = [o for o in before if ends_with(_IN, view.simple, o.start) and o.start >= subject_end]
        if located:
            return located[-1:], [], ["org:located"]
        if kind == "leave":
            return self._bare_leave_orgs(view, sentence, clause, start, end, people)
        return [], [], ["org:none"]

    def _join_orgs(self, view, sentence, kind, start, end, people, after, before, came_from):
        """Where a join goes when its object is not right after the verb."""
        rules = ["org:after-verb"] if after else []
        if kind == "move" and not after:
            return [], came_from, ["org:none"]
        if not after and kind == "found":
            # 创办一家…的公司,新公司(暂定)名为"X": the company named later in the sentence.
            named = _NAMED.search(view.simple, end, sentence.end)
            after = [o for o in view.orgs if named and o.start == named.end()][:1]
            rules = ["org:named-later"] if after else rules
        if not after and kind == "intern":
            # 在腾讯实习, 去腾讯AI Lab实习了半年: the place of the internship, before the verb.
            after = [o for o in before if ends_with(_INTERN_AT, view.simple, o.start)][-1:]
            rules = ["org:intern-place"] if after else rules
        if not after and people:
            # 北辰宣布A出任CTO / Lumina Labs由A和B联合创立: the organization is the
            # subject of 宣布/任命 or the topic before 由.
            after = [
                o for o in view.orgs.inside(sentence.start, people[0].start) if _ANNOUNCER.match(view.simple, o.end, people[0].start)
            ][-1:]
            rules = ["org:announcer"] if after else rules
            anaphor = _ORG_ANAPHOR.search(view.simple, sentence.start, people[0].start) or _BARE_COMPANY.match(
                view.simple, sentence.start, people[0].start
            )
            by = _BY.search(view.simple, sentence.start, people[0].start)
            if not after and by and not anaphor:
                # X宣布…,由原华为…总监A出任…负责人 / 由前特斯拉…总监A接任: the organization
                # the sentence opens with, else the one the article is about.
                after = [o for o in view.orgs if sentence.start <= o.start and o.end <= by.start() and not _is_investor(o)][:1]
                rules = ["org:by-sentence-opening"] if after else rules
                if not after:
                    after = _article_org(view, sentence.start)
                    rules = ["org:by-article-topic"] if after else rules
            if not after and anaphor and _ANNOUNCER.match(view.simple, anaphor.end(), people[0].start):
                # 这家成立仅半年的公司由A与B联合创立: the company the article is
                # about, else the one named last (not its investors, named in passing).
                after = _article_org(view, sentence.start) or [
                    o for o in view.orgs if o.end <= sentence.start and not _is_investor(o)
                ][-1:]
                rules = ["org:anaphor-announcer"] if after else rules
        if not after and people and view.simple[start:end] in lexicon.verbs_with("within"):
            # 小米副总裁A升任总裁, OpenAI首席执行官A复职: a post changed at the employer
            # that describes A, else at the one A was last said to join.
            after, rule = _within_org(view, people[0])
            rules = [rule] if after else rules
        if not after and people and kind in ("join", "move"):
            # 加入了该公司, 回到母校任教: the organization the noun points back to.
            pointed = _pointed_org(view, end, people[0], sentence.start, joining=True)
            if pointed:
                after, rules = pointed[0], pointed[2]
        if not after and people and _BARE_VERB_END.match(view.simple, end):
            # 百度也引入很多新鲜血液——…陆奇加盟, / 马东敏回归,: a join with no object
            # is to the organization hiring in this sentence, of this paragraph, or of the article.
            for rule, find in (
                ("org:bare-verb-hiring", lambda: _hiring_org(view, sentence, start)),
                ("org:bare-verb-scene", lambda: _scene_org(view, start)),
                ("org:bare-verb-article-topic", lambda: _article_org(view, start)),
            ):
                after = find()
                if after:
                    rules = [rule]
                    break
        if came_from:
            rules.append("from:from-marker")
        elif people and view.simple[start:end] in lexicon.verbs_with("switch"):
            # Anthropic工程师A宣布跳槽至MSL: the switch leaves the organization that describes A.
            came_from = describing_org(view, people[0])
            if came_from:
                rules.append("from:describing-org")
        if not after:
            rules.insert(0, "org:none")  # 宣布跳槽至…: a switch may name only where it comes from
        return after, came_from, rules

    def _bare_leave_orgs(self, view, sentence, clause, start, end, people):
        """`小鹏自动驾驶副总裁吴新宙将离职`, `另一位MSL研究员A…官宣离职`: a leave
        whose organization is not its object; each step is a named rule, in order."""
        head = people[0].start if people else start
        described = describing_org(view, people[0]) if people else []
        rule = "org:describing-name"
        if not described:
            described = view.orgs.inside(max(clause.start, sentence.start), head)[-1:]
            rule = "org:clause-before-name"
        if not described and people and people[0].start >= sentence.start:
            # …创办了灵犀引力科技;7月,联合创始人A出走: not where someone else just went.
            joined = _joined_orgs(view, sentence)
            described = [o for o in view.orgs.inside(sentence.start, head) if o not in joined][-1:]
            rule = "org:sentence-not-joined"
        if not described and people and sentence.start <= people[0].start < clause.start:
            # A在Google DeepMind任职近十年,上月刚刚离职: where the sentence placed A.
            described = [o for o in view.orgs.inside(people[0].end, start) if ends_with(_IN, view.simple, o.start)][-1:]
            rule = "org:placed-earlier"
        if not described and people:
            described = _heading_org(view, people[0], start)
            rule = "org:list-heading"
        if not described:
            described = _left_behind(view, sentence, clause, end)
            rule = "org:left-behind"
        if not described:
            described = _scene_org(view, start)
            rule = "org:scene"
        if described:
            return described, [], [rule]
        # 他/A…离职 with no organization in sight: the one A last joined. Not for a
        # dropped subject: `这一系列的离职信号` names nobody.
        explicit = people and (people[0].start >= clause.start or find_pronoun(view.simple, clause.start, start))
        # 林若溪:已于1月离职: a list item's name is as explicit as a subject.
        heading = bool(people) and not explicit and item_head(view, sentence.start, people[0])
        explicit = explicit or heading
        known = view.affiliation.get(people[0].key) if explicit else None
        if known:
            return [Mention(0, 0, "ORG", known, known)], [], ["org:last-joined"]
        if explicit:
            # 另一位联合创始人焦明远卸任首席科学家一职: the organization the article is about.
            # 杨建朝离职的消息…: the organization may only be named later in the
            # article (2018年加入字节AI Lab); settled once the whole article is read.
            return [Mention(0, 0, "ORG", "", _LATER)], [], ["subject:item-head"] if heading else []
        return [], [], ["org:none"]

    @staticmethod
    def _previous_join(earlier: list[Draft], person: str, verb: str, before: str = "") -> str:
        # 加入苹果两个月又回流到谷歌, 转投苹果…三年后又加入特斯拉: a switching verb,
        # or a join that comes after (又/后/随后), leaves the organization just joined;
        # 入职京东,出任京东集团副总裁 is one join told twice.
        if verb not in lexicon.verbs_with("switch") and not _THEN.search(before):
            return ""
        joins = [d for d in earlier if d.person == person and d.to_org]
        return joins[-1].to_org if joins else ""


def _latin_object(view: DocView, end: int, limit: int) -> list[Mention]:
    """A capitalized Latin name right after a verb (`加盟了Mondo Tech`), not a person's."""
    found = _LATIN_OBJECT.match(view.text, end, limit)
    if found is None or view.persons.inside(found.start(1), found.end(1)) or view.persons.starting(found.start(1), found.end(1)):
        return []
    name = found.group(1).rstrip(" .-")
    if name.lower() in word_list("latin_not_names"):
        return []
    return [Mention(found.start(1), found.start(1) + len(name), "ORG", name, name)]


def _one_fact_once(drafts: list[Draft]) -> list[Draft]:
    """`2016年至2018年在微软研究院担任研究员` … `2018年她离开微软`: one leave told twice,
    once by the unit and once by the company whose name it starts with. A record that
    states only that fact again (same person, same kind, one organization's name inside
    the other's, times that agree) is one fact: the dated statement is kept (else the
    first), and what the other adds (role, time) goes to it."""
    kept: list[Draft] = []
    for draft in drafts:
        side = _single_side(draft)
        internal = draft.from_org in draft.to_org or draft.to_org in draft.from_org
        if not side and not internal:
            # A move states both facts: a lone statement of either is the same fact again
            # (not for a move inside one company: 加入谷歌 … 从谷歌转入谷歌DeepMind are two steps).
            told = [k for k in kept if (k_side := _single_side(k)) and _same_fact(draft, k, k_side)]
            # A lone statement that says more (its own title or date) keeps the fact,
            # and the move keeps only its other side (港交所前首席技术总监A辞任,转投华为).
            richer = [k for k in told if k.role not in ("", draft.role) or k.time not in ("", draft.time)]
            kept = [k for k in kept if all(k is not t for t in told) or any(k is r for r in richer)]
            for lone in richer:
                setattr(draft, _single_side(lone), "")
            if told:
                draft.rules.append("repeat:same-fact-elsewhere")
        twin = side and next((other for other in kept if _same_fact(other, draft, side)), None)
        if not twin:
            kept.append(draft)
            continue
        if draft.time and not twin.time and _single_side(twin) == side:
            kept[kept.index(twin)] = draft  # the dated statement names the move
            twin, draft = draft, twin
        twin.role = twin.role or draft.role
        twin.time = twin.time or draft.time
        twin.rules.append("repeat:same-fact-elsewhere")
    return kept


def _single_side(draft: Draft) -> str:
    if draft.from_org and not draft.to_org:
        return "from_org"
    return "to_org" if draft.to_org and not draft.from_org else ""


def _same_fact(one: Draft, other: Draft, side: str) -> bool:
    mine, theirs = getattr(one, side), getattr(other, side)
    return (
        one.person == other.person
        and bool(mine)
        and (mine in theirs or theirs in mine)
        and _times_agree(one.time, other.time)
        and one.status == other.status
    )


def _times_agree(one: str, other: str) -> bool:
    """Equal, one empty, or one the other's prefix (`2018` and `2018-06`)."""
    return not one or not other or one.startswith(other) or other.startswith(one)


def _span_end_leave(view: DocView, sentence: Sentence, start: int, joined: Draft) -> list[Draft]:
    """`2015-2018,就职于大疆`: a join dated by a span's start is left at its end
    (a span ending 至今 has no end: still there)."""
    ends = [d for d in view.dates.inside(sentence.start, start) if d[3] == "span_end"]
    if not ends or not ends[-1][2] or ends[-1][2] == joined.time:
        return []
    leave = Draft(joined.person, "leave", "serve", joined.trigger, joined.start, joined.end, joined.sentence)
    leave.from_org, leave.role, leave.time, leave.status = joined.to_org, joined.role, ends[-1][2], joined.status
    kept = [rule for rule in joined.rules if rule.startswith(("subject:", "org:", "role:"))]
    leave.rules = [joined.rules[0], "frame:span-end-leave", *kept, "time:span-end", joined.rules[-1]]
    return [leave]


def _chained_leaves(drafts: list[Draft]) -> list[Draft]:
    """`2017年任中国电信副总经理;2023年5月任中国铁塔董事`: a dated join elsewhere, later
    than a dated join, leaves the first employer then (a résumé's next line)."""
    joins, by_step = [], {}
    for draft in drafts:
        # An internship ends on its own, a founder or a professor often keeps the first post.
        if (
            draft.to_org
            and draft.time
            and draft.status == "done"
            and draft.verb_kind not in ("intern", "found")
            and not concurrent(draft.role)
            and not shadow(draft.to_org).endswith(word_list("school_suffixes"))
        ):
            step = Step(draft.person, employer(draft.to_org), draft.time, draft.start)
            joins.append(step)
            by_step[step] = draft
    left = {(d.person, employer(d.from_org)) for d in drafts if d.from_org}
    undated = [d for d in drafts if d.to_org and not d.time and d.verb_kind not in ("intern", "found")]
    chained = []
    for earlier, later in chain_leaves(joins, left):
        joined, moved = by_step[earlier], by_step[later]
        # 2014年短暂加盟360,后…进入高德地图;2022年入职小鹏: the post after 360 is the undated
        # one told between them, so 360 was left at a date the text does not give.
        between = any(
            d.person == joined.person and joined.start < d.start < moved.start and employer(d.to_org) not in (earlier.employer, later.employer)
            for d in undated
        )
        draft = Draft(joined.person, "leave", "leave", moved.trigger, moved.start, moved.end, moved.sentence)
        draft.from_org = joined.to_org
        draft.role = joined.role
        draft.time = "" if between else moved.time
        draft.rules = [f"chain:{moved.trigger}", "frame:next-post", "subject:same-person", "org:earlier-post",
                       "role:earlier-post" if joined.role else "role:none", "time:next-post", "status:done"]
        chained.append(draft)
    return chained


def _successive_leaves(joins: list[Draft]) -> list[Draft]:
    """`先后加盟腾讯、阿里巴巴`: one employer after the other, so each but the last was
    left for the next (ANNOTATION.md: a post followed by a later employer is a leave)."""
    leaves = []
    for person in dict.fromkeys(d.person for d in joins):
        mine = [d for d in joins if d.person == person and d.to_org and not d.from_org]
        for earlier, later in zip(mine, mine[1:]):
            if employer(earlier.to_org) == employer(later.to_org):
                continue
            leave = Draft(person, "leave", "leave", later.trigger, later.start, later.end, later.sentence)
            leave.from_org, leave.status = earlier.to_org, earlier.status
            subject = next((rule for rule in earlier.rules if rule.startswith("subject:")), "subject:clause")
            leave.rules = [earlier.rules[0], "frame:successive-list", subject, "org:earlier-of-list", "role:none", "time:none", f"status:{earlier.status}"]
            leaves.append(leave)
    return leaves


def _studies_in(view: DocView, clause: Clause) -> bool:
    """Does the clause state schooling as an act? `毕业后加入百度`, `硕士毕业后加入百度`,
    `读博期间在百度实习` only date a job: a run of schooling words ending in a time frame."""
    schooling = [(s, e) for s, e, v in view.cues.starting(clause.start, clause.end) if v == "schooling"]
    follows = {s: e for s, e in schooling}
    for _, end in schooling:
        while end in follows:
            end = follows[end]
        if not _TIME_FRAME.match(view.simple, end):
            return True
    return False


def _names_post_only(view: DocView, trigger) -> bool:
    """`出任CTO` (a post, no organization) rather than `出任英伟达副总裁`."""
    if view.simple[trigger.start_char : trigger.end_char] not in lexicon.verbs_with("post-only"):
        return False
    return not any(o.key not in view.products for o in view.orgs.starting(trigger.end_char, trigger.end_char + 3))


def _without_products(orgs: list[Mention], products: set[str]) -> list[Mention]:
    """`出任Optimus机器人项目软件负责人`: a product names a post's project, not an employer."""
    return [org for org in orgs if org.key not in products]


def _governed(view: DocView, floor: int, person: Mention) -> bool:
    """Is the name an object: a marker (跟随, 接替, 向, 与 …) just before it?"""
    low = max(floor, person.start - 4)
    if view.simple[max(low, person.start - 1) : person.start] in ("与", "和", "跟", "同") and _TOGETHER.match(view.simple, person.end):
        return True  # 与钭文涛一同离开百度的还有…: a companion, not the subject
    return _governing_end().search(view.simple, low, person.start) is not None


@lru_cache(maxsize=1)
def _governing_end() -> re.Pattern[str]:
    """Markers that govern a name: all of two characters or more, and these prepositions
    (受 as in `受A邀请加入X`: A invites, the one who joins is another)."""
    # `李某之妻马东敏回归`: a word for a relative introduces the subject (patterns.toml: kin_introducers).
    kin = frozenset(word_list("kin_introducers"))
    return ends_in_marker([m for m in object_markers() if (len(m) > 1 or m in "向对被让给把替受") and m not in kin])


def _denied(view: DocView, sentence: Sentence) -> bool:
    if any(value == "denied" for s, e, value in view.cues.starting(sentence.start, sentence.end)):
        return True
    # 有消息称A将离职加入B。对此,京东方面予以否认: the next sentence answers the rumour.
    if not any(value in ("rumour", "reported") for s, e, value in view.cues.starting(sentence.start, sentence.end)):
        return False
    index = bisect_right(view.sentence_starts, sentence.start)
    after = view.sentences[index] if index < len(view.sentences) else None
    return (
        after is not None
        and _ANSWER.match(view.simple, after.start) is not None
        and any(value == "denied" for s, e, value in view.cues.starting(after.start, after.end))
    )


def _answered_no(view: DocView, sentence: Sentence, clause: Clause, end: int) -> bool:
    """`针对其将加盟寒武纪的传言,A回应称自己"并未加入任何公司"`: the rumour, then its denial."""
    return _RUMOUR_PHRASE.match(view.simple, end, clause.end) is not None and any(
        value in ("negated", "denied") for s, e, value in view.cues.starting(clause.end, sentence.end)
    )


def _trigger_end(view: DocView, start: int) -> int:
    return view.trigger_ends.get(start, start)


def _unnamed_count(text: str, start: int, end: int) -> bool:
    """A count of people as a participant (`十余位研究员投奔Meta`), not a companion (`与两位同学`)."""
    return any(
        not _GOVERNED.search(text, max(start, hit.start() - 2), hit.start())
        for hit in _UNNAMED.finditer(text, start, end)
    )


def _predecessor_leaves(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """`B接替A出任X校长`, `B接替提早离任的前校长A,正式上任X校长`: B joins X, and A,
    whom B succeeds, leaves X (frame:succession-predecessor) with the same post."""
    out: list[Draft] = []
    for draft in drafts:
        if draft.kind != "join" or not draft.to_org or draft.status == "reported":
            continue
        sentence = draft.sentence
        for person in view.persons.inside(sentence.start, sentence.end):
            if person.key == draft.person or not governance.SUCCEEDS.search(view.simple, max(sentence.start, person.start - 16), person.start):
                continue
            if any(d.person == person.key and d.from_org == draft.to_org for d in drafts + out):
                continue
            leave = Draft(person.key, "leave", "leave", draft.trigger, draft.start, draft.end, sentence)
            leave.from_org, leave.role, leave.time, leave.status = draft.to_org, draft.role, draft.time, draft.status
            leave.rules = ["leave:succeeded", "frame:succession-predecessor", "subject:succeeded-name", "org:successor-joined",
                           "role:successor-post" if draft.role else "role:none", "time:successor" if draft.time else "time:none",
                           f"status:{draft.status}"]
            out.append(leave)
    return out


def _within_org(view: DocView, person: Mention) -> tuple[list[Mention], str]:
    """The employer of a post change (`within` verbs: 升任, 复职), and its rule id."""
    described = describing_org(view, person)
    if described:
        return described, "org:within-describing"
    known = view.affiliation.get(person.key)
    if known:
        return [Mention(0, 0, "ORG", known, known)], "org:within-last-joined"
    return [], ""


def _hiring_org(view: DocView, sentence: Sentence, before: int) -> list[Mention]:
    """The subject of a hiring verb (引入, 招揽) earlier in the sentence."""
    for trigger in view.triggers.starting(sentence.start, before):
        if trigger.label_ == "hire":
            clause = sentence.clause_at(trigger.start_char)
            subject = view.orgs.inside(clause.start, trigger.start_char)
            if subject:
                return subject[:1]
    return []


def _scene_org(view: DocView, before: int) -> list[Mention]:
    """`在百度,那一年的3月22日,…。3月27日,高级副总裁A离职`: a paragraph that opens
    on 在X, sets the organization its bare leaves are about."""
    paragraph = view.simple.rfind("\n", 0, before) + 1
    return [
        o
        for o in view.orgs.starting(paragraph + 1, paragraph + 4)
        if o.end <= before and view.simple[o.start - 1] == "在" and view.simple[o.end : o.end + 1] == ","
    ][:1]


def _joined_orgs(view: DocView, sentence: Sentence) -> list[Mention]:
    """Organizations a join or founding verb of the sentence takes as its object."""
    joined: list[Mention] = []
    for trigger in view.triggers.starting(sentence.start, sentence.end):
        if trigger.label_ in JOIN_KINDS:
            clause = sentence.clause_at(trigger.start_char)
            joined += group_after(view.orgs, view.simple, trigger.end_char, clause.end, max_gap=_MAX_OBJECT_GAP)
    return joined


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


def _also_listed(view: DocView, sentence: Sentence, clause: Clause, start: int) -> list[Mention]:
    """`与A一同加盟商汤的,还有B,以及C`: the verb phrase describes the people listed after 还有."""
    also = _ALSO_HAD.match(view.simple, _trigger_end(view, start))
    if also is None:
        return []
    people = view.persons.starting(also.end(), sentence.end)
    # `还有他在小鹏的三名老部下——A、B和C`: a description of the group, then the list after the dash.
    gap = _GROUP_INTRO.sub("", PARENTHESIS.sub("", view.simple[also.end() : people[0].start])) if people else ""
    if not people or len(gap) > _MAX_OBJECT_GAP:
        return []
    # 还有A、B、C等: every item of the list, a name the name stage missed included (rosters.py).
    return unique(listed_people(view, people[0], sentence.end))


def _topic(view: DocView, before: int) -> list[Mention]:
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
        if long_markers.search(prefix) or prefix[-1:] in short_markers:
            continue
        following = persons[index + 1] if index + 1 < len(persons) else None
        if following is not None and _POSSESSOR.fullmatch(view.simple, person.end, following.start):
            continue  # 蒲宇航在小鹏时期的老部下瞿晓琳: the clause is about 瞿晓琳
        rest = view.simple[person.end : clause.end].strip(" 。,;:!?()")
        if not prefix.strip(" -*·") and not rest and not view.opens_sentence(clause.start):
            continue  # `…三巨头之一,Yoshua Bengio。`: an apposition, not a heading
        # The names from this one on, up to `before`: those of `persons` after it.
        return group_after(view.persons, view.simple, person.start, before)
    return []


@lru_cache(maxsize=1)
def _object_marker_sets() -> tuple[re.Pattern[str], frozenset[str]]:
    """Markers of two or more characters as one pattern; one-character ones as a set."""
    markers = object_markers()
    long_markers = sorted((m for m in markers if len(m) > 1), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, long_markers))), frozenset(m for m in markers if len(m) == 1)


def _article_org(view: DocView, before: int) -> list[Mention]:
    """The organization named most often before `before` (twice at least): what the article is about."""
    counts: dict[str, list[Mention]] = {}
    for org in view.orgs.inside(0, before):
        counts.setdefault(org.key, []).append(org)
    ranked = sorted(counts.values(), key=len, reverse=True)
    # Dominant, not merely first: a year-in-review of five companies is about none of them.
    if not ranked or len(ranked[0]) < 2 or len(ranked) > 1 and len(ranked[0]) < 2 * len(ranked[1]):
        return []
    return ranked[0][-1:]


def _switched_from(view: DocView, person: Mention, verb: str, draft: Draft) -> str:
    """`去年11月加盟xAI。…今年4月回流到谷歌DeepMind`: a switch leaves the organization
    the person last joined, when both dates say the switch came after that join (a
    biography often follows the news that told the later join)."""
    known = view.affiliation.get(person.key, "") if verb in lexicon.verbs_with("switch") else ""
    since = view.affiliation_since.get(person.key, "")
    if not known or not since or not draft.time or employer(known) == employer(draft.to_org):
        return ""
    return known if not_after(since, draft.time, strictly=True) else ""


def _left_behind(view: DocView, sentence: Sentence, clause: Clause, end: int) -> list[Mention]:
    """`A离开后,宇树科技并未调整…`: the organization the main clause opens on is the one left."""
    if not _AFTER_LEAVING.fullmatch(view.simple, end, clause.end) or clause.end >= sentence.end:
        return []
    following = clause.end + (view.simple[clause.end : clause.end + 1] == " ")  # a space after the comma
    return view.orgs.starting(following, following + 1)[:1]


def _declined_after(view: DocView, sentence: Sentence, end: int, org: Mention) -> bool:
    """`快手力邀A加盟,但A拒绝了快手的邀请`: the offer the verb stated, turned down later in
    the sentence (ANNOTATION.md: offers declined or not taken give no record)."""
    for cue_start, cue_end, value in view.cues.starting(end, sentence.end):
        if value == "declined":
            clause = sentence.clause_at(cue_start)
            if any(other.key == org.key for other in view.orgs.starting(cue_end, clause.end)):
                return True
    return False


def _heading_org(view: DocView, person: Mention, before: int) -> list[Mention]:
    """`- 皇甫晴川:智谱AI前副总裁,今年1月辞任`: a list item's name, then a colon and the
    organization and title that describe the person."""
    lead = _HEADING_LEAD.match(view.simple, person.end)
    if lead is None:
        return []
    org = view.orgs.starting(lead.end(), lead.end() + 1)
    if not org or org[0].end > before:
        return []
    title = _FORMER_MARK.match(view.simple, org[0].end).end()
    return org[:1] if view.titles.starting(title, title + 1) else []


def _units_to_employers(view: DocView, draft: Draft) -> bool:
    """`2016年至2022年担任TPU团队工程总监`, `加入智驾团队`: a team named on its own is a
    unit of the person's employer, so the record is about that employer; without
    one known, there is no record (False)."""
    if draft.verb_kind not in ("join", "intern", "serve", "move", "hire"):
        return True  # 不再担任自动驾驶事业部总经理: what is left may well be the unit itself
    for side in ("to_org", "from_org"):
        name = getattr(draft, side)
        if name and bare_unit().search(name) and not known_org(name):
            employer = view.affiliation.get(draft.person, "")
            if not employer or employer == name:
                return False
            setattr(draft, side, employer)
            draft.rules.append("org:unit-to-employer")
    return not (draft.to_org and draft.to_org == draft.from_org)


def _pointed_org(view: DocView, end: int, person: Mention, floor: int, *, joining: bool):
    """`郑海川也离开了该公司`, `她回到母校任教`: a noun after the verb that points back to
    an organization: the one the person is known at (a company), else the nearest
    fitting one named before (topic.anaphor_org)."""
    pointed = anaphor_object(view, end, joining=joining)
    if pointed is None:
        return None
    kind, at = pointed
    # 公司/本公司: the organization announcing, else the article's own (a filing's
    # 公司 is the filer, wherever the person also works); 该公司: the person's
    # employer, else the nearest company named.
    own = announcing_org(view, floor, at) or _article_org(view, len(view.text)) if kind == "own" else []
    known = view.affiliation.get(person.key, "") if kind != "school" and not own else ""
    if known:
        return [Mention(0, 0, "ORG", known, known)], [], ["org:anaphor-affiliation"]
    if kind == "own":
        org = own or headline_topic(view)
    else:
        org = anaphor_org(view, kind, at, person)
    if not org:
        return None
    # The organization itself, placed where the noun stands: `_org_text` writes its name.
    return [Mention(0, 0, "ORG", _org_text(view, org[0]), org[0].key)], [], [f"org:anaphor-{kind}"]


def _org_text(view: DocView, org: Mention) -> str:
    written = view.text[org.start : org.end] if org.end else org.text
    # A short name stands for the full one around it (`北辰` → `北辰机器人公司`, `衡思智能` → `杭州衡思智能科技有限公司`).
    return org.text if org.end and org.text != written and written in org.text else written


def _post_follows(view: DocView, org: Mention) -> bool:
    """`出任国立清华大学电机系教授`: a title written right after the school is a post there."""
    return any(not _NOT_IN_POST.search(view.simple, org.end, t.start) for t in view.titles.starting(org.end, org.end + 9))


def _is_investor(org: Mention) -> bool:
    """`由多家头部美元基金联合领投`: who funds a company, not who works there."""
    return org.key in lexicon.org_names_of_kind("investor") or org.text.endswith(word_list("investor_suffixes"))


def _is_school(view: DocView, org: Mention | None) -> bool:
    return org is not None and (org.key in view.university or org.text.endswith(word_list("school_suffixes")))


def _mark_inferred_orgs(doc: Doc, view: DocView, drafts: list[Draft]) -> None:
    """A record whose organization was read off a verb frame alone (`加入妙动`,
    unknown_orgs.py) names that rule, so confidence can weigh it."""
    inferred = {view.text[start:end]: rule for (start, end), rule in (doc._.inferred_orgs or {}).items()}
    if not inferred:
        return
    for draft in drafts:
        for org in (draft.from_org, draft.to_org):
            if org in inferred and inferred[org] not in draft.rules:
                draft.rules.append(inferred[org])


def _time(view: DocView, sentence: Sentence, clause: Clause, start: int, end: int, scored: str) -> tuple[str, str]:
    """The record's time and the id of the time rule that chose it."""
    effective = [d for d in view.dates.inside(end, sentence.end) if d[2] and _TAKES_EFFECT.match(view.simple, d[1])]
    if effective:
        return effective[0][2], "time:effective"
    before = view.dates.inside(sentence.start, start)
    in_clause = [d for d in before if d[0] >= clause.start]
    if not in_clause and before and _EARLIER_CLAUSE.search(view.simple[before[-1][1] : start]):
        return "", "time:earlier-clause"
    # 3月27日,A离职,之后创办X / 2020年8月入职蔚来后,…他的离开: a date of an earlier
    # clause dates the event told next to it, not one told after a time marker.
    if not in_clause and _THEN_CLAUSE.match(view.simple, clause.start):
        # 2017年至2020年在小鹏汽车任职,随后加入英伟达: the step after a span starts at its end.
        ends = [d for d in before if d[3] == "span_end"]
        return (ends[-1][2], "time:after-span") if ends else ("", "time:none")
    pool, rule = (in_clause, "time:clause") if in_clause else (before, "time:sentence-before")
    if not pool:
        pool, rule = view.dates.inside(end, clause.end)[:1], "time:after-verb"
    if not pool:
        return "", "time:none"
    chosen = pool[-1]
    if chosen[3] == "span_end" and scored == "join":
        starts = [d for d in pool if d[3] == "span_start"]
        if starts:
            chosen, rule = starts[-1], "time:span-start"
    return chosen[2], rule


def _status(view: DocView, sentence: Sentence, clause: Clause, person: Mention, start: int) -> tuple[str, str]:
    """The record's status and the id of the status rule that set it."""
    cues = [value for s, e, value in view.cues.inside(sentence.start, start)]
    if "rumour" in cues or _RUMOURED.match(view.simple, _trigger_end(view, start)):
        return "reported", "status:rumour"  # 离职的传闻/消息: the move is what the rumour says
    if "reported" in cues:
        # 有媒体报道称,A已相继离职 / 消息称,A离开了X: a source, but the move is stated as
        # done (the real-news gold annotates these done; only the unfinished stay reported).
        completed = _COMPLETED.search(view.simple, max(clause.start, start - 8), start) or _PERFECTIVE.match(
            view.simple, _trigger_end(view, start)
        )
        return ("done", "status:reported-as-done") if completed else ("reported", "status:reported")
    near = [value for s, e, value in view.cues.inside(max(clause.start, person.end if person.end <= start else 0), start)]
    return ("announced", "status:announced") if "announced" in near else ("done", "status:done")


def _merge_moves(drafts: list[Draft]) -> list[Draft]:
    """`离开特斯拉,转而加入OpenAI`: one move record, from and to.

    A record has one time, so a leave with its own date stays a record of its
    own; its one role is the title at `to_org` (ANNOTATION.md), so a leave's own
    title stays only when the join states none.
    """
    out: list[Draft] = []
    for draft in drafts:
        partner = next(
            (
                d
                for d in out
                if d.person == draft.person
                and d.kind == "leave"
                and d.verb_kind == "leave"
                and not d.to_org
                and draft.kind == "join"
                and not draft.from_org
                and d.from_org != draft.to_org
                and (not d.role or draft.role)
                and (not d.time or not draft.time or d.time == draft.time)
                and not (d.time and draft.later_step)  # 3月27日离职,之后创办X: two dated differently
            ),
            None,
        )
        if partner is not None:
            partner.rules = partner.rules + ["merge:leave+join"] + draft.rules
            partner.to_org = draft.to_org
            partner.role = draft.role
            partner.time = draft.time or partner.time
            partner.status = draft.status
            partner.trigger = f"{partner.trigger}…{draft.trigger}"
            partner.end = draft.end
            partner.kind = "move"
        else:
            out.append(draft)
    return out


def _without_repeats(drafts: list[Draft]) -> list[Draft]:
    """One record per person and organizations in a sentence: a clause that
    restates a move (`…联合创立,目标是…`) adds at most a missing role or time."""
    kept: dict[tuple[str, str, str], Draft] = {}
    for draft in drafts:
        first = kept.setdefault((draft.person, draft.from_org, draft.to_org), draft)
        if first is not draft:
            if not first.role and draft.role or not first.time and draft.time:
                first.rules.append("repeat:filled-from-restatement")
            first.role = first.role or draft.role
            first.time = first.time or draft.time
    return list(kept.values())


def build_move(doc_id: str, draft: Draft, *, text: str) -> LocatedMove:
    """The finished record; evidence is the sentence as the article writes it."""
    # How often the article writes the name: a real subject is named again, a
    # misread name (官宣漆, 常程还) seldom is; the confidence model weighs it.
    evidence = text[draft.sentence.start : draft.sentence.end]
    shape = features(
        " ".join(draft.rules), person=draft.person, from_org=draft.from_org, to_org=draft.to_org, role=draft.role, time=draft.time,
        mentions=text.count(draft.person), evidence=evidence, trigger_at=draft.start - draft.sentence.start,
    )
    return LocatedMove(
        doc=doc_id,
        person=draft.person,
        from_org=draft.from_org,
        to_org=draft.to_org,
        role=draft.role,
        time=draft.time,
        status=draft.status,
        evidence=evidence,
        trigger=draft.trigger,
        start=draft.start,
        end=draft.end,
        rules=" ".join(draft.rules),
        confidence=confidence(shape),
    )


@Language.factory(
    "talentflow_moves",
    assigns=["doc._.career_moves"],
    requires=["doc.ents", "doc.spans"],
)
def make_move_extractor(nlp: Language, name: str) -> MoveExtractor:
    return MoveExtractor(nlp, name)
