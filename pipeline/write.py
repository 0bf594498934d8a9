"""Writing outputs: one JSON per document, atomically, at a path that mirrors the input.

`raw/a/b.txt` → `clean/a/b.json`; record n of `raw/x.jsonl` → `clean/x/n.json`; a rejected
input → `clean/_rejected/<same path>.json`. A file whose bytes would not change is not touched.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path, PurePosixPath

from .models import CleanDocument, Rejection
from .read.files import SUPPORTED_SUFFIXES, supported_suffix

REJECTED_DIR = "_rejected"
TMP_PREFIX = ".bersih-"


def output_relpath(source: str, raw_root: Path | None = None) -> PurePosixPath:
    """Where the JSON of `source` goes, relative to the output folder. Never leaves it: sources are
    paths bersih found itself under the raw folder, plus a record number."""
    path_part, _, record = source.partition("#")
    path = PurePosixPath(path_part)
    suffix = supported_suffix(Path(path.name)) or path.suffix
    stem = path.name[: len(path.name) - len(suffix)] if suffix else path.name
    if raw_root is not None and _has_sibling_with_same_stem(raw_root / path_part, stem, suffix):
        stem = path.name  # a.txt and a.html side by side: keep both, as a.txt.json and a.html.json
    if record:
        return path.parent / stem / f"{int(record)}.json"
    return path.parent / f"{stem}.json"


def _has_sibling_with_same_stem(path: Path, stem: str, suffix: str) -> bool:
    return any(other != suffix and path.with_name(stem + other).exists() for other in SUPPORTED_SUFFIXES)


def document_path(out: Path, source: str, raw_root: Path | None = None) -> Path:
    return out / output_relpath(source, raw_root)


def rejection_path(out: Path, source: str, raw_root: Path | None = None) -> Path:
    return out / REJECTED_DIR / output_relpath(source, raw_root)


def to_json(model: CleanDocument | Rejection) -> bytes:
    return (json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n").encode("utf-8", "surrogatepass")


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to `path` via a temporary file and a rename, so a reader (or a crash) never
    sees a half-written file. Returns False, touching nothing, when the file already holds `data`."""
    try:
        if path.read_bytes() == data:
            return False
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_outcome(out: Path, outcome: CleanDocument | Rejection, raw_root: Path | None = None) -> bool:
    """Write a document or a rejection where it belongs; a document that is accepted again
    clears an earlier rejection of the same source (and the reverse)."""
    if isinstance(outcome, CleanDocument):
        target, stale = document_path(out, outcome.source, raw_root), rejection_path(out, outcome.source, raw_root)
    else:
        target, stale = rejection_path(out, outcome.source, raw_root), document_path(out, outcome.source, raw_root)
    changed = write_atomic(target, to_json(outcome))
    stale.unlink(missing_ok=True)
    return changed
