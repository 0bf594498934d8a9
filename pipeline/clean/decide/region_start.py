"""Where the article starts: the region's top edge moved under the header's dek, a summary box, the
top picture's caption, onto an opening sentence, heading or a recipe's ingredients.
"""
from __future__ import annotations

import re

from ..evidence import Hint
from ..language import _TOKEN_EDGE, STOP_ID_EN
from ..lines import Line
from .header import (SECTION_LABEL_MAX_WORDS, SHARE_BUTTON_MAX_WORDS, STAMPS, STAMP_ABOVE_LINES,
                     SUMMARY_POINT_MIN_WORDS, _ARTICLE_HEADER, _DAY_STAMPS, _PHOTO_CREDIT)
from .prose import FIRST_LINE_TITLE_MIN_WORDS, TITLE_MAX_WORDS, _continues, _unsure
from .region_end import CLOSING_MIN_STOP, LIST_ITEM_MAX_WORDS


# Prose above the article's byline or date, at most this many words, is its dek or summary
# points ("Headline" / dek / "By Jane Doe" / "March 14, 2025" / article), when the article
# under the header has at least HEADER_PROSE_RATIO times as many.
DEK_MAX_WORDS = 60
HEADER_PROSE_RATIO = 3

# A summary box's heading: the points under it are the article's own (kept, as a dek is not).
SUMMARY_HEADING = re.compile(r"(?i)^(?:[\w'’]+ ){0,2}(?:in short|in brief|"
                              r"key (?:takeaways|points|facts)|highlights|at a glance|tl;\s?dr|what to know"
                              # (not "Summary:", a science desk's label over its standfirst)
                              r"|summary(?=\s*$)|what you need to know|here(?:'|’)s what you(?:'|’)ll learn\b.{0,40}"
                              # Italian, French, German, Dutch, Spanish, Portuguese
                              r"|i punti chiave|in sintesi|l[’']essentiel|en bref|ce qu[’']il faut retenir"
                              r"|das wichtigste in kürze|in kürze|auf einen blick|in het kort|kort samengevat"
                              r"|en resumen|lo más importante|las claves|em resumo|pontos[- ]chave)\s*:?$")
# The label a news network prints over its summary box: the points are kept, the label is the
# site's ("Ringkasan Berita:", "Poin Penting").
_SUMMARY_LABEL = re.compile(r"(?i)^(?:ringkasan(?: berita)?|poin(?:-poin)? penting|intisari)\s*:?$")
SUMMARY_BOX_MAX_POINTS = 5


def _under_the_article_header(lines: list[Line], best: list[Hint | None], prose: list[bool], start: int,
                              end: int) -> int:
    """The region's start: onto the points of a news network's summary box under its label
    ("Ringkasan Berita:"); else moved under the article's header when a dek or summary opened
    it; else onto the heading of the summary box that opens the article ("Key Takeaways")."""
    if 0 < start < end:
        # a news network's summary box ("Ringkasan Berita:" / a few one-line sentences / the
        # reporter's line / the lead): its points are the article's, though above the byline
        label = _over_summary_points(lines, best, start, _SUMMARY_LABEL, SUMMARY_BOX_MAX_POINTS + 1)
        if label is not None:
            return label + 1
    moved = _under_the_header(lines, best, prose, start, end)
    if moved == start and 0 < start < end:
        # the summary box's heading over the region, maybe over points the region left out
        # ("ZDNET's key takeaways" / its first point / the region's first line, the second point)
        heading = _over_summary_points(lines, best, start, SUMMARY_HEADING, SUMMARY_BOX_MAX_POINTS)
        if heading is not None:
            return heading
        # (the headline under the date, long enough to count as prose: a Vietnamese one of 21
        # syllables, "Thứ ba, 05/11/2024 - 10:15" / "Hà Nội thông xe cầu vượt ..." / the lead;
        # not a sentence cut by a link: "... choosing a" / "wedding cake, ...")
        if start + 1 < end and not _continues(lines[start + 1].text) \
                and lines[start].lower.rsplit(" ", 1)[-1].strip(_TOKEN_EDGE) not in STOP_ID_EN \
                and not _SENTENCE_INSIDE.search(lines[start].text):
            return _past_a_headline_under_the_date(lines, best, start, end)
    return moved


