"""Warm passes over corpus/ (and ../shared/realdev when present) for callgrind.

Wall-clock figures swing ±30 % on a shared machine; instruction counts do not, so
two versions of the pipeline (or the pipeline and `jieba.lcut`) compare exactly.
Run through bench/instructions.sh, which counts 1 + N passes for N = 0 and 2 and
halves the difference, so imports, the pipeline build and the first pass cancel.

    python bench/instructions.py talentflow|jieba PASSES
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "corpus" / "articles", ROOT.parent / "shared" / "realdev" / "texts"]


def texts() -> list[str]:
    return [path.read_text("utf-8") for folder in FOLDERS if folder.is_dir() for path in sorted(folder.glob("*.txt"))]


def main(what: str, passes: int) -> None:
    articles = texts()
    if what == "jieba":
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        work = jieba.lcut
    else:
        from talentflow.api import default_nlp, extract_text

        nlp = default_nlp()

        def work(text: str) -> None:
            extract_text(text, nlp=nlp, published="2025-08-26")

    for _ in range(1 + passes):
        for text in articles:
            work(text)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
