"""The segmenter's shortcuts give what the long way gives."""

from __future__ import annotations

import datetime

from talentflow.text import timex
from talentflow.components.segment import split_latin

TEXT = "2010-2012年在百度，2019年3月起至2020年任职，2021年7月至今在Meta；去年9月、8月2日离职。"


def test_time_spans_are_the_spans_of_find_times():
    spans = [(m.start, m.end) for m in timex.find_times(TEXT, published=datetime.date(2025, 8, 26))]
    assert timex.time_spans(TEXT) == spans
    assert (TEXT.index("至今"), TEXT.index("至今") + 2) in spans


def test_norms_are_lower_case_shadow_for_every_token(nlp):
    doc = nlp.make_doc("陳志傑加入ＯｐｅｎＡＩ，任ＣＴＯ。OpenAI")
    assert [token.norm_ for token in doc] == [doc._.shadow[t.idx : t.idx + len(t)].lower() for t in doc]


def test_latin_runs_are_cut_alike_when_remembered(nlp):
    segmenter = nlp.tokenizer
    for _ in range(2):
        assert segmenter._split_latin("OpenAICTOMiraMurati") == split_latin("OpenAICTOMiraMurati", segmenter.known_latin)


def test_remembered_hmm_reading_is_jiebas():
    from jieba import finalseg

    from talentflow.components.jieba_backends import _hmm

    for run in ["禤嘉树从", "李力耘曾", "禤嘉树从"]:
        assert _hmm(run) == tuple(finalseg.cut(run))


def test_chinese_numerals_read_as_cn2an_reads_them():
    import itertools

    import cn2an

    digits = "〇零一二三四五六七八九"
    years = ["".join(chars) for length in (1, 2, 3, 4) for chars in itertools.product(digits, repeat=length)]
    tens = [f"{ten}十{unit}" for ten in ["", "一", "二", "三"] for unit in ["", *"一二三四五六七八九"]]
    for numeral in years + tens:
        assert timex._num(numeral) == int(cn2an.cn2an(numeral, "smart")), numeral
    assert timex._num("2019") == 2019


def test_remembered_phrases_are_segmented_as_the_long_way(nlp):
    segmenter = nlp.tokenizer
    assert len(segmenter.phrases) > 1000
    for phrase, tokens in list(segmenter.phrases.items())[::7]:
        assert list(tokens) == segmenter._segment(phrase), phrase


def test_shadow_pattern_changes_what_the_table_changes():
    from talentflow.text import textnorm

    text = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF)
    assert textnorm._width_dots_accents(text) == text.translate(textnorm._SHADOW_TABLE)
    assert textnorm._width_dots_accents("ＯｐｅｎＡＩ，約翰・皮布爾斯，Tomás") == "OpenAI,約翰·皮布爾斯,Tomas"
