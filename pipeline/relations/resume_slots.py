"""Résumé slots: the organization a résumé line names where the lexicon knows no name.

A résumé puts an employer in a fixed place, so the place names it even when the
name is new to us (ANNOTATION.md: past posts in a biography count, and `曾任X公司Y`
followed by a later employer is a leave of X):
- between a post verb and the title held there: `早年任星河品牌设计师` (星河),
  `此前是英国AI初创公司Lumeno的CEO` (Lumeno, after its description),
  `转战云岭证券亚太半导体分析师` (云岭证券: a region after the company is its branch);
- after a `…于` verb, up to the clause's end: `早年任职于金蝉电子,` (金蝉电子);
- the places listed between `在` and a working verb: `曾在金蝉电子、银杏网络等公司任职`;
- the object of a join that follows a résumé line: `任职于金蝉电子,后加入银杏网络,`.

Each found span becomes an ORG mention of the view; a record that names it carries
`org:resume-slot`. A slot is taken only when no known organization starts there and
its words are a name's: no punctuation, digits, person, date, verb, determiner, nor a
word that describes a field (`自动驾驶`) or a team (`研发团队`) rather than names one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from talentflow.resources import lexicon
from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView, by_start
from talentflow.resources.org_identity import bare_unit
from talentflow.resources.patterns import rule, word_list, word_set

RULE = "org:resume-slot"

# The words of a slot are vocabulary, in data/patterns.toml: the verbs whose object
# slot is an employer (lists slot_verbs, slot_to_break_verbs), words that are no name
# (slot_not_names), and the rules slot-then-join, slot-bad-opening, slot-bad-ending,
# slot-description-head, slot-region-tail, listed-at, slot-item and slot-earlier-mark.
_THEN_JOIN = rule("slot-then-join")
# A name's characters: Han, Latin letters, `&`, `.`, `-`, inner spaces (`Bain & Company`):
# structural, it stays here.
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z&.\- ]{0,11}")
_BAD_OPENING = rule("slot-bad-opening")
_BAD_ENDING = rule("slot-bad-ending")
_DESCRIPTION_HEAD = rule("slot-description-head")
_REGION_TAIL = rule("slot-region-tail")
_LISTED_AT = rule("listed-at")
_ITEM = rule("slot-item")
_EARLIER = rule("slot-earlier-mark")
_RECORD_WORDS = rule("slot-record-words")


@lru_cache(maxsize=1)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs whose object slot is an employer, those of them after which the name
    runs to the clause's end: `任职于X,`)."""
    to_break = frozenset(word_list("slot_to_break_verbs"))
    return frozenset(word_list("slot_verbs")) | to_break, to_break


def add_slot_orgs(view: DocView) -> None:
    """Adds the organizations of résumé slots to `view.orgs` (once per article)."""
    found = _slots(view)
    if not found:
        return
    view.orgs = by_start(sorted([*view.orgs, *found], key=lambda m: m.start))
    view.memo[("resume slots",)] = {m.text for m in found}


def slot_names(view: DocView) -> set[str]:
    """The organization names the résumé slots added to this view."""
    return view.memo.get(("resume slots",), set())


def _slots(view: DocView) -> list[Mention]:
    simple = view.simple
    found: dict[int, Mention] = {}
    post_verbs, to_break_verbs = _verbs()
    units_from: list[int] = []  # where a post list held at the employer just joined starts
    for trigger in view.triggers:
        verb = simple[trigger.start_char : trigger.end_char]
        end = trigger.end_char
        if verb in post_verbs and _inside_joined(view, trigger.start_char, end):
            units_from.append(end)  # 2010年加入星河,历任搜索产品总监、广告事业部副总裁: units of 星河
            continue
        if verb in post_verbs and not _org_near(view, end):
            mention = _before_title(view, end) or (_to_break(view, end) if verb in to_break_verbs else None)
            if mention is None and _THEN_JOIN.search(simple, max(0, trigger.start_char - 4), end) and _after_resume_line(view, trigger.start_char):
                mention = _to_break(view, end)
            if mention is not None:
                found.setdefault(mention.start, mention)
        if verb in post_verbs:
            # 曾任金蝉电子品牌设计师、银杏网络创意总监: each next item of a post list opens on its employer.
            for mention in _next_items(view, end):
                found.setdefault(mention.start, mention)
    for listed in _LISTED_AT.finditer(simple):
        position = listed.start("items")
        for item in _ITEM.split(listed.group("items")):
            start = simple.find(item, position)
            position = start + len(item)
            if item and not view.orgs.starting(start, start + 1):
                mention = _mention(view, start, position)
                if mention is not None:
                    found.setdefault(mention.start, mention)
    return [m for m in found.values() if not _overlaps(view, m) and not _in_unit_list(simple, units_from, m.start)]


