"""Pinyin glosses some reposting sites write after Chinese characters.

Pages copied through a "注音" converter carry the reading of many characters in
brackets right after them: `巨人網(wǎng)絡`, `擔(dān)任`, `負(fù)責(zé)`. The gloss cuts every word
it sits in (the organization `巨人網絡` and the verb `擔任` are no longer in the
text), so the segmenter takes it out before any stage reads the text (the Doc
holds the article without its glosses).
A gloss is only a syllable with a tone mark, in brackets, right after a Han
character: `網(wǎng)` is one; `(CSIG)`, `(de)` or `(Kevin)` after a name are not
(no tone mark), and neither is `(Mā)` (a capital letter).
"""

from __future__ import annotations

import re

# Vowels with a tone mark: the one sign that tells a pinyin syllable from any other
# short Latin word in brackets.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[((][a-zü]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,4}}[))]")


def without_pinyin_glosses(text: str) -> str:
    """`巨人網(wǎng)絡宣布` → `巨人網絡宣布`; a text with no gloss comes back as it was."""
    if not any(mark in text for mark in _TONED):
        return text
    return _GLOSS.sub("", text)
