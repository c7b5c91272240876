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
from talentflow.components.frame_orgs import FrameSlots
from talentflow.components.slot_orgs import SlotNames
from talentflow.components.listed_orgs import listed_orgs
from talentflow.components.named_orgs import NAMED_COMPANY, named_companies
from talentflow.components.repeated_orgs import repeated_orgs
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
_AND = frozenset({"与", "和", "及"})  # two organizations of one post: `担任星河与云帆的顾问`
# The words of this stage are data (data/patterns.toml, unit_heads.tsv): what may
# follow an object name (list after_object_name: `加入妙动,担任CTO`), the ordinal that
# starts a post (rule ordinal-start: `出任科大第四任校长`), the characters that open a
# grammatical phrase (list phrase_openers: `的消息`), the heads of a bracketed unit.
_ORDINAL = rule("ordinal-start")
# A name as long as jieba cuts it: 1–3 tokens, 2–6 characters.
_MAX_TOKENS, _MIN_CHARS, _MAX_CHARS = 3, 2, 6
# Quotes around a name (structure, not vocabulary): `「云帆网」`, `“云帆网”`.
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset("「“『"), frozenset("」”』")
# A name's characters read as a person's name at least this well (given_names score):
# `投奔张伟` (3.0), `加入王强` (0.5) are people; 智原 (-3.4) and 妙动 (-inf) are not.
_PERSON_LIKE = -1.0
# A frame whose object may be a brand spelled by sound (`加入麦瑞达`, `从沃德森离职`), read
# as the frame it extends once the name is let through (frame_orgs.py: sounded).
_BRAND_FRAMES = {"brand": "object", "brand-name": "name"}


class UnknownOrgFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.frames = lexicon.org_frame_verbs()
        # `加盟高管名单`: a kind of people (person_nouns.txt) heads no organization's name.
        self.not_orgs = frozenset(lexicon.word_list("not_org_objects.txt")) | frozenset(lexicon.word_list("person_nouns.txt"))
        self.next_words = frozenset(word_list("after_object_name"))
        # `加盟曜星后,` (jieba: `曜|星后`), `投奔云舟算起`: a time clause's tail glued to the object (org:clause-tail).
        self.clause_tails = tuple(word_list("object_clause_tails"))
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
        self.places = frozenset(word_list("places_in_names"))
        # Before a title, a unit or a business line of the employer, not a company
        # (rule unit-before-title): `出任国际部副总裁`, `历任总装车间工程师` (a unit's last
        # character), `出任移动通讯事业部总经理` (a title opened by a unit head),
        # `出任即时配送业务负责人` (a field's head: frame_orgs.py reads no name before it either).
        self.unit_tails = frozenset(word_list("frame_name_bad_tails"))
        self.unit_openers = tuple(unit_heads("bare"))
        self.field_heads = tuple(word_list("field_title_heads"))
        # 从朗月离职, 朗月宣布: the frames around a bare name (frame_orgs.py).
        self.slots = FrameSlots(self)
        # 向Quantiq提出辞职, Quantiq董事会, 就职于朗月和Quantiq: more slots (slot_orgs.py).
        self.slot_names = SlotNames(self)
        self.brand_verbs = frozenset(word_list("brand_object_verbs"))
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
        # 创办了名为“星轨智能”的公司: a company introduced by its name (named_orgs.py).
        named = named_companies(doc, norms)
        if named:
            doc.set_ents(named, default="unmodified")
            inferred = doc._.inferred_orgs = doc._.inferred_orgs or _extensions.OffsetMap()
            for span in named:
                inferred[span.start_char, span.end_char] = NAMED_COMPANY
        # The verbs found in C (map and compress), not a Python step per token.
        frames = [(i, self.frames[norms[i]]) for i in compress(range(len(norms)), map(self.frames.__contains__, norms))]
        frames += self.slot_names.glued(norms)  # `早年就职于`: an adverb jieba glued to the verb
        # No early return without a verb frame: frame_orgs.py reads frames of 从/在/被/前,
        # announcing verbs and titles, which nearly every article holds.
        # Each token's entity label, read from the label array: `doc.ents` would build
        # a Span for every entity of the article to be read once.
        labels = [""] * len(norms)
        types = doc.to_array(ENT_TYPE)
        inside = numpy.flatnonzero(types)
        strings = doc.vocab.strings
        for i, label in zip(inside.tolist(), types[inside].tolist()):
            labels[i] = strings[label]
        found: list[Span] = []
        for verb, frame in frames:
            first = verb + 1
            if frame == "object" and first < len(norms) and norms[first] == "了":
                first += 1
            quoted = self._quoted(norms, labels, first) if frame == "object" else None
            if quoted is not None:
                first, end = quoted  # 创办了房地产网站「云帆网」: the name in quotes (org:quoted-object)
            elif frame == "object" and (low := self._field_before_latin(texts, norms, labels, first)):
                # 创立了区块链Voxelink, 加入了芯片Lumora: a field glued before a Latin name describes
                # it (written `区块链 Voxelink` with a space, the same once spaces are read as absent).
                end = self.slots.latin_run(texts, labels, low)
                if end is not None and self._closes(norms, end):
                    self._add(doc, Span(doc, low, end, label="ORG"), AFTER_VERB, found, labels)
                continue
            elif frame == "object" and self.slots.latin(texts, norms, labels, first):
                # 加盟Brightforge,担任…: one brand-like Latin word closing the clause (frame_orgs.py);
                # 加入Kumo Loop担任…: capitalized words joined by single spaces, as a company is named.
                end = self.slots.latin_run(texts, labels, first)
                if end is not None and self._closes(norms, end):
                    self._add(doc, Span(doc, first, end, label="ORG"), AFTER_VERB, found, labels)
                continue
            else:
                end = self._name_end(norms, labels, first)
                if end is not None and end + 1 < len(norms) and norms[end] in _OPEN_QUOTES and labels[end + 1] == "ORG":
                    continue  # `创办了家居品牌“素简家居”`: a description before the quoted name already read
            if end is None:
                continue
            if quoted is None and frame == "object" and norms[verb] in self.brand_verbs:
                frame = "brand"  # 加入麦瑞达: a name spelled by sound after a verb that takes no person
            if self._fits(norms, labels, first, end, "quoted" if quoted else frame):
                names = [(first, end)]
            elif frame == "post":
                names = self._posts_through_de(norms, labels, first, end)  # 担任星河与云帆的顾问
            else:
                continue
            for low, high in names:
                self._add(doc, Span(doc, low, high, label="ORG"), BEFORE_TITLE if frame == "post" else AFTER_VERB, found, labels)
        # 从朗月离职, 被Quantiq聘为, 朗月宣布, 朗月副总裁王伟: the frame around a bare name (frame_orgs.py).
        for low, high, rule_id in self.slots.find(texts, norms, labels):
            self._add(doc, Span(doc, low, high, label="ORG"), rule_id, found, labels)
        for low, high, rule_id in self.slot_names.find(texts, norms, labels, frames):
            if not any(labels[low:high]):
                self._add(doc, Span(doc, low, high, label="ORG"), rule_id, found, labels)
        if found:
            doc.set_ents(found, default="unmodified")
        # `禾川生物目前…` after `共同创办了禾川生物`: the name's other mentions (repeated_orgs.py).
        again = repeated_orgs(doc, norms)
        if again:
            doc.set_ents(again, default="unmodified")
        return doc

    @staticmethod
    def _add(doc: Doc, span: Span, rule_id: str, found: list[Span], labels: list[str]) -> None:
        found.append(span)
        doc._.inferred_orgs = doc._.inferred_orgs or _extensions.OffsetMap()
        doc._.inferred_orgs[span.start_char, span.end_char] = rule_id
        labels[span.start : span.end] = ["ORG"] * (span.end - span.start)

    def _closes(self, norms: list[str], end: int) -> bool:
        """加入妙动。/ 加入妙动,担任… / 加盟极光出任…: the name closes the clause or a post follows."""
        return end == len(norms) or not _HAN.fullmatch(norms[end]) and not norms[end].isalnum() or norms[end] in self.next_words

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

    def _posts_through_de(self, norms: list[str], labels: list[str], first: int, end: int) -> list[tuple[int, int]]:
        """`担任星河智造的高级顾问`, `受聘担任星河智造与云帆天工的高级顾问`: names joined by
        与/和/及 and closed by 的 before a title are the organizations of the post."""
        names = [(first, end)]
        if end < len(norms) and norms[end] in _AND:
            second = end = end + 1
            while end < len(norms) and labels[end] == "ORG":
                end += 1  # 担任星河与小米的顾问: the second one already known
            if end == second:
                tail = self._name_end(norms, labels, second) if second < len(norms) and not labels[second] else None
                if tail is None or not self._fits(norms, labels, second, tail, "name"):
                    return []
                names.append((second, tail))
                end = tail
        if end + 1 >= len(norms) or norms[end] != "的" or labels[end + 1] != "TITLE":
            return []
        return names if self._fits(norms, labels, first, names[0][1], "name") else []

    def _name_end(self, norms: list[str], labels: list[str], first: int) -> int | None:
        end = first
        while (
            end < len(norms)
            and end - first < _MAX_TOKENS
            and not labels[end]
            and _HAN.fullmatch(norms[end])
            # `创办|澜峰|视觉`: a field word may close a name although it opens titles (`视觉设计师`).
            # `创办|霁|青|生物`: or after a head jieba cut into two single characters.
            and (norms[end] not in self.stops or (end == first + 1 or end == first + 2 and len(norms[first]) == len(norms[first + 1]) == 1) and shadow(norms[end]).lower() in descriptors())
            and norms[end] not in jieba_dict.common_verbs()
            and norms[end][0] not in self.grammar
            and not _ORDINAL.match(norms[end])
        ):
            end += 1
        return end if end > first else None

    def _quoted(self, norms: list[str], labels: list[str], first: int) -> tuple[int, int] | None:
        """`创办了「云帆网」`, `创办了房地产网站「云帆网」`: a name in quotes right after the
        verb, or after a few words describing it, is the object (the quotes close it)."""
        opening = first
        while opening < len(norms) and opening - first < _MAX_TOKENS and norms[opening] not in _OPEN_QUOTES:
            if labels[opening] or not _HAN.fullmatch(norms[opening]) or norms[opening] in self.stops:
                return None
            opening += 1
        if opening >= len(norms) or norms[opening] not in _OPEN_QUOTES:
            return None
        close = opening + 1
        while close < len(norms) and close - opening <= _MAX_TOKENS and norms[close] not in _CLOSE_QUOTES:
            close += 1
        if close >= len(norms) or norms[close] not in _CLOSE_QUOTES or close == opening + 1 or any(labels[opening + 1 : close]):
            return None
        if close + 1 < len(norms) and (_HAN.fullmatch(norms[close + 1]) or norms[close + 1].isalnum()):
            return None  # `加入“大模型”浪潮`: the quoted word modifies what follows, no object
        return opening + 1, close

    def _field_before_latin(self, texts: list[str], norms: list[str], labels: list[str], first: int) -> int:
        """Where the Latin name starts after a field word of one to three tokens at `first`
        (`区块|链|Voxelink` → the index of Voxelink), or 0 when the words there are no field."""
        for size in (3, 2, 1):
            low = first + size
            if low >= len(norms) or any(labels[first:low]) or not all(_HAN.fullmatch(n) for n in norms[first:low]):
                continue
            if shadow("".join(norms[first:low])).lower() in descriptors() and self.slots.latin(texts, norms, labels, low):
                return low
        return 0

    def _name_and_field(self, norms: list[str], first: int, end: int, described: list[bool]) -> bool:
        """`澜峰|视觉`, `禾川|生物`: a word of two or more characters no lexicon knows, then
        one field word (title_domains.txt, org_descriptors.txt), names a company in an
        organization's slot; a field alone (`计算机视觉`), a place (`北京|生物`) or an
        everyday word (`云端|医疗`) before it does not."""
        # `霁|青|生物`: jieba cuts a head it does not know into single characters (org:name-and-field).
        head = norms[first]
        if end - first == 3 and len(head) == len(norms[first + 1]) == 1 and described == [False, False, True]:
            head = head + norms[first + 1]
            if jieba_dict.is_word(head):
                return False  # `新|能源|汽车`-like words of the language, not a name no one knows
        elif not (end - first == 2 and described == [False, True]):
            return False
        return len(head) >= 2 and _HAN.fullmatch(head) is not None and head not in self.places and norms[end - 1] not in self.not_orgs

    def _unit_before_title(self, norms: list[str], end: int, name: str) -> bool:
        """`国际部|副总裁`, `总装车间|工程师`, `移动通讯|事业部总经理`, `即时配送|业务负责人`:
        the words before the title name a unit or a line of business (rule unit-before-title);
        `智原|策略长`, `云栖|首席科学家` name the company."""
        title = shadow(norms[end]).lower()
        return name[-1] in self.unit_tails or title.startswith(self.unit_openers) or title.endswith(self.field_heads)

    def _fits(self, norms: list[str], labels: list[str], first: int, end: int, frame: str) -> bool:
        name = "".join(norms[first:end])
        if not _MIN_CHARS <= len(name) <= _MAX_CHARS:
            return False
        head = norms[first]
        if head in jieba_dict.common_words() or head in self.not_orgs or name in self.not_orgs:
            return False
        if any(name[:k] in self.titles for k in range(2, len(name))):
            return False  # 出任社长兼CEO: jieba's 社长兼 opens with a title, no name
        # `大湾区初创`: a description of a company, not its name; but a field word closing a
        # name of its own is the name's (`创办了澜峰视觉`, `禾川生物宣布`: org:name-and-field).
        described = [shadow(norm).lower() in descriptors() or norm in self.not_orgs for norm in norms[first:end]]
        if any(described) and not self._name_and_field(norms, first, end, described):
            return False
        if frame != "quoted" and len(norms[end - 1]) > 1 and norms[end - 1].endswith(self.clause_tails):
            return False  # org:clause-tail: `加盟曜星后,从总监做起` names 曜星 and a time, not 曜星后
        if frame == "quoted":
            return True  # the quotes mark a name, which may read like a person's (`「云帆网」`)
        if given_names.table().name_score(name) >= _PERSON_LIKE and not (frame in _BRAND_FRAMES and self.slots.sounded(name)):
            return False
        frame = _BRAND_FRAMES.get(frame, frame)
        if frame == "name":
            return True
        if frame == "post":
            # 担任智原策略长: a bare title follows the name directly (in `联日半导体总经理`
            # the word before 总经理 may be the end of a longer name).
            return end < len(norms) and labels[end] == "TITLE" and norms[end] in self.titles and not self._unit_before_title(norms, end, name)
        # `创立了区块链 Voxel`: a Han word before a spaced Latin name describes the name after it.
        if end + 1 < len(norms) and norms[end].isspace() and norms[end + 1][:1].isascii() and norms[end + 1][:1].isalpha():
            return False
        return self._closes(norms, end)


@Language.factory("talentflow_unknown_orgs", requires=["doc.ents"], assigns=["doc.ents", "doc._.inferred_orgs"])
def make_unknown_org_finder(nlp: Language, name: str) -> UnknownOrgFinder:
    return UnknownOrgFinder(nlp, name)
