"""How the HTML report scales: file size and load time in headless Chromium at 1k and 10k articles.

Run by hand (never a unit test; timings are machine noise in CI):

    .venv/bin/python bench/report_scale.py                    # 1,000 and 10,000 articles → bench/results.md
    .venv/bin/python bench/report_scale.py --sizes 1000       # quicker
    .venv/bin/python bench/report_scale.py --keep /tmp/rs     # keep the articles and pages

The articles are invented here from templates (a move sentence, background and
industry sentences around it; invented person names, real company names), about
as long as corpus/articles (700–800 characters), each with a publication date
and a title in a meta file. For each size it runs the CLI,

    talentflow report DIR --meta meta.jsonl -o report.html --workers N

and opens the page in a fresh headless Chromium (pipeline/analysis/browser.py, DevTools
over a pipe) three times, keeping the median: time to the page's `report-ready`
mark (data unpacked, tables drawn; counted from navigation start), wall time
from navigation to that point as seen from outside, element count; then the
time to open one article (#doc-…) and to filter the moves table, and the page's
width at 390 px. The figures replace the "Report at scale" section of
bench/results.md (the rest of the file is left as it is).
"""

from __future__ import annotations

import argparse
import base64
import gzip
import datetime as dt
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from talentflow.analysis.browser import Chromium  # noqa: E402
from talentflow.analysis.pagedata import decode_data  # noqa: E402

RESULTS = ROOT / "bench" / "results.md"
START, END = "<!-- report_scale:start -->", "<!-- report_scale:end -->"

# ---------------------------------------------------------------- invented articles

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏斌宇浩凯健俊帆帅旭宁龙林欣佳怡晨阳泽博文瑞思远子涵嘉若溪雨辰逸航睿祺琪晴悦晗"
ORGS = [
    "腾讯", "阿里巴巴", "百度", "字节跳动", "华为", "小米", "美团", "京东", "网易", "快手",
    "拼多多", "滴滴", "蔚来", "小鹏汽车", "理想汽车", "商汤科技", "旷视科技", "科大讯飞", "大疆", "联想",
    "OpenAI", "Google", "Meta", "Microsoft", "Apple", "NVIDIA", "Amazon", "Tesla", "Anthropic", "xAI",
    "智谱AI", "月之暗面", "MiniMax", "百川智能", "零一万物", "阶跃星辰", "地平线", "寒武纪", "比亚迪", "蚂蚁集团",
]
ROLES = ["首席科学家", "研究科学家", "算法总监", "技术副总裁", "首席技术官", "高级研究员", "自动驾驶负责人", "大模型负责人", "产品副总裁", "研发总监"]
AREAS = ["大模型", "自动驾驶", "计算机视觉", "语音识别", "推荐系统", "芯片设计", "机器人", "多模态", "强化学习", "云计算"]
SCHOOLS = ["清华大学", "北京大学", "浙江大学", "上海交通大学", "复旦大学", "斯坦福大学", "卡内基梅隆大学", "麻省理工学院"]
CITIES = ["北京", "上海", "深圳", "杭州", "广州", "成都", "硅谷", "西雅图"]

