"""The companions of a mover (companions.py, subject:companion-of): the people listed
after 还有/包括 made the move the verb phrase tells of the one named after 与/随.

Every sentence is invented. Counter-examples: a phrase that tells no move
(`一同出席发布会的`), a trip (`一同前往京东考察的`), a lead with no move read.
"""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No organization in the phrase: the lead's last move, leave and join.
        ("今年3月,韩立明离开百度,回流小米担任副总裁。据悉,与韩立明一同回流的还有他在百度的老部下、高级工程师邵文博。",
         {("邵文博", "leave", "百度"), ("邵文博", "join", "小米")}),
        ("韩立明被曝重返小米,随他一起回去的,据说还有两位早期员工邵文博和宋立言。",
         {("邵文博", "join", "小米"), ("宋立言", "join", "小米")}),
        # The companion's own former employer differs: only the join is shared.
        ("韩立明今年从网易加入京东。与他一同加入的还有原腾讯工程师邵文博。", {("邵文博", "join", "京东")}),
        ("韩立明2020年创办了星澜科技。与她共同创业的,包括前腾讯产品总监邵文博。", {("邵文博", "join", "星澜科技")}),
        # The phrase names the organization.
        ("据悉,随韩立明一同前往京东的还有星澜科技工程副总裁邵文博和数据负责人宋立言。",
         {("邵文博", "join", "京东"), ("宋立言", "join", "京东")}),
        ("和韩立明同期加入阿里云的,还有前腾讯工程经理邵文博和前网易工程师宋立言。",
         {("邵文博", "join", "阿里云"), ("宋立言", "join", "阿里云")}),
    ],
)
def test_companions_share_the_move(nlp, text, expected):
    found = facts(nlp, text)
    assert expected <= found, found
    assert "subject:companion-of" in rules_text(nlp, text)


def test_a_companion_with_another_former_employer_keeps_it_apart(nlp):
    text = "韩立明今年从网易加入京东。与他一同加入的还有原腾讯工程师邵文博。"
    assert ("邵文博", "leave", "网易") not in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "与韩立明一同出席发布会的还有小米副总裁邵文博。",  # no move
        "韩立明去年加入京东。与他一同参加活动的还有邵文博和宋立言。",
        "随韩立明一同前往京东考察的还有邵文博。",  # a trip
        "与韩立明一同回流的还有邵文博。",  # the lead's move is not told
    ],
)
def test_no_move_no_companion_record(nlp, text):
    assert not any(person in ("邵文博", "宋立言") for person, _, _ in facts(nlp, text)), facts(nlp, text)


def test_the_leads_latest_move_not_the_biography_between(nlp):
    # The news first, then a biography, then the list: 回流 is the news' return.
    text = "韩立明已于今年3月正式回归比亚迪。2018年,韩立明离开比亚迪,加盟吉利。据悉,与韩立明一同回流的还有他的老部下邵文博。"
    found = facts(nlp, text)
    assert ("邵文博", "join", "比亚迪") in found, found
    assert ("邵文博", "join", "吉利") not in found, found


def test_companions_of_a_leave_share_the_leave_alone(nlp):
    # 出走: each went somewhere of their own; only the organization left is shared.
    text = "韩立明今年从京东离职创业,创办了星澜科技。与他一同出走的,还有京东产品负责人邵文博和算法工程师宋立言。"
    found = facts(nlp, text)
    assert {("邵文博", "leave", "京东"), ("宋立言", "leave", "京东")} <= found, found
    assert not any(person == "邵文博" and kind == "join" for person, kind, _ in found), found
