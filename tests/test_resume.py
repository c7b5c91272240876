"""Résumés: post lists, dated appointments, and the leave a later post implies.

Sentences are invented; each row is a pattern of the language with its counter-example.
"""

from __future__ import annotations

import pytest

import talentflow
from talentflow.relations.resume import Step, chain_leaves, concurrent


def records(nlp, text):
    return [(r.person, r.from_org, r.to_org, r.role, r.time) for r in talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)]


def test_dated_appointments_are_joins_and_the_later_one_leaves_the_first(nlp):
    got = records(nlp, "2017年,韦立任中国电信集团有限公司副总经理;2023年5月任中国铁塔股份有限公司董事、总经理。")
    assert ("韦立", "", "中国电信集团有限公司", "副总经理", "2017") in got
    assert ("韦立", "", "中国铁塔股份有限公司", "董事、总经理", "2023-05") in got
    assert ("韦立", "中国电信集团有限公司", "", "副总经理", "2023-05") in got


@pytest.mark.parametrize(
    "text",
    [
        "韦立现任中国电信集团有限公司副总经理。",  # a post held, undated: no change
        "今年夏天,Meta向韦立开出高薪,但韦立目前仍在苹果任职。",  # the date is another clause's; 目前仍: held
        "2016年,韦立加入百度,担任搜索部门总监。",  # the date belongs to 加入: one join, not two
    ],
)
def test_posts_held_or_dated_by_another_verb_add_no_appointment(nlp, text):
    got = records(nlp, text)
    assert all(time == "" or org != "苹果" for _, _, org, _, time in got)
    assert len([r for r in got if r[2]]) <= 1


def test_a_board_seat_leaves_nothing_behind(nlp):
    got = records(nlp, "2017年,韦立任中国电信集团有限公司副总经理;2020年任中国铁塔股份有限公司独立董事。")
    assert not [r for r in got if r[1] == "中国电信集团有限公司"]


def test_past_posts_listed_after_an_earlier_marker_are_leaves(nlp):
    got = records(nlp, "邬明远早年任英特尔芯片工程师、微软创意总监,后加入宏达电。")
    assert {(f, role) for p, f, t, role, _ in got if f} == {("英特尔", "芯片工程师"), ("微软", "创意总监")}


def test_chain_pairs_need_a_strictly_later_date_elsewhere():
    steps = [Step("甲", "百度", "2017", 0), Step("甲", "腾讯", "2017-05", 10), Step("甲", "阿里巴巴", "2020", 20)]
    pairs = chain_leaves(steps, set())
    # 2017 and 2017-05 may be the same moment: only 2017-05 → 2020 is a sure order.
    assert [(a.employer, b.employer) for a, b in pairs] == [("腾讯", "阿里巴巴")]
    assert chain_leaves(steps, {("甲", "腾讯")}) == []


@pytest.mark.parametrize(
    ("role", "held_beside"),
    [("独立董事", True), ("董事", True), ("技术顾问", True), ("董事、总经理", False), ("董事长", False), ("", False)],
)
def test_concurrent_roles(role, held_beside):
    assert concurrent(role) is held_beside


def test_a_former_post_list_leaves_every_organization_listed(nlp):
    got = records(nlp, "万若谷曾任英特尔公司高级工程师、高通产品总监。")
    assert {(f, role) for p, f, t, role, _ in got} == {("英特尔公司", "高级工程师"), ("高通", "产品总监")}


def test_a_former_post_then_an_unrelated_clause_is_one_leave(nlp):
    got = records(nlp, "万若谷曾任英特尔公司高级工程师,高通也曾向他发出邀请。")
    assert [f for p, f, t, role, _ in got] == ["英特尔公司"]


def test_a_name_glued_to_the_post_verb_is_cut_off_and_the_company_name_stops_there(nlp):
    # jieba reads 韦立任 as one word; the organization suffix must not take the name either.
    doc = nlp("2017年,韦立任中国电信集团有限公司副总经理。")
    assert [(ent.text, ent.label_) for ent in doc.ents if ent.label_ in ("PERSON", "ORG")] == [
        ("韦立", "PERSON"), ("中国电信集团有限公司", "ORG")
    ]


def test_a_known_verb_ending_in_the_clitic_stays_whole(nlp):
    # 本月初辞任: 辞任 is the verb, not 初辞 + 任.
    assert "辭任" in [token.text for token in nlp.make_doc("鄺志朗已於本月初辭任。")]


