"""A hostile raw folder through the real ingest flow: every input is accounted for, with the
outcome expected of it, and the run succeeds.

Unreadable files: CI runs as root, for whom `chmod 000` changes nothing. The flow corpus
therefore uses inputs that are unreadable for everyone (a FIFO, a socket, links); `chmod 000`
joins the corpus only when the tests run unprivileged, and `test_unreadable_file_as_unprivileged_user`
reads a `chmod 000` file as the `nobody` user when run as root.
"""
from __future__ import annotations

import json
import os
import pwd
import socket
from pathlib import Path

import pytest

from pipeline.models import CleanDocument, InputOutcome, Rejection
from pipeline.report import read_inputs_log, unaccounted_inputs

from .corpus import article

AS_ROOT = os.geteuid() == 0
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300)
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(300)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(100)
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(300)
LINE_5MB = ("Pemerintah kota mengumumkan rencana pembangunan jalur bus baru di sepanjang sungai. " * 60_000)[:5_000_000]
DEEP_HTML = ("<html><body>" + "<div>" * 100_000 + "<p>Deep inside the page a sentence waits for a reader who "
             "never comes, because the page is nested far too deeply.</p>" + "</div>" * 100_000 + "</body></html>")
WEIRD_NAMES = ["with space.txt", "berita-ğüş-漢字-новости.txt", "new\nline.txt", "a#1.txt", "tab\tname.txt"]
BAD_NAME = os.fsdecode(b"bad\xffname.txt")  # not valid UTF-8: reported as "bad\\xffname.txt"

WRITTEN = ("written", None)


