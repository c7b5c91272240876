"""Tests for pipeline/relations/groups.py: coordinated mentions, on hand-built mentions."""

from __future__ import annotations

import pytest

from talentflow.relations.coref import Mention
from talentflow.relations.docview import by_start
from talentflow.relations.groups import distribute, group_after, group_before


def _mentions(text: str, names: list[str], label: str = "PERSON") -> list[Mention]:
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append(Mention(start, start + len(name), label, name, name))
        at = start + len(name)
    return out


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("张三、李四和王五加入了谷歌", ["张三", "李四", "王五"], ["张三", "李四", "王五"]),
        ("首席顾问任旭阳、副总裁王路加入", ["任旭阳", "王路"], ["任旭阳", "王路"]),
        ("张三说李四加入", ["张三", "李四"], ["李四"]),
    ],
)
def test_group_before_takes_the_coordinated_names(text, names, expected) -> None:
    assert [m.key for m in group_before(_mentions(text, names), text)] == expected


@pytest.mark.parametrize(
    ("text", "names", "start", "expected"),
    [
        ("加入A公司、B公司和C公司", ["A公司", "B公司", "C公司"], 2, ["A公司", "B公司", "C公司"]),
        ("加入了Meta的超级智能实验室", ["Meta", "超级智能实验室"], 2, ["Meta的超级智能实验室"]),
        ("加入了星河的搜索团队", ["星河", "搜索团队"], 2, ["星河的搜索团队"]),
        # org:unit-after-de: before a firm, not a unit, 的 closes a description of the firm
        ("加入了专注硬科技的渡川资本", ["硬科技", "渡川资本"], 4, ["渡川资本"]),
        ("加入了深耕芯片的北辰创投", ["芯片", "北辰创投"], 4, ["北辰创投"]),
        ("加入了,A公司", ["A公司"], 2, []),  # across a comma
        ("加入了那家很有名气的A公司", ["A公司"], 2, []),  # too far from the verb
    ],
)
def test_group_after_takes_the_organizations_right_after(text, names, start, expected) -> None:
    orgs = by_start(_mentions(text, names, "ORG"))
    assert [m.text for m in group_after(orgs, text, start, len(text))] == expected


def test_distribute_pairs_in_order_only_with_fenbie() -> None:
    people = _mentions("A和B", ["A", "B"])
    orgs = _mentions("X和Y", ["X", "Y"], "ORG")
    assert [(p.key, o.key) for p, o in distribute(people, orgs, "分别加入")] == [("A", "X"), ("B", "Y")]
    assert len(distribute(people, orgs, "加入")) == 4
