"""The one reader of jieba's own dictionary (dict.txt): frequencies and tags.

Stages use it as knowledge of ordinary vocabulary: a frequent word is not a
name (persons.py), a verb does not start an organization's name (entities.py);
the segmenter uses its word list and total frequency to answer as jieba would
whichever backend segments. Parsing the 350,000 lines takes about a second, so
the tables are kept in the disk cache (`diskcache`), keyed by the dictionary's
bytes and this file's code.
"""

from __future__ import annotations

import bisect
import importlib.util
import os
from functools import lru_cache

from talentflow.resources import diskcache

# jieba tags person names nr / nrfg / nrt, unreliably (智慧 is `nr`).
NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
# A word jieba saw this often is vocabulary (服务 13036, 城市 25084), while given
# names that are also words are rare in its corpus (清远 44, 宇航 179).
COMMON_WORD_FREQ = 300


@lru_cache(maxsize=1)
def dictionary_path() -> str:
    """jieba's dict.txt, found without importing jieba (its import loads its HMM)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed")
    return os.path.join(os.path.dirname(spec.origin), "dict.txt")


def _read() -> dict:
    """Every table this module serves, from one pass over dict.txt.

    Word lists are stored joined by newlines: marshal loads one string ten
    times faster than a dict or tuple of 350,000 strings.
    """
    entries: dict[str, tuple[int, str]] = {}
    words: set[str] = set()
    total = 0
    with open(dictionary_path(), encoding="utf-8") as handle:
        for line in handle:
            word, freq_text, tag = line.split()
            freq = int(freq_text)
            # jieba adds every line to its total, a repeated word (B超) too.
            total += freq
            words.add(word)
            if 2 <= len(word) <= 4:
                entries[word] = (freq, tag)
    vocabulary = {
        word: freq for word, (freq, tag) in entries.items() if tag not in NAME_TAGS or freq >= COMMON_WORD_FREQ
    }
    verbs = [word for word, (freq, tag) in entries.items() if tag.startswith("v") and freq >= COMMON_WORD_FREQ]
    # Everyday nouns (博士, 先生, 老师): after a surname, a form of address, no given name.
    nouns = [word for word, (freq, tag) in entries.items() if tag == "n" and freq >= COMMON_WORD_FREQ]
    # Names frequent enough to count as vocabulary (李娜 438, but also 高峰 1556):
    # persons.py reads them as names only where the context says so.
    names = [word for word, (freq, tag) in entries.items() if tag in NAME_TAGS and freq >= COMMON_WORD_FREQ]
    return {
        "vocabulary_words": "\n".join(sorted(vocabulary)),
        "common_words": "\n".join(word for word, freq in vocabulary.items() if freq >= COMMON_WORD_FREQ),
        "common_verbs": "\n".join(verbs),
        "frequent_names": "\n".join(names),
        "common_nouns": "\n".join(nouns),
        "words": "\n".join(sorted(words)),
        "total": total,
    }


@lru_cache(maxsize=1)
def _tables() -> dict:
    name = diskcache.key("jieba_dict", files=(dictionary_path(), __file__), packages=("jieba",))
    return diskcache.cached(name, _read)


class SortedWords:
    """A sorted word list asked `word in words` by binary search.

    Splitting the stored string gives it at once; a set would first hash every
    one of its 250,000 words (50 ms of each pipeline build), for the few dozen
    questions an article asks.
    """

    __slots__ = ("_words",)

    def __init__(self, words: list[str]) -> None:
        self._words = words

    def __contains__(self, word: object) -> bool:
        index = bisect.bisect_left(self._words, word)
        return index < len(self._words) and self._words[index] == word

    def __len__(self) -> int:
        return len(self._words)


@lru_cache(maxsize=1)
def vocabulary() -> SortedWords:
    """Ordinary words of 2–4 characters: not tagged as a name, or frequent whatever the tag."""
    return SortedWords(_tables()["vocabulary_words"].split("\n"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The vocabulary words seen at least COMMON_WORD_FREQ times: everyday words, never read as names."""
    return frozenset(_tables()["common_words"].split("\n"))


@lru_cache(maxsize=1)
def common_verbs() -> frozenset[str]:
    """Frequent verbs (违反, 负责, 宣布): they end a name to their right."""
    return frozenset(_tables()["common_verbs"].split("\n"))


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """Frequent common nouns (博士, 先生, 城市): `黄` `博士` is a surname and a form of address."""
    return frozenset(_tables()["common_nouns"].split("\n"))


@lru_cache(maxsize=1)
def frequent_names() -> frozenset[str]:
    """Words tagged as names and seen at least COMMON_WORD_FREQ times (李娜, 刘翔, 高峰):
    vocabulary by frequency, names only in a name's place."""
    return frozenset(_tables()["frequent_names"].split("\n"))


def total_frequency() -> int:
    """The sum jieba's Tokenizer divides by: every line's frequency, repeats included."""
    return _tables()["total"]


@lru_cache(maxsize=1)
def _sorted_words() -> list[str]:
    return _tables()["words"].split("\n")


def starts_a_word(text: str) -> bool:
    """Whether some dictionary word starts with `text` (jieba keeps every prefix in FREQ)."""
    words = _sorted_words()
    index = bisect.bisect_left(words, text)
    return index < len(words) and words[index].startswith(text)


def is_word(text: str) -> bool:
    """Whether `text` is a word of the dictionary itself (not only the prefix of one)."""
    words = _sorted_words()
    index = bisect.bisect_left(words, text)
    return index < len(words) and words[index] == text
