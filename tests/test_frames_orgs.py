"""Tests for pipeline/components/frame_orgs.py, slot_orgs.py and the frames they add to unknown_orgs.py:
a bare organization name (`朗月`, `Quantiq`) read from the frame it stands in."""

from __future__ import annotations

import pytest

import talentflow


def inferred(nlp, text: str) -> dict[str, str]:
    """name → rule id of the organizations the frames found in `text`."""
    doc = nlp(text)
    return {doc.text[start:end]: rule for (start, end), rule in (doc._.inferred_orgs or {}).items()}


def facts(text: str) -> set[tuple[str, str, str]]:
    records = talentflow.extract_text(text, doc="t", published="2025-06-18")
    return {(r.person, kind, org) for r in records for kind, org in (("leave", r.from_org), ("join", r.to_org)) if org}


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("柏思远从霁川离职。", "霁川", "org:unknown-from"),
        ("柏思远已从澜星跳槽至霁川。", "澜星", "org:unknown-from"),
        ("柏思远曾在澜星担任技术总监。", "澜星", "org:unknown-at"),
        ("柏思远在霁川任职多年。", "霁川", "org:unknown-at"),
        ("柏思远被Zentrova聘为首席科学家。", "Zentrova", "org:unknown-by"),
        ("柏思远被霁川任命为首席财务官。", "霁川", "org:unknown-by"),
        ("霁川任命柏思远为CTO。", "霁川", "org:unknown-announcer"),
        ("5月12日,澜星宣布,柏思远将出任首席运营官。", "澜星", "org:unknown-announcer"),
        ("Zentrova发布公告称,柏思远辞去总经理职务。", "Zentrova", "org:unknown-announcer"),
        ("Zentrova副总裁柏思远已于近日离职。", "Zentrova", "org:unknown-title-person"),
        ("ZentrovaCTO柏思远离职。", "Zentrova", "org:unknown-title-person"),
        ("前澜星高管柏思远加入霁川。", "澜星", "org:unknown-title-person"),
        # A bare name the article puts before a title twice, in a company's slot.
        ("据悉,霁川总经理柏思远已请辞;霁川总经理一职由副总经理沈落接任。", "霁川", "org:unknown-title-again"),
        ("柏思远辞去霁川董事长职务。", "霁川", "org:unknown-before-title"),
        ("柏思远宣布加盟Zentrova,担任产品副总裁。", "Zentrova", "org:unknown-after-verb"),
        ("柏思远离开澜星,加入麦瑞达。", "麦瑞达", "org:unknown-after-verb"),  # a brand spelled by sound
        ("柏思远从沃德森离职。", "沃德森", "org:unknown-from"),
    ],
)
def test_a_bare_name_in_an_organization_frame_is_an_organization(nlp, text, name, rule):
    assert inferred(nlp, text).get(name) == rule


