"""The one place where evidence becomes a verdict: keep, or remove with a reason.

Step by step (after jusText, adapted to plain text):
1. each line gets its first hint (strong beats weak), or none;
2. each line is scored: prose lines earn their word count (a line cut from a wrapped or
   link-split paragraph counts as prose when its paragraph does), everything else costs a
   little, and more inside a long run of link-like lines (menus, forms, link lists); walls
   (comment forms, copyright) cannot be crossed, and prose after one counts for less, as
   does prose above the line repeating the page title (the headline);
3. the content region is the run of lines with the highest total (maximum subarray): the main
   article is the densest run of long prose, and short lines inside it (subheadings, fragments
   cut by links) are carried along by the prose around them; its edges then move by what sits
   there: under the header's dek and the top picture's caption, onto a summary box, and past
   the closing sentences, an announced list, match line-ups or a tracklist under the article;
4. inside the region, hinted lines go (weak hints only when the line is not prose); outside it
   every line goes: before the region as navigation, after it as footer (or as what the last
   wall said: comments after a comment heading);
5. the headline is the line repeating the page title, or the first line when it reads as one,
   or the first headline-shaped line before the region (long ones first); the line after it, if also
   headline-shaped, is the subtitle.

Each step has its module: `region` scores the lines and finds the run (2-3), `region_start` and
`region_end` move its edges, `headline` finds the headline and the dek (5); `prose` (what a prose
or headline-shaped line looks like) and `header` (the stamps, writers' names and bylines between
a headline and its article) hold what they share.
"""
from __future__ import annotations

from ..evidence import Hint
from ..lines import Line
from ..types import BODY, LineVerdict
from .headline import _headline_repeat, _mark_headline
from .prose import _continues, _prose_lines
from .region import _best_hint, _region, _scores
from .region_end import (_with_announced_list, _with_closing_sentences, _with_line_ups, _with_listings,
                         _with_numbering, _with_repeated_fields, _with_verdict)
from .region_start import (SUMMARY_BOX_MAX_POINTS, SUMMARY_HEADING, _ingredient, _under_the_article_header,
                           _under_the_top_picture, _with_ingredients, _with_opening_heading,
                           _with_opening_sentence)


def decide(lines: list[Line], hints: list[list[Hint]], find_title: bool = True) -> list[LineVerdict]:
    best = [(h[0] if len(h) == 1 else _best_hint(h)) if h else None for h in hints]
    for i, h in enumerate(best):
        # A "wall" phrase cut out of a sentence by an inline link ("... leave a comment" +
        # next line ", below") is a fragment of prose, not the comment form.
        # (a commenter's handle under "12 Comments", "sflocal", is one lower-case word alone)
        if h is not None and h.wall and i + 1 < len(lines) and _continues(lines[i + 1].text) \
                and (lines[i + 1].n_words > 1 or not lines[i + 1].text.isalnum()):
            best[i] = Hint(h.reason, h.strength, False, h.source)
    prose = _prose_lines(lines, best)
    h1 = _headline_repeat(lines)
    scores = _scores(lines, best, prose, h1)
    start, end = _region(scores)
    start = _under_the_article_header(lines, best, prose, start, end)
    for widen in (_with_closing_sentences, _with_announced_list, _with_verdict, _with_line_ups, _with_listings,
                  _with_numbering, _with_repeated_fields):
        end = widen(lines, best, start, end)
    before_ingredients, start = start, _with_ingredients(lines, best, start, end)
    for k in range(start, before_ingredients):
        if best[k] is not None and _ingredient(lines[k], best[k]):
            # (a weak hint on an ingredient: "1 ½ pounds chicken breasts, cut into ..." reads as a headline)
            best[k] = None
    start = _with_opening_sentence(lines, best, start, end)
    start = _under_the_top_picture(lines, best, prose, start, end)
    start = _with_opening_heading(lines, best, start, end)
    if start < end and SUMMARY_HEADING.match(lines[start].text):
        # the summary box's points are the article's, though one may read as an inserted link
        for k in range(start + 1, min(end, start + 1 + SUMMARY_BOX_MAX_POINTS)):
            if best[k] is not None and best[k].strength == "weak" and best[k].reason == "related":
                best[k] = None

    verdicts: list[LineVerdict] = []
    tail_reason = "footer"
    for i, (ln, h, p) in enumerate(zip(lines, best, prose)):
        if h is not None and h.wall:
            tail_reason = h.reason
        if start <= i < end:
            if h is not None and (h.strength == "strong" or not p):
                verdicts.append(LineVerdict(ln.text, False, h.reason))
            else:
                verdicts.append(LineVerdict(ln.text, True, BODY))
        elif h is not None:
            verdicts.append(LineVerdict(ln.text, False, h.reason))
        else:
            verdicts.append(LineVerdict(ln.text, False, "navigation" if i < start else tail_reason))

    if find_title and end > start:  # a page with no prose keeps no headline either (see clean_text)
        _mark_headline(lines, best, verdicts, start, end, h1)
    return verdicts
