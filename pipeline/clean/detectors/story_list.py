"""Other stories' teasers: leads that open with their own dateline.

An article has one dateline ("KABUL (Site) – ..."), in its first paragraph. When more
dateline-led paragraphs follow, they are teasers of other stories; the short headline line
right before each belongs to the same teaser.

A single teaser dropped into running text counts too, when its dateline is unmistakable (a
publisher in it, or the place in capitals: "KABUL (Site) –", "Jakarta, Site.com –") and two
prose paragraphs of the article already came before it: the article's own lead comes first.
"""
from __future__ import annotations

import re

from ..evidence import Hint
from .captions import keyword_caption_at
from .stamps import CAPTION_MAX_WORDS, caption_credit, photo_credit_alone

# Two extra loose datelines are needed: one could be a quoted wire paragraph inside the article.
MIN_EXTRA_DATELINES = 2
HEADLINE_MAX_WORDS = 20
LEAD_MIN_WORDS = 12
# A lone teaser: at least this many prose paragraphs before it, the last within a few lines
# (a headline or a label may sit between), so a site blurb above the title does not count;
# paragraphs of 20 words or more, so a summary's key points over the lead do not count either.
PROSE_BEFORE, PROSE_MIN_WORDS, MAX_GAP = 2, 20, 3
_CAPITAL_PLACE = re.compile(r"[A-Z]{2,}(?:[ -][A-Z]{2,})*")
_ELLIPSIS = ("...", "…")


def story_list(page):
    lines = page.lines
    # (a lead opens its sentence in capitals: "Steven Greig - currently in charge of ..." is a list
    # item naming a person, with what the article says of them)
    led = [ln.index for ln in lines if ln.dateline is not None and ln.n_words >= LEAD_MIN_WORDS
           and not ln.dateline.group(0)[-1].islower()]
    if len(led) > MIN_EXTRA_DATELINES:
        # (pictures' captions opening on a keyword, "RILIS KASUS - Kapolresta ...", are no leads)
        hits = page.rule_hits()
        led = [i for i in led if not keyword_caption_at(lines, hits, i)]
    if not led:
        return
    teasers = led[1:] if len(led) > MIN_EXTRA_DATELINES else _lone_teasers(page, led)
    for i in teasers:
        yield i, Hint("related", "strong", False, "story_list")
        prev = lines[i - 1] if i > 0 else None
        if prev is not None and prev.n_words <= HEADLINE_MAX_WORDS and prev.dateline is None and not prev.text.endswith("."):
            yield i - 1, Hint("related", "strong", False, "story_list")


def _lone_teasers(page, led):
    lines = page.lines
    prose_at = None
    for i in led:
        match = lines[i].dateline
        if not (match.group(2) or match.group(3) or _CAPITAL_PLACE.fullmatch(match.group(1))):
            continue
        if not lines[i].ends_sentence and not lines[i].text.endswith(_ELLIPSIS):
            continue  # a list item: "Sam Halkett (Exeter Chiefs) - 18 caps, last started a Test in 2023"
        if prose_at is None:
            # (a caption closing on its credit, "... (Jane Doe/Site)", "... Credit: Jane Doe/Site",
            # or over a credit line of its own, "KOMPAS/JANE DOE", is not the article's prose; nor
            # is a line a rule names, such as a newsletter's pitch over the lead)
            hits = page.rule_hits()
            prose_at = [ln.index for ln in lines
                        if ln.n_words >= PROSE_MIN_WORDS and ln.ends_sentence and ln.dateline is None
                        and ln.text[-1] != ")" and hits[ln.index] is None and not _over_a_credit(lines, hits, ln.index)
                        and (ln.n_words > CAPTION_MAX_WORDS or caption_credit(ln) is None)]
        before = [j for j in prose_at if j < i]
        if len(before) >= PROSE_BEFORE and i - before[-1] <= MAX_GAP \
                and not _retells(lines[i].text[match.end():], [lines[j].text for j in before]):
            yield i


# The article's lead under its key points retells them: most of its longer words are theirs.
# Another story's teaser shares few with the article.
RETELL_MIN_SHARE = 0.4
RETELL_MIN_LETTERS = 5
_WORD = re.compile(r"\w+")


def _retells(lead: str, above: list[str]) -> bool:
    words = {w for w in _WORD.findall(lead.lower()) if len(w) >= RETELL_MIN_LETTERS}
    if not words:
        return False
    seen = {w for text in above for w in _WORD.findall(text.lower())}
    return len(words & seen) >= RETELL_MIN_SHARE * len(words)


def _over_a_credit(lines, hits, i: int) -> bool:
    """Is the line under line ``i`` a photo credit alone ("KOMPAS/JANE DOE", "Photo: Reuters")?"""
    return i + 1 < len(lines) and photo_credit_alone(lines[i + 1], hits[i + 1])
