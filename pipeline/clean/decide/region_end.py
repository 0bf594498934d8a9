"""Where the article ends: the region's bottom edge moved past the closing sentences, an announced
list, a verdict, match line-ups, listings, numbered entries and repeated labelled fields.
"""
from __future__ import annotations

import re

from ..evidence import Hint
from ..lines import Line
from .header import _PERSON_NAME
from .prose import _unsure, title_cased


# The article's last lines may be short sentences ("\"Kami akan banding,\" kata dia."), or
# sentences citing laws with few stopwords ("Para tersangka dijerat Pasal 2 ayat (1) ... KUHP."),
# too short or too dense to count as prose: they stay with it when the page's furniture (a
# hinted line) follows.
CLOSING_LINES = 2
CLOSING_MIN_WORDS = 5
CLOSING_MIN_STOP = 0.1

# A list under its label, several items long: a team's line-up under a match report ("PSIS
# (4-3-3): Adi; Budi, Cahyo, ...") or a squad closing the story ("England squad: Jane Doe (capt),
# ..."). ("Editor: Jane Doe (jane@site.com)" is a credit.)
_LINE_UP = re.compile(r"^[A-Z][\w'’.()-]*(?: [\w'’.()-]+){0,3}: \S(?:[^,;]*[,;]){3}")

# A wire story's currency note closing the article: "($1 = 0.8597 euros)", "(1 euro = $1.08)"
_BRACKETED_NOTE = re.compile(r"^\(\s*(?:[$€£¥]|[A-Z]{3}\s?)?\d[\d.,]*(?: [a-z]+)?\s*=\s*[^()]{2,40}\)$")

# The writer signing the post off right under its last paragraph: "– Dave", "—Jane Roe".
_SIGN_OFF = re.compile(r"^[–—-]\s?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}$")

AD_LABEL_LINES = 2
AD_LABEL_MAX_WORDS = 3


def _with_closing_sentences(lines: list[Line], best: list[Hint | None], start: int, end: int) -> int:
    """The article's end, past up to CLOSING_LINES short closing lines right under it ("The third
    Test starts on Friday.", or a squad under its label) when noise follows them."""
    if end <= start:
        return end
    # (past an ad's label between the article's last paragraphs: "Advertisement" / "Hide Ad")
    first = end
    while first < len(lines) and first - end < AD_LABEL_LINES and best[first] is not None \
            and best[first].reason == "advertisement" and lines[first].n_words <= AD_LABEL_MAX_WORDS:
        first += 1
    k = first
    while k < len(lines) and k - first < CLOSING_LINES and best[k] is None \
            and ((lines[k].ends_sentence or _DESK_CODE_END.search(lines[k].text) is not None)
                 and (lines[k].n_words >= CLOSING_MIN_WORDS and lines[k].stop_ratio >= CLOSING_MIN_STOP
                      or _LINE_UP.match(lines[k].text) or _BRACKETED_NOTE.match(lines[k].text)
                      or _CLOSING_FORMULA.match(lines[k].text) or _ATTRIBUTED_QUOTE.match(lines[k].text))
                 or k == end and _SIGN_OFF.match(lines[k].text)):
        k += 1
    # (or a listing follows: a tracklist under "Revisit our review of the last album."; or the
    # writer's name over their card: "Jane Doe" / "Jane Doe covers the NFL for ..."; or a label
    # of the page's own, a tag list's "More about" or the site's name over its footer links)
    if first > end and k == first:
        return end  # (an ad's label with no closing line under it ends nothing)
    return k if k == len(lines) or best[k] is not None or _listing_end(lines, best, k) is not None \
        or _writer_over_their_card(lines, best, k) \
        or k == end + 1 and _a_statement(lines[end]) and (_page_label(lines[k]) or _box_heading(lines, best, k)) \
        else end


# A listicle's entries each close on a labelled line ("Alamat: Jl. ...", "Price: $25", "Hours: ..."):
# the last entry's, under its paragraph, is the article's too when its label opened lines above.
FIELD_LABEL = re.compile(r"^([A-Z][\w ]{1,24}?)\s?:\s\S")  # (also read by the repeats detector)
FIELD_LABEL_MIN_REPEATS = 2
FIELD_LINE_MAX_WORDS = 20
FIELD_LINES = 3


