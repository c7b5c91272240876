"""Where an unknown Chinese name starts and ends, repairs of the segmenter's tokens
(a part of JiebaSegmenter, mixed in like segment_names.NameRepairs):

- `从朗` `月`, `前墨羽` (_preposition_apart): a preposition glued to an unknown name goes alone;
- name:left-edge-apart: the HMM or the dictionary glued the character before a name to its
  surname: a function character (`而梁` `孟松`, `向林` `浩然`), the end of a time (`9月起张`
  `明华`, `月末周` `海涛`) or a verb whose object is a person (`称王` `建国`, `聘孙磊`); the
  surname goes to the name;

- name:right-edge-apart: the HMM or a rare dictionary word glued the next word's first
  character to a three-character name: `白帆离` `开` (离开), `李文和` `洪蕾` (和 before a name);
- name:given-back-wide (segment_names._give_back_given): a count of the people just named
  took the name's last character: `谭钧` `建三人` → 谭钧建 / 三人.
"""

from __future__ import annotations

from talentflow.components.chinese_names import NAME_MIN, NAME_MIN_LENIENT
from talentflow.components.segment_names import _NUMERALS  # `三人`, `两人`: counts of people
from talentflow.components.segment_names import _HAN, _LENDS_GIVEN, NAME_LENT_MARGIN, NAME_LENT_MIN
from talentflow.resources import jieba_dict


