"""Résumé slots (pipeline/relations/resume_slots.py): employers the lexicon does not know, read
from their place in a résumé line. Invented sentences and invented company names;
each pattern has its counter-examples."""

from __future__ import annotations

import pytest

from fact_sets import moves as facts, records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 早年任职于A,后加入B: the past post is left, the next one joined.
        ("陈立早年任职于金蝉电子,后加入青柠网络,2020年创立星澜智能科技有限公司。",
         {("陈立", "金蝉电子", ""), ("陈立", "", "青柠网络")}),
        # 曾在A、B等公司任职: every employer of the list is left.
        ("陈立曾在金蝉电子、青柠网络等公司任职,2020年加入理想汽车。",
         {("陈立", "金蝉电子", ""), ("陈立", "青柠网络", "")}),
        # 先后在A和B工作.
        ("陈立先后在金蝉电子和青柠网络工作。", {("陈立", "金蝉电子", ""), ("陈立", "青柠网络", "")}),
        # 此前是X的CEO: the name after its description (英国AI初创公司).
        ("陈立此前是英国AI初创公司Lumeno的CEO。", {("陈立", "Lumeno", "")}),
        # 曾任A的X、B的Y: the post list's later item opens on its own unknown employer.
        ("陈立曾任金蝉电子品牌设计师、青柠科技创意总监,后加入理想汽车。",
         {("陈立", "金蝉电子", ""), ("陈立", "青柠科技", "")}),
    ],
)
def test_unknown_employers_in_resume_slots(nlp, text, expected):
    assert expected <= facts(nlp, text)


def test_slot_records_name_their_rule(nlp):
    # After a verb frame (任职于, 加入) the unknown-organization stage reads the
    # name first; the record names that rule instead: one rule, not two, per inference.
    got = records(nlp, "陈立早年任职于金蝉电子,后加入青柠网络。")
    assert got and all({"org:resume-slot", "org:unknown-after-verb", "org:name-and-head"} & set(rules) for *_, rules in got)


def test_a_region_after_the_company_names_its_branch(nlp):
    # 转战X亚太…分析师: the employer is the company, its region a branch.
    got = facts(nlp, "陈立2015年进入金蝉证券任分析师,后来转战青柠证券亚太半导体分析师。")
    assert any(to_org == "青柠证券" for _, _, to_org in got)


def test_a_two_character_name_keeps_the_kind_word_the_title_took(nlp):
    # jieba and the title list read 联星|半导体总经理; the company is 联星半导体.
    got = facts(nlp, "陈立过去曾担任联星半导体总经理,2010年回到联电。")
    assert ("陈立", "联星半导体", "") in got


@pytest.mark.parametrize(
    "text",
    [
        "陈立担任自动驾驶负责人。",  # a field, not an employer
        "陈立加入研发团队担任经理。",  # a team named by its function
        "陈立任职于一家创业公司,后加入理想汽车。",  # a description, no name
        "陈立曾短暂加入小米机器人团队担任外部顾问。",  # a rank word before the title
        "陈立的目标是在家庭环境中长期工作。",  # 在…工作 with no mark of the past: no list of employers
        "陈立曾经在外资圈任职。",  # a sector
        "陈立决定辞去公司第六届董事会董事长职务。",  # a board
        "宏达电公告,先前担任该公司智能手机事业处总经理的陈立离职。",  # a unit of the company named before
    ],
)
def test_slots_that_name_no_employer(nlp, text):
    named = {org for _, from_org, to_org in facts(nlp, text) for org in (from_org, to_org) if org}
    assert named <= {"理想汽车", "小米机器人团队", "小米", "宏达电"}


def test_a_post_slot_needs_a_name_not_a_kind_of_post(nlp):
    # 任职策略顾问: two Chinese characters before a title are a kind of post, not an employer.
    got = facts(nlp, "韦立1998年加入英特尔公司任高级设计工程师,其后在微软任职策略顾问。")
    assert not any(org == "策略" for fact in got for org in fact[1:])


# --- the next post of a résumé (served._next_post) ---------------------


