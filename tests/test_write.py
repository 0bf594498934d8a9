from __future__ import annotations

import json

from pipeline.models import CleanDocument, Rejection
from pipeline.write import output_relpath, write_atomic, write_outcome


def _doc(source: str) -> CleanDocument:
    return CleanDocument(id="abc", source=source, text="Body.", raw_sha256="0" * 64, pipeline_version="t")


def test_output_paths_mirror_the_input():
    assert str(output_relpath("a/b.txt")) == "a/b.json"
    assert str(output_relpath("x.jsonl#7")) == "x/7.json"
    assert str(output_relpath("crawl.warc.gz#3")) == "crawl/3.json"


def test_same_stem_side_by_side_keeps_both(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.html").write_text("x")
    assert str(output_relpath("a.txt", tmp_path)) == "a.txt.json"
    assert str(output_relpath("a.html", tmp_path)) == "a.html.json"


def test_write_is_atomic_and_skips_identical_bytes(tmp_path):
    target = tmp_path / "d" / "x.json"
    assert write_atomic(target, b"one") is True
    mtime = target.stat().st_mtime_ns
    assert write_atomic(target, b"one") is False
    assert target.stat().st_mtime_ns == mtime
    assert write_atomic(target, b"two") is True and target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["x.json"]  # no temporary file left


def test_rejection_goes_under_rejected_and_replaces_an_old_document(tmp_path):
    write_outcome(tmp_path, _doc("a/b.txt"))
    assert (tmp_path / "a/b.json").exists()
    write_outcome(tmp_path, Rejection(source="a/b.txt", reason="empty", message="m", pipeline_version="t"))
    assert not (tmp_path / "a/b.json").exists()
    assert json.loads((tmp_path / "_rejected/a/b.json").read_text())["reason"] == "empty"
