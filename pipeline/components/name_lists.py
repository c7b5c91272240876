"""Names in lists and names whose given name opens with a function character (a part of
the PERSON stage, PersonFinder, persons.py):

- name:list-item: `包括韦立冰,常程,杨柘等`: a candidate right after a name and a list mark,
  or right before a list mark and a name, is an item of the list and is read as leniently
  as after a title (常程, a rare surname and a weak given character, is a name there);
- name:grammar-middle: `选举` `张` `为` `忠` `为` `董事长`: a given name opening with 为,
  向, 和 … (patterns.toml given_opening_chars) that jieba cut into single characters;
- name:function-surname-subject: `向` `景川` `则回到…`, `团队的` `向` `景川` `同时…`: a
  function word that is a surname (向, 于, 曾) opens a name away from a title where a
  preposition cannot stand: before an adverb, or after 的;
- name:zhi-end: `副总裁` `邝牧` `之` `已于`: a given name ending in 之 that jieba cut off;
  之 joins a noun (`王伟之妻`), never a predicate, so before one it is the name's end;
- name:function-end: `首席科学家` `李可` `为` `,` … `李可` `为` `此前`: a given name ending
  in 为 or 和 (given_end_function_chars), shown once where the character can be no preposition
  or conjunction (after a title, before punctuation), then read so at every mention.

It also holds the PERSON stage's `_repeats` (another mention of a name found once), and
- name:repeated-word: `高级副总裁周受资因…` … `祝福周受资` … `周受资2015年加入`: a
  surname-led three-character word no dictionary knows, written whole again and again,
  once right after a title or right before a predicate, is a name even when its given
  characters are rare in names (受, 资) and it scores below every floor.

The ids go to `doc._.name_rules` (name → id), which the relation stage adds to the
`rules` of the records of that person.
"""

from __future__ import annotations

import unicodedata

from talentflow.components.chinese_names import (
    _HAN,
    COMMON_SURNAME_PRIOR,
    GLUED_GIVEN_MIN,
    NAME_MIN,
    NEVER_ENDS,
    given_opening,
    grammar_free,
    chinese_name,
    ordinary_words,
)
from talentflow.components.foreign_names import Pair
from talentflow.resources import given_names, lexicon, patterns


# name:repeated-word: how often the whole word must be written, and the lowest name score
# it may have (周受资 -5.8; strings of grammar and vocabulary score lower: 花更多 -6.6,
# and are mostly no single unknown word of jieba's).
REPEATED_MIN = 3
REPEATED_NAME_MIN = -7.0


def _indices(pairs: list[Pair]) -> set[int]:
    return {k for start, end in pairs for k in range(start, end)}


