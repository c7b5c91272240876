"""What the organization strategies return (organizations.OBJECT_ORGS,
LEAVE_OBJECT_ORGS; join_orgs.JOIN_OBJECT_ORGS, BARE_VERB_ORGS): an `OrgsFound`
record, with `settle_later` set when a bare leave has no organization in sight and
the whole article must name it; each strategy finds its organization on an invented
sentence with its id, the frames list the ids in the lists' order, and list order is
priority. Sentences invented."""

from __future__ import annotations

import pytest
from fact_sets import found_for

from talentflow.relations.bare_leave import BARE_LEAVE_ORGS
from talentflow.relations.draft import Draft
from talentflow.relations.frame_table import FRAMES, JOIN_ORGS, LEAVE_ORGS
from talentflow.relations.join_orgs import BARE_VERB_ORGS, JOIN_OBJECT_ORGS
from talentflow.relations.organizations import LEAVE_OBJECT_ORGS, OBJECT_ORGS


def _taught(view, text: str, known):
    """The article read, with what the extractor would have learnt from `person加入org`
    earlier in it (`known`: (person, org), or None; (person, org, origin) for
    `person从origin跳槽加入org`)."""
    read = view(text)
    if known:
        draft = Draft(known[0], "join", "join", "加入", 0, 2, None)
        draft.to_org = known[1]
        draft.from_org = known[2] if len(known) > 2 else ""
        read.reading.learn([draft])
    return read


