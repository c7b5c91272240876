"""Rules written for career news about carmakers, autonomous driving and robotics
(the autos probe): the one reported to is no topic (report-to), a verb made a noun by
的/其 takes no object (nominal-verb-predicate), 和 between two organizations names no
co-founder, a count of companies is no company's name, and a carmaker's name before
汽车 that no lexicon knows (OrgPatternFinder._brand).

Every sentence here is invented; each row says the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # report-to: 向…董事长X汇报 governs X; the next sentence's dropped subject is the clause's topic.
        (
            "韩立明是星河汽车的智驾副总裁,向星河汽车董事长陆远直接汇报。自2019年加入星河汽车,主导了三代平台的交付。",
            {("韩立明", "join", "星河汽车")},
            {("陆远", "join", "星河汽车")},
        ),
        # counter: without 向 the name is the one who acts (no report-to lead).
        (
            "陆远直接汇报给了董事会。自2019年加入星河汽车,他主导了三代平台。",
            {("陆远", "join", "星河汽车")},
            set(),
        ),
    ],
)
def test_the_one_reported_to_is_no_topic(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # nominal-verb-predicate: 他的离开是 Y 的一部分: Y is no object of 离开.
        (
            "即将卸任的韩立明于2016年入主百度,他的离开是腾讯大范围人事调整的一部分。",
            {("韩立明", "join", "百度")},
            {("韩立明", "leave", "腾讯")},
        ),
        (
            "星河汽车副总裁韩立明上月离职,他的离职让蔚来失去了一位重要的合作伙伴。",
            {("韩立明", "leave", "星河汽车")},
            {("韩立明", "leave", "蔚来")},
        ),
        # counter: a plain 离开 still takes its object.
        ("韩立明离开百度后加入了腾讯。", {("韩立明", "leave", "百度"), ("韩立明", "join", "腾讯")}, set()),
    ],
)
def test_a_verb_made_a_noun_takes_no_object(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # 和 between Waymo and Momenta joins organizations: the founder is only the subject.
        (
            "星河首席运营官陆远去年做了一家机器人公司的联合创始人;先后在Waymo和Momenta工作过的韩立明则创立了云帆科技。",
            {("韩立明", "join", "云帆科技"), ("韩立明", "leave", "Waymo")},
            {("陆远", "join", "云帆科技")},
        ),
        # counter: 与 before a person still names a co-founder.
        ("韩立明与陆远共同创立了云帆科技。", {("韩立明", "join", "云帆科技"), ("陆远", "join", "云帆科技")}, set()),
    ],
)
def test_and_between_organizations_names_no_cofounder(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(
    ("text", "present", "absent_orgs"),
    [
        # 过 and a count of companies (2家) close a name to the left: no organization 过2家科技公司.
        ("加入蔚来前,韩立明曾任百度首席工程师,还与人联合创办过3家软件公司。", {("韩立明", "join", "蔚来")}, {"过3家软件公司", "3家软件公司"}),
        ("陆远先后创办了3家公司,2020年加入小米。", {("陆远", "join", "小米")}, {"3家公司"}),
    ],
)
def test_a_count_of_companies_is_no_name(nlp, text, present, absent_orgs):
    got = facts(nlp, text)
    assert present <= got, got
    assert not {org for _, _, org in got} & absent_orgs, got


@pytest.mark.parametrize(
    ("text", "present", "absent_orgs"),
    [
        # A carmaker no lexicon knows: one or two words before 汽车.
        ("韩立明已正式入职星驰汽车,担任首席执行官。", {("韩立明", "join", "星驰汽车")}, set()),
        ("陆远卸任澜沧金驹汽车董事长,回到百度。", {("陆远", "leave", "澜沧金驹汽车")}, set()),
        # a known group's name leads the carmaker's: one organization, not two.
        ("2006年,韩立明回国加盟华晨星驹汽车任副总裁。", {("韩立明", "join", "华晨星驹汽车")}, {"华晨", "星驹汽车"}),
        # 投身 an organization is a join; 投身 a field gives nothing.
        ("2018年,陆远投身吉利控股集团任研发副总裁。", {("陆远", "join", "吉利控股集团")}, set()),
        ("陆远离开百度后投身机器人行业。", {("陆远", "leave", "百度")}, {"机器人行业"}),
        # counters: a description, a place, a known name before 汽车 name no carmaker.
        ("韩立明离开百度后,加入了一家新能源汽车企业。", {("韩立明", "leave", "百度")}, {"新能源汽车"}),
        ("韩立明加入了中国汽车行业的一家初创企业。", set(), {"中国汽车"}),
        ("韩立明负责华为汽车业务。", set(), {"华为汽车"}),
        ("星河集团旗下四家汽车相关企业的董事长韩立明已于上月退休。", set(), {"四家汽车"}),
        # 机器人 ends a robot maker's name the same way; a kind of robot names none.
        ("韩立明离开蔚来后创办了星岚机器人。", {("韩立明", "join", "星岚机器人")}, set()),
        ("韩立明离开蔚来后研发过四足机器人,后加入云帆机器人。", {("韩立明", "join", "云帆机器人")}, {"四足机器人"}),
        # 老东家 describes the carmaker after it; it is no part of its name.
        ("陆远时隔两年重返老东家云帆汽车,担任高级副总裁。", {("陆远", "join", "云帆汽车")}, {"老东家云帆汽车"}),
    ],
)
def test_a_carmakers_name_before_qiche(nlp, text, present, absent_orgs):
    got = facts(nlp, text)
    assert present <= got, got
    assert not {org for _, _, org in got} & absent_orgs, got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # future-post: 将取代/接替 B 担任 is an announced join (B's leave by the successor rule).
        ("星河汽车战略总监韩立明将取代陆远担任云帆汽车首席执行官一职。", {("韩立明", "join", "云帆汽车")}, set()),
        ("星河战略总监Mira Holt将接替Daniel Okafor担任百度CEO一职。", {("Mira Holt", "join", "百度")}, set()),
        # counter: a post held now (现) is no move.
        ("韩立明现接替陆远担任百度CEO。", set(), {("韩立明", "join", "百度")}),
        # earlier-only-clause: `在此之前,` puts the post of the next clause in the past.
        ("韩立明自2015年加入星河汽车,主导了平台交付。在此之前,他任职于云帆集团。", {("韩立明", "leave", "云帆集团")}, set()),
        # 上述公司 points back; it is no organization's name.
        (
            "有报道称星河汽车高级副总裁韩立明已提出离职。关于上述公司高管要离开一事,星河汽车相关负责人予以否认。",
            set(),
            {("韩立明", "leave", "上述公司")},
        ),
        # 分校 ends a school's name: 柏克莱 is no person.
        ("韩立明拥有加州大学柏克莱分校的博士学位,他的离职让百度措手不及。", set(), {("柏克莱", "leave", "百度")}),
    ],
)
def test_replacing_posts_earlier_clauses_and_pointing_names(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(
    ("text", "present", "absent_orgs"),
    [
        # 奇瑞集团: a known name before 集团 names the group; the word after it is no company's name.
        ("陆远即将卸任华晨董事长,回奇瑞集团任新职。", {("陆远", "leave", "华晨")}, {"任新职"}),
    ],
)
def test_a_known_group_name_takes_no_apposition(nlp, text, present, absent_orgs):
    got = facts(nlp, text)
    assert present <= got, got
    assert not {org for _, _, org in got} & absent_orgs, got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # 学习 at a school is schooling (cues.tsv): the school is no employer left.
        ("韩立明曾在清华大学学习计算机,后加入星驰汽车。", {("韩立明", "join", "星驰汽车")}, {("韩立明", "leave", "清华大学")}),
        # counter: teaching there is a post.
        ("韩立明曾在清华大学任教,后加入百度。", {("韩立明", "leave", "清华大学"), ("韩立明", "join", "百度")}, set()),
        # counter: 学习 far from a school (机器人学习) takes nothing away.
        ("韩立明在机器人学习领域声誉卓著,他已离开特斯拉并加入Meta。", {("韩立明", "leave", "特斯拉"), ("韩立明", "join", "Meta")}, set()),
    ],
)
def test_studying_at_a_school_is_no_post(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


def test_a_word_opening_with_a_title_is_no_unknown_organization(nlp):
    # jieba's 社长兼 opens with the title 社长: no organization 社长兼.
    got = facts(nlp, "星驰汽车官宣人事调整,现任首席财务官陆远将出任社长兼CEO。")
    assert not {org for _, _, org in got} & {"社长兼"}, got


@pytest.mark.parametrize(
    ("text", "present", "absent_orgs"),
    [
        # 赴X任Y: going to X to take a post is a join (needs-post).
        ("韩立明后来赴云帆大学任汽车研究院院长。", {("韩立明", "join", "云帆大学")}, set()),
        # counters: no post after it, no record.
        ("韩立明毕业于浙江大学,后赴美国斯坦福大学攻读博士学位。", set(), {"斯坦福大学"}),
        ("韩立明赴百度参加会议。", set(), {"百度"}),
    ],
)
def test_going_to_take_a_post(nlp, text, present, absent_orgs):
    got = facts(nlp, text)
    assert present <= got, got
    assert not {org for _, _, org in got} & absent_orgs, got
