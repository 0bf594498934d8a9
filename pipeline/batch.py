"""Cleaning a batch of raw files and committing the results: the work inside one flow task.

Split in two so that the part that may run anywhere (`clean_files`, on a Dask worker, say)
touches no shared state, and the part that writes (`commit_results`) runs in one place, in
input order, which keeps the output identical whatever runner did the cleaning.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from . import PIPELINE_VERSION, dedup
from .errors import InputError
from .models import CleanDocument, InputOutcome, Rejection
from .process import process
from .read.files import DEFAULT_MAX_BYTES, load_bytes, parse_bytes, reject, relative_source, sha256
from .sites import site_of
from .state import StateStore
from .write import write_outcome

# Rejections a run keeps in memory for its report; the full list is in the run's inputs log.
KEPT_REJECTIONS = 50


@dataclass(slots=True)
class FileResult:
    """One raw file's outcome: its documents and rejections, or `unchanged` since the last run."""

    source: str
    sha256: str | None
    outcomes: list[CleanDocument | Rejection] = field(default_factory=list)
    unchanged: int = 0  # documents the file gave last time, when it has not changed since
    # MinHash signature of each outcome's text (pipeline.dedup), parallel to `outcomes`: computed
    # where the cleaning runs, looked up where the commit runs. None for a rejection.
    signatures: list[bytes | None] = field(default_factory=list)
    stat: tuple[int, int] | None = None  # (size, mtime_ns) taken before the file was read


def file_stat(path: Path) -> tuple[int, int] | None:
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def unchanged_since(known_file, stat: tuple[int, int] | None) -> bool:
    """The ledger's shortcut: same size and mtime as when it was hashed means not changed."""
    return known_file is not None and stat is not None and known_file.same_stat(*stat)


def set_aside_unchanged(raw_root: Path, paths: list[Path], known: dict) -> tuple[list[FileResult], list[Path]]:
    """(results of the files whose size and mtime say they have not changed, the other paths):
    the orchestrator accounts for the first without sending them anywhere to be read."""
    unchanged, remaining = [], []
    for path in paths:
        source = relative_source(raw_root, path)
        entry = known.get(source)
        if unchanged_since(entry, file_stat(path)) and entry.documents > 0:
            unchanged.append(FileResult(source, entry.sha256, unchanged=entry.documents))
        else:
            remaining.append(path)
    return unchanged, remaining


def clean_files(raw_root: Path, paths: list[Path], known: dict[str, tuple[str, int]], *,
                max_bytes: int = DEFAULT_MAX_BYTES, site_lines_for=None,
                signatures: bool = True) -> list[FileResult]:
    """Read and clean each file; `known` maps source → (sha256, documents) from the ledger.
    Every path gives one FileResult with at least one outcome, whatever the file holds.
    `signatures`: also compute each document's MinHash signature, for near duplicates."""
    results = []
    for path in paths:
        source = relative_source(raw_root, path)
        # Files whose size and mtime have not moved were set aside before (set_aside_unchanged);
        # the stat is taken before reading, so an edit during the read shows up next run.
        entry, stat = known.get(source), file_stat(path)
        try:
            data = load_bytes(path, source, max_bytes)
        except InputError as error:
            results.append(FileResult(source, None, [reject(source, error)]))
            continue
        digest = sha256(data)
        if entry is not None and entry.sha256 == digest and entry.documents > 0:
            results.append(FileResult(source, digest, unchanged=entry.documents))
            continue
        outcomes = _file_outcomes(source, data, site_lines_for)
        if not outcomes:  # e.g. an archive with no records: still accounted for
            outcomes = [reject(source, InputError(f"{source} holds no documents", reason="no_documents"), digest)]
        sigs = [dedup.signature(o.text) if signatures and isinstance(o, CleanDocument) else None
                for o in outcomes]
        results.append(FileResult(source, digest, outcomes, signatures=sigs, stat=stat))
    return results


def _file_outcomes(source: str, data: bytes, site_lines_for) -> list[CleanDocument | Rejection]:
    """The file's outcomes. A bug bersih has on one input rejects that input (reason
    `internal_error`, with the exception named) instead of stopping a run of thousands."""
    outcomes: list[CleanDocument | Rejection] = []
    try:
        for raw in parse_bytes(source, data):
            if isinstance(raw, Rejection):
                outcomes.append(raw)
                continue
            try:
                site_lines = site_lines_for(site_of(raw.source, raw.url)) if site_lines_for else None
                outcomes.append(process(raw, site_lines=site_lines))
            except Exception as exc:  # noqa: BLE001 - see docstring
                outcomes.append(reject(raw.source, _internal_error(raw.source, exc), raw.raw_sha256))
    except Exception as exc:  # noqa: BLE001 - reading the file itself failed part-way
        outcomes.append(reject(source, _internal_error(source, exc), sha256(data)))
    return outcomes


def _internal_error(source: str, exc: Exception) -> InputError:
    return InputError(f"bersih failed on {source} ({type(exc).__name__}: {exc}); this is a bug in bersih, "
                      "please report it with the input", reason="internal_error")


