"""Posts held, for a leave stated without a title (pipeline/relations/posts.py)."""

from __future__ import annotations


import pytest

from talentflow.relations.posts import describing_org, not_after


@pytest.mark.parametrize(
    ("first", "then", "not_after_", "strictly_before"),
    [
        ("2024", "2025", True, True),
        ("2025", "2024", False, False),
        ("2024", "2024-11", True, False),  # to the precision both have: the same year
        ("2024-11", "2024", True, False),
        ("2024-11-05", "2024-11-30", True, True),
        ("2024-12", "2024-11-30", False, False),
        ("", "2024", True, False),  # no date: nothing to compare
    ],
)
def test_not_after_compares_to_the_precision_both_have(first, then, not_after_, strictly_before):
    assert not_after(first, then) is not_after_
    assert not_after(first, then, strictly=True) is strictly_before


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Anthropic工程师韩立明离职。", "Anthropic"),
        ("百度的研究员韩立明离职。", "百度"),
        ("据悉，百度的三名研究员韩立明等人离职。", "百度"),
        ("韩立明离职。", None),
        ("百度发布新模型，研究员韩立明离职。", None),  # a comma between: it describes nobody
    ],
)
def test_the_organization_that_describes_a_name(view, text, org):
    v = view(text)
    (person,) = v.persons
    assert [o.text for o in describing_org(v, person)] == ([org] if org else [])


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # A title before the name, stated in an earlier sentence.
        ("原百度Apollo自动驾驶技术总监林川加入华为。今年6月，林川正式离开百度。", "Apollo自动驾驶技术总监"),
        # 先后担任A、B: the last post listed is the one held last.
        ("穆青2016年加入小鹏汽车，先后担任感知总监、自动驾驶总监。去年9月，穆青从小鹏汽车离职。", "自动驾驶总监"),
        # The join's own role, at the same employer.
        ("费然2022年加入蔚来担任智驾产品负责人，今年初从蔚来离职。", "智驾产品负责人"),
        # A post at another employer is not the role of this leave.
        ("前阿里云架构师林川加入字节跳动。今年6月，林川离开了字节跳动。", ""),
    ],
)
def test_a_leave_without_a_title_takes_the_post_held_last_there(extract, text, role):
    leaves = [record for record in extract(text) if record[1] and not record[2]]
    assert [record[3] for record in leaves] == [role]