def _over_summary_points(lines: list[Line], best: list[Hint | None], start: int, heading: re.Pattern,
                         reach: int) -> int | None:
    """The line matching ``heading`` within ``reach`` lines over ``start``, past one-line points
    no rule names (sentences of a list item's length); None when another line comes first."""
    for k in range(start - 1, max(-1, start - 2 - reach), -1):
        if k == start - 1 and best[k] is not None and best[k].reason == "caption":
            continue  # the article's picture between the box and the lead: "(Adobe Stock)"
        if best[k] is not None and best[k].strength == "strong":
            return None
        if heading.match(lines[k].text):
            return k
        # (a point is a sentence of a list item's length, maybe printed without its full stop)
        if not (lines[k].ends_sentence or lines[k].n_words >= SUMMARY_POINT_MIN_WORDS) or lines[k].n_words > LIST_ITEM_MAX_WORDS:
            return None
    return None


def _under_the_header(lines: list[Line], best: list[Hint | None], prose: list[bool], start: int, end: int) -> int:
    words = 0
    for k in range(start, end):
        h = best[k]
        # (a weekday and a date alone reads as the site's "today" header, but under a headline it
        # is the article's date)
        if h is not None and (h.reason in STAMPS or h.reason == "site_date") and h.strength == "strong":
            if words == 0:
                return start
            stop = k
            while stop < end and best[stop] is not None and (best[stop].reason in _ARTICLE_HEADER
                                                             or best[stop].reason == "site_date"):
                stop += 1
            stop = _past_a_headline_under_the_date(lines, best, stop, end)
            after = sum(ln.n_words for ln, p in zip(lines[stop:end], prose[stop:end]) if p)
            return stop if after >= HEADER_PROSE_RATIO * words else start
        if prose[k] and (h is None or h.strength != "strong"):  # (the top picture's caption is no dek)
            words += lines[k].n_words
            if words > DEK_MAX_WORDS:
                return start
    return start


# A sentence ending inside the line: "... is understaffed. Your" (a paragraph cut by a link).
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?] [A-Z]")


def _past_a_headline_under_the_date(lines: list[Line], best: list[Hint | None], k: int, end: int) -> int:
    """Line ``k`` is the first under the header's stamps; a press release or a wire site may print
    its date over the headline ("Tuesday, March 4, 2025" / maybe its section, "Climate and
    Environment" / "Gut bacteria linked to slower kidney decline ..." / the article): the article
    starts under that headline."""
    h = k + 1 if k + 1 < end and _section_label(lines[k], best[k]) else k
    if h + 1 < end and _day_stamp_over(lines, best, h) and _headline_under_a_date(lines[h], best[h]) \
            and not _headline_under_a_date(lines[h + 1], best[h + 1]):
        return h + 1
    return k


def _section_label(ln: Line, hint: Hint | None) -> bool:
    return hint is None and ln.n_words <= SECTION_LABEL_MAX_WORDS and not ln.ends_sentence


def _headline_under_a_date(ln: Line, hint: Hint | None) -> bool:
    # (a weak hint is the headline detector's "looks like an inserted link")
    return _unsure(hint) and FIRST_LINE_TITLE_MIN_WORDS <= ln.n_words <= TITLE_MAX_WORDS \
        and not ln.ends_sentence and not ln.text.endswith((":", ",", ";"))


