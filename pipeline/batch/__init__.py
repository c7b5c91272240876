"""Folders of articles → one table of records; every input accounted for.

The modules, by job: `discovery` (which files, their doc ids, what is skipped
and why), `work` (one file → its records or failures), `pool` (engines: this
process, a process pool, Dask), `manifest` (resuming a killed run), `run`
(`run_batch`, tying them together and feeding the sink).
"""

# Lazy (PEP 562): importing the package (as `talentflow.batch.export` does for the
# evaluator) loads none of its modules; each name is imported on first use.
from typing import TYPE_CHECKING, Any

_HOMES = {
    "discover": "talentflow.batch.discovery",
    "Manifest": "talentflow.batch.manifest",
    "ENGINES": "talentflow.batch.run",
    "BatchResult": "talentflow.batch.run",
    "_Pending": "talentflow.batch.run",
    "extract_paths": "talentflow.batch.run",
    "run_batch": "talentflow.batch.run",
    "FAILURE_COLUMNS": "talentflow.batch.work",
    "MAX_CHARS": "talentflow.batch.work",
    "Failure": "talentflow.batch.work",
    "FileResult": "talentflow.batch.work",
    "Task": "talentflow.batch.work",
    "process_file": "talentflow.batch.work",
    "split_text": "talentflow.batch.work",
}

if TYPE_CHECKING:
    from talentflow.batch.discovery import discover
    from talentflow.batch.manifest import Manifest
    from talentflow.batch.run import ENGINES, BatchResult, _Pending, extract_paths, run_batch
    from talentflow.batch.work import FAILURE_COLUMNS, MAX_CHARS, Failure, FileResult, Task, process_file, split_text


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        import importlib

        value = getattr(importlib.import_module(_HOMES[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'talentflow.batch' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))

__all__ = [
    "ENGINES",
    "FAILURE_COLUMNS",
    "MAX_CHARS",
    "BatchResult",
    "Failure",
    "FileResult",
    "Manifest",
    "Task",
    "_Pending",
    "discover",
    "extract_paths",
    "process_file",
    "run_batch",
    "split_text",
]
