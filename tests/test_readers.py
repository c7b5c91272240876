"""Tests for reading files (pipeline/batch: articles, decoding, jsonl, meta): one test per bad-input class, fixtures written here."""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import json
import os
from pathlib import Path

import pytest

from talentflow.models import Article
from talentflow.batch.articles import read_articles, split_front_matter
from talentflow.batch.decoding import decode
from talentflow.batch.errors import InputError
from talentflow.batch.meta import load_meta

SIMPLIFIED = "张伟于2024年3月加入腾讯，担任研究员。他此前在一家创业公司负责推荐系统的研发工作。"
TRADITIONAL = "張偉於2024年3月加入騰訊，擔任研究員。他此前在一家創業公司負責推薦系統的研發工作。"


def read_all(path: Path, doc: str = "doc", meta: dict | None = None) -> list[Article | InputError]:
    return list(read_articles(path, doc, meta or {}))


@pytest.mark.parametrize(
    ("encoding", "text", "prefix"),
    [
        ("utf-8", SIMPLIFIED, b""),
        ("utf-8", SIMPLIFIED, codecs.BOM_UTF8),
        ("utf-16-le", SIMPLIFIED, codecs.BOM_UTF16_LE),
        ("utf-16-be", SIMPLIFIED, codecs.BOM_UTF16_BE),
        ("gb18030", SIMPLIFIED, b""),
        ("gbk", SIMPLIFIED, b""),
        ("gb18030", TRADITIONAL, b""),
        ("big5", TRADITIONAL, b""),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "gb18030", "gbk", "gb18030-traditional", "big5"],
)
def test_encodings_are_detected_not_guessed(tmp_path, encoding, text, prefix):
    path = tmp_path / "article.txt"
    path.write_bytes(prefix + codecs.encode(text, encoding))
    (article,) = read_all(path)
    assert article.text == text


