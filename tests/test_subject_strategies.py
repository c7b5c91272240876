"""The subject strategies (subjects.SUBJECT_STRATEGIES): each decides on an invented
sentence with its id, no strategy listed before it decides there, list order is
priority, and the person frames of the frame table run them in the list's order."""

from __future__ import annotations

import pytest
from fact_sets import trigger_at

from talentflow.relations.frame_table import FRAMES, PERSON_SUBJECT
from talentflow.relations.subjects import SUBJECT_STRATEGIES, Subject, named_in_clause, subject_ruled

# (text, verb, the people found, the id of the strategy that decides)
SUBJECT_CASES = [
    ("据悉,王某之妻已于上月离职。", "离职", [], "subject:kin-veto"),
    ("柏文远透露其已加入美团。", "加入", ["柏文远"], "subject:speaker-self"),
    ("柏文远加盟了由两位前星河高管联合创办的北辰智能。", "联合创办", [], "subject:by-agent-relative"),
    ("柏文远已加入星河科技。随后,北辰副总裁才让也宣布离职,加盟云帆科技。", "加盟", [], "subject:unread-name"),
    ("韩立明邀请柏文远加入星河科技。", "加入", ["柏文远"], "subject:pivot-object"),
    ("柏文远是继2022年加入星河科技的宋雨桐之后又一位空降高管。", "加入", ["宋雨桐"], "subject:followed-one"),
    ("柏文远打算和3月离职的前星河科技财务总监宋雨桐一起创业。", "离职", ["宋雨桐"], "subject:partner-relative"),
    ("柏文远之妻宋雨桐回归星河科技。", "回归", ["宋雨桐"], "subject:after-kin"),
    ("柏文远、宋雨桐,以及执行总监韩立明均已辞职。", "辞职", ["柏文远", "宋雨桐", "韩立明"], "subject:list-across-comma"),
    ("柏文远,宋雨桐,韩立明等人已先后加入星河科技。", "加入", ["柏文远", "宋雨桐", "韩立明"], "subject:comma-list"),
    ("韩立明于2024年3月加入Anthropic。", "加入", ["韩立明"], "subject:clause"),
    ("出走OpenAI并联合创立星河科技的柏文远表示,前景很好。", "出走", ["柏文远"], "subject:modified-by-verb-phrase"),
    ("加入OpenAI之前,柏文远在谷歌工作了五年。", "加入", ["柏文远"], "subject:fronted-time-clause"),
    ("与柏文远一同加盟商汤的,还有宋雨桐。", "加盟", ["宋雨桐"], "subject:also-listed"),
    ("刚刚加盟商汤的,正是谷歌前首席架构师宋雨桐。", "加盟", ["宋雨桐"], "subject:cleft-is"),
    ("小米近期多名高管离职,包括柏文远、宋雨桐和韩立明。", "离职", ["柏文远", "宋雨桐", "韩立明"], "subject:roster-inline"),
    ("小米三名高管已于上月离职,分别是:副总裁柏文远、总监宋雨桐。", "离职", ["柏文远", "宋雨桐"], "subject:roster-after-colon"),
    ("小米近期有多名高管离职。他们分别是:副总裁柏文远、总监宋雨桐。", "离职", ["柏文远", "宋雨桐"], "subject:roster-next-sentence"),
    (
        "星河科技宣布,以下高管已加入公司:\n柏文远,前阿里巴巴云计算负责人\n宋雨桐,前腾讯游戏技术总监",
        "加入", ["柏文远", "宋雨桐"], "subject:roster-lines",
    ),
    ("多位OpenAI研究员加入Meta。", "加入", [], "subject:unnamed-veto"),
    ("柏文远与宋雨桐曾是同学。两人此前均在字节跳动任职。", "任职", ["柏文远", "宋雨桐"], "subject:plural-topic"),
    ("柏文远与宋雨桐曾是同事,他随后加入谷歌。", "加入", ["柏文远"], "subject:pronoun"),
    ("柏文远和宋雨桐先后离开小米,前者创业,后者加入了谷歌。", "加入", ["宋雨桐"], "subject:latter"),
    ("柏文远很受器重。而科瓦奇的离开,给项目带来了不确定性。", "离开", [], "subject:possessor-unnamed"),
    ("柏文远加入星河科技。星河科技此前创立了云帆研究院。", "创立", [], "subject:org-acts-veto"),
    ("韩立明在信中写道,一手组建推荐团队的宋雨桐,将在明年初离开星河科技。", "离开", ["宋雨桐"], "subject:relative-name-before"),
    # A roster line's head the name stage missed (苟) is its clause's subject, not the line before's.
    ("云帆科技宣布多位高管加盟:\n- 柏文远,首席执行官;\n- 苟嘉禾,首席技术官,此前为星河科技技术总监;", "此前为", ["苟嘉禾"], "subject:roster-line-head"),
    ("柏文远在谷歌工作多年,随后加入星河科技。", "加入", ["柏文远"], "subject:dropped"),
    ("这是继首席运营官柏文远之后,离开星河科技的又一位高管。", "离开", ["柏文远"], "subject:predecessors"),
    ("研究所所长:柏文远(原任副所长,接替届龄退休的宋雨桐)", "退休", ["宋雨桐"], "subject:replaced-one"),
    ("星河科技副总裁柏文远接任负责人。\n大家好,我将调往星河云负责新业务。", "调往", [], "subject:first-person"),
    ("柏文远卸任星河科技总裁,由一位老将接任。", "接任", [], "subject:by-agent"),
    ("2008年,柏文远跟着宋雨桐离开了百度。", "离开", ["柏文远", "宋雨桐"], "subject:follower-and-led"),
    ("柏文远加入百度。2023年起,百度下属的语音组先后被转入腾讯。", "转入", [], "subject:unit-passive"),
    ("柏文远加入百度。他说,当时的年轻研究人员能够进入腾讯就好比朝圣。", "进入", [], "subject:generic-people"),
    ("宋雨桐升任董事长后风波不断。以宋雨桐任内的柏文远来说,从百度离开后加入谷歌。", "加入", ["柏文远"], "subject:as-for-topic"),
    ("星河银行总经理一职由董事长柏文远暂代;至于新任总经理人选,预计将在4月底前正式就任。", "就任", [], "subject:new-topic"),
]


