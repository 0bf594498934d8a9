"""The headline and its dek: the line repeating the page title, the first line when it reads as one,
or the headline-shaped line over the article's stamps; the line under it may be the subtitle.
"""
from __future__ import annotations

import re

from ..evidence import Hint
from ..lines import Line
from ..types import SUBTITLE, TITLE, LineVerdict
from .header import (NAME_AND_PUBLISHER, ROLE_OPENING, SECTION_LABEL_MAX_WORDS, STAMPS, SUMMARY_POINTS,
                     SUMMARY_POINT_MIN_WORDS, WRITER_FOR_MAX_WORDS, _HEADER_WALK, _PERSON_NAME, _PHOTO_CREDIT,
                     _TICKER_LABELS, _VIDEO_LABELS, _byline_part_over_a_stamp, _stamp_above, _stamp_at,
                     _stamped_header_follows, _stamps_over, _writer_label)
from .prose import (FIRST_LINE_TITLE_MIN_WORDS, TITLE_MAX_WORDS, TITLE_MIN_WORDS, TITLE_SEPARATORS,
                    _BREADCRUMB_MARKS, _headline_shaped, _unsure)
from .region_start import _day_stamp_over


REPEAT_TITLE_MIN_WORDS = 3
SUBTITLE_MAX_WORDS = 40
# A dek with no full stop ("With rainfall at a fraction of ... agriculture minister calls for
# emergency funding") is this long, and longer than a headline of a few words over it (not a
# section's name over a long headline: "Leadership · Future of Work" / "This software firm ...").
UNPUNCTUATED_DEK_MIN_WORDS = 15
HEADLINE_OVER_DEK_MIN_WORDS = 7


def _reads_as_dek(ln: Line, headline: Line) -> bool:
    """Does ``ln``, under ``headline``, read as its dek: a sentence, or a long line some sites leave
    unpunctuated?"""
    return ln.ends_sentence \
        or UNPUNCTUATED_DEK_MIN_WORDS <= ln.n_words > headline.n_words >= HEADLINE_OVER_DEK_MIN_WORDS


def _headline_repeat(lines: list[Line]) -> int | None:
    """The line repeating the page title (the first line, from <title>, often with the site
    name after a separator) further down: the article's headline. None when there is none."""
    if len(lines) < 3 or not (TITLE_MIN_WORDS <= lines[0].n_words <= TITLE_MAX_WORDS):
        return None
    first = lines[0].lower
    titles = {first}
    for sep in TITLE_SEPARATORS:
        if sep in first:
            titles.add(first.rsplit(sep, 1)[0])
            titles.add(first.split(sep, 1)[0])
    # Two words repeated are as likely the site's name (top bar, then over the headline).
    titles = {t for t in titles if len(t.split()) >= REPEAT_TITLE_MIN_WORDS}
    for k in range(1, len(lines)):
        if lines[k].lower in titles:
            return None if _names_the_dateline(lines, first) else k
    return None


def _names_the_dateline(lines: list[Line], name: str) -> bool:
    """Does a lead open with this short line as its dateline ("SUARA PEMRED - Pemerintah kota
    ..." under "Suara Pemred Kalbar")? Then the line is the site's name, printed again at the
    root of the breadcrumb trail, not the page title repeated over the article."""
    if len(name.split()) > SITE_NAME_MAX_WORDS or any(sep in name for sep in TITLE_SEPARATORS):
        return False
    return any(ln.dateline is not None and len(ln.dateline[1].split()) >= 2 and name.startswith(ln.dateline[1].lower())
               for ln in lines)


