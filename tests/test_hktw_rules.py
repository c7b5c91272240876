"""Rules from Taiwan and Hong Kong business news in traditional script (the hktw probe):
the organizations and titles of that press (financial holdings and their banks, web-only
and virtual banks, Hong Kong telecoms, 科技長, 副總, 董座), its colloquial verbs (走人,
帶槍投靠, 回鍋, 待過, 接棒), a negation that only dates the act after 就 (`還沒開業就走人`),
以…來說 naming the person a sentence is about, 至於 turning to a topic that names nobody,
a post handed over right after its title (`X執行長將由現任A改由B接棒`), a bare leave of
the employer the article described the person with, a hire dated by 先前 that is no
post of the past, 暨 inside a unit's name, and 彼 of Hong Kong filings.
Also Hong Kong's white-circle zero in years (`二○一六年`), registered names with the
group in their legal form (`星河物流集團有限公司`), telecoms and holdings named by
their head (`晨星電訊`, `北辰控股`), `數碼` as a title's field, a university that
appoints (`星海大學宣佈委任A為理學院院長`) employing, and acronyms matched as written.
Every sentence is invented."""

from __future__ import annotations

import datetime

import pytest

from fact_sets import extracted, facts, records, rules_text
from talentflow.text.timex import find_times


def org_names(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("林書豪去年加入玉山金控,出任數位長。", ["玉山金控"]),
        ("林書豪1999年加入香港電訊,2007年轉往電訊盈科。", ["香港電訊", "電訊盈科"]),
        ("林書豪曾任數碼通總裁,後來加入香港寬頻。", ["數碼通", "香港寬頻"]),
        ("林書豪獲委任為數碼港行政總裁。", ["數碼港"]),
        # Counter-example: a mountain is no bank.
        ("林書豪上週去爬玉山。", []),
    ],
)
def test_taiwan_and_hong_kong_banks_and_telecoms_are_organizations(nlp, text, expected):
    assert org_names(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("林書豪上月加入國泰金控,出任科技長。", "科技長"),
        ("林書豪上月加入國泰金控,出任資深副總。", "資深副總"),
        ("林書豪上月加入國泰金控擔任副總。", "副總"),
    ],
)
def test_taiwan_chief_titles_and_short_forms_are_roles(nlp, text, role):
    assert [r[3] for r in records(nlp, text)] == [role]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星河銀行前總經理林書豪還沒開業就走人。", {("林書豪", "leave", "星河銀行")}),
        ("北辰科技技術長林書豪上月突然走人。", {("林書豪", "leave", "北辰科技")}),
        ("前北辰科技資深副總林書豪帶槍投靠星河科技。", {("林書豪", "leave", "北辰科技"), ("林書豪", "join", "星河科技")}),
        ("林書豪回鍋北辰電子擔任執行長。", {("林書豪", "join", "北辰電子")}),
        ("林書豪待過北辰電子,2019年加入華碩。", {("林書豪", "leave", "北辰電子"), ("林書豪", "join", "華碩")}),
        ("林書豪加入華碩未滿一年便離職。", {("林書豪", "join", "華碩"), ("林書豪", "leave", "華碩")}),
        # Counter-examples: a negation of the verb itself, or 就此 after it, stays a veto.
        ("林書豪並沒有就此離開北辰電子。", set()),
        ("林書豪沒有離開北辰電子。", set()),
    ],
)
def test_colloquial_verbs_and_a_negated_clause_of_time(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_as_for_opens_the_person_the_sentence_is_about(nlp):
    text = "周子瑜升任董事長後風波不斷。以周子瑜任內的林書豪來說,從華碩離開後跳槽到宏碁。"
    assert facts(nlp, text) == {("林書豪", "leave", "華碩"), ("林書豪", "join", "宏碁")}
    assert "subject:as-for-topic" in rules_text(nlp, text)


def test_as_for_topic_leaves_a_clause_with_its_own_subject_alone(nlp):
    text = "以華碩來說,周子瑜去年加入宏碁。"
    assert facts(nlp, text) == {("周子瑜", "join", "宏碁")}


def test_a_new_topic_naming_nobody_takes_the_dropped_subject(nlp):
    text = "星河銀行總座懸缺現由董事長林書豪暫代;至於新任總經理人選,料於下季度到任。"
    assert facts(nlp, text) == set()


def test_a_new_topic_naming_a_person_still_gives_that_persons_move(nlp):
    text = "星河銀行總座懸缺現由董事長林書豪暫代;至於周子瑜,預計下月加入宏碁。"
    assert facts(nlp, text) == {("周子瑜", "join", "宏碁")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鴻海昨日公布,華碩執行長將由現任林書豪改由周子瑜接棒,10月1日起生效。",
         {("周子瑜", "join", "華碩"), ("林書豪", "leave", "華碩")}),
        ("華碩執行長將由周子瑜接任。", {("周子瑜", "join", "華碩")}),
        # Counter-example: 由 after a title with a verb between is no hand-over.
        ("華碩執行長林書豪表示,研發由周子瑜負責。", set()),
    ],
)
def test_a_post_handed_over_right_after_its_title(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_a_bare_leave_takes_the_employer_the_article_described(nlp):
    text = "星河銀行前總經理林書豪昨天受訪。北辰電信最大股東是極光銀行,林書豪已離職。"
    assert facts(nlp, text) == {("林書豪", "leave", "星河銀行")}
    assert "org:described-earlier" in rules_text(nlp, text)


def test_a_hire_dated_by_earlier_is_no_post_of_the_past(nlp):
    assert facts(nlp, "東吳先前才聘請林書豪擔任資料學院榮譽院長。") == set()
    # Counter-example: 先前 before the serving verb itself is still a post of the past.
    assert ("林書豪", "leave", "星河科技") in facts(nlp, "林書豪先前擔任星河科技技術長,今年加入華碩。")


def test_he_of_hong_kong_filings_and_words_that_only_start_with_it(nlp):
    text = "林書豪現年52歲,為星河電子執行董事。彼於2010年加入星河電子,在此之前,彼曾任北辰電信財務總監。"
    assert facts(nlp, text) == {("林書豪", "join", "星河電子"), ("林書豪", "leave", "北辰電信")}
    assert facts(nlp, "周子瑜與林書豪彼此熟識,林書豪於2010年加入星河電子。") == {("林書豪", "join", "星河電子")}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("台積電先進封裝技術暨服務處處長林書豪已於上月離職。", "先進封裝技術暨服務處處長"),
        ("華碩董事長暨總經理林書豪已於上月離職。", "董事長暨總經理"),
    ],
)
def test_ji_inside_a_units_name_stays_in_the_post(nlp, text, role):
    assert [r[3] for r in records(nlp, text)] == [role]


