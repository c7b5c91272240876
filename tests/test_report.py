"""Tests for talentflow.analysis.report: one self-contained HTML page, checked as text, as data and in Chromium."""

from __future__ import annotations

import json
import os
import re

import pandas as pd
import pytest
from typer.testing import CliRunner

from talentflow.cli.main import app
from talentflow.analysis.browser import BrowserError, Chromium
from talentflow.analysis.charts import net_layout, sankey_layout
from talentflow.analysis.pagedata import decode_data
from talentflow.analysis.report import build_report, write_report

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


def test_the_interface_is_english_and_the_content_marked_chinese(report):
    html = report.html
    assert html.startswith('<!doctype html>\n<html lang="en">')
    for container in ('<tbody lang="zh-CN"></tbody>', '<div id="article-view" lang="zh-CN">', 'id="article-index" class="article-index" lang="zh-CN"'):
        assert container in html
    # A CJK font stack, Chinese faces first, so labels are never tofu.
    stack = re.search(r"font-family: ([^;]+);", html).group(1)
    assert stack.split(",")[0].strip() == '"Noto Sans CJK SC"'
    for face in ('"PingFang SC"', '"Microsoft YaHei"', '"Source Han Sans SC"', "sans-serif"):
        assert face in stack


def test_summary_figures(report):
    summary = report.summary
    assert (summary.articles, summary.failures) == (4, 0)
    assert summary.records == len(report.batch.frame)
    assert summary.moves < summary.records  # 张伟's move is told twice
    for figure in (summary.articles, summary.records, summary.moves, summary.people, summary.organizations):
        assert f'<span class="figure">{figure}</span>' in report.html


def test_the_page_carries_its_data_compressed_and_it_decodes_to_what_was_built(report):
    data = decode_data(report.html)
    assert data == json.loads(json.dumps(report.data, ensure_ascii=False))
    assert [article["d"] for article in data["articles"]] == ["n1", "n2", "n4", "n6"]
    # No article text is in the markup itself: it is built when opened.
    assert "林思远从百度跳槽至阿里巴巴" not in report.html
    assert "林思远从百度跳槽至阿里巴巴" in data["articles"][2]["x"]


def test_the_merged_move_has_its_evidence_sources_and_each_sources_values(report):
    move = next(move for move in report.data["moves"] if move["id"] == "m1")
    assert move["person"] in ("张伟", "張偉") and (move["from"], move["to"]) == ("Google", "Meta")
    assert move["docs"] == ["n1", "n2"] and move["evidence_doc"] == "n2"
    assert {"张伟", "張偉"} & set(move["marks"])
    # The two articles disagree (a rumour without a role, a done move as 研究科學家): each is listed.
    variants = {tuple(docs): values for *values, docs in move["variants"]}
    assert variants[("n1",)][2] == "reported" and variants[("n2",)][2] == "done"
    assert move["role"] in move["evidence"]  # the role shown is the one its sentence states


def test_the_charts_are_inline_svg(report):
    html = report.html
    sankey = re.search(r'<svg id="sankey".*?</svg>', html, re.S).group(0)
    assert sankey.count('<path class="link"') >= 2
    assert 'data-org="Google"' in sankey and 'data-org="Meta"' in sankey
    assert 'data-org="other"' not in sankey
    net = re.search(r'<svg id="netflow".*?</svg>', html, re.S).group(0)
    assert 'class="bar gain" data-org="Meta"' in net


def test_the_article_data_marks_entities_and_places_moves_under_their_sentence(report):
    data = report.data
    article = next(article for article in data["articles"] if article["d"] == "n4")
    text, entities = article["x"], article["e"]
    labels = {data["labels"][entities[k + 2]] for k in range(0, len(entities), 4)}
    assert {"PERSON", "ORG", "DATE", "TRIGGER"} <= labels
    marked = {(text[entities[k] : entities[k + 1]], data["labels"][entities[k + 2]]) for k in range(0, len(entities), 4)}
    assert ("林思远", "PERSON") in marked and ("百度", "ORG") in marked
    # 2019年加入百度 is listed right after its sentence, before the next one's text.
    first = next(block for block in article["b"] if block[2])
    assert "2019" in text[first[0] : first[1]] and "跳槽至" not in text[first[0] : first[1]]
    assert first[2][0][:4] == ["m", "林思远", "", "百度"]
    # Each move carries the rules that made it and its confidence (issue 15, 16).
    assert first[2][0][9].split()[:2] == ["join:加入", "subject:clause"]
    assert 0.0 <= float(first[2][0][10]) <= 1.0