@pytest.mark.parametrize(
    "text",
    [
        "柏思远离开北京,回到家乡。",  # places
        "柏思远上月离开澜星。",  # 离开 is no organization frame: places, people, abstract things as often
        "柏思远离开岗位后,从零开始创业。",  # common words, abstract objects
        "柏思远加入战局。",
        "柏思远早年从CEO做起,后来加入AI赛道。",  # Latin words that name nothing
        "柏思远投奔马斯克。",  # 投奔 takes people: a transliterated person stays a person
        "柏思远在北京工作。",
        "柏思远被张伟聘为顾问。",  # a person's name after 被
        "公司宣布,柏思远离职。",  # not_org_objects
        "据悉宣布此事的是柏思远。",
        "柏思远从研发做起。",  # 做起 is no career verb
        "前高管柏思远加入了新团队。",  # 前 before a noun of people: no name between
        "柏思远在中关村工作。",  # a place's last character
        "研发部副总裁柏思远离职。",  # a unit of an unnamed company
        "另一位联合创始人柏思远卸任。",  # a counted phrase
        "此前,量化研究主管柏思远离职。",  # a field (a dictionary word) before a title
        "端到端模型负责人柏思远离职。",  # 负责人 takes a field
        "柏思远在库比蒂诺担任工程经理。",  # after 在, a name spelled by sound is a city
        "柏思远从程序员转行成为讲师。",  # two dictionary words: a phrase
        "特朗普宣布加征关税。",  # a person spelled by sound opens the clause
        "余洋宣布将加入百度。",  # a surname opens the clause: a person
        "柏思远已确认离职。",
        "霁川副总裁柏思远已于近日离职。",  # before a title, once: a Han run names a field as often
        "此前,量化研究主管柏思远离职;量化研究主管一职空缺。",  # twice, but dictionary words: a field
        "霁川副总裁柏思远已离职,霁川的新副总裁尚未确定。",  # the second mention is no clause opening before a title
        "官方宣布,柏思远离职。",  # a dictionary word opens the clause
    ],
)
def test_no_organization_is_read_where_the_frame_does_not_vouch_for_one(nlp, text):
    assert inferred(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("段思齐被Zentrova聘为首席科学家。", {("段思齐", "join", "Zentrova")}),
        ("ZentrovaCTO熊思远离职。", {("熊思远", "leave", "Zentrova")}),
        ("孟思齐辞去霁川董事长职务。", {("孟思齐", "leave", "霁川")}),
        ("梁思远从霁川跳槽至澜星。", {("梁思远", "leave", "霁川"), ("梁思远", "join", "澜星")}),
        ("霁川任命韦思远为CTO。", {("韦思远", "join", "霁川")}),
    ],
)
def test_records_on_a_bare_name_read_from_its_frame(text, expected):
    assert facts(text) == expected


def test_a_record_names_the_frame_that_read_its_organization():
    records = talentflow.extract_text("柏思远从霁川离职。", doc="t", published="2025-06-18")
    assert [r.from_org for r in records] == ["霁川"]
    assert "org:unknown-from" in records[0].rules.split()


def test_a_preposition_glued_to_an_unknown_name_is_cut_off(nlp):
    # jieba's HMM glues 从 and 前 to a name it does not know; the segmenter cuts them off.
    assert "从" in [t.text for t in nlp.make_doc("柏思远从妙动离职。")]
    assert "前" in [t.text for t in nlp.make_doc("前妙动高管柏思远")]
    # ... never a dictionary word (从事, 前往) or 前 before a noun of people.
    assert "从事" in [t.text for t in nlp.make_doc("柏思远从事研发。")]
    assert "前高管" in [t.text for t in nlp.make_doc("前高管柏思远")]


def test_the_preposition_before_a_two_character_word_after_a_clause_stays(nlp):
    # `辞职前系公司…`: 前 closes a time clause and 系 is the copula; no 系公司 is made.
    assert "系公司" not in inferred(nlp, "柏思远辞职前系公司核心员工。")
    assert "前系" in [t.text for t in nlp.make_doc("柏思远辞职前系公司核心员工。")]


