"""Cross-page memory of each site's repeated lines: boilerplate no lexicon knows.

Two phases, so results never depend on processing order:

    obs = SiteMemory.observe(site, text)   # pure and cheap, run in parallel batches
    mem.add(site, page_key, obs)           # merge; re-adding a page_key replaces it
    site_lines = mem.for_site(site)        # -> clean_text(text, site_lines=site_lines)

A line is that site's boilerplate when it occurs on at least ``MIN_PAGES`` of the site's pages
and on at least ``MIN_SHARE`` of them. Long prose lines are never recorded (``MAX_WORDS``):
a syndicated paragraph that many pages quote is still an article paragraph.

The memory lives in SQLite (`<out>/_state/site_memory.sqlite`, via `SiteMemory.load(out)`):
counting happens in the database, so memory stays flat however many pages a site has, each
scheduled run builds on what earlier runs saw, and concurrent runs share it safely.
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SiteMemory", "SiteLines", "Observation", "MIN_PAGES", "MIN_SHARE", "MAX_WORDS"]

# Calibration: menus, footers and widget labels repeat on nearly every page of a site, while a
# phrase an article repeats ("kata dia.") recurs on a few. 5 pages is the smallest sample where
# a 50% share is more than coincidence across stories; 50% tolerates templates that differ
# between sections (a sidebar only on news pages). Lines over 25 words are prose (longest
# navigation/footer lines in the seeds and wcxb-dev are ~20 words), never taken as boilerplate.
MIN_PAGES = 5
MIN_SHARE = 0.5
MAX_WORDS = 25
STATE_FILE = Path("_state") / "site_memory.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (site TEXT NOT NULL, page TEXT NOT NULL, PRIMARY KEY (site, page)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS lines (
    site TEXT NOT NULL, line_key TEXT NOT NULL, page TEXT NOT NULL,
    PRIMARY KEY (site, line_key, page)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lines_by_page ON lines (site, page);
"""


def _key(line: str) -> str:
    # 12 bytes of blake2b: collisions across one site's few thousand lines are negligible.
    return hashlib.blake2b(line.casefold().encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


Observation = frozenset  # of line keys seen on one page (picklable)


@dataclass(frozen=True)
class SiteLines:
    """What clean_text needs: is this line boilerplate of the site?"""

    keys: frozenset[str]

    def is_boilerplate(self, line: str) -> bool:
        return bool(self.keys) and len(line.split()) <= MAX_WORDS and _key(" ".join(line.split())) in self.keys

    def __len__(self) -> int:
        return len(self.keys)


NO_SITE_LINES = SiteLines(frozenset())


class SiteMemory:
    """Pages seen per site and their short lines. In memory unless opened on a file by `load`."""

    def __init__(self, path: Path | str = ":memory:") -> None:
        # A long timeout: a concurrent run holds the write lock only while it adds one batch.
        self._db = sqlite3.connect(str(path), timeout=120, isolation_level=None, check_same_thread=False)
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        self._cache: dict[str, SiteLines] = {}

    @staticmethod
    def observe(site: str, text: str) -> Observation:
        keys = set()
        for raw in text.splitlines():
            norm = " ".join(raw.split())
            if norm and len(norm.split()) <= MAX_WORDS:
                keys.add(_key(norm))
        return frozenset(keys)

    def add(self, site: str, page_key: str, obs: Observation) -> None:
        self.add_many([(site, page_key, obs)])

    def add_many(self, observations) -> None:
        """Merge (site, page_key, observation) triples in one transaction."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            for site, page_key, obs in observations:
                db.execute("DELETE FROM lines WHERE site = ? AND page = ?", (site, page_key))
                db.execute("INSERT OR IGNORE INTO pages (site, page) VALUES (?, ?)", (site, page_key))
                db.executemany("INSERT OR IGNORE INTO lines (site, line_key, page) VALUES (?, ?, ?)",
                               [(site, key, page_key) for key in obs])
                self._cache.pop(site, None)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def n_pages(self, site: str) -> int:
        return self._db.execute("SELECT COUNT(*) FROM pages WHERE site = ?", (site,)).fetchone()[0]

    def for_site(self, site: str) -> SiteLines:
        if site not in self._cache:
            self._cache[site] = self._compute(site)
        return self._cache[site]

    def _compute(self, site: str) -> SiteLines:
        n = self.n_pages(site)
        if n < MIN_PAGES:
            return NO_SITE_LINES
        need = max(MIN_PAGES, MIN_SHARE * n)
        rows = self._db.execute("SELECT line_key FROM lines WHERE site = ? GROUP BY line_key HAVING COUNT(*) >= ?",
                                (site, need))
        return SiteLines(frozenset(key for (key,) in rows))

    def boilerplate_by_site(self) -> dict[str, SiteLines]:
        """Every site that has boilerplate, with its lines: small and picklable, for the cleaning
        tasks (which may run on other machines)."""
        sites = [site for (site,) in self._db.execute(
            "SELECT site FROM pages GROUP BY site HAVING COUNT(*) >= ?", (MIN_PAGES,))]
        found = {site: self.for_site(site) for site in sites}
        return {site: lines for site, lines in found.items() if lines}

    # ------------------------------------------------------------ persistence
    @classmethod
    def load(cls, out_dir: str | Path) -> "SiteMemory":
        """The memory kept under `out_dir` (created empty when missing)."""
        path = Path(out_dir) / STATE_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(path)

    def save(self, out_dir: str | Path) -> Path:
        """Copy this memory to `out_dir` (every `add` on a loaded memory is already committed)."""
        path = Path(out_dir) / STATE_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(path)
        try:
            if Path(self._db.execute("PRAGMA database_list").fetchone()[2] or "") != path.resolve():
                self._db.backup(target)
        finally:
            target.close()
        return path

    def close(self) -> None:
        self._db.close()