def test_article_text_stays_text(report):
    # The markup in n6 travels inside the compressed data, never as markup of the page.
    # The error catcher, the page's script, and the data blocks (the moves, one per 100 articles).
    scripts = re.findall(r"<script\b[^>]*>", report.html)
    assert len(scripts) == 2 + 1 + 1
    assert [tag for tag in scripts if "application/gzip" not in tag] == ["<script>", "<script>"]
    assert "alert(" not in report.html
    n6 = next(article for article in report.data["articles"] if article["d"] == "n6")
    assert "<script>alert('x')</script>" in n6["x"]


def test_gold_gives_the_evaluation_and_each_error_in_context(report):
    html = report.html
    assert '<section id="evaluation">' in html
    assert report.evaluation is not None and report.evaluation.overall.fn >= 1
    errors = re.search(r'<table class="errors">.*?</table>', html, re.S).group(0)
    assert '<span class="verdict fn">FN</span>' in errors and "腾讯" in errors
    assert '<span class="verdict fp">FP</span>' in errors  # 百度 → 阿里巴巴 is not in this gold
    article = next(article for article in report.data["articles"] if article["d"] == "n4")
    items = [item for block in article["b"] for item in block[2]] + article["f"]
    assert ["n", "林思远", "join", "腾讯"] in items
    verdicts = [verdict for item in items if item[0] == "m" for verdict in item[8]]
    assert ["join 阿里巴巴", "fp"] in verdicts and ["join 百度", "ok"] in verdicts


def test_sankey_draws_the_top_organizations_by_volume_and_lists_the_rest():
    pairs = pd.DataFrame(
        {
            "from_org": ["Google", "Google", "百度", "腾讯", "Meta", "小米", "华为"],
            "to_org": ["Meta", "OpenAI", "Meta", "OpenAI", "Meta", "Google", "小鹏汽车"],
            "moves": [3, 1, 2, 1, 5, 1, 1],
        }
    )
    # Volume (in + out, moves inside one organization left out): Google 5, Meta 5, OpenAI 2, 百度 2, …
    chart = sankey_layout(pairs, top=3)
    assert chart.total == 9
    nodes = {(node.side, node.name): node.value for node in chart.nodes}
    # Google and Meta plus the first of the 2s by name (OpenAI before 百度): only flows among them are drawn.
    assert nodes == {("source", "Google"): 4, ("target", "Meta"): 3, ("target", "OpenAI"): 1}
    assert chart.shown == 4
    # The rest is listed, not drawn as one `other` node larger than any organization.
    assert chart.others[0] == ("百度", 2) and chart.other_count == 5
    assert all(node.name != "other" for node in chart.nodes)
    heights = {(node.side, node.name): node.height for node in chart.nodes}
    assert heights[("target", "Meta")] == pytest.approx(3 * heights[("target", "OpenAI")], abs=0.02)
    colors = {node.name: node.color for node in chart.nodes}
    assert colors["Google"] != colors["Meta"]


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
#
# CI installs Chromium (.ci/run): there, a browser that cannot start fails the
# test. Elsewhere the test is skipped, and says why.


def _browser(**size) -> Chromium:
    try:
        return Chromium(**size)
    except BrowserError as err:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and Chromium cannot start: {err}")
        pytest.skip(f"Chromium cannot start, the page is not checked in a browser: {err}")


@pytest.fixture
def browser():
    chromium = _browser(width=1280, height=900)
    yield chromium
    chromium.close()


def test_chromium_starts(browser):
    browser.open("about:blank")
    assert browser.evaluate("1 + 1") == 2


def test_a_browser_that_cannot_start_fails_under_ci_and_skips_elsewhere(tmp_path, monkeypatch):
    monkeypatch.setenv("TALENTFLOW_CHROMIUM", str(tmp_path / "no-chromium"))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true and Chromium cannot start: .*no-chromium"):
        _browser()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="Chromium cannot start, the page is not checked in a browser: .*no-chromium"):
        _browser()


def _open(browser: Chromium, page, fragment: str = "") -> None:
    browser.open(page.resolve().as_uri() + fragment)
    browser.wait_for("document.body.getAttribute('data-ready') === '1'")


