"""Safety net for the pre-pass: notice when pruning made trafilatura pick the wrong block.

Removing a big menu or widget can change which block trafilatura scores best, and it may then
return a later section of the article instead of the article (wcxb-dev: one page fell from
F1 0.87 to 0.52). The article's opening paragraph — the first prose paragraph after the page's
<h1> — is a cheap, general witness: when the pruned extraction is short and lacks it, the page
is extracted again without the pre-pass, and that result wins if it holds the opening.
"""
from __future__ import annotations

import re

from lxml.html import HtmlElement

# A paragraph this long (characters) after the <h1> is prose, not a byline or a date line.
LEAD_MIN_CHARS = 150
# ... and mostly unlinked: a teaser or menu entry is one big link.
LEAD_MAX_LINK_SHARE = 0.5
# Only a short extraction is suspect: under this share of the pruned page's <p> text. An
# extraction holding most of the page's paragraphs did not lose the article.
SHORT_SHARE = 0.6
# The lead is compared on its first words: trafilatura may split or trim a long paragraph.
LEAD_PREFIX = 80

_WORDS = re.compile(r"\w+")


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def article_lead(root: HtmlElement) -> str | None:
    """The first words of the first prose paragraph after the page's first <h1>, or None when
    the page has no <h1> or no such paragraph."""
    h1 = next(root.iter("h1"), None)
    if h1 is None:
        return None
    after = False
    for el in root.iter():
        if el is h1:
            after = True
        elif after and el.tag == "p":
            text = el.text_content()
            if len(text.strip()) < LEAD_MIN_CHARS:
                continue
            linked = sum(len(a.text_content()) for a in el.iter("a"))
            if linked < LEAD_MAX_LINK_SHARE * len(text):
                return _words(text)[:LEAD_PREFIX] or None
    return None


def missed_lead(pruned: HtmlElement, text: str) -> str | None:
    """The article's lead when the extraction `text` from the pruned tree looks like it lost
    the article (short, and without the lead); None when it looks fine."""
    paragraphs = sum(len(p.text_content()) for p in pruned.iter("p"))
    if not paragraphs or len(text) >= SHORT_SHARE * paragraphs:
        return None
    lead = article_lead(pruned)
    if lead is None or lead in _words(text):
        return None
    return lead


def holds_lead(text: str, lead: str) -> bool:
    return lead in _words(text)
