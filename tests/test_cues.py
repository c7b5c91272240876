"""Trigger verbs and cue words as span groups (pipeline/components/cues.py), on hand-written sentences.

The data rows themselves are each shown at work in tests/test_data_rows.py; these
tests hold the finder's own rules: longest match, labels from the data files,
matching on the simplified norms, no cue inside a name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from talentflow.resources import lexicon


@pytest.fixture(scope="module")
def spans(nlp):
    def run(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        doc = nlp.make_doc(text)
        doc._.published = dt.date(2025, 8, 26)
        doc = nlp(doc)
        return [(s.text, s.label_) for s in doc.spans["triggers"]], [(s.text, s.label_) for s in doc.spans["cues"]]

    return run


def test_the_finder_is_a_pipeline_stage(nlp):
    assert "talentflow_cues" in [factory for _, factory in ((n, nlp.get_pipe_meta(n).factory) for n in nlp.pipe_names)]


def test_labels_come_from_the_data_files(spans):
    triggers, cues = spans("据报道，黄志诚即将离开英伟达。")
    kinds = {t.verb: t.kind for t in lexicon.triggers()}
    values = lexicon.cue_table("cues.tsv")
    assert triggers == [("离开", kinds["离开"])] == [("离开", "leave")]
    assert cues == [("据报道", values["据报道"]), ("即将", values["即将"])] == [("据报道", "reported"), ("即将", "announced")]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("韩立明跳槽至小米。", "跳槽至"),  # not 跳槽
        ("韩立明不再担任美团高级副总裁。", "不再担任"),  # not 担任
        ("罗欣联合创立了星云科技。", "联合创立"),  # not 创立
        ("陆嘉怡回流到字节跳动。", "回流到"),  # not 回流
    ],
)
def test_the_longest_verb_wins(spans, text, verb):
    assert [word for word, _ in spans(text)[0]] == [verb]


def test_the_longest_cue_wins(spans):
    assert spans("黄志诚曾试图加入英伟达。")[1] == [("曾试图", "hypothetical")]
    assert spans("黄志诚将会加入英伟达。")[1] == [("将会", "announced")]


def test_traditional_script_matches_through_the_simplified_norms(spans):
    triggers, cues = spans("據報導，陳思遠將會離開輝達。")
    assert triggers == [("離開", "leave")]
    assert cues == [("據報導", "reported"), ("將會", "announced")]


def test_a_cue_inside_a_name_is_no_cue(spans):
    # 未 in 东方未晞 is part of the name; the 未 after it is a negation.
    assert spans("东方未晞加入了百度。")[1] == []
    assert spans("东方未晞未加入百度。")[1] == [("未", "negated")]


def test_spans_are_in_text_order_and_empty_without_any(spans):
    triggers, _ = spans("韩立明离开谷歌，加入Meta，担任研究员。")
    assert [word for word, _ in triggers] == ["离开", "加入", "担任"]
    assert spans("今天天气很好。") == ([], [])
