"""The article's topic organization and nouns that point back to one (pipeline/relations/topic.py).

Articles are invented for the test. Each row names the record the construction
must give (person, from_org, to_org) and the rule id it must carry; the
counter-examples give no record of that kind.
"""

from __future__ import annotations

import pytest

import talentflow


def records(nlp, text: str) -> list[tuple[str, str, str, list[str]]]:
    found = talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)
    return [(r.person, r.from_org, r.to_org, r.rules.split()) for r in found]


@pytest.mark.parametrize(
    ("text", "person", "from_org", "to_org", "rule"),
    [
        # The headline names one organization; the body lists leaves without it.
        ("理想汽车人事调整\n自动驾驶负责人郑海川、林若溪均已离职。", "林若溪", "理想汽车", "", "org:headline-topic"),
        ("小米再有高管出走\n林若溪和郑海川先后出走。", "郑海川", "小米", "", "org:headline-topic"),
        # A list item: the name, a colon, then the leave said of it.
        ("月之暗面人事震荡\n- 林若溪:已于1月离职。\n- 郑海川:3月离开。", "郑海川", "月之暗面", "", "subject:item-head"),
        ("月之暗面人事震荡\n月之暗面近期多名高管离职。\n林若溪:已于1月离职\n郑海川:已于3月离职", "林若溪", "月之暗面", "", "org:article-topic"),
        # 该公司 / 这家公司: the nearest company named before.
        ("华为近日发布了新款芯片。郑海川也离开了该公司,去向未明。", "郑海川", "华为", "", "org:anaphor-company"),
        ("理想汽车发布了财报。自动驾驶负责人郑海川已于上月离开这家公司。", "郑海川", "理想汽车", "", "org:anaphor-company"),
        # 这家…的公司: a description may stand between the pointer and the noun.
        ("小米发布了新产品。去年林若溪加入了这家成立仅十年的公司,担任CTO。", "林若溪", "", "小米", "org:anaphor-company"),
        # 公司 after an announcement: the organization that announces.
        ("腾讯近日宣布了一项人事任命:前谷歌研究员林若溪已正式加入公司。", "林若溪", "", "腾讯", "org:anaphor-own"),
        # 公司 alone: the organization the article is about.
        ("华为人事变动\n华为近日发布了新款芯片。郑海川已离开公司。", "郑海川", "华为", "", "org:anaphor-own"),
        # A filing: 辞去公司…职务 leaves the filer, not the place the person also works.
        # (Without a 辞职报告 sentence before it, which would state the leave first.)
        ("小米集团公告\n林若溪因在华为担任顾问职务,决定辞去公司第三届董事会董事、副董事长职务。",
         "林若溪", "小米集团", "", "org:anaphor-own"),
        # 母校 / 该校 with a teaching post: the school the person studied at.
        ("郑海川毕业于清华大学,后来在美国工作多年。今年他回到母校任教。", "郑海川", "", "清华大学", "org:anaphor-school"),
        ("郑海川毕业于清华大学,后来在谷歌工作多年。2024年他加入该校计算机系。", "郑海川", "", "清华大学", "org:anaphor-school"),
        # 该行: a bank named before, not the nearer company joined.
        ("柳清源离开云岭银行后加盟了小米。白文涛于上月离开该行。", "白文涛", "云岭银行", "", "org:anaphor-bank"),
        ("雲嶺銀行發布了年報。副行長邵立衡已離開該行。", "邵立衡", "雲嶺銀行", "", "org:anaphor-bank"),
        # 在该所/在这家公司工作…后离开: where the person worked, before the verb.
        ("远山材料研究所成立于2010年。柳清源在该所工作六年后离开。", "柳清源", "远山材料研究所", "", "org:located-institute"),
        ("华为发布了新款芯片。白文涛在这家公司工作了十年,今年正式离职。", "白文涛", "华为", "", "org:located-company"),
        # 老东家: the employer the person left before; A的前东家: the one A left.
        ("邵立衡2019年离开华为后加入小米。今年3月,邵立衡重返老东家。", "邵立衡", "小米", "华为", "org:anaphor-former-employer"),
        ("邵立衡去年离开华为后加入小米。今年白文涛同样离开了邵立衡的前东家。", "白文涛", "华为", "", "org:anaphor-former-employer"),
        # Items `Name:…离职` under a line that ends on a colon: that line's organization.
        ("本周,华为再次失去两位高管:\n柳清源:本周早些时候离职,曾在小米工作\n白文涛:周四在微博上确认离职", "白文涛", "华为", "", "org:list-lead"),
        ("本周,华为再次失去两位高管:\n柳清源:本周早些时候离职,曾在小米工作\n白文涛:周四确认离职", "柳清源", "华为", "", "org:list-lead"),
        # A round-up item opening on an organization and a colon: a join with no organization of its own.
        ("本周券商人事一览:\n· 鹤山证券:原柳河证券研究所副所长魏晨正式到岗,出任研究所所长。", "魏晨", "", "鹤山证券", "org:item-head"),
        ("2. 星河科技:前云杉资本合伙人邵立衡加盟,出任首席财务官。", "邵立衡", "", "星河科技", "org:item-head"),
        # 新东家: the organization of the last join the article told.
        ("柳清源上月从华为跳槽至小米。不久后,白文涛随即追随他加入了新东家。", "白文涛", "", "小米", "org:anaphor-new-employer"),
    ],
)
def test_topic_organization(nlp, text, person, from_org, to_org, rule):
    found = [r for r in records(nlp, text) if r[0] == person and r[1] == from_org and r[2] == to_org]
    assert found, records(nlp, text)
    assert rule in found[0][3]


