"""WARC files (.warc, .warc.gz) to documents: one per HTML response record.

- Every HTTP response with status 200 and an HTML content type is a document, its source
  `file#n` (n = the ordinal of the response record, 1-based, counting every response so
  a person can find it), its url the WARC-Target-URI, fetched_at the WARC-Date.
- request, metadata, warcinfo, revisit records and non-HTML or non-200 responses are not
  documents: skipped silently (they are not lost, they were never pages to clean).
- A truncated or corrupt archive yields every good record before the damage and one Rejection
  (reason bad_record) for the broken part; reading never raises.
"""
from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from datetime import datetime

from warcio.archiveiterator import ArchiveIterator

from ..decode import decode_bytes
from ..errors import BadRecord, InputError
from ..models import RawDocument, Rejection
from .files import document_id, reject, sha256

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(source: str, data: bytes) -> Iterator[RawDocument | Rejection]:
    responses = 0
    records = ArchiveIterator(io.BytesIO(data), arc2warc=True)
    while True:
        try:
            record = next(records)
        except StopIteration:
            # warcio stops quietly at a record it cannot frame; bytes left over are that record
            if data[records.offset:].strip():
                yield _broken(source, responses + 1, ValueError(
                    f"{len(data) - records.offset:,} bytes at offset {records.offset:,} are not a whole record"))
            return
        except Exception as exc:  # noqa: BLE001 - warcio raises many types on damaged input
            yield _broken(source, responses + 1, exc)
            return
        if not record.rec_type or not record.rec_headers.get_header("WARC-Record-ID"):
            yield _broken(source, responses + 1, ValueError("a record header is cut short"))
            return
        if record.rec_type != "response":
            continue
        responses += 1
        record_source = f"{source}#{responses}"
        try:
            payload = record.content_stream().read()
            if record.http_headers is None or getattr(record.raw_stream, "limit", 0):
                raise ValueError("the record ends before its declared Content-Length")
        except Exception as exc:  # noqa: BLE001 - truncated gzip member, bad chunking, ...
            yield _broken(source, responses, exc)
            return
        status = record.http_headers.get_statuscode() if record.http_headers else None
        content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
        if status != "200" or not content_type.lower().split(";")[0].strip() in HTML_TYPES:
            continue
        digest = sha256(payload)
        try:
            content = _decode(payload, content_type, record_source)
        except InputError as error:
            yield reject(record_source, error, digest)
            continue
        url = record.rec_headers.get_header("WARC-Target-URI") or None
        yield RawDocument(id=document_id(record_source, content), source=record_source, kind="html",
                          content=content, url=url, fetched_at=_date(record.rec_headers.get_header("WARC-Date")),
                          raw_sha256=digest)


def _broken(source: str, ordinal: int, exc: Exception) -> Rejection:
    error = BadRecord(f"{source} is damaged at or after response record {ordinal} ({type(exc).__name__}: "
                      f"{exc}); the records before it were read. Re-fetch or repair the archive "
                      "(e.g. `warcio check`) to recover the rest.")
    return reject(f"{source}#{ordinal}", error)


def _decode(payload: bytes, content_type: str, what: str) -> str:
    """The charset the server declared, when it names a real codec; otherwise detection."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            try:
                codec = codecs.lookup(value.strip().strip("\"'")).name
            except LookupError:
                break
            if not payload.strip():
                break  # let decode_bytes say it is empty
            return payload.decode(codec, errors="replace").replace("\x00", "")
    return decode_bytes(payload, what=what)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
