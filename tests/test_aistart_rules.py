"""Constructions of AI-startup talent news: a company introduced by its name
(components/named_orgs.py), a description before a Latin name (org:latin-object),
`曾于X担任Y` (triggers.tsv), a founded thing named by 它 (join_orgs.py) and
record words in a résumé slot (resume_slots.py). Every sentence is invented."""

from __future__ import annotations

import pytest

import talentflow


def moves(text: str) -> set[tuple[str, str, str, str]]:
    """(person, from_org, to_org, role) of the records of `text`."""
    return {(r.person, r.from_org or "", r.to_org or "", r.role or "") for r in talentflow.extract_text(text, doc="t", published="2025-06-18")}


def rules_of(text: str) -> list[str]:
    return [rule for r in talentflow.extract_text(text, doc="t", published="2025-06-18") for rule in r.rules.split()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("韩立明创办了名为“北斗灵犀”的机器人公司。", ("韩立明", "", "北斗灵犀", "创始人")),
        ("2023年,苗一鸣加入了一家名为星野智算的创业公司。", ("苗一鸣", "", "星野智算", "")),
        ("庞立文和两位前同事一同创办了名为「青岚天工」的具身智能公司。", ("庞立文", "", "青岚天工", "创始人")),
    ],
)
def test_a_company_introduced_by_its_name_is_the_organization(text, expected):
    assert expected in moves(text)
    assert "org:named-company" in rules_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "韩立明上线了一款名为“星图”的应用。",  # a product: 应用 is no company noun
        "苗一鸣牵头了一项名为“启明”的计划。",
        "一位名叫苏文哲的工程师加入了腾讯。",  # a person named so
    ],
)
def test_a_named_product_plan_or_person_is_no_organization(text):
    assert not any(r.to_org in ("星图", "启明", "苏文哲") for r in talentflow.extract_text(text, doc="t"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("赵乾创立了区块链 Voxelink。", "Voxelink"),
        ("赵乾加入了芯片公司 Lumora。", "Lumora"),
        ("赵乾创立了区块链Voxelink。", "Voxelink"),  # glued: the same once spaces are read as absent
        ("赵乾加入了芯片Lumora。", "Lumora"),
    ],
)
def test_a_description_before_a_spaced_latin_name_is_not_the_organization(text, org):
    orgs = {r.to_org for r in talentflow.extract_text(text, doc="t")}
    assert orgs == {org}


def test_an_organization_before_a_spaced_latin_unit_is_still_read():
    # `谷歌 DeepMind`: the word before the Latin name is an organization, no description: the
    # record names the unit with its parent, as the article writes it (text/spacing.py).
    assert {r.to_org for r in talentflow.extract_text("赵乾加入了谷歌 DeepMind。", doc="t")} == {"谷歌 DeepMind"}


def test_held_at_then_later_employer_is_a_leave():
    got = moves("庞立文曾于新加坡 Nova AI Lab 担任高级研究员,后加入腾讯。")
    assert ("庞立文", "Nova AI Lab", "", "高级研究员") in got
    assert ("庞立文", "", "腾讯", "") in got


@pytest.mark.parametrize(
    "text",
    [
        "庞立文曾于2019年在百度大会上获奖,现任腾讯副总裁。",  # 曾于 + a date, no post: no leave
        "庞立文曾于2019年获得腾讯颁发的奖项。",
    ],
)
def test_held_at_without_a_post_gives_no_leave(text):
    assert not any(r.from_org for r in talentflow.extract_text(text, doc="t"))


def test_a_thing_founded_by_a_person_is_not_the_article_topic():
    text = "云帆科技今年推出了新的芯片。云帆科技的联合创始人韩立明表示,云帆科技将继续投入研发。星河班是国内AI人才的摇篮。它由图灵奖得主李明远院士于2005年创办。"
    assert not any(r.person == "李明远" for r in talentflow.extract_text(text, doc="t"))


def test_a_company_founded_by_a_person_still_takes_the_sentence_topic():
    # Counter-example: 公司由 points at the company the article is about.
    assert ("韩立明", "", "星河科技", "创始人") in moves("星河科技今日发布新品。公司由韩立明于2015年创办。")


