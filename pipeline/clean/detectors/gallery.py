"""Embedded galleries: a run of slides from another story, each opening with the same words.

Slide captions scraped from a gallery widget repeat the gallery's title at the start of every
line ("<Gallery title> <slide heading> <slide text>"). Paragraphs of one article do not.
"""
from __future__ import annotations

import re

from ..evidence import Hint
from .stamps import photo_credit_alone

PREFIX_WORDS = 3  # shared opening words; 3 rules out chance ("Di sisi lain", "The company said")
MIN_RUN = 3  # slides in a row


def embedded_gallery(page):
    lines = page.lines
    # (a bulleted or numbered line is an item of the article's own list, "- Kredit usaha mikro: ...",
    # "- Kredit usaha kecil: ...", which may well repeat its opening words: slides carry no bullet)
    # (nor a labelled item of a short list, "All New Avanza 1.3 E MT 2022: Rp 195 juta", which names
    # the same model as the items around it)
    keys = [ln.opening(PREFIX_WORDS) if ln.n_words > PREFIX_WORDS + 2 and not ln.numbered and not _labelled_item(ln)
            else None for ln in lines]
    if MIN_RUN > 1 and not any(a is not None and a == b for a, b in zip(keys, keys[1:])):
        return  # no two lines in a row open alike: no run
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j + 1 < n and keys[i] is not None and keys[j + 1] == keys[i]:
            j += 1
        if keys[i] is not None and j - i + 1 >= MIN_RUN and _slide_headings_follow(lines[i:j + 1]):
            for k in range(i, j + 1):
                yield k, Hint("embedded_gallery", "strong", False, "gallery")
        i = j + 1


def _slide_headings_follow(run) -> bool:
    """After the words every line of the run shares (the gallery's title), each slide goes on with
    its own heading, capitalised ("Potret Banjir Jakarta Hari Ini | Kampung Melayu terlihat ...",
    "You Ask, I Answer: | How to ..."). Lines sharing a subject go on with a verb or a number: a
    review's paragraphs naming its film ("The Salt Road | is not an easy watch"), a list's items
    ("Harris County Precinct | 1: Lincoln Park Community Center")."""
    words = [ln.text.split() for ln in run]
    shared = 0
    while all(len(w) > shared + 1 for w in words) and len({w[shared].lower() for w in words}) == 1:
        shared += 1
    return all(len(w) > shared and w[shared][0].isupper() for w in words)


LABELLED_ITEM_MAX_WORDS = 20
LABEL_MAX_CHARS = 50


def _labelled_item(ln) -> bool:
    """A short line giving a label's figure: "Avanza 1.3 G AT 2020: Rp 165 juta" (a price or a spec
    list; a series of posts, "You Ask, I Answer: ...", goes on with words)."""
    colon = ln.text.find(": ")
    return ln.n_words <= LABELLED_ITEM_MAX_WORDS and 0 < colon <= LABEL_MAX_CHARS \
        and _FIGURE.match(ln.text, colon + 2) is not None


_FIGURE = re.compile(r"(?:rp\.?\s?|us\$|[$€£¥]|\d)", re.IGNORECASE)


# A slideshow's counter alone on its line: "1 of 8", "2 / 10", "Image 3 of 6".
_SLIDE_COUNTER = re.compile(r"(?i)^(?:(?:image|photo|slide|picture|foto|gambar) )?\d{1,3}\s*(?:of|/|dari)\s*\d{1,3}$")
SLIDE_CAPTION_MAX_WORDS = 40


def _counter(ln) -> bool:
    return ln.n_words <= 4 and _SLIDE_COUNTER.match(ln.text) is not None


def slide_captions(page):
    """A slide's caption: the line under a slideshow's counter ("1 of 8") that runs to the
    slide's credit or to the next counter. A paragraph does not follow a counter."""
    lines, hits = page.lines, page.rule_hits()
    counters = [_counter(ln) for ln in lines]
    if sum(counters) < 2:
        return  # (one counter may be a score or a date; a slideshow counts on)
    for i in range(1, len(lines) - 1):
        if counters[i - 1] and hits[i] is None and not counters[i] and lines[i].n_words <= SLIDE_CAPTION_MAX_WORDS \
                and (counters[i + 1] or photo_credit_alone(lines[i + 1], hits[i + 1])):
            yield i, Hint("embedded_gallery", "strong", False, "slide_caption")
