"""A long line with no closing punctuation inside an article is a headline: a related-story
link dropped mid-article. Subheadings are short; quotes and list items (numbered, or under a
line announcing them with a colon) are exempt, and so are sentence fragments cut by an inline
link (they end on a function word, or the next line carries on in lowercase)."""
from __future__ import annotations

import re

from ..evidence import Hint
from ..decide.prose import WRAP_MIN_WORDS
from ..decide.region_start import SUMMARY_HEADING
from ..language import _TOKEN_EDGE
from ..lines import in_arabic_script
from .blocks import ELLIPSIS

# Subheadings on news sites rarely pass 10 words; teaser headlines are 10-20.
INSERT_MIN_WORDS = 11
INSERT_MAX_WORDS = 30
# A link set in capitals ("HOUSE REPUBLICANS UNVEIL PLAN TO TIGHTEN REVIEWS") is a headline
# from fewer words: a subheading in capitals is shorter ("KRONOLOGI KEJADIAN", "THE EARLY TRADE
# AND SPREAD OF COFFEE").
CAPS_INSERT_MIN_WORDS = 8
READ_MORE_HEADLINE_MIN_WORDS = 4
_CONTINUES = ",.;:)]-–—'’"
NEXT_MIN_WORDS = 3
_NOT_A_HEADLINE_START = "\"“'‘„«‹»(,.;:)]"  # (German and French quotes open a quote too)


LIST_MAX_ITEMS = 10
LIST_MIN_COMMAS = 3  # a headline has two commas at most
PROSE_AFTER_LIST_MIN_WORDS = 12


def _in_a_list(lines, i: int) -> bool:
    """Is line ``i`` an item of a list its paragraph announced ("... a few smaller changes:")?
    Items above it are unpunctuated lines too."""
    for k in range(i - 1, max(-1, i - 1 - LIST_MAX_ITEMS), -1):
        t = lines[k].text
        if t[-1] == ":":
            return True
        if t[-1] in ".!?":  # (an item may close on a bracket: "Pemain Terbaik: Farel (SMAN 3 Padang)")
            return False
    return False


def _unpunctuated_item(ln) -> bool:
    return ln.n_words >= NEXT_MIN_WORDS and not ln.ends_sentence and not ln.text.isupper()


def _among_list_items(lines, hits, i: int) -> bool:
    """Are the lines right above and right below line ``i`` unpunctuated lines like it (a list
    with no colon over it: "Key Features" / "Yard-level forecasts ..." / "Alerts delivered ...")?
    A link dropped into the text sits between paragraphs."""
    if not (0 < i < len(lines) - 1 and hits[i - 1] is None and hits[i + 1] is None
            and _unpunctuated_item(lines[i - 1]) and _unpunctuated_item(lines[i + 1])):
        return False
    # (under a key-points heading the list is the article's own, wherever it ends: "Budget at a glance")
    k = i - 1
    while k > 0 and hits[k - 1] is None and _unpunctuated_item(lines[k - 1]) and not SUMMARY_HEADING.match(lines[k - 1].text):
        k -= 1
    if k > 0 and hits[k - 1] is None and SUMMARY_HEADING.match(lines[k - 1].text):
        return True
    # and the article goes on under the list: a teaser list is followed by more furniture
    for k in range(i + 2, min(len(lines), i + 2 + LIST_MAX_ITEMS)):
        if hits[k] is not None:
            return False
        if lines[k].ends_sentence and lines[k].n_words >= PROSE_AFTER_LIST_MIN_WORDS:
            return True
    return False


LABEL_MAX_CHARS = 30
LABELLED_ITEMS_AROUND = 2


def _labelled(text: str) -> bool:
    return 0 < text.find(":") <= LABEL_MAX_CHARS


def _among_labelled_items(lines, i: int) -> bool:
    """Is line ``i`` the last or the first of a list of labelled items ("2 mai : premier marché ..." /
    "Septembre à novembre : pose du dallage" / "Décembre : retour du marché ...", or a review's
    key features, "Gemini built in: Ask ..." over "Sleep Coach: Builds ...")?"""
    if not _labelled(lines[i].text):
        return False
    def items(ks):
        return all(0 <= k < len(lines) and _labelled(lines[k].text) and not lines[k].ends_sentence for k in ks)
    return items(range(i - LABELLED_ITEMS_AROUND, i)) or items(range(i + 1, i + 1 + LABELLED_ITEMS_AROUND))


