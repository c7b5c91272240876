"""Unknown organizations (known ones: known_entities.py; PERSON: persons.py; DATE: dates.py).

Organizations the lexicon has never seen are found by how news names them: a
Chinese name ending in an organization suffix (`星河智能科技有限公司`), or a
capitalized Latin run ending in `Labs`/`AI`.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, islice
from operator import attrgetter, or_

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from talentflow.components import extensions as _extensions  # registers Doc._.long_forms
from talentflow.resources import given_names, jieba_dict, lexicon, patterns
from talentflow.components.known_entities import title_norms
from talentflow.components.gov_orgs import PLACE_GOVERNMENT, PLACE_OFFICIAL, GovernmentBodies
from talentflow.components.firm_orgs import PARTNER_FIRM, PartnerFirms
from talentflow.components.colon_units import colon_units
from talentflow.components.head_orgs import HEAD_ORG, HeadNames
from talentflow.components.described_orgs import NAME_AFTER_DESCRIPTION, DescribedNames
from talentflow.components.registered_orgs import REGISTERED_NAME, RegisteredNames
from talentflow.resources.org_identity import unit_heads
from talentflow.text.textnorm import shadow
from talentflow.components.tokenlists import HAN_OR_LATIN as _HAN_OR_LATIN, Ent, Tokens, entities_of, token_indices, token_lists

_CAPITALIZED = re.compile(r"[A-Z][A-Za-z0-9]*")
_LATIN_UNIT = re.compile(r"[A-Za-z0-9]+|-")


# Word lists are read on first use, not at import (import stays cheap; a broken file fails where used).
@cache
def org_suffixes() -> frozenset[str]:
    """Words that end a Chinese organization name (`…科技有限公司`, `…研究院`)."""
    return frozenset(lexicon.word_list("org_suffixes.txt"))


@cache
def latin_org_ends() -> frozenset[str]:
    """Latin words that end an organization name (`… Labs`, `… AI`)."""
    return frozenset(lexicon.word_list("latin_org_suffixes.txt"))


@cache
def descriptors() -> frozenset[str]:
    """Words that describe a company before its name (places, fields: `杭州`, `自动驾驶`)."""
    return frozenset(
        shadow(word).lower() for word in lexicon.word_list("org_descriptors.txt") + lexicon.word_list("title_domains.txt")
    )

@cache
def left_stops() -> frozenset[str]:
    """Words a name before the suffix never holds: they close the phrase to the left
    (`加入了|星河科技`, `在|北辰机器人公司实习`, `该|公司`, `程立新任|中国电信集团`).
    The word sets of this stage are lists of data/patterns.toml; an adverb glued to a
    preposition opens a predicate (`Leung|已向|公司`: given_names.adverb_prepositions)."""
    return frozenset(patterns.word_list("org_left_stops")) | given_names.adverb_prepositions()


class OrgPatternFinder:
    """Unknown organizations, from the shape of their names."""

    def __init__(self, nlp: Language, name: str, *, max_tokens: int = 5) -> None:
        self.name = name
        self.max_tokens = max_tokens
        self.stops = left_stops() | {t.verb for t in lexicon.triggers()} | set(lexicon.cue_table("cues.tsv"))
        self.titles = title_norms()
        self.suffixes, self.latin_ends = org_suffixes(), latin_org_ends()
        # `聯發科AI處理器`: generic words (AI, Labs, Research) name no unit by themselves.
        self.descriptors, self.latin_generic = descriptors(), lexicon.latin_stopwords()
        # Companies go by short names when their name ends so (`北辰` for 北辰机器人公司).
        self.short_name_suffixes = frozenset(patterns.word_list("short_name_suffixes"))
        # `19` `名`: a number before a classifier counts people; it is no unit's name.
        self.measure_words = frozenset(patterns.word_list("person_classifiers"))
        # `移动生态事业群组`, `搜索业务部`: verbs that name a business in a unit's name.
        self.unit_words = frozenset(patterns.word_list("unit_name_verbs"))
        # A name never runs across an organization head: `具身智能公司|灵犀引力科技`.
        self.org_heads = frozenset(patterns.word_list("company_heads"))
        # Heads a verb takes as its object (`稳住团队`, `组建团队`): a verb right before
        # one governs it, it names no unit.
        self.object_heads = self.org_heads | frozenset(patterns.word_list("team_heads"))
        # What turns a suffix into an industry (`科技业投资银行主管`, `科技界`).
        self.sector_words = frozenset(patterns.word_list("sector_words"))
        # Verbs that are also words of a company's name before its legal form
        # (`星河|控股|股份|有限公司`, `北辰|投资|集团`): there they continue the name.
        self.name_verbs = frozenset(patterns.word_list("org_name_verbs"))
        self.legal_forms = frozenset(patterns.word_list("org_legal_forms"))
        self.pointers = frozenset(patterns.word_list("org_pointer_chars"))
        # `北辰|半导体`, `星驰|汽车`: a name word or two before an industry head (head_orgs.py).
        self.heads = HeadNames(
            stops=frozenset(self.stops), descriptors=self.descriptors, titles=self.titles,
            places=frozenset(patterns.word_list("places_in_names")), suffixes=self.suffixes,
        )
        self.short_name_suffixes |= self.heads.heads
        self.government = GovernmentBodies(stops=frozenset(self.stops))  # `浙江省国资委` (gov_orgs.py)
        self.firms = PartnerFirms(stops=frozenset(self.stops))  # `柯兵严永道会计师事务所` (firm_orgs.py)
        # `星河电子有限公司|发布公告称`: a legal form closes the name (no apposition after it).
        self.registered = frozenset(patterns.word_list("registered_heads"))
        # `北京|值得|买|科技股份|有限公司`: the name runs back over verbs to its seat (registered_orgs.py).
        self.registered_names = RegisteredNames(stops=frozenset(self.stops), legal_forms=self.legal_forms, registered=self.registered)
        # `北辰机器人公司|研发部门`: a unit the head names; `星河集团|粉丝群`: a thing it runs (org_thing_heads).
        self.unit_or_thing_heads = unit_heads("entity") + tuple(patterns.word_list("org_thing_heads"))
        # `星河科技|核心|团队`: a team named for its members is no unit (people_team_words).
        self.team_heads = frozenset(patterns.word_list("member_team_heads"))
        self.people_team_words = frozenset(patterns.word_list("people_team_words"))
        # `私募|基金`: a kind of fund, no fund (fund_kinds before a kind_only_heads word).
        self.kind_only_heads = frozenset(patterns.word_list("kind_only_heads"))
        self.fund_kinds = frozenset(patterns.word_list("fund_kinds"))
        # `星河公司|高管|李某`: a word for a kind of person after a company is no name in apposition.
        self.person_nouns = frozenset(lexicon.word_list("person_nouns.txt"))
        # `创建一家|制药|公司`: a company counted, not named (indefinite_determiners).
        self.indefinite = frozenset(patterns.word_list("indefinite_determiners"))
        self.group_heads = frozenset(patterns.word_list("parent_group_heads"))
        # `固态电池初创公司|“澜石新能源”`, `A股上市公司|岚拓科技`: the name after a description (described_orgs.py).
        self.described = DescribedNames(
            stops=frozenset(self.stops), titles=self.titles, person_nouns=self.person_nouns,
            suffixes=self.suffixes, descriptors=self.descriptors, unit_or_thing_heads=self.unit_or_thing_heads,
        )

    def __call__(self, doc: Doc) -> Doc:
        ents = entities_of(doc)  # tuples with a Span's fields: the found names stay Spans
        tokens = Tokens(*token_lists(doc))
        ent_of = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        norms, texts = tokens.norms, tokens.texts
        found = [
            span
            for ent in ents
            if ent.label_ == "ORG" and _unit_may_follow(texts, ent.end)
            for span in [self._latin_unit(doc, tokens, ent, ent_of)]
            if span
        ]
        # Few tokens end a name; they are picked out in C before any Python runs per token.
        suffixes = self.suffixes | self.heads.tails
        ends = map(or_, map(suffixes.__contains__, norms), map(self.latin_ends.__contains__, texts))
        headed, described, registered = [], [], []
        for i in compress(range(1, len(norms)), islice(ends, 1, None)):
            if norms[i] in self.heads.tails:
                span = self.heads.find(doc, norms, i, ent_of)
                headed += [span] if span is not None else []
            elif norms[i] in self.suffixes:
                span = self._chinese(doc, tokens, i, ent_of)
                # `设计工作室“半亩设计”`, `虚拟银行|星辉银行`: the name after its description.
                described += [span] if span is not None and (span.start > i or norms[span.start - 1] in self.described.kind_heads) else []
                registered += [span] if span is not None and self.registered_names.widened(norms, span.start, i) else []
            else:
                span = self._latin(doc, tokens, i, ent_of)
            if span is not None:
                found.append(span)
        found += (bare := self.described.after_bare_heads(doc, norms, texts, ent_of))  # `家居品牌“素简家居”`
        described += bare
        # `虚拟银行` before `星辉银行` or a known bank: a description, no name.
        found = self.described.without_kinds(found, described + [ent for ent in ents if ent.label_ == "ORG"])
        if headed:
            # `衡翼智能` after 衡翼智能科技有限公司 is its short form (_short_forms), no name of its own.
            found = [span for span in found if span not in self.heads.inside_longer(norms, headed, found)]
            headed = [span for span in headed if span in found]
        found += (governed := self.government.find(doc, norms)) + (officials := self.government.officials_places(doc, norms))  # `浙江省国资委`, `青川市|副市长` (gov_orgs.py)
        found += (firms := self.firms.find(doc, norms, ent_of))  # `柯兵严永道会计师事务所` (firm_orgs.py)
        if found:
            # A found name may swallow a known parent (`苹果` + `基础模型团队`):
            # the longer unit wins, and its text still starts with the parent.
            titles = [ent for ent in ents if ent.label_ == "TITLE"]
            merged = _longest(found, ents)
            final = _longest(merged, self._short_forms(doc, tokens, found, merged) + self._title_heads(doc, tokens, titles, merged))
            _write_ents(doc, ents, final)
            marked = ((headed, HEAD_ORG), (governed, PLACE_GOVERNMENT), (officials, PLACE_OFFICIAL), (firms, PARTNER_FIRM), (described, NAME_AFTER_DESCRIPTION), (registered, REGISTERED_NAME))
            for spans, rule_id in marked:
                _mark(doc, spans, final, rule_id)
        colon_units(doc)  # `星河科技：无线事业部副总经理…`: the unit is the company's (colon_units.py)
        return doc

    def _title_heads(self, doc: Doc, tokens: Tokens, titles: list[Ent], ents: list[Span | Ent]) -> list[Span]:
        """`京东物流事业部|总裁`: a unit's name took the modifier of a composed title
        (`事业部总裁`); the head title after it is still a title."""
        kept = {(ent.start, ent.end) for ent in ents}
        labelled = token_indices(ents)
        heads = []
        for title in titles:
            if (title.start, title.end) in kept:
                continue
            tail = [i for i in range(title.start, title.end) if i not in labelled]
            if tail and tail[-1] == title.end - 1 and tokens.norms[tail[-1]] in self.titles:
                heads.append(Span(doc, tail[0], title.end, label="TITLE"))
        return heads

    def _short_forms(self, doc: Doc, tokens: Tokens, found: list[Span], ents: list[Span | Ent]) -> list[Span]:
        """Later mentions by the first words of a found name: `北辰机器人公司` … `北辰宣布`: a prefix
        of the name's tokens; a first word of ordinary vocabulary (`港湾` in 港湾智能机械人有限公司) needs two."""
        taken = token_indices(ents)
        kept = {(ent.start, ent.end) for ent in ents}
        doc_norms = tokens.norms
        long_forms = doc._.long_forms = _extensions.OffsetMap()
        heads = {(name.start, name.end): _name_head(doc_norms, name.start, name.end) for name in found}
        firsts = {doc_norms[head] for head in heads.values()}
        positions: dict[str, list[int]] = {}
        for i in compress(range(len(doc_norms)), map(firsts.__contains__, doc_norms)):
            if i not in taken:
                positions.setdefault(doc_norms[i], []).append(i)
        spans, siblings = [], {}  # siblings: start → the sibling company's span
        for name in found:
            if (name.start, name.end) not in kept:
                continue  # `星海智能科技` inside `星海智能科技有限公司`: the whole name is the one reported
            # `杭州衡思智能科技有限公司` goes by `衡思智能`: the short name starts after a place.
            norms = doc_norms[heads[name.start, name.end] : name.end]
            # Companies go by short names (北辰 for 北辰机器人公司); teams and labs do not.
            if norms[-1] not in self.short_name_suffixes or len(norms) < 2 or len(norms[0]) < 2:
                continue
            if not _HAN_OR_LATIN.fullmatch(norms[0]) or norms[0] in self.descriptors:
                continue
            shortest = 2 if norms[0] in jieba_dict.common_words() else 1
            long_form = name.text
            for i in positions.get(norms[0], []):
                length = 1
                while length < len(norms) - 1 and i + length < len(doc_norms) and doc_norms[i + length] == norms[length]:
                    length += 1
                after = i + length  # org:short-form-sibling: `华辰股份` beside `华辰集团有限公司` names its listed arm
                if after < len(doc_norms) and doc_norms[after] in self.legal_forms and not any(doc_norms[after] in w for w in norms):
                    siblings[i] = None if after in taken else Span(doc, i, after + 1, label="ORG")
                    continue
                if length >= shortest:
                    span = Span(doc, i, i + length, label="ORG", span_id=long_form)
                    long_forms[span.start_char, span.end_char] = long_form
                    spans.append(span)
        return spans + [span for span in siblings.values() if span and span.start not in {short.start for short in spans}]

    def _chinese(self, doc: Doc, tokens: Tokens, suffix: int, ent_of) -> Span | None:
        norms = tokens.norms
        if norms[suffix] in self.described.quoted_heads and suffix - 1 not in ent_of:
            quoted = self.described.quoted(norms, suffix + 1, ent_of)
            if quoted is not None:
                return Span(doc, *quoted, label="ORG")  # `设计工作室“半亩设计”`: the quoted name, not the description
        if suffix + 1 < len(norms) and norms[suffix + 1] in self.sector_words:
            return None  # `高盛亚洲区科技|业`, `科技|界`: an industry, not a company
        if norms[suffix] in self.team_heads and norms[suffix - 1] in self.people_team_words:
            return None  # `星河科技高管|团队`: the company's executives, no unit of it
        start, limit = suffix, self.max_tokens
        while start > 0 and suffix - start < limit:
            prev = norms[start - 1]
            seat = (start == suffix or start == suffix - 1 and norms[start] in self.legal_forms) and norms[suffix] in self.registered and self.government.bracketed_place(norms, start - 1)
            if seat:  # `腾讯科技|(|深圳|)|有限公司`: the seat in brackets, inside the name
                start, limit = seat, limit + suffix - seat
                continue
            ent = ent_of.get(start - 1)
            if ent is not None and ent.label_ != "ORG":
                break
            if (
                prev in self.stops
                # Before a known name only a place or a description may lead it
                # (`北京|字节跳动|科技有限公司`), never a name and a verb (`韦立|任|中国电信集团`).
                or start < suffix and start in ent_of and prev not in self.descriptors
                # `大唐电信集团|财务有限公司`: a registered company may be named after its group,
                # and `星河物流|集团|有限公司` (Hong Kong's filings) has the group in its legal form.
                or prev in self.org_heads and not (prev in self.group_heads and norms[suffix] in self.registered)
                # 违反|公司职业道德; but a name may end in a verb before a name-like
                # suffix (驭势前行科技).
                or prev in jieba_dict.common_verbs() and prev not in self.unit_words and (start < suffix or norms[suffix] in self.object_heads)
                # `星河|控股|股份|有限公司`, `长河半导体|照明|有限公司`: before a registered
                # legal form a verb-like word is the business the name states.
                and not (prev in self.name_verbs and norms[start] in self.legal_forms or norms[start] in self.registered)
                or not _HAN_OR_LATIN.fullmatch(prev)
                # `创办的近17年|公司`: a span of years says how old, names nothing.
                or prev == "年" and start >= 2 and norms[start - 2].isdigit()
            ):
                break
            start = ent.start if ent is not None else start - 1
        start = self.described.after_kind(norms, self.registered_names.widen(norms, start, suffix, ent_of), suffix)
        if start == suffix or norms[suffix] in self.kind_only_heads and self.fund_kinds.issuperset(norms[start:suffix]):
            return None
        if start == suffix - 1 and norms[start] in self.group_heads:
            return None  # `本|集团有限公司`, `该|集团有限公司`: the legal form alone names no one
        if start > 0 and norms[start - 1] in self.indefinite and norms[suffix] in self.org_heads and norms[suffix] not in self.registered:
            # `一家医疗器械公司`: a kind of company; the name, if any, is stated elsewhere or
            # right after it (`创办了一家制药公司晶川生物`).
            named = self.described.unquoted(norms, tokens.texts, suffix + 1, ent_of)
            return Span(doc, suffix + 1, named, label="ORG") if named is not None and named > suffix + 1 else None
        if start == suffix - 1 and norms[suffix] in self.org_heads and len(norms[start]) > 1 and norms[start][-1] in self.pointers:
            return None  # `须|提呈本|公司`: jieba glued the verb to 本 of 本公司, a pointer, no name
        # `事业群` `组`: the suffix goes on in the next token (`百度移动生态事业群组`).
        last = suffix + 1 if suffix + 1 < len(norms) and norms[suffix] + norms[suffix + 1] in self.suffixes else suffix
        # 奇瑞|集团: named; 星河电子有限公司: a legal form takes no apposition after it.
        if norms[suffix] in self.org_heads and norms[suffix] not in self.registered and not (start in ent_of and ent_of[start].end == suffix):
            named = self.described.after_head(norms, tokens.texts, suffix + 1, ent_of)
            if named is not None:
                # `AI信贷风控公司司南数智`, `荷兰AI公司 Velmo`: a description, then the company's name in apposition.
                return Span(doc, *named, label="ORG") if named[1] > suffix + 1 else None
            if all(norm in self.descriptors for norm in norms[start:suffix]):
                return None  # 自动驾驶初创公司 is a description; 自动驾驶事业部 still names a unit
        return Span(doc, start, last + 1, label="ORG")

    def _latin_unit(self, doc: Doc, tokens: Tokens, org: Ent, ent_of) -> Span | None:
        """`京东 X-lab`, `字节 Seed`: a Latin unit name written right after its parent."""
        texts = tokens.texts
        end = org.end
        if end < len(texts) and texts[end] == " ":
            end += 1
        start = end
        while (
            end < len(texts)
            and _LATIN_UNIT.fullmatch(texts[end])
            and ent_of.get(end) is None
            and (end > start or texts[end].lower() not in self.latin_generic)
        ):
            end += 1
        if end == start or end < len(texts) and texts[end].isascii() and texts[end].strip():
            return None
        if texts[end - 1].isdigit() and (end < len(texts) and texts[end] in self.measure_words or "".join(texts[start:end]).isdigit()):
            return None  # `中兴通讯19|名|高管`: a count of people; `离开星河 6 年`: a number (org:latin-unit-not-number)
        return Span(doc, org.start, end, label="ORG", span_id=org.id) if end - start <= 3 else None

    def _latin(self, doc: Doc, tokens: Tokens, suffix: int, ent_of) -> Span | None:
        texts = tokens.texts
        start = suffix
        while start > 0:
            prev = texts[start - 1]
            if prev == " " and start > 1 and _CAPITALIZED.fullmatch(texts[start - 2]):
                start -= 2
            elif _CAPITALIZED.fullmatch(prev) and ent_of.get(start - 1) is None:
                start -= 1
            else:
                break
        if start == suffix or any(ent_of.get(i) is not None for i in range(start, suffix)):
            return None
        # `ZenAI-X团队`, `Kora AI-2`: a hyphen and a capital or a digit go on with the name.
        hyphen = suffix + 2 < len(texts) and texts[suffix + 1] == "-" and (_CAPITALIZED.fullmatch(texts[suffix + 2]) or texts[suffix + 2].isdigit())
        return Span(doc, start, suffix + (3 if hyphen else 1), label="ORG")


