"""Tests for pipeline.coref's text search (the resolution rules are tested in test_moves.py)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pipeline.coref import occurrences

_TEXT = st.text(alphabet="AagrwlBbs张伟 '", max_size=30)
_PART = st.sampled_from(["Agarwal", "ag", "aa", "张伟", "Bob", "伟张"])


@given(part=_PART, text=_TEXT)
def test_occurrences_are_the_matches_of_the_literal(part, text):
    assert list(occurrences(part, text)) == [match.span() for match in re.finditer(re.escape(part), text)]


@given(part=_PART, text=_TEXT)
def test_whole_word_occurrences_stand_outside_longer_latin_words(part, text):
    literal = re.escape(part)
    pattern = rf"(?<![A-Za-z]){literal}(?![a-z])"
    assert list(occurrences(part, text, whole_word=True)) == [match.span() for match in re.finditer(pattern, text)]


def test_a_name_inside_a_longer_word_is_no_mention():
    text = "Rishabh Agarwal说,Bagarwal与Agarwals不是他;Agarwal's团队"
    assert [text[start:end] + text[end : end + 2] for start, end in occurrences("Agarwal", text, whole_word=True)] == [
        "Agarwal说,",
        "Agarwal's",
    ]