def test_the_next_post_after_a_join_joins_it_and_leaves_the_first(nlp):
    got = records(nlp, "韦立1998年加入英特尔公司任高级设计工程师,其后在微软任职策略顾问。")
    moved = [r for r in got if r[2] == "微软"]
    assert [(r[1], r[3]) for r in moved] == [("英特尔公司", "策略顾问")]
    assert "frame:then-post" in moved[0][4]


def test_the_next_post_at_the_same_employer_is_no_move(nlp):
    got = facts(nlp, "韦立1998年加入英特尔公司,其后在英特尔中国任职总监。")
    assert got == {("韦立", "", "英特尔公司")}


def test_the_first_job_held_since_graduation_is_joined_then_and_left_for_the_next(nlp):
    got = records(nlp, "2003年,韦立博士毕业于清华大学后,一直在微软工作。2016年,韦立加入百度。")
    assert ("韦立", "", "微软") in {r[:3] for r in got}
    first = next(r for r in got if r[2] == "微软")
    assert "frame:since-schooling" in first[4]
    assert ("韦立", "微软", "") in {r[:3] for r in got}


@pytest.mark.parametrize(
    "text",
    [
        "韦立一直在微软工作。",  # a post held, no schooling before it: no change told
        "2003年,韦立离开清华大学后,一直在微软工作。",  # no schooling ended there
        "其后在微软任职的韦立表示满意。",  # 其后 with no join before it
    ],
)
def test_posts_held_with_no_step_before_them(nlp, text):
    assert not [fact for fact in facts(nlp, text) if fact[2] == "微软"]


def test_an_unknown_first_item_of_a_list_after_a_yu_verb(nlp):
    # 任职于A和B: the slot runs to the next item, whose name may be a known one.
    assert {("韦立", "金蝉电子", ""), ("韦立", "银杏科技", "")} <= facts(nlp, "韦立先后任职于金蝉电子和银杏科技。")


# --- 先后 + a join verb over a list (assembly.successive_leaves) -----------------------


def test_joins_one_after_the_other_leave_each_but_the_last(nlp):
    got = records(nlp, "韦立先后加盟腾讯、阿里巴巴。")
    assert {r[:3] for r in got} == {("韦立", "", "腾讯"), ("韦立", "", "阿里巴巴"), ("韦立", "腾讯", "")}
    assert "frame:successive-list" in next(r for r in got if r[1] == "腾讯")[4]


@pytest.mark.parametrize(
    "text",
    [
        "韦立加盟腾讯、阿里巴巴。",  # no 先后: the joins may be at once (a post and a board seat)
        "韦立和陈立先后加盟腾讯。",  # 先后 orders the people, one organization
    ],
)
def test_joins_not_in_succession_leave_nothing(nlp, text):
    assert not [fact for fact in facts(nlp, text) if fact[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later post at the same employer is no second join
        ("韦立于1986年加入日产汽车,2019年担任日产汽车的副总裁。", {("韦立", "", "日产汽车")}),
        # schooling is no résumé line: the join after it has no earlier employer to follow
        ("陈立毕业于星河理工学院,后加入青柠网络,担任工程师。", {("陈立", "", "青柠网络")}),
        # a post at a school is a job: left for the next one
        ("陈立早年任职于星河理工学院,后加入青柠网络。", {("陈立", "星河理工学院", ""), ("陈立", "", "青柠网络")}),
    ],
)
def test_same_employer_and_schooling_in_resumes(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A post list after a join in the same sentence is held at the employer joined:
        # 智能终端行销, 办公软件, 云服务 are its units (slot-earlier-mark has no match between).
        "陈立2003年加入星河科技,历任云存储产品总监、智能终端行销副总裁等职。",
        "陈立2003年加入星河科技,历任办公软件高级产品总监、云服务事业部负责人。",
    ],
)
def test_units_of_the_employer_are_no_slots(nlp, text):
    assert not [f for f in facts(nlp, text) if f[1]]  # nothing left: no unit read as an employer


def test_an_earlier_time_after_the_join_still_names_an_employer(nlp):
    # 此前 marks an earlier post: the slot is the employer left.
    assert ("陈立", "北辰电子", "") in facts(nlp, "陈立加入星河科技,此前曾任北辰电子副总裁。")
