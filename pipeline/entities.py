"""ORG, TITLE and DATE entities (PERSON lives in persons.py).

Known organizations and titles come from spaCy's entity_ruler over the token
norms (simplified, lower-case), with patterns built from `pipeline/data/`; the
pattern `id` is the canonical organization, so `ent.ent_id_` folds aliases
(`谷歌` → `Google`). Organizations the lexicon has never seen are found by how
news names them: a Chinese name ending in an organization suffix
(`星河智能科技有限公司`), or a capitalized Latin run ending in `Labs`/`AI`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from pipeline import extensions as _extensions  # noqa: F401 - registers Doc._.times
from pipeline import jieba_dict, lexicon, timex
from pipeline.textnorm import shadow

_HAN_OR_LATIN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&.\-]+")
_CAPITALIZED = re.compile(r"[A-Z][A-Za-z0-9]*")
_LATIN_UNIT = re.compile(r"[A-Za-z0-9]+|-")
# `聯發科AI處理器`: generic words (AI, Labs, Research) name no unit by themselves.
_LATIN_GENERIC = frozenset(word.lower() for word in lexicon.word_list("latin_stopwords.txt"))
# Words that end a Chinese organization name (`…科技有限公司`, `…研究院`).
ORG_SUFFIXES = frozenset(lexicon.word_list("org_suffixes.txt"))
# A name before the suffix never holds these: they close the phrase to the left
# (`加入了|星河科技`, `在|北辰机器人公司实习`, `该|公司`).
_LEFT_STOPS = frozenset(
    "了 在 于 从 到 至 和 与 及 、 的 是 为 被 将 曾 也 就 等 并 其 他 她 这 该 此 那 每 各 本 新 原 前 后 时 "
    "一家 这家 该家 多家 两家 几家 一个 这个 母 子 旗下 之 即 由 向 对 把 让 给 以".split()
)
_LATIN_ORG_ENDS = frozenset(lexicon.word_list("latin_org_suffixes.txt"))
# A name never runs across an organization head: `具身智能公司|灵犀引力科技`.
_COMPANY_SUFFIXES = frozenset({"公司", "有限公司", "股份有限公司", "科技有限公司", "集团", "科技", "labs", "ai", "inc", "technologies", "robotics"})
_ORG_HEADS = frozenset({"公司", "有限公司", "股份有限公司", "集团", "初创公司", "创业公司"})
_DESCRIPTORS = frozenset(
    shadow(word).lower() for word in lexicon.word_list("org_descriptors.txt") + lexicon.word_list("title_domains.txt")
)


@registry.misc("talentflow.org_patterns.v1")
def org_patterns() -> list[dict]:
    """entity_ruler patterns: one phrase per alias, id = canonical name.

    Phrases keep their case: the ruler segments them with the same jieba
    dictionary as the text (`百度Apollo` is one word, `百度apollo` two), and the
    NORM attribute it matches on is lower-case on both sides.
    """
    return [
        {"label": "ORG", "pattern": shadow(alias), "id": entry.name}
        for entry in lexicon.organizations()
        for alias in entry.aliases
    ]


@registry.misc("talentflow.title_patterns.v1")
def title_patterns() -> list[dict]:
    """Whole titles as phrases, and titles composed of modifiers and a head.

    `自动驾驶` + `副总裁`, `高级` + `机器学习工程师`: the head is a known title,
    domain words and modifiers may precede it in any number.
    """
    titles = [shadow(title).lower() for title in lexicon.word_list("titles.txt")]
    phrases = [{"label": "TITLE", "pattern": shadow(title)} for title in lexicon.word_list("titles.txt")]
    prefixes = [
        shadow(word).lower()
        for word in lexicon.word_list("title_modifiers.txt") + lexicon.word_list("title_domains.txt")
    ]
    composed = {
        "label": "TITLE",
        "pattern": [{"NORM": {"IN": prefixes}, "OP": "+"}, {"NORM": {"IN": titles}}],
    }
    # `研究科学家` + `经理`: a title heading a group of that title is one post.
    stacked = {
        "label": "TITLE",
        "pattern": [{"NORM": {"IN": prefixes}, "OP": "*"}, {"NORM": {"IN": titles}}, {"NORM": {"IN": titles}, "OP": "+"}],
    }
    return phrases + [composed, stacked]


class OrgPatternFinder:
    """Unknown organizations, from the shape of their names."""

    def __init__(self, nlp: Language, name: str, *, max_tokens: int = 5) -> None:
        self.name = name
        self.max_tokens = max_tokens
        self.stops = _LEFT_STOPS | {t.verb for t in lexicon.triggers()} | set(lexicon.cue_table("cues.tsv"))
        self.titles = frozenset(shadow(title).lower() for title in lexicon.word_list("titles.txt"))

    def __call__(self, doc: Doc) -> Doc:
        ent_of = {token.i: ent for ent in doc.ents for token in ent}
        found = [span for ent in doc.ents if ent.label_ == "ORG" for span in [self._latin_unit(doc, ent, ent_of)] if span]
        for token in doc:
            if token.norm_ in ORG_SUFFIXES and token.i > 0:
                span = self._chinese(doc, token, ent_of)
            elif token.text in _LATIN_ORG_ENDS and token.i > 0:
                span = self._latin(doc, token, ent_of)
            else:
                span = None
            if span is not None:
                found.append(span)
        if found:
            # A found name may swallow a known parent (`苹果` + `基础模型团队`):
            # the longer unit wins, and its text still starts with the parent.
            titles = [ent for ent in doc.ents if ent.label_ == "TITLE"]
            doc.ents = filter_spans(found + list(doc.ents))
            doc.ents = filter_spans(list(doc.ents) + self._short_forms(doc, found) + self._title_heads(doc, titles))
        return doc

    def _title_heads(self, doc: Doc, titles: list[Span]) -> list[Span]:
        """`京东物流事业部|总裁`: a unit's name took the modifier of a composed title
        (`事业部总裁`); the head title after it is still a title."""
        kept = {(ent.start, ent.end) for ent in doc.ents}
        heads = []
        for title in titles:
            if (title.start, title.end) in kept:
                continue
            tail = [token for token in title if not token.ent_type_]
            if tail and tail[-1].i == title.end - 1 and tail[-1].norm_ in self.titles:
                heads.append(Span(doc, tail[0].i, title.end, label="TITLE"))
        return heads

    def _short_forms(self, doc: Doc, found: list[Span]) -> list[Span]:
        """Later mentions by the first words of a found name: `北辰机器人公司` … `北辰宣布`.

        A short form is a prefix of the name's tokens; a first word that is
        ordinary vocabulary (`港湾` in 港湾智能机械人有限公司) needs a second one.
        """
        taken = {token.i for ent in doc.ents for token in ent}
        kept = {(ent.start, ent.end) for ent in doc.ents}
        spans = []
        for name in found:
            if (name.start, name.end) not in kept:
                continue  # `星海智能科技` inside `星海智能科技有限公司`: the whole name is the one reported
            norms = [token.norm_ for token in name]
            # Companies go by short names (北辰 for 北辰机器人公司); teams and labs do not.
            if norms[-1] not in _COMPANY_SUFFIXES or len(norms) < 2 or len(norms[0]) < 2:
                continue
            if not _HAN_OR_LATIN.fullmatch(norms[0]) or norms[0] in _DESCRIPTORS:
                continue
            shortest = 2 if jieba_dict.vocabulary().get(norms[0], 0) >= jieba_dict.COMMON_WORD_FREQ else 1
            for token in doc:
                if token.i in taken or token.norm_ != norms[0]:
                    continue
                length = 1
                while length < len(norms) - 1 and token.i + length < len(doc) and doc[token.i + length].norm_ == norms[length]:
                    length += 1
                if length >= shortest and token.i + length <= len(doc):
                    span = Span(doc, token.i, token.i + length, label="ORG", span_id=name.text)
                    span._.long_form = name.text
                    spans.append(span)
        return spans

    def _chinese(self, doc: Doc, suffix, ent_of) -> Span | None:
        start = suffix.i
        while start > 0 and suffix.i - start < self.max_tokens:
            prev = doc[start - 1]
            ent = ent_of.get(prev.i)
            if ent is not None and ent.label_ != "ORG":
                break
            if (
                prev.norm_ in self.stops
                or prev.norm_ in _ORG_HEADS
                # 违反|公司职业道德; but a name may end in a verb before a name-like
                # suffix (驭势前行科技).
                or prev.norm_ in jieba_dict.common_verbs() and (start < suffix.i or suffix.norm_ in _ORG_HEADS)
                or not _HAN_OR_LATIN.fullmatch(prev.norm_)
            ):
                break
            start = ent.start if ent is not None else start - 1
        if start == suffix.i:
            return None
        if suffix.norm_ in _ORG_HEADS and all(token.norm_ in _DESCRIPTORS for token in doc[start : suffix.i]):
            return None  # 自动驾驶初创公司 is a description; 自动驾驶事业部 still names a unit
        return Span(doc, start, suffix.i + 1, label="ORG")

    def _latin_unit(self, doc: Doc, org: Span, ent_of) -> Span | None:
        """`京东 X-lab`, `字节 Seed`: a Latin unit name written right after its parent."""
        end = org.end
        if end < len(doc) and doc[end].text == " ":
            end += 1
        start = end
        while (
            end < len(doc)
            and _LATIN_UNIT.fullmatch(doc[end].text)
            and ent_of.get(end) is None
            and (end > start or doc[end].text.lower() not in _LATIN_GENERIC)
        ):
            end += 1
        if end == start or end < len(doc) and doc[end].text.isascii() and doc[end].text.strip():
            return None
        return Span(doc, org.start, end, label="ORG", span_id=org.id) if end - start <= 3 else None

    def _latin(self, doc: Doc, suffix, ent_of) -> Span | None:
        start = suffix.i
        while start > 0:
            prev = doc[start - 1]
            if prev.text == " " and start > 1 and _CAPITALIZED.fullmatch(doc[start - 2].text):
                start -= 2
            elif _CAPITALIZED.fullmatch(prev.text) and ent_of.get(prev.i) is None:
                start -= 1
            else:
                break
        if start == suffix.i or any(ent_of.get(i) is not None for i in range(start, suffix.i)):
            return None
        return Span(doc, start, suffix.i + 1, label="ORG")


class DateFinder:
    """DATE entities, each with its value resolved against `doc._.published`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = timex.find_times(doc._.shadow or shadow(doc.text), published=doc._.published)
        doc._.times = mentions
        spans = []
        taken = {token.i for ent in doc.ents for token in ent}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, label="DATE", alignment_mode="expand")
            if span is not None and not any(token.i in taken for token in span):
                span._.time_value = mention.value
                spans.append(span)
        doc.ents = filter_spans(list(doc.ents) + spans)
        return doc


@Language.factory("talentflow_org_patterns", assigns=["doc.ents"])
def make_org_pattern_finder(nlp: Language, name: str, max_tokens: int = 5) -> OrgPatternFinder:
    return OrgPatternFinder(nlp, name, max_tokens=max_tokens)


@Language.factory("talentflow_dates", assigns=["doc.ents", "doc._.times"])
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp, name)
