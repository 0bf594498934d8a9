"""A sign-up box: its heading ("Sign up for The Daily", "Newsletter"), the newsletter's name and
blurb ("Catch up on the week's biggest stories, all in one place."), then its form (an email
field, "By signing up, you agree ..."). The blurb is a sentence, so no rule can drop it alone;
closed in on both sides by the box's own lines, it is part of the box. A box may also open
straight on the newsletter's name, which no rule knows ("Harbour Daily" / blurb / form)."""
from __future__ import annotations

from ..decide.prose import is_prose
from ..evidence import Hint

# Lines between the heading and the form: a name and a blurb or two, never an article.
BOX_MAX_LINES = 3
BLURB_MAX_WORDS = 25
EMAIL_FIELD_MAX_WORDS = 3
BUTTON_MAX_WORDS = 4  # a form's or a promotion box's button


def _email_field(ln) -> bool:
    """The form's e-mail field ("E-mail address", "Your email"), which the lexicon names as a
    form label."""
    return ln.n_words <= EMAIL_FIELD_MAX_WORDS and "mail" in ln.lower


# The form's button, which a rule may name as a menu item: the box closes on it.
_SIGNUP_BUTTONS = frozenset({"subscribe", "sign up", "sign me up", "langganan", "daftar", "berlangganan"})


def signup_boxes(page):
    hits, lines = page.rule_hits(), page.lines
    for i, hit in enumerate(hits):
        if hit is None or hit.reason != "newsletter" or hit.rule.strength != "strong":
            continue
        for k in range(i + 2, min(i + BOX_MAX_LINES + 2, len(lines))):
            if hits[k] is not None and (hits[k].reason == "newsletter" or _email_field(lines[k])
                                        or lines[k].lower.rstrip(" !.") in _SIGNUP_BUTTONS):
                inside = range(i + 1, k)
                if all(hits[j] is None and lines[j].n_words <= BLURB_MAX_WORDS for j in inside):
                    for j in inside:
                        yield j, Hint("newsletter", "strong", False, "signup_box")
                break
            if hits[k] is not None or lines[k].n_words > BLURB_MAX_WORDS:
                break


# A newsletter's name over its form: a few words, no sentence ("Harbour Daily", "Stay ahead of
# the storm"), and under it a form of at least FORM_MIN_LINES lines the lexicon names within
# FORM_LOOKAHEAD + 1 lines (a blurb or a field, a button, a consent): a lone promotion under a
# subheading leaves it alone. The box interrupts the article: a paragraph stands over its name (in
# a menu or a list of links, the line over a form is one more link).
NAME_MAX_WORDS = 5
FORM_MIN_LINES = 3
FORM_LOOKAHEAD = 3


def _newsletter_name(ln, hit) -> bool:
    # (a labelled value is no name: a review's "Grade: B+" over its closing note)
    return hit is None and ln.n_words <= NAME_MAX_WORDS and not ln.ends_sentence and not ln.numbered \
        and ln.text[0].isupper() and ": " not in ln.text


def _prose_over(lines, hits, k: int) -> bool:
    """Does a paragraph end right over line ``k`` (maybe past an ad label or another line a rule names)?"""
    above = k - 1
    if above >= 0 and hits[above] is not None:
        above -= 1
    return above >= 0 and is_prose(lines[above])


def _pitch_and_button(lines, hits, i: int) -> bool:
    """A form of two lines: the newsletter's pitch the lexicon names, then its button ("The stories
    you need to know, delivered to your inbox" / "Sign up"), then the article again."""
    return hits[i].reason == "newsletter" and hits[i].rule.strength == "strong" and i + 1 < len(lines) \
        and hits[i + 1] is not None and lines[i + 1].n_words <= BUTTON_MAX_WORDS \
        and (i + 2 == len(lines) or hits[i + 2] is None)