def test_bytes_that_are_no_text_fail_with_a_reason(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(InputError, match="binary") as caught:
        read_all(path)
    assert caught.value.stage == "decode"
    assert str(path) in str(caught.value)


def test_undecodable_bytes_fail_instead_of_mojibake():
    noise = bytes((index * 151 + 7) % 255 + 1 for index in range(4000))
    with pytest.raises(InputError) as caught:
        decode(noise, "noise.txt")
    assert caught.value.stage == "decode"


def test_broken_utf16_after_its_bom_fails():
    with pytest.raises(InputError, match="utf-16"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "broken.txt")


def test_empty_file_is_an_empty_article(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    (article,) = read_all(path)
    assert article.text == ""


def test_front_matter_gives_published_url_and_title(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\npublished: 2025-08-26\nurl: https://example.com/a\ntitle: \"张伟加入腾讯\"\n---\n" + SIMPLIFIED,
        encoding="utf-8",
    )
    (article,) = read_all(path, "a")
    assert article.text == SIMPLIFIED
    assert article.published == dt.date(2025, 8, 26)
    assert (article.url, article.title) == ("https://example.com/a", "张伟加入腾讯")


def test_text_without_front_matter_is_kept_whole():
    text = "---这不是前言\n" + SIMPLIFIED
    assert split_front_matter(text) == ({}, text)


def test_meta_overrides_front_matter(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2025-08-26\n---\n" + SIMPLIFIED, encoding="utf-8")
    (article,) = read_all(path, "a", {"a": {"doc": "a", "published": "2024-01-02", "url": "u"}})
    assert (article.published, article.url) == (dt.date(2024, 1, 2), "u")


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_meta_file_jsonl_and_csv(tmp_path, suffix):
    path = tmp_path / f"meta{suffix}"
    if suffix == ".csv":
        path.write_text("doc,published,url,title\na,2025-08-26,https://x/a,标题\nb,2025-01-02,,\n", encoding="utf-8-sig")
    else:
        rows = [{"doc": "a", "published": "2025-08-26", "url": "https://x/a", "title": "标题"}, {"doc": "b", "published": "2025-01-02"}]
        path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    meta = load_meta(path)
    assert set(meta) == {"a", "b"}
    assert meta["a"]["published"] == "2025-08-26"
    assert meta["a"]["title"] == "标题"


def test_meta_without_doc_names_the_row(tmp_path):
    path = tmp_path / "meta.jsonl"
    path.write_text('{"doc": "a"}\n{"published": "2025-01-01"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        load_meta(path)


def test_json_article_fields(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"content": SIMPLIFIED, "date": "2025年8月26日", "url": "https://x"}, ensure_ascii=False))
    (article,) = read_all(path, "a")
    assert article.text == SIMPLIFIED
    assert article.published == dt.date(2025, 8, 26)


def test_json_without_text_field_fails(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"title": "only a title"}', encoding="utf-8")
    with pytest.raises(InputError, match="no text field"):
        read_all(path, "a")


def test_broken_jsonl_line_fails_alone(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "x1", "text": SIMPLIFIED}, ensure_ascii=False)
    path.write_text(f"{good}\n{{not json\n\n" + json.dumps({"text": TRADITIONAL}, ensure_ascii=False) + "\n", encoding="utf-8")
    items = read_all(path, "feed")
    assert [type(item) for item in items] == [Article, InputError, Article]
    assert items[0].doc == "x1"
    assert "line 2" in items[1].reason
    # No `id` field: the doc id is <stem>:<line>.
    assert items[2].doc == "feed:4"


def test_file_name_with_spaces_and_chinese(tmp_path):
    path = tmp_path / "科技 新闻 2024.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    (article,) = read_all(path, "科技 新闻 2024")
    assert article.source == str(path)


def test_unreadable_file_fails_with_the_os_reason(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            # Root (as CI runs) reads through chmod 000, and so does Windows: the
            # refusal the OS gives everyone else is raised where the reader reads.
            read_bytes = Path.read_bytes

            def refuse(self: Path) -> bytes:
                if self == path:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
                return read_bytes(self)

            monkeypatch.setattr(Path, "read_bytes", refuse)
        with pytest.raises(InputError, match="cannot read: Permission denied") as caught:
            read_all(path)
        assert caught.value.stage == "read"
        assert str(path) in str(caught.value)
    finally:
        path.chmod(0o644)


HTML_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}">
<title>张伟加入腾讯 - 科技新闻网</title>
<meta property="og:title" content="张伟加入腾讯">
<meta property="article:published_time" content="2024-03-15T08:00:00+08:00">
<link rel="canonical" href="https://news.example.com/2024/a.html">
<style>body {{ color: red; }} .nav::after {{ content: "样式里的文字"; }}</style>
<script>var teaser = "脚本里的李四于2023年1月加入阿里巴巴。";</script>
</head><body>
<nav class="nav"><a href="/">首页</a> <a href="/tech">科技</a> <a href="/x">王五加入百度</a></nav>
<header><h1>张伟加入腾讯</h1></header>
<article>
<p>张伟于2024年3月加入腾讯。他此前在一家创业公司担任工程师，负责推荐系统的研发工作，在业内颇有名气。</p>
<p>据了解，腾讯近年来持续加大在人工智能领域的投入，吸引了大量优秀人才加盟，团队规模不断扩大。</p>
</article>
<footer>版权所有 © 2024 科技新闻网 <a href="/about">关于我们</a></footer>
<script>console.log("赵六离职");</script>
</body></html>
"""


@pytest.mark.parametrize(("suffix", "encoding"), [(".html", "utf-8"), (".htm", "gb18030")])
def test_html_page_gives_main_text_title_and_date(tmp_path, suffix, encoding):
    path = tmp_path / f"page{suffix}"
    path.write_bytes(HTML_PAGE.format(charset=encoding).encode(encoding))
    (article,) = read_all(path, "page")
    assert article.text.startswith("张伟于2024年3月加入腾讯。")
    assert "人才加盟" in article.text
    for noise in ("首页", "王五", "李四", "赵六", "color", "样式", "版权所有"):
        assert noise not in article.text
    assert article.title == "张伟加入腾讯"
    assert article.published == dt.date(2024, 3, 15)
    assert article.url == "https://news.example.com/2024/a.html"


def test_html_page_on_a_plain_install_fails_naming_the_extra(tmp_path, monkeypatch):
    # A plain `pip install talentflow` has no trafilatura: the page fails alone,
    # with the command that brings it, and the other files of the batch go on.
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)
    path = tmp_path / "page.html"
    path.write_bytes(HTML_PAGE.format(charset="utf-8").encode("utf-8"))
    with pytest.raises(InputError, match=r"pip install 'talentflow\[html\]'") as caught:
        read_all(path)
    assert caught.value.stage == "parse" and "page.html" in str(caught.value)


def test_html_page_without_text_fails(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script><style>p {}</style></head><body></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text") as caught:
        read_all(path)
    assert caught.value.stage == "parse"
