"""Foreign names (components/foreign_names.py): Latin names with particles, hyphens
and initials, transliterations of three parts or with a hyphen, and foreign names
coordinated with other names. Every name here is invented.
"""

from __future__ import annotations

import pytest

from fact_sets import moves


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Carla de la Cruz加入京东。", "Carla de la Cruz", id="particles-de-la"),
        pytest.param("前谷歌研究员Ludo van der Berg宣布离职。", "Ludo van der Berg", id="particles-van-der"),
        pytest.param("Ines Duarte-Silva加入微软,担任研究科学家。", "Ines Duarte-Silva", id="hyphenated-last-name"),
        pytest.param("Jean-Luc Moreau离开小米。", "Jean-Luc Moreau", id="hyphenated-first-name"),
        pytest.param("Kwame O. Mensah博士已正式加入蔚来。", "Kwame O. Mensah", id="middle-initial"),
        pytest.param("A.J. Kumar博士已正式加入联想。", "A.J. Kumar", id="initials-before-move-verb"),
        pytest.param("据悉,J. Whitaker离开阿里巴巴。", "J. Whitaker", id="initial-after-comma"),
        pytest.param("研究员A.J. Kumar表示很高兴。", "A.J. Kumar", id="initials-after-title"),
    ],
)
def test_latin_name_is_read_whole(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("J.P. Morgan的分析师认为市场将回暖。", id="initials-of-a-firm"),
        pytest.param("U.S. Steel宣布收购计划。", id="abbreviation"),
        pytest.param("U.S. Steel加入了新的行业联盟。", id="abbreviation-before-verb"),
    ],
)
def test_initials_without_title_or_move_verb_are_no_name(persons_in, text: str) -> None:
    assert persons_in(text) == []


def test_a_particle_ends_no_name_without_a_word_after_it(persons_in) -> None:
    # `Mira Holt de` … : a particle continues a name only before its last word.
    assert persons_in("Mira Holt de 2024年加入谷歌。") == ["Mira Holt"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("蔚来首席科学家约翰·保罗·里维拉已于本月离职。", "约翰·保罗·里维拉", id="three-parts-word-between-dots"),
        pytest.param("让-吕克·莫罗宣布加盟百度。", "让-吕克·莫罗", id="hyphenated-first-part"),
    ],
)
def test_transliteration_is_read_whole(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)


def test_a_word_after_a_single_dot_still_ends_the_name(persons_in) -> None:
    # the relaxed reading holds between two dots only: `保罗` after the last dot is a word
    assert "米拉·霍尔特" in persons_in("米拉·霍尔特表示将加入腾讯。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "王伟和Elise Caron一同离开了商汤。",
            {("王伟", "商汤", ""), ("Elise Caron", "商汤", "")},
            id="chinese-and-latin-together",
        ),
        pytest.param(
            "米拉·霍尔特和李伟一同加入了百度。",
            {("米拉·霍尔特", "", "百度"), ("李伟", "", "百度")},
            id="transliteration-and-chinese-together",
        ),
    ],
)
def test_names_coordinated_before_together_all_move(nlp, text: str, expected) -> None:
    assert moves(nlp, text) == expected


def test_a_companion_after_with_is_still_no_subject(extract) -> None:
    # `他与李伟一同离开`: 与 after a pronoun, not a name, makes 李伟 a companion
    people = {person for person, *_ in extract("赵明宣布离职。他与李伟一同离开了商汤。")}
    assert "李伟" not in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("杰夫迪恩离开谷歌。", "杰夫迪恩", id="bare-before-leave"),
        pytest.param("萨姆奥尔特曼已正式加入微软。", "萨姆奥尔特曼", id="bare-adverbs-before-join"),
        pytest.param("小米前高管米拉霍尔特加盟微软。", "米拉霍尔特", id="bare-after-title-noun"),
        pytest.param("首席执行官阿尔特曼被董事会解雇。", "阿尔特曼", id="bare-surname-after-title"),
        pytest.param("安德烈娅罗西加盟快手。", "安德烈娅罗西", id="bare-single-character-piece"),
        pytest.param("托马斯林奎斯特离开阿里巴巴。", "托马斯林奎斯特", id="bare-opened-by-a-dictionary-first-name"),
    ],
)
def test_bare_transliteration_in_a_move_frame_is_a_name(persons_in, text: str, name: str) -> None:
    assert name in persons_in(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("澳大利亚加入了这一联盟。", id="dictionary-word"),
        pytest.param("巴西加入了这一联盟。", id="dictionary-word-only"),
        pytest.param("他在库比蒂诺担任工程经理。", id="city-after-preposition"),
        pytest.param("杰夫迪恩的论文很有影响。", id="no-move-verb"),
        pytest.param("迪恩离开谷歌。", id="too-short-without-title"),
    ],
)
def test_bare_transliteration_outside_a_move_frame_is_no_name(persons_in, text: str) -> None:
    assert persons_in(text) == []


def test_bare_transliteration_makes_the_move(nlp) -> None:
    assert moves(nlp, "米拉霍尔特离开商汤,加入百度。") == {("米拉霍尔特", "商汤", "百度")}
