"""The ledger decides what a rerun skips: inputs bersih itself failed on must be retried."""
from __future__ import annotations

from pipeline import PIPELINE_VERSION
from pipeline.batch import FileResult, commit_results
from pipeline.models import Rejection
from pipeline.state import StateStore


def _rejection(source: str, reason: str) -> Rejection:
    return Rejection(source=source, reason=reason, message="m", raw_sha256="a" * 64, pipeline_version=PIPELINE_VERSION)


def test_bad_input_is_remembered_but_a_bersih_failure_is_retried(tmp_path):
    results = [FileResult("empty.txt", "a" * 64, [_rejection("empty.txt", "empty")]),
               FileResult("crash.txt", "b" * 64, [_rejection("crash.txt", "internal_error")])]
    with StateStore(tmp_path) as state:
        tally = commit_results(tmp_path, tmp_path, results, state)
        known = state.known_hashes(["empty.txt", "crash.txt"], PIPELINE_VERSION)
    assert tally.rejected == 2
    assert known == {"empty.txt": ("a" * 64, 1)}
