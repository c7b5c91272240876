"""Roles on sentences written for the rules they test (roles.py, titles.txt)."""

from __future__ import annotations

import pytest

import talentflow


def roles(text: str, published: str = "2025-06-20") -> dict[tuple[str, str, str], tuple[str, list[str]]]:
    """(person, from_org, to_org) → (role, the role rules)."""
    return {
        (r.person, r.from_org, r.to_org): (r.role, [rule for rule in r.rules.split() if rule.startswith("role:")])
        for r in talentflow.extract_text(text, doc="t", published=published)
    }


@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        # Taiwan and Hong Kong write the chief officers as X長: 執行長 CEO, 營運長 COO, 財務長 CFO.
        ("鴻海宣布延攬林志明擔任集團策略長一職。", ("林志明", "", "鴻海"), "集團策略長"),
        ("陳大文加入宏達電,擔任創意長。", ("陳大文", "", "宏達電"), "創意長"),
        ("林小華加入台積電,擔任共同營運長。", ("林小華", "", "台積電"), "共同營運長"),
        ("王美玲加入鴻海擔任財務長。", ("王美玲", "", "鴻海"), "財務長"),
    ],
)
def test_traditional_chief_officer_titles(text, key, role):
    assert roles(text)[key][0] == role


def test_a_hire_takes_the_post_named_after_the_person():
    assert roles("鴻海宣布延聘周立德擔任半導體策略長。")[("周立德", "", "鴻海")] == ("半導體策略長", ["role:post-after-name"])



# role:org-name-tail — the words that finish an organization's name (`品牌`, `股份公司`)
# are not the post's; `品牌总监` is one title and stays whole.
@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        ("北汽新能源极狐品牌前总裁王小红在2022年11月辞职。", ("王小红", "极狐", ""), "总裁"),
        ("赵大伟辞去小米股份公司董事长职务。", ("赵大伟", "小米", ""), "董事长"),
        ("林峰出任小米品牌总监。", ("林峰", "", "小米"), "品牌总监"),
    ],
)
def test_the_tail_of_an_organizations_name_is_not_the_post(text, key, role):
    assert roles(text)[key][0] == role


def test_a_new_post_is_named_without_new():
    # `新任总裁A`: 新任 says when, not what (as 前, 原, 现任).
    assert roles("新任总裁胡明是vivo元老,2000年加入vivo后历任多个岗位。")[("胡明", "", "vivo")][0] == "总裁"


def test_the_ordinal_of_an_office_is_not_its_title():
    # role:post-after-org over `第3任`: the office, not how many held it before.
    assert roles("周明正式上任南方科技大学第3任校长。")[("周明", "", "南方科技大学")] == ("校长", ["role:post-after-org"])


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # role:title-elsewhere — the hired person's title names their old employer
        # (which the record leaves: from:described-object).
        ("谷歌还聘请了Windsurf首席执行官林海。", ("林海", "Windsurf", "谷歌"), ("", ["role:title-elsewhere"])),
        ("谷歌还聘请了Windsurf 首席执行官林海。", ("林海", "Windsurf", "谷歌"), ("", ["role:title-elsewhere"])),
        # counter-examples: no other employer named, or the new post stated after the name.
        ("谷歌聘请了首席执行官林海。", ("林海", "", "谷歌"), ("首席执行官", ["role:title-before-name"])),
        ("谷歌聘请了Windsurf首席执行官林海担任顾问。", ("林海", "Windsurf", "谷歌"), ("顾问", ["role:post-after-name"])),
    ],
)
def test_a_hire_does_not_take_a_title_held_elsewhere(text, key, expected):
    assert roles(text)[key] == expected


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # role:later-serve — a join without a title takes the post a serving verb states later in its sentence.
        ("吴刚2016年加入特斯拉,多数时间在FSD团队里担任软件工程师。", ("吴刚", "", "特斯拉"), "软件工程师"),
        ("吴刚2016年加入小鹏汽车,先后担任感知总监、自动驾驶总监。", ("吴刚", "", "小鹏汽车"), "感知总监"),  # the first of posts held in turn
        ("吴刚去年入职美团,如今在调整后的架构里担任美团到店业务负责人。", ("吴刚", "", "美团"), "美团到店业务负责人"),
        # counter-examples: another person's post, a later dated step, another move first.
        ("吴刚加入美团,李明担任平台负责人。", ("吴刚", "", "美团"), ""),
        ("吴刚1990年加入日产汽车公司,于2019年担任雷诺联盟副总裁。", ("吴刚", "", "日产汽车公司"), ""),
        ("吴刚加入美团,后加入百度,担任CTO。", ("吴刚", "", "美团"), ""),
    ],
)
def test_a_join_takes_the_post_served_later_in_its_sentence(text, key, expected):
    role, rules = roles(text)[key]
    assert role == expected
    assert ("role:later-serve" in rules) == bool(expected)
