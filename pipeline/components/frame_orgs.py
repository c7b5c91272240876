"""Organizations no lexicon knows, read from the frame they stand in (a part of unknown_orgs).

A bare name (`朗月`, `墨羽`, `Quantiq`) has no suffix that marks it; the words around
it do. Each frame is a pattern of the language, with its own id:
- `org:unknown-from`: 从 + name + a career verb of triggers.tsv (`从朗月离职`,
  `从墨羽跳槽至…`): 从 before a leave or move verb takes the organization left;
- `org:unknown-at`: 在 + name + a serving verb (`在朗月任职`, `在墨羽担任CTO`);
- `org:unknown-by`: 被 + name + an appointing verb (`被朗月聘为首席科学家`);
- `org:unknown-announcer`: a name opening a clause before an announcing verb
  (`朗月宣布,…`, `墨羽任命王伟为CTO`, `Quantiq发布公告称`);
- `org:unknown-title-person`: a Latin name opening a clause before a title and a
  person's name (`QuantiqCTO熊萍`, `Quantiq副总裁王伟`; a Han run there names a field
  as often: `量化研究主管A`), or a name after 前/原 before a title or a noun of people
  (`前墨羽高管王伟`).
- `org:unknown-title-again`: a short Han name opening a clause before a title and a
  person's name, which the article opens a clause with before a title again (`,朗月总经理
  王伟已请辭…;朗月总经理一职由…`): one field before a title is as likely, but a bare
  name no dictionary knows, twice in a company's slot, is the company.
- `org:unknown-before-head`: the same once, before a title that heads a whole company
  (`,墨羽CEO王伟离职`, `朗月董事长王伟`: company_head_titles): no field has a CEO.
The guards of unknown_orgs.py hold for a Han name (no everyday word at its head, no
word of not_org_objects.txt, no person's name, no title); a Latin name is one
capitalized word with a lower-case rest (`Quantiq`, `Brightforge`), no word of
latin_stopwords.txt (`从AI`, `加入CEO` name nothing).
"""

from __future__ import annotations

import re
from itertools import compress
from typing import TYPE_CHECKING

from talentflow.resources import given_names, jieba_dict, lexicon
from talentflow.resources.patterns import word_list

if TYPE_CHECKING:
    from talentflow.components.unknown_orgs import UnknownOrgFinder

FROM = "org:unknown-from"
AT = "org:unknown-at"
BY = "org:unknown-by"
ANNOUNCER = "org:unknown-announcer"
TITLE_PERSON = "org:unknown-title-person"
TITLE_AGAIN = "org:unknown-title-again"
BEFORE_HEAD = "org:unknown-before-head"

# A brand-like Latin word: capitalized, a lower-case rest, maybe a second capital (`Quantiq`, `DeepVista`).
_LATIN_NAME = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?[0-9]*")
# A further word of a company's Latin name: capitalized (`Loop`, `Sistemi`, `AI`).
_LATIN_WORD = re.compile(r"[A-Z][A-Za-z0-9]*")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# A person's name reads at least this well after a title (`副总裁|王伟`).
_PERSON_AFTER = -1.0
# The longest name read leftwards from its right-hand word (tokens).
_MAX_TOKENS = 3