def _day_stamp_over(lines: list[Line], best: list[Hint | None], k: int) -> bool:
    """Is the article's date over line ``k``, right above it or over a section label?"""
    def stamp(j: int) -> bool:
        return j >= 0 and best[j] is not None and best[j].reason in _DAY_STAMPS
    return stamp(k - 1) or k >= 2 and _section_label(lines[k - 1], best[k - 1]) and stamp(k - 2)


# A recipe card sets its ingredients over the method: a heading ("Bahan-bahan", "Ingredients"),
# maybe the yield and the time, then lines that each open on a quantity ("150 gr tepung terigu",
# "2 tbsp olive oil", "Secukupnya minyak"). The method's paragraphs open the region; its
# ingredients, too short for prose, are the article's all the same.
_INGREDIENTS_HEADING = re.compile(r"(?i)^(?:bahan(?:-bahan| bahan)?|bahan utama|bumbu(?: halus)?|ingredients?|"
                                  r"what you(?:'|’)ll need|you(?:'|’)ll need)\s*:?$")
_INGREDIENT = re.compile(r"(?i)^(?:(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔]|\d+\s?[-–]\s?\d+)(?:\s?[½¼¾])?\s*"
                         r"(?:gr|g|gram|grams|kg|ml|l|liter|sdm|sdt|sendok|buah|butir|siung|lembar|batang|ruas|ikat|"
                         r"bungkus|sachet|gelas|cup|cups|tbsp|tsp|tablespoons?|teaspoons?|oz|ounces?|lbs?|pounds?|"
                         r"cloves?|pinch|cans?|large|medium|small|whole|slices?|sticks?)?\b|secukupnya\b|sejumput\b|"
                         r"a pinch of\b|salt and pepper\b)")
INGREDIENT_MAX_WORDS = 10
# With its measure named, an ingredient may carry its preparation: "1 ½ pounds skinless, boneless
# chicken breasts, cut into 1-inch pieces".
MEASURED_INGREDIENT_MAX_WORDS = 16
_MEASURE = re.compile(r"(?i)^\S+(?: [½¼¾⅓⅔])? (?:gr|g|gram|grams|kg|ml|liter|sdm|sdt|sendok|siung|lembar|cups?|tbsp|tsp|"
                      r"tablespoons?|teaspoons?|oz|ounces?|lbs?|pounds?|cloves?|cans?)\b")
INGREDIENTS_MIN = 3
# Between the ingredients and the method's first paragraph: its heading, a video link, the first
# short step ("Directions" / "Watch how to make this recipe." / "Preheat the oven to 400 degrees F.").
METHOD_GAP_LINES = 3
METHOD_GAP_MAX_WORDS = 8
# Over the ingredients: the heading, maybe the yield, the time, the scale buttons ("1x", "2x").
INGREDIENTS_HEADING_LINES = 6
HEADER_LINE_MAX_WORDS = 6


def _ingredient(ln: Line, hint: Hint | None) -> bool:
    return (ln.n_words <= INGREDIENT_MAX_WORDS or ln.n_words <= MEASURED_INGREDIENT_MAX_WORDS and _MEASURE.match(ln.text)) \
        and not ln.text.endswith(".") and _unsure(hint) and _INGREDIENT.match(ln.text) is not None


def _in_the_ingredients(ln: Line, hint: Hint | None) -> bool:
    """A line a list of ingredients may hold besides quantities: a group's label ("Filling:"), an
    ingredient with no quantity ("Kosher salt and freshly ground black pepper")."""
    return ln.n_words <= INGREDIENT_MAX_WORDS and not ln.text.endswith((".", "!", "?")) and _unsure(hint)


