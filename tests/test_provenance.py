"""Provenance: every record carries the ids of the rules that decided it.

Sentences are invented for the test. Each row names the rules one record must
carry (frame, subject, organization, role, time, status, and any later step),
so a change of strategy shows up as a changed id, not only as a changed record.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import talentflow
from talentflow.batch import run_batch
from talentflow.batch.export import CSV_COLUMNS, frame_records

ROOT = Path(__file__).resolve().parent.parent

FAMILIES = ("subject:", "org:", "role:", "time:", "status:")


@pytest.fixture(scope="module")
def corpus_records(nlp):
    result = run_batch([ROOT / "corpus" / "articles"], meta=ROOT / "corpus" / "meta.jsonl")
    return frame_records(result.frame)


def rules_of(nlp, text: str) -> list[tuple[str, str, str, list[str]]]:
    records = talentflow.extract_text(text, doc="t", published="2025-08-26", nlp=nlp)
    return [(r.person, r.from_org, r.to_org, r.rules.split()) for r in records]


@pytest.mark.parametrize(
    ("text", "person", "to_org", "from_org", "expected"),
    [
        # A switch with 从: the organization after the verb, the one after 从, the title after it.
        ("2024年6月,庞书言从百度跳槽至字节跳动,担任研究科学家。", "庞书言", "字节跳动", "百度",
         ["join:跳槽至", "subject:clause", "org:after-verb", "from:from-marker", "role:post-after-org",
          "time:sentence-before", "status:done"]),
        ("据传,谷歌研究员林书远或将加入OpenAI。", "林书远", "OpenAI", "",
         ["join:加入", "subject:clause", "org:after-verb", "role:none", "time:none", "status:rumour"]),
        # The announcer is the organization; the title right after the verb is the role.
        ("小鹏汽车宣布,前特斯拉工程师邝远将出任公司自动驾驶副总裁。", "邝远", "小鹏汽车", "",
         ["join:出任", "org:announcer", "role:title-after-verb", "status:announced"]),
        # An organization hires: the person is the object, 从 names where they come from.
        ("蔚来从特斯拉挖来了视觉负责人韩立秋。", "韩立秋", "蔚来", "特斯拉",
         ["hire:挖来", "subject:object-after-verb", "org:subject", "from:from-marker", "role:title-before-name"]),
        # A switching verb leaves the organization that describes the person.
        ("Anthropic工程师贺云舟宣布跳槽至Meta。", "贺云舟", "Meta", "Anthropic",
         ["join:跳槽至", "from:describing-org"]),
        # A join after a span leaves the organization just joined, dated at the span's end;
        # the span's own leave (with its title) states that fact, so the join keeps its side only.
        ("2019年至2022年,沈知行在谷歌大脑担任研究工程师,随后加入OpenAI。", "沈知行", "OpenAI", "",
         ["join:加入", "subject:dropped", "from:previous-join", "time:after-span", "repeat:same-fact-elsewhere"]),
        ("2019年至2022年,沈知行在谷歌大脑担任研究工程师,随后加入OpenAI。", "沈知行", "谷歌大脑", "",
         ["serve:担任", "frame:served-span", "org:located", "time:span-start"]),
        ("曾在京东任职的韦明,今年3月加入阿里巴巴。", "韦明", "阿里巴巴", "",
         ["join:加入", "subject:relative-name-before", "time:clause"]),
        ("曾在京东任职的韦明,今年3月加入阿里巴巴。", "韦明", "", "京东",
         ["past:曾在", "subject:modified-by-verb-phrase"]),
        # A word for a relative introduces the one who moves, not the one named before it.
        ("赵启航之妻孙若岚回归百度。", "孙若岚", "百度", "",
         ["join:回归", "subject:after-kin", "org:after-verb"]),
    ],
)
def test_a_record_names_its_rules(nlp, text, person, to_org, from_org, expected):
    matches = [rules for p, f, t, rules in rules_of(nlp, text) if (p, f, t) == (person, from_org, to_org)]
    assert matches, rules_of(nlp, text)
    assert all(rule in matches[0] for rule in expected), matches[0]


def test_a_pronoun_subject_is_named_as_such(nlp):
    records = rules_of(nlp, "唐嘉禾加入Meta。去年9月,他离开了谷歌。")
    leave = next(rules for p, f, t, rules in records if f == "谷歌")
    assert "subject:pronoun" in leave and "leave:离开" == leave[0]


def test_a_leave_then_join_is_one_record_with_both_rule_chains(nlp):
    records = rules_of(nlp, "去年,闻雨辰离开了百度,转而加入腾讯。")
    rules = next(rules for p, f, t, rules in records if (f, t) == ("百度", "腾讯"))
    assert rules[0] == "leave:离开"
    merge = rules.index("merge:leave+join")
    assert any(rule.startswith("join:") for rule in rules[merge + 1 :])


def test_past_posts_told_by_a_duration_are_leaves_of_the_past(nlp):
    records = rules_of(nlp, "沈知行在Oracle和Dropbox工作期间打下了基础。")
    assert {f for p, f, t, rules in records} == {"Oracle", "Dropbox"}
    assert all("frame:served-before" in rules for *_, rules in records)


def test_every_corpus_record_carries_a_frame_and_one_rule_of_each_family(nlp, corpus_records):
    for record in corpus_records:
        rules = record.rules.split()
        assert ":" in rules[0] and not rules[0].startswith(FAMILIES), record
        for family in FAMILIES:
            assert any(rule.startswith(family) for rule in rules), (family, record)


def test_the_rules_column_is_written_to_the_csv(tmp_path, nlp):
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("2024年6月,庞书言从百度跳槽至字节跳动。", encoding="utf-8")
    run_batch([article.parent], output=tmp_path / "out.csv")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(CSV_COLUMNS) and CSV_COLUMNS[-2:] == ("rules", "confidence")
    assert rows[0]["rules"].split()[:2] == ["join:跳槽至", "subject:clause"]
