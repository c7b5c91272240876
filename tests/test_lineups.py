"""Line-ups (pipeline/relations/lineups.py) and the roster lines they share with
rosters.py: a team announced as a list, one person a line, with no move verb;
a line headed by its post, a Chinese number, or a table's row.

Articles are invented for the test.
"""

from __future__ import annotations

import pytest

import talentflow


def records(nlp, text: str) -> list[tuple[str, str, str, str, list[str]]]:
    found = talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)
    return [(r.person, r.from_org, r.to_org, r.role, r.rules.split()) for r in found]


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # A new team's lines, name first, post second (frame:lineup).
        (
            "5月3日,机器人公司云帆科技宣布完成管理层调整。具体名单如下:\n\n"
            "林若溪,首席执行官,原百度智能云技术总监\n郑海川,首席财务官,原京东财务总监",
            [("林若溪", "云帆科技", "首席执行官"), ("郑海川", "云帆科技", "首席财务官")],
            "frame:lineup",
        ),
        # The post heads the line, the person after a colon.
        (
            "星河储能科技有限公司首届经营班子名单如下:\n总经理:林若溪(原宁德时代海外业务总监)\n"
            "副总经理:郑海川(原阳光电源产品总监)",
            [("林若溪", "星河储能科技有限公司", "总经理"), ("郑海川", "星河储能科技有限公司", "副总经理")],
            "frame:lineup",
        ),
        # A lead alone on its line reads the paragraph before it.
        (
            "滙峰科技昨日公布新一届管理层名单。\n\n名单如下:\n行政总裁:林若溪(前众安银行行政总裁)\n"
            "营运总裁:郑海川(原渣打银行数码业务主管)",
            [("林若溪", "滙峰科技", "行政总裁"), ("郑海川", "滙峰科技", "营运总裁")],
            "frame:lineup",
        ),
        # A verb's roster whose lines open on a number and the post (rosters.py, line_person).
        (
            "据悉,以下几位管理者已于近期离开星河科技:\n\n1. 算法负责人林若溪,去向暂未确定;\n"
            "2. 华南区销售总经理郑海川,已加入阿里云;",
            [("林若溪", "", ""), ("郑海川", "", "")],
            "subject:roster-lines",
        ),
        # A table: its header names the columns, one person a row.
        (
            "经评审,以下2位人员已正式入职星河大学信息学院,现予以公示:\n\n姓名|原单位|新职务\n"
            "林若溪|浙江大学计算机学院副教授|教授\n郑海川|百度研究院研究员|副教授",
            [("林若溪", "星河大学信息学院", ""), ("郑海川", "星河大学信息学院", "")],
            "subject:roster-lines",
        ),
        # Chinese numbers open the lines of a hire's roster.
        (
            "云帆科技近日密集引进外部人才,以下人员已于8月陆续到岗:\n\n一、林若溪,任云帆算法负责人;\n二、郑海川,任云帆产品负责人。",
            [("林若溪", "云帆科技", ""), ("郑海川", "云帆科技", "")],
            "subject:roster-lines",
        ),
    ],
)
def test_lineup(nlp, text, expected, rule):
    found = records(nlp, text)
    for person, to_org, role in expected:
        if to_org:
            mine = [r for r in found if r[0] == person and r[2] == to_org]
        else:
            mine = [r for r in found if r[0] == person and r[1] == "星河科技"]
        assert mine, (person, found)
        assert rule in mine[0][4]
        if role:
            assert mine[0][3] == role


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A team that did not change: no join.
        ("云帆科技现有管理团队如下:\n林若溪,首席执行官\n郑海川,首席财务官", ["林若溪", "郑海川"]),
        # A member who stays (留任, 兼任) on a new team's list.
        ("云帆科技宣布完成管理层调整,名单如下:\n林若溪,首席执行官,原百度技术总监\n郑海川,副总裁,公司联合创始人,留任\n钱思远,董事长(集团副总裁,兼任)",
         ["郑海川", "钱思远"]),
        # A list of lines that is no team (a product line-up).
        ("云帆科技发布三款新品,名单如下:\n星河一号,售价999元\n星河二号,售价1999元", ["星河一号"]),
    ],
)
def test_not_a_lineup(nlp, text, absent):
    found = records(nlp, text)
    assert not [r for r in found if r[0] in absent and "frame:lineup" in r[4]], found


