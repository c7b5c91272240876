"""A company's name written after a description of it (described_orgs.py, rule
org:name-after-description): the name is the organization, the description never is.

Every sentence here is invented; each row says the facts that must come out and the
ones that must not.
"""

from __future__ import annotations

import pytest

from fact_sets import facts


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A quoted name after a description head: the quotes close the name.
        pytest.param(
            "前星海汽车副总裁韩立明已加盟固态电池初创公司“澜石新能源”，出任首席技术官。",
            {("韩立明", "join", "澜石新能源")}, {("韩立明", "join", "固态电池初创公司")}, id="quoted-after-company",
        ),
        pytest.param(
            "首席设计官韩立明则创办了自己的设计工作室“半亩设计”。",
            {("韩立明", "join", "半亩设计")}, {("韩立明", "join", "设计工作室")}, id="quoted-after-studio",
        ),
        pytest.param(
            "韩立明已离开星河资本，与前同事联合创办早期医疗基金“澄川资本”。",
            {("韩立明", "join", "澄川资本")}, {("韩立明", "join", "早期医疗基金")}, id="quoted-after-fund",
        ),
        pytest.param(
            "韩立明离职后创办了一家做端侧推理的公司“清溪智能”。",
            {("韩立明", "join", "清溪智能")}, set(), id="quoted-after-clause-description",
        ),
        # An unquoted name: a suffix closes it, or Latin words run on.
        pytest.param(
            "港股上市的在线教育公司学海控股公告，联席公司秘书韩立明已辞任。",
            {("韩立明", "leave", "学海控股")}, {("韩立明", "leave", "在线教育公司")}, id="name-closed-by-legal-form",
        ),
        pytest.param(
            "A股上市公司岚拓科技(300512)发布公告，聘任韩立明为公司总经理。",
            {("韩立明", "join", "岚拓科技")}, {("韩立明", "join", "A股上市公司岚拓科技")}, id="listed-company-description",
        ),
        pytest.param(
            "手机结构件供应商达丰盛科技昨日公布，韩立明已辞任公司财务总监。",
            {("韩立明", "leave", "达丰盛科技")}, {("韩立明", "leave", "手机结构件供应商达丰盛科技")}, id="supplier-description",
        ),
        pytest.param(
            "前星海汽车工程师韩立明离职，将加入荷兰储能初创公司Polder Grid。",
            {("韩立明", "join", "Polder Grid")}, {("韩立明", "join", "Polder")}, id="latin-words",
        ),
        # One space parts the description from a Latin name (org:name-after-description).
        pytest.param(
            "韩立明此前是丹麦AI公司 Velmora 的首席执行官，今年加入星河科技。",
            {("韩立明", "leave", "Velmora")}, {("韩立明", "leave", "丹麦AI公司")}, id="latin-name-after-a-space",
        ),
        pytest.param(
            "前星海汽车工程师韩立明离职，将加入芬兰储能初创公司 Kallio Grid 担任研发总监。",
            {("韩立明", "join", "Kallio Grid")}, {("韩立明", "join", "芬兰储能初创公司")}, id="latin-words-after-a-space",
        ),
        # A big manufacturer (大厂) or a carmaker (车企) before the name: heads no suffix rule reads.
        pytest.param(
            "韩立明已加盟动力电池大厂 Torvik，出任首席技术官。",
            {("韩立明", "join", "Torvik")}, {("韩立明", "join", "动力电池大厂")}, id="latin-name-after-big-maker",
        ),
        pytest.param(
            "星海汽车前总裁韩立明宣布加入新能源车企VOLTIS，出任全球总裁。",
            {("韩立明", "join", "VOLTIS")}, set(), id="latin-name-after-carmaker",
        ),
        # An acronym before a title is part of the title, no company named after the description.
        pytest.param(
            "星河科技宣布，搜索公司HRBP主管韩立明已于上月离职。",
            set(), {("韩立明", "leave", "HRBP")}, id="acronym-before-a-title",
        ),
        pytest.param(
            "韩立明2021年离职，随后创办了一家AI制药公司川衍生物。",
            {("韩立明", "join", "川衍生物")}, set(), id="name-after-a-counted-company",
        ),
        # A kind of company glued before the name (kind_before_name_heads): the name starts after it.
        pytest.param(
            "前星河证券副总裁韩立明已转投网络银行澄川银行，出任首席风险官。",
            {("韩立明", "join", "澄川银行")}, {("韩立明", "join", "网络银行"), ("韩立明", "join", "银行澄川银行")},
            id="kind-bank-before-name",
        ),
        pytest.param(
            "韩立明加盟了储能企业岚石新能源集团有限公司，担任财务总监。",
            {("韩立明", "join", "岚石新能源集团有限公司")}, {("韩立明", "join", "储能企业岚石新能源集团有限公司")},
            id="kind-enterprise-before-name",
        ),
        pytest.param(
            "韩立明离开星海汽车后，转投自动驾驶新创澜驰科技担任技术长。",
            {("韩立明", "join", "澜驰科技")}, {("韩立明", "join", "自动驾驶新创澜驰科技")}, id="kind-startup-before-name",
        ),
        pytest.param(
            "韩立明2018年离职创办图像识别公司镜澄的故事广为流传。",
            {("韩立明", "join", "镜澄")}, set(), id="name-closed-by-de",
        ),
        pytest.param(
            "韩立明今年初加入头部MCN澜映传媒，负责直播电商业务。",
            {("韩立明", "join", "澜映传媒")}, {("韩立明", "join", "头部MCN澜映传媒")}, id="kind-mcn-before-name",
        ),
        pytest.param(
            "韩立明去年加入晶片設計廠岳昕半導體，擔任副總經理。",
            {("韩立明", "join", "岳昕半導體")}, {("韩立明", "join", "廠岳昕半導體")}, id="kind-design-fab-before-name",
        ),
        pytest.param(
            "韩立明出任国资平台云岭省产业投资有限公司董事长。",
            {("韩立明", "join", "云岭省产业投资有限公司")}, {("韩立明", "join", "国资平台云岭省产业投资有限公司")},
            id="place-opens-registered-name-after-kind",
        ),
        # Counter-examples: an everyday word or a place after the kind is part of one name.
        pytest.param(
            "韩立明调任星河银行云岭省分行行长。",
            set(), {("韩立明", "join", "云岭省分行")}, id="bank-branch-stays-whole",
        ),
        pytest.param(
            "韩立明已出任星河企业管理有限公司总经理。",
            {("韩立明", "join", "星河企业管理有限公司")}, {("韩立明", "join", "管理有限公司")}, id="enterprise-inside-a-name",
        ),
        pytest.param(
            "韩立明调任星河银行信用卡中心总经理。",
            set(), {("韩立明", "join", "信用卡中心")}, id="bank-unit-stays-whole",
        ),
    ],
)
def test_the_name_after_a_description_is_the_organization(nlp, text, present, absent):
    got = facts(nlp, text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # The quoted word modifies what follows: no name in apposition.
        pytest.param("星河公司“双十一”大促期间，韩立明离职。", ("韩立明", "leave", "双十一"), id="quoted-modifier"),
        # An everyday word in quotes is an event, not a company.
        pytest.param("星河公司“裁员”，韩立明离职。", ("韩立明", "leave", "裁员"), id="quoted-event"),
        # A kind of person after the head is no name.
        pytest.param("云杉公司高管韩立明已于近日离职。", ("韩立明", "leave", "高管"), id="person-noun"),
        # A spaced acronym of a title, or no name after 大厂: nothing in apposition.
        pytest.param("云杉公司 CTO 韩立明已于近日离职。", ("韩立明", "leave", "CTO"), id="spaced-title-acronym"),
        pytest.param("韩立明离开大厂后，加入了云杉公司。", ("韩立明", "leave", "后"), id="big-maker-alone"),
    ],
)
def test_no_name_in_apposition(nlp, text, absent):
    assert absent not in facts(nlp, text)