class FrameSlots:
    """The frames above, applied to the token lists of one Doc."""

    def __init__(self, finder: UnknownOrgFinder) -> None:
        self.finder = finder
        triggers = frozenset(t.verb for t in lexicon.triggers())
        # marker before the name → (rule id, the words that may follow the name)
        at_verbs = frozenset(word_list("at_org_verbs"))
        self.markers = {
            "从": (FROM, triggers),
            "在": (AT, at_verbs),
            "曾在": (AT, at_verbs),
            "被": (BY, frozenset(word_list("by_org_verbs"))),
        }
        self.sounds = lexicon.transliteration_chars()
        self.surnames = frozenset(lexicon.word_list("surnames.txt"))
        self.clitics = frozenset(word_list("clitics"))
        self.bad_tails = frozenset(word_list("frame_name_bad_tails"))
        self.bad_chars = frozenset(word_list("frame_name_bad_chars"))
        self.field_titles = tuple(word_list("field_title_heads"))
        self.places = tuple(word_list("places_in_names"))
        self.openers = frozenset(word_list("not_surname_tokens"))
        self.announcing = frozenset(word_list("announcer_verbs"))
        self.announcer_adverbs = frozenset(word_list("announcer_adverbs"))
        self.former = frozenset(word_list("former"))
        self.people = frozenset(word_list("generic_people")) | frozenset(word_list("relative_people"))
        self.latin_stops = lexicon.latin_stopwords()
        self.company_heads = frozenset(word_list("company_head_titles"))

    def find(self, texts: list[str], norms: list[str], labels: list[str]) -> list[tuple[int, int, str]]:
        """(start, end, rule id) of the names the frames read; labels are left as they are."""
        found: list[tuple[int, int, str]] = []
        size = len(norms)
        markers = self.markers
        for at in compress(range(size), map(markers.__contains__, norms)):
            rule_id, verbs = markers[norms[at]]
            span = self._after(texts, norms, labels, at + 1, lambda end: end < size and norms[end] in verbs, brand=rule_id == FROM)
            if span:
                found.append((*span, rule_id))
        people = self.people
        for at in compress(range(size), map(self.former.__contains__, norms)):
            span = self._after(texts, norms, labels, at + 1, lambda end: end < size and (labels[end] == "TITLE" or norms[end] in people))
            if span:
                found.append((*span, TITLE_PERSON))
        announcing = self.announcing
        adverbs = self.announcer_adverbs
        for at in compress(range(size), map(announcing.__contains__, norms)):
            # `朗月同时宣布`: an adverb between the name and its verb.
            span = self._before(texts, norms, labels, at - 1 if at > 0 and norms[at - 1] in adverbs else at)
            if span:
                found.append((*span, ANNOUNCER))
        for at in compress(range(size), map("TITLE".__eq__, labels)):
            if at + 1 < size and self._person_next(texts, norms, labels, at + 1):
                span = self._before(texts, norms, labels, at, before_title=True)
                if span:
                    if span[1] - span[0] == 1 and self.latin(texts, norms, labels, span[0]):
                        found.append((*span, TITLE_PERSON))
                    elif self._titled(norms, labels, norms[span[0] : span[1]]) >= 2:
                        found.append((*span, TITLE_AGAIN))
                    elif not "".join(norms[span[0] : span[1]]).endswith(tuple(self.former)):
                        found.append((*span, BEFORE_HEAD))  # not `驭衡原|CFO`: 原 (former) closes the name
        taken: set[int] = set()
        kept = []
        for start, end, rule_id in sorted(found):
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                kept.append((start, end, rule_id))
        return kept

    def latin(self, texts: list[str], norms: list[str], labels: list[str], at: int) -> bool:
        """Is token `at` a brand-like Latin word no stage has read (`Quantiq`, not `AI` or `Model`)?"""
        return (
            0 <= at < len(norms)
            and not labels[at]
            and _LATIN_NAME.fullmatch(texts[at]) is not None
            and norms[at] not in self.latin_stops
        )

    def latin_run(self, texts: list[str], labels: list[str], first: int) -> int | None:
        """End of a company's Latin name opened by a brand-like word at `first`: it and up to
        two more capitalized words after single spaces (`Quantiq`, `Kumo Loop`, `Mondo Tech`);
        None when a word another stage labelled or a lower-case word follows (`Kumo is`)."""
        end, words = first + 1, 1
        while end + 1 < len(texts) and texts[end] == " " and words < _MAX_TOKENS:
            if labels[end + 1] or not _LATIN_WORD.fullmatch(texts[end + 1]):
                return None
            end, words = end + 2, words + 1
        return None if end < len(texts) and texts[end].isspace() else end

    def _after(self, texts: list[str], norms: list[str], labels: list[str], first: int, closes, *, brand: bool = False) -> tuple[int, int] | None:
        """The name that starts at `first` and ends where `closes(end)` holds: one Latin
        word, or a Han run that passes the guards (the longest such run); `brand`: the frame
        takes no person, so a name spelled by sound is let through (`从沃德森离职`)."""
        if self.latin(texts, norms, labels, first):
            return (first, first + 1) if closes(first + 1) else None
        if first >= len(norms) or labels[first]:
            return None
        last = self.finder._name_end(norms, labels, first)
        if last is None:
            return None
        for end in range(last, first, -1):
            if closes(end):
                name = "".join(norms[first:end])
                if name[-1] in self.bad_tails or not self.bad_chars.isdisjoint(name) or self._phrase(norms, first, end):
                    return None  # `在中关村工作`: a place or a unit; `从程序员|转行`: a phrase
                if not brand and self.sounded(name):
                    return None  # `在库比蒂诺担任`: after 在 a name spelled by sound is a city
                frame = "brand-name" if brand else "name"
                return (first, end) if self.finder._fits(norms, labels, first, end, frame) else None
        return None

    def _before(self, texts: list[str], norms: list[str], labels: list[str], end: int, *, before_title: bool = False) -> tuple[int, int] | None:
        """The name that ends before `end` and opens its clause (`,朗月宣布`, `QuantiqCTO`):
        a Latin word, or before an announcing verb a short Han run that is no word."""
        if self.latin(texts, norms, labels, end - 1):
            if before_title and norms[end].endswith(self.field_titles):
                return None  # `Navigator负责人`: a field
            if end - 2 >= 0 and (labels[end - 2] or texts[end - 2][-1:].isascii() and not texts[end - 2][-1:] in ",;:()"):
                return None  # `Helio Labs宣布`, `Duarte-Silva宣布`, `谷歌 Gemini`: part of a longer name
            return end - 1, end
        if before_title and norms[end].endswith(self.field_titles):
            return None  # `星图负责人`: a project's or a field's lead
        start = end
        finder = self.finder
        while start > 0 and end - start < _MAX_TOKENS and not labels[start - 1] and _HAN.fullmatch(norms[start - 1]):
            word = norms[start - 1]
            if word in finder.stops or word[0] in finder.grammar or word in self.clitics:
                break  # `夏海斌|已|确认`: grammar ends the name
            start -= 1
        if start == end:
            return None
        # The clause opens here: the text's start, punctuation, or a date before it (`5月12日,朗月宣布`).
        # A line break opens a paragraph (`…生效。\n\n朗月同时宣布`); a space may sit inside a name.
        before = norms[start - 1] if start > 0 else ""
        if start > 0 and not (labels[start - 1] == "DATE" or not before.isalnum() and not before.isspace() or "\n" in before):
            return None
        name = "".join(norms[start:end])
        if self._phrase(norms, start, end) or name[-1] in self.bad_tails or not self.bad_chars.isdisjoint(name):
            return None  # `研发部副总裁王伟`: a unit of an unnamed company; `另一位联合创始人`
        if jieba_dict.is_word(name):
            return None  # `官方宣布`: a word of the language, not a bare name
        if (name[:1] in self.surnames or name[:2] in self.surnames or len(name) > 3):
            # `余洋宣布`, `柏青|连夜|发文`: a clause opens with a person (and an adverb) far
            # more often than with a bare name, which is short (`朗月宣布`).
            return None
        if self.sounded(name):
            return None  # `特朗普宣布`: and a name spelled by sound there is a person's
        if not finder._fits(norms, labels, start, end, "name"):
            return None
        if before_title and norms[end].upper() not in self.company_heads and self._titled(norms, labels, norms[start:end]) < 2:
            # Before a title a Han run names a field as often as a company (`量化研究主管A`,
            # `研发部副总裁A`): only a name the article puts before a title twice is read.
            return None
        return start, end

    @staticmethod
    def _titled(norms: list[str], labels: list[str], name: list[str]) -> int:
        """How often the article opens a clause with `name` right before a title (`;朗月|总经理`)."""
        size, width = len(norms), len(name)
        return sum(
            1 for at in range(size - width)
            if norms[at : at + width] == name and labels[at + width] == "TITLE" and not any(labels[at : at + width])
            and (at == 0 or not norms[at - 1].isalnum() and not norms[at - 1].isspace() or "\n" in norms[at - 1])
        )

    def _phrase(self, norms: list[str], start: int, end: int) -> bool:
        """Words around a name, not a bare name: two dictionary words or more (`程序员|转行`;
        `朗|月` are two characters, `墨羽` one unknown word), a place (`日本东京`), grammar
        first (`由原|副总裁`)."""
        name = "".join(norms[start:end])
        return (
            end - start >= 2 and all(len(word) >= 2 and jieba_dict.is_word(word) for word in norms[start:end])
            or any(place in name for place in self.places)
            or name[0] in self.openers
        )

    def sounded(self, name: str) -> bool:
        """`麦瑞达`, `沃德森`: three characters or more, each one Chinese writes foreign
        names by sound with (transliteration_chars.txt): a brand in an organization's slot."""
        return len(name) >= 3 and all(map(self.sounds.__contains__, name))

    def _person_next(self, texts: list[str], norms: list[str], labels: list[str], at: int) -> bool:
        """A person's name after the title: a Chinese name that reads as one (`王伟`) or a Latin one."""
        if labels[at]:
            return labels[at] == "PERSON"
        word = norms[at]
        if word in self.surnames and at + 1 < len(norms) and _HAN.fullmatch(norms[at + 1]):
            word += norms[at + 1]  # `副总裁|袁|刚玉`: the segmenter left the surname apart
        if _HAN.fullmatch(word):
            return 2 <= len(word) <= 4 and given_names.table().name_score(word) >= _PERSON_AFTER
        return texts[at][:1].isupper() and texts[at].isalpha()