def test_the_name_after_a_post_heading_its_line_is_the_topic_of_the_line(nlp):
    # `首席技术官:林某,此前曾任职于X`: the clauses after the heading's name are that person's.
    text = "云帆机器人今日公布核心管理团队名单,名单如下:\n\n首席技术官：韦立，此前曾任职于金蝉研究院；\n首席运营官：郑海川，曾在星河汽车担任工程师。"
    got = {(r[0], r[1]) for r in records(nlp, text) if r[1]}
    assert ("韦立", "金蝉研究院") in got
    assert ("郑海川", "星河汽车") in got
    assert ("韦立", "星河汽车") not in got


def test_a_name_alone_after_a_comma_is_still_an_apposition(nlp):
    # `…的创始人之一,韦立。` names the one described; no heading, no topic for what follows.
    text = "这家公司的三位创始人之一，韦立。\n此前曾任职于金蝉研究院。"
    assert not [r for r in records(nlp, text) if r[1] == "金蝉研究院"]


def test_a_line_whose_name_was_missed_does_not_end_the_lineup(nlp):
    # `副总经理:聿某(原…)`: a rare surname the name stage misses; the lines after it are
    # still the team's (rosters._missed_title_line).
    text = (
        "星河储能科技有限公司首届经营班子名单如下:\n总经理:林若溪(原宁德时代海外业务总监)\n"
        "副总经理:聿晓舟(原北辰电力营销部副主任)\n财务总监:郑海川(原阳光电源财务经理)"
    )
    got = {(r[0], r[2], r[3]) for r in records(nlp, text) if "frame:lineup" in r[4]}
    assert ("林若溪", "星河储能科技有限公司", "总经理") in got
    assert ("郑海川", "星河储能科技有限公司", "财务总监") in got


def test_a_line_of_unknown_shape_still_ends_the_lineup(nlp):
    # A line that is no `post:name(` line ends the list: what follows is prose.
    text = "星河储能科技有限公司首届经营班子名单如下:\n总经理:林若溪(原宁德时代海外业务总监)\n以上人员任期三年。\n郑海川,原阳光电源财务经理"
    got = {r[0] for r in records(nlp, text) if "frame:lineup" in r[4]}
    assert "林若溪" in got and "郑海川" not in got


def test_the_announcing_sentence_names_the_team_before_the_paragraph_does(nlp):
    # The paragraph before names the shareholders first; the lead sentence names the team's company.
    text = (
        "3月2日,由北辰电力与金蝉能源共同出资设立的云帆储能科技有限公司揭牌成立,北辰电力持股60%。\n"
        "据悉,云帆储能科技有限公司首届经营班子成员通过市场化方式选聘,名单如下:\n"
        "总经理:林若溪(原宁德时代海外业务总监)\n副总经理:郑海川(原阳光电源产品总监)"
    )
    got = {(r[0], r[2]) for r in records(nlp, text) if "frame:lineup" in r[4]}
    assert got == {("林若溪", "云帆储能科技有限公司"), ("郑海川", "云帆储能科技有限公司")}


def test_arrivals_listed_one_a_line_join_the_lead_paragraphs_organization(nlp):
    # org:arrival-roster-lead: `以下人员已于5月到岗:` names no organization; the paragraph does.
    text = "云帆机器人近期密集引进外部人才。据内部邮件,以下人员已于5月陆续到岗:\n\n一、林若溪,任算法负责人;\n二、郑海川,任产品负责人。"
    got = {(r[0], r[2]) for r in records(nlp, text) if "org:arrival-roster-lead" in r[4]}
    assert got == {("林若溪", "云帆机器人"), ("郑海川", "云帆机器人")}


def test_arrivals_with_no_organization_anywhere_give_nothing(nlp):
    text = "据内部邮件,以下人员已于5月陆续到岗:\n\n一、林若溪,任算法负责人;\n二、郑海川,任产品负责人。"
    assert not [r for r in records(nlp, text) if r[2]]