def _html(text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return f"<html><head><title>A page</title></head><body><article><h1>A page</h1>{paragraphs}</article></body></html>"


def _build(raw: Path, outside: Path) -> dict[str, object]:
    """Writes the corpus; returns source → expected (outcome, reason), or a predicate for inputs
    whose fate belongs to another part of bersih (the HTML extractor, the cleaner)."""
    raw.mkdir()
    outside.mkdir()
    expected: dict[str, object] = {}

    def put(name: str, data: bytes, expect) -> None:
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = expect

    put("empty.txt", b"", ("rejected", "empty"))
    put("blank.txt", b" \n\t\r\n   \n", ("rejected", "empty"))
    put("png.txt", PNG, ("rejected", "binary"))
    put("zip.txt", ZIP, ("rejected", "binary"))
    put("pdf.html", PDF, ("rejected", "binary"))
    put("elf.txt", ELF, ("rejected", "binary"))
    put("image.png", PNG, ("rejected", "unsupported"))
    put("cp1252.txt", article("café “naïve” cp1252").encode("cp1252"), WRITTEN)
    put("latin1.txt", article("Señor Müller’s latin1".replace("’", "'")).encode("latin-1"), WRITTEN)
    put("invalid-utf8.txt", article("invalid").encode() + b"Broken \xff\xfe bytes \xc3( here in a sentence.\n", WRITTEN)
    put("utf16.txt", article("Kafé utf16").encode("utf-16"), WRITTEN)
    put("mixed-endings.txt", article("endings").replace("\n\n", "\r\n\r\n", 1).replace("\n\n", "\r\r", 1).encode(), WRITTEN)
    put("nul.txt", article("nul").replace(" the ", " the\x00 ", 2).encode(), WRITTEN)
    put("one-line-5mb.txt", LINE_5MB.encode(), "written-or-rejected")
    put("deep.html", DEEP_HTML.encode(), "written-or-rejected")
    put("folder.txt/inside.txt", article("inside").encode(), WRITTEN)  # a folder named like a file
    for i, name in enumerate(WEIRD_NAMES):
        put(name, article(f"weird{i}").encode(), WRITTEN)
    (raw / BAD_NAME).write_bytes(article("badname").encode())
    expected["bad\\xffname.txt"] = WRITTEN

    # Over the size limit: a sparse file, so the test costs no disk; refused from its size alone.
    with open(raw / "huge.txt", "wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    expected["huge.txt"] = ("rejected", "too_large")

    records = [
        json.dumps({"url": "https://example.org/good-1", "text": article("record1")}),
        '{"url": "https://example.org/broken", "text": "unterminated',
        json.dumps({"id": "../../etc/passwd", "url": "../../etc/passwd", "text": article("traversal")}),
        json.dumps({"id": "/etc/passwd", "url": "file:///etc/passwd", "html": _html(article("abs"))}),
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://example.org/surrogate", "text": article("lone \ud800 surrogate")}),
        json.dumps({"url": "https://example.org/nobody"}),
        json.dumps({"url": "https://example.org/good-2", "text": article("record2")}),
    ]
    put("feed.jsonl", ("\n".join(records) + "\n").encode(), None)
    del expected["feed.jsonl"]
    expected.update({"feed.jsonl#1": WRITTEN, "feed.jsonl#2": ("rejected", "bad_record"), "feed.jsonl#3": WRITTEN,
                     "feed.jsonl#4": WRITTEN, "feed.jsonl#5": ("rejected", "bad_record"), "feed.jsonl#6": WRITTEN,
                     "feed.jsonl#7": ("rejected", "bad_record"), "feed.jsonl#8": WRITTEN})

    (outside / "secret.txt").write_text(article("secret"))
    (outside / "dir").mkdir()
    (outside / "dir" / "page.txt").write_text(article("outside-dir"))
    os.symlink(outside / "secret.txt", raw / "link-out.txt")
    os.symlink(outside / "dir", raw / "linked-dir")
    os.symlink("loop.txt", raw / "loop.txt")  # a link to itself
    os.symlink("ping.txt", raw / "pong.txt")
    os.symlink("pong.txt", raw / "ping.txt")
    os.symlink(raw / "gone", raw / "dangling.txt")
    for name in ("link-out.txt", "linked-dir", "loop.txt", "pong.txt", "ping.txt", "dangling.txt"):
        expected[name] = ("rejected", "symlink")

    os.mkfifo(raw / "fifo.txt")  # reading it would block forever: must be refused unread
    expected["fifo.txt"] = ("rejected", "not_a_file")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(raw / "sock.txt"))
    sock.close()
    expected["sock.txt"] = ("rejected", "not_a_file")
    if not AS_ROOT:
        put("locked.txt", article("locked").encode(), ("rejected", "unreadable"))
        (raw / "locked.txt").chmod(0)
    return expected


def _matches(outcome: InputOutcome, expect) -> bool:
    if expect == "written-or-rejected":
        return outcome.outcome == "written" or (outcome.outcome == "rejected" and bool(outcome.reason and outcome.message))
    return (outcome.outcome, outcome.reason) == expect


def test_hostile_corpus_is_fully_accounted_for(prefect_harness, tmp_path):
    from flows.ingest import ingest

    raw, out, outside = tmp_path / "raw", tmp_path / "clean", tmp_path / "outside"
    expected = _build(raw, outside)
    state = ingest(raw=str(raw), out=str(out), batch_size=7, return_state=True)

    assert state.is_completed(), state.message
    summary = state.result()
    log = {o.source: o for o in read_inputs_log(out / summary["inputs_log"])}
    assert sorted(log) == sorted(expected), "inputs missing from or extra in the run's inputs log"
    wrong = {s: (o.outcome, o.reason, o.message) for s, o in log.items() if not _matches(o, expected[s])}
    assert not wrong, wrong
    assert summary["seen"] == summary["accounted"] == len(expected)
    assert summary["seen"] == summary["written"] + summary["unchanged"] + summary["duplicates"] + summary["rejected"]
    assert summary["rejected"] == sum(o.outcome == "rejected" for o in log.values())

    for outcome in log.values():  # every output named in the log exists, is whole, and says the same
        data = json.loads((out / outcome.output).read_text(encoding="utf-8"))
        model = Rejection if outcome.outcome == "rejected" else CleanDocument
        assert model.model_validate(data).source == outcome.source
    assert "café “naïve”" in json.loads((out / "cp1252.json").read_text())["text"]
    assert "Señor Müller" in json.loads((out / "latin1.json").read_text())["text"]
    assert "Kafé" in json.loads((out / "utf16.json").read_text())["text"]
    assert "\r" not in json.loads((out / "mixed-endings.json").read_text())["text"]
    assert "\x00" not in json.loads((out / "nul.json").read_text())["text"]
    assert "\ufffd" in json.loads((out / "feed" / "6.json").read_text())["text"]
    assert json.loads((out / "a#1.json").read_text())["source"] == "a#1.txt"
    assert "secret" not in json.dumps([json.loads(p.read_text()) for p in out.rglob("*.json") if "_runs" not in p.parts])

    # Nothing outside the output folder, no path made from a record's id or url, nothing half-written.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean", "outside", "raw"]
    assert sorted(p.name for p in outside.rglob("*")) == ["dir", "page.txt", "secret.txt"]
    assert not [p for p in out.rglob("*") if "passwd" in p.name or p.name.endswith(".tmp")]
    assert list(unaccounted_inputs(raw, out)) == []


def test_status_lists_runs_and_flags_unaccounted_inputs(prefect_harness, tmp_path):
    from typer.testing import CliRunner

    from bersih.cli import app
    from flows.ingest import ingest

    raw, out = tmp_path / "raw", tmp_path / "clean"
    raw.mkdir()
    (raw / "a.txt").write_text(article("status-a"))
    (raw / "empty.txt").write_text("")
    summary = ingest(raw=str(raw), out=str(out))
    runner = CliRunner()
    done = runner.invoke(app, ["status", "--out", str(out), "--raw", str(raw)])
    assert done.exit_code == 0, done.output
    assert summary["run_id"] in done.output and "every input" in done.output

    (raw / "late.txt").write_text(article("status-late"))  # arrived after the run
    late = runner.invoke(app, ["status", "--out", str(out), "--raw", str(raw)])
    assert late.exit_code == 1
    assert "unaccounted: late.txt" in late.output and "unaccounted: a.txt" not in late.output


@pytest.mark.skipif(not AS_ROOT, reason="as an ordinary user the flow corpus already holds a chmod 000 file")
def test_unreadable_file_as_unprivileged_user(tmp_path):
    """Root reads a chmod 000 file anyway, so a forked child drops to `nobody` (a real setuid, no
    exec needed: the project's Python may sit in a folder `nobody` cannot enter) and reads it."""
    from pipeline.read import read_input

    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no 'nobody' user to drop privileges to")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "locked.txt").write_text(article("locked"))
    (raw / "locked.txt").chmod(0)
    tmp_path.chmod(0o755)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges, read, report through the pipe, exit at once
        try:
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            [outcome] = read_input(raw, raw / "locked.txt")
            os.write(writer, f"{outcome.reason}|{outcome.message}".encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        reported = pipe.read()
    os.waitpid(pid, 0)
    reason, _, message = reported.partition("|")
    assert reason == "unreadable", reported
    assert "permission" in message.lower() and "locked.txt" in message


def test_file_deleted_between_discovery_and_reading(tmp_path):
    """A real race through the library's seams: the discovery generator deletes each second file
    right after yielding it, before the batch reads it. Those inputs are rejected as `vanished`."""
    from pipeline.batch import clean_files, commit_results
    from pipeline.read import discover
    from pipeline.state import StateStore

    raw, out = tmp_path / "raw", tmp_path / "clean"
    raw.mkdir()
    for i in range(6):
        (raw / f"page{i}.txt").write_text(article(f"vanish{i}"))

    def discover_then_delete(root):
        for i, path in enumerate(discover(root)):
            yield path
            if i % 2:
                path.unlink()  # gone after discovery, before reading

    paths = list(discover_then_delete(raw))
    with StateStore(out) as state:
        tally = commit_results(out, raw, clean_files(raw, paths, {}), state)
    outcomes = {o.source: (o.outcome, o.reason) for o in tally.inputs}
    assert outcomes == {f"page{i}.txt": ("rejected", "vanished") if i % 2 else WRITTEN for i in range(6)}
    assert tally.seen == 6 and tally.rejected_by_reason == {"vanished": 3}
    vanished = json.loads((out / "_rejected" / "page1.json").read_text())
    assert "disappeared" in vanished["message"]