# (text, verb, a join taken earlier (person, org) or None, organizations, rule ids);
# one case for every id of OBJECT_ORGS, LEAVE_OBJECT_ORGS and JOIN_OBJECT_ORGS.
ORG_CASES = [
    ("柏文远已于上月离开ICONIQ。", "离开", None, ["ICONIQ"], ["org:latin-object"]),
    ("柏文远加盟了MONDO Tech。", "加盟", None, ["MONDO Tech"], ["org:latin-object"]),  # an all-capital word: no frame guess (unknown_orgs.py)
    ("柏文远已于上月离开Velora香港。", "离开", None, ["Velora香港"], ["org:latin-object"]),  # a branch named by its place
    ("柏文远已于上月离开Velora中国区。", "离开", None, ["Velora"], ["org:latin-object"]),  # a region, no branch
    ("柏文远与星河科技分道扬镳。", "分道扬镳", None, ["星河科技"], ["org:partner-before-verb"]),
    ("柏文远2023年离开了这家公司。", "离开", ("柏文远", "星河科技"), ["星河科技"], ["org:anaphor-affiliation"]),
    ("数标科技被百度收购,柏文远也离开了这家公司。", "离开", None, ["数标科技"], ["org:anaphor-sentence-topic"]),
    ("柏文远曾在清华大学任教,后离开了母校。", "离开", None, ["清华大学"], ["org:anaphor-school"]),
    ("星河科技发布新品。柏文远随后离开了该公司。", "离开", None, ["星河科技"], ["org:anaphor-company"]),
    ("星河科技公告称,柏文远已离开公司。", "离开", None, ["星河科技"], ["org:anaphor-own"]),
    ("柏文远曾任英特尔高级工程师、高通产品总监。", "曾任", None, ["英特尔", "高通"], ["org:post-list"]),
    ("柏文远已于上月离开华为。", "离开", None, ["华为"], ["org:after-verb"]),
    ("柏文远已从华为离职。", "离职", None, ["华为"], ["org:from-marker"]),
    ("柏文远在华为离职。", "离职", None, ["华为"], ["org:located"]),
    ("柏文远已向美团提出辞职。", "辞职", None, ["美团"], ["org:resigned-to"]),
    ("据悉,柏文远已于上月离职。", "离职", ("柏文远", "星河科技"), ["星河科技"], ["org:last-joined"]),
    # after_move.py: the move told again leaves its origin; a leave before a join of the same place leaves nothing named.
    ("柏文远的离职引发猜测。", "离职", ("柏文远", "腾讯", "百度"), ["百度"], ["org:move-origin"]),
    ("柏文远先是宣布辞职,到了6月却正式加入了腾讯。", "辞职", ("柏文远", "腾讯"), [], ["org:not-joined-later", "org:none"]),
    ("星河科技副总裁柏文远在微博发文宣布离职。", "离职", None, ["星河科技"], ["org:posted-on", "org:describing-name"]),
    ("柏文远,星河科技的创始人,2005年离开,加入谷歌。", "离开", None, ["星河科技"], ["org:appositive-title"]),
    ("柏文远从百度跳槽至腾讯。", "跳槽至", None, ["腾讯"], ["org:after-verb", "from:from-marker"]),
    ("柏文远创办一家人工智能公司,新公司名为\"星河科技\"。", "创办", None, ["星河科技"], ["org:named-later"]),
    ("柏文远曾在腾讯实习。", "实习", None, ["腾讯"], ["org:intern-place"]),
    ("柏文远2014年到星河科技报到。", "报到", None, ["星河科技"], ["org:reported-at"]),
    ("北辰科技宣布柏文远出任首席技术官。", "出任", None, ["北辰科技"], ["org:announcer"]),
    ("北辰科技宣布新一轮组织调整:宋雨桐出任首席架构师,柏文远出任首席技术官。", "出任", None, ["北辰科技"], ["org:announced-list"]),
    # Staying on at the school studied at.
    ("柏文远2012年从东岳理工大学博士毕业后留校任教。", "留校", None, ["东岳理工大学"], ["org:stayed-at-school"]),
    # A round-up item opening on an organization and a colon.
    ("· 北辰科技:前云杉资本合伙人柏文远正式到岗,出任首席财务官。", "出任", None, ["北辰科技"], ["org:item-head"]),
    ("星河科技宣布调整架构,由原华为总监柏文远出任负责人。", "出任", None, ["星河科技"], ["org:by-sentence-opening"]),
    ("星河科技发布新品,星河科技股价大涨。据悉,由原华为总监柏文远出任负责人。", "出任", None, ["星河科技"], ["org:by-article-topic"]),
    # after_move.py: a leave told with where the person went after it (`离职后去向`) is not of that place.
    ("柏文远宣布加盟腾讯,为猜测柏文远离职后去向的传言画上了句号。", "离职", ("柏文远", "腾讯"), [], ["org:destination-after-leave", "org:none"]),
    ("星河科技近日完成融资。这家成立仅半年的公司由柏文远与宋雨桐联合创立。", "联合创立", None, ["星河科技"], ["org:anaphor-announcer"]),
    ("小米副总裁柏文远升任总裁。", "升任", None, ["小米"], ["org:within-describing"]),
    ("星河资本的第三位合伙人柏文远将于6月正式到岗。", "到岗", None, ["星河资本"], ["org:arrival-describing"]),
    # Arrivals listed one a line: the organization of the lead paragraph.
    ("星河资本近期引进多名人才。以下人员已于5月到岗:\n一、柏文远,任投资总监;\n二、宋雨桐,任财务总监。", "到岗", None, ["星河资本"], ["org:arrival-roster-lead"]),
    ("2021年,柏文远升任总裁。", "升任", ("柏文远", "星河科技"), ["星河科技"], ["org:within-last-joined"]),
    ("柏文远随后加入了该公司。", "加入", ("柏文远", "星河科技"), ["星河科技"], ["org:anaphor-affiliation"]),
    ("柏文远毕业于清华大学。2020年,他回到母校任教。", "回到", None, ["清华大学"], ["org:anaphor-school"]),
    ("星河科技发布新品。柏文远随后加入了该公司。", "加入", None, ["星河科技"], ["org:anaphor-company"]),
    ("星河科技宣布,以下高管已加入公司:\n柏文远,前阿里巴巴云计算负责人", "加入", None, ["星河科技"], ["org:anaphor-own"]),
    # A successor verb with no object: the post an earlier clause saw left (org:succeeds-leaver).
    ("星河科技总裁柏文远离任,原北辰科技总裁宋雨桐接任。", "接任", None, ["星河科技"], ["org:succeeds-leaver"]),
    (
        "星河科技近日有多位新高管加入,名单如下:\n柏文远,前阿里巴巴技术负责人\n宋雨桐,前腾讯产品负责人",
        "加入", None, ["星河科技"], ["org:roster-topic"],
    ),
    ("百度引入很多新鲜血液——柏文远加盟,宋雨桐回归。", "加盟", None, ["百度"], ["org:bare-verb-hiring"]),
    ("柏文远上月加盟,负责腾讯云业务。", "加盟", None, ["腾讯云"], ["org:bare-verb-led-unit"]),
    ("在百度,那一年变化很多。3月27日,柏文远回归,负责搜索。", "回归", None, ["百度"], ["org:bare-verb-scene"]),
    ("星河科技发布新品。星河科技股价大涨。柏文远回归,负责搜索。", "回归", None, ["星河科技"], ["org:bare-verb-article-topic"]),
    # A 曾任 list going on over clauses that only list posts (org:post-list-clauses).
    ("柏文远曾任联想集团副总裁;华为中国区总经理等职务。", "曾任", None, ["联想集团", "华为"], ["org:post-list", "org:post-list-clauses"]),
    # A join with no object dating the posts after it: the employer describing the name.
    ("理想汽车前总裁柏文远于2021年加入后,先后担任副总裁和总裁。", "加入", None, ["理想汽车"], ["org:bare-verb-describing"]),
    ("星河电子有限公司发布公告称,韦立强已辞任执行董事;宋雨桐获委任为首席财务官。", "获委任为", None, ["星河电子有限公司"], ["org:filing-appointee"]),
    # trigger_orgs' own step on the object: `O的竞争对手P` names P (org:related-object).
    ("柏文远加入谷歌的竞争对手微软。", "加入", None, ["微软"], ["org:after-verb", "org:related-object"]),
    ("柏文远是星河科技离职的又一位高管。", "离职", None, ["星河科技"], ["org:before-leave-relative"]),
    # topic.py: pointing nouns of a kind (该行 a bank, 该所 an institute) and of an employer seen from a move.
    ("星河银行发布年报。柏文远已离开该行。", "离开", None, ["星河银行"], ["org:anaphor-bank"]),
    ("北辰材料研究所成立于2010年。柏文远已离开该所。", "离开", None, ["北辰材料研究所"], ["org:anaphor-institute"]),
    ("柏文远今年重返老东家。", "重返", ("柏文远", "星河科技", "北辰科技"), ["北辰科技"], ["org:anaphor-former-employer"]),
    ("宋雨桐随后也加入了新东家。", "加入", ("柏文远", "星河科技"), ["星河科技"], ["org:anaphor-new-employer"]),
    # 在 + a pointing noun before a leave with no object (topic.located_pointer).
    ("星河科技成立于2015年。柏文远在这家公司工作了八年后离职。", "离职", None, ["星河科技"], ["org:located-company"]),
    ("星河银行发布年报。柏文远在该行任职多年后离开。", "离开", None, ["星河银行"], ["org:located-bank"]),
    ("北辰材料研究所成立于2010年。柏文远在该所工作六年后离开。", "离开", None, ["北辰材料研究所"], ["org:located-institute"]),
    ("柏文远毕业于清华大学,在该校任教十年后离开。", "离开", None, ["清华大学"], ["org:located-school"]),
    # 上述职务 with no leave of the person told: the company the filing's heading names.
    ("星河电子股份有限公司关于董事长辞职的公告。柏文远因个人原因辞去上述职务。", "辞去", ("柏文远", "蔚来"),
     ["星河电子股份有限公司"], ["org:posts-restated", "org:filing-company"]),
]


