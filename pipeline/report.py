"""A run's account: the RunSummary saved under `<out>/_runs/` and its markdown for people."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from .batch import Tally
from .models import InputOutcome, RunSummary
from .read import discover, relative_source
from .state import STATE_DIR, StateStore
from .write import REJECTED_DIR, TMP_PREFIX, TMP_SUFFIX, document_path, rejection_path, write_atomic

RUNS_DIR = "_runs"
INPUTS_SUFFIX = ".inputs.jsonl"
TOP_SITES = 10


class InputsLog:
    """Every input's outcome, one JSON line each, in `_runs/<run id>.inputs.jsonl`.

    Appended batch by batch to a temporary file (memory stays flat whatever the run's size) and
    renamed into place when the run ends, so the file under its final name is always complete.
    A run killed midway leaves only the temporary file, which the next run removes."""

    def __init__(self, out: Path, run_id: str):
        runs = Path(out) / RUNS_DIR
        runs.mkdir(parents=True, exist_ok=True)
        self.path = runs / f"{run_id}{INPUTS_SUFFIX}"
        self._tmp = runs / f"{TMP_PREFIX}{os.getpid()}-{run_id}{TMP_SUFFIX}"
        self._handle = open(self._tmp, "w", encoding="utf-8", errors="replace")
        self.documents = 0

    def add(self, outcomes: Iterable[InputOutcome]) -> None:
        for outcome in outcomes:
            self._handle.write(outcome.model_dump_json(exclude_none=True) + "\n")
            self.documents += outcome.documents
        self._handle.flush()

    def finish(self) -> Path:
        """Close and move into place; returns the final path."""
        if not self._handle.closed:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.replace(self._tmp, self.path)
        return self.path

    def __enter__(self) -> "InputsLog":
        return self

    def __exit__(self, *exc) -> None:
        # A failed run still leaves an accurate account of what it did before failing.
        self.finish()


def read_inputs_log(path: Path) -> Iterator[InputOutcome]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield InputOutcome.model_validate_json(line)


def recent_runs(out: Path, limit: int = 10) -> list[RunSummary]:
    """The last `limit` runs recorded under `<out>/_runs/`, oldest first. Run ids start with
    their UTC start time, so name order is time order."""
    runs_dir = Path(out) / RUNS_DIR
    if not runs_dir.is_dir():
        return []
    summaries = []
    for path in sorted(runs_dir.glob("*.json"))[-limit:]:
        try:
            summaries.append(RunSummary.model_validate_json(path.read_bytes()))
        except (OSError, ValidationError, ValueError):
            continue  # not a run record bersih wrote; status reports what it can read
    return summaries


def unaccounted_inputs(raw: Path, out: Path, *, chunk: int = 1000) -> Iterator[str]:
    """Inputs under `raw` that no run has accounted for: not in the ledger, no output, no
    rejection. Streams, so a raw folder of 100k files needs no list of them in memory."""
    raw, out = Path(raw), Path(out)
    state = StateStore(out) if (out / STATE_DIR).is_dir() else None
    try:
        batch: list[str] = []
        for path in discover(raw):
            batch.append(relative_source(raw, path))
            if len(batch) >= chunk:
                yield from _unaccounted(batch, raw, out, state)
                batch = []
        yield from _unaccounted(batch, raw, out, state)
    finally:
        if state is not None:
            state.close()


def _unaccounted(sources: list[str], raw: Path, out: Path, state: StateStore | None) -> Iterator[str]:
    in_ledger = state.recorded_sources(sources) if state is not None and sources else set()
    for source in sources:
        if source in in_ledger:
            continue
        # A rejection made before the file could be hashed (too large, a link, ...) is not in the
        # ledger, but its rejection file is; a multi-record file's records sit in a folder.
        document, rejection = document_path(out, source, raw), rejection_path(out, source, raw)
        if document.exists() or rejection.exists() or document.with_suffix("").is_dir():
            continue
        yield source


def summarize(tally: Tally, *, run_id: str, raw: Path, out: Path, started_at: datetime,
              finished_at: datetime, files: int | None = None, inputs_log: InputsLog | None = None,
              stale_temp_files_removed: int = 0) -> RunSummary:
    return RunSummary(
        run_id=run_id, raw=str(raw), out=str(out), started_at=started_at, finished_at=finished_at,
        seen=tally.seen, written=tally.written, unchanged=tally.unchanged, duplicates=tally.duplicates,
        rejected=tally.rejected,
        removed_by_reason=dict(tally.removed_by_reason.most_common()),
        rejected_by_reason=dict(tally.rejected_by_reason.most_common()),
        sites=dict(tally.sites.most_common(TOP_SITES)),
        files=files,
        inputs_log=inputs_log.path.relative_to(out).as_posix() if inputs_log else None,
        accounted=inputs_log.documents if inputs_log else None,
        stale_temp_files_removed=stale_temp_files_removed,
    )


def save_summary(out: Path, summary: RunSummary) -> Path:
    path = Path(out) / RUNS_DIR / f"{summary.run_id}.json"
    write_atomic(path, (summary.model_dump_json(indent=1) + "\n").encode())
    return path


def summary_markdown(summary: RunSummary, rejections: list[tuple[str, str, str]], *, max_rows: int = 50) -> str:
    lines = [
        f"# bersih run `{summary.run_id}`",
        f"`{summary.raw}` → `{summary.out}`",
        "",
        "| seen | written | unchanged | duplicates | rejected |",
        "|---:|---:|---:|---:|---:|",
        f"| {summary.seen} | {summary.written} | {summary.unchanged} | {summary.duplicates} | {summary.rejected} |",
        "",
        "## Removed lines by reason",
        "",
    ]
    lines += _table(("reason", "lines"), summary.removed_by_reason.items()) or ["(none)"]
    lines += ["", "## Rejected inputs", ""]
    rows = [(f"`{_cell(s)}`", r, _cell(m)) for s, r, m in rejections[:max_rows]]
    lines += _table(("input", "reason", "message"), rows) or ["(none)"]
    if summary.rejected > len(rows):
        lines.append(f"… and {summary.rejected - len(rows)} more (see `{_inputs_log_name(summary)}` and `{REJECTED_DIR}/`)")
    if summary.inputs_log:
        lines += ["", f"Every input's outcome: `{summary.out}/{summary.inputs_log}` "
                  f"({summary.accounted} documents accounted for of {summary.seen} seen)."]
    lines += ["", "## Busiest sites", ""]
    lines += _table(("site", "documents"), summary.sites.items()) or ["(none)"]
    return "\n".join(lines) + "\n"


def _inputs_log_name(summary: RunSummary) -> str:
    return summary.inputs_log or f"{RUNS_DIR}/{summary.run_id}.json"


def _cell(text: str) -> str:
    # A file name may hold a newline or a "|": either would break the markdown table.
    return text.replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r")


def _table(header, rows) -> list[str]:
    rows = list(rows)
    if not rows:
        return []
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + [
        "| " + " | ".join(str(c) for c in row) + " |" for row in rows]
