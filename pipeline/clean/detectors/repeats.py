"""Text the page prints more than once: carousels cloned for infinite scrolling, a teaser shown
for desktop and again for mobile, a table of contents repeating the subheadings. An article
does not repeat its own sentences, so one copy stays and the others go. The copy that stays is
the one set among the article's prose (a subheading under its table of contents, not the table's
entry); on a tie, the first. It is judged like any other line, and cleaning the result again
finds no repeat (the copies are gone): idempotent."""
from __future__ import annotations

from ..decide.prose import is_prose
from ..decide.region_end import FIELD_LABEL
from ..evidence import Hint

# Short lines repeat legitimately (table cells, "Reply", subheadings such as "Ingredients").
REPEAT_MIN_WORDS = 4
# A short line printed this many times or more is a value in a table or a list ("Toxic to
# cats and dogs.", a product name in every row of a comparison), not a cloned block.
TABLE_VALUE_MAX_WORDS = 7
TABLE_VALUE_MIN_COPIES = 3
# How far either side of a copy to look for the prose that places it in the article.
CONTEXT_LINES = 2
CONTENTS_MAX_ENTRIES = 20


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

    hits = page.rule_hits()

    def in_contents(i: int, group: list[int]) -> bool:
        # an entry of a contents box: under its label ("Daftar Isi", "Table of Contents") past
        # the box's other entries, with no prose between. (Not past its own entry there: that is
        # the article's first subheading, printed right under the box.)
        for k in range(i - 1, max(-1, i - 1 - CONTENTS_MAX_ENTRIES), -1):
            if k in group:
                return False
            if hits[k] is not None and hits[k].rule.opens_block and hits[k].reason == "navigation":
                return True
            if is_prose(lines[k]):
                return False
        return False

    def under_prose(i: int) -> bool:
        # prose right above, or above the fields stacked over this one: a listicle's item gives
        # each place its "Alamat:", "Jam buka:", "Harga tiket:" lines under its paragraph
        k = i - 1
        while k >= 0 and FIELD_LABEL.match(lines[k].text) \
                and lines[k].n_words <= TABLE_VALUE_MAX_WORDS:
            k -= 1
        return prose_in(range(max(0, i - CONTEXT_LINES), i)) > 0 \
            or k >= 0 and k not in repeated and is_prose(lines[k])

    def placing(i: int, group: list[int]) -> tuple:
        above = prose_in(range(max(0, i - CONTEXT_LINES), i))
        below = prose_in(range(i + 1, min(n, i + CONTEXT_LINES + 1)))
        # Not the contents box's entry, whose subheading the article prints again; then prose on
        # both sides: a subheading between two sections, not a table of contents' last entry over
        # the article's first paragraphs.
        return not in_contents(i, group), above > 0 and below > 0, above + below, -i

    for group in groups:
        if len(group) >= TABLE_VALUE_MIN_COPIES and lines[group[0]].n_words <= TABLE_VALUE_MAX_WORDS:
            continue
        if lines[group[0]].n_words <= TABLE_VALUE_MAX_WORDS and FIELD_LABEL.match(lines[group[0]].text) \
                and all(map(under_prose, group)):
            continue  # two entries of a listicle that share a field's value ("Jam buka: 09.00-18.00 WIB")
        keep = max(group, key=lambda i: placing(i, group))
        for i in group:
            if i != keep:
                yield i, Hint("duplicate", "strong", False, "repeated_line")
