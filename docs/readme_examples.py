"""Regenerate README's "Example output" table from what the extractor writes now.

    .venv/bin/python docs/readme_examples.py          # rewrite the table in README.md
    .venv/bin/python docs/readme_examples.py --check  # exit 1 when README is stale

The table shows chosen records of the bundled corpus. Each row is named by
(doc, person, which of that person's records in the doc), so the values are
whatever the extractor says today: a rule change that alters a shown record
changes the table, and tests/test_readme.py fails until this script is run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

README = ROOT / "README.md"
BEGIN = "<!-- example-output: begin (written by docs/readme_examples.py) -->"
END = "<!-- example-output: end -->"
COLUMNS = ("doc", "person", "from_org", "to_org", "role", "time", "status", "evidence")
# (doc, person, n): the n-th record (0-based, in text order) of that person in that doc.
# a01 shows a group move and a dated join with a role beside schooling that gives
# no record; a06 an announcement; c10 a reported leave.
SHOWN = (("a01", "司马清远", 0), ("a01", "司马清远", 1), ("a06", "端木凌霄", 0), ("c10", "司空望舒", 0))


def table() -> str:
    """The Markdown table of the shown records, extracted now."""
    import pandas as pd

    from talentflow.batch import run_batch

    docs = sorted({doc for doc, _, _ in SHOWN})
    frame = run_batch([ROOT / "corpus" / "articles" / f"{doc}.txt" for doc in docs], meta=ROOT / "corpus" / "meta.jsonl", workers=1).frame
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for doc, person, index in SHOWN:
        rows = frame[(frame["doc"] == doc) & (frame["person"] == person)].to_dict("records")
        if index >= len(rows):
            raise SystemExit(f"error: corpus/articles/{doc}.txt no longer gives record {index} of {person}: choose another in SHOWN")
        row = rows[index]
        # The frame is typed: an absent value is <NA>, an empty cell in the table.
        cells = ("" if pd.isna(row[column]) else str(row[column]) for column in COLUMNS)
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)


def with_table(readme: str, rendered: str) -> str:
    """README's text with the block between the markers replaced."""
    head, begin, rest = readme.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise SystemExit(f"error: {README.name} lacks the markers {BEGIN!r} … {END!r}")
    return f"{head}{BEGIN}\n{rendered}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether README is current (exit 1 if not)")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    wanted = with_table(current, table())
    if args.check:
        if wanted != current:
            print("README.md's example table is stale: run docs/readme_examples.py", file=sys.stderr)
            return 1
        return 0
    if wanted != current:
        README.write_text(wanted, encoding="utf-8")
        print("README.md: example table rewritten")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
