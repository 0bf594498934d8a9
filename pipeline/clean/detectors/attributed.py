"""Testimonials and comment threads scraped without their markup: remarks, each followed by
its author's name on a line of its own ("Great staff, quick appointments!" / "Maria K.").

Subheadings alternate with paragraphs too ("Security" / "Cloud providers encrypt ..."), so
a run counts only when most of its names end in an initial, the way sites print reviewers
("Dana R.", "Jamie W"); a term is never written like that.
"""
from __future__ import annotations

import re

from ..evidence import Hint

MIN_PAIRS = 3
# A name line: one to four capitalised words or initials ("Dana R.", "A. Rae V. B.", "Jamie W").
_NAME = re.compile(r"^(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\.?$")
NAME_MAX_CHARS = 32
_INITIAL_LAST = re.compile(r"\s(?-i:[A-Z])\.?$")


def _is_name(ln, stop) -> bool:
    return (ln.n_words <= 4 and len(ln.text) <= NAME_MAX_CHARS and _NAME.match(ln.text) is not None
            and not any(w.lower().strip(".,") in stop for w in ln.text.split()))


def attributed_remarks(page):
    lines, stop = page.lines, page.stopwords
    # Cheap tests inline first: most lines are longer than a name.
    names = [ln.n_words <= 4 and len(ln.text) <= NAME_MAX_CHARS and _is_name(ln, stop) for ln in lines]
    if names.count(True) < MIN_PAIRS:
        return
    n = len(lines)
    i = 0
    while i < n:
        # a run of (remark, name) pairs starting at i: a remark is a line that is not a name
        j = i
        while j + 1 < n and not names[j] and lines[j].n_words >= 3 and names[j + 1]:
            j += 2
        if j == i:
            i += 1
            continue
        pairs = (j - i) // 2
        initials = sum(_INITIAL_LAST.search(lines[k].text) is not None for k in range(i + 1, j, 2))
        if pairs >= MIN_PAIRS and initials * 2 >= pairs:
            for k in range(i, j):
                yield k, Hint("comments", "strong", False, "attributed_remarks")
            i = j
        else:
            i += 1