def test_a_join_dated_by_a_span_is_left_at_its_end(nlp):
    got = records(nlp, "2015-2018,邬明远就职于大疆创新,担任算法工程师;2019年加盟小米。")
    assert ("邬明远", "大疆创新", "", "算法工程师", "2018") in got
    assert not [r for r in got if r[1] == "大疆创新" and r[4] == "2019"]  # the span's end, not the next post's date


def test_an_undated_post_between_two_dated_ones_leaves_the_first_at_no_date(nlp):
    text = "2014年,邬明远短暂加盟小米,后来进入高德地图。2022年,邬明远入职小鹏汽车。"
    got = records(nlp, text)
    assert [(f, time) for p, f, t, role, time in got if f == "小米"] == [("小米", "")]


def test_one_leave_told_by_the_unit_and_by_the_company_is_one_record(nlp):
    text = "2016年至2018年,邬明远在微软研究院担任研究员。2018年,他离开微软,加入了百度。"
    leaves = [(f, time) for p, f, t, role, time in records(nlp, text) if f]
    assert len([f for f, _ in leaves if f.startswith("微软")]) == 1


def test_two_dated_joins_of_one_company_stay_two(nlp):
    text = "2012年,邬明远加入腾讯。2020年,邬明远离开腾讯,2023年又回到腾讯。"
    joins = [(t, time) for p, f, t, role, time in records(nlp, text) if t == "腾讯"]
    assert ("腾讯", "2012") in joins and ("腾讯", "2023") in joins


def test_a_join_of_the_company_before_a_move_inside_it_stays(nlp):
    text = "邬明远毕业后加入谷歌,担任研究科学家。2023年,他从谷歌转入谷歌DeepMind。"
    got = records(nlp, text)
    assert any(t == "谷歌" and not f for p, f, t, role, time in got)
    assert any((f, t) == ("谷歌", "谷歌DeepMind") for p, f, t, role, time in got)


def test_a_span_belongs_to_the_serving_verb_after_it(nlp):
    # 2014年起任小米总裁 is a dated join of 小米, not a second 2010–2014 stint.
    got = records(nlp, "韦立2010年至2014年任京东副总裁,2014年起任小米总裁。")
    assert ("韦立", "京东", "", "副总裁", "2014") in got
    assert ("韦立", "", "小米", "总裁", "2014") in got
    assert not [r for r in got if r[1] == "小米"]


def test_a_span_before_a_past_marker_still_dates_the_post(nlp):
    got = records(nlp, "2016年至2021年,韦立曾在京东工作,2021年加入小米。")
    assert ("韦立", "", "京东", "", "2016") in got


def test_the_last_of_a_successive_list_is_left_when_a_later_join_follows(nlp):
    got = {(f, t) for _, f, t, _, _ in records(nlp, "韦立先后就职于京东和腾讯,2022年加盟小米。")}
    assert {f for f, _ in got if f} == {"京东", "腾讯"}
    # Without a later employer the last one is still held.
    alone = {f for _, f, _, _, _ in records(nlp, "韦立先后加盟京东和腾讯。") if f}
    assert alone == {"京东"}


def test_a_clause_opening_on_then_leaves_the_employer_just_joined(nlp):
    got = records(nlp, "韦立2014年短暂加盟奇虎,后受邀进入高德地图。")
    assert ("韦立", "奇虎", "高德地图") in {(p, f, t) for p, f, t, _, _ in got}
    # 后者 opens no step; a post at the employer just joined leaves nothing.
    assert not [r for r in records(nlp, "韦立加入百度,后者是国内最大的搜索公司。") if r[1]]
    assert not [r for r in records(nlp, "韦立加入百度,随后被任命为百度云总裁。") if r[1]]


@pytest.mark.parametrize("text", ["韦立此前就职于谷歌,今年加入百度。", "韦立早年就职于谷歌,后加入百度。"])
def test_a_job_marked_as_earlier_is_a_leave_not_a_join(nlp, text):
    got = records(nlp, text)
    assert ("韦立", "谷歌") in {(p, f) for p, f, _, _, _ in got}
    assert not [r for r in got if r[2] == "谷歌"]