def _mark_headline(lines: list[Line], best: list[Hint | None], verdicts: list[LineVerdict], start: int, end: int,
                   h1: int | None) -> None:
    """Marks the headline and, under it, the subtitle (dek) in verdicts."""
    i = _title_line(lines, best, start, h1)
    if i is not None and _kicker_over(lines, best, i, start):
        i += 1  # "CASH IN THE ATTIC" over "Brits urged to check lofts as ...": the headline is under its kicker
    if i is not None:
        verdicts[i] = LineVerdict(lines[i].text, False, TITLE)
        j = i + 1
        hint = best[j] if j < start and (best[j] is None or best[j].strength == "strong") else None
        # (not the writer's name right over the date: "Rizki Maulana" / "Senin, 5 Februari 2024",
        # or over the line saying whom and where they write for: "Colaboração para o UOL, em São Paulo")
        if j < start and lines[j].n_words <= SUBTITLE_MAX_WORDS and lines[j].text != lines[i].text \
                and not (_writer_label(lines[j].text) and (
                    _stamp_at(best, j + 1) or _stamp_at(best, j + 2) and not lines[j + 1].ends_sentence
                    and lines[j + 1].n_words <= WRITER_FOR_MAX_WORDS)) \
                and (_headline_shaped(lines[j], hint)
                     or best[j] is None and _reads_as_dek(lines[j], lines[i])
                     and _stamped_header_follows(best, j + 1, start)):
            verdicts[j] = LineVerdict(lines[j].text, False, SUBTITLE)
        elif j == start < end and best[j] is None and lines[j].n_words <= SUBTITLE_MAX_WORDS \
                and _stamped_header_follows(best, j + 1, end):
            # Headline, a sentence, then the byline or the date: the sentence is the dek.
            verdicts[j] = LineVerdict(lines[j].text, False, SUBTITLE)


KICKER_MAX_WORDS = 5

TOPIC_MAX_WORDS = 3
_TOPIC_LIST = re.compile(r"^[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,%d}(?:, [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,%d}){1,3}$"
                         % (TOPIC_MAX_WORDS - 1, TOPIC_MAX_WORDS - 1))


def _kicker_over(lines: list[Line], best: list[Hint | None], i: int, start: int) -> bool:
    """Is line ``i`` a kicker, a few words over the longer headline under it: in capitals, or the
    story's topics as a list of names ("Logan Square, Avondale, Hermosa", "Air Warfare, Budget,
    Pentagon")?"""
    j = i + 1
    return (lines[i].n_words <= KICKER_MAX_WORDS and (lines[i].text.isupper() or _TOPIC_LIST.match(lines[i].text))
            and j < start and _unsure(best[j]) and _headline_shaped(lines[j], None)
            and lines[j].n_words > lines[i].n_words and not lines[j].text.isupper())


# The owner named in a copyright notice: "Hak Cipta © 2025 Kementerian Pertanian", "© 2016 -
# 2025 PT. Bina Media", "Copyright © Warta 2025. All rights reserved."
_COPYRIGHT_OWNER = re.compile(r"(?:©|\(c\)|copyright|hak cipta)(?:\s*©)?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*"
                              r"([^.,|©]+?)\s*(?:\d{4})?\s*(?:[.,|]|all rights|$)")

# The site's domain and its tagline, as a home page's title: no article's headline opens on the domain.
_DOMAIN_AND_TAGLINE = re.compile(r"^[\w-]+\.(?:com|org|net|co|id|news|co\.[a-z]{2})\s+[-–—|:]\s+\S")


def _site_name(lines: list[Line], i: int) -> bool:
    """Is line ``i`` the site's name: does the copyright notice under it name the same owner?"""
    name = lines[i].lower
    if _DOMAIN_AND_TAGLINE.match(name):
        return True  # "Reason.com - Free Minds and Free Markets": the home page's title
    if any(sep in name for sep in TITLE_SEPARATORS):
        return False  # "Headline - Site": a page title
    for ln in lines[i + 1:]:
        if "©" in ln.lower or "copyright" in ln.lower or "hak cipta" in ln.lower:
            m = _COPYRIGHT_OWNER.search(ln.lower)
            owner = m[1].strip() if m else ""
            # (a page title "Headline | Site" names the owner too, but is mostly the headline)
            if len(owner.split()) >= 2 and (name in owner or owner in name and 2 * len(owner.split()) >= len(name.split())):
                return True
    return False


# A page title names what the article is about: most of its longer words come back in the
# article. A cookie banner's heading, a blog's name or a site's tagline first on the page do not.
TOPIC_WORD_MIN_CHARS = 4
TOPIC_WORDS_SHARED = 0.5
_WORDS = re.compile(r"\w+")


