"""More slots a bare organization name stands in (a part of unknown_orgs, after frame_orgs.py).

News puts a company where only a company fits, whatever its name; where the name
is one no lexicon knows (`Quantiq`, `朗月`), the slot alone says it is one. Each slot
a known company is read from today, with its own id:
- `org:unknown-resigned-to`: 向 + name + the handing-in of a resignation
  (`已向Quantiq提出辞职`, `向朗月递交辞呈`: patterns resigned-to and resignation-gap);
- `org:unknown-listed`: a name joined by 和/与/及/、 to an organization in an
  organization's slot (`先后就职于朗月和Quantiq`, `曾在百度、Quantiq任职`);
- `org:unknown-governed`: a name opening a clause before a governing body or 旗下
  (`Quantiq董事会选举…`, `朗月旗下的…`), or before 的 + a title + a person
  (`Quantiq的CTO王伟`);
- `org:unknown-unit-title`: a Latin name opening a clause before a unit, a title and a
  person (`Quantiq智能驾驶事业部总经理王伟`): the unit's head or last character says so;
- `org:unknown-possessed`: a person's 的 + a name + a title + a post noun (`王伟的Quantiq
  总裁职务由…接任`);
- `org:unknown-passive-agent`: 被 + a name + a title + a person, the agent of a passive
  told by its company (`被朗月创始人王伟挖走`, `被Quantiq CEO王伟招至麾下`).
A Latin name is one brand-like word (frame_orgs.py: latin); `Mira Holt`, `用Python`,
`发布了Gemini` stand in none of these slots. A Han name passes unknown_orgs.py's guards.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentflow.resources import given_names, lexicon
from talentflow.resources.org_identity import unit_heads
from talentflow.resources.patterns import rule, word_list

if TYPE_CHECKING:
    from talentflow.components.unknown_orgs import UnknownOrgFinder

RESIGNED_TO = "org:unknown-resigned-to"
LISTED = "org:unknown-listed"
GOVERNED = "org:unknown-governed"
UNIT_TITLE = "org:unknown-unit-title"
POSSESSED = "org:unknown-possessed"
PASSIVE_AGENT = "org:unknown-passive-agent"

_RESIGNED = rule("resigned-to")
_GAP = rule("resignation-gap")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# A name's characters read as a person's name at least this well (unknown_orgs.py: _PERSON_LIKE).
_PERSON_LIKE = -1.0
# How many characters after the name the handing-in and the resignation may take (`正式提出了辞职`).
_GAP_CHARS = 12


class SlotNames:
    """The slots above, applied to the token lists of one Doc."""

    def __init__(self, finder: UnknownOrgFinder) -> None:
        self.finder = finder
        self.slots = finder.slots
        self.leaves = tuple(sorted({t.verb for t in lexicon.triggers() if t.kind == "leave"}, key=len, reverse=True))
        self.joiners = frozenset(word_list("list_joiners"))
        self.bodies = frozenset(word_list("governing_bodies")) | frozenset(word_list("parent_links"))
        self.post_nouns = frozenset(word_list("post_nouns")) | frozenset(word_list("post_slot_nouns"))
        self.at_verbs = frozenset(word_list("at_org_verbs"))
        self.unit_tails = finder.unit_tails
        self.unit_heads = tuple(unit_heads("bare"))
        self.in_markers = frozenset(word_list("list_in_markers"))
        self.frames = finder.frames
        # `王伟的Python工程师职务`: before a title of a craft a Latin word names the craft.
        self.skill_titles = tuple(word_list("skill_title_tails"))
        # The object verbs of three characters or more, and their lengths: a glued token is
        # tested by its last 3..len characters, not against every verb.
        self.long_verbs = frozenset(verb for verb, frame in finder.frames.items() if frame == "object" and len(verb) >= 3)
        self.long_lengths = sorted({len(verb) for verb in self.long_verbs})

    def glued(self, norms: list[str]) -> list[tuple[int, str]]:
        """`早年就职于`, `先后任职于`: an object verb of three characters or more (org_frame_verbs.tsv)
        that jieba glued to one or two characters of adverb before it; read as the verb."""
        out = []
        verbs, lengths = self.long_verbs, self.long_lengths
        for at, norm in enumerate(norms):
            size = len(norm)
            if 4 <= size <= 6 and norm not in self.frames:
                if any(size - 2 <= length < size + 1 and norm[size - length :] in verbs for length in lengths):
                    out.append((at, "object"))
        return out

    def find(self, texts: list[str], norms: list[str], labels: list[str], frames: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        size = len(norms)
        latin = self.slots.latin
        # 向 + a Latin word or a Han run + the handing-in of a resignation; first, so that
        # `向Quantiq董事会提出辞职` is read as the resignation's addressee, not a governed body.
        for at in range(size):
            if norms[at].endswith("向") and _RESIGNED.search(texts[at]) and at + 1 < size and not labels[at + 1]:
                span = self.slots._after(texts, norms, labels, at + 1, lambda end: self._resigns(texts, end))
                if span:
                    found.append((*span, RESIGNED_TO))
        for at in range(size):
            if labels[at]:
                continue
            # Only a token opening on a capital can be a brand-like Latin word (frame_orgs.latin).
            if "A" <= texts[at][:1] <= "Z" and latin(texts, norms, labels, at):
                rule_id = self._latin_slot(texts, norms, labels, at)
                if rule_id:
                    found.append((at, at + 1, rule_id))
            elif norms[at] in self.bodies or norms[at] == "的" and at + 2 < size and labels[at + 1] == "TITLE" and self.slots._person_next(texts, norms, labels, at + 2):
                span = self.slots._before(texts, norms, labels, at)
                if span and not latin(texts, norms, labels, span[0]):
                    found.append((*span, GOVERNED))
        found += self._agents(texts, norms, labels)
        found += self._lists(texts, norms, labels, frames)
        return found

    def _agents(self, texts: list[str], norms: list[str], labels: list[str]) -> list[tuple[int, int, str]]:
        """`李杰被朗月(的)创始人王伟挖走`: after 被 the agent is a person told by a title at a
        company, so the name before the title is the company (not `被媒体称为`: no title and
        person follow; not `被公司CEO王伟`: the guards refuse a generic noun)."""
        size, out = len(norms), []
        person_next = self.slots._person_next

        def titled(end: int) -> bool:
            end += end < size and texts[end] in (" ", "的")  # `Quantiq CEO`, `朗月的创始人`
            return end + 1 < size and labels[end] == "TITLE" and person_next(texts, norms, labels, end + 1)

        for at in range(size - 3):
            if norms[at] == "被" and not labels[at + 1]:
                span = self.slots._after(texts, norms, labels, at + 1, titled)
                if span:
                    out.append((*span, PASSIVE_AGENT))
        return out

    def _latin_slot(self, texts: list[str], norms: list[str], labels: list[str], at: int) -> str | None:
        size = len(norms)
        before = texts[at - 1] if at > 0 else ""
        if at + 1 >= size:
            return None
        after = norms[at + 1]
        opens = self.slots._before(texts, norms, labels, at + 1) is not None
        if opens and after in self.bodies:
            return GOVERNED  # Quantiq董事会选举…, Quantiq旗下
        if opens and after == "的" and at + 3 < size and labels[at + 2] == "TITLE" and self.slots._person_next(texts, norms, labels, at + 3):
            return GOVERNED  # Quantiq的CTO王伟
        # The unit's owner opens its clause after punctuation (not `包括前 Atlas 产品线经理A`).
        punct = at == 0 or labels[at - 1] == "DATE" or not norms[at - 1].strip().isalnum()
        if opens and punct and self._unit_title(texts, norms, labels, at + 1) and not self._org_before(norms, labels, at):
            return UNIT_TITLE
        if (before == "的" and at >= 2 and self._person(norms, labels, at - 2) and labels[at + 1] == "TITLE" and at + 2 < size and norms[at + 2] in self.post_nouns
                and not norms[at + 1].endswith(self.skill_titles)):
            return POSSESSED  # 王伟的Quantiq总裁职务
        return None

    @staticmethod
    def _org_before(norms: list[str], labels: list[str], at: int) -> bool:
        """An organization earlier in the sentence (`优星发布任命:Walker机器人事业部总监王伟`):
        the unit is its, named after a product."""
        for back in range(at - 1, -1, -1):
            if labels[back] == "ORG":
                return True
            if norms[back] in ("。", "!", "?", "！", "？") or "\n" in norms[back]:
                return False
        return False

    @staticmethod
    def _person(norms: list[str], labels: list[str], at: int) -> bool:
        """A person's name before 的 (persons.py runs after this stage: read off the name model)."""
        word = norms[at]
        return labels[at] == "PERSON" or not labels[at] and _HAN.fullmatch(word) is not None and 2 <= len(word) <= 4 and given_names.table().name_score(word) >= _PERSON_LIKE

    def _resigns(self, texts: list[str], end: int) -> bool:
        """`…提出辞职`, `…递交辞呈`: the handing-in and a leave follow the name."""
        rest = "".join(texts[end : end + 6])[:_GAP_CHARS]
        gap = _GAP.match(rest)
        return gap is not None and rest[gap.end():].startswith(self.leaves)

    def _unit_title(self, texts: list[str], norms: list[str], labels: list[str], first: int) -> bool:
        """`智能驾驶|事业部总经理|王伟`, `云计算部|总监|王伟`: a unit (its head or last character
        says so), a title, a person; a field alone before the title (`量化研究主管`) is no unit."""
        for person in range(first + 1, min(first + 4, len(norms))):
            if labels[person - 1] != "TITLE" or not self.slots._person_next(texts, norms, labels, person):
                continue
            words = norms[first:person]
            if any(label not in ("", "TITLE") for label in labels[first:person]) or not _HAN.fullmatch("".join(words)):
                return False
            return any(
                word.startswith(self.unit_heads) and at > 0 or word.endswith(self.unit_heads) or word[-1] in self.unit_tails and labels[first + at] != "TITLE"
                for at, word in enumerate(words)
            )
        return False

    def _lists(self, texts: list[str], norms: list[str], labels: list[str], frames: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
        """`就职于朗月和Quantiq`, `先后在百度、朗月任职`: the names of a list in an organization's slot."""
        size = len(norms)
        starts = [verb + 1 for verb, frame in frames if frame == "object"]
        starts += [at + 1 for at in range(size) if norms[at] in self.in_markers]
        out = []
        for first in starts:
            items: list[tuple[int, int, bool]] = []  # (start, end, known)
            at = first
            while at < size and len(items) < 5:
                if labels[at] == "ORG":
                    end = at
                    while end < size and labels[end] == "ORG":
                        end += 1
                    items.append((at, end, True))
                elif self.slots.latin(texts, norms, labels, at):
                    end = at + 1
                    items.append((at, end, False))
                elif not labels[at] and (end := self._han_item(texts, norms, labels, at)):
                    items.append((at, end, False))
                else:
                    break
                if end < size and norms[end] in self.joiners:
                    at = end + 1
                    continue
                at = end
                break
            if len(items) < 2 or not self._list_closes(norms, at):
                continue
            out += [(low, high, LISTED) for low, high, known in items if not known]
        return out

    def _han_item(self, texts: list[str], norms: list[str], labels: list[str], first: int) -> int | None:
        joiners = self.joiners
        span = self.slots._after(texts, norms, labels, first, lambda end: end < len(norms) and norms[end] in joiners or self._list_closes(norms, end))
        return span[1] if span else None

    def _list_closes(self, norms: list[str], end: int) -> bool:
        # Not 等: `曾在聚划算、天猫等多个业务部门任职` lists the units of one company.
        return self.finder._closes(norms, end) or end < len(norms) and norms[end] in self.at_verbs
