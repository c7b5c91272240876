"""`星图智能宣布,前百度CTO A加入公司`: 公司 never points back to the organization a
former title before the name places the person at (topic._former_employers); when
nothing else names the company joined, no record is better than a wrong one.
Invented sentences."""

from __future__ import annotations

from fact_sets import facts


def test_the_company_joined_is_not_the_former_employer(nlp):
    assert facts(nlp, "星图智能宣布,前百度首席执行官邵明远加入公司。") == {("邵明远", "join", "星图智能")}
    assert facts(nlp, "星图智能宣布,原小米副总裁邵明远已加入公司。") == {("邵明远", "join", "星图智能")}


def test_counter_examples_keep_their_records(nlp):
    # a known announcer is the company joined; a leave of 公司 is untouched.
    assert ("邵明远", "join", "星图科技") in facts(nlp, "星图科技宣布,前百度首席执行官邵明远加入公司。")
    assert facts(nlp, "百度首席执行官邵明远离开公司。") == {("邵明远", "leave", "百度")}
