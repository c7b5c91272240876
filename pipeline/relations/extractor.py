"""The relation stage's spaCy component: each trigger of a sentence read by its
frame (frames.py, served.py), the sentence's drafts merged, then the article's
(assembly.py) made into `doc._.career_moves`."""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from talentflow.components import extensions as _extensions  # noqa: F401 - registers Doc._.career_moves
from talentflow.components.repeated_orgs import NAME_AGAIN
from talentflow.relations.still_there import without_posts_still_held
from talentflow.relations.assembly import (
    build_move,
    chained_leaves,
    list_then_join,
    merge_moves,
    one_fact_once,
    predecessor_leaves,
    settle_later,
    without_implied_twins,
    without_relative_joins,
    without_repeats,
)
from talentflow.relations import cv_lines
from talentflow.relations.companions import companion_moves
from talentflow.relations import lineups, notices
from talentflow.relations.before_join import before_join_posts
from talentflow.relations.docview import DocView, text_of, view_of
from talentflow.relations.origins import moved_joins, without_lone_origins
from talentflow.relations.draft import Draft
from talentflow.relations.frame_table import FRAMES
from talentflow.relations.frames import TRIGGER_READERS, read_trigger
from talentflow.relations.posts import fill_left_roles
from talentflow.relations.role_finish import finish_roles
from talentflow.relations.shared_subjects import dropped_groups
from talentflow.relations.resume_slots import RULE as SLOT_RULE, add_slot_orgs, slot_names
from talentflow.relations.subjects import subject_of
from talentflow.relations.succession import succession_drafts
from talentflow.relations.unit_joins import unit_of_joined
from talentflow.resources import lexicon
from talentflow.resources.patterns import word_list
from talentflow.text.sentences import split_sentences
from talentflow.text.textnorm import shadow


class MoveExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.trigger_role = {t.verb: t.role for t in lexicon.triggers()}

    def __call__(self, doc: Doc) -> Doc:
        if not doc.spans.get("triggers") and not any(m.may_hold(text_of(doc)) for m in (cv_lines, lineups, notices)):
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
                # Its reader by the frame table (Frame.reader): 担任's frames by served.py, …
                reader = TRIGGER_READERS.get(FRAMES[trigger.label_].reader, read_trigger)
                read = reader(view, sentence, trigger, next_start, found, self.trigger_role)
                # The one place the reading state changes: the triggers after this one
                # know the employer it joined (2019年加入小米 … 2021年升任小米云副总裁).
                view.reading.learn(read)
                found.extend(read)
            found.extend(succession_drafts(view, sentence, found))  # 由B接任, 接替他的是B: the post named first
            found += before_join_posts(view, sentence, found)  # 加入X之前,他是Y的教授: a leave of Y
            found += list_then_join(found)
            found += dropped_groups(found)  # A、B,以及C均已离开X,加入Y: the join is the whole list's
            drafts.extend(without_implied_twins(without_repeats(unit_of_joined(merge_moves(found)))))  # 回流到X,再次加入Y团队: one join
        drafts += companion_moves(view, drafts)  # 与A一同回流的还有B: B made A's move
        drafts += cv_lines.cv_moves(view, drafts)  # 2016.07—2019.12 银杏网络 技术总监: résumé lines with no verb
        drafts += lineups.lineup_moves(view, drafts)  # 新一届管理层名单如下: / 总经理:林若溪(原…): a team's lines, no verb
        drafts += notices.notice_moves(view, drafts)  # 现任X副总经理,拟任Y总经理: a notice's proposed move
        settle_later(view, drafts)
        drafts += chained_leaves(drafts)
        drafts += predecessor_leaves(view, drafts)
        drafts = without_relative_joins(view, one_fact_once(drafts))  # 其加盟的X实验室: the join told again
        drafts = without_posts_still_held(view, drafts)  # 曾任X副校长,目前担任X校长: still at X
        drafts = without_lone_origins(view, drafts)  # 来自阿里云的A在会上分享: A works there (origin:needs-move)
        drafts += moved_joins(view, drafts)  # 星河科技技术长A挖角自X: A joined 星河科技
        fill_left_roles(view, drafts, subject_of)
        finish_roles(view, drafts)  # 宣布北辰副总裁A… → 副总裁; 成员A和B: each a 成员
        drafts = [draft for draft in drafts if not _study_stay(draft)]
        slots = slot_names(view)
        for draft in drafts:
            if slots and (draft.from_org in slots or draft.to_org in slots):
                draft.rules.append(SLOT_RULE)
        _mark_inferred_orgs(doc, view, drafts)
        name_rules = doc._.name_rules or {}
        for draft in drafts:
            if draft.person in name_rules:
                draft.rules.append(name_rules[draft.person])  # how the PERSON stage read the name
        doc_id = doc._.doc_id or "doc"
        doc._.career_moves = [build_move(doc_id, draft, text=view.text) for draft in drafts if draft.from_org or draft.to_org]
        return doc


def _study_stay(draft: Draft) -> bool:
    """`曾在麻省理工学院担任访问学者`: a stay of study at a school is schooling, no
    career move (ANNOTATION.md), whichever frame read it (访问学者 at 微软 is a post)."""
    org = draft.to_org or draft.from_org
    return shadow(draft.role) in word_list("study_posts") and shadow(org).endswith(word_list("school_suffixes"))


def _names_post_only(view: DocView, trigger) -> bool:
    """`出任CTO` (a post, no organization) rather than `出任英伟达副总裁`."""
    if view.simple[trigger.start_char : trigger.end_char] not in lexicon.verbs_with("post-only"):
        return False
    return not any(o.key not in view.products for o in view.orgs.starting(trigger.end_char, trigger.end_char + 3))


def _mark_inferred_orgs(doc: Doc, view: DocView, drafts: list[Draft]) -> None:
    """A record whose organization was read off a verb frame alone (`加入妙动`,
    unknown_orgs.py) names that rule, so confidence can weigh it."""
    inferred: dict[str, str] = {}
    for (start, end), rule in (doc._.inferred_orgs or {}).items():
        # `禾川生物宣布` after `共同创办了禾川生物`: the frame that found the name names it, not its repeat.
        if rule == NAME_AGAIN:
            inferred.setdefault(view.text[start:end], rule)
        else:
            inferred[view.text[start:end]] = rule
    if not inferred:
        return
    # `星河科技：无线事业部` is written with its parent (colon_units.py): the long form names the rule too.
    for (start, end), long_form in (doc._.long_forms or {}).items():
        if view.text[start:end] in inferred:
            inferred.setdefault(long_form, inferred[view.text[start:end]])
    for draft in drafts:
        for org in (draft.from_org, draft.to_org):
            if org in inferred and inferred[org] not in draft.rules:
                draft.rules.append(inferred[org])


@Language.factory(
    "talentflow_moves",
    assigns=["doc._.career_moves"],
    requires=["doc.ents", "doc.spans"],
)
def make_move_extractor(nlp: Language, name: str) -> MoveExtractor:
    return MoveExtractor(nlp, name)
