"""Résumé lines with no verb (relations/cv_lines.py): one post a line under a heading.

Each line states a post over a span: joined at its start, left at its end unless
it runs `至今`. Texts are invented; each pattern has its counter-example.
"""

from __future__ import annotations

import talentflow


def records(nlp, text):
    return {(r.person, r.from_org, r.to_org, r.role, r.time) for r in talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)}


def test_oldest_first_block_joins_and_leaves_each_employer(nlp):
    got = records(nlp, "韦思远简历:\n2012年-2016年 百度 高级工程师\n2016年-2020年 腾讯 技术总监\n2020年至今 小米 首席技术官")
    assert ("韦思远", "", "百度", "高级工程师", "2012") in got
    assert ("韦思远", "百度", "", "高级工程师", "2016") in got
    assert ("韦思远", "腾讯", "", "技术总监", "2020") in got
    assert ("韦思远", "", "小米", "首席技术官", "2020") in got
    assert not [r for r in got if r[1] == "小米"]  # 至今: still there


def test_newest_first_block_with_months_and_unknown_employers(nlp):
    text = "个人简介\n韦思远,金蝉电子首席执行官。\n2019.03—至今  金蝉电子  首席执行官\n2015.07—2019.02  银杏网络  副总裁\n"
    got = records(nlp, text)
    assert ("韦思远", "", "金蝉电子", "首席执行官", "2019-03") in got
    assert ("韦思远", "银杏网络", "", "副总裁", "2019-02") in got


def test_two_lines_at_one_employer_are_a_promotion(nlp):
    got = records(nlp, "韦思远简历:\n2012年-2016年 百度 高级工程师\n2016年-2020年 百度 技术总监\n2020年至今 小米 首席技术官")
    assert {(f, t, time) for _, f, t, _, time in got if "百度" in (f, t)} == {("", "百度", "2012"), ("百度", "", "2020")}


def test_a_single_dated_line_or_a_company_timeline_is_no_resume(nlp):
    assert records(nlp, "韦思远简历:\n2012年-2016年 百度 高级工程师") == set()
    # a timeline of the company: no organization opens the line's text
    assert records(nlp, "韦思远介绍了公司历程。\n2012年-2016年,公司营收翻番\n2016年-2020年,公司进入海外市场") == set()


def test_a_school_line_without_a_post_is_a_degree_not_a_move(nlp):
    # cv-school-line: `北辰大学 计算机 本科` is schooling (ANNOTATION.md), the posts still count.
    text = "韦思远简历:\n2008年-2012年 清华大学 电子工程 本科\n2012年-2017年 北京大学 计算机 博士\n2017年-2021年 百度 高级工程师\n2021年至今 小米 首席技术官"
    got = records(nlp, text)
    assert not [r for r in got if "清华大学" in r[1:3] or "北京大学" in r[1:3]]
    assert ("韦思远", "", "百度", "高级工程师", "2017") in got
    assert ("韦思远", "", "小米", "首席技术官", "2021") in got


def test_a_school_line_with_a_post_is_a_job(nlp):
    # Counter-example: a title on the line makes the school an employer.
    text = "韦思远简历:\n2012年-2016年 清华大学 助理教授\n2016年至今 小米 首席技术官"
    got = records(nlp, text)
    assert ("韦思远", "", "清华大学", "助理教授", "2012") in got
    assert ("韦思远", "清华大学", "", "助理教授", "2016") in got
