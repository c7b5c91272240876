"""Throughput, memory and start-up of talentflow beside plain jieba, on the same text.

Run by hand (never a unit test; timings are machine noise in CI):

    .venv/bin/python bench/run.py                 # 1, 8 and 32 MB, profile, → bench/results.md
    .venv/bin/python bench/run.py --sizes 1,8     # quicker
    .venv/bin/python bench/run.py --repeat 3      # three rounds: medians, ratios within a round

While others commit, measure one frozen commit instead of the moving tree:

    mkdir -p /tmp/tf && git archive HEAD | tar -x -C /tmp/tf && git rev-parse HEAD > /tmp/tf/.commit
    PYTHONPATH=$(python3 bench/shim.py /tmp/tf) .venv/bin/python bench/run.py

For each size it builds a folder by repeating corpus/articles/*.txt under
varied doc ids (`r00007/a01`), with a meta file giving each copy its original
publication date, and measures, each in a fresh process:

- baseline A: `jieba.lcut` per article (dictionary load timed apart);
- baseline B: `spacy.blank("zh")` with spaCy's jieba segmenter, `nlp.pipe`;
- talentflow end to end: `talentflow extract DIR --meta M -o out.csv --workers N`.

Every process runs under `/usr/bin/time -v` (peak RSS of the largest process of
the tree) and is polled with psutil (peak RSS of each process: the main one and
each pool worker). Start-up is measured once: import, `build_nlp()` and first
article in a fresh interpreter, and the wall time of the CLI on one article.
A cProfile run and a per-stage timing on ~1 MB say where the time goes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The code under test is the `talentflow` package Python finds: this checkout, or
# a frozen copy made importable by `bench/shim.py` (PYTHONPATH=$(python bench/shim.py COPY)).
_SPEC = importlib.util.find_spec("talentflow")
CODE = Path(_SPEC.origin).resolve().parent.parent if _SPEC and _SPEC.origin else ROOT
ARTICLES = CODE / "corpus" / "articles"
META = CODE / "corpus" / "meta.jsonl"
MIB = 1 << 20
STARTUP_RUNS = 5  # warm start-up runs; the median is reported
CEILING_WINDOW_S = 3.0


# --- inputs -------------------------------------------------------------------
def corpus_articles() -> list[tuple[str, bytes]]:
    return [(path.stem, path.read_bytes()) for path in sorted(ARTICLES.glob("*.txt"))]


def build_input(folder: Path, megabytes: float) -> dict:
    """`folder/texts/rNNNNN/<stem>.txt` repeated up to `megabytes` MiB of UTF-8, plus `folder/meta.jsonl`."""
    published = {row["doc"]: row.get("published", "") for row in map(json.loads, META.read_text("utf-8").splitlines()) if row}
    articles = corpus_articles()
    texts, target = folder / "texts", megabytes * MIB
    size = chars = count = copy = 0
    with open(folder / "meta.jsonl", "w", encoding="utf-8") as meta:
        while size < target:
            batch = texts / f"r{copy:05d}"
            batch.mkdir(parents=True)
            for stem, data in articles:
                if size >= target:
                    break
                (batch / f"{stem}.txt").write_bytes(data)
                meta.write(json.dumps({"doc": f"{batch.name}/{stem}", "published": published.get(stem, "")}) + "\n")
                size += len(data)
                chars += len(data.decode("utf-8"))
                count += 1
            copy += 1
    return {"dir": str(texts), "meta": str(folder / "meta.jsonl"), "bytes": size, "chars": chars, "articles": count}


def read_texts(folder: str) -> list[str]:
    return [path.read_text("utf-8") for path in sorted(Path(folder).rglob("*.txt"))]


# --- measured child processes (`run.py _child KIND ...`) ------------------------
def child_jieba(folder: str) -> dict:
    import jieba

    texts = read_texts(folder)
    started = time.perf_counter()
    jieba.initialize()
    loaded = time.perf_counter()
    tokens = sum(len(jieba.lcut(text)) for text in texts)
    done = time.perf_counter()
    return {"load_s": loaded - started, "run_s": done - loaded, "tokens": tokens}


def child_jieba_windows(folder: str, start_at: str, window_s: str, windows: str, always: str) -> dict:
    """`jieba.lcut` over the articles, round and round, in time windows from wall time `start_at`.

    With `always` = "1" it works in every window, else only in odd ones: two
    such processes give windows of one process alone and of two at once,
    interleaved, so that the machine's drift falls on both alike.
    """
    import jieba

    texts = read_texts(folder)
    jieba.initialize()
    start, width, count = float(start_at), float(window_s), int(windows)
    chars = [0] * count
    done = 0
    for window in range(count):
        begins, ends = start + window * width, start + (window + 1) * width
        if always != "1" and window % 2 == 0:
            continue
        time.sleep(max(0.0, begins - time.time()))
        while time.time() < ends:
            text = texts[done % len(texts)]
            jieba.lcut(text)
            done += 1
            # An article that ends past the window counts in none: windows only compare rates.
            if time.time() < ends:
                chars[window] += len(text)
    return {"chars": chars, "window_s": width}


def child_spacy(folder: str) -> dict:
    import spacy

    texts = read_texts(folder)
    started = time.perf_counter()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp("预热")  # jieba's global dictionary loads on first use
    loaded = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
    done = time.perf_counter()
    return {"load_s": loaded - started, "run_s": done - loaded, "tokens": tokens}


def child_startup(path: str) -> dict:
    """Wall-clock stamps (time.time, comparable with the parent's) of each start-up step."""
    stamps = {"python_up": time.time()}
    from talentflow.api import build_nlp, extract_text

    stamps["imported"] = time.time()
    nlp = build_nlp()
    stamps["built"] = time.time()
    extract_text(Path(path).read_text("utf-8"), doc="first", nlp=nlp)
    stamps["first_article"] = time.time()
    return stamps


def child_profile(folder: str, meta: str, top: int) -> dict:
    """Per-stage wall time over the folder, then cProfile of the same work."""
    import cProfile
    import io
    import pstats

    from talentflow.api import as_date, build_nlp, extract_text
    from talentflow.batch.meta import load_meta

    table = load_meta(meta)
    paths = sorted(Path(folder).rglob("*.txt"))
    items = [(path.relative_to(folder).with_suffix("").as_posix(), path.read_text("utf-8")) for path in paths]
    items = [(doc, text, table.get(doc, {}).get("published")) for doc, text in items]
    nlp = build_nlp()
    started = time.perf_counter()
    extract_text(items[0][1], doc=items[0][0], published=items[0][2], nlp=nlp)  # lazy caches load here
    first = time.perf_counter() - started

    stages = {"make_doc (segmentation)": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    started = time.perf_counter()
    for doc_id, text, published in items:
        mark = time.perf_counter()
        doc = nlp.make_doc(text)
        doc._.doc_id, doc._.published = doc_id, as_date(published)
        now = time.perf_counter()
        stages["make_doc (segmentation)"] += now - mark
        for name, proc in nlp.pipeline:
            mark, doc = now, proc(doc)
            now = time.perf_counter()
            stages[name] += now - mark
    total = time.perf_counter() - started

    # The same articles, each through jieba.lcut and then the whole pipeline, back to
    # back: the machine's speed drifts by the second, and so falls on both alike.
    import jieba

    jieba.initialize()
    paired = {"jieba_s": 0.0, "pipeline_s": 0.0}
    for doc_id, text, published in items:
        mark = time.perf_counter()
        jieba.lcut(text)
        middle = time.perf_counter()
        extract_text(text, doc=doc_id, published=published, nlp=nlp)
        paired["jieba_s"] += middle - mark
        paired["pipeline_s"] += time.perf_counter() - middle

    profiler = cProfile.Profile()
    profiler.enable()
    for doc_id, text, published in items:
        extract_text(text, doc=doc_id, published=published, nlp=nlp)
    profiler.disable()
    out = {}
    for key in ("tottime", "cumulative"):
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).sort_stats(key).print_stats(top)
        out[key] = _trim_pstats(buffer.getvalue())
    # Who reads the Doc's properties (`doc.ents` rebuilds its spans from every
    # token on each access): the lines to change are there.
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_callers(r"doc\.pyx:\d+\(__get__\)")
    out["callers"] = _trim_pstats(buffer.getvalue())
    return {
        "articles": len(items),
        "chars": sum(len(text) for _, text, _ in items),
        "first_article_s": first,
        "stages_s": stages,
        "total_s": total,
        "paired": paired,
        "pstats": out,
    }


def _trim_pstats(text: str) -> str:
    site = str(Path(importlib.util.find_spec("spacy").origin).parent.parent) + "/"
    lines = [line.rstrip().replace(site, "").replace(f"{CODE}/", "").replace(f"{ROOT}/", "") for line in text.splitlines()]
    return "\n".join(line for line in lines if line.strip())


def child_main(argv: list[str]) -> None:
    kind, *rest = argv
    if kind == "jieba":
        result = child_jieba(*rest)
    elif kind == "jieba_windows":
        result = child_jieba_windows(*rest)
    elif kind == "spacy":
        result = child_spacy(*rest)
    elif kind == "startup":
        result = child_startup(*rest)
    elif kind == "profile":
        result = child_profile(rest[0], rest[1], int(rest[2]))
    else:
        raise SystemExit(f"unknown child {kind!r}")
    print("RESULT " + json.dumps(result, ensure_ascii=False))


# --- running and polling --------------------------------------------------------
class Poller(threading.Thread):
    """Peak RSS of every process in a tree, sampled every `interval` seconds."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peaks: dict[int, tuple[str, int]] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            import psutil
        except ImportError:  # per-process peaks need it (`pip install -e '.[bench]'`); /usr/bin/time still gives the tree's
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self.stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            for proc in procs:
                try:
                    rss, role = proc.memory_info().rss, _role(proc)
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                # Between fork and exec a child shows its parent's command line,
                # and an exited one (zombie) none: a pool role, once seen, stays.
                known, peak_rss = self.peaks.get(proc.pid, ("", 0))
                self.peaks[proc.pid] = (known if known in ("worker", "tracker") or not role else role, max(rss, peak_rss))
            self.stop.wait(self.interval)

    def by_role(self) -> dict[str, list[int]]:
        roles: dict[str, list[int]] = {}
        for role, rss in self.peaks.values():
            roles.setdefault(role, []).append(rss)
        return roles


def _role(proc) -> str:
    line = " ".join(proc.cmdline())
    if not line:
        return ""
    if line.startswith("/usr/bin/time"):
        return "time"
    if "resource_tracker" in line:
        return "tracker"
    if "multiprocessing.spawn" in line or "spawn_main" in line:
        return "worker"
    return "main"


def measure(command: list[str], *, timeout: float, env: dict[str, str] | None = None) -> dict:
    """Run under /usr/bin/time -v; wall time, peak RSS (max of tree and per process), the child's RESULT."""
    timed = ["/usr/bin/time", "-v", *command] if Path("/usr/bin/time").exists() else command
    started = time.time()
    proc = subprocess.Popen(timed, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, env=env)
    poller = Poller(proc.pid)
    poller.start()
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # our own session: the command and its pool workers
        stdout, stderr = proc.communicate()
        timed_out = True
    wall = time.time() - started
    poller.stop.set()
    poller.join()
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    cpu = sum(float(value) for value in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", stderr))
    result = next((json.loads(line[7:]) for line in stdout.splitlines() if line.startswith("RESULT ")), {})
    if proc.returncode not in (0, 1) and not timed_out:
        raise RuntimeError(f"{' '.join(command)} exited {proc.returncode}:\n{stderr[-3000:]}")
    return {
        "started": started,
        "wall_s": wall,
        "timed_out": timed_out,
        "max_rss_mb": int(match.group(1)) / 1024 if match else None,
        "cpu_s": cpu if match else None,  # user + system of the whole tree, load-proof unlike wall time
        "rss_by_role_mb": {role: [rss / MIB for rss in values] for role, values in poller.by_role().items() if role != "time"},
        "result": result,
        "stderr_tail": stderr.strip().splitlines()[-1:] if stderr.strip() else [],
    }


def python_child(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "_child", *args]


def machine_ceiling(folder: str, window_s: float, windows: int) -> dict:
    """What two processes get from this machine against one, with plain jieba as the work.

    The two CPUs of a shared virtual machine need not be as fast when both are
    busy, and their speed drifts by the minute: windows of one process alone
    alternate with windows of two at once, and each two-process window is set
    against the mean of the one-process windows beside it.
    """
    start_at = time.time() + 5.0  # time for both to load jieba and the texts
    procs = [
        subprocess.Popen(
            python_child("jieba_windows", folder, str(start_at), str(window_s), str(windows), always),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for always in ("1", "0")
    ]
    found = []
    for proc in procs:
        stdout, _ = proc.communicate(timeout=windows * window_s + 600)
        found.append(next(json.loads(line[7:]) for line in stdout.splitlines() if line.startswith("RESULT ")))
    alone, extra = found[0]["chars"], found[1]["chars"]
    ratios = []
    for window in range(1, windows - 1, 2):
        solo = (alone[window - 1] + alone[window + 1]) / 2
        if solo:
            ratios.append((alone[window] + extra[window]) / solo)
    rates = [alone[window] / window_s for window in range(0, windows, 2)]
    return {"ratios": ratios, "solo_rates": rates, "window_s": window_s}


def talentflow_command(data: dict, output: Path, workers: int) -> list[str]:
    exe = Path(sys.executable).with_name("talentflow")
    return [str(exe), "extract", data["dir"], "--meta", data["meta"], "-o", str(output), "--workers", str(workers), "--quiet"]


# --- report ----------------------------------------------------------------------
def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": mem / 1024 / 1024, "os": platform.platform()}


def versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    found = {"python": platform.python_version()}
    for name in ("talentflow", "spacy", "jieba", "jieba-fast-dat", "psutil"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    stamp = CODE / ".commit"  # written beside a `git archive` copy
    if stamp.exists():
        found["code"] = f"{stamp.read_text().strip()[:7]} (frozen copy in {CODE})"
        return found
    head = subprocess.run(["git", "-C", str(CODE), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(CODE), "status", "--porcelain", "pipeline", "models"], capture_output=True, text=True).stdout
    found["code"] = (head or "unknown") + (" + uncommitted changes in pipeline/ or models/" if dirty.strip() else "") + f" ({CODE})"
    return found


def _loads(values) -> str:
    return ", ".join(f"{value:.1f}" for value in values)


def fmt(value, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def peak(run: dict, role: str) -> float | None:
    values = run["rss_by_role_mb"].get(role)
    return max(values) if values else None


def render(args, info: dict, sizes: list[dict], startup: dict, profile: dict | None, skipped: list[str]) -> str:
    lines = [
        "# talentflow benchmark",
        "",
        f"Generated by `{info['command']}` on {info['date']} (one run; ±20–30 % noise on this kind of machine, ratios are from the same run).",
        "",
        "## Machine and versions",
        "",
        f"- {info['machine']['nproc']} CPUs, {info['machine']['cpu']}, {info['machine']['ram_gb']:.1f} GB RAM, {info['machine']['os']}",
        "- " + ", ".join(f"{name} {value}" for name, value in info["versions"].items()),
        f"- load average (1, 5, 15 min) at start {_loads(info['load_before'])}"
        + (f", at end {_loads(info['load_after'])}" if "load_after" in info else "")
        + " (other work on the machine shares its CPUs; a load above the CPU count slows every figure here)",
        f"- PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r} (set: modules outside site-packages compile on every start)",
        "- input: corpus/articles/*.txt repeated under varied doc ids (`r00007/a01`) with their original publication dates; "
        "MB = MiB of UTF-8 text (about 3 bytes per Chinese character).",
        "",
        "## Throughput and memory",
        "",
        "Baselines exclude their dictionary load (shown apart); talentflow is end to end (process start to CSV written, start-up included). "
        "CPU s is user + system time of the process tree (`/usr/bin/time -v`, whole run including start-up): "
        "on a shared machine it moves less than wall time, and a share well under 100 % per process means the CPUs were busy elsewhere. "
        "Peak RSS is `/usr/bin/time -v` (largest process of the tree); per-process peaks from psutil polling every 50 ms.",
        "",
        *(
            [f"With `--repeat {args.repeat}`, each row is the program's run of median time among {args.repeat} rounds.", ""]
            if args.repeat > 1
            else []
        ),
        "| size | articles | chars | what | wall s | chars/s | articles/s | CPU s (share of wall) | peak RSS MB (main / each worker) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for size in sizes:
        head = f"| {size['mb']:g} MB | {size['articles']:,} | {size['chars']:,} "
        for label, run in size["runs"].items():
            if run["timed_out"]:
                lines.append(head + f"| {label} | > {run['wall_s']:.0f} (stopped) | – | – | – | – |")
                continue
            seconds = seconds_of(run)
            workers = run["rss_by_role_mb"].get("worker", [])
            memory = fmt(peak(run, "main")) + (" / " + ", ".join(fmt(value) for value in workers) if workers else "")
            memory += f" (tree max {fmt(run['max_rss_mb'])})"
            rate_articles = fmt(size["articles"] / seconds, 1) if label.startswith("talentflow") else "–"
            extra = f" + load {run['result']['load_s']:.2f}" if "load_s" in run["result"] else ""
            cpu = f"{run['cpu_s']:.1f} ({run['cpu_s'] / run['wall_s']:.0%})" if run["cpu_s"] is not None else "–"
            lines.append(head + f"| {label} | {seconds:.2f}{extra} | {fmt(size['chars'] / seconds)} | {rate_articles} | {cpu} | {memory} |")
    lines += ["", "## Ratios (targets from issue 6)", ""]
    lines += ratio_lines(sizes)
    lines += ["", "## Start-up", ""]
    lines += startup_lines(startup)
    if profile:
        lines += ["", f"## Where the time goes ({args.profile_mb:g} MB, one process, warm pipeline)", ""]
        lines += profile_lines(profile)
    if skipped:
        lines += ["", "## Not measured", "", *[f"- {item}" for item in skipped]]
    commit = (CODE / ".commit").read_text().strip() if (CODE / ".commit").exists() else "<commit>"
    freeze = [f"mkdir -p {CODE} && git archive {commit} | tar -x -C {CODE} && echo {commit} > {CODE}/.commit"] if CODE != ROOT else []
    lines += ["", "## Reproduce", "", "From the repository root, with the project installed in `.venv`:", "", "```", *freeze, info["command"], "```", ""]
    return "\n".join(lines)


def seconds_of(run: dict) -> float:
    return run["result"].get("run_s", run["wall_s"])


def median_runs(rounds: list[dict[str, dict]]) -> dict[str, dict]:
    """Each program's run of median time over the rounds (of an even number, the faster middle one)."""
    labels = dict.fromkeys(label for runs in rounds for label in runs)
    medians = {}
    for label in labels:
        runs = sorted((runs[label] for runs in rounds if label in runs), key=lambda run: (run["timed_out"], seconds_of(run)))
        medians[label] = runs[(len(runs) - 1) // 2]
    return medians


def rate(size: dict, label: str, runs: dict | None = None) -> float | None:
    run = (size["runs"] if runs is None else runs).get(label)
    if not run or run["timed_out"]:
        return None
    return size["chars"] / seconds_of(run)


def round_ratios(size: dict, top: str, bottom: str) -> list[float]:
    """`top` / `bottom` throughput within each round that measured both."""
    found = []
    for runs in size["rounds"]:
        upper, lower = rate(size, top, runs), rate(size, bottom, runs)
        if upper and lower:
            found.append(upper / lower)
    return found


def ratio_lines(sizes: list[dict]) -> list[str]:
    lines = [
        "| size | talentflow 1w / A | talentflow 1w / B | 2 workers / 1 worker | target |",
        "|---|---|---|---|---|",
    ]
    pairs = [
        ("talentflow 1 worker", "A: jieba.lcut"),
        ("talentflow 1 worker", "B: spacy.blank zh + jieba"),
        ("talentflow 2 workers", "talentflow 1 worker"),
    ]
    for size in sizes:
        cells = []
        for top, bottom in pairs:
            ratios = round_ratios(size, top, bottom)
            cell = fmt(statistics.median(ratios), 2) if ratios else "–"
            if len(ratios) > 1:
                cell += " (" + ", ".join(f"{ratio:.2f}" for ratio in ratios) + ")"
            cells.append(cell)
        lines.append(f"| {size['mb']:g} MB | " + " | ".join(cells) + " | ≥ 1.0, –, ≥ 1.8 |")
    rounds = max(len(size["rounds"]) for size in sizes)
    if rounds > 1:
        lines += ["", f"Each ratio is the median of the ratios within each of {rounds} rounds (in brackets, round by round)."]
    lines += ceiling_lines(sizes)
    # Marginal (start-up free) throughput between the smallest and largest size.
    done = [size for size in sizes if rate(size, "talentflow 1 worker")]
    if len(done) > 1:
        small, large = done[0], done[-1]
        lines += ["", f"Marginal throughput between {small['mb']:g} and {large['mb']:g} MB (start-up cancels out):", ""]
        for label in ("talentflow 1 worker", "talentflow 2 workers"):
            runs = [size["runs"].get(label) for size in (small, large)]
            if all(run and not run["timed_out"] for run in runs):
                marginal = (large["chars"] - small["chars"]) / (runs[1]["wall_s"] - runs[0]["wall_s"])
                base = rate(large, "A: jieba.lcut")
                lines.append(f"- {label}: {fmt(marginal)} chars/s" + (f" = {marginal / base:.2f} × baseline A" if base else ""))
        lines += ["", "Scaling (time should grow linearly with input, memory stay flat; target ≤ 300 MB per worker):", ""]
        for label in ("talentflow 1 worker", "talentflow 2 workers"):
            runs = [size["runs"].get(label) for size in (small, large)]
            if not all(run and not run["timed_out"] for run in runs):
                continue
            growth = (runs[1]["wall_s"] / runs[0]["wall_s"]) / (large["chars"] / small["chars"])
            role = "worker" if runs[0]["rss_by_role_mb"].get("worker") else "main"
            first, last = peak(runs[0], role), peak(runs[1], role)
            main_first, main_last = peak(runs[0], "main"), peak(runs[1], "main")
            lines.append(
                f"- {label}: time × {runs[1]['wall_s'] / runs[0]['wall_s']:.1f} for input × {large['chars'] / small['chars']:.1f} "
                f"(time growth / input growth {growth:.2f}); peak RSS of the {'pipeline worker' if role == 'worker' else 'process'} "
                f"{fmt(first)} → {fmt(last)} MB ({(last / first if first and last else 0):.2f}×)"
                + (f", of the main process {fmt(main_first)} → {fmt(main_last)} MB" if role == "worker" else "")
            )
    return lines


def ceiling_lines(sizes: list[dict]) -> list[str]:
    measured = [size for size in sizes if size.get("ceiling")]
    if not measured or not measured[-1]["ceiling"]["ratios"]:
        return []
    size = measured[-1]
    ceiling = size["ceiling"]
    ratios = sorted(ceiling["ratios"])
    median = statistics.median(ratios)
    rates = ceiling["solo_rates"]
    lines = [
        "",
        (
            f"What two processes get from this machine against one ({size['mb']:g} MB input, `jieba.lcut`, "
            f"{len(ratios)} windows of two processes at once, each against the {ceiling['window_s']:g} s windows of one process "
            f"alone beside it): median **{median:.2f} ×**, quartiles {ratios[len(ratios) // 4]:.2f}–{ratios[3 * len(ratios) // 4]:.2f}; "
            f"one process alone ran at {fmt(min(rates))}–{fmt(max(rates))} chars/s from window to window. "
            "This is the most a two-worker run can gain here, whatever the program."
        ),
    ]
    scaling = round_ratios(size, "talentflow 2 workers", "talentflow 1 worker")
    if scaling:
        gained = statistics.median(scaling)
        lines[-1] += f" talentflow's 2 workers / 1 worker at {size['mb']:g} MB, {gained:.2f} ×, is {gained / median:.0%} of it."
    return lines


def startup_lines(startup: dict) -> list[str]:
    stamps, run = startup["stamps"], startup["inprocess"]
    begin = run["started"]
    cli = startup["cli"]
    return [
        "| step | seconds (from command start) |",
        "|---|---|",
        f"| interpreter up | {stamps['python_up'] - begin:.2f} |",
        f"| `import talentflow.api` done | {stamps['imported'] - begin:.2f} (import {stamps['imported'] - stamps['python_up']:.2f}) |",
        f"| `build_nlp()` done | {stamps['built'] - begin:.2f} (build {stamps['built'] - stamps['imported']:.2f}) |",
        f"| first article processed | {stamps['first_article'] - begin:.2f} (first article {stamps['first_article'] - stamps['built']:.2f}) |",
        f"| `talentflow extract <one article> --workers 1` exits | {cli['wall_s']:.2f} (peak RSS {fmt(cli['max_rss_mb'])} MB) |",
        "",
        f"Start-up as issue 6 counts it (import + pipeline build): **{_startup_s(startup['inprocess']):.2f} s** (target ≤ 1.0 s), "
        f"the median of {len(startup['warm'])} runs ({', '.join(f'{_startup_s(run):.2f}' for run in startup['warm'])}) after a first run "
        f"that compiled and cached the modules ({_startup_s(startup['cold']):.2f} s). Bytecode caching is on for these runs, "
        "as on a user's machine, whatever PYTHONDONTWRITEBYTECODE says above.",
    ]


def _startup_s(run: dict) -> float:
    return run["result"]["built"] - run["result"]["python_up"]


def profile_lines(profile: dict) -> list[str]:
    stages, total = profile["stages_s"], profile["total_s"]
    lines = [
        f"{profile['articles']:,} articles, {profile['chars']:,} chars: {total:.2f} s for the pipeline "
        f"({fmt(profile['chars'] / total)} chars/s without start-up); the first article alone took "
        f"{profile['first_article_s']:.2f} s (lazy dictionary caches).",
        "",
        "| stage | seconds | share |",
        "|---|---|---|",
    ]
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        lines.append(f"| {name} | {seconds:.2f} | {seconds / total:.0%} |")
    paired = profile.get("paired")
    if paired:
        chars = profile["chars"]
        lines += [
            "",
            (
                f"Each article through `jieba.lcut` and then the warm pipeline, back to back (the machine's drift falls on both): "
                f"jieba {fmt(chars / paired['jieba_s'])} chars/s, talentflow {fmt(chars / paired['pipeline_s'])} chars/s, "
                f"**{paired['jieba_s'] / paired['pipeline_s']:.2f} ×** (no reading, CSV or start-up in either)."
            ),
        ]
    for key, title in (("tottime", "cProfile, by own time"), ("cumulative", "cProfile, by cumulative time"), ("callers", "callers of the hottest functions")):
        lines += ["", f"{title}:", "", "```", profile["pstats"][key], "```"]
    return lines


# --- main --------------------------------------------------------------------------
def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        child_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,8,32", help="MB of text per input, comma-separated (default 1,8,32)")
    parser.add_argument("--workers", default="1,2", help="talentflow worker counts (default 1,2)")
    parser.add_argument("--timeout", type=float, default=480, help="seconds before a talentflow run is stopped (default 480)")
    parser.add_argument("--profile-mb", type=float, default=1, help="MB of text to profile; 0 skips the profile (default 1)")
    parser.add_argument("--top", type=int, default=25, help="cProfile rows to keep")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--keep", action="store_true", help="keep the generated inputs and CSVs")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds of every measurement per size; the table shows each program's median run, "
        "the ratios are the medians of the ratios within a round (default 1)",
    )
    parser.add_argument(
        "--ceiling-s",
        type=float,
        default=90,
        help="seconds of the two-process ceiling (plain jieba on the largest input, 3 s windows of one "
        "process alone and of two at once, alternating); 0 skips it (default 90)",
    )
    parser.add_argument(
        "--no-baselines", dest="baselines", action="store_false", help="skip jieba and spaCy (A, B): talentflow's memory only"
    )
    args = parser.parse_args()
    sizes = [float(text) for text in args.sizes.split(",") if text]
    worker_counts = [int(text) for text in args.workers.split(",") if text]
    info = {
        "command": " ".join([*([f"PYTHONPATH=$(python3 bench/shim.py {CODE})"] if CODE != ROOT else []), ".venv/bin/python bench/run.py", *sys.argv[1:]]),
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "load_before": os.getloadavg(),
        "versions": versions(),
    }
    scratch = Path(tempfile.mkdtemp(prefix="talentflow-bench-"))
    results, skipped = [], []
    try:
        one = scratch / "one"
        one.mkdir()
        first_stem, first_bytes = corpus_articles()[0]
        (one / f"{first_stem}.txt").write_bytes(first_bytes)
        # As on a user's machine, compiled modules are cached (__pycache__, git-ignored):
        # the first run compiles them, the warm runs after it are what a user meets.
        cached = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        runs = [measure(python_child("startup", str(one / f"{first_stem}.txt")), timeout=120, env=cached) for _ in range(1 + STARTUP_RUNS)]
        warm = sorted(runs[1:], key=lambda run: run["result"]["built"] - run["result"]["python_up"])
        startup = {"inprocess": warm[len(warm) // 2], "cold": runs[0], "warm": warm}
        startup["stamps"] = startup["inprocess"]["result"]
        startup["cli"] = measure([*talentflow_command({"dir": str(one), "meta": str(META)}, scratch / "one.csv", 1)], timeout=120, env=cached)
        log(f"start-up: {_startup_s(startup['inprocess']):.2f} s import+build (median of warm runs)")
        stopped = False
        for megabytes in sizes:
            folder = scratch / f"{megabytes:g}mb"
            folder.mkdir()
            data = build_input(folder, megabytes)
            size = {"mb": megabytes, "articles": data["articles"], "chars": data["chars"], "bytes": data["bytes"], "rounds": []}
            log(f"{megabytes:g} MB: {data['articles']} articles, {data['chars']:,} chars")
            # Rounds of every program in turn: a ratio is taken within a round, minutes apart at most.
            for number in range(1, args.repeat + 1):
                runs: dict[str, dict] = {}
                size["rounds"].append(runs)
                if args.baselines:
                    runs["A: jieba.lcut"] = measure(python_child("jieba", data["dir"]), timeout=3600)
                    runs["B: spacy.blank zh + jieba"] = measure(python_child("spacy", data["dir"]), timeout=3600)
                for workers in worker_counts:
                    label = f"talentflow {workers} worker{'s' if workers > 1 else ''}"
                    if stopped:
                        skipped.append(f"{label} at {megabytes:g} MB: not run, an earlier talentflow run exceeded --timeout {args.timeout:g} s")
                        continue
                    run = measure(talentflow_command(data, folder / f"out{workers}.csv", workers), timeout=args.timeout)
                    runs[label] = run
                    log(f"  round {number}, {label}: {run['wall_s']:.1f} s{' (stopped)' if run['timed_out'] else ''}, max RSS {fmt(run['max_rss_mb'])} MB")
                    if run["timed_out"]:
                        skipped.append(f"{label} at {megabytes:g} MB: stopped after {args.timeout:g} s (--timeout)")
                        stopped = True
                for label, run in runs.items():
                    if not label.startswith("talentflow"):
                        log(f"  round {number}, {label}: {size['chars'] / run['result']['run_s']:,.0f} chars/s")
            size["runs"] = median_runs(size["rounds"])
            if megabytes == sizes[-1] and args.ceiling_s > 0:
                # An odd count, at least three: every two-process window has a one-process window on each side.
                windows = max(3, 2 * int(args.ceiling_s / CEILING_WINDOW_S / 2) + 1)
                size["ceiling"] = machine_ceiling(data["dir"], CEILING_WINDOW_S, windows)
                log(f"  two processes / one: median {statistics.median(size['ceiling']['ratios']):.2f}")
            results.append(size)
            if not args.keep:
                shutil.rmtree(folder)
            write(args, info, results, startup, None, skipped)  # partial results survive an interrupted run
        profile = None
        if args.profile_mb > 0:
            folder = scratch / "profile"
            folder.mkdir()
            data = build_input(folder, args.profile_mb)
            profile = measure(python_child("profile", data["dir"], data["meta"], str(args.top)), timeout=3600)["result"]
            log(f"profile: {profile['total_s']:.1f} s")
        info["load_after"] = os.getloadavg()
        write(args, info, results, startup, profile, skipped)
    finally:
        if args.keep:
            log(f"inputs kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


NOTES = "<!-- notes: written by hand, kept when run.py rewrites the file -->"


def write(args, info, results, startup, profile, skipped) -> None:
    old = args.output.read_text("utf-8") if args.output.exists() else ""
    notes = old[old.index(NOTES):] if NOTES in old else NOTES + "\n"
    args.output.write_text(render(args, info, results, startup, profile, skipped) + "\n" + notes, encoding="utf-8")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
