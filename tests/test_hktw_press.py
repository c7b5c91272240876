"""Hong Kong and Taiwan press in traditional script (the hktw tune set): Hong Kong's
white-circle zero in years (`二○一六年`), registered names with the group in their
legal form (`星河物流集團有限公司`), telecoms and holdings named by their head
(`晨星電訊`, `北辰控股`), `數碼` as a title's field (`首席數碼總監`), and a
university that appoints (`星海大學宣佈委任A為理學院院長`) employing, not teaching.
Every sentence is invented."""

from __future__ import annotations

import pytest

from fact_sets import extracted, facts


def org_names(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


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
