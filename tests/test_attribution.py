"""A move given to its own person, or to nobody: the name of a sentence that the
topic search skipped for a marker that opens a noun (`领导成员`, marker-as-noun), a
generic noun for executives as the subject (`核心高管出走后`, generic-people-subject),
the organization announcing a join told as a noun (`X已经官宣A加入的消息`,
announced-join), and a founder described after 由 (`加盟由前X高管创办的Y`,
founded-by-agent, subject:by-agent-relative), an appointment told as a noun
(`这一任命由董事长A提名`, hire-as-noun), the one who recommends (`由A引荐`,
recommender) and a clause whose name the name stage missed (`X副总裁才让也宣布离职,加盟Y`,
unread-name). All sentences invented."""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 领导 opens a noun: the name after it is the topic of the clause without a subject.
        ("韩立明已加入星河科技。随后,云帆科技首席科学家、高级领导成员宋雨桐也宣布离职,加盟北辰大学。",
         {("韩立明", "join", "星河科技"), ("宋雨桐", "leave", "云帆科技"), ("宋雨桐", "join", "北辰大学")}),
        ("韩立明已加入星河科技。同月,云帆科技领导层成员宋雨桐也宣布离职,随后加入北辰大学。",
         {("韩立明", "join", "星河科技"), ("宋雨桐", "leave", "云帆科技"), ("宋雨桐", "join", "北辰大学")}),
        # Counter-example: 领导 as a verb governs the name after it; the clause is about its subject.
        ("2019年,韩立明领导宋雨桐的团队完成了研发,随后加入星河科技。", {("韩立明", "join", "星河科技")}),
        # Generic executives leave: nobody named; the earlier person keeps only their join.
        ("韩立明已加入星河科技。核心高管出走后,云帆科技如何稳住团队仍是难题。", {("韩立明", "join", "星河科技")}),
        ("韩立明已加入星河科技。技术骨干纷纷离职,云帆科技陷入困境。", {("韩立明", "join", "星河科技")}),
        # Counter-example: a named executive.
        ("云帆科技高管宋雨桐出走后加入星河科技。", {("宋雨桐", "leave", "云帆科技"), ("宋雨桐", "join", "星河科技")}),
        # The announcer of a join told as a noun is the organization joined, not the one left.
        ("北辰大学已经官宣韩立明加入的消息,对于他离职的原因,外界众说纷纭。", set()),
        ("韩立明此前在云帆科技任职。星河科技证实了韩立明加盟一事,对于其离职原因,韩立明未作回应。",
         {("韩立明", "leave", "云帆科技")}),
        # Counter-example: an organization announcing a leave is the one left.
        ("星河科技宣布,韩立明已经离职。", {("韩立明", "leave", "星河科技")}),
        # A founder described after 由: the description's employer is no object, and nobody founds.
        ("韩立明离开云帆科技,加盟由前星河科技首席科学家创办的北辰智能。",
         {("韩立明", "leave", "云帆科技"), ("韩立明", "join", "北辰智能")}),
        ("韩立明加入了由两位前星河科技高管联合创立的北辰智能。", {("韩立明", "join", "北辰智能")}),
        # Counter-examples: the founder named after 由 founds; a founder named without 由.
        ("韩立明加入了由宋雨桐创办的北辰智能。", {("韩立明", "join", "北辰智能"), ("宋雨桐", "join", "北辰智能")}),
        ("北辰智能由前百度高管宋雨桐创办。", {("宋雨桐", "join", "北辰智能")}),
        # A title, a word the name stage did not read and 也/已 (unread-name): that clause has
        # its own subject; the verb after it that drops its subject is not the earlier topic's.
        ("韩立明已加入星河科技。随后,云帆科技副总裁才让也宣布离职,加盟北辰大学。", {("韩立明", "join", "星河科技")}),
        ("韩立明已加入星河科技,随后,云帆科技副总裁Kai也宣布离职,加盟北辰大学。", {("韩立明", "join", "星河科技")}),
        # Counter-examples: the name read; a post noun after the title; no adverb (not decided).
        ("韩立明已加入星河科技。随后,云帆科技副总裁宋雨桐也宣布离职,加盟北辰大学。",
         {("韩立明", "join", "星河科技"), ("宋雨桐", "leave", "云帆科技"), ("宋雨桐", "join", "北辰大学")}),
        ("韩立明出任云帆科技副总裁一职也已确定,随后加盟星河科技。",
         {("韩立明", "join", "云帆科技"), ("韩立明", "leave", "云帆科技"), ("韩立明", "join", "星河科技")}),
        # An appointment told as a noun (hire-as-noun): the one nominating is hired by nothing.
        ("韩立明已加入星河科技,这一任命由董事长宋雨桐提名。", {("韩立明", "join", "星河科技")}),
        # Counter-example: the hire verb itself.
        ("星河科技董事会任命韩立明为副总裁。", {("韩立明", "join", "星河科技")}),
        # The one who recommends (recommender, after 由 or 经) is no mover.
        ("韩立明是由宋雨桐引荐加入星河科技的。", {("韩立明", "join", "星河科技")}),
        ("经宋雨桐推荐,韩立明加盟星河科技。", {("韩立明", "join", "星河科技")}),
        # Counter-example: the one invited by a pivot verb moves, as before.
        ("宋雨桐推荐韩立明加入星河科技。", {("韩立明", "join", "星河科技")}),
    ],
)
def test_the_move_goes_to_its_own_person(nlp, text, expected):
    assert facts(nlp, text) == expected
