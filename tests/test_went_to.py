"""去了X as a join (triggers.tsv `去了`, behaviour switch), and what keeps a trip
from being one (vetoes.py, patterns.toml visit-at-org and trip-count).

`相继辞职,两人后来一同去了小米`, `离开网易以后…去了京东`: after a leave told in
the same sentence, the organization gone to is the one worked at next; without one
(veto went-without-leave) `去了京东` may be any trip, and gives nothing. `去了一趟华为`, `去了华为总部参观`, `去了谷歌面试`: a trip, no job
(ANNOTATION.md counts joining an organization, not visiting it); `去了纽约`: a
place; `如果去了京东`: a hypothesis. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3月,产品副总裁韩立明和运营副总裁邵文博相继辞职,两人后来一同去了小米,分别负责华北和华南。",
         {("韩立明", "join", "小米"), ("邵文博", "join", "小米")}),
        ("邵文博2019年离开蔚来,去了美团负责到店业务。", {("邵文博", "leave", "蔚来"), ("邵文博", "join", "美团")}),
        ("韩立明离开网易以后,并没有去阿里巴巴,而是去了京东。", {("韩立明", "leave", "网易"), ("韩立明", "join", "京东")}),
        ("韩立明去年从星河科技辞职,今年初去了云帆资本。", {("韩立明", "leave", "星河科技"), ("韩立明", "join", "云帆资本")}),
    ],
)
def test_went_to_an_organization_is_a_join(nlp, text, expected):
    found = facts(nlp, text)
    assert expected <= found, found
    assert "join:去了" in rules_text(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "上周韩立明去了一趟华为,与余承东见面。",  # a counted trip (trip-count)
        "韩立明上月去了两次星河科技。",
        "上周韩立明去了华为总部参观,并与高管座谈。",  # a visit (visit-at-org)
        "韩立明上个月去了腾讯拜访老同事。",
        "韩立明本月去了谷歌面试。",
        "韩立明去了星河科技出差三天。",
        "韩立明去了小米的发布会现场。",  # an event (thing-after-org)
        "韩立明北大毕业后去了纽约,在一家基金做研究员。",  # a place
        "韩立明如果去了京东,将负责零售业务。",  # a hypothesis
        "韩立明还没有去了解小米的报价。",  # 去 + 了解: no 去了
    ],
)
def test_a_trip_a_place_or_a_hypothesis_is_no_join(nlp, text):
    assert not any(kind == "join" for _, kind, _ in facts(nlp, text)), facts(nlp, text)


@pytest.mark.xfail(reason="去了 without a leave in its sentence is vetoed (went-without-leave): a join told so is missed", strict=True)
@pytest.mark.parametrize(
    "text",
    ["她的老上司、前百度产品负责人邵文博,此前已去了京东。", "韩立明博士毕业后先去了华为,做了三年通信算法。"],
)
def test_went_to_without_a_leave_is_a_known_gap(nlp, text):
    assert any(kind == "join" for _, kind, _ in facts(nlp, text))
