"""Listed companies named with their stock code: `广誉远(600771.SH)发布公告`.

Financial news and company filings name a listed company by its short name, which
no lexicon needs to know, followed by its stock code in brackets: `(600771.SH)`,
`(00981.HK)`, `(股票代码:600123)`. A person or a product has no stock code, so
the short run of words before such a bracket is the company; its other mentions
in the article (`ST光一公告,公司董事…`) are the same company. The spans become ORG
entities, and `doc._.inferred_orgs` keeps them with the id `org:stock-code`, which
the records on them carry in `rules` (confidence weighs them apart).

Not a code: a year in brackets (`(2024)`), a count, a phone number: the digits must
be a code's length and, without an exchange suffix, be introduced as one
(`股票代码`, `证券代码`).
"""

from __future__ import annotations

import re
from itertools import compress, islice

from spacy.tokens import Doc, Span

from talentflow.components import extensions as _extensions
from talentflow.components.chinese_names import chinese_name
from talentflow.components.tokenlists import entities_of
from talentflow.resources import jieba_dict
from talentflow.resources.patterns import rule

STOCK_CODE = "org:stock-code"
# The bracket's content, on the text: `600771.SH`, `00981.HK`, `股票代码:600123`.
_CODE = rule("stock-code")
# The name: Han or Latin tokens (`ST光一`, `*ST星河`), at most this many.
_NAME_TOKEN = re.compile(r"[\u4e00-\u9fffA-Za-z*]+")
_MAX_TOKENS, _MIN_CHARS, _MAX_CHARS = 3, 2, 8
# A short name opening a sentence before 公告 (org:announcing-short-name): what may stand
# between them, and what ends the sentence before it.
SHORT_NAME = "org:announcing-short-name"
_HAN_TOKEN = re.compile(r"[\u4e00-\u9fff]+")
_FILING_TIMES = frozenset(("晚间", "早间", "今日", "近日", "日前", "盘后", " "))
_SENTENCE_BREAKS = frozenset(("。", "\n", "!", "?", ";", "】", "讯", ":", " "))


def listed_orgs(doc: Doc, starts: list[int], norms: list[str], stops: frozenset[str]) -> list[Span]:
    """The companies named before a stock code in `doc`, and their other mentions not
    inside an entity already."""
    labels = [""] * len(norms)
    for ent in entities_of(doc):
        for k in range(ent.start, ent.end):
            labels[k] = ent.label_
    found: list[Span] = []
    names: set[tuple[str, ...]] = set()
    # The brackets picked out in C: an article has a few among hundreds of tokens.
    for i in compress(range(1, len(norms)), map("(".__eq__, islice(norms, 1, None))):
        close = _closing(norms, i)
        # The bracket's own words, joined: `doc.text` would join every token of the article.
        if close is None or not _CODE.fullmatch("".join(doc[k].text_with_ws for k in range(i + 1, close))):
            continue
        start = i
        while (
            start > 0
            and i - start < _MAX_TOKENS
            and not labels[start - 1]
            and _NAME_TOKEN.fullmatch(norms[start - 1])
            and norms[start - 1] not in stops
            # `晨曦|通信(00981.HK)`: a sector word that reads as a verb may end the name, not lead it.
            and (start == i or norms[start - 1] not in jieba_dict.common_verbs())
        ):
            start -= 1
        name = "".join(norms[start:i]).lstrip("*")
        if start == i or not _MIN_CHARS <= len(name) <= _MAX_CHARS:
            continue
        if norms[start] == "*":
            start += 1
        names.add(tuple(norms[start:i]))
    announcing = _announcing_names(norms, labels, stops) if "公告" in norms else set()
    names_coded = set(names)
    names |= announcing
    for name in sorted(names, key=len, reverse=True):
        size = len(name)
        for first in range(len(norms) - size + 1):
            if tuple(norms[first : first + size]) == name and not any(labels[first : first + size]):
                found.append(Span(doc, first, first + size, label="ORG"))
                for k in range(first, first + size):
                    labels[k] = "ORG"
    if found:
        inferred = doc._.inferred_orgs = doc._.inferred_orgs or _extensions.OffsetMap()
        for span in found:
            inferred[span.start_char, span.end_char] = SHORT_NAME if tuple(norms[span.start : span.end]) in announcing - names_coded else STOCK_CODE
    return found


def _announcing_names(norms: list[str], labels: list[str], stops: frozenset[str]) -> set[tuple[str, ...]]:
    """`云帆新材3月12日公告,董事会…`, `云帆股份晚间公告`: the short name a sentence opens
    on right before 公告 (a date or time word between) is the listed company that files."""
    found: set[tuple[str, ...]] = set()
    for at in compress(range(len(norms)), map("公告".__eq__, norms)):
        end = at
        while end > 0 and (labels[end - 1] == "DATE" or norms[end - 1] in _FILING_TIMES):
            end -= 1
        start = end
        while start > 0 and end - start < _MAX_TOKENS and not labels[start - 1] and _HAN_TOKEN.fullmatch(norms[start - 1]) and norms[start - 1] not in stops:
            start -= 1
        opens = start == 0 or norms[start - 1] in _SENTENCE_BREAKS
        name = "".join(norms[start:end])
        # A person announces too (`韦某公告称`, `欧阳某某公告称`): a company's name reads as no person's.
        if start < end and opens and 3 <= len(name) <= 6 and (len(name) > 4 or not chinese_name(name)) and norms[start] not in jieba_dict.common_words():
            found.add(tuple(norms[start:end]))
    return found


def _closing(norms: list[str], opening: int) -> int | None:
    """The token closing the bracket opened at `opening`, within a code's length."""
    for k in range(opening + 1, min(len(norms), opening + 8)):
        if norms[k] == ")":
            return k if k > opening + 1 else None
    return None
