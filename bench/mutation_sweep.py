"""Mutation sweep: does the test suite notice when a data row or a rule is broken?

Each mutation is applied, one at a time, to a copy of the working tree (made
under a temporary folder, beside a link to ../shared so realdev is found as the
tests find it); the copy then runs, in one fresh process:

1. the extractor on corpus/ (and ../shared/realdev when present), compared
   byte for byte with the unmutated copy's CSVs ("output changed");
2. a targeted subset of the tests with `-x` ("caught": the first failing test).

Mutations:
- every data row of pipeline/data/triggers.tsv and cues.tsv deleted;
- with --alter, every row's kind/value changed to another one (join → leave, …);
- the code mutations of issue 20: the status cue scope, the formula guard
  without tab or CR, the resume hash ignored, record offsets off by one, the
  conditional veto dropped.

    .venv/bin/python bench/mutation_sweep.py                  # deletions + code, 2 workers
    .venv/bin/python bench/mutation_sweep.py --alter --jsonl sweep.jsonl
    .venv/bin/python bench/mutation_sweep.py --only code

Prints a Markdown table (one row per mutation) and a summary; the run is done
when every deletion that changes corpus or realdev output is caught, and every
code mutation is caught. Run by hand (minutes, not a unit test).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

KEY_TEST = "tests/test_data_rows.py::test_every_listed_row_is_still_there"
DATA_TESTS = ["tests/test_data_rows.py", "tests/test_lexicon.py", "tests/test_moves.py", "tests/test_end_to_end.py"]
# Another kind/value for each, chosen so that the row's effect turns around.
ALTER_KIND = {
    "join": "leave", "leave": "join", "found": "join", "intern": "join", "move": "join", "past": "join",
    "serve": "join", "origin": "join", "hire": "fire", "fire": "hire",
}
ALTER_VALUE = {"announced": "reported"}  # every other value becomes announced


@dataclass
class Mutation:
    name: str
    kind: str  # delete, alter, code
    path: str  # file inside the repository
    old: str  # text replaced (exactly once)
    new: str
    tests: list[str]
    # filled by the run
    applies: bool = True
    caught_by: str = ""
    corpus_changed: bool = False  # any byte of the CSV, provenance (trigger, offsets, rules) included
    realdev_changed: bool = False
    corpus_records_changed: bool = False  # the records themselves: ANNOTATION.md's columns
    realdev_records_changed: bool = False
    seconds: float = 0.0
    error: str = ""
    extra: dict = field(default_factory=dict)


def code_mutations() -> list[Mutation]:
    export, batch = "pipeline/batch/export.py", "pipeline/batch.py"
    # The relation stage by job (pipeline/relations/): where each mutated line lives.
    attributes, assembly = "pipeline/relations/attributes.py", "pipeline/relations/assembly.py"
    vetoes, draft = "pipeline/relations/vetoes.py", "pipeline/relations/draft.py"
    near = "near = [value for s, e, value in view.cues.inside(max(clause.start, person.end if person.end <= start else 0), start)]"
    conditional = 'value == "conditional" and not _COUNTING.match(view.simple, e)'
    status_tests = ["tests/test_moves.py", "tests/test_data_rows.py", "tests/test_end_to_end.py"]
    guard_tests = ["tests/test_formula_guard.py", "tests/test_export.py", "tests/test_sink.py"]
    return [
        Mutation("status cue scope: the whole clause", "code", attributes, near,
                 near.replace("max(clause.start, person.end if person.end <= start else 0)", "clause.start"), status_tests),
        Mutation("status cue scope: the whole sentence", "code", attributes, near,
                 near.replace("max(clause.start, person.end if person.end <= start else 0)", "sentence.start"), status_tests),
        Mutation("formula guard without tab and CR", "code", export, '_FORMULA_STARTS = ("=", "+", "-", "@", "\\t", "\\r")',
                 '_FORMULA_STARTS = ("=", "+", "-", "@")', guard_tests),
        Mutation("formula guard without tab", "code", export, '_FORMULA_STARTS = ("=", "+", "-", "@", "\\t", "\\r")',
                 '_FORMULA_STARTS = ("=", "+", "-", "@", "\\r")', guard_tests),
        Mutation("formula guard without CR", "code", export, '_FORMULA_STARTS = ("=", "+", "-", "@", "\\t", "\\r")',
                 '_FORMULA_STARTS = ("=", "+", "-", "@", "\\t")', guard_tests),
        Mutation("resume ignores the content hash", "code", batch, "earlier[task.doc][0] == _digest(task.path)", "True",
                 ["tests/test_batch.py", "tests/test_cli.py"]),
        Mutation("piece offsets off by one", "code", batch,
                 '"start": record.start + offset, "end": record.end + offset',
                 '"start": record.start + offset + 1, "end": record.end + offset + 1', ["tests/test_batch.py", "tests/test_pipeline.py"]),
        Mutation("trigger offset off by one", "code", assembly, "        start=draft.start,\n", "        start=draft.start + 1,\n",
                 ["tests/test_pipeline.py", "tests/test_batch.py", "tests/test_moves.py"]),
        Mutation("conditional veto dropped (sentence-wide)", "code", vetoes, conditional,
                 conditional.replace('"conditional"', '"no such value"'), ["tests/test_moves.py", "tests/test_data_rows.py"]),
        Mutation("conditional veto dropped (in its clause)", "code", draft,
                 'VETO_CUES = frozenset({"negated", "hypothetical", "conditional", "declined"})',
                 'VETO_CUES = frozenset({"negated", "hypothetical", "declined"})', ["tests/test_moves.py", "tests/test_data_rows.py"]),
    ]


def data_mutations(alter: bool) -> list[Mutation]:
    out = []
    for name in ("triggers.tsv", "cues.tsv"):
        path = f"pipeline/data/{name}"
        lines = (ROOT / path).read_text(encoding="utf-8").split("\n")
        data = [line for line in lines if line.strip() and not line.startswith("#")][1:]  # after the header
        for line in data:
            fields = line.split("\t")
            old = line + "\n"
            out.append(Mutation(f"{name}: delete {fields[0]}", "delete", path, old, "", DATA_TESTS))
            if alter:
                kinds = ALTER_KIND if name == "triggers.tsv" else ALTER_VALUE
                other = kinds.get(fields[1], "announced")
                new = "\t".join([fields[0], other, *fields[2:]]) + "\n"
                out.append(Mutation(f"{name}: {fields[0]} {fields[1]} → {other}", "alter", path, old, new, DATA_TESTS))
    return out


# ------------------------------------------------------------------ the copies


def make_copy(into: Path) -> Path:
    """The working tree's files (tracked and new, not ignored) beside a link to ../shared."""
    repo = into / "repo"
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode("utf-8").split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            target = repo / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    if SHARED.is_dir():
        (into / "shared").symlink_to(SHARED.resolve())
    return repo


