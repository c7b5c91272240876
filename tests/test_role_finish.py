"""Roles and times of issue 16's probe constructions, on invented sentences:
role_finish.py (a lead word or the organization's own name cut off a post, a title
shared by a list of names, posts given one each after 分别), posts.py
(role:later-post-verb), roles.py (role:as-one), attributes.py (time:earlier-join)."""

from __future__ import annotations

import pytest

import talentflow


def records(text: str, published: str = "2025-06-18") -> dict[tuple[str, str, str], tuple[str, str, list[str]]]:
    """(person, from_org, to_org) → (role, time, the role and time rules)."""
    return {
        (r.person, r.from_org, r.to_org): (r.role, r.time, [x for x in r.rules.split() if x.startswith(("role:", "time:"))])
        for r in talentflow.extract_text(text, doc="t", published=published)
    }


# role:lead-word-cut — a reporting verb or a preposition is no part of the post.
@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        ("百度宣布高级副总裁陈立文离开百度。", ("陈立文", "百度", ""), "高级副总裁"),
        ("快手董事会收到公司董事长韩晓东的辞职报告,韩晓东辞去快手董事长职务。", ("韩晓东", "快手", ""), "董事长"),
        ("小米发布公告,同意董事长邵一鸣、副总裁周天宇的辞职申请。", ("邵一鸣", "小米", ""), "董事长"),
    ],
)
def test_a_lead_word_is_cut_off_the_post(text, key, role):
    found, _, rules = records(text)[key]
    assert found == role
    assert "role:lead-word-cut" in rules


def test_a_post_without_a_lead_word_is_left_as_it_is():
    # Counter-example: 在线 opens the post's own name, it is no preposition.
    found, _, rules = records("腾讯在线业务负责人邵一鸣离开腾讯。")[("邵一鸣", "腾讯", "")]
    assert found == "在线业务负责人"
    assert "role:lead-word-cut" not in rules


# role:own-name-again — the record's organization written again before the post.
@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        ("OpenAI前首席技术官邵一鸣、OpenAI前首席研究官周天宇相继离职。", ("周天宇", "OpenAI", ""), "首席研究官"),
        ("百度昨天宣布,任命韩晓东为百度总裁。", ("韩晓东", "", "百度"), "总裁"),
    ],
)
def test_the_organization_named_again_is_cut_off_the_post(text, key, role):
    found, _, rules = records(text)[key]
    assert found == role
    assert "role:own-name-again" in rules


@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        # A unit named after the organization is the post's: 京东云事业部 is no 京东.
        ("韩晓东加盟京东,出任京东云事业部总裁。", ("韩晓东", "", "京东"), "京东云事业部总裁"),
        # 美团平台负责人 heads 美团平台.
        ("美团宣布,任命韩晓东为美团平台负责人。", ("韩晓东", "", "美团"), "美团平台负责人"),
    ],
)
def test_a_unit_named_after_the_organization_stays_in_the_post(text, key, role):
    found, _, rules = records(text)[key]
    assert found == role
    assert "role:own-name-again" not in rules


# role:shared-title — a title written before a list of names.
def test_a_title_before_a_list_of_names_is_each_ones():
    found = records("腾讯前董事会成员邵一鸣和周天宇在风波后离开腾讯。")
    assert found[("邵一鸣", "腾讯", "")][0] == "董事会成员"
    assert found[("周天宇", "腾讯", "")][0] == "董事会成员"
    assert "role:shared-title" in found[("周天宇", "腾讯", "")][2]


def test_a_name_with_its_own_title_keeps_it():
    found = records("小米发布公告,同意董事长邵一鸣、副总裁周天宇的辞职申请。")
    assert found[("周天宇", "小米", "")][0] == "副总裁"
    assert "role:shared-title" not in found[("周天宇", "小米", "")][2]


def test_a_title_is_not_shared_past_a_clause():
    # Counter-example: 周天宇 is not in the list the title opens.
    found = records("腾讯副总裁邵一鸣离职,周天宇也离开了腾讯。")
    assert found[("周天宇", "腾讯", "")][0] == ""