LEADS = [
    "{date}，{person}从{org1}跳槽至{org2}，出任{role}。",
    "据知情人士透露，{org1}{old_role}{person}已于{date}离职，加入{org2}担任{role}。",
    "{org2}近日宣布，前{org1}{old_role}{person}正式加盟，出任{role}。",
    "{person}于{date}加入{org2}，此前在{org1}工作了{years}年。",
    "有消息称，{org1}{old_role}{person}或将离开{org1}，加入{org2}。",
]
BACKGROUND = [
    "{person}毕业于{school}，获得{area}方向的博士学位。",
    "在{org1}期间，{person}主要负责{area}相关的研发工作，带领团队完成了多个重要项目。",
    "{person}此前曾在{org3}任职{years}年，参与过{area}平台的搭建。",
    "多位前同事评价{person}技术扎实、善于带团队。",
]
INDUSTRY = [
    "近年来，{area}领域的人才竞争日趋激烈，多家科技公司纷纷加大投入。",
    "业内人士分析认为，此次人事变动或将影响{org1}在{area}方面的布局。",
    "截至发稿，{org1}方面尚未对此事作出回应。",
    "公开资料显示，{org2}成立于{founded}年，总部位于{city}，主要业务涵盖{area}等方向。",
    "今年以来，已有多名{area}方向的技术骨干离开{org1}。",
    "分析人士指出，{area}赛道的头部公司正在通过高薪和股权激励争夺顶尖人才。",
    "{org2}在{area}方面的投入持续加大，今年已发布多款新产品。",
    "另据了解，{org2}正在{city}组建新的研发中心，计划年内招聘数百名工程师。",
    "一位接近{org2}的人士表示，公司希望借助外部人才补齐在{area}上的短板，并缩短产品从研发到落地的周期。",
    "从招聘网站上的信息看，{org2}目前开放的{area}相关岗位超过{jobs}个，覆盖算法、工程和产品等多个方向。",
    "{org1}去年的研发投入同比增长约{growth}%，其中相当一部分用于{area}团队的扩张和算力采购。",
    "一名猎头告诉记者，具备{area}实战经验的资深工程师年薪普遍在百万元以上，顶尖人选往往同时手握多个邀约。",
    "在{city}举办的一场行业论坛上，多位嘉宾谈到，{area}技术正在从实验室走向大规模商用，人才需求随之水涨船高。",
    "有投资人认为，团队的稳定性是评估{area}创业公司的重要指标，核心成员的频繁流动往往会引起市场关注。",
    "对于员工的去留，{org1}一位内部人士称属于正常的人员流动，公司相关业务的推进不会受到影响。",
    "值得注意的是，{org2}上个季度刚刚调整了组织架构，将原有的几个{area}小组合并为一个独立事业部。",
    "在最近一次财报电话会上，{org2}管理层提到，{area}业务的收入占比已提升至{growth}%左右。",
    "记者就此事联系{org2}，对方表示不对具体人事安排发表评论，但确认公司仍在持续引进高端人才。",
    "此外，{city}当地也出台了面向{area}企业的人才补贴政策，对引进的领军人才给予住房和科研经费支持。",
    "多家券商在研报中写道，未来两年{area}方向的人才缺口仍将维持在较高水平，薪酬上涨的趋势短期内难以改变。",
    "有员工在社交平台上透露，{org1}{area}团队近期的工作节奏明显加快，部分项目的上线时间被提前。",
]
SECOND = "与此同时，{org1}{old_role}{person2}也已离开公司，加入{org3}。"


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def invent(count: int, folder: Path, *, seed: int = 19) -> Path:
    """`count` invented articles under folder/articles, and folder/meta.jsonl; the meta path."""
    rng = random.Random(seed)
    articles = folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    meta = []
    day0 = dt.date(2023, 1, 1)
    for number in range(count):
        org1, org2, org3 = rng.sample(ORGS, 3)
        published = day0 + dt.timedelta(days=rng.randrange(900))
        moved = published - dt.timedelta(days=rng.randrange(60))
        values = {
            "person": _name(rng),
            "person2": _name(rng),
            "org1": org1,
            "org2": org2,
            "org3": org3,
            "role": rng.choice(ROLES),
            "old_role": rng.choice(ROLES),
            "area": rng.choice(AREAS),
            "school": rng.choice(SCHOOLS),
            "city": rng.choice(CITIES),
            "years": rng.randint(2, 9),
            "founded": rng.randint(1998, 2021),
            "jobs": rng.randrange(20, 400, 10),
            "growth": rng.randint(8, 60),
            "date": f"{moved.year}年{moved.month}月",
        }
        paragraphs = [rng.choice(LEADS)]
        paragraphs.append("".join(rng.sample(BACKGROUND, rng.randint(2, 3))))
        if rng.random() < 0.3:
            paragraphs.append(SECOND)
        body = rng.sample(INDUSTRY, rng.randint(12, 16))
        paragraphs += ["".join(body[:4]), "".join(body[4:8]), "".join(body[8:12]), "".join(body[12:])]
        text = "\n\n".join(paragraph.format(**values) for paragraph in paragraphs) + "\n"
        doc = f"s{number // 1000:02d}/{number:05d}"
        path = articles / f"{doc}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        title = f"{values['person']}加盟{org2}"
        meta.append({"doc": doc, "published": published.isoformat(), "title": title})
    meta_path = folder / "meta.jsonl"
    meta_path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in meta), encoding="utf-8")
    return meta_path


