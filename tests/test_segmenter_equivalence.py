"""The fast backend must segment exactly as pure jieba does, on every text we have."""

from __future__ import annotations

from pathlib import Path

import pytest

from talentflow.components import jieba_backends
from talentflow.text.textnorm import shadow

pytest.importorskip("jieba_fast_dat")

ROOT = Path(__file__).resolve().parent.parent
REALDEV = ROOT.parent / "shared" / "realdev" / "texts"


def _texts(folder: Path) -> list[Path]:
    return sorted(path for path in folder.glob("*") if path.is_file()) if folder.is_dir() else []


@pytest.fixture(scope="module")
def segmenters():
    from spacy.vocab import Vocab

    from talentflow.components.segment import JiebaSegmenter, user_words

    words = user_words()
    return (
        JiebaSegmenter(Vocab(), words=words, backend=jieba_backends.REFERENCE),
        JiebaSegmenter(Vocab(), words=words, backend=jieba_backends.FAST),
    )


def _same_tokens(segmenters, path: Path) -> None:
    reference, fast = segmenters
    text = shadow(path.read_text(encoding="utf-8"))
    assert fast.segment(text) == reference.segment(text), path.name


@pytest.mark.parametrize("path", _texts(ROOT / "corpus" / "articles"), ids=lambda path: path.name)
def test_corpus_segments_alike(segmenters, path):
    _same_tokens(segmenters, path)


@pytest.mark.skipif(not REALDEV.is_dir(), reason="../shared/realdev is not present")
@pytest.mark.parametrize("path", _texts(REALDEV), ids=lambda path: path.name)
def test_realdev_segments_alike(segmenters, path):
    _same_tokens(segmenters, path)


@pytest.mark.parametrize(
    "text",
    [
        # Equally likely routes (user words share one frequency): jieba takes the longer first word.
        "同日，阿里巴巴集团副总裁、淘天集团",
        "此前是腾讯混元大模型的技术负责人",
        # jieba's HMM keeps decimals and percentages whole, and reads rare characters its way.
        "星图2.0发布，同比增长42%，禤嘉树称",
        "",
        "  \r\n\t",
        # Between blocks every character is a token and \r\n one token.
        "据悉，\r\n\r\n张三 \u3000加入：OpenAI\r\r\n（2019）",
    ],
)
def test_known_differences_of_jieba_fast_dat_are_settled(segmenters, text):
    reference, fast = segmenters
    assert fast.segment(text) == reference.segment(text)


def test_known_answers_as_jieba_freq(segmenters):
    reference, fast = segmenters
    for token in ["中华人", "中华人民共和国", "张健将", "李力耘曾", "年任", "阿里巴巴集", "xyz"]:
        assert fast.backend.known(token) == reference.backend.known(token), token


def test_environment_forces_the_reference(monkeypatch):
    monkeypatch.setenv(jieba_backends.SEGMENTER_VARIABLE, "jieba")
    assert isinstance(jieba_backends.choose_backend(["入职"]), jieba_backends.PureJieba)


def test_verified_fast_backend_is_chosen(monkeypatch, tmp_path):
    monkeypatch.delenv(jieba_backends.SEGMENTER_VARIABLE, raising=False)
    monkeypatch.setenv("TALENTFLOW_CACHE_DIR", str(tmp_path))
    assert isinstance(jieba_backends.choose_backend(["入职", "集团副总裁"]), jieba_backends.FastJieba)


def test_disagreeing_fast_backend_falls_back(monkeypatch, tmp_path):
    monkeypatch.delenv(jieba_backends.SEGMENTER_VARIABLE, raising=False)
    monkeypatch.setenv("TALENTFLOW_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(jieba_backends, "_fast_agrees", lambda words: False)
    assert isinstance(jieba_backends.choose_backend(["入职"]), jieba_backends.PureJieba)


def test_probe_catches_jieba_fast_dat_own_cut(segmenters):
    # The start-up check must be able to fail: jieba-fast-dat's own cut differs on it.
    import jieba_fast_dat

    from talentflow.resources import jieba_dict
    from talentflow.components.segment import user_words

    reference, _ = segmenters
    words = user_words()
    own = jieba_fast_dat.Tokenizer(jieba_dict.dictionary_path())
    own.initialize()
    for word in words:
        own.add_word(word, freq=max(jieba_backends.USER_WORD_FREQ, own.get_freq(word)))
    probe = jieba_backends._probe(words)
    assert own.lcut(probe) != reference.backend.cut(probe)