def _with_repeated_fields(lines: list[Line], best: list[Hint | None], start: int, end: int) -> int:
    """The article's end, past up to FIELD_LINES labelled lines right under it whose labels the
    article used at least FIELD_LABEL_MIN_REPEATS times."""
    k = end
    while k < len(lines) and k - end < FIELD_LINES and best[k] is None and lines[k].n_words <= FIELD_LINE_MAX_WORDS \
            and (m := FIELD_LABEL.match(lines[k].text)) is not None:
        label = m[1] + ":"
        if sum(ln.text.startswith(label) for ln in lines[start:end]) < FIELD_LABEL_MIN_REPEATS:
            break
        k += 1
    return k


PAGE_LABEL_MAX_WORDS = 3
_ADDRESSES_THE_READER = re.compile(r"(?i)\b(?:you|your|anda|kamu)\b")


def _page_label(ln: Line) -> bool:
    return ln.n_words <= PAGE_LABEL_MAX_WORDS and not ln.ends_sentence


BOX_HEADING_MAX_WORDS = 5


def _box_heading(lines: list[Line], best: list[Hint | None], k: int) -> bool:
    """Is line ``k`` a box's heading over the box's lines a rule names ("Read the Top 8" / "Sign
    up for the Top 8, a roundup ...")?"""
    return lines[k].n_words <= BOX_HEADING_MAX_WORDS and not lines[k].ends_sentence \
        and k + 1 < len(lines) and best[k + 1] is not None and best[k + 1].strength == "strong"


def _a_statement(ln: Line) -> bool:
    """A sentence closed by a full stop that does not speak to the reader: the article's last
    line, where a question or a pitch ("Begin your story with us today.") is the page's."""
    return ln.text.endswith(".") and _ADDRESSES_THE_READER.search(ln.text) is None


WRITER_NAME_MAX_WORDS = 4


_SEPARATORS = frozenset("|·•/-–—")


def _writer_over_their_card(lines: list[Line], best: list[Hint | None], k: int) -> bool:
    """Is line ``k`` the writer's name over their card, or alone over the page's furniture (past a
    separator the byline sets it off with: "Jane Roe" / "|" / "READ MORE")?"""
    if not (k + 1 < len(lines) and best[k] is None and lines[k].n_words <= WRITER_NAME_MAX_WORDS
            and _PERSON_NAME.match(lines[k].text) is not None):
        return False
    if best[k + 1] is not None and best[k + 1].reason in ("author_box", "byline"):
        return True
    j = k + 1
    while j < len(lines) and j - k <= 2 and best[j] is None and lines[j].text in _SEPARATORS:
        j += 1
    return j > k + 1 and j < len(lines) and best[j] is not None


# A quote and who said it, closing the article in the speaker's words (few of the page's common
# words: '"Semoga samawa ya," komentar akun lainnya.', '"We'll be back," she said.').
_ATTRIBUTED_QUOTE = re.compile(r"^[\"“][^\"“”]{3,}[,.!?…][\"”]\s+(?:[\w'’-]+\s+){0,4}?"
                               r"(?:kata|ujar|ucap|tulis|komentar|imbuh|tutur|jelas|sebut|said|says|wrote|added|told)\b")
# The formula an Islamic article closes on: "Wallahu a'lam.", "Wallahu a'lam bish-shawab."
_CLOSING_FORMULA = re.compile(r"(?i)^wall[aā]hu a['’`]?lam(?: bi(?:sh|s)?[- ]?(?:sh)?aw[aā]b)?\s*[.!]?$")

# The desk's initials after the last sentence: '..., tuturnya. yog/dni/S-2', '... kata dia. (ant/har)'.
_DESK_CODE_END = re.compile(r"[.!?\"”’]\s+\(?[a-z]{2,4}(?:/[A-Za-z0-9-]{1,5}){1,3}\)?$")

# The coach's line under a line-up: "Pelatih: Rafael Mendes".
_LABELLED_NAME = re.compile(r"^[A-Z][\w'’.-]*(?: [\w'’.-]+){0,2}: [A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}$")
LINE_UP_HEADING_MAX_WORDS = 3
LINE_UP_MAX_LINES = 8

# A squad announced under the article: "Nepal squad" / "Rohit Paudel (capt), Dipendra Singh Airee
# (vice-capt), Kushal Bhurtel, ...": a heading naming it, then names and commas only.
_SQUAD_HEADING = re.compile(r"(?i)^(?:[\w'’.-]+ ){0,2}(?:squad|squads|line-?ups?|starting xi|team|skuad|susunan pemain)\s*:?$")
SQUAD_MIN_NAMES = 5
SQUAD_NAME_MAX_WORDS = 5


