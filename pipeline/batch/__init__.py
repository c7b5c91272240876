"""Folders of articles → one table of records; every input accounted for.

The modules, by job: `discovery` (which files, their doc ids, what is skipped
and why), `work` (one file → its records or failures), `pool` (engines: this
process, a process pool, Dask), `manifest` (resuming a killed run), `run`
(`run_batch`, tying them together and feeding the sink).
"""

from pipeline.batch.discovery import discover
from pipeline.batch.manifest import Manifest
from pipeline.batch.run import ENGINES, BatchResult, _Pending, extract_paths, run_batch
from pipeline.batch.work import FAILURE_COLUMNS, MAX_CHARS, Failure, FileResult, Task, process_file, split_text

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
