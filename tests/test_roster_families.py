"""Rosters, tables and list items (family lists14): a move stated once in a heading
or lead sentence, then one person a line or item (lineups.py, rosters.py).

Variants: a heading that says join with no team word (`本次新引进人才名单如下:`,
`新任所长如下:`); a heading whose verb takes the list itself (`新一批加盟高管名单:`)
and rows written as a table (`A|原职|新职`, full-width `｜`); an item saying where
the person comes from (`(延揽自X)`, `,此前为X的Y`); a heading that says leave
(`离职名单`, `離任高層名單`), its items `去向未明` / `自行创业`. Counter-examples:
lists of products, investors, speakers, and a team listed with no move stated.

Articles are invented for the test.
"""

from __future__ import annotations

import pytest

import talentflow


def records(nlp, text: str) -> list[tuple[str, str, str, str, list[str]]]:
    found = talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)
    return [(r.person, r.from_org, r.to_org, r.role, r.rules.split()) for r in found]


def facts(nlp, text: str) -> set[tuple[str, str, str]]:
    out = set()
    for person, from_org, to_org, _role, _rules in records(nlp, text):
        if from_org:
            out.add((person, "leave", from_org))
        if to_org:
            out.add((person, "join", to_org))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A join heading with no team word: 引进 + a group of people + 名单如下 (lineup-joined-group).
        (
            "凌波科技本次新引进人才名单如下:\n1. 晏书宁,原百度研究院研究员,任首席科学家\n2. 柯沐阳,原京东算法专家,任算法总监",
            {("晏书宁", "join", "凌波科技"), ("柯沐阳", "join", "凌波科技")},
        ),
        # 新任 + a post in the plural sense: the lines are the new holders.
        (
            "澄川研究院新任所长如下:\n一、计算所所长:晏书宁(原中科院自动化所研究员)\n二、数据所所长:柯沐阳(原清华大学副教授)",
            {("晏书宁", "join", "澄川研究院"), ("柯沐阳", "join", "澄川研究院")},
        ),
        # Traditional script, a post heading each line, the origin marked 延攬自 (a plain leave).
        (
            "瀾石集團公布新任管理層名單:\n行政總裁:顧明遠(延攬自滙豐銀行)\n財務總監:葛以寧,此前為渣打銀行的財務主管",
            {("顧明遠", "join", "瀾石集團"), ("顧明遠", "leave", "滙豐銀行"),
             ("葛以寧", "join", "瀾石集團"), ("葛以寧", "leave", "渣打銀行")},
        ),
        # Table rows under a heading whose verb (加盟) takes the list, not an organization.
        (
            "星舟科技新一批加盟高管名单:\n顾明远|华为云副总裁|首席执行官\n葛以宁|阿里巴巴技术总监|首席技术官",
            {("顾明远", "join", "星舟科技"), ("葛以宁", "join", "星舟科技")},
        ),
        (
            "星舟科技新一批加盟高管名单:\n顾明远｜华为云副总裁｜首席执行官\n葛以宁｜阿里巴巴技术总监｜首席技术官",
            {("顾明远", "join", "星舟科技"), ("葛以宁", "join", "星舟科技")},
        ),
        # Bullets, the new post then the former one.
        (
            "凌波智能近日宣布多位高管加盟:\n· 晏书宁,首席执行官,此前为华为云副总裁;\n· 柯沐阳,首席技术官,此前为阿里巴巴技术总监;",
            {("晏书宁", "join", "凌波智能"), ("晏书宁", "leave", "华为云"),
             ("柯沐阳", "join", "凌波智能"), ("柯沐阳", "leave", "阿里巴巴")},
        ),
        # A leave heading: each item leaves the heading's organization; 去向未明 / 自行创业 add nothing.
        (
            "以下为星舟科技离职高管名单:\n顾明远,原首席财务官,去向未明;\n葛以宁,原副总裁,已自行创业。",
            {("顾明远", "leave", "星舟科技"), ("葛以宁", "leave", "星舟科技")},
        ),
    ],
)
def test_roster_family(nlp, text, expected):
    found = facts(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        # Products, investors, speakers: lists with no move.
        "星舟科技的主要产品如下:\n星舟一号,智能座舱系统\n星舟二号,自动驾驶平台",
        "本轮融资的投资方如下:\n红杉中国,领投\n高瓴资本,跟投",
        "出席本次论坛的嘉宾如下:\n顾明远,华为云副总裁\n葛以宁,阿里巴巴技术总监",
        # A team listed with no move stated in the heading.
        "星舟科技管理团队包括:\n首席执行官:顾明远\n首席技术官:葛以宁",
        "澄川研究院现任所长如下:\n计算所所长:晏书宁\n数据所所长:柯沐阳",
        # 新 of a product, not of the people: a launch's speakers.
        "星舟科技新品发布会的演讲嘉宾名单如下:\n顾明远,首席执行官\n葛以宁,首席技术官",
    ],
)
def test_roster_family_counter(nlp, text):
    assert records(nlp, text) == []
