"""Tests for pipeline.report: one self-contained HTML page, checked as text and in Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.report import build_report, net_layout, sankey_layout, write_report

ARTICLES = {
    "n1": ("2025-03-01", "据The Information报道，谷歌研究科学家张伟或将离开谷歌，加入Meta。"),
    "n2": ("2025-03-05", "張偉已於2025年3月正式從Google跳槽至Meta，擔任研究科學家。"),
    "n4": ("2025-03-12", "林思远2019年加入百度。2022年，林思远从百度跳槽至阿里巴巴，担任算法总监。"),
    # Markup in an article is text to show, never markup to run.
    "n6": ("2025-03-20", "标题<script>alert('x')</script>\n王若溪于2024年5月加入腾讯。"),
}
GOLD = [
    {"doc": "n1", "person": "张伟", "from_org": "谷歌", "to_org": "Meta", "status": "reported",
     "evidence": "据The Information报道，谷歌研究科学家张伟或将离开谷歌，加入Meta。"},
    {"doc": "n4", "person": "林思远", "to_org": "百度", "time": "2019", "evidence": "林思远2019年加入百度。"},
    # Not what the article says: a false negative to show in context.
    {"doc": "n4", "person": "林思远", "to_org": "腾讯", "evidence": "林思远2019年加入百度。"},
]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    folder = root / "articles"
    folder.mkdir()
    for doc, (_, text) in ARTICLES.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    meta = root / "meta.jsonl"
    meta.write_text(
        "".join(json.dumps({"doc": doc, "published": published}) + "\n" for doc, (published, _) in ARTICLES.items()),
        encoding="utf-8",
    )
    gold = root / "gold.jsonl"
    gold.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in GOLD), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def report(nlp, news):
    return build_report([news / "articles"], meta=news / "meta.jsonl", gold=news / "gold.jsonl", nlp=nlp)


@pytest.fixture(scope="module")
def page(report, news):
    return write_report(report, news / "report.html")


def test_the_page_loads_nothing_from_the_network(report):
    html = report.html
    assert "http://" not in html and "https://" not in html
    assert not re.search(r"<script[^>]*\bsrc\s*=", html)
    assert not re.search(r"<link\b", html)
    assert "@import" not in html and "url(" not in html


def test_summary_figures(report):
    summary = report.summary
    assert (summary.articles, summary.failures) == (4, 0)
    assert summary.records == len(report.batch.frame)
    assert summary.moves < summary.records  # 张伟's move is told twice
    for figure in (summary.articles, summary.records, summary.moves, summary.people, summary.organizations):
        assert f'<span class="figure">{figure}</span>' in report.html


def test_the_moves_table_has_the_merged_move_with_its_evidence_and_article_links(report):
    html = report.html
    assert '<table id="moves-table"' in html
    row = re.search(r'<tr id="move-m1"[^>]*>(.*?)</tr>', html, re.S).group(1)
    assert "张伟" in row and "Google" in row and "Meta" in row
    assert '<a href="#doc-n1">n1</a>' in row and '<a href="#doc-n2">n2</a>' in row
    assert "<mark>张伟</mark>" in row or "<mark>張偉</mark>" in row


def test_the_charts_are_inline_svg(report):
    html = report.html
    sankey = re.search(r'<svg id="sankey".*?</svg>', html, re.S).group(0)
    assert sankey.count('<path class="link"') >= 2
    assert 'data-org="Google"' in sankey and 'data-org="Meta"' in sankey
    net = re.search(r'<svg id="netflow".*?</svg>', html, re.S).group(0)
    assert 'class="bar gain" data-org="Meta"' in net


def test_the_article_view_highlights_entities_and_lists_moves_under_their_sentence(report):
    article = re.search(r'<article id="doc-n4".*?</header>(.*?)</article>', report.html, re.S).group(1)
    for label in ("PERSON", "ORG", "DATE", "TRIGGER"):
        assert f'data-label="{label}"' in article
    # 2019年加入百度 is listed right after its sentence, before the next one's text.
    first_list = article.index('<ul class="items">')
    assert article.index("2019") < first_list < article.index("跳槽至")


def test_article_text_is_escaped(report):
    assert "&lt;script&gt;alert(" in report.html
    assert report.html.count("<script") == 2  # the error catcher and the page's own script


def test_gold_gives_the_evaluation_and_each_error_in_context(report):
    html = report.html
    assert '<section id="evaluation">' in html
    assert report.evaluation is not None and report.evaluation.overall.fn >= 1
    errors = re.search(r'<table class="errors">.*?</table>', html, re.S).group(0)
    assert '<span class="verdict fn">FN</span>' in errors and "腾讯" in errors
    assert '<span class="verdict fp">FP</span>' in errors  # 百度 → 阿里巴巴 is not in this gold
    article = re.search(r'<article id="doc-n4".*?</article>', html, re.S).group(0)
    assert 'class="fn"' in article and "missed: <b>林思远</b> join 腾讯" in article
    assert '<span class="verdict fp">FP' in article


def test_sankey_layout_groups_the_tail_and_skips_moves_inside_one_organization():
    pairs = pd.DataFrame(
        {
            "from_org": ["Google", "Google", "百度", "腾讯", "Meta"],
            "to_org": ["Meta", "OpenAI", "Meta", "OpenAI", "Meta"],
            "moves": [3, 1, 2, 1, 5],
        }
    )
    chart = sankey_layout(pairs, top=1)
    assert (chart.total, chart.shown) == (7, 6)  # 腾讯 → OpenAI is other → other
    nodes = {(node.side, node.name): node.value for node in chart.nodes}
    assert nodes == {("source", "Google"): 4, ("source", "other"): 2, ("target", "Meta"): 5, ("target", "other"): 1}
    heights = {(node.side, node.name): node.height for node in chart.nodes}
    assert heights[("source", "Google")] == pytest.approx(2 * heights[("source", "other")], abs=0.02)


def test_net_layout_puts_gains_above_losses():
    organizations = pd.DataFrame(
        {"org": ["A", "B", "C", "D"], "joins": [5, 1, 0, 2], "leaves": [1, 1, 3, 0], "net": [4, 0, -3, 2]}
    )
    chart = net_layout(organizations)
    assert [(bar.name, bar.positive) for bar in chart.bars] == [("A", True), ("D", True), ("C", False)]
    assert chart.bars[0].width > chart.bars[1].width


def test_report_command(nlp, news, tmp_path):
    out = tmp_path / "report.html"
    args = ["report", str(news / "articles"), "--meta", str(news / "meta.jsonl"), "-o", str(out), "--workers", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert "4 articles" in result.stderr
    missing = CliRunner().invoke(app, ["report", str(tmp_path / "none"), "-o", str(out)])
    assert missing.exit_code == 2


# ---------------------------------------------------------------- in a real browser


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        # Console messages (and uncaught errors) go to stderr as `CONSOLE` lines.
        "--enable-logging=stderr",
        "--v=0",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_page_renders_in_chromium(page, tmp_path):
    url = page.resolve().as_uri()
    dom = chromium(tmp_path / "profile-dom", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    console = [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    html = dom.stdout
    assert 'data-ready="1"' in html  # the page's script ran to its end
    assert not re.search(r"<html[^>]*data-js-error", html)  # the error catcher caught nothing
    assert re.search(r'<span id="moves-count"[^>]*>\d+ moves</span>', html)
    assert html.count('<tr id="move-') >= 3
    assert '<svg id="sankey"' in html and '<path class="link"' in html

    shot = tmp_path / "report.png"
    run = chromium(
        tmp_path / "profile-shot", "--hide-scrollbars", "--window-size=1280,1400", f"--screenshot={shot}", url
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
