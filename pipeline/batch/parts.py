"""A big file shared among the pool's workers, a slice of its text each, and joined back.

A 50 MB article takes one worker minutes while the others wait: `split_parts`
makes it `workers` tasks (`Task.part` of `Task.parts`), each reading the whole
file but extracting only the pieces (`work.split_text`) that start in its
slice of the text, or for a JSONL the lines that do (`jsonl.share`);
`merge_parts` joins their results, in part order, into the one result a single
worker would have given: same records in the same order, same failures, same
manifest entry.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from talentflow.batch.articles import names_its_articles
from talentflow.batch.work import FileResult, Task

# A file this big is shared among the pool's workers, a slice each, rather
# than left to one (a 50 MB article takes one worker ~5 minutes). Below it a
# file takes seconds and the pool's other files keep every worker busy.
PART_BYTES = 256 * 1024


def split_parts(tasks: Sequence[Task], workers: int) -> list[Task]:
    """`tasks` with each big file replaced by up to `workers` tasks, one slice of its text each."""
    if workers <= 1:
        return list(tasks)
    jobs: list[Task] = []
    for task in tasks:
        try:
            size = 0 if task.problem else os.stat(task.path).st_size
        except OSError:
            size = 0  # process_file says why it cannot be read
        parts = min(workers, size // PART_BYTES)
        if parts > 1:
            jobs.extend(replace(task, part=part, parts=parts) for part in range(parts))
        else:
            jobs.append(task)
    return jobs


def merge_parts(task: Task, parts: Sequence[FileResult]) -> FileResult:
    """One file's result from its parts' (in part order): the same as one worker would have given.

    Records follow part by part, so their order is that of one worker's run.
    Failures every part met alike (the file cannot be decoded) are told once.
    A part lost with its worker fails the whole file and keeps it out of the
    manifest, as a whole file lost would.
    """
    lost = [failure for result in parts for failure in result.failures if failure.stage == "worker"]
    if lost:
        for result in parts:
            result.discard()
        return FileResult(task, failures=lost)
    failures = list(dict.fromkeys(failure for result in parts for failure in result.failures))
    # A JSONL's lines are shared out: its articles add up. Another file is one
    # article seen by every part: counted if every part extracted its slice.
    counts = [result.articles for result in parts]
    articles = sum(counts) if names_its_articles(task.path) else min(counts)
    digests = {result.digest for result in parts}
    digest = digests.pop() if len(digests) == 1 else ""  # changed while read: not kept for --resume
    return FileResult(task, digest=digest, failures=failures, articles=articles, pieces=list(parts))