def test_a_successive_list_of_past_posts_joins_each_and_leaves_each_for_the_next(nlp):
    got = records(nlp, "毕业后,林若溪先后在京东和网易工作,2020年加入小米。")
    joined = {t for _, f, t, _, _ in got if t}
    assert {"京东", "网易", "小米"} <= joined
    assert {"京东", "网易"} <= {f for _, f, _, _, _ in got if f}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 此前 frames the list as the background of the news: left posts, no joins.
        ("林若溪此前曾先后任职于京东和网易,今年加入小米。", {"京东", "网易"}),
        # After a join in the sentence the items are units of that employer: nothing of them.
        ("林若溪2014年加入百度,先后在搜索团队和地图团队工作。", set()),
    ],
)
def test_a_successive_list_as_background_or_inside_the_employer_joins_nothing(nlp, text, kept):
    got = records(nlp, text)
    assert not [t for _, _, t, _, _ in got if t in {"京东", "网易", "搜索团队", "地图团队"}]
    assert {f for _, f, _, _, _ in got if f} == kept


def test_a_next_post_held_for_years_is_joined_from_the_one_before(nlp):
    got = {(f, t) for _, f, t, _, _ in records(nlp, "林若溪毕业后进入华为,之后又在中兴任职多年,2021年加入小米。")}
    assert ("华为", "中兴") in got
    # Marked as earlier, the same post is only left.
    assert {(f, t) for _, f, t, _, _ in records(nlp, "林若溪此前在中兴任职多年。")} == {("中兴", "")}


@pytest.mark.parametrize(("text", "joined"), [("林若溪2019年离开百度赴腾讯任职。", {"腾讯"}), ("林若溪前往腾讯参观。", set()), ("林若溪赴美深造。", set())])
def test_going_to_work_at_an_organization_is_a_join(nlp, text, joined):
    assert {t for _, _, t, _, _ in records(nlp, text) if t} == joined


@pytest.mark.parametrize(
    "text, org, start, end",
    [
        ("韦立2011年至2018年历任北辰科技股份有限公司产品总监、副总裁,2018年加入小米。", "北辰科技股份有限公司", "2011", "2018"),
        ("韦立的简历显示,2004年3月至2010年8月,任职于星河银行杭州分行;2010年9月起任职于小米。", "星河银行", "2004-03", "2010-08"),
    ],
)
def test_a_past_post_dated_by_a_closed_span_is_joined_at_its_start_and_left_at_its_end(nlp, text, org, start, end):
    got = records(nlp, text)
    assert any(r[2].startswith(org[:4]) and r[4] == start for r in got)
    assert any(r[1].startswith(org[:4]) and r[4] == end for r in got)


@pytest.mark.parametrize(
    "text",
    [
        "韦立2019年至今历任北辰科技副总裁、总裁。",  # the span runs on: a post held, nothing left
        "韦立2012年至2016年就读于北辰大学,曾任金蝉电子工程师,后加入小米。",  # the span is the schooling's
    ],
)
def test_a_span_that_runs_on_or_belongs_to_another_verb_adds_no_past_join(nlp, text):
    assert not [r for r in records(nlp, text) if r[2] in ("北辰科技", "金蝉电子")]


@pytest.mark.parametrize("verb", ["任职", "工作"])
def test_posts_held_one_after_the_other_before_the_verb_are_left(nlp, verb):
    # `在A、B先后任职`: 先后 marks the posts as past ones, as `曾在A、B任职` does.
    got = records(nlp, f"韦立在联想、中兴通讯先后{verb},2020年加入小米。")
    assert {r[1] for r in got if r[1]} == {"联想", "中兴通讯"}


def test_a_post_held_with_no_successive_marker_is_no_leave(nlp):
    assert not [r for r in records(nlp, "韦立在中兴通讯任职,负责终端业务。") if r[1]]


def test_an_unknown_unit_after_a_listed_employer_ends_at_the_next_known_one(nlp):
    # `花旗环球金融亚洲及汇丰`: the unit the lexicon lacks ends at 及 before a known name.
    got = records(nlp, "韦立曾先后任职于花旗环球金融亚洲及汇丰,主理多宗并购项目。2021年加入星河资本。")
    assert ("韦立", "", "汇丰", "", "") in got
    assert ("韦立", "汇丰", "", "", "") in got


def test_a_conjunction_inside_a_units_name_opens_no_item(nlp):
    # `工研院电子与光电系统研究所`: 与 joins two words of one unit's name, no second employer.
    got = records(nlp, "韦立去年底离职后,曾短暂担任工研院电子与光电系统研究所顾问。")
    assert not [r for r in got if "光电" in r[1] + r[2]]
