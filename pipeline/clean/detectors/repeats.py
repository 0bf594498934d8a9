"""Text the page prints more than once: carousels cloned for infinite scrolling, a teaser shown
for desktop and again for mobile. An article does not repeat its own sentences, so every copy
after the first goes. The first copy is judged like any other line, and cleaning the result
again finds no repeat (the copies are gone): idempotent."""
from __future__ import annotations

from ..evidence import Hint

# Short lines repeat legitimately (table cells, "Reply", subheadings such as "Ingredients").
REPEAT_MIN_WORDS = 4


def repeated_lines(page):
    seen: set[str] = set()
    for ln in page.lines:
        if ln.n_words < REPEAT_MIN_WORDS:
            continue
        if ln.text in seen:
            yield ln.index, Hint("duplicate", "strong", False, "repeated_line")
        else:
            seen.add(ln.text)
