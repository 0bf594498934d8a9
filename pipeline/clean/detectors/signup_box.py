"""A sign-up box: its heading ("Sign up for The Daily", "Newsletter"), the newsletter's name and
blurb ("Catch up on the week's biggest stories, all in one place."), then its form (an email
field, "By signing up, you agree ..."). The blurb is a sentence, so no rule can drop it alone;
closed in on both sides by the box's own lines, it is part of the box."""
from __future__ import annotations

from ..evidence import Hint

# Lines between the heading and the form: a name and a blurb or two, never an article.
BOX_MAX_LINES = 3
BLURB_MAX_WORDS = 25
EMAIL_FIELD_MAX_WORDS = 3


def _email_field(ln) -> bool:
    """The form's e-mail field ("E-mail address", "Your email"), which the lexicon names as a
    form label."""
    return ln.n_words <= EMAIL_FIELD_MAX_WORDS and "mail" in ln.lower


def signup_boxes(page):
    hits, lines = page.rule_hits(), page.lines
    for i, hit in enumerate(hits):
        if hit is None or hit.reason != "newsletter" or hit.rule.strength != "strong":
            continue
        for k in range(i + 2, min(i + BOX_MAX_LINES + 2, len(lines))):
            if hits[k] is not None and (hits[k].reason == "newsletter" or _email_field(lines[k])):
                inside = range(i + 1, k)
                if all(hits[j] is None and lines[j].n_words <= BLURB_MAX_WORDS for j in inside):
                    for j in inside:
                        yield j, Hint("newsletter", "strong", False, "signup_box")
                break
            if hits[k] is not None or lines[k].n_words > BLURB_MAX_WORDS:
                break
