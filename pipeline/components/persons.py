"""PERSON entities: Chinese names, transliterations, Latin names, and aliases.

Generic NER does not know this domain (DEPENDENCIES.md: every tool missed Avi
Verma), so names come from patterns of how news writes them:
- a surname (surnames.txt) plus one or two given characters that read as a name
  (given_names.py: how common the surname is, how often each character stands in
  given names rather than in running text), bounded by what follows: a name ends
  before a predicate (`常程|还担任`), and a candidate right before one, or after a
  title, may score lower (`沈某|加入`); phrases score below (`花更多`, `官网`).
  jieba knows some names as words (`李娜`, `卢` `建华`, `林子` `涵`): these are read
  as names where the context says so (word_names.py);
- a transliteration joined by a middle dot (`萨姆·奥尔特曼`, `约翰・皮布尔斯`);
- two or three capitalized Latin words (`Avi Verma`, glued `AviVerma` once the
  segmenter has split it);
- a nickname the text defines with the real name in brackets (`稚晖君(彭志辉)`).

The stage runs on every token of every article, so it works on the plain token
lists (talentflow.components.tokenlists) and (start, end) pairs, and builds spaCy Spans only
for the names it adds. Each finder first picks the few tokens a name can start
at (a surname's character, a capital letter, a middle dot) and looks only there.
"""

from __future__ import annotations

from itertools import chain, starmap

import numpy
from spacy.attrs import ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from talentflow.resources import given_names, jieba_dict, lexicon, patterns
from talentflow.components.chinese_names import (
    _HAN,
    COMMON_SURNAME_PRIOR,
    FUNCTION_PAIR_NAME_MIN,
    KNOWN_WORD_NAME_MIN,
    NAME_MIN,
    NAME_MIN_FRAMED,
    NAME_MIN_LENIENT,
    NAME_MIN_SUBJECT,
    _name_stopwords,
    better_with_surname,
    chinese_name,
    grammar_openers,
    not_given,
    not_surname_tokens, opening_given,
    ordinary_words,
    surnames,
)
from talentflow.components.foreign_names import ForeignNameFinder, Pair
from talentflow.components.name_lists import NameListReader
from talentflow.components.not_names import kept  # drops name:eponym, name:surname-address, name:place-of-place
from talentflow.components.word_names import WordNameReader
from talentflow.components.tokenlists import after_brackets, date_follows as _date_follows, positions_starting, token_lists

# surnames and chinese_name are asked by the relation stage too (coref, rosters) from here.
# How much better a name must read with a function-word surname (于弘鼎 vs 弘鼎) to take it.
_FUNCTION_SURNAME_MARGIN = 3.0


def _indices(pairs: list[Pair]) -> set[int]:
    return set(chain.from_iterable(starmap(range, pairs)))


