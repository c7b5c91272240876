"""A registered company's full name opening on its seat (components/registered_orgs.py,
rule org:registered-name; lists registered_heads, places_in_names, place_units in
patterns.toml). All names and sentences are invented."""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text

RULE = "org:registered-name"


def orgs(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # everyday verbs as the trade name and the business: the seat opens the name
        ("2021年3月加入上海好好逛科技股份有限公司任副总经理。", "上海好好逛科技股份有限公司"),
        ("他2016年加入杭州砚川旅行服务股份有限公司,任首席财务官。", "杭州砚川旅行服务股份有限公司"),
        # a seat in brackets before 股份有限公司
        ("他加入澄岭微电子(苏州)股份有限公司,任总经理。", "澄岭微电子(苏州)股份有限公司"),
    ],
)
def test_a_registered_name_runs_back_to_its_seat(nlp, text, name):
    assert name in orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a trade name opens the span: the verb before it is the sentence's
        ("他在北京成立星河科技有限公司。", "星河科技有限公司"),
        # no seat within reach: the name stays as found
        ("公司与北辰银行签署服务有限公司协议。", None),
    ],
)
def test_a_name_word_or_no_seat_keeps_the_span(nlp, text, name):
    found = orgs(nlp, text)
    if name:
        assert name in found
    assert not any(org.startswith("北京成立") or "签署" in org for org in found)


def test_the_registered_name_is_the_join_and_carries_the_rule(nlp):
    text = "程雁秋,2019年5月加入上海好好逛科技股份有限公司,任首席技术官。"
    assert ("程雁秋", "join", "上海好好逛科技股份有限公司") in facts(nlp, text)
    assert RULE in rules_text(nlp, text)
