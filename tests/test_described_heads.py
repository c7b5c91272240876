"""A company's name after a description whose head no suffix rule reads (平台, 品牌,
交易所, 新创, 设备商 …: described_only_heads), and a described name followed by the
clause about it (company_clause_openers: `…公司澜序智算近日宣布`); rule
org:name-after-description (described_orgs.py).

Every sentence here is invented; each row says the facts that must come out and the
ones that must not.
"""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param(
            "韩立明已于上月离职，转任社交平台Pinlo首席财务官。",
            {("韩立明", "join", "Pinlo")}, set(), id="latin-after-platform-before-title",
        ),
        pytest.param(
            "韩立明2019年加入新加坡外卖平台Dashly，负责东南亚增长业务。",
            {("韩立明", "join", "Dashly")}, set(), id="latin-after-platform",
        ),
        pytest.param(
            "前星河科技副总裁韩立明2016年创办了家居品牌“素简家居”。",
            {("韩立明", "join", "素简家居")}, {("韩立明", "join", "家居品牌")}, id="quoted-after-brand",
        ),
        pytest.param(
            "韩立明去年转投AI算力新创「云算方舟」出任技术长。",
            {("韩立明", "join", "云算方舟")}, set(), id="quoted-after-startup-then-verb",
        ),
        pytest.param(
            "大模型公司澜序智算近日宣布，前星河科技副总裁李雪松出任首席执行官。",
            {("李雪松", "join", "澜序智算")}, set(), id="unquoted-name-then-date",
        ),
        pytest.param(
            "韩立明离开星河科技后创办了新公司“岚砂能源”，主攻储能电池。",
            {("韩立明", "join", "岚砂能源")}, {("韩立明", "join", "新公司")}, id="quoted-after-new-company",
        ),
        pytest.param(
            "韩立明离开星河科技后创办的新公司“岚砂能源”近日完成天使轮融资。",
            {("韩立明", "leave", "星河科技")}, {("韩立明", "join", "近日")}, id="quoted-name-then-date",
        ),
        # Counter-examples: a quoted word modifying a noun, a Latin word inside a phrase.
        pytest.param(
            "星河公司“双十一”大促期间，首席运营官韩立明宣布离职。",
            {("韩立明", "leave", "星河公司")}, {("韩立明", "leave", "双十一")}, id="quoted-modifier",
        ),
        pytest.param(
            "韩立明曾负责该品牌Logo设计，去年加盟星河科技担任设计总监。",
            {("韩立明", "join", "星河科技")}, {("韩立明", "join", "Logo"), ("韩立明", "leave", "Logo")}, id="latin-inside-phrase",
        ),
    ],
)
def test_names_after_descriptions(nlp, text, present, absent):
    found = facts(nlp, text)
    assert present <= found
    assert not absent & found
