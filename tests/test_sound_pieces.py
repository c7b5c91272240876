"""not_names `name:inside-transliteration`: half of a foreign word written by sound is
no Chinese name (`在雷德|蒙德`, jieba's cut of a transliterated town)."""

from __future__ import annotations

import pytest

from talentflow.api import default_nlp


@pytest.fixture(scope="module")
def nlp():
    return default_nlp()


def persons(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "PERSON"]


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("2003年,她在雷德蒙德加入了星河科技。", "蒙德"),  # a town cut 雷德|蒙德
        ("星河科技新掌门人狄桑提斯此前负责云业务。", "狄桑"),  # a surname cut 狄桑|提斯
    ],
)
def test_a_piece_of_a_transliteration_is_no_name(nlp, text: str, fragment: str) -> None:
    assert fragment not in persons(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("王德发加入星河科技。", "王德发"),  # sound characters inside a Chinese name
        ("李克明离开百度,加盟斯坦福大学。", "李克明"),  # a dictionary word after the name
        ("周以安和马丁都离开了星河科技。", "周以安"),
    ],
)
def test_chinese_names_beside_sound_characters_stay(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)
