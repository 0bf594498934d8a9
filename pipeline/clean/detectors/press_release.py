"""A press release's closing boilerplate: the "About <Company>" heading and its paragraphs,
right above the media contact ("Media Contact:", "Kontak Media", "###"). The heading alone
could be an article's subheading ("About the study"); the contact block under it says that
the paragraphs are the issuer's standard description, printed under every release."""
from __future__ import annotations

import re

from ..evidence import Hint

_ABOUT = re.compile(r"^(?:About|ABOUT|Tentang|TENTANG) (?-i:[A-Z])[\w&.,'’ -]{1,50}$")
_CONTACT = re.compile(r"^(?:#{3}|(?i:media contacts?|press contacts?|media inquiries|kontak media|narahubung|"
                      r"contact information|for more information,? contact))\s*:?$")
ABOUT_MAX_PARAGRAPHS = 4


def press_release_boilerplate(page):
    lines = page.lines
    for ln in lines:
        if ln.n_words > 8 or not _ABOUT.match(ln.text):
            continue
        # the contact block within a few lines under the heading, a paragraph at least between
        below = lines[ln.index + 1:ln.index + ABOUT_MAX_PARAGRAPHS + 2]
        contact = next((c.index for c in below if _CONTACT.match(c.text)), None)
        if contact is not None and contact > ln.index + 1:
            for i in range(ln.index, contact):
                yield i, Hint("footer", "strong", False, "press_release_about")
