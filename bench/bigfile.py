"""Peak memory and time of `talentflow extract` on one huge file (issue 18: bounded memory, parallelism).

Makes one article of SIZE MB by repeating the corpus articles (our own text,
paragraphs and all, so it is dense with records), in .txt and as a .jsonl of
one article a line, runs `talentflow extract FILE --workers N` on it in a child
process and prints the wall time, the records and the peak RSS of each of the
run's processes and the CPU seconds each used (psutil polling every 0.1 s: the
main process, then each pool worker; a big file's slices shared among the
workers show as equal CPU), the CPU seconds of the whole run and its largest
process by the kernel (ru_maxrss of a fresh wrapper's children, which no
polling can miss).

    .venv/bin/python bench/bigfile.py 1 10 50                       # sizes in MB
    .venv/bin/python bench/bigfile.py 50 --kind=jsonl --workers=2   # one kind, one pool size
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]


def make(folder: Path, megabytes: float, kind: str) -> Path:
    size, parts, total, chunks = int(megabytes * 1_000_000), corpus(), 0, []
    number = 0
    while total < size:
        text = parts[number % len(parts)]
        chunk = text + "\n" if kind == "txt" else json.dumps({"id": f"n{number}", "text": text}, ensure_ascii=False) + "\n"
        chunks.append(chunk)
        total += len(chunk.encode("utf-8"))
        number += 1
    path = folder / f"big.{kind}"
    path.write_text("".join(chunks), encoding="utf-8")
    return path


# Runs the command and prints its peak RSS in KB and its CPU seconds (user +
# system, every process of the run): RUSAGE_CHILDREN of a fresh process covers
# that one run, not every run this script made before. On a shared machine CPU
# time moves far less than wall time: it shows the work, wall time the wait.
WRAPPER = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], stderr=subprocess.PIPE, text=True)\n"
    "sys.stderr.write(done.stderr)\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)\n"
)


def run(path: Path, out: Path, workers: int) -> tuple[float, int, float, str, str]:
    import psutil

    started = time.perf_counter()
    command = [str(Path(sys.executable).with_name("talentflow")), "extract", str(path), "-o", str(out), "--workers", str(workers)]
    wrapper = subprocess.Popen([sys.executable, "-c", WRAPPER, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}  # pid → peak RSS in bytes, in the order the processes were first seen
    cpu: dict[int, float] = {}  # pid → CPU seconds at its last sample: how the work was shared
    shell = psutil.Process(wrapper.pid)
    while wrapper.poll() is None:
        try:
            tree = shell.children(recursive=True)
        except psutil.Error:
            tree = []
        for process in tree:
            try:
                rss = process.memory_info().rss
                times = process.cpu_times()
            except psutil.Error:
                continue
            peaks[process.pid] = max(peaks.get(process.pid, 0), rss)
            cpu[process.pid] = times.user + times.system
        time.sleep(0.1)
    stdout, stderr = wrapper.communicate()
    elapsed = time.perf_counter() - started
    summary = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit {wrapper.returncode}"
    # The first process seen is talentflow itself; the spawned workers' resource tracker is tiny (< 30 MB).
    shown = " / ".join(f"{peak // 2**20} MB {cpu[pid]:.0f} s" for pid, peak in peaks.items() if peak > 40 * 2**20)
    largest, total = stdout.strip().splitlines()[-1].split()
    return elapsed, int(largest) // 1024, float(total), shown, summary


def main(sizes: list[str]) -> None:
    kinds = [arg.removeprefix("--kind=") for arg in sizes if arg.startswith("--kind=")] or ["txt", "jsonl"]
    pools = [int(arg.removeprefix("--workers=")) for arg in sizes if arg.startswith("--workers=")] or [1, 2]
    sizes = [arg for arg in sizes if not arg.startswith("--")]
    for size in sizes:
        for kind in kinds:
            with tempfile.TemporaryDirectory() as scratch:
                folder = Path(scratch)
                path = make(folder, float(size), kind)
                for workers in pools:
                    elapsed, peak, cpu, each, summary = run(path, folder / "out.csv", workers)
                    print(
                        f"{size} MB .{kind}, {workers} worker(s): {elapsed:.0f} s wall, {cpu:.0f} s CPU, peak RSS {peak} MB "
                        f"(per process, main first: peak RSS, CPU: {each}) — {summary}",
                        flush=True,
                    )


if __name__ == "__main__":
    main(sys.argv[1:] or ["1", "10", "50"])