def test_item_head_is_not_joined_after_a_leave_in_the_item(nlp):
    """`· 鹤山证券:原副总裁A离职,将加盟一家公募`: A leaves the item's organization and goes elsewhere."""
    found = records(nlp, "· 鹤山证券:原副总裁秦远离职,将加盟一家头部公募。")
    assert not [r for r in found if r[2] == "鹤山证券"], found
    assert [r for r in found if r[1] == "鹤山证券"], found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # An article about two companies has no single topic: the leave names nobody's organization.
        ("小米与华为人事变动\n林若溪和郑海川先后出走。", "林若溪"),
        # 回到母校 without a post is a visit, not a join.
        ("郑海川毕业于清华大学,后来在美国工作多年。今年他回到母校演讲。", "郑海川"),
        # A name with a colon that is a quote, not a list item, is not the subject of what follows.
        ("小米人事调整\n林若溪表示:“不少同行已离职。”", "林若溪"),
        # 该行业 is an industry, not a bank.
        ("白文涛曾在云岭银行任职。邵立衡已离开该行业。", "邵立衡"),
        # A list lead naming two organizations names no topic.
        ("华为与小米联合发布会嘉宾如下:\n邵立衡:已于上月离职\n柳清源:现任首席执行官", "邵立衡"),
        # 在公司工作 names no organization of its own.
        ("邵立衡在公司工作了十年,今年正式离职。", "邵立衡"),
    ],
)
def test_no_topic_organization(nlp, text, person):
    assert not [r for r in records(nlp, text) if r[0] == person], records(nlp, text)


def test_unknown_former_employer_is_no_guess(nlp):
    """前东家 when the article never says which: no leave, least of all of the company just joined."""
    found = records(nlp, "柳清源上月加入小米。此前柳清源也离开了前东家,去向未明。")
    assert [r[:3] for r in found] == [("柳清源", "", "小米")], found


def test_headline_needs_one_organization(view):
    from talentflow.relations.topic import headline_topic

    assert [o.key for o in headline_topic(view("理想汽车人事调整\n他们均已离职。"))] == ["理想汽车"]
    assert headline_topic(view("小米与华为人事变动\n他们均已离职。")) == []
    # A first line that is a sentence is no headline.
    assert headline_topic(view("理想汽车今天发布了新车。\n他们均已离职。")) == []
    # Nor one that announces a list (`…如下:`).
    assert headline_topic(view("理想汽车人事调整如下:\n他们均已离职。")) == []


def test_filing_company_is_not_the_other_post(nlp):
    text = "小米集团公告\n小米集团今日收到董事林若溪的辞职报告。林若溪因在华为担任顾问职务,决定辞去公司第三届董事会董事、副董事长职务。"
    assert not [r for r in records(nlp, text) if r[0] == "林若溪" and r[1] == "华为"], records(nlp, text)