class PersonFinder(NameListReader, ForeignNameFinder, WordNameReader):
    """Adds PERSON entities where no ORG/TITLE/DATE already stands."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.trigger_norms = frozenset(t.verb for t in lexicon.triggers())
        # Triggers whose subject is the person who moves (no hire, no fire: a firm's).
        self.mover_verbs = frozenset(t.verb for t in lexicon.triggers() if t.kind not in ("hire", "fire"))
        self.stop_norms = frozenset([t.verb for t in lexicon.triggers()] + list(lexicon.cue_table("cues.tsv")) + list(lexicon.word_list("titles.txt")))
        single, self.compound = surnames()
        self.not_given, self.not_surname, self.grammar_openers = not_given(), not_surname_tokens(), grammar_openers()
        # One-character tokens that stand for a surname.
        self.surname_tokens = single - self.not_surname
        # … and those that are also function words (向, 曾, 于): a surname only after a title.
        self.function_surnames = single & self.not_surname
        # A Chinese name starts at a token whose first character starts a surname.
        self.name_openers = single | {surname[0] for surname in self.compound}
        self.common = jieba_dict.common_words()
        self.verbs = jieba_dict.common_verbs()
        self.frequent_names = jieba_dict.frequent_names()
        self.nouns = jieba_dict.common_nouns()
        self.name_stopwords = _name_stopwords()
        self.kin_words = frozenset(patterns.word_list("kin_introducers"))
        self.numeral_words = frozenset(patterns.word_list("numeral_ending_words"))
        self.since_preps, self.aspect_markers = (frozenset(patterns.word_list(n)) for n in ("since_preps", "aspect_markers"))
        self.latin_stopwords = lexicon.latin_stopwords()
        self.sound_chars = lexicon.transliteration_chars()
        self.place_preps = frozenset(patterns.word_list("place_preps"))
        self.date_prepositions = frozenset(patterns.word_list("date_prepositions"))
        self.honorifics = frozenset(patterns.word_list("name_honorifics"))
        self._init_name_lists()
        self.latin_particles = frozenset(patterns.word_list("latin_name_particles"))
        self.latin_abbreviations = frozenset(patterns.word_list("latin_abbreviations"))
        self.title_label = nlp.vocab.strings.add("TITLE")
        self.person_label = nlp.vocab.strings.add("PERSON")
        self.date_label = nlp.vocab.strings.add("DATE")

    def __call__(self, doc: Doc) -> Doc:
        texts, norms, starts = token_lists(doc)
        named, titled, dated = self._entity_tokens(doc)
        taken = set(named)
        found = self._transliterations(norms, titled, taken)
        taken |= _indices(found)
        found += self._bare_transliterations(norms, titled, taken)
        taken |= _indices(found)
        found += self._latin(texts, norms, starts, titled, taken)
        taken |= _indices(found)
        found = kept(norms, found + self._chinese(norms, titled, taken, dated), self.compound)
        found += self._glued_again(texts, found, taken)  # `CTO MarcoVell…确认了MarcoVell的离开`, `TessaLund和闻立峰`
        persons = [Span(doc, start, end, label=self.person_label) for start, end in found]
        if self._ruled or self._glued_ruled:
            doc._.name_rules = {doc[start:end].text: rule for (start, end), rule in (self._ruled | self._glued_ruled).items()}
        if named.isdisjoint(_indices(found)):
            # Only the new names are written: the other entities keep what the
            # stages before set, without a Span built for each to set it again.
            doc.set_ents(persons, default="unmodified")
        else:
            # A transliteration's trailing dot (`约翰·`) may stand in another
            # entity: the longer span wins.
            doc.ents = filter_spans(list(doc.ents) + persons)
        return doc

    def _entity_tokens(self, doc: Doc) -> tuple[set[int], set[int], set[int]]:
        """The tokens inside an entity, the tokens right after a TITLE, and the tokens of a DATE."""
        # Compared in the label array: most tokens of an article stand in no entity.
        labels = doc.to_array(ENT_TYPE)
        return (
            set(numpy.flatnonzero(labels).tolist()),
            set((numpy.flatnonzero(labels == self.title_label) + 1).tolist()),
            set(numpy.flatnonzero(labels == self.date_label).tolist()),
        )

    def _chinese(self, norms: list[str], titled: set[int], taken: set[int], dated: set[int]) -> list[Pair]:
        self._ruled = {}
        openers = positions_starting(norms, self.name_openers)
        spans: list[Pair] = []
        following = 0  # the first token after the last name found
        for i in openers:
            if i < following or i in taken or not _HAN.fullmatch(norms[i]):
                continue
            listed = bool(spans) and spans[-1][1] == i - 1 and norms[i - 1] in self.list_marks  # `卢伟冰,` `常程`: an item (rare)
            end, listed = self._item_end(norms, i, titled, taken, dated) if listed else (self._name_end(norms, i, titled, taken, dated), False)
            if end > i:
                end = self._zhi_end(norms, i, end, taken, dated, i in titled or listed)  # `秦牧` `之` `已于`
                self._note_rule(norms, i, end, listed=listed)
                spans.append((i, end))
                following = end
        spans = self._function_ends(norms, spans + self._listed_before(norms, spans, titled, taken, dated), titled, taken)
        return spans + self._repeats(norms, openers, spans, taken)

    def _name_end(self, norms: list[str], i: int, titled: set[int], taken: set[int], dated: set[int]) -> int:
        """End of the name starting at token i, or i when none starts there.

        jieba leaves unknown names whole (`李力耘`) or cuts them after the
        surname (`司马` `清远`, `赵` `晟佳`) or into single characters (`禤` `嘉`
        `树`); the longest reading that is a plausible name wins.
        """
        first = norms[i]
        if (
            len(first) == 1
            and first not in self.not_surname
            and i + 1 < len(norms)
            and first + norms[i + 1][:1] in self.compound
            and norms[i + 1] not in ordinary_words()  # `上` `官方`: a word, no name
        ):
            return self._split_compound_end(norms, i, taken)
        # After a compound surname (欧阳 致远) or a title (工程负责人仇致远) even a common word is the given name.
        # `李某之妻马东敏`: a word for a relative introduces a name as a title does.
        # An item of a list of names (`洪涛、焦可、陈某`) stands where a name stands (name:list-item).
        lenient = first in self.compound or i in titled or (i > 0 and norms[i - 1] in self.kin_words) or self._listed
        # `总裁` `向` `海龙`: after a title a function-word surname opens the name when no name starts after it
        # or it reads far better so (`于` `弘鼎`, name:function-surname-better, scored only then); `CEO` `向` `员工`: no given name.
        if first in self.function_surnames and i not in titled and self._function_surname_subject(norms, i, taken, dated):
            return i + 2  # `向` `景川` `则`: name:function-surname-subject
        function_surname = i in titled and first in self.function_surnames and (
            better_with_surname(first, norms[i + 1 : i + 2], _FUNCTION_SURNAME_MARGIN) or self._name_end(norms, i + 1, titled, taken, dated) == i + 1)
        if function_surname:
            lenient = False
        if not lenient and i > 0 and norms[i - 1] in given_names.table().modifiers:
            return i  # `很` `荣幸` `加入`: an adverb modifies a predicate, not a name
        if not lenient and i > 0 and norms[i - 1][-1:].isnumeric() and norms[i - 1] not in self.numeral_words:
            return i  # `第3` `季` `营运`: after a number, 季 is a measure word (quarter); not after `之一` (name:after-one-of)
        if first in self.surname_tokens and self._grammar_middle(norms, i, taken, dated):
            return i + 3
        if first in self.compound or first in self.surname_tokens or function_surname:
            best = i  # a surname alone (欧阳, 赵): the given name follows
        elif (
            chinese_name(first, whole=True, floor=lambda: self._whole_floor(norms, i, lenient, dated), lenient=lenient)
            and first not in self.stop_norms
        ):
            best = i + 1  # a whole name (李力耘), perhaps cut short
        elif first in self.frequent_names and self._frequent_name(norms, i, lenient, dated):
            # `总裁` `张飞` `鑫`: a known name may open a longer one (name:frequent-word-then-given)
            return i + 2 if self._word_then_given(norms, i, taken, dated, lenient) else i + 1
        elif len(first) == 2 and (first[0] in self.surname_tokens or (i in titled and first[0] in self.function_surnames)) and self._word_then_given(norms, i, taken, dated, lenient):
            return i + 2  # `副局长` `时雨` `澄`: after a title a function word's surname too
        else:
            return i
        given, end = "", i + 1
        while (
            end < len(norms)
            and len(given) + len(norms[end]) <= 2
            and end not in taken
            and (self._given(norms[end], lenient=lenient) or (best == i and self._word_given(norms, i, end, dated)))
        ):
            # A name has three characters, four after a compound surname (`欧阳清` `远`).
            longest = 4 if first[:2] in self.compound else 3
            # `刘某` `自` `2005年`: 自 before a date is the preposition, not a given character.
            since = norms[end] in self.since_preps and _date_follows(norms, end, dated)
            if best > i and (len(first) + len(norms[end]) > longest or self._ends_before(norms, end) or since):
                break
            if norms[end] in self.date_prepositions and _date_follows(norms, end, dated):
                break  # name:preposition-before-date: `张伟` `自` `2019年`, 自 is the date's
            given += norms[end]
            end += 1
            if chinese_name(first + given, floor=lambda: self._floor(norms, end, lenient, dated), lenient=lenient):
                best = end
        if best == i + 1 and not lenient and self._word_without_context(norms, i, dated):
            return i  # `巨星` alone; `朱文` `佳` goes on to 朱文佳
        return best

    def _floor(self, norms: list[str], end: int, lenient: bool, dated: set[int]) -> float:
        """The name score a candidate ending before token `end` needs (NAME_MIN …)."""
        if lenient:
            return NAME_MIN_FRAMED if self._predicate_at(norms, end, dated) else NAME_MIN_LENIENT
        return NAME_MIN_SUBJECT if self._predicate_at(norms, end, dated) else NAME_MIN

    def _whole_floor(self, norms: list[str], i: int, lenient: bool, dated: set[int]) -> float:
        """The floor of a name jieba kept whole at token i. name:function-word-pair: two
        characters opening with a function word that is a rare surname (`来台`, `来沪`, `时值`)
        are mostly a phrase (come to Taiwan); away from a title they must read as a name
        (FUNCTION_PAIR_NAME_MIN: 来沪 -1.8, 来台 -3.4). A common one (曾敏, 于洋) opens names often."""
        floor, first = self._floor(norms, i + 1, lenient, dated), norms[i]
        rare = len(first) == 2 and first[0] in self.function_surnames and given_names.table().prior[first[0]] < COMMON_SURNAME_PRIOR
        return max(floor, FUNCTION_PAIR_NAME_MIN) if rare and not lenient else floor

    def _predicate_at(self, norms: list[str], k: int, dated: set[int]) -> bool:
        """Does a predicate start at token k, after a date (`费某` `2022年` `加入`): a
        trigger, cue or title word, a frequent verb (宣布), or a grammar character that
        ends names (还, 已, 将)? A particle is none: `X的` is a possessive."""
        while k in dated:
            k += 1
        k = after_brackets(norms, k, self.list_closers)
        if k >= len(norms):
            return False
        following = norms[k]
        if following in self.stop_norms or following in self.verbs:
            return True
        if following in self.honorifics:
            return True  # `韦` `建国` `先生`: an honorific follows a name only (name:honorific)
        if following in self.date_prepositions and _date_follows(norms, k, dated):
            return True  # `方航` `自` `2017年` `加入`: a time phrase opens the predicate (name:preposition-before-date)
        table = given_names.table()
        return len(following) == 1 and following not in table.particles and table.ends_before(following)

    def _word_without_context(self, norms: list[str], i: int, dated: set[int]) -> bool:
        """`巨星` `陨落`, `马达` `在内`: jieba's dictionary tags some two-character words as
        names (巨星, 荣幸, 马达), rarely enough that they are not vocabulary. Such a word
        is a name only before a predicate or when it reads clearly as one
        (KNOWN_WORD_NAME_MIN: 丁磊 +2.1; 马达 +0.7, 荣幸 -2.3)."""
        word = norms[i]
        return (
            len(word) == 2
            and jieba_dict.is_word(word)
            and given_names.table().name_score(word) < KNOWN_WORD_NAME_MIN
            and not self._predicate_at(norms, i + 1, dated)
        )

    def _move_follows(self, norms: list[str], k: int, dated: set[int]) -> bool:
        """Does a career move's predicate start at token k: a trigger, cue or title
        (`离开`), or a verb or grammar character before one (`宣布离开`, `已加入`)?
        A bracketed description between (`李某(前美团副总裁)已加入`) is skipped."""
        k = after_brackets(norms, k, self.list_closers)
        if k >= len(norms):
            return False
        if norms[k] in self.stop_norms:
            return True
        return k + 1 < len(norms) and norms[k + 1] in self.stop_norms and self._predicate_at(norms, k, dated)

    def _ends_before(self, norms: list[str], end: int, *, last_of_word: bool = False) -> bool:
        """Does a name that already reads whole end before token `end`?

        `常程` `还` `担任`: 还 ends given names far more rarely than it stands after one as
        an adverb, so the name is 常程 (given_names' end score). A character only
        somewhat rare at a name's end (才, 任) ends it when a verb or trigger follows,
        which it then modifies or is (`陈某` `任` `CTO` … `杨某` `才` `加入`).
        `last_of_word`: ask about the last character of token `end` instead (刚才)."""
        norm = norms[end][-1] if last_of_word else norms[end]
        if len(norm) != 1:
            return False
        following = norms[end + 1] if end + 1 < len(norms) else ""
        if following in self.aspect_markers and not last_of_word:
            return True  # `韩立明` `带` `着`: a character before 着 is a verb (name:verb-before-aspect)
        table = given_names.table()
        # An adverb is followed by its predicate, directly (`杨某|才加入`) or through
        # more adverbs and prepositions (`石某|均已从`); not so the end of a word
        # (`王` `刚才` `加入`, but `李` `育才` `已`).
        verb_follows = following in self.trigger_norms or following in self.verbs or (not last_of_word and table.opens_predicate(following))
        return table.ends_before(norm, verb_follows=verb_follows, trigger=norm in self.trigger_norms)

    def _given(self, norm: str, *, lenient: bool) -> bool:
        # After a compound surname or a title a cue word is a name character (东方未晞), and so is an opening_given (`甘` `之光`).
        return (
            (self.not_given.isdisjoint(norm) or (lenient and opening_given(norm)))
            and norm not in (self.trigger_norms if lenient else self.stop_norms)
            and norm not in self.name_stopwords
            and (lenient or norm not in self.common)
            and _HAN.fullmatch(norm) is not None
        )


@Language.factory(
    "talentflow_persons",
    assigns=["doc.ents"],
)
def make_person_finder(nlp: Language, name: str) -> PersonFinder:
    return PersonFinder(nlp, name)
