"""Spaces between Chinese and Latin words or digits (text/spacing.py): the extractor
reads the article as if they were absent, and gives records in the article's own text."""

import pytest

from talentflow.api import extract_text
from talentflow.text.spacing import compact

SPACED = "2023 年 9 月,星穹科技工程师韩叙之离职,加入字节跳动 Seed 团队,担任 VLA 负责人。"
PLAIN = "2023年9月,星穹科技工程师韩叙之离职,加入字节跳动Seed团队,担任VLA负责人。"


def test_compact_takes_out_only_spaces_between_chinese_and_latin():
    read = compact("加入 Nova Labs 的 3 名研究员 在 2024 年")
    # Between two Latin words and between two Chinese characters the space stays.
    assert read.text == "加入Nova Labs的3名研究员 在2024年"
    assert read.changed


def test_compact_positions_slice_the_original():
    read = compact("她加入 Meta 超级智能实验室")
    start = read.text.index("Meta超级")
    assert read.span(start, start + len("Meta超级智能实验室")) == (4, 4 + len("Meta 超级智能实验室"))
    assert read.as_written("Meta超级智能实验室") == "Meta 超级智能实验室"


def test_text_without_such_spaces_is_read_as_is():
    read = compact("Lena Park加入了Orbit AI。")
    assert not read.changed and read.text == read.original
    assert read.as_written("Orbit AI") == "Orbit AI"


def test_no_break_space_and_percent_count_as_gaps():
    assert compact("持股 20% 的\u00a0Vela 资本").text == "持股20%的Vela资本"


def test_as_written_takes_the_occurrence_nearest_the_record():
    read = compact("云栖 AI 发布新品。韩叙之加入云栖 AI。")
    near = read.text.rindex("云栖AI")
    assert read.as_written("云栖AI", near) == "云栖 AI"
    assert read.as_written("不在文中") == "不在文中"


@pytest.fixture(scope="module")
def both():
    return extract_text(SPACED, published="2023-10-01"), extract_text(PLAIN, published="2023-10-01")


def test_a_spaced_article_gives_the_records_of_the_unspaced_one(both):
    spaced, plain = both
    assert plain, "the unspaced sentence states a join"
    key = lambda move: (move.person, move.from_org.replace(" ", ""), move.to_org.replace(" ", ""), move.time, move.rules)
    assert [key(move) for move in spaced] == [key(move) for move in plain]


def test_records_of_a_spaced_article_quote_it_as_written(both):
    spaced, _ = both
    join = next(move for move in spaced if move.to_org)
    # The organization and the evidence keep the article's spaces; the offsets slice it.
    assert join.to_org in SPACED and " " in join.to_org
    assert join.evidence in SPACED
    assert SPACED[join.start : join.end] == join.trigger
    assert join.role in SPACED


def test_carriage_returns_and_blank_lines_are_layout():
    read = compact("甲\r\n\r\n乙\n\n\n丙\n\u3000\n丁")
    assert read.text == "甲\n乙\n丙\n丁"
    assert read.span(read.text.index("丁"), len(read.text)) == (len(read.original) - 1, len(read.original))


ROSTER = (
    "6月3日,自动驾驶初创公司星桥科技宣布完成管理层调整。新组建的管理团队共三人,具体名单如下:\n"
    "蔺书远,首席执行官,原北辰汽车自动驾驶事业部总监\n包若溪,首席财务官,原云岫资本副总裁\n韦南乔,首席技术官,原极木科技研发负责人\n"
)


@pytest.mark.parametrize("layout", ["\n\n", "\r\n", "\r\n\r\n", "\n\u3000\n"])
def test_a_roster_with_blank_lines_or_carriage_returns_reads_as_one_list(layout):
    tight = {(m.person, m.from_org, m.to_org) for m in extract_text(ROSTER)}
    text = ROSTER.replace("\n", layout)
    laid_out = extract_text(text)
    assert len(tight) == 3 and {(m.person, m.from_org, m.to_org) for m in laid_out} == tight
    for move in laid_out:
        assert move.evidence in text and text[move.start : move.end] == move.trigger


def test_a_trigger_told_twice_keeps_its_joined_form(both):
    spaced, _ = both
    for move in spaced:
        assert move.trigger in SPACED or "…" in move.trigger
