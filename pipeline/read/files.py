"""One file to documents, by its kind: scraped text, HTML, JSONL scraper records, WARC."""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from .. import PIPELINE_VERSION
from ..decode import decode_bytes
from ..errors import BadRecord, InputError, TooLarge, Unreadable
from ..models import RawDocument, Rejection

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
_SURROGATE = re.compile("[\ud800-\udfff]")


def supported_suffix(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in sorted(SUPPORTED_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return None


def relative_source(root: Path, path: Path) -> str:
    """The path relative to root, as text that is valid UTF-8: a file name in another encoding
    (bytes the OS hands over as surrogates) shows those bytes as "\\xff" escapes, so the name
    still reaches JSON, SQLite and the terminal intact and recognisable."""
    relative = path.relative_to(root).as_posix()
    if _has_surrogates(relative):
        relative = os.fsencode(relative).decode("utf-8", "backslashreplace")
    return relative


def _has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def _without_surrogates(text: str) -> str:
    # JSON allows "\ud800" escapes that decode to a lone surrogate, which is not encodable text.
    return _SURROGATE.sub("\ufffd", text) if _has_surrogates(text) else text


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_id(source: str, content: str) -> str:
    return hashlib.sha256(f"{source}\0{content}".encode("utf-8", "surrogatepass")).hexdigest()[:20]


def reject(source: str, error: InputError, raw_sha256: str | None = None) -> Rejection:
    return Rejection(source=source, reason=error.reason, message=error.message,
                     raw_sha256=raw_sha256, pipeline_version=PIPELINE_VERSION)


def read_input(root: Path, path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Rejection]:
    """Documents and rejections of one file. Never raises for bad input."""
    source = relative_source(root, path)
    try:
        data = load_bytes(path, source, max_bytes)
    except InputError as error:
        yield reject(source, error)
        return
    yield from parse_bytes(source, data)


def parse_bytes(source: str, data: bytes) -> Iterator[RawDocument | Rejection]:
    """The documents in one file's bytes, by the file's kind (its suffix)."""
    suffix = supported_suffix(Path(source))
    digest = sha256(data)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(source, data)
        elif suffix in WARC_SUFFIXES:
            from .warc import read_warc  # imported on demand: most runs have no WARC

            yield from read_warc(source, data)
        else:
            kind = "html" if suffix in HTML_SUFFIXES else "text"
            content = decode_bytes(data, what=source)
            yield RawDocument(id=document_id(source, content), source=source, kind=kind,
                              content=content, raw_sha256=digest)
    except InputError as error:
        yield reject(source, error, digest)


def load_bytes(path: Path, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or an InputError saying why they cannot be had. Links are never followed
    and a file over `max_bytes` is refused from its size alone, without reading it."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise Unreadable(f"{source} disappeared before it could be read", reason="vanished") from None
    except OSError as exc:
        raise Unreadable(f"{source} cannot be examined: {exc.strerror}") from None
    if stat.S_ISLNK(info.st_mode):
        raise Unreadable(f"{source} is a symbolic link; bersih does not follow links out of the raw "
                         "folder. Copy the file in instead.", reason="symlink")
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable(f"{source} is not a regular file", reason="not_a_file")
    if supported_suffix(path) is None:
        raise Unreadable(f"{source}: unsupported file type; bersih reads "
                         f"{', '.join(SUPPORTED_SUFFIXES)}", reason="unsupported")
    if info.st_size > max_bytes:
        raise TooLarge(f"{source} is {info.st_size:,} bytes, over the limit of {max_bytes:,}; "
                       "raise --max-bytes to accept it")
    try:
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise Unreadable(f"{source} disappeared before it could be read", reason="vanished") from None
    except OSError as exc:
        raise Unreadable(f"{source} cannot be read: {exc.strerror}; check its permissions") from None


def _read_jsonl(source: str, data: bytes) -> Iterator[RawDocument | Rejection]:
    """One document per line: {"url": ..., "html": ...} or {"url": ..., "text": ...}.
    Records are numbered by line (1-based) so `file.jsonl#n` points a person at the line."""
    text = decode_bytes(data, what=source)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        record_source = f"{source}#{number}"
        raw_sha = sha256(line.encode("utf-8", "surrogatepass"))
        try:
            yield _record_document(record_source, line, raw_sha)
        except InputError as error:
            yield reject(record_source, error, raw_sha)


def _record_document(source: str, line: str, raw_sha: str) -> RawDocument:
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise BadRecord(f"{source} is not valid JSON ({exc}); each line must be one JSON object") from None
    if not isinstance(record, dict):
        raise BadRecord(f"{source} is a JSON {type(record).__name__}, not an object with url and html or text")
    html, text = record.get("html"), record.get("text")
    body, kind = (html, "html") if isinstance(html, str) and html.strip() else (text, "text")
    if not isinstance(body, str) or not body.strip():
        raise BadRecord(f"{source} has no non-empty 'html' or 'text' field")
    url = record.get("url")
    url = _without_surrogates(url) if isinstance(url, str) and url.strip() else None
    body = _without_surrogates(body.replace("\x00", ""))
    return RawDocument(id=document_id(source, body), source=source, kind=kind, content=body,
                       url=url, raw_sha256=raw_sha)
