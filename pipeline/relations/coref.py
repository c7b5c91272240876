"""Who a mention is: full names for short mentions, aliases and pronouns.

ANNOTATION.md: the person is written "in its most complete form in the
article", never a pronoun. This stage maps every PERSON mention to that form:
- a later short mention (`Rishabh`, `Agarwal`) folds to the Latin full name
  that contains it;
- `张健(音译,Jian Zhang)`: the bracketed romanization names the same person;
- `稚晖君(彭志辉)`: a nickname the text defines before the real name;
- pronouns and dropped subjects resolve to the most recent person mentioned.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from spacy.tokens import Doc

from talentflow.resources import lexicon
from talentflow.components.persons import surnames
from talentflow.resources.patterns import rule, word_list
from talentflow.text.textnorm import shadow

# Fields of the (start, end, label) entity rows, read in C.
_START, _SPAN, _LABEL = itemgetter(0), itemgetter(0, 1), itemgetter(2)
_PERSON = "PERSON".__eq__
_LATIN_WORD = re.compile(r"[A-Z][a-z]+")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")
_NICKNAME = re.compile(r"([\u4e00-\u9fff]{2,4})\($")
# Words that stand for a person already named (`他`, `该高管`): data/patterns.toml.
_PRONOUN = rule("person-pronoun")


class _Name(NamedTuple):
    start_char: int
    end_char: int
    text: str


# The opening bracket of `张健(音译,Jian Zhang)`, spaces allowed before it.
_BRACKET_AFTER = re.compile(r" *\(")
# Names recur in an article and across articles; OpenCC is the cost of shadow().
_shadow = lru_cache(maxsize=4096)(shadow)


class Mention(NamedTuple):
    """A tuple, like the dates, cues and triggers the rules look up: `mention[1]` is its
    end for all of them (docview.ByStart.inside), and tuples are cheap to make."""

    start: int
    end: int
    label: str
    text: str  # as the article writes it
    key: str  # canonical: the person's full name, the organization's canonical name


def person_mentions(doc: Doc, *, ents: list[tuple[int, int, str]] | None = None, text: str | None = None) -> list[Mention]:
    """Every PERSON mention with its full name, short mentions included.

    `ents`: (start_char, end_char, label) of doc.ents, and `text`: doc.text, when the
    caller has read them already.
    """
    text = doc.text if text is None else text
    ents = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents] if ents is None else ents
    simple = doc._.shadow or text
    # The PERSON entities picked in C: an article has several times as many others.
    names = [_Name(start, end, text[start:end]) for start, end, _ in compress(ents, map(_PERSON, map(_LABEL, ents)))]
    full: dict[str, str] = {}  # any form → the form to report
    for ent in names:
        full.setdefault(ent.text, ent.text)
        # 张健(音译,Jian Zhang) / 约翰·皮布尔斯(John Peebles): one person, reported as
        # first written. The bracketed name is the first one after the bracket opens.
        bracket = _BRACKET_AFTER.match(simple, ent.end_char) or _bracket_after_honorific().match(simple, ent.end_char)
        if bracket is None:
            continue
        other = next((other for other in names if other.start_char >= bracket.end()), None)
        # `A(分管研发)、B(分管营销)`: a name after the bracket closes is the next person, no alias.
        if other is not None and other.start_char - ent.end_char <= 8 and other.text not in full and ")" not in simple[bracket.end() : other.start_char]:
            full[other.text] = full[ent.text]
        elif other is not None and _known_in_other_script(ent, other, bracket.end(), simple, full):
            # coref:bracket-known: `林某…` then `LinMou(林某)`: the bracket repeats, in the
            # other script, a name written before; the article's first form is reported.
            full[ent.text] = full[other.text]
    if any(" " in form for form in full):
        _glued_bracket_alias(full, simple)
    _glued_other_script(names, full, simple)
    _spelled_longer(names, full, simple, text)
    # `莫雷诺` alone, found as a Chinese name, is the short form of 亚历克斯·莫雷诺.
    # Any form counts, the bracketed one too: `Brandon Whitley(布兰登·惠特利)` … `惠特利`.
    # coref:spaced-dot: `托马斯 · 贝格伦` (spaces around the dot) has the parts 托马斯, 贝格伦.
    dotted = [(name, _dot_parts(_shadow(form))) for form, name in full.items() if "·" in _shadow(form)]
    for index, ent in enumerate(names if dotted else ()):  # most articles write no dotted name
        owners = {name for name, parts in dotted if _shadow(ent.text) in parts and name != ent.text}
        if not owners:
            ent = names[index] = _whole_part(ent, dotted, simple, text)
            owners = {name for name, parts in dotted if _shadow(ent.text) in parts and name != ent.text}
        if len(owners) == 1:
            full[ent.text] = owners.pop()
    _fold_addressed(names, full)
    _given_name_mentions(names, full)
    mentions = [Mention(ent.start_char, ent.end_char, "PERSON", ent.text, full[ent.text]) for ent in names]
    # Later short mentions: `Rishabh`/`Agarwal` for Rishabh Agarwal, `麦克拉伦`
    # for 凯文・麦克拉伦. A part names the person only when one full name has it.
    parts: dict[str, set[str]] = {}
    for form, name in full.items():
        for part in _name_parts(_shadow(form)):
            parts.setdefault(part, set()).add(name)
        # `黄博士` for 黄俊杰: a surname and an honorific.
        for part in _addressed(_shadow(form)):
            parts.setdefault(part, set()).add(name)
    # What entities (names among them) cover is taken.
    taken = _Taken(list(map(_SPAN, ents)))
    for part, owners in parts.items():
        if len(owners) != 1:
            continue
        for start, end in occurrences(part, simple, whole_word=part.isascii()):
            if not taken.covers(start) and not taken.covers_end(end):
                mentions.append(Mention(start, end, "PERSON", text[start:end], next(iter(owners))))
    merged: dict[str, str] = {}  # coref:nickname-named: the bracketed name's key → the article's name
    for ent in names:
        # `\($` needs the bracket last, or just before a final newline: most names have neither.
        before = simple[max(0, ent.start_char - 6) : ent.start_char]
        match = _NICKNAME.search(before) if "(" in before[-2:] else None
        if match and any(e <= ent.start_char and e >= ent.start_char - 2 for s, e in taken.spans if s < ent.start_char - 1):
            continue  # 吴恩达(Andrew Ng): the bracket repeats the name before it, no nickname
        if match:
            start = ent.start_char - len(match.group(0))
            nickname = text[start : start + len(match.group(1))]
            if nickname in full and full[nickname] == nickname and full[ent.text] == ent.text:
                # `莱恩哈特…聘请莱恩哈特(Klaus Reinhardt)`: the name before the bracket is one the
                # article names elsewhere as a person: the bracket spells that person in the
                # other script, it is no nickname; the person is reported as first written.
                merged[ent.text] = nickname
            mentions.append(Mention(start, start + len(nickname), "PERSON", nickname, full[ent.text]))
            for other, end in occurrences(simple[start : start + len(nickname)], simple):
                if other != start and not taken.covers(other):
                    mentions.append(Mention(other, end, "PERSON", nickname, full[ent.text]))
    if merged:
        mentions = [mention._replace(key=merged.get(mention.key, mention.key)) for mention in mentions]
    return sorted(set(mentions), key=lambda m: (m.start, m.end))


def _dot_parts(name: str) -> list[str]:
    """`托马斯·贝格伦` and `托马斯 · 贝格伦` (36kr spaces the dot): the parts of a dotted name."""
    return [part.strip() for part in name.split("·")]


def _glued_other_script(names: list[_Name], full: dict[str, str], simple: str) -> None:
    """`辜某某Ethan Koo是…`: a Chinese name and a Latin name written one right after the
    other (a space at most, no bracket, no 、 or 和) are one person's two names, as the
    bracketed `张健(Jian Zhang)` is (coref:glued-other-script); reported as first written.
    `张伟、Tom Lee加入` and `张伟和Tom Lee` name two people. Updates `full`."""
    for ent, other in zip(names, names[1:]):
        if simple[ent.end_char : other.start_char].strip(" "):
            continue
        if (_LATIN_WORD.search(ent.text) is None) == (_LATIN_WORD.search(other.text) is None):
            continue  # two Chinese names or two Latin names side by side: a list, not an alias
        if full.get(other.text) == other.text and full.get(ent.text) == ent.text and other.text != ent.text:
            full[other.text] = ent.text


@lru_cache(maxsize=1)
def _bracket_after_honorific() -> re.Pattern[str]:
    """`沈某博士(Harry Mou)`: an honorific (patterns.toml `honorifics`) between the name and
    the bracket that names the person again (coref:bracket-after-honorific)."""
    return re.compile("(?:" + "|".join(map(re.escape, word_list("honorifics"))) + r") *\(")


def _known_in_other_script(ent: _Name, other: _Name, opened: int, simple: str, full: dict[str, str]) -> bool:
    """`LinMou(林某)` after `林某` was written: the bracket holds only a name the article
    named before (`other`), in the other script than the name before the bracket: the
    same person. `张三(李四的同事)` names two people, and the bracket closes later."""
    closes = simple[other.end_char : other.end_char + 2].lstrip(" ")[:1] == ")"
    return (
        closes
        and other.start_char - opened <= 2
        and full.get(ent.text) == ent.text
        and ent.text != other.text
        and (_LATIN_WORD.search(ent.text) is None) != (_LATIN_WORD.search(other.text) is None)
    )


def _glued_bracket_alias(full: dict[str, str], simple: str) -> None:
    """`Lin Mou` … `林某` … `LinMou(林某)`: the Latin name written glued, the Chinese name
    alone in the bracket after it, both found before: one person, reported as the
    Chinese name (coref:glued-bracket). The glued form is often no entity of its own,
    so the bracket is looked for after the glued spelling of each spaced Latin name."""
    han = {_shadow(form): name for form, name in full.items() if _HAN_NAME.fullmatch(_shadow(form))}
    for form in [form for form in full if " " in form and form.isascii() and full[form] == form]:
        glued = form.replace(" ", "")
        at = simple.find(glued + "(")
        if at < 0:
            continue
        inside = simple[at + len(glued) + 1 : simple.find(")", at)]
        if inside in han:
            full[form] = han[inside]


def _spelled_longer(names: list[_Name], full: dict[str, str], simple: str, text: str) -> None:
    """`程立|武出生于…` where the article names 程立武: the name stage cut a mention of a
    longer Chinese name short (the next character read as the verb's). When the text at
    the mention spells exactly one longer name of the article, the mention is that
    name (coref:spelled-longer). Updates `names` and `full`."""
    longer = {_shadow(form): name for form, name in full.items() if len(form) >= 3 and _HAN_NAME.fullmatch(form)}
    if len(longer) < 1:
        return
    for index, ent in enumerate(names):
        form = _shadow(ent.text)
        if len(form) < 2 or form in longer or not _HAN_NAME.fullmatch(form):
            continue
        spelled = {other for other in longer if len(other) > len(form) and other.startswith(form) and simple.startswith(other, ent.start_char)}
        if len(spelled) == 1:
            other = spelled.pop()
            names[index] = _Name(ent.start_char, ent.start_char + len(other), text[ent.start_char : ent.start_char + len(other)])
            full.setdefault(names[index].text, longer[other])


def _whole_part(ent: _Name, dotted: list[tuple[str, list[str]]], simple: str, text: str) -> _Name:
    """`苏德` where the text goes on `苏德拉曼`: the name stage read the first
    characters of a later surname-only mention of `卡尔·苏德拉曼` as a Chinese name.
    The mention is the whole part after the dot when one dotted name has a part (three
    characters or more) that starts so and the text spells it (coref:dotted-part-whole)."""
    form = _shadow(ent.text)
    whole = {part for _, parts in dotted for part in parts if len(part) > len(form) >= 2 and part.startswith(form)}
    if len(whole) != 1:
        return ent
    part = whole.pop()
    if not simple.startswith(part, ent.start_char):
        return ent
    end = ent.start_char + len(part)
    return _Name(ent.start_char, end, text[ent.start_char : end])


def _given_name_mentions(names: list, full: dict[str, str]) -> None:
    """`宣辉` for 施宣辉: a later mention by the two-character given name alone (Taiwanese
    press writes a person it has named in full so, `宣辉也辞去…`) is that person, when
    one three-character name of the article has that given name. Updates `full`."""
    if len(names) < 2:
        return
    single, _ = surnames()
    given: dict[str, set[str]] = {}
    for form, name in full.items():
        simple = _shadow(form)
        if len(simple) == 3 and _HAN_NAME.fullmatch(simple) and simple[0] in single:
            given.setdefault(simple[1:], set()).add(name)
    if not given:
        return
    for ent in names:
        owners = given.get(_shadow(ent.text), ())
        if len(owners) == 1 and full[ent.text] == ent.text:
            full[ent.text] = next(iter(owners))


class _Taken:
    """Spans that never overlap (doc.ents), in order: which one covers an offset is a bisect."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = list(map(_START, spans))

    def covers(self, offset: int) -> bool:
        """start <= offset < end for some span."""
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.spans[index][1]

    def covers_end(self, offset: int) -> bool:
        """start < offset <= end for some span: a span holds the character before `offset`."""
        index = bisect_left(self.starts, offset) - 1
        return index >= 0 and offset <= self.spans[index][1]


def occurrences(part: str, text: str, *, whole_word: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of `part` in `text`, left to right, none overlapping.

    `whole_word`: not inside a longer Latin word (no letter before it, no lower-case
    letter after it: `Agarwal` in `Agarwal's`, not in `Bagarwal`). str.find, not a
    regex built per name: an article's names would evict each other from re's cache.
    """
    size, start = len(part), text.find(part)
    while start >= 0 and size:
        end = start + size
        if whole_word and (start and _is_latin_letter(text[start - 1]) or end < len(text) and "a" <= text[end] <= "z"):
            start = text.find(part, start + 1)
            continue
        yield start, end
        start = text.find(part, end)


def _is_latin_letter(char: str) -> bool:
    return "a" <= char <= "z" or "A" <= char <= "Z"


def _addressed(name: str) -> list[str]:
    """`黄博士`, `黄教授`: how news calls a person with a Chinese name by surname and honorific."""
    if not 2 <= len(name) <= 4 or not _HAN_NAME.fullmatch(name):
        return []
    single, compound = surnames()
    surname = name[:2] if name[:2] in compound and len(name) >= 3 else name[:1] if name[:1] in single else ""
    return [surname + honorific for honorific in word_list("honorifics")] if surname else []


def _fold_addressed(names: list[_Name], full: dict[str, str]) -> None:
    """`王雪红女士…王女士于1997年创立HTC`: a name found as surname and honorific alone
    is the one full name of the article with that surname (coref:addressed), as an
    uncovered `黄博士` is below; two owners (王雪红, 王欣) leave it as written."""
    honorifics = word_list("honorifics")
    if not any(ent.text.endswith(honorifics) for ent in names):
        return  # most articles address no one so
    owners: dict[str, set[str]] = {}
    for form, name in full.items():
        if not form.endswith(honorifics):
            for part in _addressed(_shadow(form)):
                owners.setdefault(part, set()).add(name)
    for ent in names:
        found = owners.get(_shadow(ent.text), ())
        if ent.text.endswith(honorifics) and len(found) == 1:
            full[ent.text] = next(iter(found))


def _name_parts(name: str) -> list[str]:
    if "·" in name:
        return [part for part in _dot_parts(name) if len(part) >= 2]
    words = _LATIN_WORD.findall(name)
    return words if len(words) > 1 else []


def find_pronoun(simple: str, start: int, end: int) -> bool:
    """Does a pronoun stand in `simple[start:end]` (the clause before a verb) as a
    subject? `跟随他加入`, `与她一同`: a pronoun after an object marker is an object."""
    for match in _PRONOUN.finditer(simple, start, end):
        if not _object_marker_end().search(simple, max(start, match.start() - 4), match.start()):
            return True
    return False


@lru_cache(maxsize=1)
def object_markers() -> tuple[str, ...]:
    """Words after which a name or pronoun is an object (object_markers.txt)."""
    return tuple(lexicon.word_list("object_markers.txt"))


def ends_in_marker(markers: Iterable[str]) -> re.Pattern[str]:
    """One pattern for "ends with one of `markers`": a single search instead of a loop of endswith."""
    return re.compile("(?:" + "|".join(map(re.escape, markers)) + r")\Z")


@lru_cache(maxsize=1)
def _object_marker_end() -> re.Pattern[str]:
    return ends_in_marker(object_markers())
