"""Rules written for news of career moves at global tech companies and AI labs
(helper `global`): foreign names written by sound, Latin names with a Chinese name
in brackets, clefts and relative clauses that name who moved. Every sentence here
is invented; each rule has a counter-example that must keep its old reading."""

from __future__ import annotations

import pytest
from fact_sets import facts, rules_text

from talentflow.relations.coref import _known_in_other_script, _Name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # name:translit-left-sound: a title word before a dotted name is no part of it.
        (
            "王磊的得力副手莉娜·福格尔已于上月离开小米。",
            {("莉娜·福格尔", "leave", "小米")},
        ),
        # counter: pieces spelled by sound still open the name (`马蒂亚|斯·科赫`).
        ("华为首席科学家马蒂亚斯·科尔贝已于本月离职。", {("马蒂亚斯·科尔贝", "leave", "华为")}),
        # subject:cleft-is: the verb phrase before 的,正是 describes the person after it.
        (
            "刚刚加盟微软的,正是谷歌前首席架构师约翰·里维拉(John Rivera)。",
            {("约翰·里维拉", "join", "微软")},
        ),
        # counter: a subject in the verb's own clause keeps it (`的原因,正是` is no cleft).
        ("张伟加入腾讯的原因,正是李娜的邀请。", {("张伟", "join", "腾讯")}),
        # subject:relative-name-before: `…的NAME,将于…离开X`.
        (
            "王强在信中写道,一手组建推荐算法团队的Priya Raman,将在明年初离开英伟达。",
            {("Priya Raman", "leave", "英伟达")},
        ),
        # counter: a name that is the object of a verb (no 的 before it) is not the subject.
        ("王强会见了Priya Raman,随后离开了英伟达。", {("王强", "leave", "英伟达")}),
        # name:latin-org-object: a capitalized run that is the whole object of 加入 is an employer.
        ("2019年,王伟加入了Lumen Vista,负责硬件研发。", {("王伟", "join", "Lumen Vista")}),
        # counter: a person's team after 加入 keeps the person (no record names him an employer).
        ("李明加入了 Avi Verma 的团队。", set()),
        # triggers.tsv 前往 (needs-post): 前往X担任Y is a join; a visit is none.
        ("曹文杰将前往蔚来担任首席设计官。", {("曹文杰", "join", "蔚来")}),
        ("曹文杰前往蔚来总部参观,并与团队座谈。", set()),
        # triggers.tsv 最后一天: `今天是他在X的最后一天` is a leave of X; an event's last day is none.
        ("陈立新在社交平台上宣布,今天是他在谷歌的最后一天。", {("陈立新", "leave", "谷歌")}),
        ("陈立新透露,今天是发布会的最后一天。", set()),
        # cue 不太可能: unlikely is no move.
        ("陈伟表示自己近期不太可能离开百度。", set()),
    ],
)
def test_global_constructions(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_surname_mention_of_a_dotted_name_is_read_whole(nlp):
    # coref:dotted-part-whole: `苏德` would read as a Chinese name; the text spells
    # the whole part after the dot of a name written before.
    text = "卡尔·苏德拉曼上月离开了谷歌。苏德拉曼随后在个人博客中透露,已加入微软担任副总裁。"
    people = {person for person, _, _ in facts(nlp, text)}
    assert people == {"卡尔·苏德拉曼"}


def test_bracket_after_an_honorific_names_the_same_person(nlp):
    # coref:bracket-after-honorific: `陈辉轩教授(Grace Whitfield)` is one person.
    text = "小米证实,首席科学家陈辉轩教授(Grace Whitfield)已经离开小米。陈辉轩此前负责语音研究。"
    assert facts(nlp, text) == {("陈辉轩", "leave", "小米")}


def test_bracket_repeating_a_known_name_in_the_other_script(nlp):
    # coref:bracket-known: the Chinese name was written first; `Lin Xiaofeng(林晓峰)`
    # later is the same person, reported as first written.
    text = "林晓峰离职百度。官宣消息显示,Lin Xiaofeng(林晓峰)已正式加盟英伟达,出任研究科学家。"
    assert {person for person, _, _ in facts(nlp, text)} == {"林晓峰"}


@pytest.mark.parametrize(
    ("simple", "alias"),
    [
        ("郑佳明(Mark Olsen)", True),
        # counters: the bracket describes another person; both names in one script.
        ("郑佳明(Mark Olsen的副手)", False),
        ("郑佳明(刘思远)", False),
    ],
)
def test_bracket_known_needs_a_bare_name_in_the_other_script(simple, alias):
    ent = _Name(0, 3, simple[:3])
    start = 4
    end = start + (10 if "Mark" in simple else 3)
    other = _Name(start, end, simple[start:end])
    full = {ent.text: ent.text, other.text: other.text}
    assert _known_in_other_script(ent, other, start, simple, full) is alias


def test_the_new_rules_name_themselves(nlp):
    assert "subject:cleft-is" in rules_text(nlp, "刚刚加盟微软的,正是谷歌前首席架构师约翰·里维拉(John Rivera)。")
    assert "subject:relative-name-before" in rules_text(nlp, "王强在信中写道,一手组建推荐算法团队的Priya Raman,将在明年初离开英伟达。")


def test_glued_latin_name_with_the_chinese_name_in_brackets_is_one_person(nlp):
    # coref:glued-bracket: `Lin Xiaofeng` … `林晓峰` … `LinXiaofeng(林晓峰)`: one person,
    # reported as the Chinese name. segment_whole 官宣: `林晓峰|官宣` ends the name.
    text = "Lin Xiaofeng今天换了东家。林晓峰在社交平台上官宣离职百度。这位前百度研究员LinXiaofeng(林晓峰)随后加盟英伟达。"
    assert facts(nlp, text) == {("林晓峰", "leave", "百度"), ("林晓峰", "join", "英伟达")}


def test_a_mention_cut_short_reads_as_the_longer_name_the_text_spells(nlp):
    # coref:spelled-longer: `程立|武出生于…`; the article names 程立武.
    text = "蔚来任命程立武为首席执行官。程立武出生于柔佛,在新加坡长大。他曾是联想首席执行官。"
    assert {person for person, _, _ in facts(nlp, text)} == {"程立武"}


def test_a_name_that_spells_no_longer_name_is_left_alone(nlp):
    # counter: 程立 and 程立武 are two people when the text does not spell 程立武 there.
    text = "蔚来任命程立武为首席执行官。程立已于上月离开百度。"
    assert ("程立", "leave", "百度") in facts(nlp, text)


def test_cleft_with_a_long_description_before_the_name(nlp):
    text = "刚刚加盟微软的,正是谷歌云端视频会议产品线的前首席架构师约翰·里维拉(John Rivera)。"
    assert ("约翰·里维拉", "join", "微软") in facts(nlp, text)


def test_disposal_hire_goes_to_the_organization_after_the_verb(nlp):
    # org:disposal-destination: 把星河创始人A挖来腾讯: A joins 腾讯, not 星河.
    text = "黄晓明随后把星河科技联合创始人诺亚·卡特挖来腾讯,由其负责芯片业务。"
    assert facts(nlp, text) == {("诺亚·卡特", "join", "腾讯")}
    assert "org:disposal-destination" in rules_text(nlp, text)


def test_disposal_hire_without_a_destination_keeps_the_hirer(nlp):
    # counter: no organization after the verb: the one before 把 hires.
    text = "蔚来把特斯拉前工程师张伟挖来,负责自动驾驶。"
    assert facts(nlp, text) == {("张伟", "join", "蔚来")}


def test_disposal_hire_of_a_pronoun_moves_the_earlier_subject(nlp):
    # subject:disposal-pronoun: 把他挖到了北辰电子: 他 is the one the article is about.
    text = "邵文博2015年起在华为做芯片验证。2019年,星河科技把他挖到了北辰电子,出任验证总监。"
    assert ("邵文博", "join", "北辰电子") in facts(nlp, text)
    assert "subject:disposal-pronoun" in rules_text(nlp, text)


def test_disposal_hire_of_a_plural_pronoun_names_nobody(nlp):
    # counter: 把他们 is a group, no one name.
    text = "邵文博和程远都在华为做芯片验证。2019年,星河科技把他们挖到了北辰电子。"
    assert not any(kind == "join" and org == "北辰电子" for _, kind, org in facts(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from:described-object: the post written before the hired name names where A was.
        ("英伟达挖角高通芯片主管邹文博。", {("邹文博", "join", "英伟达"), ("邹文博", "leave", "高通")}),
        ("微软近日聘请了Cohere首席技术官Rohan Mehta。", {("Rohan Mehta", "join", "微软"), ("Rohan Mehta", "leave", "Cohere")}),
        # counter: a professor hired as an adviser keeps the chair: no leave of the school.
        ("Meta聘请了清华大学教授王伟担任首席顾问。", {("王伟", "join", "Meta")}),
    ],
)
def test_hired_person_described_by_a_post_elsewhere(nlp, text, expected):
    assert facts(nlp, text) == expected