def _in_unit_list(simple: str, units_from: list[int], start: int) -> bool:
    """Is `start` in a post list held at the employer just joined (to its sentence's end)?"""
    return any(low <= start and not any(mark in simple[low:start] for mark in "。!?\n") for low in units_from)


def slot_name(view: DocView, start: int, end: int) -> Mention | None:
    """The employer's name in [start, end) of a résumé line when it can be one
    (`2016.07—2019.12 金蝉电子 技术总监`: cv_lines.py), by the rules of a slot."""
    mention = _mention(view, start, end, shortest=2)
    return mention if mention is not None and not _overlaps(view, mention) else None


def _next_items(view: DocView, end: int) -> list[Mention]:
    """The employers of a post list's later items: after a title, `、`/`及`/`和`, a name, a title."""
    items = []
    titles = view.titles.starting(end, end + 24)
    while titles:
        title = titles[0]
        joint = _ITEM.match(view.simple, title.end)
        if joint is None or joint.end() == title.end:
            break
        titles = view.titles.starting(joint.end(), joint.end() + 24)
        if titles and titles[0].start > joint.end() and not _org_near(view, joint.end()):
            mention = _mention(view, joint.end(), titles[0].start - (view.simple[titles[0].start - 1] == "的"), shortest=3)
            if mention is not None:
                items.append(mention)
    return items


def _inside_joined(view: DocView, start: int, end: int) -> bool:
    """Does a post list at `start` follow, in its sentence, a join to a named employer
    with no mark of an earlier time between, the verb's own included (`此前是`)? `2010年加入星河,历任
    搜索产品总监、广告事业部副总裁`: the posts are held at 星河, so the words before each
    title name its units; `加入星河,此前曾任北辰科技副总裁` names an earlier employer."""
    sentence = max(view.simple.rfind(mark, 0, start) for mark in "。!?\n")
    for join in view.triggers.inside(sentence + 1, start):
        if join.label_ == "join" and view.orgs.starting(join.end_char, join.end_char + 3):
            return not _EARLIER.search(view.simple, join.end_char, end)
    return False


def _org_near(view: DocView, end: int) -> bool:
    return bool(view.orgs.starting(end, end + 3))


def _before_title(view: DocView, end: int) -> Mention | None:
    """`任星河品牌设计师`: the words between the verb and the first title after it."""
    titles = view.titles.starting(end + 1, end + 24)
    if not titles:
        return None
    gap_end = titles[0].start
    if view.simple[gap_end - 1] == "的":
        gap_end -= 1
    elif gap_end - end <= 2:
        # 曾担任联日半导体总经理, read as 联日|半导体总经理: a two-character name takes
        # the kind word the title opened with (a name is seldom two characters alone).
        kind = next((w for w in _kind_words() if view.simple.startswith(w, gap_end)), "")
        gap_end += len(kind) if kind and titles[0].end > gap_end + len(kind) else 0
    return _mention(view, end, gap_end, shortest=3)


def _to_break(view: DocView, end: int) -> Mention | None:
    """`任职于金蝉电子,`: the words up to the clause's end, when nothing else follows;
    `任职于金蝉电子和银杏科技`: up to the next item of a list, whose name may be known."""
    stop = _CLAUSE_END.search(view.simple, end, end + 24)
    if stop is None:
        return None
    joint = _ITEM.search(view.simple, end, stop.start())
    return _mention(view, end, joint.start() if joint else stop.start())


