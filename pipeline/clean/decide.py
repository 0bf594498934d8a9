"""The one place where evidence becomes a verdict: keep, or remove with a reason.

Step by step (after jusText, adapted to plain text):
1. each line gets its first hint (strong beats weak), or none;
2. each line is scored: prose lines earn their word count (a line cut from a wrapped or
   link-split paragraph counts as prose when its paragraph does), everything else costs a
   little, and more inside a long run of link-like lines (menus, forms, link lists); walls
   (comment forms, copyright) cannot be crossed, and prose after one counts for less, as
   does prose above the line repeating the page title (the headline);
3. the content region is the run of lines with the highest total (maximum subarray): the main
   article is the densest run of long prose, and short lines inside it (subheadings, fragments
   cut by links) are carried along by the prose around them; its edges then move by what sits
   there: under the header's dek and the top picture's caption, onto a summary box, and past
   the closing sentences, an announced list, match line-ups or a tracklist under the article;
4. inside the region, hinted lines go (weak hints only when the line is not prose); outside it
   every line goes: before the region as navigation, after it as footer (or as what the last
   wall said: comments after a comment heading);
5. the headline is the line repeating the page title, or the first line when it reads as one,
   or the first headline-shaped line before the region (long ones first); the line after it, if also
   headline-shaped, is the subtitle.
"""
from __future__ import annotations

import re

from .evidence import Hint
from .lines import Line
from .types import BODY, SUBTITLE, TITLE, LineVerdict

# A prose line: at least this many words, this share of stopwords, and it ends like a sentence
# (or is long enough that it must be a paragraph). Calibrated on seeds + wcxb-dev: body lines
# have a stopword share of 0.3-0.6 against 0-0.2 for menus, headlines and names.
PROSE_MIN_WORDS = 10
PROSE_MIN_STOP = 0.2
PROSE_UNPUNCTUATED_WORDS = 20
PROSE_CAP = 80  # one huge line must not outweigh everything else on the page
SHORT_COST = 1.0  # unhinted non-prose line (menu item, subheading, fragment)
HINT_COST = 2.0  # hinted noise line: a little more, so a teaser list pulls the region apart
# A caption over its labelled credit, inside the article (a review's every product has its picture):
# it weighs for the region as the prose it reads as, then goes (the source a detector gives it).
IN_ARTICLE_CAPTION = "caption_over_labelled_credit"
WALL = -1e9
# Prose after a wall (comments, footer text) counts this much: it wins the region only when
# the part before the wall was a stub.
AFTER_WALL_WEIGHT = 0.3
# A run of link-like lines (at most RUN_MAX_WORDS words) longer than SHORT_RUN is a menu, a
# form or a link list: each further line costs LONG_RUN_COST, so prose on its far side is not
# joined to the article. Shorter runs (a subheading, a few short list items) are carried.
SHORT_RUN = 6
LONG_RUN_COST = 4.0
RUN_MAX_WORDS = 4
# After a comment heading closing an article of at least this many prose words, prose counts
# even less: a long comment thread must not outweigh a whole article. (After other walls, an
# author box or a footer, some sites print the rest of the article.)
FULL_ARTICLE_WORDS = 300
AFTER_FULL_ARTICLE_WEIGHT = 0.1
# Prose words needed before a wall for it to close the article: a "3 Comments" link under the
# headline must not end an article that has not started.
END_AFTER_PROSE_WORDS = 80
# A line of at least this many words that does not end a sentence is continued by the next
# line (text wrapped at a fixed width).
WRAP_MIN_WORDS = 10
WRAP_FIRST_LINE_SHARE = 0.8
# Prose above the line that repeats the page title (the headline) counts this much: sidebars,
# teasers and promos sit there; the article starts under its headline.
BEFORE_H1_WEIGHT = 0.5
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 2, 30
TITLE_CASE_SENTENCE_MIN_WORDS = 6
REPEAT_TITLE_MIN_WORDS = 3
# A headline has at least this many words: the first line of a scraped page (its <title>) is
# taken for one; shorter lines are as likely a section name or a menu item.
FIRST_LINE_TITLE_MIN_WORDS = 4
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
# The line between a writer's name and the date saying whom and where they write for.
WRITER_FOR_MAX_WORDS = 8
# Summary points under a headline ("Engineers found cracks in three of the supports"): at most
# this many, each a headline-shaped line of at least this many words, none longer than the headline.
SUMMARY_POINTS = 4
SUMMARY_POINT_MIN_WORDS = 5


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


