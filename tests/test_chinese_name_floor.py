"""chinese_name's score floor given as a function (pipeline/components/chinese_names.py):
the PERSON stage works it out from the words after a candidate, only when it is needed."""

from __future__ import annotations

from talentflow.components.chinese_names import NAME_MIN, NAME_MIN_LENIENT, chinese_name


def test_a_floor_function_gives_what_the_floor_would():
    for text in ("韩立明", "张健", "公司", "高管层", "欧阳清远"):
        for floor in (NAME_MIN, NAME_MIN_LENIENT, 5.0):
            assert chinese_name(text, floor=lambda floor=floor: floor) == chinese_name(text, floor=floor)


def test_the_floor_is_not_asked_about_vocabulary():
    asked = []

    def floor() -> float:
        asked.append(True)
        return NAME_MIN

    assert not chinese_name("公司", floor=floor)  # an ordinary word: refused before any score
    assert asked == []
    assert chinese_name("韩立明", floor=floor)
    assert asked == [True]