class NameListReader:
    """List items and grammar-opened given names; mixed into PersonFinder, whose tables
    (name_openers, not_given) and reader (_name_end, _predicate_at) it uses."""

    def _init_name_lists(self) -> None:
        self.list_marks = frozenset(patterns.word_list("name_list_marks"))
        self.list_enders = frozenset(patterns.word_list("name_list_enders"))
        # `王伟和李强均已加入`: 均 after the last name opens the predicate (tokenlists.after_brackets).
        self.list_closers = frozenset(patterns.word_list("list_closers"))
        self._listed = False  # the candidate being read is an item of a list of names
        self._ruled: dict[Pair, str] = {}  # names read by a rule of this module → its id
        self.title_words = frozenset(lexicon.word_list("titles.txt"))
        self.function_end_chars = frozenset(patterns.word_list("given_end_function_chars"))

    def _item_end(self, norms: list[str], i: int, titled: set[int], taken: set[int], dated: set[int]) -> tuple[int, bool]:
        """The end of the name at token i (`_name_end`) right after a name and a list mark
        (`卢伟冰,` `常程`), and whether it is an item of the list: read leniently, as one,
        when the list goes on after it."""
        self._listed = True
        end = self._name_end(norms, i, titled, taken, dated)
        self._listed = False
        if end > i and not self._list_goes_on(norms, end):
            return self._name_end(norms, i, titled, taken, dated), False  # `卢伟冰,常程表示…`: read as any candidate
        return end, True

    def _note_rule(self, norms: list[str], start: int, end: int, *, listed: bool) -> None:
        """The id of the rule of this stage that read the name, for the records' `rules`:
        name:list-item, name:grammar-middle (`张为忠`)."""
        text = "".join(norms[start:end])
        if listed:
            self._ruled[(start, end)] = "name:list-item"
        elif len(text) >= 3 and text[-2] in self.not_given and text[-2] in given_opening():
            self._ruled[(start, end)] = "name:grammar-middle"
        elif len(text) == 3 and text[1] in NEVER_ENDS and len(norms[start]) == 2:
            self._ruled[(start, end)] = "name:never-ends-there"  # `刘以` `研`
        elif len(text) == 3 and end - start == 2 and norms[start] in self.frequent_names:
            self._ruled[(start, end)] = "name:frequent-word-then-given"  # `张飞` `鑫`

    def _list_goes_on(self, norms: list[str], end: int) -> bool:
        """Does a list of names go on, or end, at token `end`: a list mark, a conjunction,
        等, or punctuation (`常程,` `常程等` `常程。`)?"""
        return end >= len(norms) or norms[end] in self.list_marks or norms[end] in self.list_enders or not _HAN.match(norms[end])

    def _listed_before(self, norms: list[str], spans: list[Pair], titled: set[int], taken: set[int], dated: set[int]) -> list[Pair]:
        """name:list-item, the first item: `包括` `常程` `、` `卢伟冰`. A candidate that ends right
        before a list mark and a name found reads as a list item (leniently, as after a title)."""
        found: list[Pair] = []
        covered = _indices(spans) | taken
        for start, _ in spans:
            mark = start - 1
            if mark < 2 or norms[mark] not in self.list_marks or mark - 1 in covered:
                continue
            for i in (mark - 2, mark - 1):  # a name is one token or two (`常` `程`)
                if i < 0 or i in covered or not norms[i][:1] in self.name_openers or not _HAN.fullmatch(norms[i]):
                    continue
                self._listed = True
                end = self._name_end(norms, i, titled, taken, dated)
                self._listed = False
                if end == mark:
                    found.append((i, end))
                    covered.update(range(i, end))
                    self._note_rule(norms, i, end, listed=True)
                    break
        return found

    def _grammar_middle(self, norms: list[str], i: int, taken: set[int], dated: set[int]) -> bool:
        """name:grammar-middle. `选举` `张` `为` `忠` `为` `董事长`: jieba cut a name whose
        first given character is a function word many names open with (为, 向, 和:
        given_opening_chars) into single characters. Surname + that character + one more
        form the name when the last is a clear given-name character (GLUED_GIVEN_MIN: 忠,
        阳) and no common surname (`王` `和` `李` are two people), the whole scores as
        a name, and a predicate, title or punctuation follows (`郑` `为` `康` `出任`).
        `王` `为` `公司`, `李` `向` `外界`: a word follows, no single character."""
        if i + 2 >= len(norms) or i + 1 in taken or i + 2 in taken:
            return False
        middle, last = norms[i + 1], norms[i + 2]
        table = given_names.table()
        return (
            middle in given_opening()
            and len(last) == 1
            and _HAN.fullmatch(last) is not None
            and last not in self.not_given
            and table.char_score(last) >= GLUED_GIVEN_MIN
            and table.prior.get(last, -10.0) < COMMON_SURNAME_PRIOR
            and table.name_score(norms[i] + middle + last) >= NAME_MIN
            and (i + 3 >= len(norms) or not _HAN.match(norms[i + 3]) or self._predicate_at(norms, i + 3, dated))
        )

    def _zhi_end(self, norms: list[str], i: int, end: int, taken: set[int], dated: set[int], lenient: bool) -> int:
        """name:zhi-end (module docstring). The end of the name `norms[i:end]`, one token
        further when 之 stands alone after it and a predicate after 之 (`已于`, `加入`,
        `出任`: _predicate_at, or an adverb or preposition opening one), and the name with 之 reads as one read whole (仇牧之).
        `王伟` `之妻`, `李明` `之后`: 之 in a word of its own; `张某` `之` `子`: no predicate."""
        name = "".join(norms[i:end])
        if (
            end + 1 >= len(norms)
            or norms[end] != "之"
            or end in taken
            or len(name) + 1 > (4 if name[:2] in self.compound else 3)
            or not (self._predicate_at(norms, end + 1, dated) or given_names.table().opens_predicate(norms[end + 1]))
            or not chinese_name(name + "之", whole=True, floor=NAME_MIN, lenient=lenient)
        ):
            return end
        self._ruled[(i, end + 1)] = "name:zhi-end"
        return end + 1

    def _function_surname_subject(self, norms: list[str], i: int, taken: set[int], dated: set[int]) -> bool:
        """name:function-surname-subject. `向` `景川` `则` `回到`: a preposition's object is
        followed by its verb, never by an adverb (则, 已, 也), and no preposition follows
        的 (`团队的` `向` `景川` `同时宣布`): there the function word (向, 于: not_surname_tokens
        that are surnames) and the two characters after it are a name, when they score as
        one (NAME_MIN) and are no word of the vocabulary (`向` `公司` `提出`: 公司 is)."""
        if i + 2 >= len(norms) or i + 1 in taken or norms[i + 1] in ordinary_words() or norms[i + 1] in self.stop_norms:
            return False
        given, following = norms[i + 1], norms[i + 2]
        table = given_names.table()
        if len(given) != 2 or not _HAN.fullmatch(given) or not self.not_given.isdisjoint(given):
            return False
        if table.name_score(norms[i] + given) < NAME_MIN:
            return False
        if len(following) == 1 and following in table.adverbs and following not in table.prepositions:
            found = True  # `向景川` `则`
        else:
            found = i > 0 and norms[i - 1] == "的" and (self._predicate_at(norms, i + 2, dated) or table.opens_predicate(following))
        if found:
            self._ruled[(i, i + 2)] = "name:function-surname-subject"
        return found

    def _function_ends(self, norms: list[str], spans: list[Pair], titled: set[int], taken: set[int]) -> list[Pair]:
        """name:function-end (module docstring). `研究员` `于清` `和` `。`: 和 and 为 take an
        object as conjunction or preposition, so before punctuation, after a name read
        behind a title, the character ends the name (于清和); each other mention of the name
        found short (`于清` `和` `2019年`) takes it too. Three characters at most, four
        after a compound surname; `任命` `王可` `为` `总裁`: a word follows, no extension."""
        covered = taken | _indices(spans)
        def closing(end: int) -> str:
            return norms[end] if end < len(norms) and norms[end] in self.function_end_chars and end not in covered else ""
        def fits(name: str) -> bool:
            return len(name) < (5 if name[:2] in self.compound else 4)
        full = set()
        for start, end in spans:
            name = "".join(norms[start:end])
            after = norms[end + 1][:1] if end + 1 < len(norms) else "。"
            if start in titled and closing(end) and fits(name + norms[end]) and unicodedata.category(after).startswith("P"):
                full.add(name + norms[end])
        if not full:
            return spans
        out: list[Pair] = []
        for start, end in spans:
            name = "".join(norms[start:end])
            if closing(end) and name + norms[end] in full:
                self._ruled[(start, end + 1)] = "name:function-end"
                end += 1
            out.append((start, end))
        return out

    def _repeats(self, norms: list[str], openers: list[int], spans: list[Pair], taken: set[int]) -> list[Pair]:
        """Other mentions of a name found once: `工程负责人仇致远` … `仇致远是团队中…`, after
        the names only their repetition shows (name:repeated-word).

        A mention starts with the name's surname, so only `openers` can start one.
        """
        repeated = self._repeated_words(norms, openers, spans, taken)
        spans = spans + repeated
        if not spans:
            return []
        names = {"".join(norms[start:end]) for start, end in spans}
        # A token can open a mention only when some name starts with its norm.
        openings = {name[:k] for name in names for k in range(1, len(name) + 1)}
        covered = taken | _indices(spans)
        found: list[Pair] = []
        for i in openers:
            if i in covered or norms[i] not in openings:
                continue
            text, end = "", i
            while end < len(norms) and end not in covered and len(text) < 4:
                text += norms[end]
                end += 1
                if text in names:
                    found.append((i, end))
                    covered.update(range(i, end))
                    break
        return repeated + found

    def _repeated_words(self, norms: list[str], openers: list[int], spans: list[Pair], taken: set[int]) -> list[Pair]:
        """name:repeated-word (module docstring): each whole mention of such a word."""
        covered = taken | _indices(spans)
        places: dict[str, list[int]] = {}
        for i in openers:
            word = norms[i]
            if len(word) == 3 and word[0] in self.surname_tokens and i not in covered:
                places.setdefault(word, []).append(i)
        found: list[Pair] = []
        for word, at in places.items():
            if len(at) >= REPEATED_MIN and self._reads_as_name(word) and any(self._vouched(norms, i) for i in at):
                found += [(i, i + 1) for i in at]
                self._ruled.update({(i, i + 1): "name:repeated-word" for i in at})
        return found

    def _reads_as_name(self, word: str) -> bool:
        return (
            _HAN.fullmatch(word) is not None
            and word not in ordinary_words()
            and word not in self.name_stopwords
            and word[-1] not in NEVER_ENDS
            and grammar_free(word[1:], True)
            and given_names.table().name_score(word) >= REPEATED_NAME_MIN
        )

    def _vouched(self, norms: list[str], i: int) -> bool:
        """A title right before the word (`副总裁|周受资`) or a trigger, cue or title right after it."""
        return (i > 0 and norms[i - 1] in self.title_words) or (i + 1 < len(norms) and norms[i + 1] in self.stop_norms)
