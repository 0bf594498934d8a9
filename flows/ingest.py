"""The `ingest` flow: a raw folder in, clean JSON out, an account of the run in the UI.

Tasks are coarse (a batch of files each) because Prefect spends milliseconds per task run;
results are committed in input order so the output does not depend on the task runner.
"""
from __future__ import annotations

import itertools
import uuid
from collections import deque
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from pipeline.batch import FileResult, Tally, clean_files, commit_results
from pipeline.read import DEFAULT_MAX_BYTES, discover, relative_source
from pipeline.report import InputsLog, save_summary, summarize, summary_markdown
from pipeline import PIPELINE_VERSION
from pipeline.state import StateStore
from pipeline.write import remove_stale_temp_files

# Files per task: enough work (~0.5 s and more) that Prefect's per-task cost stays small.
DEFAULT_BATCH_SIZE = 500
# Batches in flight at once: keeps workers busy while memory stays bounded by a few batches.
IN_FLIGHT = 4


@task(name="clean-batch", task_run_name="clean {first}…", retries=0)
def clean_batch(raw_root: Path, paths: list[Path], known: dict, max_bytes: int, first: str) -> list[FileResult]:
    return clean_files(raw_root, paths, known, max_bytes=max_bytes)


def _run_name() -> str:
    from prefect.runtime import flow_run

    raw = Path(flow_run.parameters.get("raw", "raw")).name or "raw"
    return f"ingest {raw} {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S}"


@flow(name="ingest", flow_run_name=_run_name, log_prints=False)
def ingest(raw: str = "raw", out: str = "clean", batch_size: int = DEFAULT_BATCH_SIZE,
           max_bytes: int = DEFAULT_MAX_BYTES) -> dict:
    """Clean every new or changed file under `raw` into JSON under `out`."""
    logger = get_run_logger()
    raw_root, out_dir = Path(raw).resolve(), Path(out).resolve()
    if not raw_root.is_dir():
        raise FileNotFoundError(f"raw folder {raw_root} does not exist; create it and put scraped pages in it")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = datetime.now(timezone.utc)
    run_id = f"{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    tally = Tally()
    # A run killed mid-write (kill -9) leaves temporary files; a live concurrent run's are kept.
    stale = remove_stale_temp_files(out_dir) if out_dir.is_dir() else 0
    files = 0
    with StateStore(out_dir) as state, InputsLog(out_dir, run_id) as inputs:
        pending: deque = deque()
        for paths in _batches(discover(raw_root), batch_size):
            files += len(paths)
            sources = [relative_source(raw_root, p) for p in paths]
            known = state.known_hashes(sources, PIPELINE_VERSION)
            pending.append(clean_batch.submit(raw_root, paths, known, max_bytes, sources[0]))
            if len(pending) >= IN_FLIGHT:
                _commit(pending.popleft(), out_dir, raw_root, state, tally, logger, inputs)
        while pending:
            _commit(pending.popleft(), out_dir, raw_root, state, tally, logger, inputs)
    summary = summarize(tally, run_id=run_id, raw=raw_root, out=out_dir, started_at=started,
                        finished_at=datetime.now(timezone.utc), files=files, inputs_log=inputs,
                        stale_temp_files_removed=stale)
    save_summary(out_dir, summary)
    _publish(summary, tally, logger)
    return summary.model_dump(mode="json")


def _batches(paths, size):
    iterator = iter(paths)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _commit(future, out_dir, raw_root, state, tally, logger, inputs) -> None:
    batch_tally = commit_results(out_dir, raw_root, future.result(), state)
    for source, reason, message in batch_tally.rejections:
        logger.warning("rejected %s (%s): %s", source, reason, message)
    inputs.add(batch_tally.inputs)
    tally.merge(batch_tally)


def _publish(summary, tally, logger) -> None:
    logger.info("seen %d: written %d, unchanged %d, duplicates %d, rejected %d",
                summary.seen, summary.written, summary.unchanged, summary.duplicates, summary.rejected)
    if summary.seen and summary.seen == summary.unchanged:
        logger.info("nothing new since the last run: no file written")
    create_markdown_artifact(key="ingest-summary", markdown=summary_markdown(summary, tally.rejections),
                             description="What came in, what was removed and why, what was rejected")
    create_table_artifact(key="ingest-counts", table=[{
        "seen": summary.seen, "written": summary.written, "unchanged": summary.unchanged,
        "duplicates": summary.duplicates, "rejected": summary.rejected, "accounted": summary.accounted,
        "inputs_log": summary.inputs_log}], description="Run counts; every input's outcome is in inputs_log")
