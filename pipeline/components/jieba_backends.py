"""Two ways to run jieba with the user words, giving the same tokens.

`PureJieba` is the reference: jieba's own private `Tokenizer`. `FastJieba`
replays jieba's `cut` (blocks, best route, HMM on unknown runs) step by step,
but takes the costly step, the best route through the word graph, from one
call into jieba-fast-dat's C++ double-array trie loaded with jieba's own
dict.txt. jieba-fast-dat's own `cut` is not used: it breaks ties between
equally likely routes the other way (阿里巴巴 / 集团副总裁 instead of
阿里巴巴集团 / 副总裁, every user word having the same frequency), and its HMM
cuts decimals (`2.0`) and rare characters (禤) differently. Its route function
`_get_DAG_and_calc` computes jieba's floats and breaks ties as jieba does.

`choose_backend` takes the fast one when jieba-fast-dat is installed and, on
this installation, cuts a probe text exactly as the reference does; the
verdict is kept in the disk cache. `TALENTFLOW_SEGMENTER=jieba` forces the
reference, `=jieba-fast-dat` the fast one without the check.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import os
import re
from collections.abc import Iterable
from functools import lru_cache

from talentflow.resources import diskcache, jieba_dict

log_ = logging.getLogger(__name__)
# jieba announces every dictionary load at DEBUG on its own handler.
logging.getLogger("jieba").setLevel(logging.WARNING)

SEGMENTER_VARIABLE = "TALENTFLOW_SEGMENTER"
REFERENCE = "jieba"
FAST = "jieba-fast-dat"

# jieba's default frequency for a user word; high enough to keep 入职 whole in
# 赵晟佳入职后 (jieba alone gives 赵晟佳入 / 职后), low enough not to swallow
# neighbours.
USER_WORD_FREQ = 3000

# jieba's own block pattern (jieba/__init__.py: re_han_default).
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
# Between blocks jieba splits at re_skip_default `(\r\n|\s)`, keeps each match
# and spells out the rest: every character is a token, \r\n one token.
_GAP_TOKEN = re.compile("\r\n|.", re.DOTALL)


class PureJieba:
    """The reference: jieba's own Python tokenizer with the user words."""

    name = REFERENCE

    def __init__(self, words: Iterable[str]) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)  # importing jieba sets its logger to DEBUG
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.initialize()
        for word in words:
            self.tokenizer.add_word(word, freq=max(USER_WORD_FREQ, self.tokenizer.FREQ.get(word, 0)))
        self.cut = self.tokenizer.lcut

    def known(self, token: str) -> bool:
        """jieba's own test: a word, or the prefix of one, of the dictionary."""
        return token in self.tokenizer.FREQ


@lru_cache(maxsize=1)
def _hmm_cut():
    # jieba's HMM for unknown runs; importing it loads jieba's package (~0.3 s),
    # so it waits for the first run that needs it.
    from jieba import finalseg

    return finalseg.cut


@lru_cache(maxsize=16384)
def _hmm(run: str) -> tuple[str, ...]:
    """jieba's HMM reading of an unknown run; names recur, and each reading costs a Viterbi pass."""
    return tuple(_hmm_cut()(run))


class FastJieba:
    """jieba's `cut(HMM=True)` over jieba-fast-dat's trie; `known` as PureJieba's."""

    name = FAST

    def __init__(self, words: Iterable[str]) -> None:
        from jieba_fast_dat import _jieba_fast_dat_functions_py3 as native

        words = list(words)
        # `_get_DAG_and_calc` compares candidates with `>=` from the shortest up, so of
        # equally likely words it keeps the longest, as jieba's max over (probability,
        # end) does (阿里巴巴集团 / 副总裁, every user word having the same frequency);
        # its other routes (`_calc`, `_cut_DAG_cpp`) keep the shortest. Its
        # probabilities are jieba's floats: log(freq or 1) - log(total) + the rest.
        self._route, self._freq = native._get_DAG_and_calc, native._get_freq
        # The trie with the user words is kept in the disk cache: loading its bytes
        # takes ~10 ms, building it (dictionary, then ~3,600 words) ~50–140 ms.
        name = diskcache.key("jieba_fast_dat_trie", files=(jieba_dict.dictionary_path(), __file__), packages=(FAST,), extra="\n".join(words))
        trie_bytes, self.total = diskcache.cached(name, lambda: _build_trie(words))
        self.trie = native.DatTrie()
        self.trie.load_from_bytes(trie_bytes)
        self.user_words = sorted(words)
        # `known` is two searches of sorted lists; the segmenter asks it of the
        # same few words (公司, 曾在) again and again.
        self.known = lru_cache(maxsize=1 << 14)(self._known)

    def _known(self, token: str) -> bool:
        if jieba_dict.starts_a_word(token):
            return True
        index = bisect.bisect_left(self.user_words, token)
        return index < len(self.user_words) and self.user_words[index].startswith(token)

    def cut(self, sentence: str) -> list[str]:
        tokens: list[str] = []
        route_of, trie, total, flush = self._route, self.trie, self.total, self._flush
        # Split by one capturing group, the pieces alternate: the text between
        # blocks (even places), then a block; the last gap has no block.
        pieces = _HAN.split(sentence)
        for gap, block in itertools.zip_longest(pieces[::2], pieces[1::2], fillvalue=""):
            if gap:
                tokens.extend(_GAP_TOKEN.findall(gap) if "\r\n" in gap else gap)
            size = len(block)
            if size < 2:
                # One character has no other route and is its own run.
                tokens.extend(block)
                continue
            # jieba's `__cut_DAG`: the best route; each run of single-character
            # words is pooled for the HMM. route[x] ends the best word from x.
            route: list[int] = []
            route_of(trie, block, route, total)
            x = run = 0
            while x < size:
                last = route[x]
                if last == x:
                    x += 1  # a one-character word: it joins the run
                    continue
                if run < x:
                    if x - run == 1:
                        tokens.append(block[run])
                    else:
                        flush(block[run:x], tokens)
                run = last + 1
                tokens.append(block[x:run])
                x = run
            if run < size:
                flush(block[run:], tokens)
        return tokens

    def _flush(self, run: str, tokens: list[str]) -> None:
        """A run of single-character words: one stays, a dictionary word is spelled out, the rest goes to the HMM."""
        if len(run) == 1:
            tokens.append(run)
        elif not self._freq(self.trie, run):
            tokens.extend(_hmm(run))
        else:
            tokens.extend(run)


