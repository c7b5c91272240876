"""The frame table (pipeline/relations/frame_table.py) against the code and the data:
every id it names is one the relation stage writes, every kind and behaviour of
triggers.tsv has its entry, and the bare leave's organization strategies, run in
the table's order, each found on an invented sentence."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from fact_sets import found_for

from talentflow.relations.frame_table import BEHAVIOURS, FRAMES, LEAVE_ORGS
from talentflow.relations.bare_leave import BARE_LEAVE_ORGS
from talentflow.resources import lexicon

RELATIONS = Path(__file__).resolve().parents[1] / "pipeline" / "relations"


def _written_ids() -> tuple[set[str], list[re.Pattern[str]]]:
    """The rule ids the relation stage's code writes: string constants, and f-strings
    that start with their family (`f"org:anaphor-{kind}"`) as patterns."""
    constants: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for path in RELATIONS.glob("*.py"):
        if path.name == "frame_table.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                head = node.values[0] if node.values else None
                if not (isinstance(head, ast.Constant) and ":" in head.value):
                    continue  # f"{kind}:{verb}" is a trigger's id, no named strategy
                parts = [re.escape(v.value) if isinstance(v, ast.Constant) else "[a-z-]+" for v in node.values]
                patterns.append(re.compile("".join(parts)))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
    return constants, patterns


def _table_ids() -> set[str]:
    ids = {rule for frame in FRAMES.values() for rule in frame.subjects + frame.organizations + frame.attributes}
    return ids | {rule for rules in BEHAVIOURS.values() for rule in rules}


def test_every_id_of_the_table_is_one_the_code_writes():
    constants, patterns = _written_ids()
    unknown = sorted(
        rule for rule in _table_ids() if rule not in constants and not any(p.fullmatch(rule) for p in patterns)
    )
    assert unknown == []


def test_the_table_checks_its_ids_for_real():
    constants, patterns = _written_ids()
    assert "org:describing-name" in constants
    assert "org:no-such-strategy" not in constants and not any(p.fullmatch("org:no-such-strategy") for p in patterns)


def test_every_kind_and_behaviour_of_triggers_tsv_has_its_entry():
    kinds = {trigger.kind for trigger in lexicon.triggers()}
    assert kinds == set(FRAMES)
    assert set(BEHAVIOURS) == set(lexicon.BEHAVIOURS)
    assert all(frame.kind == kind and frame.scored in ("join", "leave") for kind, frame in FRAMES.items())


def test_the_frames_name_their_strategies_by_family():
    for frame in FRAMES.values():
        assert all(rule.startswith("subject:") for rule in frame.subjects), frame.kind
        assert all(rule.startswith("org:") for rule in frame.organizations), frame.kind
        assert len(set(frame.organizations)) == len(frame.organizations), frame.kind  # one priority each


def test_the_leave_frame_runs_the_bare_leave_strategies_in_its_order():
    bare = [rule for rule, _ in BARE_LEAVE_ORGS]
    first = LEAVE_ORGS.index(bare[0])
    assert list(LEAVE_ORGS[first : first + len(bare)]) == bare
    assert FRAMES["leave"].organizations == LEAVE_ORGS


@pytest.mark.parametrize(
    ("text", "verb", "org", "rule"),
    [
        ("小鹏自动驾驶副总裁柏文远将离职。", "离职", "小鹏", "org:describing-name"),
        ("据蔚来内部人士透露柏文远已离职。", "离职", "蔚来", "org:clause-before-name"),
        ("小鹏前总裁柏文远昨天受访。小米发布新车,7月,柏文远离职。", "离职", "小鹏", "org:described-earlier"),
        ("小米发布新车,7月,柏文远离职。", "离职", "小米", "org:sentence-not-joined"),
        ("柏文远在谷歌任职近十年,上月刚刚离职。", "离职", "谷歌", "org:placed-earlier"),
        ("据悉:\n- 柏文远:智谱AI前副总裁,今年1月辞任\n", "辞任", "智谱AI", "org:list-heading"),
        ("柏文远离开后,宇树科技并未调整架构。", "离开", "宇树科技", "org:left-behind"),
        ("在百度,那一年变化很多。3月27日,高级副总裁柏文远离职。", "离职", "百度", "org:scene"),
    ],
)
def test_each_bare_leave_strategy_finds_its_organization(view, text, verb, org, rule):
    found = found_for(view, text, verb)
    assert [o.text for o in found.orgs] == [org]
    assert found.rules == [rule]


def test_a_bare_leave_before_any_strategy_finds_nothing_waits_for_the_article(view):
    found = found_for(view, "据悉,柏文远已于上月离职。", "离职")
    assert found.settle_later and found.rules == []


def test_list_order_is_priority(view):
    # 小米 (sentence-not-joined) and 小鹏 (describing-name) both fit: the earlier strategy decides.
    found = found_for(view, "小米发布新车,7月,小鹏副总裁柏文远离职。", "离职")
    assert [o.text for o in found.orgs] == ["小鹏"] and found.rules == ["org:describing-name"]


def _frames_of(nlp, text: str) -> list[str]:
    from talentflow.api import extract_text

    return [r.rules.split()[1] for r in extract_text(text, doc="t", published="2025-08-26", nlp=nlp) if r.rules.startswith("serve:")]


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        ("2023年5月,柏文远任中国铁塔董事。", ["frame:dated-post"]),
        ("柏文远任中国联通总经理,免去其中国移动副总经理职务。", ["frame:appointed-and-relieved"]),
        # Both fit: the dated post comes first in POST_FRAMES and decides.
        ("2023年5月,柏文远任中国联通总经理,免去其中国移动副总经理职务。", ["frame:dated-post"]),
        ("柏文远现任中国铁塔董事。", []),  # a post merely held: no frame fits
    ],
)
def test_a_serving_verb_without_a_span_takes_the_first_post_frame_that_fits(nlp, text, frames):
    assert _frames_of(nlp, text) == frames


def test_time_and_status_come_back_as_named_values_with_their_rule(view):
    from fact_sets import trigger_at

    from talentflow.relations.attributes import Ruled, record_status, record_time

    read = view("柏文远计划于2024年3月加入星河科技。")
    trigger, sentence, clause = trigger_at(read, "加入")
    person = read.persons.inside(clause.start, trigger.start_char)[0]
    time = record_time(read, sentence, clause, trigger.start_char, trigger.end_char, "join")
    status = record_status(read, sentence, clause, person, trigger.start_char)
    assert isinstance(time, Ruled) and isinstance(status, Ruled)
    assert (time.value, time.rule) == ("2024-03", "time:clause")
    assert (status.value, status.rule) == ("announced", "status:announced")
    assert time.rule in FRAMES["join"].attributes and status.rule in FRAMES["join"].attributes


def test_each_kind_is_read_by_the_reader_its_frame_names():
    from talentflow.relations.frames import FRAME_READERS, TRIGGER_READERS

    assert {frame.reader for frame in FRAMES.values()} == set(FRAME_READERS) | set(TRIGGER_READERS)
    assert not set(FRAME_READERS) & set(TRIGGER_READERS)  # a reader is one or the other
    assert FRAMES["serve"].reader == "served"  # the extractor hands serving verbs to served.py
    assert (FRAMES["hire"].reader, FRAMES["fire"].reader, FRAMES["origin"].reader) == ("org-subject", "org-subject", "origin")


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("蔚来从特斯拉挖来了柏文远。", ["hire:挖来", "subject:object-after-verb", "org:subject"]),  # org-subject
        ("来自华为云的前首席架构师柏文远表示,前景很好。", ["origin:来自", "subject:origin-modified", "org:after-verb"]),  # origin
        ("柏文远于2024年3月加入Anthropic。", ["join:加入", "subject:clause", "org:after-verb"]),  # person
        ("2019年至2021年,柏文远在谷歌担任研究工程师。", ["serve:担任", "frame:served-span"]),  # served
    ],
)
def test_the_reader_writes_its_rules_first(nlp, text, rules):
    from talentflow.api import extract_text

    found = [r.rules.split() for r in extract_text(text, doc="t", published="2025-08-26", nlp=nlp)]
    assert found and found[0][: len(rules)] == rules