# Punctuation only: structural.
_CLAUSE_END = re.compile(r"[,;:。!?\n]")


def _after_resume_line(view: DocView, before: int) -> bool:
    """Is a post of the past told earlier in the sentence (`早年任职于A,后加入B`)?"""
    sentence = next((s for s in view.sentences if s.start <= before < s.end), None)
    low = sentence.start if sentence else max(0, before - 40)
    return any(t.label_ == "past" for t in view.triggers.starting(low, before))


def _mention(view: DocView, start: int, end: int, *, shortest: int = 2) -> Mention | None:
    """The name in [start, end), trimmed, if it can be one. Before a title a Chinese name
    needs three characters: `任职策略顾问` is a kind of adviser (`Nike`, `金蝉电子` are names)."""
    simple = view.simple
    # `曾担任过金穗证券…`: the aspect particle 过 after the verb opens no name.
    while start < end and simple[start] in " 了到至过":
        start += 1
    text = simple[start:end].strip()
    if not text:
        return None
    described = _DESCRIPTION_HEAD.match(text)
    if described and _BAD_OPENING.match(text):
        return None  # 该公司智能手机事业处: a unit of a company named before
    if described:  # 英国AI初创公司Lumeno: the name after its description
        start += described.end()
        text = text[described.end() :]
    if len(text) < shortest and not re.search(r"[A-Za-z]", text):
        return None  # counted as written: 瑞银亚太 is a name and its branch
    region = _REGION_TAIL.search(text)
    if region and region.start() >= 2:
        text = text[: region.start()]
    end = start + len(text)
    if not _NAME.fullmatch(text) or not 2 <= len(text) <= 12 or _BAD_OPENING.match(text) or _BAD_ENDING.search(text) or text in word_set("slot_not_names"):
        return None
    if _RECORD_WORDS.search(text):
        return None  # IEEE历史上首位亚裔主席: a record the post set, no employer's name
    if bare_unit().search(text) or text.startswith(_field_words()):
        return None  # 研发团队, 自动驾驶产品: a team or a field, no employer's name (银杏网络 is one)
    return Mention(start, end, "ORG", view.text[start:end], view.text[start:end])


def _overlaps(view: DocView, mention: Mention) -> bool:
    """A person, a date, a trigger or a known organization inside the slot: not one name."""
    low, high = mention.start, mention.end
    return bool(
        view.persons.starting(low - 4, high) and any(p.end > low for p in view.persons.starting(low - 4, high))
        or any(d.end > low for d in view.dates.starting(low - 12, high))
        or any(t.end_char > low for t in view.triggers.starting(low - 4, high))
        or any(o.end > low for o in view.orgs.starting(low - 12, high))
        # a title inside the slot makes it a post; one running past it (联日|半导体总经理) was cut above
        or any(t.end <= high for t in view.titles.starting(low, high))
    )


@lru_cache(maxsize=1)
def _field_words() -> tuple[str, ...]:
    """Field, kind and rank words (`自动驾驶`, `半导体`, `外部`) of the title and organization lists;
    place names are left out, since a company's name may hold one (`上海电气`). A tuple:
    `text.startswith` tries its hundreds of words in one call, with no Python step per word."""
    places = set(word_list("places_in_names"))
    words = {
        *lexicon.word_list("title_domains.txt"), *lexicon.word_list("org_descriptors.txt"), *lexicon.word_list("title_modifiers.txt")
    }
    return tuple(sorted(word for word in words if word not in places and len(word) >= 2))


@lru_cache(maxsize=1)
def _kind_words() -> tuple[str, ...]:
    """Kind words that end company names (`半导体`, `电子`, `汽车`), longest first."""
    words = [w for w in lexicon.word_list("org_descriptors.txt") if len(w) >= 2 and not w.isascii()]
    return tuple(sorted(words, key=len, reverse=True))