def _asked(view, text: str, verb: str):
    read = view(text)
    trigger, sentence, clause = trigger_at(read, verb)
    return read, sentence, clause, trigger.start_char


def test_the_person_frames_run_the_subject_strategies_in_their_order():
    assert PERSON_SUBJECT == tuple(rule for rules, _ in SUBJECT_STRATEGIES for rule in rules)
    assert len(set(PERSON_SUBJECT)) == len(PERSON_SUBJECT)
    assert all(FRAMES[kind].subjects[: len(PERSON_SUBJECT)] == PERSON_SUBJECT for kind in ("join", "leave", "found", "serve"))
    assert {rule for *_, rule in SUBJECT_CASES} == set(PERSON_SUBJECT)  # every strategy has its case


@pytest.mark.parametrize(("text", "verb", "people", "rule"), SUBJECT_CASES)
def test_each_subject_strategy_finds_its_people(view, text, verb, people, rule):
    found = subject_ruled(*_asked(view, text, verb))
    assert isinstance(found, Subject)
    assert ([p.text for p in found.people], found.rule) == (people, rule)


@pytest.mark.parametrize(("text", "verb", "people", "rule"), SUBJECT_CASES)
def test_no_earlier_subject_strategy_decides_where_a_later_one_does(view, text, verb, people, rule):
    """Run by hand in list order: every strategy before the one that holds the rule
    passes (None); that one decides, with the rule."""
    read, sentence, clause, start = _asked(view, text, verb)
    deciding = next(i for i, (rules, _) in enumerate(SUBJECT_STRATEGIES) if rule in rules)
    named = named_in_clause(read, clause, start)
    outcomes = [strategy(read, sentence, clause, start, *named) for _, strategy in SUBJECT_STRATEGIES[: deciding + 1]]
    assert outcomes[:-1] == [None] * deciding
    assert outcomes[-1][1] == rule


def test_subject_list_order_is_priority(view):
    # `他的离开`: a pronoun and a possessed move both fit; the pronoun, listed first, decides.
    read, sentence, clause, start = _asked(view, "柏文远很受器重。而他的离开,给项目带来了不确定性。", "离开")
    possessor = {rules[0]: strategy for rules, strategy in SUBJECT_STRATEGIES}["subject:possessor-unnamed"]
    assert possessor(read, sentence, clause, start, *named_in_clause(read, clause, start)) == ([], "subject:possessor-unnamed")
    assert PERSON_SUBJECT.index("subject:pronoun") < PERSON_SUBJECT.index("subject:possessor-unnamed")
    found = subject_ruled(read, sentence, clause, start)
    assert ([p.text for p in found.people], found.rule) == (["柏文远"], "subject:pronoun")


def test_the_kin_veto_comes_before_the_speaker(view):
    # `王某之妻透露其已离职`: the only name is followed by a kin word: nobody, not 王某.
    read, sentence, clause, start = _asked(view, "柏文远之妻透露其已于上月离职。", "离职")
    assert named_in_clause(read, clause, start) == ([], True)
    assert subject_ruled(read, sentence, clause, start) == ([], "subject:kin-veto")


# 和/与/跟 before the verb: a relative clause on the name after 的 (subject:partner-relative),
# or a coordination / a partner that is no name after 的 (the name before moves).
PARTNER_CASES = [
    ("柏文远与上月刚离开百度的宋雨桐一起创办了新公司。", "离开", ["宋雨桐"], "subject:partner-relative"),
    ("柏文远跟今年离开阿里巴巴的前同事宋雨桐共同创业。", "离开", ["宋雨桐"], "subject:partner-relative"),
    ("柏文远和宋雨桐都在去年离开了百度。", "离开", ["柏文远", "宋雨桐"], "subject:clause"),
    ("柏文远和妻子一起离开了百度。", "离开", ["柏文远"], "subject:clause"),
    ("柏文远与百度在去年分道扬镳。", "分道扬镳", ["柏文远"], "subject:clause"),
    # 连同/外加 close a list after a comma as 以及 does (subject:list-across-comma).
    ("柏文远、宋雨桐,连同执行总监韩立明也都已请辞。", "请辞", ["柏文远", "宋雨桐", "韩立明"], "subject:list-across-comma"),
    ("柏文远離職後,連同總監韓立明一起加入了騰訊。", "加入", ["韓立明"], "subject:clause"),
]


@pytest.mark.parametrize(("text", "verb", "people", "rule"), PARTNER_CASES)
def test_partner_relatives_and_list_adders(view, text, verb, people, rule):
    found = subject_ruled(*_asked(view, text, verb))
    assert ([p.text for p in found.people], found.rule) == (people, rule)