def _best_hint(hints: list[Hint]) -> Hint | None:
    if not hints:
        return None
    for h in hints:
        if h.strength == "strong":
            # (a detector may know the line ends the article where a rule naming it too does not:
            # the writer's bio under the article is the author box's wall)
            return next((w for w in hints if w.wall and w.strength == "strong" and w.reason == h.reason), h)
    return hints[0]


def _region(scores: list[float]) -> tuple[int, int]:
    """Maximum-sum run [start, end) (Kadane); (0, 0) when no run is positive."""
    best, best_span = 0.0, (0, 0)
    run, start = 0.0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, start = 0.0, i
        run += s
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


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


def decide(lines: list[Line], hints: list[list[Hint]], find_title: bool = True) -> list[LineVerdict]:
    best = [(h[0] if len(h) == 1 else _best_hint(h)) if h else None for h in hints]
    for i, h in enumerate(best):
        # A "wall" phrase cut out of a sentence by an inline link ("... leave a comment" +
        # next line ", below") is a fragment of prose, not the comment form.
        # (a commenter's handle under "12 Comments", "sflocal", is one lower-case word alone)
        if h is not None and h.wall and i + 1 < len(lines) and _continues(lines[i + 1].text) \
                and (lines[i + 1].n_words > 1 or not lines[i + 1].text.isalnum()):
            best[i] = Hint(h.reason, h.strength, False, h.source)
    prose = _prose_lines(lines, best)

    scores = []
    prose_words, ended, run, after_weight = 0, False, 0, 1.0
    for ln, h, p in zip(lines, best, prose):
        if h is not None and h.wall:
            scores.append(WALL)
            if not ended and prose_words >= END_AFTER_PROSE_WORDS:
                ended = True
                thread = h.reason == "comments" and prose_words >= FULL_ARTICLE_WORDS
                after_weight = AFTER_FULL_ARTICLE_WEIGHT if thread else AFTER_WALL_WEIGHT
            run = 0
        elif h is not None and h.source == IN_ARTICLE_CAPTION and p:
            scores.append(min(ln.n_words, PROSE_CAP) * after_weight)
            run = 0
        elif h is not None and (h.strength == "strong" or not p):
            scores.append(-HINT_COST)
            run += 1
        elif p:
            # After the comment form / copyright, prose is comments or footer text: it can only
            # outweigh the article when that article was a stub (a teaser above a "12 Comments"
            # link under the headline, the real article after it).
            scores.append(min(ln.n_words, PROSE_CAP) * after_weight)
            prose_words += ln.n_words
            run = 0
        else:
            run = run + 1 if ln.n_words <= RUN_MAX_WORDS else 0
            scores.append(-SHORT_COST if run <= SHORT_RUN else -LONG_RUN_COST)
    h1 = _headline_repeat(lines)
    if h1 is not None:  # the article starts under its headline: prose above it is a teaser
        for k in range(h1):
            if scores[k] > 0:
                scores[k] *= BEFORE_H1_WEIGHT
    start, end = _region(scores)
    start = _under_the_article_header(lines, best, prose, start, end)
    for widen in (_with_closing_sentences, _with_announced_list, _with_verdict, _with_line_ups, _with_listings,
                  _with_numbering, _with_repeated_fields):
        end = widen(lines, best, start, end)
    start = _with_ingredients(lines, best, start, end)
    start = _with_opening_sentence(lines, best, start, end)
    start = _under_the_top_picture(lines, best, prose, start, end)
    start = _with_opening_heading(lines, best, start, end)
    if start < end and _SUMMARY_HEADING.match(lines[start].text):
        # the summary box's points are the article's, though one may read as an inserted link
        for k in range(start + 1, min(end, start + 1 + SUMMARY_BOX_MAX_POINTS)):
            if best[k] is not None and best[k].strength == "weak" and best[k].reason == "related":
                best[k] = None

    verdicts: list[LineVerdict] = []
    tail_reason = "footer"
    for i, (ln, h, p) in enumerate(zip(lines, best, prose)):
        if h is not None and h.wall:
            tail_reason = h.reason
        if start <= i < end:
            if h is not None and (h.strength == "strong" or not p):
                verdicts.append(LineVerdict(ln.text, False, h.reason))
            else:
                verdicts.append(LineVerdict(ln.text, True, BODY))
        elif h is not None:
            verdicts.append(LineVerdict(ln.text, False, h.reason))
        else:
            verdicts.append(LineVerdict(ln.text, False, "navigation" if i < start else tail_reason))

    if find_title and end > start:  # a page with no prose keeps no headline either (see clean_text)
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
    return verdicts


