"""Lists of other stories with no heading: each teaser a headline (maybe its lead) and its own
timestamp, the same shape again and again.

An article has one timestamp, near its top. Three or more timestamps at a steady step, each
unit opening with a headline, are a list of other stories ("Berita Terkini" without its
heading, a "latest news" rail). A live blog has timestamps too, but its entries are paragraphs
of different lengths, not a headline and a lead at a fixed step.
"""
from __future__ import annotations

from ..evidence import Hint

MIN_STAMPS = 3  # one or two timestamps are the article's own (published, updated)
STEPS = (2, 3)  # a timestamp every 2 lines (headline) or every 3 (headline and lead)
HEADLINE_MAX_WORDS = 20
UNIT_MAX_WORDS = 60  # a teaser's lead is one sentence or two


def stamped_teasers(page):
    hits = page.rule_hits()
    stamps = [i for i, hit in enumerate(hits) if hit is not None and hit.reason == "date"]
    if len(stamps) < MIN_STAMPS:
        return
    lines = page.lines
    n = len(lines)

    def headline(i: int) -> bool:
        ln = lines[i]
        return (2 <= ln.n_words <= HEADLINE_MAX_WORDS and not ln.text.endswith(".") and hits[i] is None
                and not ln.text[0].islower())

    def unit(start: int, step: int) -> range | None:
        """The step-1 lines from ``start`` when they read as a teaser: headline first."""
        if start < 0 or start + step - 1 > n or not headline(start):
            return None
        span = range(start, start + step - 1)
        if any(hits[j] is not None or lines[j].n_words > UNIT_MAX_WORDS for j in span):
            return None
        return span

    k = 0
    while k + MIN_STAMPS <= len(stamps):
        step = stamps[k + 1] - stamps[k]
        if step not in STEPS:
            k += 1
            continue
        run = [stamps[k]]
        while k + len(run) < len(stamps) and stamps[k + len(run)] - run[-1] == step:
            run.append(stamps[k + len(run)])
        k += len(run)
        if len(run) < MIN_STAMPS:
            continue
        # Timestamp after each teaser, or before it: the units on one side must all be teasers.
        for units in ([unit(s - step + 1, step) for s in run], [unit(s + 1, step) for s in run]):
            if all(u is not None for u in units):
                for u in units:
                    for j in u:
                        yield j, Hint("related", "strong", False, "stamped_teasers")
                break