def _with_ingredients(lines: list[Line], best: list[Hint | None], start: int, end: int) -> int:
    """The article's start, moved over the ingredients of the recipe whose method opens it."""
    if end <= start:
        return start
    k = start - 1
    while k >= 0 and start - 1 - k < METHOD_GAP_LINES and not _ingredient(lines[k], best[k]) \
            and lines[k].n_words <= METHOD_GAP_MAX_WORDS:
        k -= 1
    top, found = k, 0
    while top >= 0 and (_ingredient(lines[top], best[top])
                        or _in_the_ingredients(lines[top], best[top]) and top - 1 >= 0 and _ingredient(lines[top - 1], best[top - 1])):
        found += _ingredient(lines[top], best[top])
        top -= 1
    if found < INGREDIENTS_MIN:
        return start
    for h in range(top, max(-1, top - INGREDIENTS_HEADING_LINES), -1):
        if lines[h].n_words > HEADER_LINE_MAX_WORDS or lines[h].text.endswith((".", "!", "?")):
            break
        if _INGREDIENTS_HEADING.match(lines[h].text):
            return h
    return start


OPENING_SENTENCES = 2
HEADING_MAX_WORDS = 5


def _with_opening_heading(lines: list[Line], best: list[Hint | None], start: int, end: int) -> int:
    """The heading right over the article's first paragraph is the article's own when a heading
    of its form heads a later part ("Dive Brief:" over the lead, "Dive Insight:" further down)."""
    if not 0 < start < end or best[start - 1] is not None and best[start - 1].strength == "strong":
        return start
    head = lines[start - 1]
    if not (head.n_words <= HEADING_MAX_WORDS and head.text.endswith(":") and head.text[0].isupper()):
        return start
    first = head.opening(1)[0]
    return start - 1 if any(ln.n_words <= HEADING_MAX_WORDS and ln.text.endswith(":") and ln.text != head.text
                            and ln.opening(1)[0] == first for ln in lines[start:end]) else start


def _with_opening_sentence(lines: list[Line], best: list[Hint | None], start: int, end: int) -> int:
    """The article may open with a short sentence or two ("Dalton Reyes is a dad!", "Here's the
    deal:" / "You can write the best article on the internet.") under its header's furniture, too
    short to count as prose: they stay with the article as closing ones do."""
    if end <= start:
        return start
    k = start
    while k > 0 and start - k < OPENING_SENTENCES and _opening_sentence(lines[k - 1], best[k - 1]):
        k -= 1
    # (at the top of the text, as in a cleaned text cleaned again, nothing is above it)
    while k < start and not (k == 0 or best[k - 1] is not None and best[k - 1].strength == "strong"):
        k += 1
    return k


def _opening_sentence(ln: Line, hint: Hint | None) -> bool:
    # (a sentence announcing what follows may end on a colon: "Here's the deal:")
    return hint is None and (ln.ends_sentence and ln.n_words >= OPENING_MIN_WORDS
                             or ln.text[-1] == ":" and ln.n_words >= OPENING_COLON_MIN_WORDS) \
        and ln.stop_ratio >= CLOSING_MIN_STOP


OPENING_COLON_MIN_WORDS = 3
# (four words make a sentence in a compact language: "Pörssisähkö kallistuu torstaina selvästi.")
OPENING_MIN_WORDS = 4

