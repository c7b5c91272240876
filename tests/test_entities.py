"""Tests for the entity stages: ORG, TITLE, DATE (entities.py) and PERSON (persons.py).

Each case runs the whole pipeline on a Doc made with `nlp.make_doc`, with the
article's date on `doc._.published`, and looks at `doc.ents`.
"""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2025, 8, 26)


def gap(reason: str):
    """A case the extractor does not handle yet: kept visible, not weakened."""
    return pytest.mark.xfail(reason=reason, strict=True)


@pytest.fixture(scope="module")
def analyze(nlp):
    def run(text: str, published: datetime.date | None = PUBLISHED):
        doc = nlp.make_doc(text)
        doc._.published = published
        return nlp(doc)

    return run


def spans(doc, label: str) -> list[str]:
    return [ent.text for ent in doc.ents if ent.label_ == label]


# ---------------------------------------------------------------- ORG

@pytest.mark.parametrize(
    ("text", "org", "canonical"),
    [
        pytest.param("谷歌发布了新一代模型。", "谷歌", "Google", id="alias-google"),
        pytest.param("他上周加入了脸书。", "脸书", "Meta", id="alias-facebook"),
        pytest.param("臉書宣布裁員。", "臉書", "Meta", id="traditional-facebook"),
        pytest.param("蘋果今天發布新品。", "蘋果", "Apple", id="traditional-apple"),
        pytest.param("輝達的市值再創新高。", "輝達", "NVIDIA", id="traditional-nvidia"),
        pytest.param("Meta的研究团队扩张。", "Meta", "Meta", id="canonical-itself"),
        pytest.param("她加入了谷歌DeepMind。", "谷歌DeepMind", "Google DeepMind", id="alias-mixed-script"),
        pytest.param("他加入了星河智能科技有限公司。", "星河智能科技有限公司", "", id="suffix-company"),
        pytest.param("她创办了Lumina Labs。", "Lumina Labs", "", id="suffix-latin-labs"),
        # A hyphen and a capital or a digit go on with the Latin name (`QuarkAI-R`).
        pytest.param("他上月转投QuarkAI-R团队。", "QuarkAI-R团队", "", id="suffix-latin-hyphen-part"),
        pytest.param("她离开了Nimbus AI-2。", "Nimbus AI-2", "", id="suffix-latin-hyphen-digit"),
        # Appliances and precision machinery (industry_heads.tsv): the name before the head.
        pytest.param("他最初在枫溪电器做销售。", "枫溪电器", "", id="head-appliances"),
        pytest.param("松崖精機宣布新任社長。", "松崖精機", "", id="head-machinery-traditional"),
    ],
)
def test_org(analyze, text: str, org: str, canonical: str) -> None:
    found = {ent.text: ent.ent_id_ for ent in analyze(text).ents if ent.label_ == "ORG"}
    assert org in found
    assert found[org] == canonical


@pytest.mark.parametrize(
    ("text", "org", "title"),
    [
        pytest.param("谷歌研究员王峰离职。", "谷歌", "研究员", id="org-then-title"),
        pytest.param("谷歌工程师王峰离职。", "谷歌", "工程师", id="org-then-engineer"),
    ],
)
def test_org_stops_where_the_title_starts(analyze, text: str, org: str, title: str) -> None:
    doc = analyze(text)
    assert org in spans(doc, "ORG")
    assert title in spans(doc, "TITLE")


# ---------------------------------------------------------------- TITLE

@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("他出任首席技术官。", "首席技术官", id="lexicon"),
        pytest.param("她担任CTO。", "CTO", id="latin"),
        pytest.param("他出任自动驾驶副总裁。", "自动驾驶副总裁", id="domain-head"),
        pytest.param("他是高级机器学习工程师。", "高级机器学习工程师", id="modifier-domain-head"),
        pytest.param("她担任产品管理总监。", "产品管理总监", id="domain-phrase-head"),
    ],
)
def test_title(analyze, text: str, title: str) -> None:
    assert spans(analyze(text), "TITLE") == [title]


# ---------------------------------------------------------------- DATE