def test_the_page_renders_in_chromium(browser, page, tmp_path):
    _open(browser, page)
    assert browser.console_errors() == []
    assert browser.evaluate("document.documentElement.getAttribute('data-js-error')") is None
    assert re.fullmatch(r"\d+ moves", browser.evaluate("document.getElementById('moves-count').textContent"))
    assert browser.evaluate("document.querySelectorAll('#moves-table tbody tr').length") >= 3
    assert browser.evaluate("document.querySelectorAll('#sankey path.link').length") >= 2
    row = browser.evaluate("document.getElementById('move-m1').innerHTML")
    assert "<mark>" in row and 'href="#doc-n1"' in row and 'href="#doc-n2"' in row
    assert browser.evaluate("getComputedStyle(document.body).fontFamily").startswith('"Noto Sans CJK SC"')
    # No article is in the DOM until it is opened.
    assert browser.evaluate("document.getElementById('doc-n4')") is None
    shot = browser.screenshot(tmp_path / "report.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


def test_an_article_opened_by_its_link_is_built_and_not_hidden_by_the_header(browser, page):
    _open(browser, page)
    browser.evaluate("document.querySelector('#article-index a[href=\"#doc-n4\"]').click()")
    browser.wait_for("!!document.getElementById('doc-n4')")
    labels = browser.evaluate("Array.from(document.querySelectorAll('#doc-n4 mark.ent')).map(m => m.dataset.label)")
    assert {"PERSON", "ORG", "DATE", "TRIGGER"} <= set(labels)
    assert browser.evaluate("document.querySelector('#doc-n4 .items li.fn').textContent").startswith("missed: 林思远 join 腾讯")
    assert browser.evaluate("document.querySelector('#doc-n4 .items li.move code.rules').textContent").startswith("join:加入")
    title, header = browser.evaluate(
        "[document.querySelector('#doc-n4 h3').getBoundingClientRect().top,"
        " document.querySelector('header.top').getBoundingClientRect().bottom]"
    )
    assert browser.evaluate("window.scrollY") > 0  # it jumped
    assert title >= header  # the title is below the sticky header, not under it
    # n6's markup is shown as text: no script element or alert made from it.
    browser.evaluate("location.hash = '#doc-n6'")
    browser.wait_for("!!document.getElementById('doc-n6')")
    assert "<script>alert('x')</script>" in browser.evaluate("document.getElementById('doc-n6').textContent")
    assert browser.evaluate("document.querySelectorAll('#doc-n6 script').length") == 0
    assert browser.console_errors() == []


@pytest.mark.parametrize("width", [390, 320])
def test_on_a_phone_nothing_overflows(page, tmp_path, width):
    # 390: a current phone; 320: the narrowest in use, where this small page's
    # evaluation table is as wide as a large corpus's is at 390.
    phone = _browser(width=width, height=844)
    try:
        for fragment in ("", "#doc-n4", "#move-m1"):
            _open(phone, page, fragment)
            if fragment:  # a jump within the page: wait for what it draws
                phone.wait_for(f"!!document.getElementById('{fragment[1:]}')")
            assert phone.evaluate("document.scrollingElement.scrollWidth") <= width, fragment
        shot = phone.screenshot(tmp_path / "phone.png")
        assert shot.stat().st_size > 10_000
    finally:
        phone.close()


def test_rows_and_articles_are_rendered_a_page_at_a_time(nlp, tmp_path):
    # 130 invented one-line articles, one move each: more than a page of rows.
    folder = tmp_path / "many"
    folder.mkdir()
    orgs = ["腾讯", "百度", "阿里巴巴", "字节跳动", "华为", "小米", "美团", "京东", "网易", "快手"]
    names = ["林思远", "周明远", "王若溪", "陈嘉怡", "赵子涵", "孙博文", "李雨泽", "吴思宁", "郑文博", "杨嘉明", "韩若宁", "冯子文", "沈明轩"]
    for number in range(130):
        name, org = names[number % len(names)], orgs[number // len(names)]
        (folder / f"s{number:03d}.txt").write_text(f"{name}于2024年5月加入{org}。", encoding="utf-8")
    built = build_report([folder], nlp=nlp)
    assert built.summary.moves == 130
    page = write_report(built, tmp_path / "many.html")
    browser = _browser(width=1280, height=900)
    try:
        _open(browser, page)
        assert browser.evaluate("document.querySelectorAll('#moves-table tbody tr').length") == 100
        assert browser.evaluate("document.getElementById('moves-more').textContent") == "Show 30 more moves (30 not shown)"
        browser.evaluate("document.getElementById('moves-more').click()")
        assert browser.evaluate("document.querySelectorAll('#moves-table tbody tr').length") == 130
        # A search filters all moves, not only the rows drawn.
        last = built.data["moves"][-1]
        browser.evaluate(f"var s = document.getElementById('moves-search'); s.value = '{last['person']} {last['to']}'; s.dispatchEvent(new Event('input'))")
        assert browser.evaluate("document.getElementById('moves-count').textContent") == "1 of 130 moves"
        # A link to a move beyond the first page draws it, clearing the filter that hid it.
        _open(browser, page, f"#move-{built.data['moves'][-2]['id']}")
        assert browser.evaluate(f"document.getElementById('move-{built.data['moves'][-2]['id']}').className") == "target"
        assert browser.evaluate("document.querySelectorAll('#article-index li').length") == 130
        # Article 120 is in the second block of bodies, unpacked when it is opened.
        assert built.html.count('<script class="report-articles"') == 2
        browser.evaluate("location.hash = '#doc-s120'")
        browser.wait_for("!!document.getElementById('doc-s120')")
        text = (folder / "s120.txt").read_text(encoding="utf-8")
        assert browser.evaluate("document.querySelector('#doc-s120 .entities').textContent").replace("PERSON", "").replace(
            "ORG", "").replace("DATE", "").replace("TRIGGER", "") == text
        assert browser.console_errors() == []
    finally:
        browser.close()


def test_worker_processes_mark_the_same_spans_as_one_process(nlp, monkeypatch):
    from talentflow.models import Article
    from talentflow.analysis import articleview as report_module

    articles = [Article(doc=doc, text=text, published=published) for doc, (published, text) in ARTICLES.items()]
    alone = report_module.entity_spans(articles, nlp=nlp, workers=1)
    monkeypatch.setattr(report_module, "PARALLEL_SPANS_FROM", 1)
    assert report_module.entity_spans(articles, nlp=None, workers=2) == alone
    assert any(label == "PERSON" for spans in alone for _, _, label, _ in spans)


def test_a_chinese_doc_id_opens_and_a_meta_url_is_only_an_http_link(nlp, tmp_path):
    folder = tmp_path / "新闻"
    folder.mkdir()
    (folder / "快讯 一.txt").write_text("周明远于2024年3月离开百度，加入阿里巴巴担任算法总监。", encoding="utf-8")
    (folder / "快讯 二.txt").write_text("林思远2019年加入百度。", encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    rows = [{"doc": "快讯 一", "url": "javascript:alert(1)"}, {"doc": "快讯 二", "url": "https://example.com/b"}]
    meta.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    page = write_report(build_report([folder], meta=meta, nlp=nlp), tmp_path / "page.html")
    browser = _browser(width=1280, height=900)
    try:
        _open(browser, page)
        for anchor, links in (("doc-快讯_一", 0), ("doc-快讯_二", 1)):
            browser.evaluate(f"document.querySelector('#article-index a[href=\"#{anchor}\"]').click()")
            browser.wait_for(f"!!document.getElementById('{anchor}')")
            hrefs = browser.evaluate(f"Array.from(document.querySelectorAll('#{anchor} header a')).map(a => a.getAttribute('href'))")
            assert [href for href in hrefs if href.startswith(("http", "javascript"))] == (["https://example.com/b"] if links else [])
        # A move's link, followed, then its row hidden by a filter and the same link
        # followed again: no hashchange fires, the page still brings the row back.
        link = "document.querySelector('#doc-快讯_二 a.move-link')"
        browser.evaluate(f"{link}.click()")
        move = browser.evaluate(f"{link}.getAttribute('href')")[1:]
        assert browser.evaluate(f"document.getElementById('{move}').className") == "target"
        browser.evaluate("var s = document.getElementById('moves-search'); s.value = '周明远'; s.dispatchEvent(new Event('input'))")
        assert browser.evaluate(f"document.getElementById('{move}')") is None
        browser.evaluate(f"{link}.click()")
        assert browser.evaluate(f"document.getElementById('{move}').className") == "target"
        assert browser.console_errors() == []
    finally:
        browser.close()


def test_a_move_told_by_many_articles_shows_a_few_links_and_each_set_of_values_once(nlp, tmp_path):
    folder = tmp_path / "same"
    folder.mkdir()
    for number in range(7):
        (folder / f"t{number}.txt").write_text("周明远于2024年3月离开百度，加入阿里巴巴担任算法总监。", encoding="utf-8")
    (folder / "t7.txt").write_text("周明远于2024年3月离开百度，加入阿里巴巴担任首席科学家。", encoding="utf-8")
    built = build_report([folder], nlp=nlp)
    [move] = built.data["moves"]
    assert move["sources"] == 8
    assert sorted((values[0], len(docs)) for *values, docs in move["variants"]) == [("算法总监", 7), ("首席科学家", 1)]
    page = write_report(built, tmp_path / "same.html")
    browser = _browser(width=1280, height=900)
    try:
        _open(browser, page)
        row = f"document.getElementById('move-{move['id']}')"
        assert browser.evaluate(f"{row}.querySelectorAll('.docs a').length") == 6
        assert browser.evaluate(f"{row}.querySelector('.docs button.more-docs').textContent") == "+2 more"
        assert browser.evaluate(f"{row}.querySelectorAll('.variants li').length") == 2
        browser.evaluate(f"{row}.querySelector('.docs button.more-docs').click()")
        assert browser.evaluate(f"{row}.querySelectorAll('.docs a').length") == 8
        assert browser.console_errors() == []
    finally:
        browser.close()
