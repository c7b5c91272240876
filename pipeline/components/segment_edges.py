"""Where an unknown Chinese name ends on its right, two repairs of the segmenter's tokens
(a part of JiebaSegmenter, mixed in like segment_names.NameRepairs):

- name:right-edge-apart: the HMM or a rare dictionary word glued the next word's first
  character to a three-character name: `白帆离` `开` (离开), `李文和` `洪蕾` (和 before a name);
- name:given-back-wide (segment_names._give_back_given): a count of the people just named
  took the name's last character: `谭钧` `建三人` → 谭钧建 / 三人.
"""

from __future__ import annotations

from talentflow.components.chinese_names import NAME_MIN_LENIENT
from talentflow.components.segment_names import _NUMERALS  # `三人`, `两人`: counts of people
from talentflow.resources import jieba_dict


class NameEdges:
    """Right-edge repairs; reads the segmenter's tables (surnames, names, verbs, list_enders)."""

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

    def _counted(self, rest: str) -> bool:
        """`三人`, `等人`: a count of the people just named (name:given-back-wide)."""
        return rest in self.list_enders or (len(rest) == 2 and rest[0] in _NUMERALS and rest[1] == "人")