def _ids(*lists) -> list[str]:
    return [rule for listed in lists for rules, _ in listed for rule in rules]


@pytest.mark.parametrize(("text", "verb", "known", "orgs", "rules"), ORG_CASES)
def test_each_organization_strategy_finds_its_organization(view, text, verb, known, orgs, rules):
    found = found_for(view, text, verb, read=_taught(view, text, known))
    assert ([o.text for o in found.orgs], found.rules) == (orgs, rules)


def test_every_organization_strategy_has_its_case():
    tried = {rule for *_, rules in ORG_CASES for rule in rules}
    bare = {rule for rule, _ in BARE_LEAVE_ORGS}  # their cases: tests/test_frame_table.py
    assert set(_ids(OBJECT_ORGS, LEAVE_OBJECT_ORGS, JOIN_OBJECT_ORGS)) - bare <= tried


def test_the_leave_and_join_frames_run_the_organization_strategies_in_their_order():
    # An id two strategies write keeps its first place; otherwise the lists' order.
    leave = list(dict.fromkeys(_ids(OBJECT_ORGS, LEAVE_OBJECT_ORGS)))
    assert list(LEAVE_ORGS[: len(leave)]) == leave
    assert list(JOIN_ORGS[:3]) == [*_ids(OBJECT_ORGS), "org:after-verb"]
    assert list(JOIN_ORGS[3:-1]) == list(dict.fromkeys(_ids(JOIN_OBJECT_ORGS)))
    assert _ids(JOIN_OBJECT_ORGS)[-len(BARE_VERB_ORGS) :] == _ids(BARE_VERB_ORGS)
    assert all(FRAMES[kind].organizations == JOIN_ORGS for kind in ("join", "found", "intern", "move"))
    assert all(FRAMES[kind].organizations == LEAVE_ORGS for kind in ("leave", "past"))


