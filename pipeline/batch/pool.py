"""Engines: run `process_file` over the tasks in this process, a process pool or a Dask cluster."""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from functools import partial
from multiprocessing import get_context
from pathlib import Path

from talentflow.batch.work import Failure, FileResult, Task, init_worker, process_file
from talentflow.batch.errors import shown

log = logging.getLogger(__name__)


def in_process(
    tasks: Sequence[Task], meta: dict[str, dict[str, str]], max_chars: int, *, spool: str | None = None
) -> Iterator[FileResult]:
    for task in tasks:
        yield process_file(task, meta, max_chars=max_chars, spool=spool)


# The pool holds at most this many files per worker at once (plus one: the
# executor hands out that many). Few, so that when a worker dies the files it
# may have held, which are all retried one at a time, are few too.
HELD_PER_WORKER = 1
WORKER_DIED = "WorkerDied"


def process_pool(
    tasks: Sequence[Task],
    meta: dict[str, dict[str, str]],
    workers: int,
    max_chars: int,
    *,
    work: Callable[..., FileResult] = process_file,
    spool: str | None = None,
) -> Iterator[FileResult]:
    """Results as the workers finish them (run_batch's sink restores the order).

    A worker that dies (kill -9, the kernel's out-of-memory killer) breaks the
    whole ProcessPoolExecutor, and which file it held cannot be told from the
    outside. So the pool is rebuilt and the files that were in it are retried
    first, one at a time: one that kills its worker again fails (stage
    `worker`) and the pool is rebuilt once more; the others come out as
    usual, and the batch goes on. `work` is the per-file function (`process_file`);
    `spool`, the folder where it writes a big file's records (see process_file).
    """
    todo = deque(tasks)
    suspects: deque[Task] = deque()
    job = partial(work, max_chars=max_chars, spool=spool)
    while todo or suspects:
        pool = _new_pool(workers, meta)
        try:
            yield from _retry_alone(pool, suspects, job)
            if not suspects:
                yield from _run(pool, todo, suspects, job, workers)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if suspects:
            log.error("a worker process died; retrying the %d files it may have held, one at a time", len(suspects))


def _retry_alone(pool: ProcessPoolExecutor, suspects: deque[Task], job: Callable[[Task], FileResult]) -> Iterator[FileResult]:
    """The suspects one at a time: a death now is the file's own doing; it fails, and the pool must be rebuilt."""
    while suspects:
        task = suspects[0]
        try:
            result = pool.submit(job, task).result()
        except BrokenProcessPool:
            suspects.popleft()
            yield _lost(task, WORKER_DIED, "the worker process died on this file twice (killed, or out of memory)")
            return
        suspects.popleft()
        yield result


def _run(pool: ProcessPoolExecutor, todo: deque[Task], suspects: deque[Task], job, workers: int) -> Iterator[FileResult]:
    """Tasks through the pool, a few per worker at a time; on a death, what the pool held becomes the suspects."""
    held: dict[Future, Task] = {}
    while todo or held:
        while todo and len(held) < workers * HELD_PER_WORKER + 1:
            task = todo.popleft()
            try:
                held[pool.submit(job, task)] = task
            except BrokenProcessPool:
                # A worker died after the last wait returned and before this submit: the
                # task never ran (back to the queue); what the pool held is suspect.
                todo.appendleft(task)
                suspects.extend(held.values())
                return
        finished, _ = wait(held, return_when=FIRST_COMPLETED)
        broken = False
        for future in finished:
            try:
                result = future.result()
            except BrokenProcessPool:
                broken = True
                continue
            del held[future]
            yield result
        if broken:
            suspects.extend(held.values())
            return


def _new_pool(workers: int, meta: dict[str, dict[str, str]]) -> ProcessPoolExecutor:
    # spawn: a fresh interpreter per worker, no inherited locks or threads.
    return ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=init_worker, initargs=(meta, os.getpid()))


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
            tasks = [replace(task, path=str(Path(task.path).resolve())) for task in tasks]
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


