"""Lines this site repeats on many of its pages (SiteMemory): boilerplate no lexicon knows."""
from __future__ import annotations

from ..evidence import Hint


def site_boilerplate(page):
    sl = page.site_lines
    if sl is None:
        return
    for ln in page.lines:
        if sl.is_boilerplate(ln.text):
            yield ln.index, Hint("site_boilerplate", "strong", False, "site_memory")
