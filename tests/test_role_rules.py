"""Roles on sentences written for the rules they test (roles.py, titles.txt)."""

from __future__ import annotations

import pytest

from tests.fact_sets import roles


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



# role:address-skipped — 博士, 教授 after the name of a person appointed address the person;
# the post is the one after 为/為 (not `博士为首席科学官`, not 教授).
@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("北辰醫藥委任林一鳴博士為首席科學官。", ("林一鳴", "", "北辰醫藥"), ("首席科學官", ["role:address-skipped"])),
        ("星河大学任命韩子越教授为工学院院长。", ("韩子越", "", "星河大学"), ("工学院院长", ["role:address-skipped"])),
        ("北辰科技聘任宋雨桐女士为公司总经理。", ("宋雨桐", "", "北辰科技"), ("总经理", ["role:address-skipped"])),
        # counter-example: with no post after it, 教授 stays the role.
        ("北辰科技聘请韩子越教授加盟。", ("韩子越", "", "北辰科技"), ("教授", ["role:post-after-name"])),
    ],
)
def test_an_appointment_skips_the_form_of_address(text, key, expected):
    assert roles(text)[key] == expected


# role:starting-post — a join with no post of its own takes the post its career there started from.
@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        ("2011年,林一鸣进入北辰资本,从投资经理做起,2016年升任合伙人。", ("林一鸣", "", "北辰资本"), "投资经理"),
        ("韩子越2013年加入星河证券,由分析员做起。", ("韩子越", "", "星河证券"), "分析员"),
        ("加盟星河科技后,韩子越很快从产品经理升职为产品总监。", ("韩子越", "", "星河科技"), "产品经理"),
        # counter-examples: no post, or another person's start.
        ("林一鸣2010年加入北辰科技,从零做起。", ("林一鸣", "", "北辰科技"), ""),
        ("林一鸣2010年加入北辰科技,他的同事赵晓红从工程师做起。", ("林一鸣", "", "北辰科技"), ""),
    ],
)
def test_a_join_takes_the_post_a_career_started_from(text, key, role):
    assert roles(text)[key][0] == role


# 解决方案 (title_domains.txt) is the domain of a title, no organization: `历任解决方案经理、解决方案总监`.
def test_a_solutions_title_is_no_organization():
    found = roles("韩子越2009年至2020年在星河科技工作,历任解决方案经理、解决方案总监。")
    assert found[("韩子越", "", "星河科技")][0] == "解决方案经理"
    assert found[("韩子越", "星河科技", "")][0] == "解决方案总监"
    assert not any(org == "解决方案" for _, org, _ in found)


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


# Where an article places the title a record takes: after 由其, right before the name,
# past a founder's name, after the organization named again (roles.py, posts.py, role_finish.py).
@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        # role:delegated-post — the post after 由其 is the one taken up, not the title before the name.
        ("星河科技从北辰挖来了视觉负责人张华,由其担任首席科学家。", ("张华", "北辰", "星河科技"), "首席科学家"),
        ("鴻華先進引入前北辰歐洲區總裁張華,擬由其出任海外業務副總經理。", ("張華", "", "鴻華先進"), "海外業務副總經理"),
        # counter-example: no 由其, the title before the name stays.
        ("星河科技从北辰挖来了视觉负责人张华。", ("张华", "北辰", "星河科技"), "视觉负责人"),
    ],
)
def test_a_hire_takes_the_post_handed_to_the_person(text, key, role):
    assert roles(text)[key][0] == role


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # role:own-title-nearer — the title right before a name, not the one after the
        # organization that describes someone named before.
        ("百度副总裁张华、首席科学家李明近日相继离职。", ("李明", "百度", ""), ("首席科学家", ["role:own-title-nearer"])),
        ("腾讯副总裁吴海、顾国,以及执行总监孙雯均辞职。", ("孙雯", "腾讯", ""), ("执行总监", ["role:own-title-nearer"])),
        # counter-examples: the first name's own title; a name with no title of its own shares it.
        ("百度副总裁张华、首席科学家李明近日相继离职。", ("张华", "百度", ""), ("副总裁", ["role:post-after-org"])),
        ("腾讯副总裁吴海、顾国均已辞职。", ("顾国", "腾讯", ""), ("副总裁", ["role:post-after-org"])),
    ],
)
def test_a_leave_takes_the_title_nearest_its_name(text, key, expected):
    assert roles(text)[key] == expected


