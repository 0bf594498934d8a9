"""Lists of other stories with no heading: each teaser a headline (maybe its lead) and its own
stamp, the same shape again and again.

An article has one timestamp, near its top. Three or more stamps, each a date alone or a date
with the lines beside it that a teaser card prints (its reading time, its byline: "Dec 30,
2024" over "— 4 min read"), with one teaser between each two, are a list of other stories
("Berita Terkini" without its heading, a blog's "Read more" cards). A teaser is a headline,
maybe with a one- or two-sentence lead: cards of one list may differ in that. A live blog has
timestamps too, but its entries are sentences, not headlines.
"""
from __future__ import annotations

from ..evidence import Hint

MIN_STAMPS = 3  # one or two timestamps are the article's own (published, updated)
MAX_UNIT_LINES = 2  # a headline, or a headline and its lead
HEADLINE_MAX_WORDS = 20
UNIT_MAX_WORDS = 60  # a teaser's lead is one sentence or two
# What a card prints beside its date: its reading time or its writer.
_BESIDE_THE_DATE = frozenset({"byline"})


def stamped_teasers(page):
    hits = page.rule_hits()
    # (most pages hold fewer dates than a list needs: one quick count before the grouping)
    if sum(1 for hit in hits if hit is not None and hit.reason == "date") < MIN_STAMPS:
        return
    lines = page.lines
    n = len(lines)
    groups = _stamp_groups(hits)
    if len(groups) < MIN_STAMPS:
        return

    def headline(i: int) -> bool:
        ln = lines[i]
        return (2 <= ln.n_words <= HEADLINE_MAX_WORDS and not ln.text.endswith(".") and hits[i] is None
                and not ln.text[0].islower())

    def teaser(span: range) -> bool:
        return (0 < len(span) <= MAX_UNIT_LINES and span.start >= 0 and span.stop <= n and headline(span.start)
                and all(hits[j] is None and lines[j].n_words <= UNIT_MAX_WORDS for j in span))

    def outer(edge: int, step: int) -> range | None:
        """The teaser beyond the run's first (step -1) or last (step +1) stamp: a headline and
        its lead when the line past the headline reads as a lead (not as another headline)."""
        pair = range(edge - 1, edge + 1) if step < 0 else range(edge, edge + 2)
        lead = pair[-1]
        if teaser(pair) and 0 <= lead < n and not headline(lead):
            return pair
        return range(edge, edge + 1) if teaser(range(edge, edge + 1)) else None

    k = 0
    while k + MIN_STAMPS <= len(groups):
        # A run of stamps with one teaser between each two.
        run = [groups[k]]
        while (k + len(run) < len(groups)
               and teaser(range(run[-1][1] + 1, groups[k + len(run)][0]))):
            run.append(groups[k + len(run)])
        k += max(1, len(run) - 1) if len(run) < MIN_STAMPS else len(run)
        if len(run) < MIN_STAMPS:
            continue
        between = [range(a[1] + 1, b[0]) for a, b in zip(run, run[1:])]
        # Stamp after each teaser, or before it: one more teaser beyond the run's end.
        extra = outer(run[0][0] - 1, -1) or outer(run[-1][1] + 1, +1)
        if extra is None:
            continue
        for span in between + [extra]:
            for j in span:
                yield j, Hint("related", "strong", False, "stamped_teasers")


def _stamp_groups(hits) -> list[tuple[int, int]]:
    """(first, last) line of each run of stamp lines holding at least one date."""
    groups: list[tuple[int, int]] = []
    start, dated = None, False
    for i, hit in enumerate(list(hits) + [None]):
        reason = None if hit is None else hit.reason
        if reason == "date" or reason in _BESIDE_THE_DATE:
            if start is None:
                start, dated = i, False
            dated = dated or reason == "date"
            continue
        if start is not None and dated:
            groups.append((start, i - 1))
        start = None
    return groups