def replicate(count: int, folder: Path) -> Path:
    """`count` articles copied from corpus/articles under new doc ids (`r007/a01`), with
    their meta (date, title); the meta path. Real news text: it compresses as a real
    collection does (a copy recurs 60 articles later, beyond gzip's 32 KB window),
    but each move is told once per copy, so moves merge into few rows with many sources."""
    sources = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    corpus_meta = {row["doc"]: row for row in map(json.loads, (ROOT / "corpus" / "meta.jsonl").read_text(encoding="utf-8").splitlines())}
    articles = folder / "articles"
    meta = []
    for number in range(count):
        source = sources[number % len(sources)]
        doc = f"r{number // len(sources):03d}/{source.stem}"
        path = articles / f"{doc}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        meta.append({**corpus_meta.get(source.stem, {}), "doc": doc})
    meta_path = folder / "meta.jsonl"
    meta_path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in meta), encoding="utf-8")
    return meta_path


# ---------------------------------------------------------------- measuring

READY = "document.body.getAttribute('data-ready') === '1'"
TIMINGS = """(() => {
  document.body.offsetHeight;  /* layout included */
  const nav = performance.getEntriesByType('navigation')[0];
  const ready = performance.getEntriesByName('report-ready')[0];
  return {ready: ready.startTime, laid_out: performance.now(), dom_content_loaded: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd, elements: document.getElementsByTagName('*').length};
})()"""
OPEN_ARTICLE = """new Promise(done => {
  const t = performance.now();
  document.addEventListener('report-article-opened', () => { document.body.offsetHeight; done(performance.now() - t); }, {once: true});
  location.hash = '#' + %s;
})"""
SEARCH = """(() => {
  const t = performance.now(), box = document.getElementById('moves-search');
  box.value = %s; box.dispatchEvent(new Event('input')); document.body.offsetHeight;
  return [performance.now() - t, document.getElementById('moves-count').textContent];
})()"""


