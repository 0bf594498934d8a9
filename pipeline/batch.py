"""Cleaning a batch of raw files and committing the results: the work inside one flow task.

Split in two so that the part that may run anywhere (`clean_files`, on a Dask worker, say)
touches no shared state, and the part that writes (`commit_results`) runs in one place, in
input order, which keeps the output identical whatever runner did the cleaning.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import PIPELINE_VERSION
from .errors import InputError
from .models import CleanDocument, Rejection
from .process import process
from .read.files import DEFAULT_MAX_BYTES, load_bytes, parse_bytes, reject, relative_source, sha256
from .sites import site_of
from .state import StateStore
from .write import write_outcome


@dataclass(slots=True)
class FileResult:
    """One raw file's outcome: its documents and rejections, or `unchanged` since the last run."""

    source: str
    sha256: str | None
    outcomes: list[CleanDocument | Rejection] = field(default_factory=list)
    unchanged: int = 0  # documents the file gave last time, when it has not changed since


def clean_files(raw_root: Path, paths: list[Path], known: dict[str, tuple[str, int]], *,
                max_bytes: int = DEFAULT_MAX_BYTES, site_lines_for=None) -> list[FileResult]:
    """Read and clean each file; `known` maps source → (sha256, documents) from the ledger."""
    results = []
    for path in paths:
        source = relative_source(raw_root, path)
        try:
            data = load_bytes(path, source, max_bytes)
        except InputError as error:
            results.append(FileResult(source, None, [reject(source, error)]))
            continue
        digest = sha256(data)
        if source in known and known[source][0] == digest:
            results.append(FileResult(source, digest, unchanged=known[source][1]))
            continue
        outcomes = []
        for raw in parse_bytes(source, data):
            if isinstance(raw, Rejection):
                outcomes.append(raw)
                continue
            site_lines = site_lines_for(site_of(raw.source, raw.url)) if site_lines_for else None
            outcomes.append(process(raw, site_lines=site_lines))
        results.append(FileResult(source, digest, outcomes))
    return results


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

    @property
    def seen(self) -> int:
        return self.written + self.unchanged + self.duplicates + self.rejected

    def merge(self, other: "Tally") -> None:
        for name in ("written", "unchanged", "duplicates", "rejected"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("removed_by_reason", "rejected_by_reason", "sites"):
            getattr(self, name).update(getattr(other, name))
        self.rejections.extend(other.rejections)


def text_hash(text: str) -> str:
    """Exact-duplicate key: the body with case and whitespace normalised."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8", "surrogatepass")).hexdigest()


def commit_results(out: Path, raw_root: Path, results: list[FileResult], state: StateStore) -> Tally:
    """Write each outcome (marking duplicates), then record the files in the ledger.
    Outputs go first: a crash in between only means the next run redoes this batch."""
    tally = Tally()
    for result in results:
        if result.unchanged:
            tally.unchanged += result.unchanged
            continue
        for outcome in result.outcomes:
            if isinstance(outcome, Rejection):
                tally.rejected += 1
                tally.rejected_by_reason[outcome.reason] += 1
                tally.rejections.append((outcome.source, outcome.reason, outcome.message))
            else:
                outcome = _mark_duplicate(outcome, state)
                if outcome.duplicate_of:
                    tally.duplicates += 1
                else:
                    tally.written += 1
                tally.removed_by_reason.update(r.reason for r in outcome.removed)
                tally.sites[site_of(outcome.source, outcome.url) or "(no site)"] += 1
            write_outcome(out, outcome, raw_root)
    state.record_files([(r.source, r.sha256, len(r.outcomes)) for r in results
                        if r.sha256 and not r.unchanged], PIPELINE_VERSION)
    return tally


def _mark_duplicate(doc: CleanDocument, state: StateStore) -> CleanDocument:
    first_id, first_source = state.first_with_text(text_hash(doc.text), doc.id, doc.source)
    if first_source == doc.source:
        return doc
    return doc.model_copy(update={"duplicate_of": first_id})
