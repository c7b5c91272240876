"""Global AI labs and big tech in Chinese press (issue 16, helper `labs`): constructions
of that news, tested on invented sentences. Rules: `move-weighed` (a verb right after
考虑 is weighed, not made), `byline-label` (`编辑 | 韩立明` names who wrote the
article, never the subject of a later clause), `from-marker` (a short description may
stand between 从 and the organization left), the hire verbs 招募 and 重聘 and the join
重新加入 (triggers.tsv), a list item's name with its other script in brackets
(`subject:item-head`), and `repeat:unit-of-joined` (a team joined right after its
organization is one join)."""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A move weighed right before its verb is none.
        ("评论区里,有网友鼓励韩立明考虑加入星河科技。", set()),
        ("Ada Brook考虑过离开星河科技。", set()),
        ("云帆科技CEO宋雨桐透露,韩立明正在评估是否考慮加盟雲帆科技。", set()),
        # Counter-examples: a decision after thought; a thought earlier in the clause.
        ("经过慎重考虑,韩立明决定离开星河科技。", {("韩立明", "leave", "星河科技")}),
        ("韩立明考虑再三后加入星河科技。", {("韩立明", "join", "星河科技")}),
    ],
)
def test_a_weighed_move_gives_no_record(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The byline's names lend no subject to a later clause without one.
        ("作者 | 宋雨桐\n编辑 | 韩立明\n近年来,从星河科技出走创业的研究员越来越多。", set()),
        ("文 | 云帆周刊,作者 | 宋雨桐\n近年来,离开星河科技的研究员越来越多。", set()),
        ("撰文:宋雨桐\n近年來,從星河科技出走創業的研究員越來越多。", set()),
        # Counter-example: the byline's writer named again as the subject moves.
        ("作者 | 宋雨桐\n宋雨桐此前在星河科技工作,去年离开星河科技加入云帆科技。",
         {("宋雨桐", "leave", "星河科技"), ("宋雨桐", "join", "云帆科技")}),
    ],
)
def test_a_byline_name_is_no_topic(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 从 + a short description + the organization: the organization left.
        ("字节跳动从AI编程公司英伟达挖来两名工程师(Ada Brook和Leo Marsh)。",
         {("Ada Brook", "join", "字节跳动"), ("Leo Marsh", "join", "字节跳动"),
          ("Ada Brook", "leave", "英伟达"), ("Leo Marsh", "leave", "英伟达")}),
        ("韩立明从芯片巨头英伟达离职。", {("韩立明", "leave", "英伟达")}),
        # Counter-example: 从事 is no from-marker.
        ("韩立明曾从事游戏公司星河科技的运营工作,后加入云帆科技。", {("韩立明", "join", "云帆科技")}),
    ],
)
def test_from_marker_takes_a_short_description(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 招募多位人才,包括A和B: each named person joins.
        ("云帆科技近期还招募了多位AI领域的顶尖人才,包括星河科技的研究员Ada Brook和在北辰智能参与研发的宋雨桐。",
         {("Ada Brook", "join", "云帆科技"), ("宋雨桐", "join", "云帆科技")}),
        # 重聘 a former employee: a join.
        ("星河科技宣布重聘其前员工韩立明。", {("韩立明", "join", "星河科技")}),
        # 重新加入 is one word to the segmenter: a return, which leaves the place just joined.
        ("Ada Brook和Leo Marsh已确认离开云帆科技,并将重新加入他们的“老东家”星河科技。",
         {("Ada Brook", "leave", "云帆科技"), ("Leo Marsh", "leave", "云帆科技"),
          ("Ada Brook", "join", "星河科技"), ("Leo Marsh", "join", "星河科技")}),
        # Counter-example: 招募 with no named person gives nothing.
        ("星河科技正在招募算法工程师。", set()),
    ],
)
def test_hire_and_return_verbs(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_item_head_with_bracketed_alias(nlp):
    text = "星河科技联合创始人集体出走。\n本周,星河科技再次失去两位联合创始人:\nLeo Marsh(马立奥):本周早些时候离职\n韩立明(Liming Han):周四确认离职"
    assert facts(nlp, text) == {("Leo Marsh", "leave", "星河科技"), ("韩立明", "leave", "星河科技")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A team with no named parent, joined by a verb of its own after the organization: one join.
        ("韩立明去年从星河科技跳槽至云帆科技。今年4月,他回流到星河科技,重新加入多模态预训练团队。",
         {("韩立明", "leave", "星河科技"), ("韩立明", "join", "云帆科技"), ("韩立明", "leave", "云帆科技"), ("韩立明", "join", "星河科技")}),
    ],
)
def test_team_of_the_organization_just_joined(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_team_of_another_named_organization_is_its_own_join(nlp):
    from fact_sets import records

    found = records(nlp, "2014年韩立明转投北辰智能,三年后又加入星河科技Autopilot团队。")
    assert any(to == "星河科技Autopilot团队" or to == "星河科技" for _, _, to, _, _ in found)
    assert not any("repeat:unit-of-joined" in rules for *_, rules in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 包括 opens the group that is the subject: its first name leaves too.
        ("星河科技已有多名高管包括韩立明、宋雨桐先后宣布离开。", {("韩立明", "leave", "星河科技"), ("宋雨桐", "leave", "星河科技")}),
        ("xAI已有多名联合创办人包括Ada Brook、Leo Marsh先后宣布离开。", {("Ada Brook", "leave", "xAI"), ("Leo Marsh", "leave", "xAI")}),
        # The owner of the company (旗下) is no subject, in the clause or as an earlier topic.
        ("韩立明旗下的星河科技又有两位联合创始人离职。", set()),
        ("韩立明旗下人工智能公司星河科技两位联合创始人Ada Brook和Leo Marsh均表示,离开星河科技。",
         {("Ada Brook", "leave", "星河科技"), ("Leo Marsh", "leave", "星河科技")}),
        # 从A那里挖回来几名…: A is where unnamed people come from.
        ("前不久,云帆科技又从韩立明那里挖回来几名离职加入星河科技的研究人员。", set()),
        # Counter-example: the name itself moves.
        ("韩立明宣布离开星河科技董事会。", {("韩立明", "leave", "星河科技")}),
    ],
)
def test_subject_is_the_group_not_the_owner(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_transliterated_name_with_a_spaced_dot(nlp):
    # `安德烈 · 卡帕斯`: compact copy sets the middle dot between spaces; one name still.
    found = facts(nlp, "米拉 · 霍尔特宣布加入星河科技。")
    assert {(person.replace(" ", ""), kind, org) for person, kind, org in found} == {("米拉·霍尔特", "join", "星河科技")}
