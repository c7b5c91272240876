"""Each behaviour flag of triggers.tsv (`switch`, `return`, …) shown at work.

A case is an invented sentence read twice: with the data as it is, and with the
flag taken off every verb (`lexicon.verbs_with` answering an empty set for it).
The two readings must be the expected ones, so each flag is seen changing what
the pipeline writes; the comparisons run on the simplified shadow, so a
traditional `回歸` behaves as 回归 without a row of its own.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from talentflow.resources import lexicon


class Case(NamedTuple):
    flag: str
    text: str
    with_flag: list[tuple[str, str, str, str, str, str]]
    without: list[tuple[str, str, str, str, str, str]]


CASES = {
    # 转投: the switch leaves the employer joined before (one move, not a join
    # and a separate leave of the second sentence).
    "switch-leaves-the-last-join": Case(
        "switch",
        "2023年，石沐阳加入苹果。2024年，石沐阳转投谷歌。",
        [("石沐阳", "", "苹果", "", "2023", "done"), ("石沐阳", "苹果", "谷歌", "", "2024", "done")],
        [
            ("石沐阳", "", "苹果", "", "2023", "done"),
            ("石沐阳", "", "谷歌", "", "2024", "done"),
            ("石沐阳", "苹果", "", "", "2024", "done"),
        ],
    ),
    # Anthropic工程师A转投B: the switch leaves the organization describing A.
    "switch-leaves-the-describing-org": Case(
        "switch",
        "Anthropic工程师石沐阳宣布转投OpenAI。",
        [("石沐阳", "Anthropic", "OpenAI", "", "", "done")],
        [("石沐阳", "", "OpenAI", "", "", "done")],
    ),
    # 回到: a return is a later stint, so the post it states is not the one held
    # at the undated leave of the biography.
    "return-is-a-later-stint": Case(
        "return",
        "顾言回到小鹏汽车，担任AI平台负责人。顾言当年从小鹏汽车离职后创业。",
        [("顾言", "", "小鹏汽车", "AI平台负责人", "", "done"), ("顾言", "小鹏汽车", "", "", "", "done")],
        [("顾言", "", "小鹏汽车", "AI平台负责人", "", "done"), ("顾言", "小鹏汽车", "", "AI平台负责人", "", "done")],
    ),
    # 回歸, as written in traditional script: the shadow 回归 carries the flag.
    "return-in-traditional-script": Case(
        "return",
        "顧言回歸小鵬汽車，擔任AI平台負責人。顧言當年從小鵬汽車離職後創業。",
        [("顧言", "", "小鵬汽車", "AI平台負責人", "", "done"), ("顧言", "小鵬汽車", "", "", "", "done")],
        [("顧言", "", "小鵬汽車", "AI平台負責人", "", "done"), ("顧言", "小鵬汽車", "", "AI平台負責人", "", "done")],
    ),
    # 加盟京东,出任京东云…: 出任 restates the join; its post is quoted whole.
    "restates-the-join": Case(
        "restates",
        "邵明正式加盟京东，出任京东云事业部总裁。",
        [("邵明", "", "京东", "京东云事业部总裁", "", "done")],
        [("邵明", "", "京东", "云事业部总裁", "", "done")],
    ),
    # 调入复旦大学: a posting at a school, not schooling.
    "transfer-to-a-school": Case(
        "transfer",
        "林溪2015年从北岭理工大学调入复旦大学。",
        [("林溪", "北岭理工大学", "复旦大学", "", "2015", "done")],
        [],
    ),
    "transfer-after-graduating": Case(
        "transfer",
        "林溪毕业后入职浙江大学。",
        [("林溪", "", "浙江大学", "", "", "done")],
        [],
    ),
    # 出任CTO names a post alone: it does not end the reach of the join before
    # it, which takes the post as its role.
    "post-only-links-the-title": Case(
        "post-only",
        "鲍明加盟特斯拉，出任CTO。",
        [("鲍明", "", "特斯拉", "CTO", "", "done")],
        [("鲍明", "", "特斯拉", "", "", "done")],
    ),
    # 出任特斯拉Optimus项目负责人: the product is the post's project, never the
    # organization joined (what it then joins is another rule's business).
    "post-only-product-is-no-employer": Case(
        "post-only",
        "今年3月，包宇出任特斯拉Optimus项目负责人。",
        [],
        [("包宇", "", "特斯拉Optimus", "项目负责人", "2025-03", "done")],
    ),
    # 小米集团副总裁A升任总裁: a promotion at the employer that describes A; the new
    # post is the one after the verb. Without the flag the verb has no object.
    "within-the-describing-employer": Case(
        "within",
        "小米集团副总裁卜清远升任总裁。",
        [("卜清远", "", "小米集团", "总裁", "", "done")],
        [],
    ),
    # Reinstated: the post held again at the employer that describes the person.
    "within-reinstated": Case(
        "within",
        "被解雇五天后，星河资本首席执行官卜清远复职。",
        [("卜清远", "", "星河资本", "首席执行官", "", "done")],
        [],
    ),
    # 当选 stands only on a post that is no honour: 院士 is an honour.
    "needs-post-an-honour-is-no-post": Case(
        "needs-post",
        "卜清远当选中国工程院院士。",
        [],
        [("卜清远", "", "中国工程院", "院士", "", "done")],
    ),
    # 免去 without a post (`免去了…之苦`) is no career word.
    "needs-post-no-post": Case(
        "needs-post",
        "百度总裁卜清远说，这项服务免去了用户排队之苦。",
        [],
        [("卜清远", "百度", "", "总裁", "", "done")],
    ),
    # 飞猪总裁A调任B: a posting leaves the organization describing A.
    "posting-leaves-the-describing-org": Case(
        "posting",
        "飞猪总裁卜清远调任阿里巴巴本地生活服务公司，担任首席战略官。",
        [("卜清远", "飞猪", "阿里巴巴本地生活", "首席战略官", "", "done")],
        [("卜清远", "", "阿里巴巴本地生活", "首席战略官", "", "done")],
    ),
    # 调回 with no organization after it, in a brief headed by one: the heading is left.
    "away-leaves-the-heading": Case(
        "away",
        "鹤山证券：副总裁韩立新调回集团总部，另有任用。",
        [("韩立新", "鹤山证券", "", "", "", "done")],
        [("韩立新", "", "鹤山证券", "", "", "done")],
    ),
    # A promotion at the employer just joined adds no fact (ANNOTATION.md: optional).
    "within-no-second-join": Case(
        "within",
        "2019年，卜清远加入京东。2022年，卜清远升任京东云总裁。",
        [("卜清远", "", "京东", "", "2019", "done")],
        [("卜清远", "", "京东", "", "2019", "done"), ("卜清远", "", "京东", "云总裁", "2022", "done")],
    ),
    # 挖角自: the marker says the person was recruited away; the leave stands with no
    # join verb, and the organization naming the post is the one joined (origin:moved).
    "moved-stands-alone": Case(
        "moved",
        "华为首席科学家陆嘉怡挖角自腾讯。",
        [("陆嘉怡", "腾讯", "", "", "", "done"), ("陆嘉怡", "", "华为", "", "", "done")],
        [],
    ),
    # X出身: the organization stands before the marker (origin:org-before).
    "org-before-the-marker": Case(
        "org-before",
        "韩立明是京东出身,去年加入美团。",
        [("韩立明", "京东", "", "", "", "done"), ("韩立明", "", "美团", "", "2024", "done")],
        [("韩立明", "", "美团", "", "2024", "done")],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_flag_changes_what_is_written(extract, monkeypatch, name):
    case = CASES[name]
    assert extract(case.text) == case.with_flag
    real = lexicon.verbs_with
    monkeypatch.setattr(lexicon, "verbs_with", lambda flag: frozenset() if flag == case.flag else real(flag))
    assert extract(case.text) == case.without


def test_every_flag_has_a_case_and_a_row():
    assert {case.flag for case in CASES.values()} == lexicon.BEHAVIOURS
    flagged = {flag for trigger in lexicon.triggers() for flag in trigger.behaviour}
    assert flagged == lexicon.BEHAVIOURS


def test_the_verbs_of_a_flag_are_shadow_forms():
    # Compared with view.simple: a traditional row would never match.
    from talentflow.text.textnorm import shadow

    for flag in lexicon.BEHAVIOURS:
        verbs = lexicon.verbs_with(flag)
        assert verbs and all(shadow(verb) == verb for verb in verbs), flag
    assert "回归" in lexicon.verbs_with("return") and "回到" in lexicon.verbs_with("return")
    assert "回到" not in lexicon.verbs_with("switch")
    assert lexicon.verbs_with("post-only") == {"出任", "就任", "继任", "出掌", "荣任", "接过"}


def test_an_unknown_flag_is_an_error():
    with pytest.raises(lexicon.LexiconError, match=r"triggers.tsv: unknown behaviour 'jump'"):
        lexicon.verbs_with("jump")
