"""What a line looks like: prose (a sentence of a paragraph, or a piece of one wrapped or cut by a
link), title case, a headline's shape.
"""
from __future__ import annotations

import re

from ..evidence import Hint
from ..lines import Line


# A prose line: at least this many words, this share of stopwords, and it ends like a sentence
# (or is long enough that it must be a paragraph). Calibrated on seeds + wcxb-dev: body lines
# have a stopword share of 0.3-0.6 against 0-0.2 for menus, headlines and names.
PROSE_MIN_WORDS = 10
PROSE_MIN_STOP = 0.2
PROSE_UNPUNCTUATED_WORDS = 20
# A line of at least this many words that does not end a sentence is continued by the next
# line (text wrapped at a fixed width).
WRAP_MIN_WORDS = 10
WRAP_FIRST_LINE_SHARE = 0.8
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 2, 30
TITLE_CASE_SENTENCE_MIN_WORDS = 6
# A headline has at least this many words: the first line of a scraped page (its <title>) is
# taken for one; shorter lines are as likely a section name or a menu item.
FIRST_LINE_TITLE_MIN_WORDS = 4


def _unsure(hint: Hint | None) -> bool:
    """No hint, or a weak one: nothing a rule or a detector is sure of."""
    return hint is None or hint.strength == "weak"


def is_prose(ln: Line) -> bool:
    # A news lead opening with its dateline is prose however many names it packs ("JAKARTA -
    # Rapat Paripurna DPR menyetujui RUU ..." has few stopwords).
    return (ln.n_words >= PROSE_MIN_WORDS
            and (ln.stop_ratio >= PROSE_MIN_STOP or ln.dateline is not None and ln.ends_sentence)
            and (ln.ends_sentence or ln.n_words >= PROSE_UNPUNCTUATED_WORDS))


def _continues(text: str) -> bool:
    return text[0].islower() or text[0] in ",.;:)"


# A line whose longer words are capitalised this often is a headline ("KPK Tahan Mantan Kepala
# Dinas ..."): a list of them is not one hard-wrapped paragraph, however long each line is.
TITLE_CASE_SHARE = 0.7


def title_cased(ln: Line) -> bool:
    longer = [w for w in ln.text.split() if len(w) > 3]
    return sum(w[0].isupper() for w in longer) >= TITLE_CASE_SHARE * len(longer)


def _wraps(ln: Line) -> bool:
    """Does the text run on past this line (a fixed-width wrap)? Long, unfinished, and not a
    headline. With ``_continues`` (a fragment cut off by an inline link: "... improve the" /
    "quality" / "of your content, so ..."), this is what joins two lines into one paragraph."""
    return ln.n_words >= WRAP_MIN_WORDS and not ln.ends_sentence and not title_cased(ln)


_FULL_STOPS = frozenset(".!?")
_CLOSING_QUOTES = "\"”’'»)"


def _prose_lines(lines: list[Line], best: list[Hint | None]) -> list[bool]:
    """Which lines read as prose: the line itself, or the paragraph it was cut from. Lines
    with a hint (a "Share", a date) never join a paragraph."""
    # is_prose and the joins inlined over whole lists: this runs on every line of every pass.
    min_words, min_stop, unpunctuated = PROSE_MIN_WORDS, PROSE_MIN_STOP, PROSE_UNPUNCTUATED_WORDS
    out = [ln.n_words >= min_words and (ln.stop_ratio >= min_stop or ln.dateline is not None and ln.ends_sentence)
           and (ln.ends_sentence or ln.n_words >= unpunctuated) for ln in lines]  # is_prose, inlined
    # link[k]: line k+1 carries on line k's paragraph (neither has a hint).
    wrap = WRAP_MIN_WORDS  # _wraps' cheap tests inlined: most lines fail them
    # (a line closed by a full stop is not carried on by a lower-case one: "... kemandirian." /
    # "mahasiswa" / "keuangan" are the story's tags under it)
    # (nor by one closed by a quote's full stop: '... one more option, that matters."')
    link = [a is None and b is None and (_continues(nxt.text) and prev.text.rstrip(_CLOSING_QUOTES)[-1:] not in _FULL_STOPS
                                         or (prev.n_words >= wrap and not prev.ends_sentence and _wraps(prev)))
            for prev, nxt, a, b in zip(lines, lines[1:], best, best[1:])]
    if not any(link):
        return out
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j + 1 < n and link[j]:
            j += 1
        if j > i and not all(out[i:j + 1]):
            words = sum(ln.n_words for ln in lines[i:j + 1])
            stops = sum(ln.n_words * ln.stop_ratio for ln in lines[i:j + 1])
            # Two lines joined only because each is long and unfinished (a headline and its dek
            # look like that too) make a paragraph when the second ends it.
            wrapped_only = j == i + 1 and not any(_continues(ln.text) for ln in lines[i + 1:j + 1])
            # Text wrapped at a fixed width fills its first line: a first line much shorter than
            # the second is a headline over its dek.
            headline_over_dek = wrapped_only and len(lines[i].text) < WRAP_FIRST_LINE_SHARE * len(lines[j].text)
            if words >= min_words and stops >= min_stop * words and not headline_over_dek \
                    and (lines[j].ends_sentence or (words >= unpunctuated and not wrapped_only)):
                out[i:j + 1] = [True] * (j + 1 - i)
        i = j + 1
    return out


TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " : ", " · ", " • ", " » ")

_BREADCRUMB_MARKS = (" / ", " › ", " » ", " > ")
# A trail from the home page with any separator: "Home - News - General News", "Beranda | Berita".
_HOME_TRAIL = re.compile(r"^(?:Home|HOME|Beranda|BERANDA|Startseite|Accueil|Inicio|Início|Home page)\s*[-–—|:]\s")

# A headline may end in an abbreviation's full stop: "... after 6 p.m.", "... across the U.S."
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")
# A label with the day after a bar is the site's header, no headline: "Today's Paper | August 20, 2025"
_LABEL_AND_DATE = re.compile(r"[|•·]\s*(?:[A-Za-z]+,?\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2}),?\s+\d{4}$")


def _headline_shaped(ln: Line, hint: Hint | None) -> bool:
    # (a headline of two sentences in title case ends with a full stop: "... Got the Business. Its Owner Wrote the Rules.")
    return (hint is None and TITLE_MIN_WORDS <= ln.n_words <= TITLE_MAX_WORDS
            and (not ln.text.endswith(".") or ln.n_words >= TITLE_CASE_SENTENCE_MIN_WORDS and title_cased(ln)
                 or _ABBREVIATION_END.search(ln.text) is not None)
            and any(c.isalpha() for c in ln.text[:40]) and not any(m in ln.text for m in _BREADCRUMB_MARKS)
            and not _HOME_TRAIL.match(ln.text)
            and not (ln.text[-1].isdigit() and _LABEL_AND_DATE.search(ln.text))
            and not _mostly_figures(ln))


def _mostly_figures(ln: Line) -> bool:
    """More than half the words carry digits, or half with a percentage: a market ticker ("NSE
    22,147.00 Increased By 151.15 (0.69%)"), not a headline (a figure or two among its words)."""
    figures = sum(any(c.isdigit() for c in w) for w in ln.text.split()) * 2
    return figures > ln.n_words or figures == ln.n_words and "%" in ln.text