# Prose above the article's byline or date, at most this many words, is its dek or summary
# points ("Headline" / dek / "By Jane Doe" / "March 14, 2025" / article), when the article
# under the header has at least HEADER_PROSE_RATIO times as many.
DEK_MAX_WORDS = 60
HEADER_PROSE_RATIO = 3


# A summary box's heading: the points under it are the article's own (kept, as a dek is not).
_SUMMARY_HEADING = re.compile(r"(?i)^(?:[\w'’]+ ){0,2}(?:in short|in brief|"
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
        heading = _over_summary_points(lines, best, start, _SUMMARY_HEADING, SUMMARY_BOX_MAX_POINTS)
        if heading is not None:
            return heading
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


SECTION_LABEL_MAX_WORDS = 3


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
            and (lines[k].ends_sentence or _DESK_CODE_END.search(lines[k].text) is not None) \
            and (lines[k].n_words >= CLOSING_MIN_WORDS and lines[k].stop_ratio >= CLOSING_MIN_STOP
                 or _LINE_UP.match(lines[k].text) or _BRACKETED_NOTE.match(lines[k].text)
                 or _CLOSING_FORMULA.match(lines[k].text) or _ATTRIBUTED_QUOTE.match(lines[k].text)):
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


def _writer_over_their_card(lines: list[Line], best: list[Hint | None], k: int) -> bool:
    return k + 1 < len(lines) and best[k] is None and best[k + 1] is not None \
        and best[k + 1].reason in ("author_box", "byline") \
        and lines[k].n_words <= WRITER_NAME_MAX_WORDS and _PERSON_NAME.match(lines[k].text) is not None


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
    # (a sentence announces it: "Learn More in Our Plumbing Series:" in title case heads a link list)
    if lines[end - 1].text[-1] != ":" or title_cased(lines[end - 1]):
        return end
    k = end
    while k < len(lines) and k - end < ANNOUNCED_LIST_MAX_ITEMS and best[k] is None and lines[k].n_words <= LIST_ITEM_MAX_WORDS:
        k += 1
    return k if k == len(lines) or best[k] is not None else end


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
INGREDIENTS_MIN = 3
# Between the ingredients and the method's first paragraph: its heading, a video link, the first
# short step ("Directions" / "Watch how to make this recipe." / "Preheat the oven to 400 degrees F.").
METHOD_GAP_LINES = 3
METHOD_GAP_MAX_WORDS = 8
# Over the ingredients: the heading, maybe the yield, the time, the scale buttons ("1x", "2x").
INGREDIENTS_HEADING_LINES = 6
HEADER_LINE_MAX_WORDS = 6


def _ingredient(ln: Line, hint: Hint | None) -> bool:
    return ln.n_words <= INGREDIENT_MAX_WORDS and not ln.text.endswith(".") and _unsure(hint) \
        and _INGREDIENT.match(ln.text) is not None


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
    return hint is None and (ln.ends_sentence and ln.n_words >= CLOSING_MIN_WORDS
                             or ln.text[-1] == ":" and ln.n_words >= OPENING_COLON_MIN_WORDS) \
        and ln.stop_ratio >= CLOSING_MIN_STOP


OPENING_COLON_MIN_WORDS = 3


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


SHARE_BUTTON_MAX_WORDS = 2


def _stamped_header_follows(best: list[Hint | None], k: int, end: int) -> bool:
    """Do the lines from ``k`` open with the article's header (toolbar buttons included),
    holding a byline or a date?"""
    stamped = False
    while k < end and best[k] is not None and (best[k].reason in _ARTICLE_HEADER or best[k].reason == "navigation"):
        stamped = stamped or best[k].reason in STAMPS
        k += 1
    return stamped


# "Jane Doe | Reuters", "Rina Marlina - detikNews" under the headline, where a subtitle would be:
# a name of two or three words, a separator, the publisher. (Longer, it is a headline with its
# site's name, which no line-by-line rule can tell from a byline.) Groups: the name, the publisher.
# (a bar may be glued to the name: "Nadim Haddad| The Daily Star"; a dash, never: "Jean-Luc")
PUBLISHER_AFTER_NAME = r"(?:\s+[|–—-]|\s*\|)\s+((?:The\s+)?[\w.&]+(?:\s+[\w.&]+){0,2})$"
NAME_AND_PUBLISHER = re.compile(r"^(?!(?:By|Oleh)\s)([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,2}"
                                r"(?:(?:,\s*|\s+(?:dan|and|&)\s+)[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,2})?)"  # or two writers
                                + PUBLISHER_AFTER_NAME)
# What sits between a headline and its article's first paragraph; the stamps among it.
# The article's own stamps (also read by the captions detector: a picture over them is the top one).
STAMPS = ("byline", "date")
_DAY_STAMPS = ("date", "site_date")
_ARTICLE_HEADER = frozenset({"byline", "date", "share_widget", "caption", "credit", "author_box"})
# ... and what else the walk up from the article to its headline steps over: a comment count,
# a newsletter or app prompt, an ad slot, an affiliate disclosure.
_HEADER_WALK = _ARTICLE_HEADER | {"comments", "newsletter", "call_to_action", "advertisement", "disclaimer", "site_date",
                                  "embed"}  # (the top video's note: "Video above: ...")
# A blog's headline under its stamps: at most this many lines under one.
STAMPS_OVER_HEADLINE = 3
# A news ticker's label over its headline, at the top of the page.
_TICKER_LABELS = frozenset({"breaking news", "breaking", "just in", "latest news", "berita terkini", "terkini"})
# A video player's bare label in the article's header: the line under it is the video's title.
_VIDEO_LABELS = frozenset({"video", "videos", "watch", "vídeo", "vidéo"})


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
STAMP_ABOVE_LINES = 4


def _stamp_above(best: list[Hint | None], k: int) -> bool:
    """Is there a byline or a date among the few lines above line ``k``?"""
    return any(h is not None and h.reason in STAMPS for h in best[max(0, k - STAMP_ABOVE_LINES):k])


def _byline_part_over_a_stamp(lines: list[Line], best: list[Hint | None], k: int) -> bool:
    """Is line ``k``, right above a byline or date, part of it: the author's name printed again
    in the byline under it ("Harriet Noble" / "By Harriet Noble", an avatar's label), or an
    unlabelled "Name Name | Name Name" (the writer and the editor)?"""
    below = best[k + 1] if k + 1 < len(lines) else None
    return below is not None and below.reason in STAMPS \
        and (lines[k].text in lines[k + 1].text or NAME_AND_PUBLISHER.match(lines[k].text) is not None
             or _WRITERS.match(lines[k].text) is not None)


# The words joining two writers' names in the languages bersih reads (English, Indonesian, French,
# German, Spanish, Portuguese or Italian, Dutch), and the particles a surname may open with
# ("Joris van Wijnen", "Ana de la Cruz"): read here and by pipeline.textmeta.
WRITER_JOINS = ("and", "dan", "et", "und", "y", "e", "en")
NAME_PARTICLES = ("van", "von", "de", "der", "den", "ter", "ten", "da", "das", "do", "dos", "del", "della", "di", "du",
                  "la", "le", "el", "al", "bin", "binti")
# Two writers' names joined: "Pierre-Yves Collignon et Sophie Dewandre", "Jane Doe and John Roe".
_WRITER = rf"[A-Z][\w'’-]+(?: (?:(?:{'|'.join(NAME_PARTICLES)}) )*[A-Z][\w'’-]+){{1,2}}"
_ANOTHER_WRITER = rf",? (?:{'|'.join(WRITER_JOINS)}|&) {_WRITER}"
_WRITERS = re.compile(rf"^{_WRITER}(?:{_ANOTHER_WRITER})+$")
# A writer's line: one name ("Sofie Van den Broeck"), several joined, or one or two with their
# paper in brackets ("Jane Doe and John Roe (The Harbour Post)")
# (three or more listed, the last joined: "Jane Doe, John Roe, and Ada Quist")
_WRITER_LINE = re.compile(rf"^{_WRITER}(?:(?:{_ANOTHER_WRITER})*|(?:, {_WRITER})+{_ANOTHER_WRITER}"
                          rf"|(?:{_ANOTHER_WRITER})? \([^()]{{2,40}}\))$")


# How far above the walk's last line the byline or date may sit, and how long a headline over them
# must be to win over that line.
STAMP_ANCHOR_LINES = 8
ANCHORED_TITLE_MIN_WORDS = 6
ROLE_LINE_MIN_WORDS = 3  # "+ FOLLOW" beside the name is a button, not a line about the writer
ROLE_HEADLINE_MIN_WORDS = 5  # a headline over the name and a longer role; a menu item is shorter
# (a name's letters may carry accents: "Lucía Ferrándiz", "Émile Thibault")
_NAME_PART = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
_PERSON_NAME = re.compile(rf"^{_NAME_PART}(?: {_NAME_PART}){{1,2}}$")
# The writer and the place they report from, on a line of their own: "Sultan Rahman Chowdhury, Sylhet",
# "Elena Sancho Lahoz. Teruel"
WRITER_AND_PLACE = re.compile(rf"^(?!(?:By|Oleh|Von|Par|Por|Door|Per) )({_NAME_PART}(?: {_NAME_PART}){{1,2}})[,.] {_NAME_PART}(?: {_NAME_PART})?$")


def _writer_label(text: str) -> bool:
    """A writer's name alone on its line, maybe with the place they file from, or two writers', or
    with their paper in brackets."""
    return _PERSON_NAME.match(text) is not None or WRITER_AND_PLACE.match(text) is not None \
        or _WRITER_LINE.match(text) is not None


_PHOTO_CREDIT = re.compile(r"(?i)^(?:image|photo|picture|foto|gambar|credit|kredit)\s*:")
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


def _stamps_over(best: list[Hint | None], k: int) -> bool:
    """Is there a byline or a date at most STAMPS_OVER_HEADLINE lines over line ``k``?"""
    return any(_stamp_at(best, j) for j in range(max(0, k - STAMPS_OVER_HEADLINE), k))


def _stamp_at(best: list[Hint | None], j: int) -> bool:
    return j < len(best) and best[j] is not None and best[j].reason in STAMPS


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


SECTION_LABEL_MAX_WORDS = 4  # "Climate change and energy" over the headline


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
# A line about the writer opens with what they are: "Mahasiswi Program Studi ...", "Lecturer in ...".
ROLE_OPENING = re.compile(r"(?i)^(?:mahasiswa|mahasiswi|dosen|peneliti|guru|pegiat|pemerhati|alumnus|alumni|pengajar"
                           r"|student|lecturer|researcher|professor|associate professor|fellow|analyst|founder)\b")


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
    if first_reads_as_title and not first_is_site:
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
    for i in candidates:
        if lines[i].n_words >= FIRST_LINE_TITLE_MIN_WORDS and not (i == 0 and first_is_site):
            return i
    if start < len(lines) and shaped(start) and lines[start].n_words >= FIRST_LINE_TITLE_MIN_WORDS \
            and _stamps_over(best, start):
        # no headline over the header; a blog prints it under its byline, date and reading time
        # ("Posted on Mar 3, 2024" / "6 min read" / headline / its hashtags / the post)
        return start
    return candidates[0] if candidates else None
