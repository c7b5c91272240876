"""Names the tune sets showed the PERSON stage missing or cutting short (names14).
Every name and sentence here is invented.

- rare surnames (楼, 步, 宰, 莘, 聿) open names, and stay vocabulary in their words
  (楼下, 大楼, 步入, 进一步, 宰相);
- letters with no decomposition (ø, ł, æ) stay inside a Latin name (`Sørensen`);
- Japanese surnames (安藤) and titles (执行役员) let a Japanese name stand alone;
- name:honorific-given: `韦建` `华先生` → 韦建华 / 先生, not after a word (`董事长王先生`);
- name:zhi-end: `秦牧` `之` `已于`: 之 before a predicate ends the name, not before a
  noun (`王伟之妻`) or inside a word (`之所以`, `之后`).
"""

from __future__ import annotations

import pytest

from test_name_edges import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("董事会聘任楼明远为公司首席财务官。", "楼明远"),
        ("星河科技首席运营官步思衡因个人原因辞任。", "步思衡"),
        ("原技术总监宰熙已加入云帆科技。", "宰熙"),
        ("莘慧澜2015年加盟星河科技。", "莘慧澜"),
        ("总经理:聿若岚(原云帆科技海外业务总监)", "聿若岚"),
    ],
)
def test_rare_surnames_open_names(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "星河科技的新总部在楼下的大楼里。",
        "云帆科技步入新阶段，将进一步加强研发。",
        "这部剧讲的是宰相的故事。",
        "他进一步表示，公司将步步为营。",
    ],
)
def test_rare_surnames_stay_in_words(nlp, text: str) -> None:
    assert persons(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在云帆实验室工作的Mara Sørensen也加入了星河科技。", "Mara Sørensen"),
        ("研究员Lars Bjørn已加入星河科技。", "Lars Bjørn"),
        ("研究员Tomás Álvaro已加入星河科技。", "Tomás Álvaro"),
    ],
)
def test_letters_without_decomposition_stay_in_latin_names(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


def test_japanese_name_after_japanese_title(nlp) -> None:
    found = persons(nlp, "星河电子前常务执行役员安藤和树出任营运长。")
    assert found == {"安藤和树"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("公司非独立董事贺国梁先生因任期届满不再担任公司董事。", "贺国梁"),
        ("公司独立董事闻若溪女士因任期届满离任。", "闻若溪"),
    ],
)
def test_honorific_gives_back_the_last_given_character(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize("text", ["董事长王先生表示，公司运营正常。", "公司李女士称，一切如常。"])
def test_honorific_after_a_word_is_an_address(nlp, text: str) -> None:
    assert persons(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("公司原副总经理秦牧之已于2020年因个人原因离职。", "秦牧之"),
        ("星河科技首席技术官邝牧之加入云帆科技。", "邝牧之"),
    ],
)
def test_zhi_before_a_predicate_ends_the_name(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("王伟之妻李某出任董事。", "王伟"),
        ("李明之后加入云帆科技。", "李明"),
        ("张某之子已加入公司。", "张某"),
    ],
)
def test_zhi_before_a_noun_or_in_a_word_stays_out(nlp, text: str, name: str) -> None:
    found = persons(nlp, text)
    assert name in found and name + "之" not in found



# ---------------------------------------------------------------- batch 2: things in a name's place

@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("2019年他从星河科技战略部加入云栖桥；此后主导多笔投资。", "云栖桥"),
        ("她去年加盟韩立资本，担任合伙人。", "韩立"),
        ("他早年也曾在斯克里普斯工作，后回国加盟云帆大学。", "斯克里普斯"),
        ("他在投行一路官至董事总经理。", "官至"),
    ],
)
def test_things_in_a_names_place_are_no_person(nlp, text: str, thing: str) -> None:
    assert thing not in persons(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("韩立明加入星河科技，出任首席技术官。", "韩立明"),
        ("他加入韩立明的团队，负责算法。", "韩立明"),
        ("首席执行官斯克里普斯已离开星河科技。", "斯克里普斯"),
    ],
)
def test_a_person_near_an_org_verb_stays(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)