def _mark(doc: Doc, spans: list[Span], final: list[Span | Ent], rule_id: str) -> None:
    """Records on a `name + industry head` organization or a place's government body carry its rule (extractor.py)."""
    if not spans:
        return
    kept = {(ent.start, ent.end) for ent in final}
    inferred = doc._.inferred_orgs = doc._.inferred_orgs or _extensions.OffsetMap()
    for span in spans:
        if (span.start, span.end) in kept:
            inferred[span.start_char, span.end_char] = rule_id


def _name_head(norms: list[str], start: int, end: int) -> int:
    """The first token of a name after the descriptors leading it (places: `杭州`, `深圳`),
    two tokens at least kept for the name and its suffix."""
    head, described = start, descriptors()
    while head < end - 2 and norms[head] in described:
        head += 1
    return head


def _longest(head: list[Span], tail: list[Span | Ent]) -> list[Span | Ent]:
    """spaCy's `filter_spans(head + tail)`, without ranking every span when none overlaps another.

    That is the common case (a new name rarely swallows a known one), and then
    the result is simply all the spans in text order.
    """
    spans = head + tail
    taken: set[int] = set()
    for span in spans:
        tokens = range(span.start, span.end)
        if not taken.isdisjoint(tokens):
            return filter_spans(spans)
        taken.update(tokens)
    return sorted(spans, key=attrgetter("start"))


