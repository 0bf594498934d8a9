"""A social post embedded in the article, scraped line by line: the account's name, its handle
alone on a line ("@harbourpolice"), the post's text, then its picture link ("pic.twitter.com/...")
or its time stamp ("10:41 AM · Mar 10, 2025"); or the text over the sign-off the embed code
prints under it ("— Jane Doe (@janedoe) March 11, 2025"). The handle and the closing line are the rules';
the text between them reads as a short paragraph, and the name as a subheading: closed in by the
post's own lines, both are the post's. A Facebook post ends on its action bar instead ("Like" /
"Comment" / "Share"), its account's name and its date over the text."""
from __future__ import annotations

import re

from ..evidence import Hint

_HANDLE = re.compile(r"^@\w{2,15}$")
# The post's time stamp as the platform prints it: "11:02 AM · Mar 13, 2025".
# (a newsletter platform's copy of the post sets a bullet operator instead: "4:12 PM ∙ Sep 1, 2025")
_POST_TIME = re.compile(r"^\d{1,2}:\d{2}\s?[AP]M\s?[·∙•]\s?[A-Z][a-z]{2} \d{1,2}, \d{4}$")
_POST_ENDS = frozenset({"caption", "date"})
# An embedded post's sign-off under its text, as the platform's embed code prints it.
_SIGNED_POST = re.compile(r"^[—–-]\s*[^()]{2,80}\(@\w{1,20}\)")
_DASHES = "—–-"
POST_MAX_LINES = 4  # the post's text between the handle and its closing line
POST_LINE_MAX_WORDS = 60
ACCOUNT_NAME_MAX_WORDS = 4


def embedded_social_posts(page):
    hits, lines = page.rule_hits(), page.lines
    n = len(lines)
    for i, ln in enumerate(lines):
        if hits[i] is None:
            if ln.text[-1] != "." and "@" in ln.text and _NAMED_HANDLE.match(ln.text):
                yield from _post_under_its_named_handle(lines, hits, i)
            continue
        if ln.text[0] in _DASHES and _SIGNED_POST.match(ln.text):
            # the post's text right over its sign-off ("— Jane Doe (@janedoe) March 11, 2025")
            if i > 0 and hits[i - 1] is None and lines[i - 1].n_words <= POST_LINE_MAX_WORDS:
                yield i - 1, Hint("caption", "strong", False, "social_post")
            continue
        if not _HANDLE.match(ln.text):
            continue
        end = next((j for j in range(i + 1, min(n, i + POST_MAX_LINES + 2))
                    if hits[j] is not None and hits[j].reason in _POST_ENDS or _POST_TIME.match(lines[j].text)), None)
        # (a post says something: not a code listing's "@import" over "(" and another "@cInclude")
        if end is None or _HANDLE.match(lines[end].text) or not any(lines[k].n_words >= 2 for k in range(i + 1, end)) \
                or any(lines[k].n_words > POST_LINE_MAX_WORDS for k in range(i + 1, end)):
            continue
        for k in range(i + 1, end):
            if hits[k] is None:
                yield k, Hint("caption", "strong", False, "social_post")
        above = i - 1
        if above >= 0 and hits[above] is None and lines[above].n_words <= ACCOUNT_NAME_MAX_WORDS \
                and not lines[above].text.endswith((".", ":", "?", "!")):
            yield above, Hint("caption", "strong", False, "social_post")  # the account's name over its handle


# The account's name and handle on one line ("Harbour Residents Forum @HarbourForum"): no rule
# knows it, so only the platform's time stamp under the post's text closes the post.
_NAMED_HANDLE = re.compile(r"^[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,5} @\w{2,15}$")


def _post_under_its_named_handle(lines, hits, i: int):
    end = next((j for j in range(i + 1, min(len(lines), i + POST_MAX_LINES + 2)) if _POST_TIME.match(lines[j].text)), None)
    if end is None or end == i + 1 or any(hits[k] is not None or lines[k].n_words > POST_LINE_MAX_WORDS
                                          for k in range(i + 1, end)):
        return
    for k in range(i, end):
        yield k, Hint("caption", "strong", False, "social_post")
    if hits[end] is None:
        yield end, Hint("date", "strong", False, "social_post")  # (the post's time stamp, when no rule reads it)


# A Facebook post's action bar under it, as its embed prints it, and the "See more" over the bar.
_ACTION_BAR = ("like", "comment", "share")
_SEE_MORE = frozenset({"see more", "... see more", "lihat selengkapnya", "selengkapnya"})
FB_POST_MAX_LINES = 3


def facebook_posts(page):
    """The account's name, the post's date and its text over the action bar: the embedded post."""
    hits, lines = page.rule_hits(), page.lines
    for i in range(len(lines) - 2):
        if lines[i].lower != "like" or tuple(ln.lower for ln in lines[i:i + 3]) != _ACTION_BAR:
            continue
        k = i - 1
        if k >= 0 and lines[k].lower in _SEE_MORE:
            k -= 1
        text = []
        while k >= 0 and hits[k] is None and len(text) < FB_POST_MAX_LINES and lines[k].n_words <= POST_LINE_MAX_WORDS:
            text.append(k)
            k -= 1
        # (the post's date over its text, the account's name over the date: "Harbour Police" / "Mar 18, 2024")
        if not text or k < 1 or hits[k] is None or hits[k].reason != "date" or hits[k - 1] is not None \
                or lines[k - 1].n_words > ACCOUNT_NAME_MAX_WORDS or lines[k - 1].text.endswith((".", ":", "?", "!")):
            continue
        for j in [k - 1] + text:
            yield j, Hint("caption", "strong", False, "social_post")