class NameEdges:
    """Edge repairs; reads the segmenter's tables (surnames, names, verbs, list_enders, name_leads)."""

    def _leads_name(self, word: str) -> bool:
        """name:left-edge-apart. May the two-character `word` be a character that stands
        before a name glued to its surname, by the word alone? A function character
        (given_names.FUNCTION_TAGS: 而, 向, 由, 后; no given-name character, rare at a
        name's end) or one of patterns.toml name_leads (起, 末 after a date; 称, 请, 聘
        before their object). Not a compound surname (`上官` `若溪`) nor a verb of the
        lexicon (`出任` `辉达`, `回归` `小鹏`)."""
        lead, names = word[0], self.names
        if word in self.surnames or word in self.triggers or word[1] not in self.surnames:
            return False
        return lead in self.name_leads or (lead in names.function and names.char_score(lead) <= 0 and names.end_score(lead) < 0)

    def _lend_surname(self, out: list[str], mark: int) -> None:
        """name:left-edge-apart. `而梁` `孟松` `于`, `2019年9月起张` `明华` `出任`, `不久` `后任`
        `利锋` `加入`: the HMM or the dictionary glued the character before a name (_leads_name)
        to its surname. When surname + `token` reads clearly as a name (NAME_LENT_MIN) and
        `token` is no better name on its own, the surname goes to the name: `起` `张` `明华`.
        `token` may be a rare dictionary word after a rare glue (`向林` `浩然`: 浩然 is jieba's
        adjective, seen 38 times; `年` `中林`, a place seen twice), never an everyday one, nor
        after one (`同时` `宣布`: 时宣布 is no name). `后任` `总裁` (a word after), `并由` `张三` (张三 a name itself) and `前任`
        `海涛` (a dictionary word gives its surname to no name of its own) stay."""
        word, token = out[mark - 1], out[mark]
        names = self.names
        if (
            len(token) > 2
            or not self._leads_name(word)
            or not all(map(_HAN.fullmatch, token))
            or token in self.triggers
        ):
            return
        whole, alone = names.name_score(word[1] + token), names.name_score(token)
        known, common = self.backend.known(word), jieba_dict.common_words()
        if (
            whole < (NAME_LENT_MIN if known else NAME_MIN)
            or alone >= whole - NAME_LENT_MARGIN
            or (alone >= 0 and known)
            or (jieba_dict.is_word(token) and (token in common or word in common))
        ):
            return
        out[mark - 1 : mark] = [word[0], word[1]]

    def _leads_apart(self, out: list[str], first: int) -> None:
        """name:left-edge-apart. `9月起孙磊` `出任`, `公司称罗天玉` `已`: the HMM read the character
        before a name and the whole name as one unknown word. When the character leads a
        name (_leads_name), the rest reads as a name (NAME_MIN, as an unknown glue of the HMM
        in _lend_surname) and better than the whole read as one (`向海涛`: 向 is a surname
        too, and 向海涛 reads no worse than 海涛), the character goes alone: `起` `孙磊`."""
        names, known = self.names, self.backend.known
        for at in range(len(out) - 1, first - 1, -1):
            word = out[at]
            if not 3 <= len(word) <= 4 or word[1] not in self.surnames or not self._leads_name(word[:2]) or known(word) or not _HAN.fullmatch(word):
                continue
            rest = names.name_score(word[1:])
            if rest >= NAME_MIN and names.name_score(word) < rest - NAME_LENT_MARGIN and word[1:] not in jieba_dict.vocabulary():
                out[at : at + 1] = [word[0], word[1:]]

    def _preposition_apart(self, out: list[str], first: int) -> None:
        """`王伟` `从朗` `月` `离职`, `前墨羽` `高管`: the HMM glued a preposition to the
        unknown name after it; cut off a word that is no dictionary word, all Han, and
        whose rest is no title or noun of people (`前高管` stays whole: 前 modifies it)."""
        leading, titles, people = self.leading, self.titles, self.people_nouns
        glued = [at for at in range(first, len(out)) if out[at][:1] in leading and 2 <= len(out[at]) <= 4]
        for at in reversed(glued):
            word = out[at]
            if len(word) == 2 and word[0] == "前":
                continue  # `辞职前系|公司`: 前 after a clause glued to the verb 系; a name after 前 is longer
            if not jieba_dict.is_word(word) and word[1:] not in titles and word[1:] not in people and _HAN.fullmatch(word):
                out[at : at + 1] = [word[0], word[1:]]

    def _verb_apart(self, token: str, out: list[str]) -> str:
        """name:right-edge-apart. The HMM glued the next word's first character to an unknown
        three-character name: `白帆离` `开` `微软` (离开, a verb of the dictionary, with the
        one character after), `李文和` `廖瑶国` (和 before a name, which no name ends in
        before another): the character leaves the name, and the token to read next is
        returned (离开). `韩立明` `加入`, `王和平` `表示`: nothing claims the last character."""
        word = out[-1]
        if (
            len(word) != 3
            or word in jieba_dict.vocabulary()
            or word[:2] in self.surnames
            or jieba_dict.is_word(word[1:])  # `龚先生` `于`: a form of address, no given name
            or (len(out) > 1 and out[-2] in self.surnames)  # `巫马` `清越离` `职`: the given name of a compound surname
            or self.names.name_score(word[:-1]) < NAME_MIN_LENIENT
        ):
            return token
        last = word[-1]
        if len(token) == 1 and last + token in self.verbs and jieba_dict.is_word(last + token):
            out[-1] = word[:-1]
            return last + token
        if last in "和与" and token[:1] in self.surnames and 2 <= len(token) <= 3 and not jieba_dict.is_word(token) and self.names.name_score(token) >= 0:
            out[-1:] = [word[:-1], last]
        return token

    def _claimed(self, word: str, token: str) -> bool:
        """name:given-back-wide. Does what follows claim the last character of the two-character
        `word` outright: a date's preposition before a time (`一自` `2020年`) or 等 before 人?"""
        if word[1] in self.since_preps:
            return bool(_LENDS_GIVEN.match(word[1] + token))  # 自/于 before a digit or a time word
        return word[1] + token in self.list_enders

    def _counted(self, rest: str) -> bool:
        """`三人`, `等人`: a count of the people just named (name:given-back-wide)."""
        return rest in self.list_enders or (len(rest) == 2 and rest[0] in _NUMERALS and rest[1] == "人")