def _unit_may_follow(texts: list[str], end: int) -> bool:
    """Whether a Latin unit name can start at token `end` (after one space): a cheap test before `_latin_unit`."""
    if end < len(texts) and texts[end] == " ":
        end += 1
    return end < len(texts) and texts[end][:1] in _LATIN_UNIT_FIRST


_LATIN_UNIT_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


def _write_ents(doc: Doc, before: list[Ent], after: list[Span | Ent]) -> None:
    """Set the entities to `after` (`before`: the Doc's entities now), writing only what changes.

    `doc.ents = after` would build a Span for every entity again and reset every
    token of the article in a Python step each; most articles only gain a few names
    here, and some lose the entities a longer name swallowed (`苹果` in
    `苹果基础模型团队`): only those tokens that no new entity covers are cleared.
    """
    old = {(ent.start, ent.end, ent.label, ent.id) for ent in before}
    new = [ent for ent in after if (ent.start, ent.end, ent.label, ent.id) not in old]
    if len(after) - len(new) == len(old):
        doc.set_ents(new, default="unmodified")  # only additions
        return
    kept = {(ent.start, ent.end, ent.label, ent.id) for ent in after}
    dropped = [ent for ent in before if (ent.start, ent.end, ent.label, ent.id) not in kept]
    cleared = sorted(token_indices(dropped) - token_indices(new))
    doc.set_ents(new, outside=[Span(doc, i, i + 1) for i in cleared], default="unmodified")


@Language.factory("talentflow_org_patterns", assigns=["doc.ents"])
def make_org_pattern_finder(nlp: Language, name: str, max_tokens: int = 5) -> OrgPatternFinder:
    return OrgPatternFinder(nlp, name, max_tokens=max_tokens)
