"""How much a string looks like a Chinese personal name: surname + given-name statistics.

A name is a surname (surnames.txt, ordered by how common it is) and one or two
given-name characters. `data/given_name_chars.tsv` (built by
`data/build_name_chars.py` from jieba's dictionary) scores each character by how
often it stands in a given name against how often it stands in running text:
娜 +3.9, 磊 +3.3, 明 +1.7 are name characters; 还 -3.9, 做 -4.3, 更 -2.2 are grammar
or vocabulary. So `韩立明` reads as a name and `花更多` (花 + 更多) or `车企` do not,
whatever jieba did with them.

A second column scores a character as the end of a given name against the same
character standing alone after a name: `俞军做顾问` ends the name before 做 (-4.5),
`常程还担任` before 还 (-5.0), while 军 (+2.0) ends names.

Both segmentation (segment.py, to split a glued grammar character off an unknown
word) and the PERSON stage (persons.py) ask it; lookups use the simplified
character (norms are shadows), so 張嘉臨 reads as 张嘉临.
"""

from __future__ import annotations

import math
from functools import lru_cache

from talentflow.resources import lexicon, patterns

# A character jieba's dictionary never saw is rare in running text, and rare
# characters in news are mostly in names (璈, 禤): a mildly positive score.
UNKNOWN_SCORE = 1.0
# A surname's weight falls with its rank in surnames.txt (王 0 … 漆 334): a name
# is far likelier to start with 李 than with 智 or 双. At rank r the prior is
# -ln((r + SURNAME_RANK_SCALE) / SURNAME_RANK_SCALE): 0 for 王, -1.2 for 丁 (47),
# -2.9 for 漆 (334).
SURNAME_RANK_SCALE = 20
# Compound surnames stand after the single ones in surnames.txt, so their rank says
# nothing: two surname characters together are good evidence of a name (欧阳, 司徒).
COMPOUND_PRIOR = -1.0
# A character that many names use (一 in 241 of jieba's names: 一凡, 一鸣) is a
# given-name character however frequent it is in text: its score is at least
# ln(names / GIVEN_COMMON), and 0 from GIVEN_COMMON names up.
GIVEN_COMMON = 100
# Parts of speech (jieba's, of the character as a one-character word) of the words
# that can follow a name as its predicate: adverbs 才, pronoun-like 任 (任何), verbs,
# prepositions, conjunctions, particles, time words that open one (`周某|现为`,
# `王某|当选`). 姝 (g) or 实 (n) never does.
PREDICATE_TAGS = ("d", "p", "c", "u", "r", "v", "t")
# Function characters (jieba's tag of the character as a one-character word): adverbs
# 还, prepositions 向, conjunctions 而, particles, localizers 后. No verb (回, 出): a
# function character glued to a surname gives it back (segment.py, `而梁` `孟松`).
FUNCTION_TAGS = ("d", "p", "c", "u", "f")
# A one-character word that stands alone far more than in names, on both counts below
# this (score and end), and is no preposition, conjunction, verb, particle, pronoun,
# numeral or measure word, modifies a predicate: 很 (-3.9, -4.2), 最, 较, 不. With the
# adverbs (tag d) it is a `modifier`, and what follows it is no name (`很` `荣幸`).
MODIFIER_MAX = -3.0
_NOT_MODIFIER_TAGS = ("p", "c", "v", "u", "r", "x", "m", "q")
# A character that ends words far more often than names (wordend column: 网 -1.8,
# 化 -1.6, 层 -3.1, 率 -2.9) makes the string a word (`官网`, `高端化`, `管理层`), not a name.
WORD_FINAL_MAX = -1.5
# A one-character function word or verb (PREDICATE_TAGS) ends a name before it when
# it ends given names much more rarely than it stands alone after them (`常程|还`,
# `俞军|做`: end score -5.0, -4.5) …
END_MIN = -1.0
# … or, when it is only somewhat rare at a name's end (才 0.0, 任 +0.1, 亦 +0.7), when
# it is an adverb before a verb (`杨某|才加入`, `吴某|亦将`) or a trigger verb (`陈某|任CTO`).
END_WEAK = 0.8


