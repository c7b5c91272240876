"""Sentences and clauses of the shadow text (pipeline/text/sentences.py), on hand-written lines."""

from __future__ import annotations

from talentflow.text.sentences import Clause, Sentence, split_sentences


def texts(text: str) -> list[tuple[str, list[str]]]:
    """Each sentence's text and its clauses' texts."""
    return [(text[s.start : s.end], [text[c.start : c.end] for c in s.clauses]) for s in split_sentences(text)]


def test_sentences_end_at_full_stops_and_clauses_at_commas_semicolons_colons():
    text = "韩立明离开谷歌,加入Meta。陆嘉怡:已入职京东;负责搜索!邵文博呢?"
    assert texts(text) == [
        ("韩立明离开谷歌,加入Meta。", ["韩立明离开谷歌,", "加入Meta。"]),
        ("陆嘉怡:已入职京东;负责搜索!", ["陆嘉怡:", "已入职京东;", "负责搜索!"]),
        ("邵文博呢?", ["邵文博呢?"]),
    ]


def test_a_comma_inside_brackets_does_not_split_a_clause():
    # 杜楠(音译,Nan Du): the bracket is one aside, the name's clause stays whole.
    assert texts("杜楠(音译,Nan Du)加入谷歌,担任研究员。") == [
        ("杜楠(音译,Nan Du)加入谷歌,担任研究员。", ["杜楠(音译,Nan Du)加入谷歌,", "担任研究员。"])
    ]
    assert texts("他说「我已离职,下周入职」。") == [("他说「我已离职,下周入职」。", ["他说「我已离职,下周入职」。"])]


def test_a_closing_quote_belongs_to_the_sentence_it_ends():
    assert [sentence for sentence, _ in texts("他说:“我已离职。”随后加入百度。")] == ["他说:“我已离职。”", "随后加入百度。"]


def test_a_line_break_ends_a_sentence_and_spaces_around_it_are_trimmed():
    text = "  ## 许晨阳 \n\n2018年加入百度\n"
    sentences = split_sentences(text)
    assert [text[s.start : s.end] for s in sentences] == ["## 许晨阳", "2018年加入百度"]
    assert sentences[0].start == 2


def test_a_headline_splits_its_phrases_at_spaces_between_chinese_characters():
    # 技术长林安远请辞 前谷歌总监Ann Lee接任: the space inside a Latin name splits nothing.
    assert texts("星河科技人事变动 技术长林安远请辞 前谷歌总监Ann Lee接任") == [
        ("星河科技人事变动 技术长林安远请辞 前谷歌总监Ann Lee接任", ["星河科技人事变动 ", "技术长林安远请辞 ", "前谷歌总监Ann Lee接任"])
    ]


def test_clause_at_finds_the_clause_holding_an_offset():
    text = "韩立明离开谷歌,加入Meta。"
    (sentence,) = split_sentences(text)
    assert sentence.clause_at(text.index("加入")) == Clause(8, 15)
    assert sentence.clause_at(0) == Clause(0, 8)
    # Past the clauses (or a sentence built without them): the whole sentence.
    assert Sentence(0, 5).clause_at(2) == Clause(0, 5)


def test_text_without_an_ending_is_still_a_sentence_and_blank_text_none():
    assert texts("邵文博加入京东") == [("邵文博加入京东", ["邵文博加入京东"])]
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []
