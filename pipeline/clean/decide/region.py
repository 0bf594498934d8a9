"""The content region: each line scored (prose earns its words, furniture costs, walls cannot be
crossed), and the run of lines with the highest total.
"""
from __future__ import annotations

from ..evidence import Hint
from ..lines import Line


PROSE_CAP = 80  # one huge line must not outweigh everything else on the page
SHORT_COST = 1.0  # unhinted non-prose line (menu item, subheading, fragment)
HINT_COST = 2.0  # hinted noise line: a little more, so a teaser list pulls the region apart
# A caption over its labelled credit, inside the article (a review's every product has its picture):
# it weighs for the region as the prose it reads as, then goes (the source a detector gives it).
IN_ARTICLE_CAPTION = "caption_over_labelled_credit"
WALL = -1e9
# Prose after a wall (comments, footer text) counts this much: it wins the region only when
# the part before the wall was a stub.
AFTER_WALL_WEIGHT = 0.3
# A run of link-like lines (at most RUN_MAX_WORDS words) longer than SHORT_RUN is a menu, a
# form or a link list: each further line costs LONG_RUN_COST, so prose on its far side is not
# joined to the article. Shorter runs (a subheading, a few short list items) are carried.
SHORT_RUN = 6
LONG_RUN_COST = 4.0
RUN_MAX_WORDS = 4
# After a comment heading closing an article of at least this many prose words, prose counts
# even less: a long comment thread must not outweigh a whole article. (After other walls, an
# author box or a footer, some sites print the rest of the article.)
FULL_ARTICLE_WORDS = 300
AFTER_FULL_ARTICLE_WEIGHT = 0.1
# Prose words needed before a wall for it to close the article: a "3 Comments" link under the
# headline must not end an article that has not started.
END_AFTER_PROSE_WORDS = 80
# Prose above the line that repeats the page title (the headline) counts this much: sidebars,
# teasers and promos sit there; the article starts under its headline.
BEFORE_H1_WEIGHT = 0.5


def _best_hint(hints: list[Hint]) -> Hint | None:
    if not hints:
        return None
    for h in hints:
        if h.strength == "strong":
            # (a detector may know the line ends the article where a rule naming it too does not:
            # the writer's bio under the article is the author box's wall)
            return next((w for w in hints if w.wall and w.strength == "strong" and w.reason == h.reason), h)
    return hints[0]


def _region(scores: list[float]) -> tuple[int, int]:
    """Maximum-sum run [start, end) (Kadane); (0, 0) when no run is positive."""
    best, best_span = 0.0, (0, 0)
    run, start = 0.0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, start = 0.0, i
        run += s
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


def _scores(lines: list[Line], best: list[Hint | None], prose: list[bool], h1: int | None) -> list[float]:
    """Each line's score: prose earns its words, other lines cost a little (more in a long run
    of link-like lines), walls cannot be crossed; h1 is the line repeating the page title."""
    scores = []
    prose_words, ended, run, after_weight = 0, False, 0, 1.0
    for ln, h, p in zip(lines, best, prose):
        if h is not None and h.wall:
            scores.append(WALL)
            if not ended and prose_words >= END_AFTER_PROSE_WORDS:
                ended = True
                thread = h.reason == "comments" and prose_words >= FULL_ARTICLE_WORDS
                after_weight = AFTER_FULL_ARTICLE_WEIGHT if thread else AFTER_WALL_WEIGHT
            run = 0
        elif h is not None and h.source == IN_ARTICLE_CAPTION and p:
            scores.append(min(ln.n_words, PROSE_CAP) * after_weight)
            run = 0
        elif h is not None and (h.strength == "strong" or not p):
            scores.append(-HINT_COST)
            run += 1
        elif p:
            # After the comment form / copyright, prose is comments or footer text: it can only
            # outweigh the article when that article was a stub (a teaser above a "12 Comments"
            # link under the headline, the real article after it).
            scores.append(min(ln.n_words, PROSE_CAP) * after_weight)
            prose_words += ln.n_words
            run = 0
        else:
            run = run + 1 if ln.n_words <= RUN_MAX_WORDS else 0
            scores.append(-SHORT_COST if run <= SHORT_RUN else -LONG_RUN_COST)
    if h1 is not None:  # the article starts under its headline: prose above it is a teaser
        for k in range(h1):
            if scores[k] > 0:
                scores[k] *= BEFORE_H1_WEIGHT
    return scores
