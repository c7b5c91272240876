"""The one reader of jieba's own dictionary (dict.txt): frequencies and tags.

Stages use it as knowledge of ordinary vocabulary: a frequent word is not a
name (persons.py), a verb does not start an organization's name (entities.py).
"""

from __future__ import annotations

import os
from functools import lru_cache

import jieba

# jieba tags person names nr / nrfg / nrt, unreliably (智慧 is `nr`).
NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
# A word jieba saw this often is vocabulary (服务 13036, 城市 25084), while given
# names that are also words are rare in its corpus (清远 44, 宇航 179).
COMMON_WORD_FREQ = 300


@lru_cache(maxsize=1)
def _entries() -> dict[str, tuple[int, str]]:
    """Words of 2–4 characters → (frequency, tag)."""
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, freq, tag = line.split()
            if 2 <= len(word) <= 4:
                words[word] = (int(freq), tag)
    return words


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, int]:
    """Ordinary words → frequency: not tagged as a name, or frequent whatever the tag."""
    return {
        word: freq
        for word, (freq, tag) in _entries().items()
        if tag not in NAME_TAGS or freq >= COMMON_WORD_FREQ
    }


@lru_cache(maxsize=1)
def common_verbs() -> frozenset[str]:
    """Frequent verbs (违反, 负责, 宣布): they end a name to their right."""
    return frozenset(
        word for word, (freq, tag) in _entries().items() if tag.startswith("v") and freq >= COMMON_WORD_FREQ
    )
