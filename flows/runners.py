"""Task runners for the ingest flow: Prefect's default (threads in this process) or Dask.

Dask gives process-level parallelism (the cleaner is pure Python, so threads share one core
through the GIL) and reaches beyond one machine. Only the `clean-batch` tasks run on it; the
commit (duplicates, writing, the ledger) stays in the flow's process, in input order, so the
output is the same with either runner.
"""
from __future__ import annotations

RUNNERS = ("default", "dask")
# Files per task on Dask: each submission costs the flow's process ~0.1 s (Prefect serialises its
# settings context for the worker), so Dask gets fewer, larger batches than the default runner.
DASK_BATCH_SIZE = 1000
# A local cluster: one single-threaded worker process per core of this kind of machine.
LOCAL_DASK_CLUSTER = {"n_workers": 2, "threads_per_worker": 1, "processes": True, "dashboard_address": None}


def make_task_runner(runner: str = "default", address: str | None = None, *, n_workers: int | None = None):
    """The task runner to give `ingest.with_options(task_runner=...)`, or None for Prefect's default.
    `address` (tcp://HOST:8786) joins an existing Dask scheduler; without it a local cluster starts."""
    if runner not in RUNNERS:
        raise ValueError(f"unknown runner {runner!r}: choose one of {', '.join(RUNNERS)}")
    if runner == "default":
        if address:
            raise ValueError("--address is for a Dask scheduler: add --runner dask")
        return None
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    cluster = dict(LOCAL_DASK_CLUSTER, **({"n_workers": n_workers} if n_workers else {}))
    return DaskTaskRunner(cluster_kwargs=cluster)


def default_batch_size(runner: str = "default") -> int:
    """Files per `clean-batch` task when the user does not say: measured per runner."""
    from flows.ingest import DEFAULT_BATCH_SIZE

    return DASK_BATCH_SIZE if runner == "dask" else DEFAULT_BATCH_SIZE


def ingest_with_runner(runner: str = "default", address: str | None = None, **kwargs):
    """The ingest flow set up to run its tasks on `runner`."""
    from flows.ingest import ingest

    task_runner = make_task_runner(runner, address, **kwargs)
    return ingest if task_runner is None else ingest.with_options(task_runner=task_runner)