# role:respectively-later — 分别 gives each person one post.
def test_posts_after_respectively_go_one_each_in_order():
    found = records("邵一鸣和周天宇本月一同加入腾讯,分别出任推理引擎首席架构师和编译器团队负责人。")
    assert found[("邵一鸣", "", "腾讯")][0] == "推理引擎首席架构师"
    assert found[("周天宇", "", "腾讯")][0] == "编译器团队负责人"
    assert "role:respectively-later" in found[("周天宇", "", "腾讯")][2]


# role:later-post-verb — 接任X一职 in a later clause names the join's post.
def test_a_post_taken_over_later_in_the_sentence_is_the_joins():
    found = records("韩晓东离开小米之后,加盟腾讯,负责海外业务,接任首席运营官一职。")
    role, _, rules = found[("韩晓东", "小米", "腾讯")]
    assert role == "首席运营官"
    assert "role:later-post-verb" in rules


def test_a_post_someone_else_takes_over_is_not_the_joins():
    found = records("韩晓东加盟腾讯,周天宇接任首席运营官一职。")
    assert found[("韩晓东", "", "腾讯")][0] == ""


# role:as-one — 作为一名X加入.
def test_the_post_after_as_one_is_the_joins():
    role, time, rules = records("2016年5月,韩晓东作为一名搜索工程师加入腾讯。")[("韩晓东", "", "腾讯")]
    assert (role, time) == ("搜索工程师", "2016-05")
    assert "role:as-one" in rules


def test_becoming_one_is_no_capacity_of_the_join():
    # Counter-example: 成为一名 after the join is a later step, not `作为一名`.
    role, _, rules = records("韩晓东加入腾讯,后来成为一名产品经理。")[("韩晓东", "", "腾讯")]
    assert "role:as-one" not in rules


# time:earlier-join — the date of an earlier clause's join does not date a leave told after it.
def test_a_leave_told_after_a_dated_join_takes_no_date_from_it():
    found = records("韩晓东2019年加入腾讯,他的离开是腾讯今年第二次重要的人事变动。")
    assert found[("韩晓东", "", "腾讯")][1] == "2019"
    time, rules = found[("韩晓东", "腾讯", "")][1:]
    assert time == ""
    assert "time:earlier-join" in rules


def test_a_switch_in_one_dated_sentence_keeps_its_date():
    # Counter-example: the leave comes first and the join shares its date.
    found = records("2019年,韩晓东离开百度,加入腾讯。")
    assert found[("韩晓东", "百度", "腾讯")][1] == "2019"


def test_a_leave_with_its_own_date_keeps_it():
    found = records("韩晓东2019年加入腾讯,今年3月离开。")
    assert found[("韩晓东", "腾讯", "")][1] == "2025-03"


# role:unit-pair-kept — two plain words linked by 及/与 name one unit of the post.
@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        ("韩晓东离开小米之后,加盟腾讯,负责海外业务,接任市场及销售执行总监一职。", ("韩晓东", "小米", "腾讯"), "市场及销售执行总监"),
        ("腾讯研究与安全副总裁韩晓东宣布离开腾讯。", ("韩晓东", "腾讯", ""), "研究与安全副总裁"),
    ],
)
def test_a_unit_of_two_linked_words_stays_in_the_post(text, key, role):
    found, _, rules = records(text)[key]
    assert found == role
    assert "role:unit-pair-kept" in rules


def test_two_coordinated_titles_are_no_unit_pair():
    # Counter-example: 首席科学家和副院长 is two titles, read whole by roles.py.
    found, _, rules = records("腾讯首席科学家和副院长韩晓东离开腾讯。")[("韩晓东", "腾讯", "")]
    assert found == "首席科学家和副院长"
    assert "role:unit-pair-kept" not in rules


# role:describing-post-left — a record that only leaves the describing organization.
def test_a_leave_of_the_describing_organization_takes_the_title_before_the_name():
    found = records("去年8月,腾讯AI实验室总监韩晓东重返学术界,进入浙江大学担任助理教授。")
    role, _, rules = found[("韩晓东", "腾讯", "")]
    assert role == "AI实验室总监"
    assert "role:describing-post-left" in rules
    assert found[("韩晓东", "", "浙江大学")][0] == "助理教授"
