"""Rules from profiles and résumé paragraphs of tech people (the bio probe): a
co-founder's title written 联合创办人 is a title, not the verb 联合创办 and an object
(`titles.txt`); a past-post verb after 现 states the post held now (`now-before-past`);
a Latin run closed by a corporate word is a company, not a person (`latin_stopwords`,
`latin_org_suffixes`, `latin_org_verbs`); a company counted by 一家 is no name
(`indefinite_determiners`); a one-character verb before 着 leaves the name before it
(`aspect_markers`); a transliterated name after a title may open with a word
(name:translit-after-title); a registered company may be named after its group
(`parent_group_heads`); 先是担任 opens a sequence of posts (`triggers.tsv`); 这家新公司
points back (`company-noun`); 该公司 of a past post is the company the sentence opens
with (org:anaphor-sentence-topic); a quoted name after a verb is its object
(unknown_orgs.py `_quoted`). Every
sentence is invented; 由 opening no post (`post-prefix`) is
held by its examples in patterns.toml."""

from __future__ import annotations

import pytest

from fact_sets import facts


def people(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "PERSON"]


def org_names(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 联合创办人 is the title before the name, not 联合创办 with the object `人韩立明`.
        ("据备忘录显示,星河科技联合创办人韩立明,辞去首席执行官职位。", {("韩立明", "leave", "星河科技")}),
        ("云帆智能创办人宋雨桐表示,公司今年不会裁员。", set()),
        # Counter-example: the verb itself still founds.
        ("宋雨桐与两位前同事联合创办了云帆智能科技有限公司。", {("宋雨桐", "join", "云帆智能科技有限公司")}),
    ],
)
def test_a_founders_title_written_with_the_verb_is_a_title(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 现任职于 / 目前任职于: the post held now is no leave.
        (
            "韩立明还曾在星河科技、银杏网络工作,现任职于蓝鲸智能。",
            {("韩立明", "leave", "星河科技"), ("韩立明", "leave", "银杏网络")},
        ),
        ("宋雨桐目前任职于蓝鲸智能,负责芯片设计。", set()),
        # Counter-example: 曾任职于 with a later employer is a leave.
        (
            "宋雨桐曾任职于蓝鲸智能,2020年加入星河科技。",
            {("宋雨桐", "leave", "蓝鲸智能"), ("宋雨桐", "join", "星河科技")},
        ),
    ],
)
def test_a_past_post_verb_after_now_is_the_current_post(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "persons", "orgs"),
    [
        # A corporate word closes a company's Latin name: no person is read in it.
        ("韩立明博士曾任职于硅谷Corvin Semiconductor,之后加入星河科技。", ["韩立明"], ["Corvin Semiconductor", "星河科技"]),
        ("宋雨桐早年就职于Brightwater Networks。", ["宋雨桐"], ["Brightwater Networks"]),
        # Counter-example: two capitalized words with no such word are a person.
        ("Daniel Okafor加入星河科技,担任首席技术官。", ["Daniel Okafor"], ["星河科技"]),
    ],
)
def test_a_latin_run_closed_by_a_corporate_word_is_a_company(nlp, text, persons, orgs):
    assert people(nlp, text) == persons
    assert org_names(nlp, text) == orgs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 一家物流软件公司: a kind of company, counted, not named.
        ("韩立明带着创建一家物流软件公司的想法回国,最终加入了星河科技。", {("韩立明", "join", "星河科技")}),
        ("宋雨桐离开星河科技后加入一家游戏公司。", {("宋雨桐", "leave", "星河科技")}),
        # Counter-example: a name before 公司 is still one.
        ("宋雨桐离开星河科技后加入云帆物流公司。", {("宋雨桐", "leave", "星河科技"), ("宋雨桐", "join", "云帆物流公司")}),
    ],
)
def test_a_company_counted_by_a_determiner_is_no_name(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 着 follows a verb: the character before it is no given name.
        ("宋雨桐带着团队加入了星河科技。", ["宋雨桐"]),
        ("韩立拿着offer去了银杏网络。", ["韩立"]),
        # Counter-example: a three-character name with no 着 after it keeps its last character.
        ("韩立明加入了星河科技。", ["韩立明"]),
    ],
)
def test_a_verb_before_an_aspect_particle_leaves_the_name(nlp, text, expected):
    assert people(nlp, text) == expected