def probe(repo: Path, tests: list[str], cache: Path) -> dict:
    """Run the extractor and the tests in a fresh process inside `repo`."""
    # The fast segmenter without its start-up check (a mutated word list would rerun it each time;
    # tests/test_segmenter_equivalence.py holds the two backends equal).
    env = dict(os.environ, PYTHONPATH=subprocess.run([sys.executable, str(ROOT / "bench" / "shim.py"), str(repo)], capture_output=True, text=True, check=True).stdout.strip(), TALENTFLOW_CACHE_DIR=str(cache), PYTHONDONTWRITEBYTECODE="1",
               TALENTFLOW_SEGMENTER="jieba-fast-dat")
    env.pop("CI", None)
    done = subprocess.run(
        [sys.executable, str(repo / "bench" / "mutation_sweep.py"), "--probe", *tests],
        cwd=repo, env=env, capture_output=True, text=True, timeout=1800,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": (done.stderr or done.stdout)[-2000:]}
    return json.loads(lines[-1])


def run_probe(tests: list[str]) -> None:
    """Inside a copy: hash the extractor's CSVs, then run the tests with -x; one JSON line."""
    import pytest

    import talentflow
    from talentflow.batch import run_batch
    from talentflow.batch.export import write_csv

    import talentflow.batch
    from talentflow.models import MOVE_COLUMNS

    repo = Path.cwd().resolve()
    assert Path(talentflow.__file__).resolve().is_relative_to(repo), talentflow.__file__
    hashes, results = {}, {}
    with tempfile.TemporaryDirectory() as scratch:
        sets = {"corpus": (repo / "corpus" / "articles", repo / "corpus" / "meta.jsonl")}
        realdev = repo.parent / "shared" / "realdev"
        if (realdev / "texts").is_dir():
            sets["realdev"] = (realdev / "texts", realdev / "meta.jsonl")
        for name, (texts, meta) in sets.items():
            result = results[(str(texts), str(meta))] = run_batch([texts], meta=meta)
            out = write_csv(result.frame, Path(scratch) / f"{name}.csv")
            hashes[name] = hashlib.sha256(out.read_bytes()).hexdigest()
            records = result.frame[list(MOVE_COLUMNS)].to_csv(index=False).encode("utf-8")
            hashes[f"{name} records"] = hashlib.sha256(records).hexdigest()

    def same_batch(paths, meta=None, **options):
        # The end-to-end floors evaluate the very run made above (same code, data and
        # process) instead of extracting corpus and realdev a second time.
        found = results.get((str(paths[0]), str(meta))) if len(paths) == 1 and not options else None
        return found if found is not None else run_batch(paths, meta=meta, **options)

    talentflow.batch.run_batch = same_batch  # before pytest imports tests/test_end_to_end.py

    class Failures:
        first = ""

        def pytest_runtest_logreport(self, report):
            if report.failed and not self.first:
                self.first = report.nodeid

    # First the tests of behaviour; the list of row keys (which notices any deleted
    # or changed row by construction) only when they miss it.
    options = ["-x", "-q", "-p", "no:cacheprovider", "--no-header", "-o", "addopts=", "-o", "xfail_strict=true"]
    if not tests:  # --no-tests: the outputs alone
        print(json.dumps({"hashes": hashes, "caught_by": ""}))
        return
    failures = Failures()
    code = pytest.main([*options, "--deselect", KEY_TEST, *tests], plugins=[failures])
    caught = failures.first or ("" if code in (0, 5) else f"pytest exit {int(code)}")
    if not caught and any(test.startswith("tests/test_data_rows.py") for test in tests):
        keys = Failures()
        pytest.main([*options, KEY_TEST], plugins=[keys])
        caught = keys.first and "key list only (tests/data_row_keys.tsv)"
    print(json.dumps({"hashes": hashes, "caught_by": caught}))


# ------------------------------------------------------------------ the sweep


def sweep(mutations: list[Mutation], workers: int, jsonl: Path | None, done_before: dict[str, dict]) -> tuple[dict, list[Mutation]]:
    base = Path(tempfile.mkdtemp(prefix="talentflow-sweep-"))
    try:
        cache = base / "cache"
        copies = [make_copy(base / f"w{i}") for i in range(workers)]
        start = time.perf_counter()
        reference = probe(copies[0], DATA_TESTS, cache)
        if reference.get("error") or reference.get("caught_by"):
            raise SystemExit(f"the unmutated copy fails: {reference}")
        print(f"reference run: {time.perf_counter() - start:.0f} s, tests pass", file=sys.stderr, flush=True)
        todo: queue.Queue[Mutation] = queue.Queue()
        for mutation in mutations:
            if mutation.name in done_before:  # --resume: taken from the earlier run's JSONL
                for key in ("applies", "caught_by", "corpus_changed", "realdev_changed", "seconds", "error"):
                    setattr(mutation, key, done_before[mutation.name][key])
            else:
                todo.put(mutation)
        lock = threading.Lock()
        handle = jsonl.open("a" if done_before else "w", encoding="utf-8") if jsonl else None

        def work(repo: Path) -> None:
            while True:
                try:
                    mutation = todo.get_nowait()
                except queue.Empty:
                    return
                target = repo / mutation.path
                original = target.read_text(encoding="utf-8")
                if original.count(mutation.old) != 1:
                    mutation.applies = False
                else:
                    target.write_text(original.replace(mutation.old, mutation.new), encoding="utf-8")
                    began = time.perf_counter()
                    try:
                        result = probe(repo, mutation.tests, cache)
                    finally:
                        target.write_text(original, encoding="utf-8")
                    mutation.seconds = time.perf_counter() - began
                    mutation.error = result.get("error", "")
                    mutation.caught_by = result.get("caught_by", "")
                    hashes = result.get("hashes", {})
                    mutation.corpus_changed = hashes.get("corpus") != reference["hashes"]["corpus"]
                    mutation.realdev_changed = "realdev" in reference["hashes"] and hashes.get("realdev") != reference["hashes"]["realdev"]
                    for name in ("corpus", "realdev"):
                        key = f"{name} records"
                        changed = key in reference["hashes"] and hashes.get(key) != reference["hashes"][key]
                        setattr(mutation, f"{name}_records_changed", changed)
                with lock:
                    done = len(mutations) - todo.qsize()
                    print(f"[{done}/{len(mutations)}] {mutation.name}: {verdict(mutation)}", file=sys.stderr, flush=True)
                    if handle:
                        handle.write(json.dumps(asdict(mutation), ensure_ascii=False) + "\n")
                        handle.flush()

        threads = [threading.Thread(target=work, args=(repo,)) for repo in copies]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if handle:
            handle.close()
        return reference, mutations
    finally:
        shutil.rmtree(base, ignore_errors=True)


def verdict(mutation: Mutation) -> str:
    if not mutation.applies:
        return "n/a (code changed)"
    if mutation.error:
        return "error"
    return "caught" if mutation.caught_by else "NOT caught"


def _output(records: bool, any_byte: bool) -> str:
    return "records changed" if records else "provenance only" if any_byte else "same"


def report(mutations: list[Mutation]) -> str:
    """The table, then per kind of mutation what is caught. "records changed": the
    ANNOTATION.md columns of some record (a record more or less, another org, role,
    time, status); "provenance only": only the trigger, offsets or rules columns."""
    rows = ["| mutation | caught by (first failing test) | corpus output | realdev output |", "|---|---|---|---|"]
    for m in mutations:
        caught = m.caught_by.replace("|", "\\|") if m.caught_by else verdict(m)
        rows.append(
            f"| {m.name} | {caught} | {_output(m.corpus_records_changed, m.corpus_changed)} |"
            f" {_output(m.realdev_records_changed, m.realdev_changed)} |"
        )
    lines = ["\n".join(rows), ""]
    for kind in ("delete", "alter", "code"):
        group = [m for m in mutations if m.kind == kind and m.applies and not m.error]
        if not group:
            continue
        caught = [m for m in group if m.caught_by]
        by_keys = [m for m in caught if m.caught_by.startswith("key list")]
        changing = [m for m in group if m.corpus_records_changed or m.realdev_records_changed]
        provenance = [m for m in group if (m.corpus_changed or m.realdev_changed) and m not in changing]
        missed = [m.name for m in changing if not m.caught_by]
        keys_only = [m.name for m in changing if m in by_keys]
        lines.append(
            f"- {kind}: {len(group)} mutations, {len(caught)} caught ({len(caught) - len(by_keys)} by a test of behaviour,"
            f" {len(by_keys)} by the key list only); {len(changing)} change corpus or realdev records"
            f" (not caught: {len(missed)}{' — ' + ', '.join(missed) if missed else ''};"
            f" caught by the key list only: {len(keys_only)}{' — ' + ', '.join(keys_only) if keys_only else ''});"
            f" {len(provenance)} change provenance columns only"
        )
        if kind == "code":
            lines.append(f"  - code mutations not caught: {[m.name for m in group if not m.caught_by] or 'none'}")
    broken = [m.name for m in mutations if not m.applies or m.error]
    if broken:
        lines.append(f"- not run (n/a or error): {broken}")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--probe":
        run_probe(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("all", "data", "code"), default="all")
    parser.add_argument("--alter", action="store_true", help="also change each row's kind/value")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="first N mutations only (a quick look)")
    parser.add_argument("--jsonl", type=Path, help="write each result here as it finishes")
    parser.add_argument("--resume", action="store_true", help="keep the results already in --jsonl, run the rest")
    parser.add_argument("--names", type=Path, help="a file of mutation names, one a line: run only these")
    args = parser.parse_args()
    done_before = {}
    if args.resume and args.jsonl and args.jsonl.exists():
        rows = [json.loads(line) for line in args.jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
        done_before = {row["name"]: row for row in rows if not row.get("error")}
    mutations = []
    if args.only in ("all", "code"):
        mutations += code_mutations()
    if args.only in ("all", "data"):
        mutations += data_mutations(args.alter)
    if args.names:
        wanted = set(filter(None, args.names.read_text(encoding="utf-8").splitlines()))
        mutations = [m for m in mutations if m.name in wanted]
    if args.limit:
        mutations = mutations[: args.limit]
    began = time.perf_counter()
    _reference, done = sweep(mutations, args.workers, args.jsonl, done_before)
    print(report(done))
    print(f"\n{len(done)} mutations in {time.perf_counter() - began:.0f} s with {args.workers} workers")
    if any(m.kind == "code" and m.applies and not m.caught_by for m in done) or any(
        m.kind == "delete" and (m.corpus_records_changed or m.realdev_records_changed) and not m.caught_by for m in done
    ):
        sys.exit(1)


if __name__ == "__main__":
    main()
