"""Cross-page memory of each site's repeated lines: boilerplate no lexicon knows.

Two phases, so results never depend on processing order:

    obs = SiteMemory.observe(site, text)   # pure and cheap, run in parallel batches
    mem.add(site, page_key, obs)           # merge; re-adding a page_key replaces it
    mem.save(out_dir) / SiteMemory.load(out_dir)   # persisted between runs (atomic write)
    site_lines = mem.for_site(site)        # -> clean_text(text, site_lines=site_lines)

A line is that site's boilerplate when it occurs on at least ``MIN_PAGES`` of the site's pages
and on at least ``MIN_SHARE`` of them. Long prose lines are never recorded (``MAX_WORDS``):
a syndicated paragraph that many pages quote is still an article paragraph.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
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
STATE_FILE = Path("_state") / "site_memory.json"
FORMAT_VERSION = 1


def _key(line: str) -> str:
    # 12 bytes of blake2b: collisions across one site's few thousand lines are negligible.
    return hashlib.blake2b(line.casefold().encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


Observation = frozenset  # of line keys seen on one page (picklable)


@dataclass(frozen=True)
class SiteLines:
    """What clean_text needs: is this line boilerplate of the site?"""

    keys: frozenset[str]

    def is_boilerplate(self, line: str) -> bool:
        return len(line.split()) <= MAX_WORDS and _key(" ".join(line.split())) in self.keys

    def __len__(self) -> int:
        return len(self.keys)


class SiteMemory:
    def __init__(self) -> None:
        # site -> page_key -> keys of that page's short lines
        self._pages: dict[str, dict[str, frozenset[str]]] = {}

    @staticmethod
    def observe(site: str, text: str) -> Observation:
        keys = set()
        for raw in text.splitlines():
            norm = " ".join(raw.split())
            if norm and len(norm.split()) <= MAX_WORDS:
                keys.add(_key(norm))
        return frozenset(keys)

    def add(self, site: str, page_key: str, obs: Observation) -> None:
        self._pages.setdefault(site, {})[page_key] = frozenset(obs)

    def n_pages(self, site: str) -> int:
        return len(self._pages.get(site, {}))

    def for_site(self, site: str) -> SiteLines:
        pages = self._pages.get(site, {})
        n = len(pages)
        if n < MIN_PAGES:
            return SiteLines(frozenset())
        counts: dict[str, int] = {}
        for keys in pages.values():
            for k in keys:
                counts[k] = counts.get(k, 0) + 1
        need = max(MIN_PAGES, MIN_SHARE * n)
        return SiteLines(frozenset(k for k, c in counts.items() if c >= need))

    # ------------------------------------------------------------ persistence
    @classmethod
    def load(cls, out_dir: str | Path) -> "SiteMemory":
        mem = cls()
        path = Path(out_dir) / STATE_FILE
        if not path.is_file():
            return mem
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"{path}: unknown site memory format {data.get('version')!r}")
        for site, pages in data["sites"].items():
            mem._pages[site] = {pk: frozenset(keys) for pk, keys in pages.items()}
        return mem

    def save(self, out_dir: str | Path) -> Path:
        path = Path(out_dir) / STATE_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": FORMAT_VERSION,
                "sites": {s: {pk: sorted(k) for pk, k in sorted(p.items())} for s, p in sorted(self._pages.items())}}
        fd, tmp = tempfile.mkstemp(prefix=".site_memory.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, separators=(",", ":"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path
