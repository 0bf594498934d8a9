"""Writing outputs: one JSON per document, atomically, at a path that mirrors the input.

`raw/a/b.txt` → `clean/a/b.json`; record n of `raw/x.jsonl` → `clean/x/n.json`; a rejected
input → `clean/_rejected/<same path>.json`. A file whose bytes would not change is not touched.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path, PurePosixPath

from .models import CleanDocument, Rejection
from .read.files import JSONL_SUFFIXES, WARC_SUFFIXES, supported_suffix

REJECTED_DIR = "_rejected"
TMP_PREFIX = ".bersih-"
TMP_SUFFIX = ".tmp"
# Temporary files are named `.bersih-<pid>-<random>.tmp`: the pid tells a later run whether the
# writer is still alive (a concurrent run) or was killed (a stale file to remove).
_TMP_NAME = re.compile(r"^\.bersih-(\d+)-.*\.tmp$")
# Only these files hold several documents, so only their sources carry a "#<record>" part.
_MULTI_RECORD_SUFFIXES = JSONL_SUFFIXES + WARC_SUFFIXES


def output_relpath(source: str, raw_root: Path | None = None) -> PurePosixPath:
    """Where the JSON of `source` goes, relative to the output folder. Never leaves it: sources are
    paths bersih found itself under the raw folder, plus a record number."""
    path_part, record = split_source(source)
    path = PurePosixPath(path_part)
    suffix = supported_suffix(Path(path.name)) or path.suffix
    stem = path.name[: len(path.name) - len(suffix)] if suffix else path.name
    if raw_root is not None and _has_sibling_with_same_stem(raw_root / path_part, stem):
        stem = path.name  # a.txt and a.html side by side: keep both, as a.txt.json and a.html.json
    if record:
        return path.parent / stem / f"{int(record)}.json"
    return path.parent / f"{stem}.json"


def split_source(source: str) -> tuple[str, str]:
    """(file path, record number or "") of a source. A "#" in a file name ("a#1.txt") is part of
    the name: only a multi-record file's source ends in "#<digits>"."""
    path_part, sep, record = source.rpartition("#")
    if sep and record.isdigit() and record.isascii() and supported_suffix(Path(path_part)) in _MULTI_RECORD_SUFFIXES:
        return path_part, record
    return source, ""


def _has_sibling_with_same_stem(path: Path, stem: str) -> bool:
    try:
        mtime = path.parent.stat().st_mtime_ns
    except OSError:
        return False
    return stem in _shared_stems(path.parent, mtime)


@lru_cache(maxsize=64)
def _shared_stems(folder: Path, mtime_ns: int) -> frozenset[str]:
    """Stems that more than one input of `folder` has (a.txt and a.html). Listed once per folder
    and kept while the folder's mtime (which moves when a file is added or removed) stays put."""
    stems = Counter()
    try:
        names = os.listdir(folder)
    except OSError:
        return frozenset()
    for name in names:
        suffix = supported_suffix(Path(name))
        if suffix:
            stems[name[: len(name) - len(suffix)]] += 1
    return frozenset(stem for stem, n in stems.items() if n > 1)


def document_path(out: Path, source: str, raw_root: Path | None = None) -> Path:
    return out / output_relpath(source, raw_root)


def rejection_path(out: Path, source: str, raw_root: Path | None = None) -> Path:
    return out / REJECTED_DIR / output_relpath(source, raw_root)


def to_json(model: CleanDocument | Rejection) -> bytes:
    try:
        return (model.model_dump_json(indent=1) + "\n").encode()  # pydantic's serializer: ~6x json.dumps
    except ValueError:
        # A lone surrogate slipped through: "replace" writes "?" rather than invalid UTF-8 on disk.
        return (json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n").encode("utf-8", "replace")


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to `path` via a temporary file and a rename, so a reader (or a crash) never
    sees a half-written file. Returns False, touching nothing, when the file already holds `data`."""
    try:
        if path.read_bytes() == data:
            return False
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f"{TMP_PREFIX}{os.getpid()}-", suffix=TMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_outcome(out: Path, outcome: CleanDocument | Rejection, raw_root: Path | None = None) -> PurePosixPath:
    """Write a document or a rejection where it belongs, and return where (relative to `out`).
    A document that is accepted again clears an earlier rejection of the same source (and the reverse)."""
    relpath = output_relpath(outcome.source, raw_root)
    rejected = PurePosixPath(REJECTED_DIR) / relpath
    target, stale = (rejected, relpath) if isinstance(outcome, Rejection) else (relpath, rejected)
    write_atomic(out / target, to_json(outcome))
    (out / stale).unlink(missing_ok=True)
    return target


def remove_stale_temp_files(out: Path) -> int:
    """Delete temporary files left by writers that died (a `kill -9` mid-write); returns how many.
    Files of a writer still running (another run over the same output) are left alone."""
    removed = 0
    for path in _temp_files(Path(out)):
        match = _TMP_NAME.match(path.name)
        if match and _process_alive(int(match.group(1))):
            continue
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass  # its writer finished (renamed it) or another run removed it first
    return removed


def _temp_files(out: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(out):
        for name in filenames:
            if name.startswith(TMP_PREFIX) and name.endswith(TMP_SUFFIX):
                yield Path(dirpath) / name


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by another user
    except OverflowError:
        return False
    return True