def _a_squad(ln: Line) -> bool:
    names = ln.text.rstrip(".").split(", ")
    return len(names) >= SQUAD_MIN_NAMES and all(
        name[:1].isupper() and len(name.split()) <= SQUAD_NAME_MAX_WORDS for name in names)


def _with_line_ups(lines: list[Line], best: list[Hint | None], start: int, end: int) -> int:
    """The article's end, past the line-ups under it (a heading of a few words, then lists under
    their team's label and the coach's line), up to the noise under them; or past a squad under
    its heading."""
    if end <= start or end >= len(lines):
        return end
    k = end
    if best[k] is None and lines[k].n_words <= LINE_UP_HEADING_MAX_WORDS and _SQUAD_HEADING.match(lines[k].text) \
            and k + 1 < len(lines) and _unsure(best[k + 1]) and _a_squad(lines[k + 1]):
        while k + 1 < len(lines) and best[k] is None and _unsure(best[k + 1]) and _SQUAD_HEADING.match(lines[k].text) \
                and _a_squad(lines[k + 1]):
            best[k + 1] = None  # (a short squad reads like a headline with no full stop)
            k += 2  # (and the other team's)
        return k
    if best[k] is None and lines[k].n_words <= LINE_UP_HEADING_MAX_WORDS and k + 1 < len(lines) \
            and best[k + 1] is None and _LINE_UP.match(lines[k + 1].text):
        k += 1  # the heading
    if best[k] is not None or not _LINE_UP.match(lines[k].text):
        return end
    teams = 0
    while k < len(lines) and k - end < LINE_UP_MAX_LINES and best[k] is None:
        if _LINE_UP.match(lines[k].text):
            teams += 1
        elif not _LABELLED_NAME.match(lines[k].text):
            break
        k += 1
    # (both teams' line-ups are evidence enough, whatever follows: a league table no rule names)
    return k if k == len(lines) or best[k] is not None or teams >= 2 else end


LIST_ITEM_MAX_WORDS = 25
ANNOUNCED_LIST_MAX_ITEMS = 30


def _with_announced_list(lines: list[Line], best: list[Hint | None], start: int, end: int) -> int:
    """The article's end, past the list its last line announces ("Berikut rincian harga TBS:" /
    "Umur 3 tahun: Rp 2.476 per kg" / ...): short lines no rule names, up to the noise under them."""
    if end <= start or end >= len(lines):
        return end
    if lines[end - 1].text[-1] == ";":
        # a list whose items end on semicolons goes on to the item that ends its sentence ("...
        # for displaced children;" / "Prioritize climate adaptation in education budgets.")
        k = end
        while k < len(lines) and k - end < ANNOUNCED_LIST_MAX_ITEMS and best[k] is None \
                and lines[k].n_words <= LIST_ITEM_MAX_WORDS:
            k += 1
            if lines[k - 1].text[-1] != ";":
                return k if lines[k - 1].ends_sentence else end
        return end
    if lines[end - 1].text[-1] != ":":
        return end
    k = end
    while k < len(lines) and k - end < ANNOUNCED_LIST_MAX_ITEMS and best[k] is None and lines[k].n_words <= LIST_ITEM_MAX_WORDS:
        k += 1
    # (a sentence announces it: "Learn More in Our Plumbing Series:" in title case heads a link
    # list, unless its items are labelled data: "Hasil Babak Pertama, Rabu (20/3):" over
    # "Tunggal Putra: Jane Doe vs Ana Roe 21-17, 21-15")
    if title_cased(lines[end - 1]) and not all(_labelled_figures(lines[j].text) for j in range(end, k)):
        return end
    return k if k > end and (k == len(lines) or best[k] is not None) else end


def _labelled_figures(text: str) -> bool:
    return FIELD_LABEL.match(text) is not None and any(c.isdigit() for c in text)


# A review's verdict: labelled lists of its pros and cons ("Kelebihan:", "Otter.ai pros:").
VERDICT_LABEL = re.compile(r"(?i)^(?:(?:[\w.&'’-]+ ){0,3}(?:pros|cons)|plus(?:es)?|minus(?:es)?|the good|the bad"
                           r"|what we (?:like|liked|love|don.t like|didn.t like)|kelebihan|kekurangan|kelemahan"
                           r"|keunggulan|vorteile|nachteile|points forts|points faibles|ventajas|desventajas"
                           r"|pontos (?:positivos|negativos))\s*:?$")


