"""The `ingest` flow: a raw folder in, clean JSON out, an account of the run in the UI.

Tasks are coarse (a batch of files each) because Prefect spends milliseconds per task run;
results are committed in input order so the output does not depend on the task runner.
"""
from __future__ import annotations

import itertools
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from pipeline.learn import observe_files
from pipeline.site_memory import SiteMemory
from pipeline.batch import Tally, clean_files, commit_results, set_aside_unchanged
from pipeline.read import DEFAULT_MAX_BYTES, discover, relative_source
from pipeline.report import InputsLog, save_summary, summarize, summary_markdown
from pipeline import PIPELINE_VERSION
from pipeline.dedup import DEFAULT_THRESHOLD, check_threshold
from pipeline.rules import default_rules
from pipeline.state import StateStore
from pipeline.write import remove_stale_temp_files

# Files per task: enough work (~0.5 s and more) that Prefect's per-task cost stays small, and
# enough batches that cleaning overlaps committing. Measured (whole flow, default runner, 3,000
# generated pages of bench/corpus.py, 2 shared cores): 50 → 123 docs/s, 100 → 111, 250 → 126,
# 500 → 83, 1000 → 92; differences under ~15% are noise on this machine.
DEFAULT_BATCH_SIZE = 250
# Called in this process after each batch of files is committed, with the number of files:
# lets the command line draw a progress bar while the flow knows nothing of terminals.
BATCH_LISTENERS: list = []
# Batches in flight at once: keeps workers busy while memory stays bounded by a few batches.
IN_FLIGHT = 4


@dataclass(frozen=True, slots=True)
class BatchOutput:
    """What a batch task returns: its results as one object. Until a flow run ends, Prefect keeps
    an entry for a task's return value and for each of its direct parts (to link data between
    tasks); a bare list of 250 file results left 250 entries per task, so the flow's memory grew
    with the corpus. Wrapped, a task leaves two."""

    items: list


@task(name="learn-batch", task_run_name="learn {first}…", retries=0)
def learn_batch(raw_root: Path, paths: list[Path], known: dict, max_bytes: int, first: str) -> BatchOutput:
    return BatchOutput(observe_files(raw_root, paths, known, max_bytes=max_bytes))


@task(name="clean-batch", task_run_name="clean {first}…", retries=0)
def clean_batch(raw_root: Path, paths: list[Path], known: dict, max_bytes: int, first: str,
                signatures: bool = True, boilerplate: dict | None = None) -> BatchOutput:
    return BatchOutput(clean_files(raw_root, paths, known, max_bytes=max_bytes, signatures=signatures,
                                   site_lines_for=(boilerplate or {}).get))


def _learn_sites(raw_root: Path, out_dir: Path, batch_size: int, max_bytes: int, state: StateStore) -> dict:
    """First pass: what each site repeats, from the new pages of this run and all earlier runs."""
    memory = SiteMemory.load(out_dir)
    try:
        _map_batches(raw_root, batch_size, state, memory.add_many,
                     lambda paths, known: _unless_unchanged(
                         raw_root, paths, known, keep_unchanged=False,
                         submit=lambda todo, first: learn_batch.submit(raw_root, todo, known, max_bytes, first)))
        return memory.boilerplate_by_site()
    finally:
        memory.close()


class _BatchResult:
    """What `_map_batches` waits on: results known without a task (files set aside as
    unchanged), then the task's results, if a task was needed."""

    def __init__(self, ready: list, future=None):
        self._ready, self._future = ready, future

    def result(self) -> list:
        return self._ready + (self._future.result().items if self._future is not None else [])


def _unless_unchanged(raw_root: Path, paths: list[Path], known: dict, *, submit, keep_unchanged: bool = True):
    """A task only for the files whose size or mtime moved since the ledger saw them: a rerun
    with nothing new sends no task at all. `keep_unchanged`: pass the set-aside files' results on."""
    unchanged, todo = set_aside_unchanged(raw_root, paths, known)
    future = submit(todo, relative_source(raw_root, todo[0])) if todo else None
    return _BatchResult(unchanged if keep_unchanged else [], future)


def _map_batches(raw_root: Path, batch_size: int, state: StateStore, consume, submit) -> int:
    """One task per batch of files, at most IN_FLIGHT at once, each result handed to `consume`
    in input order (so the outcome does not depend on the runner). Returns the number of files."""
    pending: deque = deque()
    files = 0
    for paths in _batches(discover(raw_root), batch_size):
        files += len(paths)
        sources = [relative_source(raw_root, p) for p in paths]
        pending.append(submit(paths, state.known_hashes(sources, PIPELINE_VERSION)))
        if len(pending) >= IN_FLIGHT:
            consume(pending.popleft().result())
    while pending:
        consume(pending.popleft().result())
    return files


def _run_name(outcome: str = "running") -> str:
    """What the run is doing, as the UI lists it: folder, start time, and (renamed at the end
    by `_publish`) how many inputs were new."""
    from prefect.runtime import flow_run

    raw = Path(flow_run.parameters.get("raw", "raw")).name or "raw"
    # The scheduled time, not the clock: the final name must match the first one.
    started = flow_run.scheduled_start_time or datetime.now(timezone.utc)
    return f"{raw} {started.astimezone(timezone.utc):%Y-%m-%d %H:%M:%S} UTC: {outcome}"


