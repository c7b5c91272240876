"""A company's name written after a description of it (rule org:name-after-description).

News introduces a company no lexicon knows by what it is, then its name in apposition:
`加盟固态电池初创公司“澜石新能源”`, `创办了设计工作室“半亩设计”`, `A股上市公司岚拓科技`,
`荷兰储能初创公司Polder Grid`, `AI风控公司司南数智`. The description (`固态电池初创公司`)
names no organization; the name after it does. Two shapes:
- a name in quotes right after a description head (list described_heads: 公司, 工作室,
  基金 …, with company_heads): the quotes close the name, whatever words it holds;
- an unquoted name of a few words that ends where the clause does, or ends in an
  organization suffix (`在线教育公司学海控股公告`), or a run of capitalized Latin words.
Not a name: a quoted word that modifies what follows (`星河公司“双十一”大促`), a unit or
a thing the company runs (`…公司内部群`), a title or a kind of person (`星河公司高管李某`),
a verb (`星河公司“换帅”`).
"""

from __future__ import annotations

import re
from itertools import compress, islice

from spacy.tokens import Span

from talentflow.components.tokenlists import HAN_OR_LATIN as _HAN_OR_LATIN, QUOTE_PAIRS
from talentflow.resources import jieba_dict, patterns

NAME_AFTER_DESCRIPTION = "org:name-after-description"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CAPITALIZED = re.compile(r"[A-Z][A-Za-z0-9&.\-]*")
# A company's name written after its description: two or three words (`司南|数智`),
# in quotes up to five tokens (`“星|河|云|图”` as jieba may cut it, `“Novamind| |AI”`), at most
# ten Han characters.
_MAX_NAME_TOKENS, _MAX_QUOTED_TOKENS, _MAX_QUOTED_CHARS = 3, 5, 10