# The article's picture sits between its header and its lead; the sentence under it is its
# caption, though it reads as prose ("A farmer works in a rice field in West Java." over
# "Credit: Depositphotos", or over "GEORGE TOWN: A free shuttle ..."). Bounds as for captions.
TOP_CAPTION_MIN_WORDS = 6
TOP_CAPTION_MAX_WORDS = 30
_COLON_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,30}(?:, [A-Z][A-Za-z.' ]{1,20})?: [A-Z“\"]")

# (a picture's label in capitals opens a caption, not a lead: "ILUSTRASI: Warga antre ...")
_PICTURE_LABEL = re.compile(r"^(?:ILUSTRASI|ILLUSTRATION|FOTO|PHOTO|GAMBAR|IMAGE|VIDEO|GRAFIS|INFOGRAFIS|CAPTION)\s*:")


def _opens_with_dateline(ln: Line) -> bool:
    return ln.dateline is not None or _COLON_DATELINE.match(ln.text) is not None and not _PICTURE_LABEL.match(ln.text)


def _under_the_top_picture(lines: list[Line], best: list[Hint | None], prose: list[bool], start: int, end: int) -> int:
    """The region's start, moved under the caption of the picture that opens the article: a
    sentence under the byline or the date (maybe past the share bar), or under a picture's label
    ("image:"), over the picture's credit or over a lead that opens with its dateline (which says
    where the article starts)."""
    if not 0 < start < end - 2 or best[start] is not None and best[start].strength == "strong" \
            or not _picture_under_the_header(lines, best, start):
        return start
    ln = lines[start]
    if not TOP_CAPTION_MIN_WORDS <= ln.n_words <= TOP_CAPTION_MAX_WORDS or _opens_with_dateline(ln):
        return start
    k, credited = start + 1, False
    if best[k] is not None and best[k].reason == "caption" and lines[k].n_words >= TOP_CAPTION_MIN_WORDS \
            and lines[k].ends_sentence and not _PHOTO_CREDIT.match(lines[k].text):
        return start  # the caption is the sentence under it, with its credit: over it stands the dek
    while k < end and (best[k] is not None and best[k].reason in _UNDER_A_PICTURE and best[k].strength == "strong"
                       or k == start + 1 and best[k] is None and _bare_agency_credit(lines[k])
                       and k + 1 < end and lines[k + 1].text[0].isupper()):
        credited = credited or best[k] is None or best[k].reason != "navigation"
        k += 1
    # (the lead is a paragraph: a sentence cut into pieces by its links is no lead a later pass
    # would find again, and the region would lose its pieces)
    if k >= end or best[k] is not None or not prose[k] \
            or not (credited or _opens_with_dateline(lines[k]) or _POSING.search(ln.text)):
        return start
    best[start] = Hint("caption", "strong", False, "caption_top_picture")
    for j in range(start + 1, k):
        if best[j] is None:
            best[j] = Hint("caption", "strong", False, "caption_top_picture")  # its bare credit
    return k


BARE_CREDIT_MAX_WORDS = 3  # (also read by the captions detector)


def _bare_agency_credit(ln: Line) -> bool:
    """A picture's credit as the organisation's initials alone, under its caption: "PBSI", "ANTARA"."""
    return ln.n_words <= BARE_CREDIT_MAX_WORDS and ln.text.isupper() and not ln.ends_sentence


PICTURE_LABEL_MAX_WORDS = 2
# (and what a site sets between the picture and the lead: an ad, the paywall's meter)
_UNDER_A_PICTURE = ("caption", "credit", "navigation", "advertisement", "call_to_action")  # "view more": the caption's toggle
# A caption says people pose for the picture: "... berfoto bersama guru pembimbing ...", "... pose for a photo ..."
_POSING = re.compile(r"(?i)\b(?:berfoto|berpose|foto bersama|pose[sd]? for (?:a |the )?(?:photo|picture|portrait)s?|pictured)\b")
# (the header's toolbar over the picture: share buttons, "Follow Us", a comment count)
_OVER_A_PICTURE = ("share_widget", "navigation", "comments", "call_to_action")


def _picture_under_the_header(lines: list[Line], best: list[Hint | None], i: int) -> bool:
    above = best[i - 1]
    if above is not None and above.reason == "caption" and lines[i - 1].text.endswith(":") \
            and lines[i - 1].n_words <= PICTURE_LABEL_MAX_WORDS:
        return True  # "image:", "Foto:"
    room = STAMP_ABOVE_LINES
    for k in range(i - 1, -1, -1):
        if best[k] is None or room == 0:
            return False
        if best[k].reason in STAMPS:
            return True
        if best[k].reason not in _OVER_A_PICTURE:
            return False
        # (a share bar's buttons, one a line, take no room: "Facebook" / "X" / "WhatsApp" / "Telegram")
        room -= best[k].reason != "share_widget" or lines[k].n_words > SHARE_BUTTON_MAX_WORDS
    return False
