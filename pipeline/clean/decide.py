"""The one place where evidence becomes a verdict: keep, or remove with a reason.

Step by step (after jusText, adapted to plain text):
1. each line gets its first hint (strong beats weak), or none;
2. each line is scored: prose lines earn their word count, everything else costs a little,
   walls (comment forms, copyright) cannot be crossed;
3. the content region is the run of lines with the highest total (maximum subarray): the main
   article is the densest run of long prose, and short lines inside it (subheadings, fragments
   cut by links) are carried along by the prose around them;
4. inside the region, hinted lines go (weak hints only when the line is not prose); outside it
   every line goes: before the region as navigation, after it as footer (or as what the last
   wall said: comments after a comment heading);
5. the headline is the first headline-shaped line before the region; the line right after it,
   if also headline-shaped, is the subtitle.
"""
from __future__ import annotations

from .evidence import Hint
from .lines import Line
from .types import BODY, SUBTITLE, TITLE, LineVerdict

# A prose line: at least this many words, this share of stopwords, and it ends like a sentence
# (or is long enough that it must be a paragraph). Calibrated on seeds + wcxb-dev: body lines
# have a stopword share of 0.3-0.6 against 0-0.2 for menus, headlines and names.
PROSE_MIN_WORDS = 10
PROSE_MIN_STOP = 0.2
PROSE_UNPUNCTUATED_WORDS = 20
PROSE_CAP = 80  # one huge line must not outweigh everything else on the page
SHORT_COST = 1.0  # unhinted non-prose line (menu item, subheading, fragment)
HINT_COST = 2.0  # hinted noise line: a little more, so a teaser list pulls the region apart
WALL = -1e9
# Prose words needed before a wall for it to close the article: a "3 Comments" link under the
# headline must not end an article that has not started.
END_AFTER_PROSE_WORDS = 40
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 2, 30
SUBTITLE_MAX_WORDS = 40


def is_prose(ln: Line) -> bool:
    return (ln.n_words >= PROSE_MIN_WORDS and ln.stop_ratio >= PROSE_MIN_STOP
            and (ln.ends_sentence or ln.n_words >= PROSE_UNPUNCTUATED_WORDS))


def _continues(text: str) -> bool:
    return text[0].islower() or text[0] in ",.;:)"


def _best_hint(hints: list[Hint]) -> Hint | None:
    if not hints:
        return None
    for h in hints:
        if h.strength == "strong":
            return h
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


def _headline_shaped(ln: Line, hint: Hint | None) -> bool:
    return (hint is None and TITLE_MIN_WORDS <= ln.n_words <= TITLE_MAX_WORDS and not ln.text.endswith(".")
            and any(c.isalpha() for c in ln.text[:40]))


def decide(lines: list[Line], hints: list[list[Hint]]) -> list[LineVerdict]:
    best = [_best_hint(h) for h in hints]
    for i, h in enumerate(best):
        # A "wall" phrase cut out of a sentence by an inline link ("... leave a comment" +
        # next line ", below") is a fragment of prose, not the comment form.
        if h is not None and h.wall and i + 1 < len(lines) and _continues(lines[i + 1].text):
            best[i] = Hint(h.reason, h.strength, False, h.source)
    prose = [is_prose(ln) for ln in lines]

    scores = []
    prose_words, ended = 0, False
    for ln, h, p in zip(lines, best, prose):
        if h is not None and h.wall:
            scores.append(WALL)
            ended = ended or prose_words >= END_AFTER_PROSE_WORDS
        elif ended:  # after the comment form / copyright: comments, teasers, footers
            scores.append(-HINT_COST)
        elif h is not None and (h.strength == "strong" or not p):
            scores.append(-HINT_COST)
        elif p:
            scores.append(min(ln.n_words, PROSE_CAP))
            prose_words += ln.n_words
        else:
            scores.append(-SHORT_COST)
    start, end = _region(scores)

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

    if end > start:  # a page with no prose keeps no headline either (see clean_text)
        for i in range(start):
            if _headline_shaped(lines[i], best[i]):
                verdicts[i] = LineVerdict(lines[i].text, False, TITLE)
                j = i + 1
                if j < start and _headline_shaped(lines[j], best[j]) and lines[j].n_words <= SUBTITLE_MAX_WORDS \
                        and lines[j].text != lines[i].text:
                    verdicts[j] = LineVerdict(lines[j].text, False, SUBTITLE)
                break
    return verdicts