class _ArticleWords:
    """Whether a header line names what the article is about (the article's words read once)."""

    def __init__(self, lines: list[Line], start: int):
        self._lines, self._start, self._words = lines, start, None

    def about(self, i: int) -> bool:
        words = {w for w in _WORDS.findall(self._lines[i].lower) if len(w) >= TOPIC_WORD_MIN_CHARS and not w.isdigit()}
        if not words:
            return True
        if self._words is None:
            # (one string, searched for each word: cheaper than splitting the whole article into words)
            self._words = " ".join(ln.lower for ln in self._lines[self._start:])
        return sum(_has_word(self._words, w) for w in words) >= TOPIC_WORDS_SHARED * len(words)


def _has_word(text: str, word: str) -> bool:
    """Does ``word`` stand in ``text`` as a whole word (no letter or digit glued to either side)?"""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            return True
        i = text.find(word, i + 1)
    return False


_PROMOS = frozenset({"newsletter", "call_to_action", "footer"})
SITE_NAME_MAX_WORDS = 6


def _named_in_a_promo(lines: list[Line], best: list[Hint | None], i: int) -> bool:
    """Is line ``i`` the publication's name, which its own promotions name ("Thanks for reading
    The Weekly Ledger! Subscribe for free ...")? A headline is not named there."""
    if lines[i].n_words > SITE_NAME_MAX_WORDS:
        return False
    name = lines[i].lower
    return any(h is not None and h.reason in _PROMOS and k != i and name in lines[k].lower and lines[k].lower != name
               for k, h in enumerate(best))


BUTTON_MAX_WORDS = 5
# A line printed twice above the article is its headline only when longer than a button
# printed twice ("Talk to a specialist").
TWICE_PRINTED_TITLE_MIN_WORDS = 5
# A contents box lists subheadings of a few words; a menu item beside the headline ("Security")
# may be printed again in a list under the article.
TOC_ENTRY_MIN_WORDS = 3

# How far above the walk's last line the byline or date may sit, and how long a headline over them
# must be to win over that line.
STAMP_ANCHOR_LINES = 8
ANCHORED_TITLE_MIN_WORDS = 6
ROLE_LINE_MIN_WORDS = 3  # "+ FOLLOW" beside the name is a button, not a line about the writer
ROLE_HEADLINE_MIN_WORDS = 5  # a headline over the name and a longer role; a menu item is shorter
# The walk may also stop just over the stamps, at the writer's name or role ("Journalist").
STAMP_BELOW_LINES = 2
# Over the stamps: up to two short lines of the byline's own (name, role, city) before the dek.
NAME_LINE_MAX_WORDS = 3
NAME_LINES = 2