def test_one_or_two_people_name_nobody(nlp):
    text = "周子瑜認為,員工接觸的機密本就分散,一兩人跳槽撼動不了台積電。"
    assert facts(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("林書豪2020年借調到星河科技擔任技術長。", {("林書豪", "join", "星河科技")}),
        ("星河科技執行長林書豪閃辭。", {("林書豪", "leave", "星河科技")}),
        ("星河科技總經理林書豪掛冠求去。", {("林書豪", "leave", "星河科技")}),
        # Counter-example: a wish to leave, the noun only, is no leave.
        ("林書豪萌生求去之意,但最後留下。", set()),
    ],
)
def test_taiwan_press_verbs_of_secondment_and_sudden_resignation(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_two_names_of_one_organization_are_one_fact(nlp):
    text = "林書豪接任電盈財務總裁後首次受訪。林書豪於2011年獲委任為電訊盈科財務總裁。"
    assert facts(nlp, text) == {("林書豪", "join", "電訊盈科")}


def test_the_succeeded_person_leaves_the_post_nearest_the_name(nlp):
    text = "韩立明于1999年加入百度,2007年出任华为总裁,接替陆嘉怡。"
    assert ("陆嘉怡", "leave", "华为") in facts(nlp, text)
    assert ("陆嘉怡", "leave", "百度") not in facts(nlp, text)


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("114年12月31日", "2025-12-31"),
        ("民国113年3月", "2024-03"),
        ("民国99年", "2010"),
        # Counter-examples: a three-digit count of years is a duration; two digits stay 20xx.
        ("工作了114年", ""),
        ("13年3月", "2013-03"),
    ],
)
def test_taiwan_official_years_are_read_as_gregorian(expression, value):
    # find_times reads the simplified shadow of the text, as the date stage gives it.
    found = [t.value for t in find_times(expression, published=datetime.date(2025, 12, 20)) if t.value]
    assert found == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("龍浩然加入星河物流集團有限公司。", ["星河物流集團有限公司"]),
        ("港晨能源集團有限公司宣佈，委任龍浩然為行政總裁。", ["港晨能源集團有限公司"]),
        ("龍浩然加入星河集團有限公司。", ["星河集團有限公司"]),
        ("晨星電訊宣佈，委任龍浩然為行政總裁。", ["晨星電訊"]),
        ("北辰控股宣佈，龍浩然出任首席財務官。", ["北辰控股"]),
        # Counter-examples: the legal form alone names no company.
        ("龍浩然加入本集團有限公司。", []),
        ("大唐電信集團財務有限公司", ["大唐電信集團財務有限公司"]),
    ],
)
def test_registered_and_headed_names(nlp, text, expected):
    assert org_names(nlp, text) == expected


def test_white_circle_zero_dates_a_move_and_keeps_the_name(nlp):
    (record,) = extracted(nlp, "聞人思遠二○一七年加入星河科技，出任研究員。")
    assert (record.person, record.to_org, record.time) == ("聞人思遠", "星河科技", "2017")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星海科技大學今日宣佈，委任龍浩然教授為理學院院長。", {("龍浩然", "join", "星海科技大學")}),
        ("北辰大學宣佈聘任龍浩然為副校長。", {("龍浩然", "join", "北辰大學")}),
        # Counter-example: a school describing the appointee is no employer joined.
        ("星河科技委任北辰大學教授龍浩然為首席科學顧問。", {("龍浩然", "join", "星河科技")}),
    ],
)
def test_a_university_that_appoints_employs(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_digital_is_a_field_of_a_title(nlp):
    titles = [ent.text for ent in nlp("北辰控股委任龍浩然為首席數碼總監。").ents if ent.label_ == "TITLE"]
    assert titles == ["首席數碼總監"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A filing's item number in lower-case roman numerals is no acronym of a company.
        ("(iii) 龍先生已不再擔任本公司授權代表，由公司秘書林思遠女士接任。", []),
        ("龍浩然去年加入III，出任研究員。", ["III"]),
    ],
)
def test_acronyms_match_as_written(nlp, text, expected):
    assert org_names(nlp, text) == expected