def _with_verdict(lines: list[Line], best: list[Hint | None], start: int, end: int) -> int:
    """The article's end, past a review's verdict under it ("Kelebihan:" / its points / "Kekurangan:"
    / its points), up to the noise under them."""
    if end <= start:
        return end
    k = end
    while k < len(lines) and best[k] is None and VERDICT_LABEL.match(lines[k].text):
        k += 1
        items = k
        while k < len(lines) and k - items < ANNOUNCED_LIST_MAX_ITEMS and best[k] is None \
                and lines[k].n_words <= LIST_ITEM_MAX_WORDS and not VERDICT_LABEL.match(lines[k].text):
            k += 1
        if k == items:
            return end  # a label with no points under it
    return k if k > end and (k == len(lines) or best[k] is not None) else end


ITEM_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")


def _with_numbering(lines: list[Line], best: list[Hint | None], start: int, end: int) -> int:
    """The article's end, past the items that go on with the numbering of its last line ("1.
    Clément Beaufort ..., 4h12'35''" / "2. Mikkel Thorsen ... à 6''" / "3. ..."): a ranking or a
    list too short to read as prose, no rule naming its items."""
    if end <= start or end >= len(lines) or not lines[end - 1].numbered:
        return end
    m = ITEM_NUMBER.match(lines[end - 1].text)
    number = int(m[1]) if m else None
    k = end
    while number is not None and k < len(lines) and best[k] is None and lines[k].n_words <= LIST_ITEM_MAX_WORDS:
        m = ITEM_NUMBER.match(lines[k].text)
        if m is None or int(m[1]) != number + 1:
            break
        number, k = number + 1, k + 1
    return k


# A listing under a music or events story: a heading ("Saltwater Cathedral:", "Lanterns for the
# Tide Tracklist", "Tour Dates") over numbered or dated entries ("01 Ferryman", "1. “Salt Lamp”",
# "06-05 Washington, D.C. - 9:30 Club", "Jan. 22 — Boston, MA @ Roadrunner").
_LISTING_HEADING = re.compile(r"(?i)(?::|\b(?:tracklist|track list|tour dates|setlist|set list|line-?up))$")
_LISTING_ENTRY = re.compile(r"^\d{1,2}[.)]?\s+\S")
_DATED_LISTING_ENTRY = re.compile(r"^(?:\d{1,2}[-/.]\d{1,2}\s+[-–—]?\s*[A-Z]"
                                  r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\s*[-–—,:]\s*[A-Z])")
LISTING_HEADING_MAX_WORDS = 8
LISTING_ENTRY_MAX_WORDS = 8  # a headline runs longer: a numbered list of stories is no listing
# A dated entry may name a city and a hall of several words ("May 9 — Salt Lake City, UT @ The Depot").
DATED_LISTING_ENTRY_MAX_WORDS = 12
LISTING_MIN_ENTRIES = 3
LISTING_GAP = 2  # furniture lines a rule names between the article and its listing (an embedded video's title)


def _listing_entry(ln: Line) -> bool:
    return ln.n_words <= LISTING_ENTRY_MAX_WORDS and _LISTING_ENTRY.match(ln.text) is not None \
        or ln.n_words <= DATED_LISTING_ENTRY_MAX_WORDS and _DATED_LISTING_ENTRY.match(ln.text) is not None


def _with_listings(lines: list[Line], best: list[Hint | None], start: int, end: int) -> int:
    """The article's end, past the listings under it (a tracklist, tour dates): each a heading
    over at least LISTING_MIN_ENTRIES numbered or dated entries no rule names, and past the
    closing lines under them."""
    if end <= start:
        return end
    h = end
    while h < len(lines) and h - end < LISTING_GAP and best[h] is not None and best[h].strength == "strong":
        h += 1
    k = _listing_end(lines, best, h)
    if k is None:
        return end
    while (more := _listing_end(lines, best, k)) is not None:
        k = more
    # (and the closing line under them: "The album is out 7/25 via Sub Pop. Pre-order it here.")
    return _with_closing_sentences(lines, best, start, k)


def _listing_end(lines: list[Line], best: list[Hint | None], h: int) -> int | None:
    """The end of the listing whose heading is line ``h``, or None when none starts there."""
    if h >= len(lines) or best[h] is not None or lines[h].n_words > LISTING_HEADING_MAX_WORDS \
            or not _LISTING_HEADING.search(lines[h].text):
        return None
    e = h + 1
    while e < len(lines) and best[e] is None and _listing_entry(lines[e]):
        e += 1
    return e if e - h - 1 >= LISTING_MIN_ENTRIES else None