@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        pytest.param("2025年3月5日，他离职。", "2025年3月5日", "2025-03-05", id="absolute-day"),
        pytest.param("去年9月，他离职。", "去年9月", "2024-09", id="last-year-month"),
        pytest.param("今年2月，他加入。", "今年2月", "2025-02", id="this-year-month"),
        pytest.param("上个月，他加入。", "上个月", "2025-07", id="last-month"),
        pytest.param("昨天，他宣布离职。", "昨天", "2025-08-25", id="yesterday"),
        pytest.param("二〇一九年，他毕业。", "二〇一九年", "2019", id="chinese-numerals"),
    ],
)
def test_date_value(analyze, text: str, date: str, value: str) -> None:
    dates = {ent.text: ent._.time_value for ent in analyze(text).ents if ent.label_ == "DATE"}
    assert dates == {date: value}


def test_date_value_follows_published(analyze) -> None:
    doc = analyze("上个月，他加入。", datetime.date(2025, 1, 10))
    assert [ent._.time_value for ent in doc.ents if ent.label_ == "DATE"] == ["2024-12"]


def test_relative_date_without_published_is_unfixed(analyze) -> None:
    doc = analyze("去年9月，他离职。", None)
    assert [(ent.text, ent._.time_value) for ent in doc.ents if ent.label_ == "DATE"] == [("去年9月", "")]


def test_year_span_is_two_dates(analyze) -> None:
    doc = analyze("2019年至2021年，他在谷歌工作。")
    assert [(ent.text, ent._.time_value) for ent in doc.ents if ent.label_ == "DATE"] == [
        ("2019年", "2019"),
        ("2021年", "2021"),
    ]


# ---------------------------------------------------------------- PERSON

