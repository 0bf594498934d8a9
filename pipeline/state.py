"""What bersih remembers between runs, kept with the output in `<out>/_state/bersih.sqlite`:

- the ledger: each raw file's sha256 and how many documents it gave, so that a rerun skips
  what has not changed;
- the text index: the first document seen with each normalised body text, for exact duplicates;
- the near-duplicate index: each first document's MinHash signature and its LSH band keys
  (`pipeline.dedup`), so a story syndicated again in a later run is still found.

SQLite because runs may overlap (two `bersih run` at once, a schedule firing during a manual
run): it gives atomic commits and a lock, and lookups stay on disk, so memory stays flat.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import NamedTuple
from pathlib import Path

STATE_DIR = "_state"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS ledger (
    source TEXT PRIMARY KEY,      -- file path relative to the raw folder
    sha256 TEXT NOT NULL,         -- of the file's bytes when last processed
    documents INTEGER NOT NULL,   -- outcomes (documents and rejections) it gave
    pipeline_version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS file_stats (
    source TEXT PRIMARY KEY,      -- size and mtime when the ledger last hashed the file: a file
    size INTEGER NOT NULL,        -- whose size and mtime are the same is not read again (the
    mtime_ns INTEGER NOT NULL     -- shortcut rsync and git take)
);
CREATE TABLE IF NOT EXISTS texts (
    text_hash TEXT PRIMARY KEY,   -- sha256 of the normalised body text
    doc_id TEXT NOT NULL,         -- the first document with that text
    source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS minhash_docs (
    doc_id TEXT PRIMARY KEY,      -- a document that was not itself a duplicate
    source TEXT NOT NULL,
    signature BLOB NOT NULL       -- pipeline.dedup.signature: NUM_PERM uint32 values
);
CREATE TABLE IF NOT EXISTS minhash_bands (
    band_key INTEGER NOT NULL,    -- pipeline.dedup.band_keys: one key per band, band number mixed in
    doc_id TEXT NOT NULL,
    PRIMARY KEY (band_key, doc_id)
) WITHOUT ROWID;
-- A source's earlier version (the file changed) leaves both indexes when its new one comes.
CREATE INDEX IF NOT EXISTS texts_by_source ON texts (source);
CREATE INDEX IF NOT EXISTS minhash_docs_by_source ON minhash_docs (source);
"""


class KnownFile(NamedTuple):
    sha256: str
    documents: int
    size: int | None = None
    mtime_ns: int | None = None

    def same_stat(self, size: int, mtime_ns: int) -> bool:
        return self.size == size and self.mtime_ns == mtime_ns


class StateStore:
    def __init__(self, out: Path):
        path = Path(out) / STATE_DIR / "bersih.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        # A long timeout: a concurrent run holds the write lock only for one batch's commit.
        self._db = sqlite3.connect(path, timeout=120, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "StateStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- ledger
    def known_hashes(self, sources: Iterable[str], pipeline_version: str) -> dict[str, KnownFile]:
        """What the ledger knows of each source already processed by this pipeline version."""
        sources = list(sources)
        found: dict[str, KnownFile] = {}
        for start in range(0, len(sources), 500):  # SQLite caps the number of bound parameters
            chunk = sources[start:start + 500]
            rows = self._db.execute(
                f"SELECT l.source, l.sha256, l.documents, f.size, f.mtime_ns FROM ledger l "
                f"LEFT JOIN file_stats f ON f.source = l.source WHERE l.pipeline_version = ? "
                f"AND l.source IN ({','.join('?' * len(chunk))})", [pipeline_version, *chunk])
            found.update({row[0]: KnownFile(*row[1:]) for row in rows})
        return found

    def recorded_sources(self, sources: Iterable[str]) -> set[str]:
        """Those of `sources` the ledger holds, whatever pipeline version processed them."""
        sources = list(sources)
        found: set[str] = set()
        for start in range(0, len(sources), 500):
            chunk = sources[start:start + 500]
            rows = self._db.execute(f"SELECT source FROM ledger WHERE source IN ({','.join('?' * len(chunk))})", chunk)
            found.update(source for (source,) in rows)
        return found

    def record_files(self, entries: Iterable[tuple[str, str, int, int | None, int | None]],
                     pipeline_version: str) -> None:
        """Entries (source, sha256, documents, size, mtime_ns); size and mtime are None when the
        file could not be stat'ed, and then no stats are stored for it."""
        entries = list(entries)
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO ledger (source, sha256, documents, pipeline_version) VALUES (?, ?, ?, ?)",
                [(source, sha, n, pipeline_version) for source, sha, n, _, _ in entries])
            self._db.executemany("INSERT OR REPLACE INTO file_stats (source, size, mtime_ns) VALUES (?, ?, ?)",
                                 [(source, size, mtime) for source, _, _, size, mtime in entries if size is not None])

    # ---- exact duplicates
    # ---- duplicates, a batch at a time: the caller holds `duplicates_transaction()`, so one
    # lock and one commit cover a whole batch (a commit per document costs a sync each).
    def duplicates_transaction(self) -> "_Transaction":
        return _Transaction(self._db)

    def claim_text(self, text_hash: str, doc_id: str, source: str) -> tuple[str, str]:
        """(doc_id, source) of the first document with this text, inside the caller's transaction;
        registers this one if it is the first. The text of this source's earlier version is
        forgotten: that document has been replaced and must not be pointed to again."""
        self._db.execute("DELETE FROM texts WHERE source = ? AND doc_id != ?", (source, doc_id))
        self._db.execute("INSERT OR IGNORE INTO texts (text_hash, doc_id, source) VALUES (?, ?, ?)",
                         (text_hash, doc_id, source))
        row = self._db.execute("SELECT doc_id, source FROM texts WHERE text_hash = ?", (text_hash,)).fetchone()
        return row[0], row[1]

    def near_candidates(self, band_keys: list[int]) -> list[tuple[str, str, bytes]]:
        """(doc_id, source, signature) of indexed documents sharing a band key, oldest first."""
        rows = self._db.execute(
            f"SELECT doc_id, source, signature FROM minhash_docs WHERE doc_id IN (SELECT doc_id FROM "
            f"minhash_bands WHERE band_key IN ({','.join('?' * len(band_keys))})) ORDER BY rowid", band_keys)
        return rows.fetchall()

    def index_near(self, doc_id: str, source: str, signature: bytes, band_keys: list[int]) -> None:
        """Add a first document to the near-duplicate index, in place of its source's earlier
        version (whose band rows, left behind, no longer lead anywhere)."""
        self._db.execute("DELETE FROM minhash_docs WHERE source = ? AND doc_id != ?", (source, doc_id))
        self._db.execute("INSERT OR IGNORE INTO minhash_docs (doc_id, source, signature) VALUES (?, ?, ?)",
                         (doc_id, source, signature))
        self._db.executemany("INSERT OR IGNORE INTO minhash_bands (band_key, doc_id) VALUES (?, ?)",
                             [(key, doc_id) for key in band_keys])

    def _transaction(self):
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self._db = db

    def __enter__(self):
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, *rest):
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
