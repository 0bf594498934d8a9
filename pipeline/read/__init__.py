"""Finding and reading inputs under a raw folder.

`discover` walks the folder lazily in a stable order; `read_input` turns one file into
RawDocuments (one per record) and Rejections. Neither raises for bad input.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..models import RawDocument, Rejection
from .files import DEFAULT_MAX_BYTES, read_input, relative_source, supported_suffix

__all__ = ["discover", "read_input", "relative_source", "supported_suffix", "DEFAULT_MAX_BYTES",
           "RawDocument", "Rejection"]

# Folders bersih writes or tools leave behind; never inputs.
SKIPPED_DIRS = frozenset({"_rejected", "_runs", "_state", "__pycache__"})


def discover(root: Path) -> Iterator[Path]:
    """Every candidate input under root, sorted, lazily. Hidden files and folders are skipped;
    symlinks are yielded (as their own path, never followed) so that they are accounted for."""
    root = Path(root)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=None):
        base = Path(dirpath)
        kept_dirs = []
        for name in sorted(dirnames):
            if name.startswith(".") or name in SKIPPED_DIRS:
                continue
            if (base / name).is_symlink():
                yield base / name  # a linked folder: reported, not followed
                continue
            kept_dirs.append(name)
        dirnames[:] = kept_dirs
        for name in sorted(filenames):
            if not name.startswith("."):
                yield base / name