def _over_the_stamps(lines: list[Line], best: list[Hint | None], k: int, shaped, marked) -> tuple[int | None, int | None, bool]:
    """The headline over the byline or date found a few lines above line ``k`` or just under it
    (past the header's other parts, the writer's name and role on lines of their own, and a
    dek), the topmost of those stamps (None for either when there is none), and whether a dek
    stood between them. Over a dek, the headline may be one a menu's teaser run swept (``marked``)."""
    # (the lines a rule names, a tool bar's buttons, take no room: "Share" / "AA" / "Text Size" ...)
    lo, room = k, STAMP_ANCHOR_LINES
    while lo > 0 and room > 0:
        lo -= 1
        room -= _unsure(best[lo]) or best[lo].reason in STAMPS
    # (a weekday and a date under the writer's name is the article's stamp, not the site's clock)
    stamps = [j for j in range(max(0, lo), min(len(lines), k + STAMP_BELOW_LINES + 1))
              if best[j] is not None and best[j].strength == "strong"
              and (best[j].reason in STAMPS or best[j].reason == "site_date" and _under_a_name(lines, best, j))]
    if not stamps:
        return None, None, False
    # the headline between the date and the byline ("March 6, 2025" / headline / "By Jane Doe")
    between = next((a + 1 for a, b in zip(stamps, stamps[1:]) if b == a + 2
                    and _unsure(best[a + 1])
                    and best[a].reason == "date" and best[b].reason == "byline"
                    and shaped(a + 1) and lines[a + 1].n_words >= ANCHORED_TITLE_MIN_WORDS), None)
    if between is not None:
        return between, stamps[0], False
    j, labels = stamps[0] - 1, 0
    while j >= 0 and (best[j] is not None and (best[j].reason in _HEADER_WALK or j == stamps[0] - 1 and _header_button(lines, best, j)
                                               # (the paper's name printed again under the writer's)
                                               or best[j].reason == "duplicate" and lines[j].n_words <= NAME_LINE_MAX_WORDS + 1)
                      or best[j] is None and labels < NAME_LINES
                      and (lines[j].n_words <= NAME_LINE_MAX_WORDS or _writer_label(lines[j].text))):
        labels += best[j] is None  # the writer's name, role or city on lines of their own
        j -= 1
    j = _over_name_and_role(lines, best, j, shaped)
    over_dek = False
    if j > 0 and _unsure(best[j]) and _dek_shaped(lines, j) \
            and lines[j].n_words <= SUBTITLE_MAX_WORDS and not _section_path(lines[j - 1].text) \
            and (not shaped(j) or shaped(j - 1) and lines[j - 1].n_words >= ANCHORED_TITLE_MIN_WORDS
                 or not lines[j].ends_sentence and _sentence_headline(lines, best, j - 1)):
        # the dek under the headline (unless it is the headline, closed by "p.m.", over a label;
        # an unpunctuated dek may stand under a headline written as sentences; a section's path
        # over it, "Local News | Montgomery County", is no headline)
        j, over_dek = j - 1, True
        if j > 0 and best[j] is None and lines[j].n_words <= BADGE_MAX_WORDS and shaped(j - 1) \
                and lines[j - 1].n_words >= ANCHORED_TITLE_MIN_WORDS:
            j -= 1  # a badge between the headline and its dek ("Premium", "Exklusiv")
    # (over its dek, a shorter headline will do: "Why Your Flight Is Late"; right over the byline, a
    # headline swept into the "Trending" teasers above it is the article's when it outgrows them)
    # (a shorter headline will do too when the breadcrumb trail above ends with it)
    if j >= 0 and (shaped(j) or over_dek and marked(j)
                   or j == stamps[0] - 1 and marked(j) and _outgrows_its_run(lines, best, j)) \
            and (lines[j].n_words >= ANCHORED_TITLE_MIN_WORDS
                 or lines[j].n_words >= FIRST_LINE_TITLE_MIN_WORDS and (over_dek or _end_of_the_trail(lines, j))):
        return j, stamps[0], over_dek
    if over_dek and _sentence_headline(lines, best, j) \
            and not any(shaped(i) and lines[i].n_words >= ANCHORED_TITLE_MIN_WORDS for i in range(j)):
        return j, stamps[0], over_dek  # (unless a headline-shaped line stands above: a summary's first point)
    if over_dek and (best[j] is None or _menu_line(best[j])) and lines[j].n_words <= MENU_ITEM_MAX_WORDS \
            and lines[j + 1].n_words <= TITLE_MAX_WORDS and (". " in lines[j + 1].text or shaped(j + 1)):
        # no headline over the "dek", only the section's menu item: the sentences, or the long
        # unpunctuated line, are the headline ("Economy" / "Gen Z is flocking to trade school. HVAC
        # firms can't hire them fast enough."; "Siaran Pers" / "Kemendikdasmen Perluas Pelatihan ...")
        return j + 1, stamps[0], False
    return None, stamps[0], False


PICTURE_OVER_HEADLINE_LINES = 3  # the caption, its credit and the photographer's name


def _headline_under_the_opening_picture(lines: list[Line], best: list[Hint | None], start: int, shaped) -> int | None:
    """The article's region opens on the top picture's caption (a sentence), printed over the
    headline: past the caption, its credit and a short kicker, the headline is the line right
    over the date or the byline ("Eine Pflegekraft begleitet ..." / "Bild: dpa" / "Eigenanteile
    steigen" / headline / "Stand: 09.07.2025")."""
    i = start
    while i < min(len(lines), start + PICTURE_OVER_HEADLINE_LINES) and best[i] is not None \
            and best[i].strength == "strong" and best[i].reason in ("caption", "credit"):
        i += 1
    if i == start:
        return None
    if i + 1 < len(lines) and best[i] is None and lines[i].n_words < FIRST_LINE_TITLE_MIN_WORDS:
        i += 1  # the kicker
    if i + 1 < len(lines) and shaped(i) and lines[i].n_words >= FIRST_LINE_TITLE_MIN_WORDS \
            and best[i + 1] is not None and best[i + 1].strength == "strong" and best[i + 1].reason in STAMPS:
        return i
    return None