def test_a_lead_preposition_is_no_part_of_the_post():
    # role:lead-word-cut over `是在`: `是在北区总经理李明离职后` is a time, the post 北区总经理.
    text = "张文曾经担任腾讯的财务长,后来转任事业处总经理,是在北区总经理李明离职后,腾讯一直仰赖的经理人。"
    assert roles(text)[("李明", "腾讯", "")] == ("北区总经理", ["role:own-title-nearer", "role:lead-word-cut"])


@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        # role:founder-name-passed — the founder's name describes the organization joined.
        ("2010年张华加入李明创办的星河科技,担任产品主管。", ("张华", "", "星河科技"), "产品主管"),
        # counter-examples: the founder named again as the one serving; a post at another company.
        ("张华加入李明创办的星河科技,李明担任CEO。", ("张华", "", "星河科技"), ""),
        ("张华加入了李明创办的星河科技,兼任北辰顾问。", ("张华", "", "星河科技"), ""),
    ],
)
def test_a_founders_name_before_the_organization_joined_is_passed(text, key, role):
    found = roles(text)
    assert found[key][0] == role
    assert ("role:founder-name-passed" in found[key][1]) == bool(role)


@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        # role:own-name-qualified — the organization named again before a region or a
        # centre and a title of rank: the name goes.
        ("张华加盟輝達,出任輝達台灣研發中心資深總監。", ("张华", "", "輝達"), "台灣研發中心資深總監"),
        ("张华加盟蔚来,出任蔚来欧洲区副总裁。", ("张华", "", "蔚来"), "欧洲区副总裁"),
        # counter-examples: a unit headed by its 负责人 keeps the name (`美团平台`), as does a 事业部.
        ("吴刚入职美团,随后在调整中担任美团平台负责人。", ("吴刚", "", "美团"), "美团平台负责人"),
    ],
)
def test_the_organization_named_again_before_a_qualified_post_goes(text, key, role):
    assert roles(text)[key][0] == role


# role:title-after-verb past the filer's own noun (own-noun): `辞任本公司高级副总裁一职` is the
# post 高级副总裁 at the filer, as `辞任公司高级副总裁` always was; a company named after the
# verb keeps its own reading (role:post-after-org).
@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        ("星图智能发布公告称,韩立诚辞任本公司高级副总裁职务。", ("韩立诚", "星图智能", ""), "高级副总裁"),
        ("星图智能发布公告称,韩立诚即日起辞任公司高级副总裁一职。", ("韩立诚", "星图智能", ""), "高级副总裁"),
        ("星图智能公告称,公司董事会收到韩立诚先生的辞呈。韩立诚先生即日起辞任本公司首席财务官一职。", ("韩立诚", "星图智能", ""), "首席财务官"),
        ("星图智能发布公告称,韩立诚辞任星图智能高级副总裁一职。", ("韩立诚", "星图智能", ""), "高级副总裁"),
    ],
)
def test_the_filers_own_noun_before_a_post_is_passed(text, key, role):
    assert roles(text)[key][0] == role


@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        # A drug company's chief medical officer and a state firm's chief accountant are
        # posts (titles.txt): without them the post after the company is no role.
        ("澄川医药宣布,聘任郁思远为公司首席医学官。", ("郁思远", "", "澄川医药"), "首席医学官"),
        ("华为总会计师邝远山已于上月离职。", ("邝远山", "华为", ""), "总会计师"),
    ],
)
def test_medical_and_accounting_chiefs_are_titles(text, key, role):
    assert roles(text)[key][0] == role