def _build_trie(words: list[str]) -> tuple[bytes, float]:
    """jieba's dictionary and the user words in jieba-fast-dat's trie (as bytes), and jieba's total frequency."""
    import jieba_fast_dat

    tokenizer = jieba_fast_dat.Tokenizer(jieba_dict.dictionary_path())
    # Its default cache file is keyed by the dictionary's path only; ours by its bytes.
    cache = diskcache.path_for(
        diskcache.key("jieba_fast_dat", files=(jieba_dict.dictionary_path(),), packages=(FAST,)) + ".dat"
    )
    # It writes its cache in place; a new one is written aside and renamed,
    # so pool workers starting together never read half a file.
    fresh = cache is not None and not cache.exists()
    if cache is not None:
        tokenizer.cache_file = str(cache.with_name(f"{cache.name}.{os.getpid()}.tmp") if fresh else cache)
    # Without an explicit initialize it segments with an empty dictionary.
    tokenizer.initialize()
    if fresh:
        try:
            os.replace(tokenizer.cache_file, cache)
        except OSError:
            pass
    dictionary_total = tokenizer.total
    for word in words:
        tokenizer.add_word(word, freq=max(USER_WORD_FREQ, tokenizer.get_freq(word)))
    # The total divides every frequency; it counts the repeated line of
    # dict.txt (B超) once, jieba twice.
    total = float(tokenizer.total - dictionary_total + jieba_dict.total_frequency())
    return tokenizer.dat.save_to_bytes(), total


# `_get_DAG_and_calc` sees at most 64 dictionary words starting at one
# character (a fixed buffer), so no word may be that long; dict.txt's longest has 16.
_ROUTE_PREFIXES = 64

# What jieba-fast-dat's own cut gets wrong: decimals, percentages and rare
# characters in the HMM, beside the ties the word pairs below provoke.
_PROBE_LINE = "星图2.0发布，同比增长42%，禤嘉树称，ADS 1.0和ADS 2.0的研发"


def _probe(words: list[str]) -> str:
    """A text that stresses the user words: glued, framed, and each followed by the next.

    Two user words in a row (阿里巴巴集团 + 副总裁) are where equally likely
    routes tie, every user word having the same frequency.
    """
    pairs = "，".join(first + second for first, second in zip(words, words[1:] + words[:1]))
    framed = "".join(f"曾在{word}任职，2019年加入" for word in words)
    return "\n".join(["".join(words), framed, pairs, _PROBE_LINE])


def _fast_agrees(words: list[str]) -> bool:
    """Whether FastJieba cuts the probe exactly as jieba does (loads both: ~2 s)."""
    if max(map(len, words), default=0) >= _ROUTE_PREFIXES:
        return False
    probe = _probe(words)
    reference, fast = PureJieba(words), FastJieba(words)
    tokens = reference.cut(probe)
    return tokens == fast.cut(probe) and all(reference.known(token) == fast.known(token) for token in tokens)


def choose_backend(words: list[str]) -> PureJieba | FastJieba:
    """The fast backend when installed and verified here, else the reference."""
    wanted = os.environ.get(SEGMENTER_VARIABLE, "").strip().lower()
    if wanted == REFERENCE:
        return PureJieba(words)
    try:
        import jieba_fast_dat  # noqa: F401
    except ImportError:
        return PureJieba(words)
    if wanted != FAST:
        verdict = diskcache.key(
            "segmenter_verdict",
            files=(jieba_dict.dictionary_path(), __file__),
            packages=(REFERENCE, FAST),
            extra="\n".join(words),
        )
        if not diskcache.cached(verdict, lambda: _fast_agrees(words)):
            log_.warning("jieba-fast-dat cuts differently from jieba here; segmenting with jieba")
            return PureJieba(words)
    return FastJieba(words)


BACKENDS = {REFERENCE: PureJieba, FAST: FastJieba}