TRAIL_LOOKBACK = 4
_TRAIL_MARKS = tuple(m.strip() for m in _BREADCRUMB_MARKS)


def _end_of_the_trail(lines: list[Line], j: int) -> bool:
    """Does a breadcrumb trail a few lines over line ``j`` end with its words ("Beranda / Akhlak /
    Hak-Hak Tetangga yang Sering Terlupakan" over "Hak-Hak Tetangga yang Sering Terlupakan")?"""
    t = lines[j].text
    return any(ln.text.endswith(t) and ln.text[:-len(t)].rstrip().endswith(_TRAIL_MARKS)
               for ln in lines[max(0, j - TRAIL_LOOKBACK):j])


def _outgrows_its_run(lines: list[Line], best: list[Hint | None], j: int) -> bool:
    """Line ``j`` ends a teaser run and is half as long again as each of the run's lines over it."""
    i = j - 1
    while i >= 0 and _swept(best[i]):
        if 3 * lines[i].n_words > 2 * lines[j].n_words:
            return False
        i -= 1
    return i < j - 1


def _under_a_name(lines: list[Line], best: list[Hint | None], j: int) -> bool:
    """Is the line over line ``j`` a name alone ("Lucia Bellotti")?"""
    return j > 0 and best[j - 1] is None and _PERSON_NAME.match(lines[j - 1].text) is not None


HEADER_BUTTON_MAX_WORDS = 2
BADGE_MAX_WORDS = 2


def _header_button(lines: list[Line], best: list[Hint | None], j: int) -> bool:
    """Is line ``j``, right over the stamps, a player's or a tool bar's button ("Listen", "Gift
    Article") which a rule names as the site's navigation? Right under the headline or the dek (a
    line of their length), not under more of the menu."""
    above = best[j - 1] if j > 0 else None
    return best[j].reason == "navigation" and lines[j].n_words <= HEADER_BUTTON_MAX_WORDS \
        and j > 0 and _unsure(above) and lines[j - 1].n_words >= ANCHORED_TITLE_MIN_WORDS


# A dek some sites print without its full stop: a long line, longer than the headline over it.
DEK_UNPUNCTUATED_MIN_WORDS = 12


def _dek_shaped(lines: list[Line], j: int) -> bool:
    ln = lines[j]
    # (not a label over the writer's name: "Author of the article:")
    return ln.ends_sentence and not ln.text.endswith(":") \
        or ln.n_words >= DEK_UNPUNCTUATED_MIN_WORDS and ln.n_words > lines[j - 1].n_words


def _sentence_headline(lines: list[Line], best: list[Hint | None], j: int) -> bool:
    """Is line ``j``, over the dek over the byline or date, a headline written as sentences ("Your
    grocery bill isn't going down. Here are 7 ways shoppers are fighting back.")? Under a label, a
    menu item or the page's top; no longer than the dek, unless a line the lexicon names as the
    site's stands right over it (an essay's long headline over a short dek)."""
    ln = lines[j]
    above = best[j - 1] if j > 0 else None
    return (best[j] is None and ANCHORED_TITLE_MIN_WORDS <= ln.n_words <= TITLE_MAX_WORDS
            and (ln.n_words <= lines[j + 1].n_words or above is not None and above.strength == "strong")
            and (j == 0 or above is not None or lines[j - 1].n_words <= SECTION_LABEL_MAX_WORDS
                 and not lines[j - 1].ends_sentence))


def _over_name_and_role(lines: list[Line], best: list[Hint | None], j: int, shaped) -> int:
    """``j - 2`` when line ``j`` describes the writer named on the line above it ("Rizky Akbar" /
    "Student of Communication, Pakuan University") under a longer headline; ``j - 3`` when the
    headline's dek stands between them; else ``j``."""
    if not (j > 1 and best[j] is None and best[j - 1] is None and _PERSON_NAME.match(lines[j - 1].text)):
        return j
    role_opening = ROLE_OPENING.match(lines[j].text) is not None
    if lines[j].n_words >= ROLE_LINE_MIN_WORDS and (not lines[j].ends_sentence or role_opening) and shaped(j - 2) \
            and (lines[j - 2].n_words > lines[j].n_words
                 or role_opening and lines[j - 2].n_words >= ROLE_HEADLINE_MIN_WORDS):
        # (a short line over a label and a longer "role" is a menu item over the section's name
        # and the headline: "Jadwal Sidang Hari Ini" / "Berita Persidangan" / "Guru Honorer ...")
        return j - 2
    # ("Lukas Hendrawan" / "Pengajar Ekonomi Publik ..." under the headline's dek: the headline is over the dek)
    if role_opening and j > 2 and best[j - 2] is None and lines[j - 2].ends_sentence \
            and lines[j - 2].n_words <= SUBTITLE_MAX_WORDS and not shaped(j - 2) and shaped(j - 3) \
            and lines[j - 3].n_words >= ROLE_HEADLINE_MIN_WORDS:
        return j - 3
    return j


