"""Text the page prints more than once: carousels cloned for infinite scrolling, a teaser shown
for desktop and again for mobile, a table of contents repeating the subheadings. An article
does not repeat its own sentences, so one copy stays and the others go. The copy that stays is
the one set among the article's prose (a subheading under its table of contents, not the table's
entry); on a tie, the first. It is judged like any other line, and cleaning the result again
finds no repeat (the copies are gone): idempotent."""
from __future__ import annotations

from ..decide import is_prose
from ..evidence import Hint

# Short lines repeat legitimately (table cells, "Reply", subheadings such as "Ingredients").
REPEAT_MIN_WORDS = 4
# A short line printed this many times or more is a value in a table or a list ("Toxic to
# cats and dogs.", a product name in every row of a comparison), not a cloned block.
TABLE_VALUE_MAX_WORDS = 7
TABLE_VALUE_MIN_COPIES = 3
# How far either side of a copy to look for the prose that places it in the article.
CONTEXT_LINES = 2


def repeated_lines(page):
    lines = page.lines
    texts = [ln.text for ln in lines if ln.n_words >= REPEAT_MIN_WORDS]
    if len(set(texts)) == len(texts):
        return  # most pages repeat nothing
    copies: dict[str, list[int]] = {}
    for ln in lines:
        if ln.n_words >= REPEAT_MIN_WORDS:
            copies.setdefault(ln.text, []).append(ln.index)
    groups = [g for g in copies.values() if len(g) > 1]
    if not groups:
        return
    repeated = {i for g in groups for i in g}
    n = len(lines)

    def prose_in(ks) -> int:
        # Prose words of these neighbours that are not themselves repeats.
        return sum(lines[k].n_words for k in ks if k not in repeated and is_prose(lines[k]))

    def placing(i: int) -> tuple:
        above = prose_in(range(max(0, i - CONTEXT_LINES), i))
        below = prose_in(range(i + 1, min(n, i + CONTEXT_LINES + 1)))
        # Prose on both sides first: a subheading between two sections, not a table of contents'
        # last entry over the article's first paragraphs.
        return above > 0 and below > 0, above + below, -i

    for group in groups:
        if len(group) >= TABLE_VALUE_MIN_COPIES and lines[group[0]].n_words <= TABLE_VALUE_MAX_WORDS:
            continue
        keep = max(group, key=placing)
        for i in group:
            if i != keep:
                yield i, Hint("duplicate", "strong", False, "repeated_line")