@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("韩立明已加入Anthropic。", "韩立明", id="chinese"),
        pytest.param("仝宇航加入了百度。", "仝宇航", id="rare-surname-tong"),
        pytest.param("禤国强加入了腾讯。", "禤国强", id="rare-surname-xuan"),
        pytest.param("章宏伟离开了谷歌。", "章宏伟", id="given-name-is-word-hongwei"),
        pytest.param("贺建国出走Stability AI。", "贺建国", id="given-name-is-word-jianguo"),
        pytest.param("据悉，欧阳文杰已加入Meta。", "欧阳文杰", id="compound-ouyang"),
        pytest.param("欧阳清远加入了腾讯。", "欧阳清远", id="compound-ouyang-placename"),
        pytest.param("司马文澜离开OpenAI。", "司马文澜", id="compound-sima"),
        pytest.param("端木子墨出任CTO。", "端木子墨", id="compound-duanmu"),
        pytest.param("亓官明轩加入字节跳动。", "亓官明轩", id="compound-rare-qiguan"),
        pytest.param("前谷歌科学家程雨萱投奔了OpenAI。", "程雨萱", id="after-org-and-title"),
        pytest.param("昨天，林子涵从苹果离职。", "林子涵", id="surname-word-prefix"),
        pytest.param("陈静拟加入亚马逊。", "陈静", id="before-ni"),
        pytest.param("萨姆·奥尔特曼回归OpenAI。", "萨姆·奥尔特曼", id="dot-middle"),
        pytest.param("约翰・皮布尔斯加入了谷歌。", "约翰・皮布尔斯", id="dot-katakana"),
        pytest.param("约翰・皮布尔斯获得了图灵奖。", "约翰・皮布尔斯", id="dot-name-boundary"),
        pytest.param("大卫·霍尔顿已于今年9月加盟腾讯云。", "大卫·霍尔顿", id="dot-name-before-grammar-word"),
        pytest.param("她与闾丘言联合创立了衡翼智能科技有限公司。", "闾丘言", id="compound-cut-apart-lvqiu"),
        pytest.param("据报道，芯片专家马蒂亚斯·韦伯将出任摩尔线程首席架构师。", "马蒂亚斯·韦伯", id="dot-first-part-cut"),
        pytest.param("工程师陈牧之离开了小米。", "陈牧之", id="whole-token-given-ending-zhi"),
        pytest.param("芈书航从网易跳槽至腾讯。", "芈书航", id="surname-mi"),
        pytest.param("Elena Brooks加入了Anthropic。", "Elena Brooks", id="latin-spaced"),
        pytest.param("据悉，Tom Becker已离职。", "Tom Becker", id="latin-after-comma"),
        pytest.param("谷歌工程师NoahKim离职。", "NoahKim", id="latin-glued-after-title"),
        pytest.param("AnthropicCTOLenaHart离职。", "LenaHart", id="latin-glued-run"),
        pytest.param("前OpenAI研究员K. Okafor加入Meta。", "K. Okafor", id="latin-initial"),
        pytest.param("K. Okafor已离开谷歌。", "K. Okafor", id="latin-initial-without-title"),
        pytest.param("谷歌研究员J.R. Lindqvist离职。", "J.R. Lindqvist", id="latin-initials-after-title"),
        # After a title, a preposition that is also a surname opens the name.
        pytest.param("百度总裁向海龙的离职消息今天公布。", "向海龙", id="title-then-xiang-surname"),
        pytest.param(
            "OpenAI研究员LiamFord加入Meta。", "LiamFord", id="latin-glued-org-word",
            marks=gap("glued name ending in an org alias (Ford) is read as the ORG Ford"),
        ),
    ],
)
def test_person(analyze, text: str, name: str) -> None:
    assert name in spans(analyze(text), "PERSON")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("公司多名高管离职。", "高管", id="gaoguan"),
        pytest.param("据悉，高管团队将重组。", "高管", id="gaoguan-sentence-start"),
        pytest.param("2019年至2021年，他在谷歌工作。", "2019年至2021年", id="year-span"),
        pytest.param("小米CyberOne机器人亮相。", "CyberOne", id="product-after-org"),
        pytest.param("他毕业于麦克吉尔大学。", "麦克吉尔大学", id="university"),
        pytest.param("大卫·霍尔顿已于今年9月加盟腾讯云。", "已于", id="grammar-word-after-dot-name"),
        pytest.param("公司在网站上官方宣布了这一消息。", "上官方", id="compound-surname-across-a-word"),
        pytest.param("研究主管马克·扎克伯格宣布了这一消息。", "宣布", id="verb-after-dot-name"),
        pytest.param("芯片专家马蒂亚斯·韦伯将出任首席架构师。", "专家", id="title-before-dot-name"),
        pytest.param("U.S. Steel的工程师加入了特斯拉。", "U.S. Steel", id="abbreviation-is-no-initials"),
        pytest.param("公司CEO向员工发出内部信。", "向员工", id="title-then-preposition-before-vocabulary"),
        pytest.param("公司CEO向李明道歉。", "CEO向", id="title-then-preposition-before-a-name"),
        # A season opens with a surname character: `夏天|刚` is no surname + given name.
        pytest.param("去年夏天刚从星河离职的研究员", "夏天刚", id="season-then-adverb"),
        pytest.param("今年秋天才加入云杉的工程师", "秋天才", id="autumn-then-adverb"),
    ],
)
def test_not_a_person(analyze, text: str, word: str) -> None:
    start = text.index(word)
    end = start + len(word)
    doc = analyze(text)
    overlapping = [
        ent.text for ent in doc.ents
        if ent.label_ == "PERSON" and ent.start_char < end and start < ent.end_char
    ]
    assert overlapping == []


def test_a_company_goes_by_its_name_without_the_place(analyze) -> None:
    # `杭州衡思智能科技有限公司` … `衡思智能`: the short name starts after the city.
    doc = analyze("AI初创公司杭州衡思智能科技有限公司宣布完成融资。两年前，他回国创办了衡思智能。")
    assert "衡思智能" in spans(doc, "ORG")
    assert "衡思" not in spans(doc, "PERSON")


def test_a_generic_latin_word_after_an_organization_is_no_unit(analyze) -> None:
    # `輝達GPU架構資深總監`: GPU names a product line, not a unit of 輝達.
    assert "輝達" in spans(analyze("前輝達GPU架構資深總監鄔品安已離職。"), "ORG")


def test_other_companies_are_no_organization(analyze) -> None:
    assert "其他公司" not in spans(analyze("他暂无加入其他公司的计划。"), "ORG")


