"""Length-preserving text normalization, and the folding key used to compare names.

Every stage matches on a *shadow* of the article: simplified script, ASCII-width
letters and punctuation, one kind of middle dot. The shadow has exactly the same
length as the original, so a span found in the shadow slices the original text
and names come out as the article writes them (ANNOTATION.md: write the
organization as the article names it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

# U+30FB katakana middle dot (約翰・皮布爾斯), U+2027 hyphenation point used in
# Taiwan, U+2022 bullet, U+2219, U+FF65 halfwidth katakana dot: all written for ·.
_DOTS = "\u30fb\u2027\u2022\u2219\uff65\u00b7\u0387\u16eb\u2e31"
_DOT_TABLE = {ord(ch): "·" for ch in _DOTS}
# Full-width ASCII (ＡＢＣ，：（）) maps one-to-one onto ASCII.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = ord(" ")
# Accented Latin letters (Tomás, Müller, Núñez) as their base letter: jieba cuts a
# word at any letter outside ASCII, so `Tom|á|s` would never be read as one name.
_ACCENT_TABLE = {
    code: base
    for code in range(0xC0, 0x250)
    for base in [unicodedata.normalize("NFD", chr(code))[0]]
    if base.isascii() and base.isalpha() and chr(code) not in "×÷"
}
# Letters with no decomposition (Sørensen, Łukasz, Đorđe, Ærø) as the nearest plain
# letter, one for one so the shadow keeps the article's length: jieba would cut
# `S|ø|rensen` and the name would end at `S`.
_ACCENT_TABLE.update({ord(letter): ord(base) for letter, base in zip("øØłŁđĐæÆœŒßıħĦŧŦ", "oOlLdDaAoOsihHtT")})
_SHADOW_TABLE = {**_WIDTH_TABLE, **_DOT_TABLE, **_ACCENT_TABLE}
# The same mapping as a pattern: `str.translate` looks up every character of a
# Chinese text in the table (~4x slower), while few characters (，：（） and
# the like, ~3% of a news article) change at all.
_SHADOW_CHARS = re.compile("[" + "".join(map(re.escape, map(chr, sorted(_SHADOW_TABLE)))) + "]")
_SHADOW_STRINGS = {chr(code): chr(code).translate(_SHADOW_TABLE) for code in _SHADOW_TABLE}


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s.json")


def to_simplified(text: str) -> str:
    """Traditional → simplified with the same length as the input.

    OpenCC converts phrases, which can in rare cases change the length; then
    fall back to character-by-character conversion, which always keeps it.
    """
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    pieces = []
    for ch in text:
        one = _t2s().convert(ch)
        pieces.append(one if len(one) == 1 else ch)
    return "".join(pieces)


def unaccented(text: str) -> str:
    """`Tomás` → `Tomas`, nothing else changed."""
    return text.translate(_ACCENT_TABLE)


def shadow(text: str) -> str:
    """The matching form of `text`: simplified, ASCII width, one middle dot, no accents."""
    if len(text) <= _SHORT:
        return _short_shadow(text)
    return to_simplified(_width_dots_accents(text))


# Names, posts and organizations (`字節跳動`, `研究副總裁`) are shadowed again for every
# record that holds them; a bounded cache of short strings keeps OpenCC to one call each
# (a whole article, far longer, is shadowed once and never cached).
_SHORT = 64


@lru_cache(maxsize=16384)
def _short_shadow(text: str) -> str:
    return to_simplified(_width_dots_accents(text))


def _width_dots_accents(text: str) -> str:
    """`text.translate(_SHADOW_TABLE)`, by the pattern."""
    return _SHADOW_CHARS.sub(lambda match: _SHADOW_STRINGS[match.group()], text)


_SPACES_AND_DOTS = re.compile(r"[\s·\-_.]+")


@lru_cache(maxsize=1 << 16)
def fold_key(name: str) -> str:
    """The key two spellings of one name share.

    Folds case, width, spaces, middle dots and script, as ANNOTATION.md's
    scorer requires: `萨姆・奥尔特曼` = `萨姆·奥尔特曼`, `Avi Verma` = `AviVerma`.
    """
    text = unicodedata.normalize("NFKC", shadow(name.strip()))
    return _SPACES_AND_DOTS.sub("", text).casefold()
