"""Résumé steps written inside one line (resume9): items of a résumé run into one
line (cv_lines.py, rule cv-item-break), a dated post whose date stands in the clause
before with 起 (served.py, rule date-clause-gap), and the verb 任 kept apart from a
known organization after it, not read as a surname with the organization's first
character (segment.py: `至今` `任` `华为`, not 任华 / 为).
Texts are invented; each pattern has its counter-example.
"""

from __future__ import annotations

import pytest

from fact_sets import extracted


def records(nlp, text):
    """(person, from_org, to_org, role, time) of each record: the time is what these rules fix."""
    return {(r.person, r.from_org, r.to_org, r.role, r.time) for r in extracted(nlp, text)}


def test_inline_resume_items_join_and_leave_each_employer(nlp):
    got = records(nlp, "韦思远的履历如下:2012年-2015年,百度高级工程师;2015年-2020年,腾讯副总裁;2020年至今,小米首席执行官。")
    steps = {("", "百度", "高级工程师", "2012"), ("百度", "", "高级工程师", "2015"), ("腾讯", "", "副总裁", "2020"), ("", "小米", "首席执行官", "2020")}
    assert steps <= {record[1:] for record in got}
    assert not [r for r in got if r[1] == "小米"]  # 至今: still there


def test_inline_items_of_prose_name_no_post(nlp):
    # a company's timeline cut by `;`: no title after the organization, no résumé
    text = "韦思远回顾了行业历程:2019年至2021年,百度营收翻倍;2021年至今,腾讯股价上涨。"
    assert records(nlp, text) == set()


def test_a_single_inline_item_is_no_block(nlp):
    assert records(nlp, "韦思远的履历:2012年-2015年,百度高级工程师。") == set()


def test_date_with_qi_in_the_clause_before_dates_the_post(nlp):
    got = records(nlp, "韦思远2016年7月至2020年3月,任百度高级研究员;2020年4月起,任小米首席科学家。")
    assert ("韦思远", "", "小米", "首席科学家", "2020-04") in got
    assert ("韦思远", "百度", "", "高级研究员", "2020-03") in got


def test_qi_then_more_than_a_date_does_not_date_the_post(nlp):
    # the date opens a clause two before the post's: it dates that clause, not the post
    got = records(nlp, "2020年4月起,小米调整架构,韦思远任小米首席科学家。")
    assert not [r for r in got if r[2] == "小米" and r[4] == "2020-04"]


@pytest.mark.parametrize(
    "text",
    [
        "韦思远2010年至2014年任京东副总裁,2014年起任华为总裁。",
        "韦思远2008年至2016年任京东财务总监;2016年至今任华为董事。",
    ],
)
def test_ren_after_a_date_before_a_known_org_is_no_name(nlp, text):
    people = {r[0] for r in records(nlp, text)}
    assert people == {"韦思远"}  # not 任华


def test_ren_after_a_date_before_no_org_stays_a_name(nlp):
    doc = nlp("2019年任正非在深圳表示,公司将继续投入研发。")
    assert "任正非" in [ent.text for ent in doc.ents if ent.label_ == "PERSON"]


def test_an_inline_item_opened_by_a_post_verb_is_left_to_the_sentence_rules(nlp):
    # an unknown name glued to the verb 任 (`任青芒科技`) is no employer of a verbless item
    text = "韦思远2001年至2008年任青芒科技财务经理;2008年至2016年任赤霄信息技术有限公司财务总监。"
    assert not [r for r in records(nlp, text) if (r[1] or r[2]).startswith("任")]


def test_a_known_name_opening_with_ren_stays_an_inline_employer(nlp):
    got = records(nlp, "韦思远的履历:2012年-2015年,微软高级工程师;2015年-2020年,任天堂副总裁。")
    assert ("韦思远", "", "任天堂", "副总裁", "2015") in got


def test_a_post_verb_before_a_known_employer_leaves_the_item_to_the_sentence_rules(nlp):
    # `任|星河汽车电子(松原)有限公司采购工程师`: the served span reads the employer; the
    # verbless-item reading found only the department word (`采购`, `采购部`) of the title.
    text = ("沈知远,男,1980年出生。2003年5月至2010年8月任北辰汽车电子（松原）有限公司采购工程师;"
            "2010年9月至2018年2月任南通青芒车灯集团股份有限公司采购部经理、采购总监;2018年3月加入公司,任采购中心总监。")
    got = records(nlp, text)
    orgs = {r[1] or r[2] for r in got}
    assert {"北辰汽车电子（松原）有限公司", "南通青芒车灯集团股份有限公司"} <= orgs
    assert not orgs & {"采购", "采购部"}