class NameChars:
    """The character table and surname ranks."""

    def __init__(self) -> None:
        self.score: dict[str, float] = {}
        self.end: dict[str, float] = {}
        self.predicate: set[str] = set()
        self.adverbs: set[str] = set()
        self.prepositions: set[str] = set()
        self.function: set[str] = set()
        self.word_final: set[str] = set()
        self.particles: set[str] = set()
        self.modifiers: set[str] = set()
        path = lexicon.DATA_DIR / "given_name_chars.tsv"
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.startswith("#") or line.startswith("char\t"):
                    continue
                fields = line.rstrip("\n").split("\t")
                try:
                    ch, names, score = fields[0], int(fields[1]), float(fields[5])
                    floor = min(0.0, math.log(names / GIVEN_COMMON)) if names else score
                    self.score[ch] = max(score, floor)
                    self.end[ch] = float(fields[6])
                    if fields[7].startswith(PREDICATE_TAGS):
                        self.predicate.add(ch)
                    if fields[7].startswith("d"):
                        self.adverbs.add(ch)
                    if fields[7].startswith("p"):
                        self.prepositions.add(ch)
                    if fields[7].startswith(FUNCTION_TAGS):
                        self.function.add(ch)
                    if fields[7].startswith("u"):
                        self.particles.add(ch)
                    if fields[7].startswith("d") or (
                        score < MODIFIER_MAX
                        and float(fields[6]) < MODIFIER_MAX
                        and not fields[7].startswith(_NOT_MODIFIER_TAGS)
                    ):
                        self.modifiers.add(ch)
                    if float(fields[8]) <= WORD_FINAL_MAX:
                        self.word_final.add(ch)
                except (IndexError, ValueError) as err:
                    raise lexicon.LexiconError(f"{path}:{number}: not a character row ({err})") from None
        words = lexicon.word_list("surnames.txt")
        # Japanese surnames (`坂本幸雄`): compound ones, outside the given-name statistics.
        japanese = lexicon.word_list("japanese_surnames.txt")
        self.single = frozenset(w for w in words if len(w) == 1)
        self.compound = frozenset(w for w in words if len(w) > 1) | frozenset(japanese)
        self.prior = {
            w: COMPOUND_PRIOR if len(w) > 1 else -math.log((rank + SURNAME_RANK_SCALE) / SURNAME_RANK_SCALE)
            for rank, w in enumerate(words)
        } | dict.fromkeys(japanese, COMPOUND_PRIOR)

    def opens_predicate(self, word: str) -> bool:
        """Does `word` open a predicate an adverb before it modifies: an adverb or a
        preposition (`均` `已` `从`, `均` `将在`)? An adverb stands before its verb
        directly (`才` `加入`) or through more of these."""
        return word[:1] in self.adverbs or word[:1] in self.prepositions

    def char_score(self, ch: str) -> float:
        return self.score.get(ch, UNKNOWN_SCORE)

    def end_score(self, ch: str) -> float:
        return self.end.get(ch, UNKNOWN_SCORE)

    def ends_before(self, ch: str, *, verb_follows: bool = False, trigger: bool = False) -> bool:
        """Does a name end before the one-character word `ch`?

        `verb_follows`: a verb or trigger comes right after `ch`; `trigger`: `ch` is a
        trigger verb itself (任)."""
        if ch not in self.predicate:
            return False  # 时 in `冯佳时主导` may end a name: a noun is no predicate
        score = self.end.get(ch, UNKNOWN_SCORE)
        if score < END_MIN:
            return True
        # 才 ends names (育才) as often as it stands alone: only an adverb before a
        # verb (`杨某|才加入`) or a trigger verb itself (`陈某|任CTO`) is cut off.
        return score < END_WEAK and (trigger or (verb_follows and ch in self.adverbs))

    def given_score(self, given: str) -> float:
        score = self.score
        total = 0.0
        for ch in given:  # one or two characters: a loop, no generator
            total += score.get(ch, UNKNOWN_SCORE)
        return total

    def split(self, text: str) -> tuple[str, str] | None:
        """(surname, given name) of `text`, or None when it is no surname + 1–2 characters."""
        if 3 <= len(text) <= 4 and text[:2] in self.compound:
            return text[:2], text[2:]
        if 2 <= len(text) <= 3 and text[0] in self.single:
            return text[0], text[1:]
        return None

    def name_score(self, text: str) -> float:
        """Log-odds that `text` is a name: surname prior plus given characters; -inf when no name shape."""
        parts = self.split(text)
        if parts is None:
            return -math.inf
        surname, given = parts
        return self.prior[surname] + self.given_score(given)


@lru_cache(maxsize=1)
def table() -> NameChars:
    return NameChars()


@lru_cache(maxsize=1)
def adverb_prepositions() -> frozenset[str]:
    """An adverb that opens a predicate glued to a preposition (`已向`, `将在`, `也从`:
    patterns.toml predicate_adverbs, and this table's prepositions): the start of a
    predicate, never a piece of a name (`Rohan Bakshi|已向|公司提交辞呈`)."""
    return frozenset(adverb + prep for adverb in patterns.word_list("predicate_adverbs") for prep in table().prepositions)
