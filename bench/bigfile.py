"""Peak memory of `talentflow extract` on one huge file (issue 18: bounded memory).

Makes one article of SIZE MB by repeating the corpus articles (our own text,
paragraphs and all, so it is dense with records), in .txt and as a .jsonl of
one article a line, runs `talentflow extract` on it in a child process and
prints the wall time, the records and the run's peak RSS (ru_maxrss of a
fresh wrapper's children: the largest process of that run alone).

    .venv/bin/python bench/bigfile.py 1 10 50                # sizes in MB
    .venv/bin/python bench/bigfile.py 50 --kind=jsonl        # one kind only
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


# Runs the command and prints its peak RSS in KB: RUSAGE_CHILDREN of a fresh
# process covers that one run, not every run this script made before.
WRAPPER = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], stderr=subprocess.PIPE, text=True)\n"
    "sys.stderr.write(done.stderr)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def run(path: Path, out: Path) -> tuple[float, int, str]:
    started = time.perf_counter()
    command = [str(Path(sys.executable).with_name("talentflow")), "extract", str(path), "-o", str(out), "--workers", "2"]
    done = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    summary = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"
    return elapsed, int(done.stdout.strip().splitlines()[-1]) // 1024, summary


def main(sizes: list[str]) -> None:
    kinds = [arg.removeprefix("--kind=") for arg in sizes if arg.startswith("--kind=")] or ["txt", "jsonl"]
    sizes = [arg for arg in sizes if not arg.startswith("--")]
    for size in sizes:
        for kind in kinds:
            with tempfile.TemporaryDirectory() as scratch:
                folder = Path(scratch)
                path = make(folder, float(size), kind)
                elapsed, peak, summary = run(path, folder / "out.csv")
                print(f"{size} MB .{kind}: {elapsed:.0f} s, peak RSS {peak} MB — {summary}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or ["1", "10", "50"])
