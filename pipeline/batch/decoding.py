"""Bytes → text: BOMs, strict UTF-8, then the Chinese encodings by how Chinese the reading looks."""

from __future__ import annotations

import codecs
from functools import lru_cache
from pathlib import Path

import charset_normalizer

from talentflow.batch.errors import InputError


# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Chinese news without a byte-order mark that is not UTF-8 is GBK/GB18030
# (mainland) or Big5 (Taiwan, Hong Kong); cp950 is Big5 as Windows writes it.
CHINESE_ENCODINGS = ("gb18030", "cp950")
# A reading is taken as Chinese when at least this share of its non-ASCII
# characters are common characters or CJK punctuation. Right readings score
# 0.9–1.0; the wrong one of GBK/Big5 gives rare or odd characters (0.0–0.4).
MIN_CHINESE_SCORE = 0.6
# Text in another encoding (not UTF-8, GB18030 or Big5) is taken only when
# at least this share of it is ASCII: an English page with a few accents.
MIN_ASCII_SHARE = 0.8
# Control characters text files do hold (form feed between pages, DOS's end-of-file mark).
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1a")


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """pipeline/data/common_chars.txt (scripts/common_chars.py made it from jieba's frequencies)."""
    from talentflow.resources.lexicon import word_list

    return frozenset("".join(word_list("common_chars.txt")))


def chinese_score(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese characters or CJK punctuation."""
    common = common_chars()
    considered = good = 0
    for char in text:
        if char < "\x80":
            continue
        considered += 1
        good += char in common or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef" or "\u2010" <= char <= "\u2027"
    return good / considered if considered else 0.0


def _has_controls(text: str) -> bool:
    return any((char < " " and char not in _TEXT_CONTROLS) or "\x7f" <= char < "\xa0" for char in text)


def decode(data: bytes, path: str | Path) -> str:
    """Bytes → text: BOMs first, then strict UTF-8, then GB18030 or Big5, whichever reads as Chinese.

    Never mojibake: bytes that no candidate reads as sensible text fail with
    the reason (`InputError`, stage `decode`). Other encodings (Shift-JIS,
    Windows-1252, …) are taken from charset-normalizer only for text with no
    Chinese character in it, since Chinese text would have read as GB18030 or Big5.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as err:
                raise InputError(path, f"invalid {encoding} after its byte-order mark: {err.reason}", stage="decode") from err
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (NUL bytes), not text", stage="decode")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    scores: dict[str, float] = {}
    best: tuple[float, str] | None = None
    for encoding in CHINESE_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _has_controls(text):
            scores[encoding] = 0.0
            continue
        scores[encoding] = score = chinese_score(text)
        # Ties go to GB18030, listed first: GBK is by far the more common.
        if best is None or score > best[0]:
            best = (score, text)
    if best is not None and best[0] >= MIN_CHINESE_SCORE:
        return best[1]
    other = _other_encoding(data)
    if other is not None:
        return other
    tried = ", ".join(f"{encoding} {score:.2f}" for encoding, score in scores.items()) or "neither GB18030 nor Big5 decodes it"
    raise InputError(
        path, f"not UTF-8, and no reading looks like Chinese text (share of common characters: {tried})", stage="decode"
    )


def _other_encoding(data: bytes) -> str | None:
    """charset-normalizer's reading, if it is clean, mostly ASCII text with no Chinese character in it.

    An English release in Windows-1252 (`café`) fits; GBK bytes read as
    Latin-1 or Korean (`ÕÅÎ°`, `쏭컴`) are mostly non-ASCII and do not.
    """
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    text = str(best)
    if "\ufffd" in text or _has_controls(text) or any("\u3400" <= char <= "\u9fff" for char in text):
        return None
    letters = [char for char in text if not char.isspace()]
    ascii_share = sum(char < "\x80" for char in letters) / len(letters) if letters else 0.0
    return text if ascii_share >= MIN_ASCII_SHARE else None
