"""WARC and JSONL files with several records, one broken each, through the real ingest flow:
every record is written or rejected, none lost."""
from __future__ import annotations

import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def _page(topic: str) -> str:
    body = "".join(f"<p>{topic} report part {i}: residents met in the hall on Thursday evening to discuss "
                   "the plan, and most of them said they would support it next year.</p>" for i in range(5))
    return f"<html><head><title>{topic}</title></head><body><nav><a>Home</a></nav><article>{body}</article></body></html>"


def _warc(pages: list[str]) -> tuple[bytes, list[int]]:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    starts = []
    info = writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"})
    writer.write_record(info)
    for n, page in enumerate(pages):
        url = f"https://example.org/{n}"
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        starts.append(buf.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode("utf-8")),
                                                      http_headers=headers))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/logo.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG...."), http_headers=image))
    return buf.getvalue(), starts


def _outcomes(out, stem):
    written = sorted(p.name for p in (out / stem).glob("*.json")) if (out / stem).is_dir() else []
    rejected_dir = out / "_rejected" / stem
    rejected = {p.name: json.loads(p.read_text())["reason"] for p in rejected_dir.glob("*.json")} \
        if rejected_dir.is_dir() else {}
    return written, rejected


def test_warc_and_jsonl_records_are_each_written_or_rejected(prefect_harness, tmp_path):
    from flows.ingest import ingest

    raw = tmp_path / "raw"
    raw.mkdir()
    whole, _ = _warc([_page("Bridge"), _page("School"), _page("Market")])
    (raw / "crawl.warc.gz").write_bytes(whole)
    # a second archive cut inside its third response: two good records, one bad_record
    cut, starts = _warc([_page("Harbour"), _page("Library"), _page("Station")])
    (raw / "cut.warc.gz").write_bytes(cut[: starts[2] + 200])
    lines = [json.dumps({"url": "https://example.org/a", "html": _page("Park")}),
             "{not json",
             json.dumps({"url": "https://example.org/b", "html": _page("Clinic")}),
             json.dumps({"url": "https://example.org/c", "text": "Plain text record about the new clinic "
                         "opening hours, which start next Monday and run until six in the evening."})]
    (raw / "feed.jsonl").write_text("\n".join(lines) + "\n")
    out = tmp_path / "clean"

    summary = ingest(raw=str(raw), out=str(out), batch_size=2)

    written, rejected = _outcomes(out, "crawl")
    assert written == ["1.json", "2.json", "3.json"] and rejected == {}  # request/warcinfo/png are not documents
    first = json.loads((out / "crawl" / "1.json").read_text())
    assert first["url"] == "https://example.org/0" and "Bridge report part 2" in first["text"]
    assert first["source"] == "crawl.warc.gz#1"

    written, rejected = _outcomes(out, "cut")
    assert written == ["1.json", "2.json"] and rejected == {"3.json": "bad_record"}

    written, rejected = _outcomes(out, "feed")
    assert written == ["1.json", "3.json", "4.json"] and rejected == {"2.json": "bad_record"}

    assert summary["seen"] == 3 + 3 + 4
    assert summary["written"] + summary["duplicates"] + summary["unchanged"] == 8 and summary["rejected"] == 2
