"""Where a Chinese article places the title a record takes (roles.py, posts.py,
role_finish.py), on invented sentences: examples and counter-examples."""

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
        ("李树加入美团,在新的组织架构中担任美团平台负责人。", ("李树", "", "美团"), "美团平台负责人"),
    ],
)
def test_the_organization_named_again_before_a_qualified_post_goes(text, key, role):
    assert roles(text)[key][0] == role