# slot_orgs.py: the slots a known company is read from (`向X提出辞职`, `X董事会`, `就职于X和Y`).
@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("柯望舒已向Velmora提出辞职。", "Velmora", "org:unknown-resigned-to"),
        ("柯望舒上周向Velmora正式递交了辞呈。", "Velmora", "org:unknown-resigned-to"),
        ("Velmora董事会选举柯望舒为董事长。", "Velmora", "org:unknown-governed"),
        ("据悉,Velmora股东会已批准柯望舒出任总经理。", "Velmora", "org:unknown-governed"),
        ("Velmora旗下芯片团队负责人柯望舒离职。", "Velmora", "org:unknown-governed"),
        ("Velmora的CTO柯望舒已经离职。", "Velmora", "org:unknown-governed"),
        ("Velmora自动驾驶事业部总经理柯望舒已经离职。", "Velmora", "org:unknown-unit-title"),
        ("Velmora云计算部总监柯望舒已加盟百度。", "Velmora", "org:unknown-unit-title"),
        ("柯望舒的Velmora总裁职务由邵一帆接任。", "Velmora", "org:unknown-possessed"),
        ("柯望舒被朗月创始人邵一帆挖走。", "朗月", "org:unknown-passive-agent"),
        ("柯望舒去年被Velmora CEO邵一帆招至麾下。", "Velmora", "org:unknown-passive-agent"),
        ("柯望舒被朗月的董事长邵一帆请来。", "朗月", "org:unknown-passive-agent"),
        ("柯望舒先后就职于Velmora和Tarnix。", "Velmora", "org:unknown-listed"),
        ("柯望舒先后就职于百度和Tarnix,2022年加盟腾讯。", "Tarnix", "org:unknown-listed"),
        ("柯望舒此前曾在Velmora、百度任职。", "Velmora", "org:unknown-listed"),
        # frame_orgs.py: a short bare name before a title that heads a whole company.
        ("消息人士称,墨羽CEO柯望舒将卸任。", "墨羽", "org:unknown-before-head"),
        ("朗月董事长柯望舒已于近日离职。", "朗月", "org:unknown-before-head"),
        # unknown_orgs.py: a head jieba cut into single characters, then a field word.
        ("柯望舒也将加入霁青生物。", "霁青生物", "org:unknown-after-verb"),
    ],
)
def test_a_bare_name_in_a_company_slot_is_an_organization(nlp, text, name, rule):
    assert inferred(nlp, text).get(name) == rule


@pytest.mark.parametrize(
    "text",
    [
        "柯望舒已向媒体透露离职一事。",  # 向 before no resignation
        "柯望舒向Velmora团队介绍了新产品。",  # 向 a name, but no resignation follows
        "Mira Holt董事会成员身份未变。",  # a Latin person's name: two words
        "柯望舒用Python和Rust写了调度器。",  # languages, no slot
        "柯望舒发布了Gemini和Claude的评测。",  # products
        "量化研究主管柯望舒已经离职。",  # a field before a title
        "柯望舒的Python工程师职务由邵一帆接任。",  # the Latin word is a field there: no title follows it directly
        "北京董事会选举柯望舒为董事长。",  # a city
        "星驭原CFO柯望舒将转任首席战略官。",  # 原 (former) closes the name: no `星驭原`
        "柯望舒曾在Velmora、Tarnix等多个业务部门任职。",  # 等 + units: the lines of one company
        "量化研究总监柯望舒已经离职。",  # a field before a title no company-wide head
        "柯望舒被媒体称为技术狂人。",  # 被 + a noun, no title and person after it
        "柯望舒被北京市长邵一帆表扬。",  # 被 + a city's official: no company
        "柯望舒被同事邵一帆举报。",  # 被 + a colleague: no title
    ],
)
def test_no_name_is_read_where_no_company_slot_vouches(nlp, text):
    names = inferred(nlp, text)
    assert not {"媒体", "Velmora", "Mira", "Holt", "Python", "Rust", "Gemini", "Claude", "量化研究", "北京", "星驭原", "Tarnix", "量化"} & set(names), names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("柯望舒已向Velmora提出辞职。", {("柯望舒", "leave", "Velmora")}),
        ("Velmora自动驾驶事业部总经理柯望舒已经离职。", {("柯望舒", "leave", "Velmora")}),
        ("柯望舒早年就职于Velmora,后加入百度。", {("柯望舒", "leave", "Velmora"), ("柯望舒", "join", "百度")}),
        ("2020年柯望舒被朗月创始人邵一帆挖角,出任总裁。", {("柯望舒", "join", "朗月")}),
    ],
)
def test_records_on_a_name_read_from_its_slot(text, expected):
    assert expected <= facts(text)