FOLLOW_BUTTON_MAX_WORDS = 2

_SECTION_PATH_MARKS = (" · ", " • ", " | ")


def _section_path(text: str) -> bool:
    return any(m in text for m in _SECTION_PATH_MARKS)


# A menu row's items: lines of at most this many words, with no hint or a menu one.
MENU_ITEM_MAX_WORDS = 3
MENU_ROW_MIN_ITEMS = 3


def _ends_a_menu_row(lines: list[Line], best: list[Hint | None], i: int) -> bool:
    """Is line ``i`` the last of a row of menu items ("Tariffs" / "Hurricane season" / "AP Top 25
    Poll"): a short line, the lines over it shorter, unpunctuated, unhinted or named a menu?"""
    row = range(i - MENU_ROW_MIN_ITEMS + 1, i)
    return i >= MENU_ROW_MIN_ITEMS - 1 and lines[i].n_words <= MENU_ITEM_MAX_WORDS + 1 and all(
        lines[j].n_words <= MENU_ITEM_MAX_WORDS and not lines[j].ends_sentence
        and (best[j] is None or _menu_line(best[j])) for j in row)


def _menu_line(hint: Hint | None) -> bool:
    """Named a menu or breadcrumb by a rule, however weakly ("Site | News | Region")."""
    return hint is not None and hint.reason == "navigation"


def _printed_again(hint: Hint | None) -> bool:
    return hint is not None and hint.reason == "duplicate"


def _swept(hint: Hint | None) -> bool:
    """Removed only as part of a teaser run that a heading opened (see detectors.blocks)."""
    return hint is not None and hint.source.startswith("block:")