class DescribedNames:
    """Finds the name after a described head; the sets are entities.py's OrgPatternFinder's."""

    def __init__(
        self, *, stops: frozenset[str], titles: frozenset[str], person_nouns: frozenset[str], suffixes: frozenset[str],
        descriptors: frozenset[str], unit_or_thing_heads: tuple[str, ...],
    ) -> None:
        self.stops, self.titles, self.person_nouns, self.suffixes = stops, titles, person_nouns, suffixes
        self.descriptors = descriptors
        self.unit_or_thing_heads = unit_or_thing_heads
        # `星河|控股`, `北辰|投资|集团`: a legal form or a suffix closes an unquoted name.
        self.name_ends = suffixes | frozenset(patterns.word_list("org_legal_forms"))
        self.quoted_heads = frozenset(patterns.word_list("company_heads")) | frozenset(patterns.word_list("described_heads"))
        # `虚拟银行|星辉银行`: a kind of company glued before a name (kind_before_name_heads).
        # Token norms are lower case: `头部|MCN|遥望|科技` is read as `mcn`.
        self.kind_heads = self.quoted_heads | frozenset(word.lower() for word in patterns.word_list("kind_before_name_heads"))
        # `国资平台|浙江省|金融|控股|有限公司`: a place opens a registered name after a kind.
        self.registered = frozenset(patterns.word_list("registered_heads"))
        self.place_units = tuple(patterns.word_list("place_units"))
        # `家居品牌“素简家居”`, `外卖平台Dashly`: heads no suffix rule reads (org:name-after-description).
        self.bare_heads = (self.quoted_heads | frozenset(patterns.word_list("described_only_heads"))) - suffixes
        # `大模型公司深言智算近日宣布`: the clause about the company starts after its name.
        self.openers = frozenset(patterns.word_list("company_clause_openers")) | frozenset(patterns.word_list("after_object_name"))
        # `星河集团|发布公告,…`: an announcing verb right after the head is the company's clause, no name.
        self.announcers = frozenset(patterns.word_list("announcer_verbs"))

    def after_bare_heads(self, doc, norms: list[str], texts: list[str], ent_of: dict) -> list[Span]:
        """The names after a description whose head no suffix rule reads: `家居品牌|“素简家居”`,
        `外卖平台|Dashly`, `云服务营运商|汇达|数据`; the head must follow a word of the
        description (`设备|商`), and no name's own (`星河平台` is the known name's)."""
        spans = []
        for i in compress(range(1, len(norms) - 1), map(self.bare_heads.__contains__, islice(norms, 1, max(len(norms) - 1, 1)))):
            if i - 1 in ent_of or i in ent_of or not _HAN_OR_LATIN.fullmatch(norms[i - 1]):
                continue
            quoted = self.quoted(norms, i + 1, ent_of) or self.spaced_latin(texts, i + 1, ent_of)
            end = quoted[1] if quoted else self.unquoted(norms, texts, i + 1, ent_of)
            start = quoted[0] if quoted else i + 1
            if end is None or end <= start:
                continue
            # `品牌|Logo|设计`: a Latin word running into Han words is no name; a break, a title
            # or the clause about it follows one (`社交平台Pinlo首席财务官`, `交易所Bitlane转投`).
            title = ent_of.get(end) is not None and ent_of[end].label_ == "TITLE"
            if quoted or end == len(norms) or not _HAN.match(norms[end]) or title or self._opens_clause(norms, end, ent_of):
                spans.append(Span(doc, start, end, label="ORG"))
        return spans

    def _opens_clause(self, norms: list[str], at: int, ent_of: dict) -> bool:
        """`深言智算|近日宣布`, `“云砺能源”|宣布`, `澄微科技|的`: the word after a name begins
        what is said of it (a date, a verb, 的 or company_clause_openers)."""
        ent = ent_of.get(at)
        return norms[at] in self.openers or norms[at] == "的" or norms[at] in jieba_dict.common_verbs() or ent is not None and ent.label_ == "DATE"

    def quoted(self, norms: list[str], first: int, ent_of: dict) -> tuple[int, int] | None:
        """Start and end of a quoted name right after a described head at `first - 1`
        (`设计工作室|“|半亩|设计|”`), or None."""
        close = QUOTE_PAIRS.get(norms[first]) if first < len(norms) else None
        if close is None:
            return None
        start = end = first + 1
        while end < len(norms) and end - start < _MAX_QUOTED_TOKENS and norms[end] != close:
            # `“Novamind AI”`: Latin words keep their spaces.
            spaced = norms[end] == " " and end > start and norms[end - 1].isascii()
            if not (_HAN_OR_LATIN.fullmatch(norms[end]) or spaced) or (end in ent_of and ent_of[end].label_ != "ORG"):
                return None
            end += 1
        if end == start or end >= len(norms) or norms[end] != close or len(_HAN.findall("".join(norms[start:end]))) > _MAX_QUOTED_CHARS:
            return None
        after = end + 1
        if after < len(norms) and _HAN_OR_LATIN.fullmatch(norms[after]) and norms[after] not in self.stops and not self._opens_clause(norms, after, ent_of):
            return None  # `星河公司“双十一”大促`: the quoted word modifies what follows, no name
        words = norms[start:end]
        if len(words) == 1 and start not in ent_of and (words[0] in jieba_dict.common_words() or words[0] in self.titles):
            return None  # `星河公司“换帅”`: an event in quotes, no name
        if norms[end - 1].endswith(self.unit_or_thing_heads):
            return None
        return start, end

    def unquoted(self, norms: list[str], texts: list[str], first: int, ent_of: dict) -> int | None:
        """End of the name written right after a described head (`人形机器人公司|灵骁动力`):
        `first` itself when a known or suffixed name starts there; None when no name does."""
        if first < len(norms) and (first in ent_of or norms[first] in self.suffixes):
            return None if first in ent_of and ent_of[first].label_ != "ORG" else first
        latin = self._latin_words(texts, first, ent_of)
        if latin is not None:
            return latin
        end = first
        while (
            end < len(norms)
            and end - first < _MAX_NAME_TOKENS
            and end not in ent_of
            and _HAN_OR_LATIN.fullmatch(norms[end])
            and norms[end] not in self.stops
            and norms[end] not in self.titles
            and norms[end] not in self.person_nouns
            and (end > first or norms[end] not in jieba_dict.common_verbs() and norms[end] not in self.announcers)
            and (end == first or norms[end] not in self.openers)
        ):
            end += 1
            if norms[end - 1] in self.name_ends and end - first > 1:
                break  # `学海|控股`: a legal form or a suffix closes the name
        if end == first:
            return None
        # `星河集团|转投资|公司`: a description and a suffix name a kind of company, no name.
        closed = norms[end - 1] in self.name_ends and end - first > 1 and not all(norm in self.descriptors for norm in norms[first : end - 1])
        # An everyday word opens no bare name (`公司|发展|迅速`) unless a suffix closes it (`学海|控股`).
        if norms[first] in jieba_dict.common_words() and not closed:
            return None
        if any(norms[k] in jieba_dict.common_verbs() for k in range(first + 1, end)) and not closed:
            return None
        # The name ends where the clause or sentence does, or at its suffix; a name running into more words is no name.
        # `创办语音识别公司声澜的方立`: 的 closes the name as a clause end does.
        # `大模型公司深言智算近日宣布`: a date or a verb opening the clause about it closes it too.
        if not closed and end < len(norms) and _HAN_OR_LATIN.fullmatch(norms[end]) and not self._opens_clause(norms, end, ent_of):
            return None
        return None if norms[end - 1].endswith(self.unit_or_thing_heads) else end  # a unit or a thing, no name

    def spaced_latin(self, texts: list[str], first: int, ent_of: dict) -> tuple[int, int] | None:
        """org:name-after-description. `瑞士AI公司| |Velmo| |担任`: one space may part the
        description from a Latin name, as Chinese typesetting spaces Latin words; the name
        is the capitalized words after the space. None when no space or no such name."""
        if first + 1 >= len(texts) or texts[first] != " " or first in ent_of:
            return None
        end = self._latin_words(texts, first + 1, ent_of)
        return (first + 1, end) if end is not None else None

    def after_head(self, norms: list[str], texts: list[str], first: int, ent_of: dict) -> tuple[int, int] | None:
        """Start and end of the name right after a description's head at `first - 1`: Latin
        words after one space (spaced_latin) or the unquoted name (unquoted); None if none."""
        spaced = self.spaced_latin(texts, first, ent_of)
        end = self.unquoted(norms, texts, first, ent_of) if spaced is None else None
        return spaced or (None if end is None else (first, end))

    def _latin_words(self, texts: list[str], first: int, ent_of: dict) -> int | None:
        """`储能初创公司|Polder| |Grid`: capitalized Latin words joined by single spaces."""
        end = first
        words = 0
        while end < len(texts) and words < _MAX_NAME_TOKENS and end not in ent_of and _CAPITALIZED.fullmatch(texts[end]):
            end, words = end + 1, words + 1
            if end + 1 < len(texts) and texts[end] == " " and _CAPITALIZED.fullmatch(texts[end + 1]):
                end += 1
            else:
                break
        if words == 0 or end < len(texts) and (texts[end].isascii() and texts[end].strip() or _CAPITALIZED.fullmatch(texts[end])):
            return None
        # `搜索公司HRBP主管`, `星河公司HR负责人`: an acronym before a title is part of the title.
        if words == 1 and texts[first].isupper() and len(texts[first]) <= 5 and end in ent_of and ent_of[end].label_ == "TITLE":
            return None
        return end

    def after_kind(self, norms: list[str], start: int, suffix: int) -> int:
        """Where the name ending at `suffix` starts when a kind of company is glued before
        it: `虚拟|银行|星辉|银行` names 星辉银行, `电动车|企业|港星|新能源|集团|有限公司` names
        港星新能源集团有限公司. The word after the kind opens a name only when it is no
        everyday word, field or place: `星河银行|信用卡|中心`, `中国银行|深圳|分行` and
        `星河企业|管理|有限公司` stay whole. A registered name opens on its province or city
        (`国资平台|云岭省|产业|投资|有限公司` names 云岭省产业投资有限公司); a branch does not
        (`星河银行|云岭省|分行`)."""
        for k in range(suffix - 2, start - 1, -1):
            if norms[k] in self.kind_heads:
                first = norms[k + 1]
                seated = norms[suffix] in self.registered and len(first) >= 2 and first.endswith(self.place_units)
                plain = not seated and (first in jieba_dict.common_words() or first in self.descriptors or first in self.suffixes)
                return start if plain or not _HAN_OR_LATIN.fullmatch(first) else k + 1
        return start

    def without_kinds(self, found: list, names: list) -> list:
        """Drop a kind of company written right before a name (`虚拟银行` before `星辉银行`):
        it ends on a kind head where the name starts, and opens on an everyday word or a
        field (`星河银行|星辉银行` would be two names)."""
        starts = {span.start for span in names}
        return [
            span for span in found
            if not (
                span.end in starts and span[-1].norm_ in self.kind_heads
                and (span[0].norm_ in jieba_dict.common_words() or span[0].norm_ in self.descriptors)
            )
        ]
