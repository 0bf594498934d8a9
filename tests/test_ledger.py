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
    assert list(known) == ["empty.txt"] and known["empty.txt"][:2] == ("a" * 64, 1)


PAGE = ("Jembatan gantung desa selesai dibangun\n\n"
        "Warga tiga dusun kini bisa menyeberang sungai tanpa perahu setelah jembatan gantung sepanjang "
        "delapan puluh meter selesai dibangun secara swadaya, kata kepala desa pada Sabtu.\n")


def _clean(tmp_path, raw, state):
    from pipeline.batch import clean_files

    paths = sorted(raw.iterdir())
    known = state.known_hashes([p.name for p in paths], PIPELINE_VERSION)
    results = clean_files(raw, paths, known)
    commit_results(tmp_path / "out", raw, results, state)
    return results


def test_a_file_is_read_again_only_when_its_size_or_mtime_moved(tmp_path):
    import os

    raw = tmp_path / "raw"
    raw.mkdir()
    page = raw / "a.txt"
    page.write_text(PAGE)
    with StateStore(tmp_path / "out") as state:
        [first] = _clean(tmp_path, raw, state)
        assert first.outcomes and first.stat == (page.stat().st_size, page.stat().st_mtime_ns)
        os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))  # touched only
        [touched] = _clean(tmp_path, raw, state)
        assert touched.unchanged == 1  # read and hashed again: same bytes, so unchanged
        page.write_text(PAGE.replace("delapan", "sembilan"))
        [edited] = _clean(tmp_path, raw, state)
        assert edited.unchanged == 0 and "sembilan" in edited.outcomes[0].text
