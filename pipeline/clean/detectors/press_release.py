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


# A listed company's safe-harbour notice: its heading ("Forward-Looking Statements", "Cautionary Note
# Regarding Forward-Looking Statements", "Safe Harbor Statement") or its opening ("This press
# release contains forward-looking statements ..."), then the paragraphs of legal text, each of
# which names the forward-looking statements it warns about. Too long for any rule (a paragraph runs
# to thousands of characters), and the same in every release of the issuer.
_SAFE_HARBOR_HEADING = re.compile(
    r"^(?:(?:cautionary|special) (?:note|statement|language)s?(?: (?:regarding|concerning|about|on|for))? )?"
    r"(?:forward[- ]looking (?:statements?|information)|safe harbou?r)(?: (?:statements?|disclaimer|notice))?\s*:?$",
    re.IGNORECASE)
_SAFE_HARBOR_OPENING = re.compile(
    r"^(?:this|the) (?:press |news )?(?:release|announcement|communication)(?: and [\w ]{1,40}?)? "
    r"(?:contains|includes|may contain|may include)\b.{0,40}\bforward[- ]looking\b", re.IGNORECASE)
SAFE_HARBOR_HEADING_MAX_WORDS = 8


def _warns_of_forward_looking(ln) -> bool:
    return "forward-looking" in ln.lower or "forward looking" in ln.lower


def safe_harbor_notices(page):
    lines = page.lines
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        if "forward" not in ln.lower and "safe harbo" not in ln.lower:
            i += 1
            continue  # (most lines: no regex)
        heading = ln.n_words <= SAFE_HARBOR_HEADING_MAX_WORDS and _SAFE_HARBOR_HEADING.match(ln.text)
        if not heading and not _SAFE_HARBOR_OPENING.match(ln.text):
            i += 1
            continue
        j = i + 1 if heading else i
        if j >= n or not _warns_of_forward_looking(lines[j]):
            i += 1
            continue  # a heading over anything else is the article's ("Safe harbor" in a story on ports)
        while j < n and _warns_of_forward_looking(lines[j]):
            j += 1
        for k in range(i, j):
            yield k, Hint("disclaimer", "strong", False, "safe_harbor_notice")
        i = j
