"""Lists of other stories: several leads each opening with its own dateline.

An article has one dateline ("KABUL (Site) – ..."), in its first paragraph. When more
dateline-led paragraphs follow, they are teasers of other stories; the short headline line
right before each belongs to the same teaser.
"""
from __future__ import annotations

from ..evidence import Hint

# Two extra datelines are needed: one could be a quoted wire paragraph inside the article.
MIN_EXTRA_DATELINES = 2
HEADLINE_MAX_WORDS = 20


def story_list(page):
    led = [ln.index for ln in page.lines if ln.dateline is not None and ln.n_words >= 12]
    if len(led) <= MIN_EXTRA_DATELINES:
        return
    lines = page.lines
    for i in led[1:]:
        yield i, Hint("related", "strong", False, "story_list")
        prev = lines[i - 1] if i > 0 else None
        if prev is not None and prev.n_words <= HEADLINE_MAX_WORDS and prev.dateline is None and not prev.text.endswith("."):
            yield i - 1, Hint("related", "strong", False, "story_list")