def headline_like_inserts(page):
    lines = page.lines
    n = len(lines)
    stop = page.stopwords
    hits = page.rule_hits()
    for ln in lines:
        shouted = CAPS_INSERT_MIN_WORDS <= ln.n_words and ln.text.isupper()
        # (over its link's button, "Read More »" or "Launch Gallery", a headline is another story's
        # or a gallery's title, whatever its length)
        buttoned = READ_MORE_HEADLINE_MIN_WORDS <= ln.n_words and ln.index + 1 < n \
            and hits[ln.index + 1] is not None and _LINK_BUTTON.match(lines[ln.index + 1].text) is not None
        if not (INSERT_MIN_WORDS <= ln.n_words or shouted or buttoned) or ln.n_words > INSERT_MAX_WORDS \
                or ln.ends_sentence or ln.numbered:
            continue
        t = ln.text
        if ln.dateline is not None or t[0] in _NOT_A_HEADLINE_START or t[0].islower() or in_arabic_script(t) \
                or t[-1] == ",":  # (a sentence going on under it, "... Rasulullah bersabda," over the quote)
            continue  # quotes, leads, lines carrying on a sentence ("..., which", ": these are") are not headlines
        if not buttoned and t.rsplit(" ", 1)[-1].lower().strip(_TOKEN_EDGE) in stop:
            continue  # "... keep our finger on the" : cut by a link
        if ln.index > 0 and lines[ln.index - 1].n_words >= WRAP_MIN_WORDS and not lines[ln.index - 1].ends_sentence:
            continue  # the second half of a wrapped sentence
        if _in_a_list(lines, ln.index) or _among_list_items(lines, hits, ln.index) or _among_labelled_items(lines, ln.index):
            continue
        if ";" in t or ": " in t and t.count(",") >= LIST_MIN_COMMAS:
            continue  # a labelled list of names ("Borneo FC (4-3-3): Galih; Andika, Teguh, ..."), not a headline
        # The next line that is neither lexicon noise ("Share") nor a scrap of a word or two:
        # noise between two parts of a sentence is gone once cleaned, and the verdict must be
        # the same then.
        k = ln.index + 1
        while k < n and (hits[k] is not None or lines[k].n_words < NEXT_MIN_WORDS):
            k += 1
        if k < n:
            nxt = lines[k].text
            # (a quote mark opening a capitalised phrase starts a quoted subheading, "'Pay day is
            # cash day'", not the rest of a sentence: "’s plan", "' said the mayor")
            if nxt[0].islower() or nxt[0] in _CONTINUES and not (nxt[0] in "'’" and nxt[1:2].isupper()):
                continue
        if buttoned:
            yield ln.index, Hint("related", "strong", False, "headline_over_read_more")
            continue
        if ln.index + 1 < n and hits[ln.index + 1] is None and lines[ln.index + 1].text.endswith(ELLIPSIS):
            yield from _link_card(lines, hits, ln.index)
            continue
        yield ln.index, Hint("related", "weak", False, "headline_insert")


CARD_META_MAX_WORDS = 6
CARD_META_MAX_LINES = 3


def _link_card(lines, hits, i: int):
    """A link's preview card dropped into the article: its headline (line ``i``), its excerpt cut
    short ("... Ukraine recei…"), then the site's name and the writer's on short lines of their own."""
    yield i, Hint("related", "strong", False, "link_card")
    yield i + 1, Hint("related", "strong", False, "link_card")
    k = i + 2
    while k < len(lines) and k < i + 2 + CARD_META_MAX_LINES and hits[k] is None \
            and lines[k].n_words <= CARD_META_MAX_WORDS and not lines[k].ends_sentence:
        yield k, Hint("related", "strong", False, "link_card")
        k += 1


# A teaser's button on its own line: "Read More »", "Continue reading →", "Baca selengkapnya", or a
# gallery's: "Launch Gallery".
_LINK_BUTTON = re.compile(r"(?i)^(?:read more|read the full (?:story|article)|continue reading|baca selengkapnya"
                          r"|selengkapnya|lees meer|weiterlesen|lire la suite|leer más|leia mais"
                          r"|(?:launch|view|open) (?:the )?(?:photo )?gallery)\s*[»›>→]*$")
