from __future__ import annotations

import json
from pathlib import Path

from pipeline.models import RawDocument, Rejection
from pipeline.read import discover, read_input

ARTICLE = "Harga beras naik lagi\n\nJAKARTA - Harga beras di pasar induk naik dua persen pekan ini, kata pedagang.\n"


def _read(tmp_path: Path, name: str, data: bytes, **kw):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return list(read_input(tmp_path, path, **kw))


def test_text_file_becomes_one_text_document(tmp_path):
    [doc] = _read(tmp_path, "site/a.txt", ARTICLE.encode())
    assert isinstance(doc, RawDocument)
    assert (doc.source, doc.kind, doc.content) == ("site/a.txt", "text", ARTICLE)
    assert len(doc.raw_sha256) == 64


def test_html_file_is_html(tmp_path):
    [doc] = _read(tmp_path, "a.htm", b"<html><body><p>Hi</p></body></html>")
    assert doc.kind == "html"


def test_cp1252_and_utf16_are_decoded_not_crashed(tmp_path):
    text = "Le café était plein; les élèves attendaient déjà devant la boulangerie « Chez Noël » à Paris."
    [latin] = _read(tmp_path, "latin.txt", text.encode("cp1252"))
    assert "élèves" in latin.content and "Noël" in latin.content
    [utf16] = _read(tmp_path, "u16.txt", text.encode("utf-16"))
    assert utf16.content == text


def test_empty_and_binary_files_are_rejected_with_reasons(tmp_path):
    [empty] = _read(tmp_path, "empty.txt", b"  \n\t\n")
    [png] = _read(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert isinstance(empty, Rejection) and empty.reason == "empty"
    assert isinstance(png, Rejection) and png.reason == "binary" and "PNG" in png.message


def test_file_over_the_limit_is_rejected(tmp_path):
    [big] = _read(tmp_path, "big.txt", b"a" * 2000, max_bytes=1000)
    assert big.reason == "too_large" and "--max-bytes" in big.message


def test_jsonl_records_and_a_broken_line(tmp_path):
    lines = [json.dumps({"url": "https://example.com/1", "html": "<p>satu</p>"}), "{not json",
             json.dumps({"url": "https://example.com/2", "text": "dua"}), "", json.dumps([1, 2])]
    outcomes = _read(tmp_path, "dump.jsonl", "\n".join(lines).encode())
    assert [o.source for o in outcomes] == ["dump.jsonl#1", "dump.jsonl#2", "dump.jsonl#3", "dump.jsonl#5"]
    assert [type(o).__name__ for o in outcomes] == ["RawDocument", "Rejection", "RawDocument", "Rejection"]
    assert outcomes[0].kind == "html" and outcomes[0].url == "https://example.com/1"
    assert outcomes[2].kind == "text"
    assert outcomes[1].reason == "bad_record"


def test_discover_is_sorted_skips_hidden_and_reports_symlinks(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.txt", ".hidden.txt", "b/.tmp"):
        (tmp_path / name).write_text("x")
    (tmp_path / "link.txt").symlink_to("/etc/hostname")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert found == ["a.txt", "link.txt", "b/z.txt"]
    [link] = list(read_input(tmp_path, tmp_path / "link.txt"))
    assert link.reason == "symlink"