def _title_line(lines: list[Line], best: list[Hint | None], start: int, h1: int | None) -> int | None:
    """Which line before the article is its headline: the line repeating the page title; else
    the first line when it reads as a page title (scrapers put <title> first); else the line
    above the article's header; else the first headline-shaped line as long as that (menu items
    are shorter); else the first one. A weak hint does not disqualify a line (a long headline
    looks like an inserted link to ``headline_like_inserts``)."""
    def shaped(i: int) -> bool:
        h = best[i]
        return _headline_shaped(lines[i], None if _unsure(h) else h)

    def headline_marked(i: int) -> bool:
        """Shaped like a headline though swept into a teaser run or printed again further down
        (the recipe card's title, a share card)."""
        return (_swept(best[i]) or _printed_again(best[i])) and _headline_shaped(lines[i], None)

    def first_of_the_header(k: int) -> int:
        """Line ``k`` reads as the headline; the headline is the first of a headline and its
        (longer) dek, of a headline and its "Name - Site" byline, or of a headline and its
        summary points (a few headline-shaped lines, none shorter than it). Climbed to over
        points, it may stand on a dek: then its headline is over it (a headline, its dek and
        the top picture's caption read like a headline over two points)."""
        k = over_its_dek(k)
        top = k
        while k - top < SUMMARY_POINTS and top > 0 and shaped(top - 1) and not _section_path(lines[top - 1].text) \
                and lines[top - 1].n_words >= max(SUMMARY_POINT_MIN_WORDS, max(ln.n_words for ln in lines[top:k + 1])):
            top -= 1
        return top if top == k else over_its_dek(top)

    def over_its_dek(k: int) -> int:
        """The headline over line ``k`` when ``k`` is its (longer) dek or its byline, else ``k``."""
        above = k - 1
        # (not a section path over it: "Leadership · Future of Work"; not the last item of a menu
        # row over an unpunctuated headline: "Hurricane season" / "AP Top 25 Poll" / headline)
        # (nor a news ticker's headline under its label: "BREAKING NEWS" / ticker / headline)
        if above >= 0 and not (above > 0 and lines[above - 1].lower.rstrip(" :") in _TICKER_LABELS) \
                and (shaped(above) and not _menu_line(best[above]) and not _section_path(lines[above].text)
                           and not (not lines[k].ends_sentence and _ends_a_menu_row(lines, best, above))
                           or _swept(best[above]) and _headline_shaped(lines[above], None)
                           or _printed_again(best[above]) and _headline_shaped(lines[above], None)
                           and lines[above].n_words >= TWICE_PRINTED_TITLE_MIN_WORDS) \
                and lines[above].n_words >= FIRST_LINE_TITLE_MIN_WORDS \
                and (lines[above].n_words < lines[k].n_words or NAME_AND_PUBLISHER.match(lines[k].text)
                     or _swept(best[k]) and _swept(best[above])):  # both swept by a menu's teaser run: the first
            return above
        return k

    if h1 is not None and h1 < start and shaped(h1):
        return h1
    first_reads_as_title = start > 0 and lines[0].n_words >= FIRST_LINE_TITLE_MIN_WORDS and shaped(0)
    # (a short first line printed again only under the article, among the footer's links, is the
    # site's name: a page title is printed again over the article, as its headline)
    first_is_site = first_reads_as_title and (_site_name(lines, 0) or _named_in_a_promo(lines, best, 0)
                                              or h1 is not None and h1 >= start and lines[0].n_words <= SITE_NAME_MAX_WORDS)
    # (unless it names nothing the article is about, and a line further down the header does)
    topic = _ArticleWords(lines, start)
    if first_reads_as_title and not first_is_site and (topic.about(0) or not any(
            lines[i].n_words >= FIRST_LINE_TITLE_MIN_WORDS and shaped(i) and topic.about(i)
            for i in range(1, start))):
        return 0
    # Right above the article: its header (byline, timestamp, share bar, photo), and above
    # that the headline. A tagline or a teaser further up is not it.
    k = start - 1
    # Widget labels swept into a teaser run ("comment", "·") sit in the header too; a teaser run
    # opened by a menu item such as "Latest" may have swept the headline itself.
    # Buttons ("Jump to Recipe", "Pin") sit there too when the byline or the date is just above.
    while k >= 0 and (best[k] is not None and (best[k].reason in _HEADER_WALK
                                               or _swept(best[k]) and lines[k].n_words < FIRST_LINE_TITLE_MIN_WORDS)
                      # (the top video's title under its bare label, and the label: "Video" / "Bodycam shows ...")
                      or best[k] is None and (lines[k].lower in _VIDEO_LABELS
                                              or k > 0 and best[k - 1] is None and lines[k - 1].lower in _VIDEO_LABELS)
                      or (best[k] is None or _menu_line(best[k])) and lines[k].n_words <= BUTTON_MAX_WORDS
                      and (_stamp_above(best, k) or _byline_part_over_a_stamp(lines, best, k))):
        k -= 1
    if 0 < k < start - 1 and _unsure(best[k]) and _PHOTO_CREDIT.match(lines[k + 1].text):
        k -= 1  # the picture's caption, over its credit ("Image: Name/dpa")
    # (over the stamps, or over the follow button of the writer's card: "Ikuti")
    if k < start - 1 and best[k + 1] is not None and (best[k + 1].reason in STAMPS or best[k + 1].reason == "share_widget"
                                                      and lines[k + 1].n_words <= FOLLOW_BUTTON_MAX_WORDS):
        k = _over_name_and_role(lines, best, k, shaped)
    # The walk may stop at a line under the article's byline or date (a video's title, the
    # writer's role, an uncredited caption) or at a label just over them: the headline is then
    # the one over the stamps.
    over, top_stamp, over_a_dek = _over_the_stamps(lines, best, k, shaped, headline_marked)
    # (or at the writer's name right over them, which reads like a short headline)
    # (or the walk stopped at the dek, under a headline written as sentences)
    if over is not None and (k < 0 or not shaped(k) or k > top_stamp
                             or k == top_stamp - 1 and _writer_label(lines[k].text)
                             # (a line too short for a headline right over them: "Nomor: 214/sipers/V/2025")
                             or k == top_stamp - 1 and over < k and lines[k].n_words < FIRST_LINE_TITLE_MIN_WORDS
                             or over_a_dek and over == k - 1 and lines[over].ends_sentence):
        # (found over its dek, it is the headline, whatever kicker stands over it)
        # (nor climbed from when swept into the teasers over it: a shorter teaser over it reads like
        # a headline over its dek)
        return over if over_a_dek or _swept(best[over]) else first_of_the_header(over)
    if k == start - 1 and shaped(k) and lines[k].n_words >= FIRST_LINE_TITLE_MIN_WORDS:
        if _stamped_header_follows(best, start + 1, len(lines)) or _day_stamp_over(lines, best, k):
            # right above its dek, which the article's region took in: a byline or date under the
            # dek; or right above the article, under the post's day ("Minggu, 14 Juli 2024" / headline)
            return k
        if _stamps_over(best, k):
            # under the stamps and the share bar, as on a wire's release page ("News provided by" /
            # company / date / "Share this article" / headline / dek / lead): the headline, maybe
            # over its dek (a line of sentences there is not climbed from: a picture's caption)
            return k if ". " in lines[k].text else first_of_the_header(k)
    if 0 < k < start - 1 and best[k] is None and lines[k].n_words <= SUBTITLE_MAX_WORDS \
            and _reads_as_dek(lines[k], lines[k - 1]) \
            and (shaped(k - 1) or headline_marked(k - 1)) and lines[k - 1].n_words >= FIRST_LINE_TITLE_MIN_WORDS:
        # a dek (a sentence, or a long line some sites leave unpunctuated) between the headline
        # and the byline (the headline maybe swept into a teaser run under the trail: "Taxes" /
        # "Tax Breaks" / headline)
        if not lines[k].ends_sentence:
            return k - 1  # (over an unpunctuated dek, the line over the headline is its section)
        k -= 1
    if 0 <= k < start - 1 and (shaped(k) or headline_marked(k)) and lines[k].n_words >= FIRST_LINE_TITLE_MIN_WORDS:
        return first_of_the_header(k)
    # A headline printed twice above the article (a sticky bar, then the article's header)
    # beats a menu line that merely reads as one. (Not one of a run of lines all printed again:
    # a contents box, whose subheadings the article prints further down.)
    printed_below = {ln.text for ln in lines[start:]}
    twice = next((i for i in range(start) if _printed_again(best[i]) and _headline_shaped(lines[i], None)
                  and lines[i].n_words >= TWICE_PRINTED_TITLE_MIN_WORDS
                  and not any(0 <= j < start and lines[j].n_words >= TOC_ENTRY_MIN_WORDS
                              and lines[j].text in printed_below for j in (i - 1, i + 1))), None)
    if twice is not None:
        return twice
    # A long header (the writer's bio, a reviewer, a contents box) between the first byline and the
    # article: the headline is over that byline's dek.
    first_stamp = next((i for i in range(start) if best[i] is not None and best[i].reason in STAMPS
                        and best[i].strength == "strong"), None)
    if first_stamp is not None:
        over, _, over_a_dek = _over_the_stamps(lines, best, first_stamp, shaped, headline_marked)
        if over is not None and over_a_dek:
            return first_of_the_header(over)  # (over summary points, the headline is over them)
    under_picture = _headline_under_the_opening_picture(lines, best, start, shaped)
    if under_picture is not None:
        return under_picture
    candidates = [i for i in range(start) if shaped(i)]
    long_enough = [i for i in candidates if lines[i].n_words >= FIRST_LINE_TITLE_MIN_WORDS and not (i == 0 and first_is_site)]
    if long_enough:
        # (the first that names what the article is about: not a menu's or a cookie banner's heading)
        return next((i for i in long_enough if topic.about(i)), long_enough[0])
    if start < len(lines) and shaped(start) and lines[start].n_words >= FIRST_LINE_TITLE_MIN_WORDS \
            and _stamps_over(best, start):
        # no headline over the header; a blog prints it under its byline, date and reading time
        # ("Posted on Mar 3, 2024" / "6 min read" / headline / its hashtags / the post)
        return start
    return candidates[0] if candidates else None