def measure(page: Path, data: dict, rounds: int = 3) -> dict:
    url = page.resolve().as_uri()
    runs = []
    for _ in range(rounds):
        with Chromium(width=1280, height=900, timeout=180) as browser:
            started = time.perf_counter()
            browser.open(url)
            browser.wait_for(READY, timeout=180)
            wall = time.perf_counter() - started
            figures = browser.evaluate(TIMINGS)
            cpu = browser.metrics()
            figures["thread_cpu"], figures["script"], figures["layout"] = cpu["ThreadTime"], cpu["ScriptDuration"], cpu["LayoutDuration"]
            middle = data["articles"][len(data["articles"]) // 2]["a"]
            figures["open_article"] = browser.evaluate(OPEN_ARTICLE % json.dumps(middle))
            figures["article_elements"] = browser.evaluate(f"document.getElementById({json.dumps(middle)}).getElementsByTagName('*').length")
            term = data["moves"][len(data["moves"]) // 2]["person"]
            figures["search"], figures["search_count"] = browser.evaluate(SEARCH % json.dumps(term))
            figures["errors"] = browser.console_errors()
            figures["wall"] = wall
            runs.append(figures)
    with Chromium(width=390, height=844, timeout=180) as phone:
        phone.open(url)
        phone.wait_for(READY, timeout=180)
        width = phone.evaluate("document.scrollingElement.scrollWidth")
    keys = ("ready", "laid_out", "load", "wall", "open_article", "search", "thread_cpu", "script", "layout")
    median = {key: statistics.median(run[key] for run in runs) for key in keys}
    return {**median, "elements": runs[0]["elements"], "article_elements": runs[0]["article_elements"],
            "errors": sorted({e for run in runs for e in run["errors"]}), "width_390": width, "rounds": runs}


def run_size(count: int, folder: Path, workers: int, workload: str) -> dict:
    meta = invent(count, folder) if workload == "invented" else replicate(count, folder)
    chars = sum(len(path.read_text(encoding="utf-8")) for path in (folder / "articles").rglob("*.txt"))
    page = folder / "report.html"
    command = [str(ROOT / ".venv" / "bin" / "talentflow"), "report", str(folder / "articles"), "--meta", str(meta), "-o", str(page), "--workers", str(workers)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    build = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"talentflow report failed ({done.returncode}): {done.stderr[-2000:]}")
    html = page.read_text(encoding="utf-8")
    data = decode_data(html)
    blocks = re.findall(r'<script[^>]*type="application/gzip">([^<]*)</script>', html)
    block = sum(len(text) for text in blocks)
    raw = sum(len(gzip.decompress(base64.b64decode(text))) for text in blocks)
    browser = measure(page, data)
    return {
        "workload": workload,
        "articles": count,
        "chars": chars,
        "moves": len(data["moves"]),
        "build": build,
        "summary": done.stderr.strip().splitlines()[-1],
        "bytes": page.stat().st_size,
        "block": block,
        "raw_json": raw,
        **browser,
    }


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def render(results: list[dict], command: str, workers: int) -> str:
    load = os.getloadavg()
    lines = [
        START,
        "## Report at scale (issue 19)",
        "",
        f"Generated by `{command}` on {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; "
        f"{os.cpu_count()} CPUs, {platform.platform()}, load average {load[0]:.1f}, {load[1]:.1f}, {load[2]:.1f}; "
        f"Chromium {_chromium_version()}, headless, 1280×900 window; code {_commit()}.",
        "",
        "Two collections, each article with a date and a title: *invented* (bench/report_scale.py's templates, "
        "invented names, real company names, about as long as corpus/articles; every article a new move) and *corpus* "
        "(corpus/articles copied under new doc ids: real news text, whose moves merge across the copies). "
        f"`talentflow report DIR --meta META -o report.html --workers {workers}`. "
        "Targets: a 10,000-article page under 25 MB that opens in Chromium in under 3 s.",
        "",
        "| articles | text | chars | moves | page size | of it: data blocks (their JSON) | ready (median of 3) | main-thread CPU to ready (script, layout) | wall, outside | elements on load | open one article | filter the moves | width at 390 px | report built in |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['articles']:,} | {r['workload']} | {r['chars']:,} | {r['moves']:,} | {_mb(r['bytes'])} | {_mb(r['block'])} ({_mb(r['raw_json'])}) | "
            f"{r['ready'] / 1000:.2f} s | {r['thread_cpu']:.2f} s ({r['script']:.2f}, {r['layout']:.2f}) | {r['wall']:.2f} s | {r['elements']:,} | {r['open_article']:.0f} ms ({r['article_elements']} elements) | "
            f"{r['search']:.0f} ms | {r['width_390']} px | {r['build']:.0f} s |"
        )
    lines += [
        "",
        "- *ready*: from navigation start to the page's `report-ready` mark (data unpacked and parsed, first rows, people and "
        "article index drawn), layout included; *main-thread CPU*: the renderer main thread's CPU time from the DevTools "
        "`Performance.getMetrics` (`ThreadTime`; `ScriptDuration`, `LayoutDuration`) when ready, the figure that other "
        "work on a shared machine moves least; *wall, outside*: from `Page.navigate` to the page answering ready, "
        "as the DevTools client sees it (polling every 20 ms).",
        "- *open one article*: `location.hash = '#doc-…'` to the article's DOM built and laid out, its block of 100 "
        "article bodies unpacked on the way; "
        "*filter the moves*: typing a person's name into the moves search, all moves searched.",
        "- The page's data block is gzip + base64 of the JSON. Template text compresses better than news: the *corpus* "
        "rows give the size to expect of real text.",
        "- Before this change (issue 19's figures, every article rendered as HTML): 900 real articles made a 15.7 MB "
        "page with 249k DOM nodes and a 1.5 s load; 10,000 would not open.",
        "- Console errors: " + (", ".join(e for r in results for e in r["errors"]) or "none") + ".",
        END,
    ]
    return "\n".join(lines) + "\n"


def _chromium_version() -> str:
    from talentflow.analysis.browser import find_chromium

    try:
        out = subprocess.run([find_chromium(), "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired, TypeError):
        return "?"
    return out.split()[1] if len(out.split()) > 1 else "?"


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="article counts, comma-separated")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--workloads", default="invented,corpus", help="invented, corpus or both")
    parser.add_argument("--keep", type=Path, help="folder for the articles and pages (default: a temporary one, removed)")
    parser.add_argument("--no-write", action="store_true", help="print the section instead of updating bench/results.md")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    command = "python bench/report_scale.py " + " ".join(sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="report-scale-") as scratch:
        base = args.keep or Path(scratch)
        results = []
        for workload in args.workloads.split(","):
            for size in sizes:
                result = run_size(size, base / f"{workload}{size}", args.workers, workload)
                print(
                    f"{workload} {size} articles: {_mb(result['bytes'])}, ready {result['ready']:.0f} ms, "
                    f"cpu {result['thread_cpu']:.2f} s, "
                    f"wall {result['wall']:.2f} s, {result['elements']} elements, article {result['open_article']:.0f} ms, "
                    f"search {result['search']:.0f} ms, 390 px → {result['width_390']} px, built in {result['build']:.0f} s",
                    flush=True,
                )
                results.append(result)
    section = render(results, command.strip(), args.workers)
    if args.no_write:
        print(section)
        return
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if START in text and END in text:
        text = text[: text.index(START)] + section + text[text.index(END) + len(END) + 1 :]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")
    print(f"→ {RESULTS}")


if __name__ == "__main__":
    main()