@dataclass(slots=True)
class Tally:
    """Counts of a run so far; every document found is exactly one outcome."""

    written: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    removed_by_reason: Counter = field(default_factory=Counter)
    rejected_by_reason: Counter = field(default_factory=Counter)
    sites: Counter = field(default_factory=Counter)
    rejections: list[tuple[str, str, str]] = field(default_factory=list)  # (source, reason, message)
    inputs: list[InputOutcome] = field(default_factory=list)  # one batch's per-input outcomes; not merged

    @property
    def seen(self) -> int:
        return self.written + self.unchanged + self.duplicates + self.rejected

    def merge(self, other: "Tally") -> None:
        for name in ("written", "unchanged", "duplicates", "rejected"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("removed_by_reason", "rejected_by_reason", "sites"):
            getattr(self, name).update(getattr(other, name))
        # Memory stays flat over a long run: only the first rejections are kept for the report.
        self.rejections.extend(other.rejections[:max(0, KEPT_REJECTIONS - len(self.rejections))])


def text_hash(text: str) -> str:
    """Exact-duplicate key: the body with case and whitespace normalised."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8", "surrogatepass")).hexdigest()


def commit_results(out: Path, raw_root: Path, results: list[FileResult], state: StateStore, *,
                   near_duplicate_threshold: float | None = dedup.DEFAULT_THRESHOLD) -> Tally:
    """Write each outcome (marking duplicates), then record the files in the ledger.
    Outputs go first: a crash in between only means the next run redoes this batch."""
    tally = Tally()
    marked = _mark_duplicates(results, state, dedup.check_threshold(near_duplicate_threshold))
    for result, outcomes in zip(results, marked):
        if result.unchanged:
            tally.unchanged += result.unchanged
            tally.inputs.append(InputOutcome(source=result.source, outcome="unchanged", documents=result.unchanged))
            continue
        for outcome in outcomes:
            if isinstance(outcome, Rejection):
                tally.rejected += 1
                tally.rejected_by_reason[outcome.reason] += 1
                tally.rejections.append((outcome.source, outcome.reason, outcome.message))
            else:
                if outcome.duplicate_of:
                    tally.duplicates += 1
                else:
                    tally.written += 1
                tally.removed_by_reason.update(r.reason for r in outcome.removed)
                tally.sites[site_of(outcome.source, outcome.url) or "(no site)"] += 1
            written_to = write_outcome(out, outcome, raw_root)
            tally.inputs.append(_input_outcome(outcome, written_to))
    state.record_files([(r.source, r.sha256, len(r.outcomes), *(r.stat or (None, None))) for r in results
                        if r.sha256 and not r.unchanged and not _failed_inside_bersih(r)], PIPELINE_VERSION)
    return tally


def _failed_inside_bersih(result: FileResult) -> bool:
    """A file that hit a bersih bug stays out of the ledger, so the next run (with a fix) retries it."""
    return any(isinstance(o, Rejection) and o.reason == "internal_error" for o in result.outcomes)


def _input_outcome(outcome: CleanDocument | Rejection, written_to: PurePosixPath) -> InputOutcome:
    output = written_to.as_posix()
    if isinstance(outcome, Rejection):
        return InputOutcome(source=outcome.source, outcome="rejected", reason=outcome.reason,
                            message=outcome.message, output=output)
    return InputOutcome(source=outcome.source, outcome="duplicate" if outcome.duplicate_of else "written",
                        output=output, duplicate_of=outcome.duplicate_of)


def _mark_duplicates(results: list[FileResult], state: StateStore,
                     threshold: float | None) -> list[list[CleanDocument | Rejection]]:
    """Each result's outcomes with duplicates marked, in input order (so the outcome does not
    depend on the runner), under one lock and one commit for the whole batch."""
    with state.duplicates_transaction():
        return [[_mark_duplicate(outcome, signature, state, threshold) if isinstance(outcome, CleanDocument)
                 else outcome
                 for outcome, signature in zip(result.outcomes, result.signatures or [None] * len(result.outcomes))]
                for result in results]


def _mark_duplicate(doc: CleanDocument, signature: bytes | None, state: StateStore,
                    threshold: float | None) -> CleanDocument:
    """The document, with `duplicate_of` set to the first document with the same text or, failing
    that, to the first indexed document at least `threshold` similar. A document's own earlier
    version (same source) is never its duplicate."""
    first_id, first_source = state.claim_text(text_hash(doc.text), doc.id, doc.source)
    if first_source != doc.source:
        return doc.model_copy(update={"duplicate_of": first_id})
    if threshold is None or signature is None:
        return doc
    keys = dedup.band_keys(signature)
    for other_id, other_source, other_signature in state.near_candidates(keys):
        if other_source != doc.source and dedup.similarity(signature, other_signature) >= threshold:
            return doc.model_copy(update={"duplicate_of": other_id})
    state.index_near(doc.id, doc.source, signature, keys)
    return doc
