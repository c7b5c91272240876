"""Organizations no lexicon knows and no suffix marks, read off the verb frame.

`加入妙动`, `加盟极光,出任…`, `离开了极客星球,加入了小米`, `担任智原策略长`: news
names a small company by its bare name, without `科技`/`公司`. The verb says what
its object is: what 加入/加盟/入职 take and 担任 places before a title is an
organization (org_frame_verbs.tsv). Precision comes first, so the name must be
- a short run (1–3 tokens, 2–6 characters) of Han characters ending where the
  clause does or a post verb starts (`加入妙动,担任…`, `加盟极光出任…`);
- not everyday vocabulary at its head (`加入战局`, `离开北京`, `离开岗位`: jieba's
  common words), nor a word of not_org_objects.txt (`加入大厂`, `回到母校`);
- not readable as a person's name (`投奔张伟`), a title or a title's modifier.
A unit written with its English name in brackets before its head word
(`字节跳动(Speech Synthesis)团队`) is one unit of the organization before it
(`org:bracketed-unit`), not the organization cut before the bracket.
The spans are ORG entities like any other; `doc._.inferred_orgs` keeps their
offsets with the id of the frame that found them (`org:unknown-after-verb`,
`org:unknown-before-title`), which the records that use them carry in `rules`,
so confidence can weigh them.
"""

from __future__ import annotations

import re
from itertools import compress

import numpy
from spacy.attrs import ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from talentflow.components import extensions as _extensions
from talentflow.resources import given_names, jieba_dict, lexicon
from talentflow.components.entities import descriptors, left_stops
from talentflow.components.listed_orgs import listed_orgs
from talentflow.resources.org_identity import unit_heads
from talentflow.resources.patterns import rule, word_list
from talentflow.components.known_entities import title_norms, title_prefixes
from talentflow.text.textnorm import shadow
from talentflow.components.tokenlists import entities_of, token_lists

AFTER_VERB = "org:unknown-after-verb"
BEFORE_TITLE = "org:unknown-before-title"
BRACKETED_UNIT = "org:bracketed-unit"
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*|\s")

_HAN = re.compile(r"[\u4e00-\u9fff]+")
# The words of this stage are data (data/patterns.toml, unit_heads.tsv): what may
# follow an object name (list after_object_name: `加入妙动,担任CTO`), the ordinal that
# starts a post (rule ordinal-start: `出任科大第四任校长`), the characters that open a
# grammatical phrase (list phrase_openers: `的消息`), the heads of a bracketed unit.
_ORDINAL = rule("ordinal-start")
# A name as long as jieba cuts it: 1–3 tokens, 2–6 characters.
_MAX_TOKENS, _MIN_CHARS, _MAX_CHARS = 3, 2, 6
# A name's characters read as a person's name at least this well (given_names score):
# `投奔张伟` (3.0), `加入王强` (0.5) are people; 智原 (-3.4) and 妙动 (-inf) are not.
_PERSON_LIKE = -1.0


class UnknownOrgFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.frames = lexicon.org_frame_verbs()
        self.not_orgs = frozenset(lexicon.word_list("not_org_objects.txt"))
        self.next_words = frozenset(word_list("after_object_name"))
        self.grammar = frozenset(word_list("phrase_openers"))
        # `字节跳动(Speech Synthesis)团队`: a unit named with its English name in brackets
        # before its head word; the whole is the unit (the scorer folds the bracket away).
        self.bracketed_heads = frozenset(unit_heads("bracketed"))
        # A name never holds a word that makes a clause or a post (`加入了`, `担任`).
        self.stops = (
            {t.verb for t in lexicon.triggers()} | set(lexicon.cue_table("cues.tsv")) | title_norms() | title_prefixes() | self.next_words
            | left_stops()  # grammar that closes a name: `离开的消息`, `离开在初创公司`
        )
        self.titles = title_norms()
        # Before a stock code a title's modifier may be part of the name (`晨曦通信`): only grammar and verbs stop it.
        self.listed_stops = frozenset({t.verb for t in lexicon.triggers()} | set(lexicon.cue_table("cues.tsv")) | left_stops())

    def __call__(self, doc: Doc) -> Doc:
        texts, norms, starts = token_lists(doc)
        if "(" in norms:
            self._bracketed_units(doc, texts, norms)
        if "(" in norms or "公告" in norms:
            # 广誉远(600771.SH)发布公告, 华正新材晚间公告: a listed company's short name (listed_orgs.py).
            listed = listed_orgs(doc, starts, norms, self.listed_stops)
            if listed:
                doc.set_ents(listed, default="unmodified")
        # The verbs found in C (map and compress), not a Python step per token.
        frames = [(i, self.frames[norms[i]]) for i in compress(range(len(norms)), map(self.frames.__contains__, norms))]
        if not frames:
            return doc
        # Each token's entity label, read from the label array: `doc.ents` would build
        # a Span for every entity of the article to be read once.
        labels = [""] * len(norms)
        types = doc.to_array(ENT_TYPE)
        inside = numpy.flatnonzero(types)
        strings = doc.vocab.strings
        for i, label in zip(inside.tolist(), types[inside].tolist()):
            labels[i] = strings[label]
        found: list[Span] = []
        inferred = doc._.inferred_orgs = doc._.inferred_orgs or _extensions.OffsetMap()
        for verb, frame in frames:
            first = verb + 1
            if frame == "object" and first < len(norms) and norms[first] == "了":
                first += 1
            end = self._name_end(norms, labels, first)
            if end is None or not self._fits(norms, labels, first, end, frame):
                continue
            span = Span(doc, first, end, label="ORG")
            found.append(span)
            inferred[span.start_char, span.end_char] = AFTER_VERB if frame == "object" else BEFORE_TITLE
            for i in range(first, end):
                labels[i] = "ORG"
        if found:
            doc.set_ents(found, default="unmodified")
        return doc

    def _bracketed_units(self, doc: Doc, texts: list[str], norms: list[str]) -> None:
        """`字节跳动(Speech Synthesis)团队`: the organization, its English name in
        brackets and a unit head are one unit of that organization."""
        ents = entities_of(doc)
        starts = {ent.start: ent for ent in ents}
        grown = {}
        for ent in ents:
            if ent.label_ != "ORG" or ent.end >= len(norms) or norms[ent.end] != "(":
                continue
            close = ent.end + 1
            while close < len(norms) and close - ent.end <= 8 and _LATIN_WORD.fullmatch(texts[close]):
                close += 1
            if close == ent.end + 1 or close + 1 >= len(norms) or norms[close] != ")" or norms[close + 1] not in self.bracketed_heads:
                continue
            if any(i in starts for i in range(ent.end, close + 2)):
                continue  # `Visual AI` already an organization of its own: leave the reading alone
            grown[ent.start] = Span(doc, ent.start, close + 2, label="ORG", span_id=ent.id)
        if grown:
            doc.ents = [
                grown.get(ent.start) or Span(doc, ent.start, ent.end, label=ent.label, span_id=ent.id)
                for ent in ents
                if not any(g.start < ent.start < g.end for g in grown.values())
            ]
            inferred = doc._.inferred_orgs = doc._.inferred_orgs or _extensions.OffsetMap()
            for span in grown.values():
                inferred[span.start_char, span.end_char] = BRACKETED_UNIT

    def _name_end(self, norms: list[str], labels: list[str], first: int) -> int | None:
        end = first
        while (
            end < len(norms)
            and end - first < _MAX_TOKENS
            and not labels[end]
            and _HAN.fullmatch(norms[end])
            and norms[end] not in self.stops
            and norms[end] not in jieba_dict.common_verbs()
            and norms[end][0] not in self.grammar
            and not _ORDINAL.match(norms[end])
        ):
            end += 1
        return end if end > first else None

    def _fits(self, norms: list[str], labels: list[str], first: int, end: int, frame: str) -> bool:
        name = "".join(norms[first:end])
        if not _MIN_CHARS <= len(name) <= _MAX_CHARS:
            return False
        head = norms[first]
        if head in jieba_dict.common_words() or head in self.not_orgs or name in self.not_orgs:
            return False
        if any(name[:k] in self.titles for k in range(2, len(name))):
            return False  # 出任社长兼CEO: jieba's 社长兼 opens with a title, no name
        # `大湾区初创`: a description of a company, not its name.
        if any(shadow(norm).lower() in descriptors() or norm in self.not_orgs for norm in norms[first:end]):
            return False
        if given_names.table().name_score(name) >= _PERSON_LIKE:
            return False
        if frame == "post":
            # 担任智原策略长: a bare title follows the name directly (in `联日半导体总经理`
            # the word before 总经理 may be the end of a longer name).
            return end < len(norms) and labels[end] == "TITLE" and norms[end] in self.titles
        # 加入妙动。/ 加入妙动,担任… / 加盟极光出任…: the name closes the clause or a post follows.
        return end == len(norms) or not _HAN.fullmatch(norms[end]) and not norms[end].isalnum() or norms[end] in self.next_words


@Language.factory("talentflow_unknown_orgs", requires=["doc.ents"], assigns=["doc.ents", "doc._.inferred_orgs"])
def make_unknown_org_finder(nlp: Language, name: str) -> UnknownOrgFinder:
    return UnknownOrgFinder(nlp, name)
