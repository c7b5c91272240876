"""talentflow: Chinese tech news in, career-move records out.

    >>> import talentflow
    >>> talentflow.extract_text("2025年4月,张三跳槽至Meta担任研究科学家。", published="2025-08-26")
    >>> talentflow.extract_paths(["corpus/articles"])          # DataFrame
    >>> talentflow.evaluate("moves.csv", "corpus/gold.jsonl")  # EvalReport
    >>> talentflow.aggregate(frame)                             # moves, people, flows across articles

Heavy imports (spaCy, jieba) happen on first use, not on `import talentflow`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from talentflow.cli import lazy_spacy as lazy_spacy_cli

# Before any stage imports spaCy: its command line (typer, weasel, requests)
# is a third of its import time and no stage uses it.
lazy_spacy_cli.install()

__all__ = ["aggregate", "build_nlp", "extract_text", "extract_paths", "evaluate", "read_csv", "write_csv"]

_HOMES = {
    "aggregate": "talentflow.analysis.flows",
    "build_nlp": "talentflow.api",
    "extract_text": "talentflow.api",
    "extract_paths": "talentflow.batch",
    "evaluate": "talentflow.evaluation",
    "read_csv": "talentflow.batch.export",
    # The public writer takes typed frames too (<NA> written as an empty cell).
    "write_csv": "talentflow.api",
}

if TYPE_CHECKING:
    from talentflow.api import build_nlp, extract_text
    from talentflow.batch import extract_paths
    from talentflow.api import write_csv
    from talentflow.batch.export import read_csv
    from talentflow.analysis.flows import aggregate
    from talentflow.evaluation import evaluate


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from talentflow.version import talentflow_version

        return talentflow_version()
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'talentflow' has no attribute {name!r}")


def __dir__() -> list[str]:
    # The lazily imported API is no module attribute until first use: list it anyway,
    # so `dir(pipeline)` and tab completion show it.
    # Only the API and the module's dunders: not helpers (`Any`, `lazy_spacy_cli`).
    return sorted({name for name in globals() if name.startswith("__")} | set(__all__) | {"__version__"})
