"""A long line with no closing punctuation inside an article is a headline: a related-story
link dropped mid-article. Subheadings are short; quotes and list items are exempt, and so are
sentence fragments cut by an inline link (they end on a function word, or the next line
carries on in lowercase)."""
from __future__ import annotations

from ..evidence import Hint
from ..language import _TOKEN_EDGE

# Subheadings on news sites rarely pass 10 words; teaser headlines are 10-20.
INSERT_MIN_WORDS = 11
INSERT_MAX_WORDS = 30
_CONTINUES = ",.;:)]-–—'’"


def headline_like_inserts(page):
    lines = page.lines
    n = len(lines)
    stop = page.stopwords
    for ln in lines:
        if not (INSERT_MIN_WORDS <= ln.n_words <= INSERT_MAX_WORDS) or ln.ends_sentence or ln.numbered:
            continue
        t = ln.text
        if ln.dateline is not None or t[0] in "\"“'‘(" or t[0].islower():
            continue  # quotes, leads, and lines carrying on a sentence are not headlines
        if t.rsplit(" ", 1)[-1].lower().strip(_TOKEN_EDGE) in stop:
            continue  # "... keep our finger on the" : cut by a link
        if ln.index + 1 < n:
            nxt = lines[ln.index + 1].text[0]
            if nxt.islower() or nxt in _CONTINUES:
                continue
        yield ln.index, Hint("related", "weak", False, "headline_insert")
