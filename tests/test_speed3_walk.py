"""The segmenter's shortcut gives the tokens of the long way (invented sentences).

The segmenter appends runs of quiet tokens (segment_loud.LoudWords) without its
rule chain; with every token loud the chain reads each one, and the tokens must
be the same.
"""

from __future__ import annotations

import pytest

SENTENCES = [
    "据悉,冯兰建于2021年加入星港科技,出任首席技术官。",
    "而梁孟松于去年离开,后任利锋加入云杉智能担任CTO。",
    "元老李吴南与周以恒、龙静博以合伙人身份加盟OpenAICTOMiraMurati团队。",
    "俞军做顾问,张健将加入百度公司总裁办。\r\n石华均已从xAI离职。",
    "禤嘉树称,ADS 1.0和ADS 2.0的研发由尉迟安于本月初辞任后接手。",
    "",
    "a",
    "上官若溪\r\n\r\n 欧阳清远(音译)  ,杨浩秀现为北辰机器人公司副总裁。",
]


class _AllLoud(dict):
    def __missing__(self, word: str) -> int:
        return 7


@pytest.fixture(scope="module")
def segmenter():
    from spacy.vocab import Vocab

    from talentflow.components.segment import JiebaSegmenter, user_words

    return JiebaSegmenter(Vocab(), words=user_words())


@pytest.mark.parametrize("text", SENTENCES)
def test_quiet_runs_give_the_tokens_of_the_whole_chain(segmenter, text):
    quick = segmenter._segment(text)
    quiet = segmenter._loud
    segmenter._loud = _AllLoud()
    try:
        assert segmenter._segment(text) == quick
    finally:
        segmenter._loud = quiet