@pytest.mark.parametrize(
    "text",
    [
        "苏文哲履历丰富:曾任星河协会史上最年轻的理事长,现任百度副总裁。",
        "韩立明履历丰富:曾任IEEE历史上首位亚裔主席,后加入百度担任副总裁。",
    ],
)
def test_record_words_make_no_resume_slot(text):
    assert not any(r.from_org for r in talentflow.extract_text(text, doc="t"))


def test_a_resume_slot_without_record_words_is_still_an_employer():
    got = moves("苏文哲曾任金蝉电子品牌设计师,后加入百度。")
    assert any(frm == "金蝉电子" for _, frm, _, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星河实验室于2013年由韩立明一手创立。", ("韩立明", "", "星河实验室", "创始人")),
        ("星河实验室于 2013 年 5 月由韩立明和苏文哲联合创立。", ("苏文哲", "", "星河实验室", "联合创始人")),
    ],
)
def test_an_organization_founded_in_a_year_by_a_person(text, expected):
    assert expected in moves(text)


def test_a_company_meeting_a_person_in_a_year_is_no_founding():
    assert moves("星河科技于2019年与韩立明签约。") == set()


def test_the_one_followed_after_ji_is_the_subject_of_the_verb_phrase():
    got = moves("苏文哲是继2022年加入星河科技的首席财务官高文博之后,又一位空降的高管。")
    assert got == {("高文博", "", "星河科技", "首席财务官")}


def test_without_a_name_before_zhihou_the_first_name_stays_the_subject():
    assert ("苏文哲", "", "星河科技", "") in moves("苏文哲是继高文博之后又一位加入星河科技的高管。")


def test_a_stated_leave_is_not_told_again_by_a_join_with_no_organization():
    text = "据知情人士透露,星河科技人工智能实验室 AI Lab 主任苏文哲已经从星河科技离职,未来将重返学术界。"
    assert {frm for _, frm, _, _ in moves(text)} == {"星河科技"}


def test_a_join_with_no_organization_alone_still_leaves_the_describing_one():
    # Counter-example: no leave stated, so 重返学术界 is the only word of the departure.
    assert {frm for _, frm, _, _ in moves("星河科技研究院主任苏文哲将重返学术界。")} == {"星河科技研究院"}


def test_two_unknown_organizations_of_one_post_are_both_joined():
    got = moves("据悉,苏文哲已受聘担任青禾智造与远帆天工的高级战略顾问。")
    assert {to for _, _, to, _ in got} == {"青禾智造", "远帆天工"}


@pytest.mark.parametrize(
    "text",
    [
        "苏文哲担任北京与上海的区域负责人。",  # places, everyday words: no organization
        "苏文哲担任公司与团队的负责人。",
        "苏文哲担任青禾智造的首席科学家。",  # a post held, no move: no record
    ],
)
def test_places_and_a_post_held_give_no_join(text):
    assert moves(text) == set()


def test_a_unit_joined_in_a_relative_clause_is_the_join_told_again():
    text = "苏文哲表示自己将于 9 月 1 日入职腾讯,出任首席研究科学家。其加盟的混元多模态部负责视频生成模型的研发。"
    got = talentflow.extract_text(text, doc="t", published="2025-01-20")
    assert [(r.person, r.to_org) for r in got] == [("苏文哲", "腾讯")]
    assert "repeat:relative-join" in got[0].rules.split()


def test_a_unit_joined_later_with_its_own_verb_stays_a_second_step():
    # Counter-example: no relative 的 after the verb, so the unit is a step of its own.
    got = {r.to_org for r in talentflow.extract_text("苏文哲2019年加入腾讯。2022年,他转入混元团队。", doc="t")}
    assert len(got) == 2


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("星河汽车迎来离职潮。离职名单包括前 Model S 项目经理王大卫。", "Model S"),  # no word of description before it
        ("赵乾离职创立了具身智能 Voxelink。", "Voxelink"),  # the founding verb's object, not the leave's
    ],
)
def test_a_latin_name_after_other_words_is_no_object_of_the_leave(text, not_org):
    assert not any(r.from_org == not_org for r in talentflow.extract_text(text, doc="t"))