def boxes_opening_on_their_name(page):
    hits, lines = page.rule_hits(), page.lines
    for i, hit in enumerate(hits):
        # the form: the first of a few lines the lexicon names, one of them a sign-up's
        if hit is None or i == 0 or hits[i - 1] is not None:
            continue
        form = [h for h in hits[i:i + FORM_LOOKAHEAD + 1] if h is not None]
        if not any(h.reason == "newsletter" and h.rule.strength == "strong" for h in form):
            continue
        if len(form) < FORM_MIN_LINES and not _pitch_and_button(lines, hits, i):
            continue
        if _newsletter_name(lines[i - 1], hits[i - 1]) and _prose_over(lines, hits, i - 1):
            yield i - 1, Hint("newsletter", "strong", False, "signup_box_name")
        elif i >= 2 and lines[i - 1].n_words <= BLURB_MAX_WORDS and _newsletter_name(lines[i - 2], hits[i - 2]) \
                and _prose_over(lines, hits, i - 2):
            yield i - 2, Hint("newsletter", "strong", False, "signup_box_name")
            yield i - 1, Hint("newsletter", "strong", False, "signup_box_name")


# A promotion box dropped between the article's paragraphs: its name ("Cek Tingkat Stres Anda",
# "Kalkulator Kehamilan"), a line or two of blurb or a listing's details, then its button, which a
# rule names ("Mulai Tes", "Hitung Sekarang"). Closed in by the paragraph over it and its button,
# the lines between are the box's.
_PROMOTION = frozenset({"call_to_action", "related", "advertisement", "newsletter"})
PROMO_MAX_LINES = 4


def promotion_boxes(page):
    hits, lines, stop = page.rule_hits(), page.lines, page.stopwords
    n = len(lines)
    for i, hit in enumerate(hits):
        if hit is None or hit.reason != "call_to_action" or lines[i].n_words > BUTTON_MAX_WORDS or i < 2:
            continue
        if i + 1 < n and lines[i + 1].text[0].islower():
            continue  # words of a sentence cut by its links ("Circle offers a" / "14-day free trial" / "on all plans")
        named = False
        for top in range(i - 1, max(0, i - 1 - PROMO_MAX_LINES), -1):
            ln = lines[top]
            if ln.n_words > BLURB_MAX_WORDS or is_prose(ln) and top < i - 1 \
                    or hits[top] is not None and hits[top].reason not in _PROMOTION:
                break  # (a blurb of one sentence may stand right over the button; a date is the header's)
            # (not a listing's field over a shop's button: "Harga: mulai Rp200.000-an" / "Cek Harga di ...")
            if _newsletter_name(ln, hits[top]) and ln.text.rsplit(" ", 1)[-1].lower() not in stop \
                    and ": " not in ln.text and _prose_over(lines, hits, top):
                named = True
                for j in range(top, i):
                    if hits[j] is None:
                        yield j, Hint("call_to_action", "strong", False, "promotion_box")
                break
        if not named:
            yield from _pitch_echoing_its_button(lines, hits, i)


# A box with no name: its pitch, one sentence right over the button, says the button's verb
# ("Bandingkan asuransi kesehatan terbaik di Lifepal!" / "Bandingkan Sekarang", "Compare quotes
# from ten insurers." / "Compare Now"); a heading over the pitch may say it too ("Ajukan Kartu
# Kredit dengan Cashback" / pitch / "Ajukan Sekarang"). An article's sentence over a button does not
# echo it.
PITCH_HEADING_MAX_WORDS = 10


def _pitch_echoing_its_button(lines, hits, i):
    verb = lines[i].lower.split()[0]
    k = i - 1  # (the caller leaves a button on the page's first two lines alone: k >= 1)
    pitch = lines[k]
    if hits[k] is not None or not pitch.ends_sentence or pitch.n_words > BLURB_MAX_WORDS \
            or verb not in _words(pitch.lower):
        return
    yield k, Hint("call_to_action", "strong", False, "promotion_box")
    heading = lines[k - 1]
    if hits[k - 1] is None and not heading.ends_sentence and heading.n_words <= PITCH_HEADING_MAX_WORDS \
            and verb in _words(heading.lower) and _prose_over(lines, hits, k - 1):
        yield k - 1, Hint("call_to_action", "strong", False, "promotion_box")


def _words(low: str) -> set[str]:
    return {w.strip(".,!?:;\"'()") for w in low.split()}