@flow(name="ingest", flow_run_name=_run_name, log_prints=False)
def ingest(raw: str = "raw", out: str = "clean", batch_size: int = DEFAULT_BATCH_SIZE,
           max_bytes: int = DEFAULT_MAX_BYTES, near_duplicate_threshold: float | None = DEFAULT_THRESHOLD) -> dict:
    """Clean every new or changed file under `raw` into JSON under `out`. A document whose text
    is the same as, or at least `near_duplicate_threshold` similar to, an earlier one's (this run
    or an earlier run into `out`) is written with `duplicate_of`; 0 turns near duplicates off."""
    logger = get_run_logger()
    raw_root, out_dir = Path(raw).resolve(), Path(out).resolve()
    if not raw_root.is_dir():
        raise FileNotFoundError(f"raw folder {raw_root} does not exist; create it and put scraped pages in it")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    threshold = check_threshold(near_duplicate_threshold)
    default_rules()  # a bad user rules file ($BERSIH_RULES) fails the run here, naming the entry
    started = datetime.now(timezone.utc)
    run_id = f"{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    tally = Tally()
    # A run killed mid-write (kill -9) leaves temporary files; a live concurrent run's are kept.
    stale = remove_stale_temp_files(out_dir) if out_dir.is_dir() else 0
    with StateStore(out_dir) as state, InputsLog(out_dir, run_id) as inputs:
        boilerplate = _learn_sites(raw_root, out_dir, batch_size, max_bytes, state)
        files = _map_batches(
            raw_root, batch_size, state,
            lambda results: _commit(results, out_dir, raw_root, state, tally, logger, inputs, threshold),
            lambda paths, known: _unless_unchanged(
                raw_root, paths, known,
                submit=lambda todo, first: clean_batch.submit(raw_root, todo, known, max_bytes, first,
                                                              threshold is not None, boilerplate)))
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


def _commit(results, out_dir, raw_root, state, tally, logger, inputs, threshold=DEFAULT_THRESHOLD) -> None:
    batch_tally = commit_results(out_dir, raw_root, results, state, near_duplicate_threshold=threshold)
    for source, reason, message in batch_tally.rejections:
        logger.warning("rejected %s (%s): %s", source, reason, message)
    inputs.add(batch_tally.inputs)
    tally.merge(batch_tally)
    for listener in BATCH_LISTENERS:
        listener(len(results))


# Rows of the rejected-inputs table in the UI; the full list is in the run's inputs log.
MAX_REJECTION_ROWS = 500


def _publish(summary, tally, logger) -> None:
    logger.info("seen %d: written %d, unchanged %d, duplicates %d, rejected %d",
                summary.seen, summary.written, summary.unchanged, summary.duplicates, summary.rejected)
    new = summary.seen - summary.unchanged
    nothing_new = "nothing new since the last run: no file written"
    if not new:
        logger.info(nothing_new)
    markdown = summary_markdown(summary, tally.rejections)
    create_markdown_artifact(key="ingest-summary",
                             markdown=(f"**{nothing_new.capitalize()}.**\n\n" if not new else "") + markdown,
                             description="What came in, what was removed and why, what was rejected")
    create_table_artifact(key="ingest-counts", table=[{
        "seen": summary.seen, "written": summary.written, "unchanged": summary.unchanged,
        "duplicates": summary.duplicates, "rejected": summary.rejected, "accounted": summary.accounted,
        "inputs_log": summary.inputs_log}], description="Run counts; every input's outcome is in inputs_log")
    # Empty tables are left out: the summary above says "(none)" for them.
    tables = {
        "ingest-removals": ([{"reason": r, "lines": n} for r, n in summary.removed_by_reason.items()],
                            "Lines removed from the documents, per reason"),
        "ingest-rejections": ([{"input": s, "reason": r, "message": m}
                               for s, r, m in tally.rejections[:MAX_REJECTION_ROWS]],
                              f"Inputs rejected, with the reason (first {MAX_REJECTION_ROWS}; all in the inputs log)"),
        "ingest-sites": ([{"site": site, "documents": n} for site, n in summary.sites.items()],
                         "Busiest sites of the run"),
    }
    for key, (rows, description) in tables.items():
        if rows:
            create_table_artifact(key=key, table=rows, description=description)
    counts = f"{new} new" + (f" ({summary.written} written, {summary.duplicates} duplicates, "
                             f"{summary.rejected} rejected)" if new else "")
    _rename_run(_run_name(counts if new else "nothing new"), logger)


def _rename_run(name: str, logger) -> None:
    """The count is known only at the end, so the run gets its final name then."""
    from prefect.client.orchestration import get_client
    from prefect.runtime import flow_run

    try:
        with get_client(sync_client=True) as client:
            client.update_flow_run(flow_run.id, name=name)
    except Exception as error:  # a name is cosmetic: never fail a run that did its work
        logger.warning("could not rename the flow run to %r: %s", name, error)
