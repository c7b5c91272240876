"""The segmenter's vocabulary: the lexicon's words jieba must keep whole (organizations,
titles, trigger verbs, cues), and glued Latin runs cut at the known words they start with."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from talentflow.resources import lexicon, patterns
from talentflow.text.textnorm import shadow

# A glued Latin run such as `OpenAICTOMiraMurati`: known words are cut off
# first, the rest splits at CamelCase humps (`MiraMurati` → `Mira` `Murati`).
_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+")
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def user_words() -> list[str]:
    """Words the segmenter must keep whole: organizations, titles, nouns for people, triggers, cues."""
    words: dict[str, None] = {}
    for entry in lexicon.organizations():
        for alias in entry.aliases:
            words[alias] = None
    for name in ("titles.txt", "title_modifiers.txt", "title_domains.txt", "person_nouns.txt"):
        words.update(dict.fromkeys(lexicon.word_list(name)))
    words.update(dict.fromkeys(trigger.verb for trigger in lexicon.triggers()))
    words.update(dict.fromkeys(lexicon.cue_table("cues.tsv")))
    words.update(dict.fromkeys(patterns.word_list("segment_whole")))
    words.update(dict.fromkeys(patterns.word_list("government_bodies")))  # `发改局|局长`, not `发改|局局长`
    return [word for word in words if len(word) > 1 and " " not in word]


def lexicon_phrases() -> list[str]:
    """Shadows of the lexicon's phrases (organization aliases, titles, trigger verbs, cues):
    the texts the lookup stages segment at every pipeline build (phrases.phrase_norms)."""
    texts = [alias for entry in lexicon.organizations() for alias in entry.aliases]
    texts += lexicon.word_list("titles.txt")
    texts += [trigger.verb for trigger in lexicon.triggers()]
    texts += list(lexicon.cue_table("cues.tsv"))
    return list(dict.fromkeys(shadow(text) for text in texts))


@lru_cache(maxsize=1)
def _latin_vocabulary() -> tuple[str, ...]:
    """Known Latin words, longest first, for cutting glued runs."""
    words = {word for word in user_words() if _LATIN_TOKEN.fullmatch(word)}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _known_prefix(known: tuple[str, ...]) -> re.Pattern[str] | None:
    """The known words (longer than one letter) as one alternation, in their order.

    `re` tries alternatives left to right, so `match` returns the first known
    word the text starts with, as a scan of `known` would, but in C instead of
    a Python loop over ~560 words per position: tokenizing the ~2,800 lexicon
    phrases at start-up drops from 0.26 to 0.19 s of CPU (bench/results.md).
    """
    words = [word for word in known if len(word) > 1]
    # A known word leads only where a new word begins after it: `OpenAI|CTO`, but
    # not `Alexa|nder` in Alexander.
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?=[A-Z0-9]|$)") if words else None


def split_latin(token: str, known: Iterable[str]) -> list[str]:
    """Cut a glued Latin run: known words first, the rest as one piece."""
    known = tuple(known)
    if token in known or len(token) < 6:
        return [token]
    known_prefix = _known_prefix(known)
    pieces: list[str] = []
    rest = token
    while rest:
        # Known words lead the run (`OpenAI` `CTO` …); what follows the last
        # known word stays one token (`MiraMurati`, `LiamFord`): a glued name is
        # read whole by the person finder, and Ford in LiamFord is no company.
        known_match = known_prefix.match(rest) if known_prefix else None
        if known_match is None:
            pieces.append(rest)
            break
        prefix = known_match.group(0)
        pieces.append(prefix)
        rest = rest[len(prefix):]
    # A run with no known word and no hump (`Murati`) stays as it was.
    return pieces if len(pieces) > 1 else [token]
