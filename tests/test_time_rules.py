"""The record-level time rules of attributes.record_time that weigh a date against the
words around it: `time:effective` (the date a move takes effect) and
`time:earlier-clause` (a clause told as earlier than the dated one before it)."""

from __future__ import annotations

import pytest


def timed(extract, text: str, published: str) -> dict[str, tuple[str, str]]:
    """person → (time, the time rule) of each record."""
    found = {}
    for record in extract(text, published=published):
        rules = [rule for rule in record[-1].split() if rule.startswith("time:")]
        found.setdefault(record[0], (record[4], rules[0] if rules else ""))
    return found


@pytest.fixture(scope="module")
def extract_with_rules(nlp):
    import talentflow

    def run(text: str, *, published: str):
        return [
            (r.person, r.from_org, r.to_org, r.role, r.time, r.rules)
            for r in talentflow.extract_text(text, doc="t", published=published)
        ]

    return run


@pytest.mark.parametrize(
    ("text", "published", "person", "time"),
    [
        # The date that opens the sentence is the day it was announced; the move takes effect later.
        ("11月12日讯,星河科技宣布,蒋立辞去星河科技副董事长职务,自2021年11月11日起生效。", "2021-11-12", "蒋立", "2021-11-11"),
        ("东岳科技大学今日宣布,校长王明已向东岳科技大学请辞,明年10月19日生效。", "2021-11-09", "王明", "2022-10-19"),
        ("5月3日,林涛离开星河科技,6月1日正式生效。", "2025-05-03", "林涛", "2025-06-01"),
    ],
)
def test_the_date_a_move_takes_effect_is_its_time(extract_with_rules, text, published, person, time):
    assert timed(extract_with_rules, text, published)[person] == (time, "time:effective")


def test_a_date_not_followed_by_taking_effect_is_no_effective_date(extract_with_rules):
    # Counter-example: a date after the verb that dates something else.
    found = timed(extract_with_rules, "2021年5月,林涛离开星河科技,2022年3月创办了云帆机器人。", "2025-05-03")
    assert found["林涛"] == ("2021-05", "time:sentence-before")


@pytest.mark.parametrize("marker", ["更早之前", "此前", "早前", "在此之前"])
def test_a_clause_told_as_earlier_takes_no_date_from_the_clause_before(extract_with_rules, marker):
    text = f"2021年6月,张帆离开星河科技;{marker},赵东已离开星河科技。"
    found = timed(extract_with_rules, text, "2021-08-01")
    assert found["张帆"] == ("2021-06", "time:sentence-before")
    assert found["赵东"] == ("", "time:earlier-clause")


def test_a_clause_without_the_marker_still_takes_the_sentence_date(extract_with_rules):
    found = timed(extract_with_rules, "2021年6月,张帆离开星河科技,赵东也离开星河科技。", "2021-08-01")
    assert found["赵东"] == ("2021-06", "time:sentence-before")


def test_a_date_in_the_marked_clause_itself_is_kept(extract_with_rules):
    found = timed(extract_with_rules, "2021年6月,张帆离开星河科技;此前,2020年3月赵东已离开星河科技。", "2021-08-01")
    assert found["赵东"] == ("2020-03", "time:clause")
