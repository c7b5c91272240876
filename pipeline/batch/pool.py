"""Engines: run `process_file` over the tasks in this process, a process pool or a Dask cluster."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from multiprocessing import get_context
from pathlib import Path

from pipeline.batch.work import Failure, FileResult, Task, init_worker, process_file
from pipeline.readers import shown

log = logging.getLogger(__name__)

def in_process(tasks: Sequence[Task], meta: dict[str, dict[str, str]], max_chars: int) -> Iterator[FileResult]:
    for task in tasks:
        yield process_file(task, meta, max_chars=max_chars)


def process_pool(
    tasks: Sequence[Task], meta: dict[str, dict[str, str]], workers: int, max_chars: int
) -> Iterator[FileResult]:
    # spawn: a fresh interpreter per worker, no inherited locks or threads.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=init_worker, initargs=(meta,)) as pool:
        # map keeps input order, so the output is identical for any worker count.
        work = partial(process_file, max_chars=max_chars)
        stream = pool.map(work, tasks, chunksize=max(1, min(8, len(tasks) // (workers * 4))))
        done = 0
        try:
            for result in stream:
                done += 1
                yield result
        except BrokenProcessPool as err:
            # A worker died (killed, out of memory): what it held cannot be told
            # apart, so every unfinished file fails.
            log.error("a worker process died; %d files left unprocessed", len(tasks) - done)
            for task in tasks[done:]:
                yield _lost(task, type(err).__name__, str(err))


def dask_cluster(
    tasks: Sequence[Task], meta: dict[str, dict[str, str]], workers: int, max_chars: int, scheduler: str | None
) -> Iterator[FileResult]:
    """Results as the cluster finishes them; the caller restores input order."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as err:
        raise ImportError("engine 'dask' needs dask.distributed: pip install 'talentflow[dask]'") from err
    # Without a scheduler address: a cluster on this machine, one thread per
    # worker process (the pipeline is built once per process and used serially).
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    try:
        with Client(scheduler or cluster) as client:
            # The metadata table travels to each worker once, not with every file.
            [shared_meta] = client.scatter([meta], broadcast=True)
            # Workers elsewhere have another working directory: give them absolute paths.
            tasks = [Task(str(Path(task.path).resolve()), task.doc, task.problem) for task in tasks]
            futures = client.map(process_file, tasks, meta=shared_meta, max_chars=max_chars, pure=False)
            task_of = {future.key: task for future, task in zip(futures, tasks)}
            finished = as_completed(futures)
            del futures  # each result is released on the cluster once it is yielded here
            for future in finished:
                task = task_of.pop(future.key)
                if future.status == "finished":
                    yield future.result()
                else:
                    # The worker died or the task could not run (KilledWorker, …).
                    error = future.exception() if future.status == "error" else None
                    yield _lost(task, type(error).__name__ if error else future.status, str(error or ""))
    finally:
        if cluster is not None:
            cluster.close()


def _lost(task: Task, error: str, message: str) -> FileResult:
    """A file whose worker was lost: it fails, stays out of the manifest, and --resume retries it."""
    return FileResult(task, failures=[Failure(shown(task.path), task.doc, "worker", error, message)])


