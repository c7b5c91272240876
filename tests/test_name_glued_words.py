"""Names the tune sets showed glued to the word after them, or things read as names
(names15). Every name and sentence here is invented.

- name:compound-given-back: `宰父嘉` `言辞` `去` → 宰父嘉言 / 辞去, `万俟` `景` `行为` → 万俟景行 / 为;
  `欧阳明` `行业` keeps its word;
- name:he-given: `殷曦` `和` `加入` → 殷曦和 before a predicate, never in a list (`殷曦和韩立明`);
- name:subsidiary: a candidate right after 旗下 is what a group holds (`旗下的哈勃投资`);
- an adverb glued to a preposition (`已向`, `将在`) closes an organization's name and opens
  no firm's name after a person (`Rohan Bakshi已向公司提交辞呈`).
"""

from __future__ import annotations

import pytest

from test_name_edges import persons


def _orgs(nlp, text: str) -> set[str]:
    with nlp.select_pipes(disable=["cues", "moves"]):
        doc = nlp(text)
    return {ent.text for ent in doc.ents if ent.label_ == "ORG"}


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("公告称,董秘宰父嘉言辞去职务后将留任顾问。", "宰父嘉言", "宰父嘉"),
        ("董事会同意聘任万俟景行为公司副总裁。", "万俟景行", "万俟景"),
        ("据悉,上官云言辞去了星河科技的全部职务。", "上官云言", "上官云"),
    ],
)
def test_compound_surname_takes_back_its_second_given_character(nlp, text: str, name: str, cut: str) -> None:
    found = persons(nlp, text)
    assert name in found and cut not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("欧阳明行业经验丰富,已加入星河科技。", "欧阳明"),
        ("司马骁行事低调,去年加入云帆科技。", "司马骁"),
    ],
)
def test_compound_surname_leaves_a_word_nothing_claims(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("前星河科技产品总监殷曦和加入云帆科技,任首席技术官。", "殷曦和"),
        ("云帆科技副总裁钟庆和因个人原因离职。", "钟庆和"),
        ("据悉,研发总监苗澍和已于上月离开星河科技。", "苗澍和"),
    ],
)
def test_he_before_a_predicate_ends_the_name(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("总监殷曦和韩立明加入云帆科技。", {"殷曦", "韩立明"}),
        ("张伟和李娜已离开星河科技。", {"张伟", "李娜"}),
        ("韩立明和已离职的苗澍一同创业。", {"韩立明"}),
        ("来自星河科技的江澜和来自云帆科技的苗澍均已加入北辰资本。", {"江澜", "苗澍"}),
        ("韩立和已离职的苗澍一同创业。", {"韩立", "苗澍"}),
        ("江澜和加入星河科技的苗澍是同学。", {"江澜", "苗澍"}),
    ],
)
def test_he_in_a_list_joins_two_names(nlp, text: str, names: set[str]) -> None:
    found = persons(nlp, text)
    assert names <= found and not any(name.endswith("和") for name in found)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("原首席财务官柴远山已离职,加入星河集团旗下的哈勃投资。", "哈勃"),
        ("星河集团旗下韩立资本今日宣布完成新一轮募资。", "韩立"),
    ],
)
def test_what_a_group_holds_is_no_person(nlp, text: str, thing: str) -> None:
    assert thing not in persons(nlp, text)


def test_a_person_after_a_title_near_a_group_stays(nlp) -> None:
    assert "韩立明" in persons(nlp, "星河集团旗下公司副总裁韩立明已加入云帆科技。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("云帆实验室负责人Rohan Bakshi已向公司提交辞呈。", "Rohan Bakshi"),
        ("研究员Marcus Iyer-Faber已向公司提出离职。", "Marcus Iyer-Faber"),
        ("工程师Lena Vos将在公司工作到月底。", "Lena Vos"),
    ],
)
def test_adverb_and_preposition_open_a_predicate_after_a_latin_name(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)
    assert not any("已向" in org or "将在" in org for org in _orgs(nlp, text))


def test_a_firm_name_after_a_person_stays(nlp) -> None:
    # name:inside-firm-name still reads a run no dictionary knows before a firm's head.
    assert "罗卫咸达道会计师事务所" in _orgs(nlp, "他曾任职于罗卫咸达道会计师事务所。")