def test_organization_list_order_is_priority(view):
    # 离开了这家公司 with an employer known: the anaphor-object strategy, listed before
    # the one for pointing nouns, takes the person's employer over the nearest company.
    text = "星河科技发布新品。柏文远随后离开了这家公司。"
    found = found_for(view, text, "离开", read=_taught(view, text, ("柏文远", "北辰科技")))
    assert ([o.text for o in found.orgs], found.rules) == (["北辰科技"], ["org:anaphor-affiliation"])
    # 从华为 and 在小米 both fit a bare 离职: from-marker is listed before located.
    assert found_for(view, "柏文远在小米工作期间从华为离职。", "离职").rules == ["org:from-marker"]
    assert LEAVE_ORGS.index("org:from-marker") < LEAVE_ORGS.index("org:located")
    # 在美团 and 向美团提出辞职: located is listed before resigned-to.
    assert found_for(view, "柏文远在美团工作五年后向美团提出辞职。", "辞职").rules[:1] == ["org:located"]


def test_a_founding_takes_no_product_as_its_organization(view):
    # 创建ChatGPT makes a product: the found frame's object filter drops it, so nothing
    # after the verb; 加入ChatGPT团队 is no such case (a join keeps its object).
    found = found_for(view, "柏文远参与创建了ChatGPT。", "创建")
    assert found.orgs == [] and found.rules[0] == "org:none"


def test_a_bare_leave_takes_the_employer_joined_earlier_in_the_sentence(view):
    # BARE_LEAVE_ORGS' org:joined-in-sentence: 星河科技, joined before the bare 离职.
    text = "柏文远毕业后加入星河科技,2021年离职创业。"
    found = found_for(view, text, "离职", read=_taught(view, text, ("柏文远", "星河科技")))
    assert ([o.text for o in found.orgs], found.rules) == (["星河科技"], ["org:joined-in-sentence"])


def test_a_bare_leave_with_no_organization_in_sight_is_settled_later(view):
    found = found_for(view, "据悉,郑海川已于上月离职。", "离职")
    assert found.settle_later
    assert len(found.orgs) == 1 and found.came_from == []


@pytest.mark.parametrize(
    ("text", "verb", "org", "rule"),
    [
        ("郑海川已于上月离开华为。", "离开", "华为", "org:after-verb"),
        ("林若溪从百度加入腾讯。", "加入", "腾讯", "org:after-verb"),
    ],
)
def test_an_organization_named_is_no_settling(view, text, verb, org, rule):
    found = found_for(view, text, verb)
    assert not found.settle_later
    assert [o.text for o in found.orgs] == [org]
    assert rule in found.rules


def test_a_join_from_an_organization_names_where_it_comes_from(view):
    found = found_for(view, "林若溪从百度加入腾讯。", "加入")
    assert [o.text for o in found.came_from] == ["百度"]
    assert "from:from-marker" in found.rules