@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # Right after a title, the first piece of a transliterated name may be a word (伊尔).
        ("星河科技联合创始人伊尔亚·科瓦廖夫去年离开了公司。", ["伊尔亚·科瓦廖夫"]),
        # Counter-example: elsewhere a word before the name stays out of it.
        ("得力副手诺亚·卡特加入了星河科技。", ["诺亚·卡特"]),
    ],
)
def test_a_transliterated_name_after_a_title_takes_its_first_piece(nlp, text, persons):
    assert people(nlp, text) == persons


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # A registered company named after its group is one name.
        ("韩立明曾任星河集团财务有限公司总经理。", ["星河集团财务有限公司"]),
        # Counter-examples: a description before 公司 stays out; a group alone stays itself.
        ("宋雨桐加入了初创公司云帆智能科技有限公司。", ["云帆智能科技有限公司"]),
        ("星河集团旗下的云帆科技有限公司宣布韩立明离职。", ["星河集团", "云帆科技有限公司"]),
    ],
)
def test_a_registered_company_may_be_named_after_its_group(nlp, text, orgs):
    assert org_names(nlp, text) == orgs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 先是担任 / 最初担任: the first post of a sequence, left for the next.
        ("宋雨桐先是担任星河科技首席科技官,现在任云帆智能首席执行官。", {("宋雨桐", "leave", "星河科技")}),
        (
            "韩立明最初担任星河科技产品经理,2018年加入百度。",
            {("韩立明", "leave", "星河科技"), ("韩立明", "join", "百度")},
        ),
        # Counter-example: 先是 with no post verb names no post.
        ("宋雨桐先是在家休息了半年。", set()),
    ],
)
def test_the_first_post_of_a_sequence_is_left(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_this_new_company_points_back(nlp):
    # 这家新公司: the company founded before; 新 between the pointer and 公司 (company-noun).
    text = "韩立明离开百度后创立了小米。宋雨桐也加入了这家新公司。"
    assert ("宋雨桐", "join", "小米") in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 该公司 of a past post: the company the sentence opens with, not the one joined since.
        (
            "宋雨桐随后加盟小米。商汤被收购前,宋雨桐曾担任该公司首席技术官。",
            {("宋雨桐", "join", "小米"), ("宋雨桐", "leave", "商汤")},
        ),
        # Counter-example: with no company opening the sentence, the employer known is meant.
        ("宋雨桐随后加盟小米。两年后,宋雨桐离开了该公司。", {("宋雨桐", "join", "小米"), ("宋雨桐", "leave", "小米")}),
    ],
)
def test_a_past_post_of_that_company_is_the_opening_company(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A founded company's name in quotes, after the verb or a description of it.
        ("2009年,宋雨桐创办了「云帆网」。", {("宋雨桐", "join", "云帆网")}),
        ("2009年,宋雨桐创办了房地产网站「云帆网」。", {("宋雨桐", "join", "云帆网")}),
        # Counter-example: a quoted word that modifies the noun after it is no object.
        ("宋雨桐加入了“大模型”浪潮。", set()),
    ],
)
def test_a_quoted_name_is_the_object(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 高尖端 is vocabulary (name_stopwords), though 高 opens names.
        ("星河科技的芯片用于卫星、雷达等高尖端应用。", []),
        # Counter-example: 高 with a given name is still a name.
        ("星河科技首席执行官高立明宣布离职。", ["高立明"]),
    ],
)
def test_high_end_is_no_name(nlp, text, expected):
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a title, 于 + 弘毅 reads far better as one name than 弘毅 alone.
        ("星河科技总经理于弘毅宣布离职。", ["于弘毅"]),
        # Counter-examples: 于 before a date or a place stays a preposition.
        ("星河科技总经理于2019年离职。", []),
        ("总经理于北京宣布离职。", []),
    ],
)
def test_a_function_word_surname_after_a_title_when_the_name_reads_better(nlp, text, expected):
    assert people(nlp, text) == expected