@pytest.mark.parametrize("text", ["他带领团队完成了量产。", "她到任后组建团队，专攻多模态。"])
def test_a_verb_before_a_team_governs_it(analyze, text: str) -> None:
    # `带领团队`, `组建团队`: a team as the verb's object, no unit named.
    assert [org for org in spans(analyze(text), "ORG") if org.endswith("团队")] == []


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        pytest.param("他加盟了医疗AI公司岐光数智，出任首席科学家。", "岐光数智", "医疗AI公司", id="name-without-suffix"),
        pytest.param("她加入量化投资初创公司衡石科技。", "衡石科技", "量化投资初创公司", id="name-with-suffix"),
        pytest.param("他创办了冷链物流公司“栖川速运”，任CEO。", "栖川速运", "冷链物流公司", id="name-in-quotes"),
        pytest.param("她离职后创办了独立游戏工作室「拾光互动」。", "拾光互动", "独立游戏工作室", id="studio-name-in-quotes"),
        pytest.param("两人联合创办了早期医疗基金“岩川资本”。", "岩川资本", "早期医疗基金", id="fund-name-in-quotes"),
    ],
)
def test_a_company_named_after_its_description(analyze, text: str, name: str, description: str) -> None:
    # `AI信贷风控公司司南数智`: the description, then the name in apposition; the name is the organization.
    orgs = spans(analyze(text), "ORG")
    assert name in orgs
    assert description not in orgs


def test_a_registered_name_takes_no_quoted_name_after_it(analyze) -> None:
    # `星河电子有限公司“十佳雇主”称号`: a legal form closes the full name; the quotes are something else.
    orgs = spans(analyze("星河电子有限公司“优秀雇主”称号已公布。"), "ORG")
    assert "星河电子有限公司" in orgs
    assert "优秀雇主" not in orgs


def test_a_description_with_more_words_after_it_keeps_its_organization(analyze) -> None:
    # `北辰机器人公司研发部门`: no name stands alone after the head, so the head ends the name.
    assert "北辰机器人公司" in spans(analyze("他加入北辰机器人公司研发部门。"), "ORG")


def test_ji_joins_two_posts_and_ends_an_organization_name(analyze) -> None:
    # `资深副总暨…事业群总经理`: 暨 (and) stands between two posts, never inside a name.
    orgs = spans(analyze("华硕资深副总暨AI服务器事业群总经理阙维钧已离职。"), "ORG")
    assert "华硕" in orgs
    assert not [org for org in orgs if "暨" in org]


@pytest.mark.parametrize(
    ("text", "org", "not_org"),
    [
        # a parent, a subsidiary or a school before a name is the relation, no part of it (org_left_stops)
        ("程雁秋轉任母公司星瀾集團稽核室主管。", "星瀾集團", "母公司星瀾集團"),
        ("他回到母校北辰大学任教。", "北辰大学", "母校北辰大学"),
        ("他加入了全资子公司云杉数据有限公司。", "云杉数据有限公司", "子公司云杉数据有限公司"),
        # counter-example: after the company it belongs to, the relation word still ends that name
        ("星河科技母公司北辰集团今日宣布。", "北辰集团", "星河科技母公司北辰集团"),
    ],
)
def test_relation_words_close_a_name_to_the_left(nlp, text, org, not_org):
    found = [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]
    assert org in found and not_org not in found


def test_a_number_after_a_company_is_no_unit_of_it(nlp) -> None:
    # org:latin-unit-not-number: `离开星河 6 年` counts years, `星河 X-lab` names a unit.
    doc = nlp("彼时已经离开星河科技 6 年的韩立明在微博上留言。")
    assert "星河科技" in [ent.text for ent in doc.ents if ent.label_ == "ORG"]
    assert not any("6" in ent.text for ent in doc.ents if ent.label_ == "ORG")


def test_another_legal_form_after_a_group_short_name_is_a_sibling_company(nlp) -> None:
    # org:short-form-sibling: `华辰股份` is the group's listed arm, not 华辰集团有限公司.
    doc = nlp("韩立明兼任华辰集团有限公司董事长。韩立明辞去华辰股份董事长一职。")
    orgs = {(ent.text, ent.ent_id_) for ent in doc.ents if ent.label_ == "ORG"}
    assert ("华辰股份", "华辰集团有限公司") not in orgs
    assert not any(text == "华辰" for text, _ in orgs)
