"""A heading like 'Berita Terkait' / 'Related Stories' / 'Topik:' opens a run of teaser lines.

The run continues over lines that look like teasers: short lines, truncated excerpts ("…"),
dated leads, and lines the lexicon itself flags. It stops at the first line that reads as an
ordinary paragraph, or at a subheading over one: a heading whose widget was not scraped
(followed directly by prose) removes only itself. A heading that opens a run ends the article
when it opens an end-of-page block.
"""
from __future__ import annotations

import re

from ..decide.prose import PROSE_MIN_STOP, is_prose, title_cased
from ..decide.region import END_AFTER_PROSE_WORDS
from ..decide.region_end import ITEM_NUMBER, VERDICT_LABEL
from ..evidence import Hint
from ..lines import in_arabic_script
from .meta_lines import header_meta_line

# Teaser headlines run up to ~15 words (longest related headlines on Indonesian/English news
# sites); an ordinary paragraph line in a teaser list almost never is this short AND unpunctuated.
TEASER_MAX_WORDS = 15
# Under a few teaser headlines inside an article, a line this short (or a numbered one, a
# listicle's next item) with prose under it is the article's next subheading ("What changed"),
# not one more headline.
SUBHEADING_MAX_WORDS = 6
STAMPED_SUBHEADING_MAX_WORDS = 12
STAMP_MAX_WORDS = 8
ELLIPSIS = ("...", "…", "[…]", "[...]")  # a teaser's excerpt cut short
_FULL_STOPS = frozenset('.!?"”')


# A headline with its day in brackets: "Ferry fares to rise in April (June 10, 2025)".
_DATED_HEADLINE = re.compile(r"\((?:[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]{3,9}\.? \d{4}"
                             r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\)$")


def is_teaser(ln) -> bool:
    if in_arabic_script(ln.text):
        return False
    if ln.dateline is not None:
        return True
    if ln.text.endswith(ELLIPSIS):
        return True
    if ln.text[-1] == ")" and ln.n_words <= TEASER_MAX_WORDS + 4 and _DATED_HEADLINE.search(ln.text):
        return True
    if ln.n_words <= TEASER_MAX_WORDS and not (ln.ends_sentence and ln.n_words >= 8 and not _bracketed_tag(ln.text)):
        return True
    return False


# A headline may close on a bracketed tag ("The Best TV Shows of 2024 (So Far)", "... (VIDEO)"):
# its bracket ends no sentence, as a sign-off's does ("... di Jawa Barat. (ant)").
_BRACKETED_TAG = re.compile(r"[^.!?\"”]\s*\((?:[A-Z0-9][^()]{0,30})\)$")


def _bracketed_tag(text: str) -> bool:
    return text[-1] == ")" and _BRACKETED_TAG.search(text) is not None


# A bare "Topics" / "Tags" heading opens no run above the article (a tag cloud there would sweep
# the headline with it). Under the article, once this share of its prose is above, the short
# lines under it are the story's tags ("Topics" / "Local News" / "Social Media").
TAGS_RUN_MIN_PROSE_SHARE = 0.5


def teaser_blocks(page):
    hits = page.rule_hits()
    lines = page.lines
    n = len(lines)
    tags_from = None  # the line from which a bare tags heading opens a run (computed when one is met)
    past_article = 0  # the line under most of the article's prose (computed when needed)
    article_end = 0  # and the line under nearly all of it

    def end_of_article() -> int:
        nonlocal article_end
        article_end = article_end or _past_prose_share(lines, ARTICLE_END_SHARE)
        return article_end

    for i, hit in enumerate(hits):
        if hit is None:
            continue
        if not hit.rule.opens_block:
            if hit.reason == "related" and not _carries_its_link(lines[i]):
                # (under an inline link, "Läs mer: ...", a "Topic: phrase" line is the article's subheading)
                yield from _kicker_headlines(lines, hits, i)
            elif hit.reason == "navigation" and i + 1 < n and hits[i + 1] is None and _skips_to(lines[i], lines[i + 1]):
                # the skipped section's own heading: an embedded video's title, a box's name
                yield i + 1, Hint("navigation", "strong", False, "skipped_section_heading")
            # (a lower-case "topics" is a sentence broken at an inline link: "in terms of" / "topics")
            if hit.reason != "tags" or lines[i].n_words > 3 or not lines[i].text[0].isupper():
                continue
            if tags_from is None:
                tags_from = _past_prose_share(lines, TAGS_RUN_MIN_PROSE_SHARE)
            if i < tags_from:
                continue
            yield from _tag_run(lines, hits, i, hit)
            continue
        if hit.reason == "related" and _menu_follows(lines, hits, i) and not any(map(is_prose, lines[:i])):
            continue
        if lines[i].lower.startswith(_LIST_CLOSERS):
            continue  # it closes a list, and opens none
        if _ONE_ITEM_HEADING.match(lines[i].lower):
            # "Related Story": one headline, whatever its shape; the article's subheading may follow
            if i + 1 < n and hits[i + 1] is None and lines[i + 1].n_words <= ONE_ITEM_MAX_WORDS \
                    and not lines[i + 1].text.endswith("."):
                yield i + 1, Hint(hit.reason, "strong", False, f"block:{hit.source}")
                # (some sites list more under "Related Article": headlines as long as a teaser's,
                # none a sentence; a subheading under the box is shorter, or asks; a video is one)
                j = i + 2
                while j < n and lines[i].lower.startswith("related") and hits[j] is None and is_teaser(lines[j]) \
                        and not lines[j].ends_sentence and lines[j].n_words > SUBHEADING_MAX_WORDS:
                    yield j, Hint(hit.reason, "strong", False, f"block:{hit.source}")
                    j += 1
            continue
        j = i + 1
        closed_at = _closing_marker(lines, hits, i)
        while j < n and (hits[j] is not None or is_teaser(lines[j]) or _marked_item(hits, hit, j)
                         or j < closed_at or _asking_headlines_go_on(lines, hits, j)
                         or j > i + 1 and _asks_as_the_headline_above(lines, j)
                         or j == i + 1 and _headline_under_a_label(lines[i], lines[j], hit)
                         or j == i + 2 and _summary_under_the_headline(lines, hits, i, hit)
                         or hit.reason == "related" and _summary_between_headlines(lines, hits, i, j)
                         and i >= (past_article := past_article or _past_prose_share(lines, ARTICLE_OVER_SHARE))):
            if lines[j].dateline is not None and (hit.reason != "related" or not _headline_before(lines, hits, j)):
                # A dated lead is another story's teaser only in a related list, under its
                # headline; under a photo, a date or an author box it is the article's own.
                break
            # (a sentence opening a list is the article's: "The new positions include:"; no
            # teaser headline ends on a colon)
            # (right under the heading too, over a paragraph: "Recommended Videos" / "This is
            # important because:" / paragraph, the box's video gone from the scraped text)
            if hits[j] is None and j > closed_at and _opens_a_list(lines[j]) \
                    and (j > i + 1 or _prose_under(lines, hits, j)):
                break
            # (right under a heading that carries its own link, "Also read: The lost art of ...", too)
            # (not the next item of a bulleted list of links: "* Headline" / "* Headline")
            # (nor, past a bulleted list of links, the first line with no bullet: "* Headline" /
            # "Day one: Nugget Point and Kaka Point" / paragraph)
            # (the prose under it is asked first: the other signs cost more, and most teasers have none)
            if hits[j] is None and j > closed_at and (j > i + 1 or _carries_its_link(lines[i])) \
                    and (_prose_under(lines, hits, j) or _carries_its_link(lines[i]) and _subheading_under(lines, hits, j)) \
                    and (lines[j].n_words <= SUBHEADING_MAX_WORDS or lines[j].numbered
                         or _past_the_bullets(lines[j - 1], lines[j])
                         or _parallel_subheading(lines, hits, j, end_of_article())
                         or _outshortened(lines, hits, i, j)) \
                    and not _next_bullet(lines[j - 1], lines[j]):
                if hit.reason == "related" and i >= end_of_article() \
                        and j - i <= LAST_TEASER_MAX_LINES and not any(hits[i + 1:j]) \
                        and not _two_paragraphs_under(lines, hits, j) \
                        and not lines[j + 1].text.startswith(lines[j].text.split(" ", 1)[0] + " "):
                    # (past nearly all the article's prose, under a few plain teasers, it is the box's
                    # last teaser over the site's note; not a name over the writer's bio, "Jane Doe" /
                    # "Jane covers ...")
                    yield j, Hint(hit.reason, "strong", False, f"block:{hit.source}")
                break
            # (nor, past an ad label that closes the box, the article's subheading over its prose:
            # "Recommended Videos" / titles / "Advertisement" / "How to stay safe in the heat" / ...)
            if hits[j] is None and j > closed_at and j > i + 2 and hits[j - 1] is not None \
                    and hits[j - 1].reason == "advertisement" and not lines[j].ends_sentence \
                    and (_prose_under(lines, hits, j) or j + 1 < n and _opens_a_list(lines[j + 1])):
                break
            # (nor the article's next numbered item, whose number goes on from one over the box:
            # "4. Reverse Lunge" / ... / "Watch Next" / video / "00:58" / "5. Renegade Row")
            if hits[j] is None and j > closed_at and lines[j].numbered and _numbering_goes_on(lines, i, j):
                break
            # Headlines with no summary, then a sentence over a paragraph: the article's own opening
            # line of its next section ("Related Stories" / two headlines / "Tour operators say
            # they're cautiously optimistic." / paragraph). A list of headline-and-summary pairs
            # has its first summary under its first headline.
            if hits[j] is None and j > closed_at and j >= i + 3 and lines[j].ends_sentence \
                    and not any(lines[k].ends_sentence for k in range(i + 1, j)) and _prose_under(lines, hits, j):
                break
            # (a teaser ends with its stamp: a short line under it over prose is the article's next
            # subheading, "Le 2 oct. 2024 à 07:12" / "Les riverains invités à fermer leurs fenêtres")
            if hits[j] is None and j > closed_at and _stamp(lines[j - 1], hits[j - 1]) \
                    and lines[j].n_words <= STAMPED_SUBHEADING_MAX_WORDS and not lines[j].ends_sentence \
                    and _prose_under(lines, hits, j) and j + 2 < len(lines) and hits[j + 2] is None \
                    and is_prose(lines[j + 2]):
                break  # (two paragraphs under it: a teaser's summary is one, under the next stamp)
            if hits[j] is None:
                yield j, Hint(hit.reason, "strong", False, f"block:{hit.source}")
                if j == i + 2 and not is_teaser(lines[j]) and _summary_under_the_headline(lines, hits, i, hit):
                    break  # the card's summary: the article goes on under it
            elif lines[j].lower.startswith(_LIST_CLOSERS):
                break  # a screen reader's "end of list": the article goes on under it
            j += 1


_LIST_CLOSERS = ("end of ", "akhir dari ")
# A box that says it holds one story: "Related Story", "Related Article".
_ONE_ITEM_HEADING = re.compile(r"^(?:related (?:story|article|post|video|link|read)|featured recipe"
                               r"|simak video(?: pilihan)? berikut(?: ini)?)\s*:?$")
ONE_ITEM_MAX_WORDS = 20
_SKIP_LINK = "skip next section "


def _skips_to(link, ln) -> bool:
    """Is ``ln`` the heading the skip link over it names ("Skip next section Germany's vanishing
    village buses" / "Germany's vanishing village buses")?"""
    return link.lower.startswith(_SKIP_LINK) and link.text[len(_SKIP_LINK):] == ln.text


NUMBERING_LOOKBACK = 60


def _numbering_goes_on(lines, i: int, j: int) -> bool:
    """Does line ``j``'s number follow that of an item over the box opened at line ``i``?"""
    m = ITEM_NUMBER.match(lines[j].text)
    if m is None or m[1] == "1":
        return False
    before = (str(int(m[1]) - 1) + ".", str(int(m[1]) - 1) + ")")
    return any(lines[k].text.startswith(before) for k in range(i - 1, max(-1, i - 1 - NUMBERING_LOOKBACK), -1))


def _bulleted(ln) -> bool:
    """Does ``ln`` open with a bullet ("* ", "• ", "- "), not a number?"""
    return ln.numbered and not ln.text[0].isdecimal()


def _past_the_bullets(above, ln) -> bool:
    """Is ``ln`` the first line with no bullet under a bulleted item ("* Headline")?"""
    return _bulleted(above) and not ln.numbered


def _next_bullet(above, ln) -> bool:
    """Does ``ln`` open with the bullet the item above it opens with?"""
    return _bulleted(ln) and above.numbered and above.text[0] == ln.text[0]


# A teaser headline under its kicker, "Dürre in Deutschland: Wie trocken ist es in Ihrer Region?":
# a topic of a few words, a colon, a capitalised headline with no full stop.
_KICKER_HEADLINE = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’-]+){0,3}: [\"„“«]?[^\W\d_].*[^.:;,]$")


def _kicker_headlines(lines, hits, i):
    """Under a related heading that opens no run ("Mehr zum Thema", whose box the article goes on
    under, often with a subheading as long as a headline): the box's headlines written under their
    kicker, and the lines a rule names between them (each one's byline)."""
    j = i + 1
    while j < len(lines) and (hits[j] is not None or lines[j].n_words <= TEASER_MAX_WORDS
                              and _KICKER_HEADLINE.match(lines[j].text)):
        if hits[j] is None:
            yield j, Hint("related", "strong", False, f"kicker:{hits[i].source}")
        elif hits[j].reason not in ("byline", "date", "related"):
            return
        j += 1


def _stamp(ln, hit) -> bool:
    """A teaser's date: a line a rule names as one, or one read as a stamp ("Le 2 oct. 2024 à 07:12")."""
    return hit is not None and hit.reason == "date" or hit is None and ln.n_words <= STAMP_MAX_WORDS \
        and (meta := header_meta_line(ln.text)) is not None and meta.author is None and meta.stamp is not None


def _tag_run(lines, hits, i, hit):
    """The tag lines under bare tags heading ``i`` down to the first line that is no teaser, a
    subheading over prose, or the next heading that opens a list of its own (its run names it)."""
    j = i + 1
    while j < len(lines) and (hits[j] is not None or is_teaser(lines[j])):
        if hits[j] is not None:
            if hits[j].rule.opens_block or hits[j].reason != "tags":
                return  # the next block: a related list, the comments ("Reacties (27)")
        elif lines[j].dateline is not None or _prose_under(lines, hits, j):
            return
        else:
            yield j, Hint(hit.reason, "strong", False, f"block:{hit.source}")
        j += 1


def _past_prose_share(lines, share: float) -> int:
    """The first line under which ``share`` of the page's prose words (and a paragraph's worth) are."""
    prose = [ln.n_words if is_prose(ln) else 0 for ln in lines]
    need, seen = max(END_AFTER_PROSE_WORDS, share * sum(prose)), 0
    for k, words in enumerate(prose):
        seen += words
        if seen >= need:
            return k + 1
    return len(lines)


# Story headlines run longer than this. Above the article, a "Latest" or "Trending" item over
# one- and two-word lines is a menu entry over the rest of the menu, and a run from it would
# sweep on into the headline. (Under the article, short lines under "More from" are the list's
# dates and labels.)
MENU_ITEM_MAX_WORDS = 2


def _carries_its_link(heading) -> bool:
    """Does the heading line hold its link's headline too ("Baca juga: Harga cabai naik", "Also
    Read - DNCC starts drive ...")?"""
    for mark in (":", " - ", " – ", " — "):
        _, found, rest = heading.text.partition(mark)
        if found and len(rest.split()) >= 3:
            return True
    return False


def _menu_follows(lines, hits, i) -> bool:
    """Is the first line under related heading ``i`` that no rule names a menu item?"""
    j = next((k for k in range(i + 1, len(lines)) if hits[k] is None), None)
    # ("Sains & Teknologi" is a two-word menu item)
    return j is not None and lines[j].n_words - lines[j].text.count(" & ") <= MENU_ITEM_MAX_WORDS \
        and not lines[j].numbered


LABEL_MAX_WORDS = 4


# A headline right under its label may run longer than a teaser in a list ("Golpe do Pix: veja
# como se proteger e o que fazer se cair em uma fraude"): a paragraph this short ends a sentence.
LABELLED_HEADLINE_MAX_WORDS = 22


def _headline_under_a_label(label, ln, hit) -> bool:
    """The line right under a bare "Baca Juga:" / "Read more:" / "Related" label is the link's
    headline, even when it asks, exclaims or closes on a quote ("Daftar Biaya Haji 2025, Jakarta
    Paling Mahal?", "Réforme du lycée pro : «On nous demande ...»"), or runs long with no full stop."""
    return (label.n_words <= LABEL_MAX_WORDS and (label.text[-1] == ":" or hit.reason == "related")
            and ln.dateline is None
            and (ln.n_words <= TEASER_MAX_WORDS and ln.text[-1] in "?!\"”'’»"
                 or ln.n_words <= LABELLED_HEADLINE_MAX_WORDS and (not ln.ends_sentence or _quote_closes_bare(ln.text))))


def _quote_closes_bare(text: str) -> bool:
    """Does the line close on a quote with no stop inside it (a headline quoting someone: "...
    : «On nous demande de former des élèves»")? A paragraph's quote closes on its full stop."""
    return text[-1] in "\"”»" and text[-2] not in ".!?,;…"


# A related card's one-line summary under its headline: "Related" / "How to Make Windows 11 Start
# Faster" / "Get to your desktop sooner with these simple tweaks." / the article's next subheading.
CARD_SUMMARY_MAX_WORDS = 12


def _summary_under_the_headline(lines, hits, i, hit) -> bool:
    """Line ``i + 2`` is the summary of the one headline under the related label at ``i``: a
    short sentence (not in title case, as a table's title is) over a subheading (or a line a rule
    names), not over the article's prose."""
    j = i + 2
    headline, ln = lines[i + 1], lines[j]
    if hit.reason != "related" or hits[i + 1] is not None or hits[j] is not None \
            or not (ln.ends_sentence and ln.n_words <= CARD_SUMMARY_MAX_WORDS) or title_cased(ln):
        return False
    if headline.ends_sentence or not title_cased(headline) or headline.n_words > TEASER_MAX_WORDS:
        return False
    under = lines[j + 1] if j + 1 < len(lines) else None
    return under is None or hits[j + 1] is not None \
        or (under.n_words <= TEASER_MAX_WORDS and not under.ends_sentence and title_cased(under))


# Under the article (this share of the page's prose above its label), a related list may give
# each headline a summary of a sentence or two: "Explore more" / "Deutsche Bahn: Why are trains so
# often late?" / "Trains are notoriously unpunctual. Years of underinvestment ..." / the next headline.
ARTICLE_OVER_SHARE = 0.6
TEASER_SUMMARY_MAX_WORDS = 30
HEADLINE_MIN_WORDS = 4


def _summary_between_headlines(lines, hits, i, j) -> bool:
    """Line ``j`` of the run opened at ``i`` is the summary of the headline over it, with the
    next headline under it; or that next headline (maybe a question) between two summaries."""
    if j < i + 2 or j + 1 >= len(lines) or hits[j] is not None or hits[j + 1] is not None:
        return False  # (the next line a rule names, "Editor: Jane Doe", is the article's furniture)
    ln, above, below = lines[j], lines[j - 1], lines[j + 1]
    if _teaser_headline(ln):
        return above.text[-1] == "." and _teaser_summary(above) and _teaser_summary(below)
    if not (_teaser_summary(ln) and _teaser_headline(above) and _teaser_headline(below)):
        return False
    # and a second pair above or under this one (one headline and a sentence under a label, with
    # the article's subheading under them, is a link over the article's next part)
    n = len(lines)
    return j >= 3 and hits[j - 2] is None and _teaser_summary(lines[j - 2]) and _teaser_headline(lines[j - 3]) \
        or j + 2 < n and hits[j + 2] is None and _teaser_summary(lines[j + 2]) \
        and (j + 3 == n or hits[j + 3] is not None or _teaser_headline(lines[j + 3]))


def _teaser_headline(ln) -> bool:
    # (not a sentence's end and the start of one cut by a link: "... integration. Utilize")
    return ln.text[-1] != "." and HEADLINE_MIN_WORDS <= ln.n_words <= TEASER_MAX_WORDS and ". " not in ln.text


def _teaser_summary(ln) -> bool:
    return ln.ends_sentence and ln.n_words <= TEASER_SUMMARY_MAX_WORDS


# A list between a screen reader's opening and closing markers ("Recommended articles" ...
# "End of Recommended articles") holds a few headlines.
MARKED_LIST_MAX_ITEMS = 8


def _closing_marker(lines, hits, i) -> int:
    """The line of the marker closing the list that line ``i`` opens (a later line the same
    rule names, which says the opener's words after its own: "Artikel yang direkomendasikan" ...
    "Akhir dari Artikel yang direkomendasikan"), or -1. Every line between is one of the list's
    items, however it reads. (Two "Related:" inserts a few lines apart are two lists.)"""
    rule, opener = hits[i].rule, lines[i].lower
    for k in range(i + 2, min(len(hits), i + MARKED_LIST_MAX_ITEMS + 2)):
        if hits[k] is not None and hits[k].rule is rule and lines[k].lower.endswith(" " + opener):
            return k
    return -1


def _asks_or_quotes(ln) -> bool:
    """A headline closing on a question, an exclamation or a quote, or written as two short
    sentences ("Storms are getting stronger. Here's what scientists are watching."), which reads
    as a sentence."""
    return ln.n_words <= TEASER_MAX_WORDS and ln.dateline is None \
        and (ln.text[-1] in "?!\"”'’" or ln.text[-1] == "." and ". " in ln.text)


def _asking_headlines_go_on(lines, hits, j) -> bool:
    """Is line ``j`` one of a few such headlines, with more of the list under them (a teaser or
    a line a rule names)? Under a teaser list, the article resumes with prose, not a list."""
    k = j
    while k < len(lines) and hits[k] is None and _asks_or_quotes(lines[k]):
        k += 1
    return k > j and k < len(lines) and (hits[k] is not None or is_teaser(lines[k]))


ASKING_HEADLINE_MIN_WORDS = 8


def _asks_as_the_headline_above(lines, j) -> bool:
    """Is line ``j`` a question in title case, a headline's length, under a title-cased teaser
    ("Distressed Buildings Pile Up as Loans Come Due" / "What Happens to Tenants When a Landlord
    Goes Into Foreclosure?")? The box's next headline; the article's own subheadings are shorter."""
    ln = lines[j]
    return ln.text.endswith("?") and ln.n_words >= ASKING_HEADLINE_MIN_WORDS and title_cased(ln) \
        and title_cased(lines[j - 1]) and not lines[j - 1].ends_sentence


def _marked_item(hits, opener, j) -> bool:
    """Is line ``j`` one item between two of the list's own markers ("list 2 of 3" / headline /
    "list 3 of 3")? Then it belongs to the list even when it reads as a sentence (a headline
    ending in a quote or a question mark)."""
    return hits[j - 1] is not None and j + 1 < len(hits) and hits[j + 1] is not None \
        and hits[j + 1].rule is opener.rule


# A sentence ending on a colon opens a list: under a teaser run, one of a few words ends the run
# ("The new positions include:"); under a short line, one of a sentence's length makes that line
# a subheading ("What residents can expect" / "During the trial, residents ... will:").
LIST_OPENER_MIN_WORDS_ALONE = 3
LIST_OPENER_MIN_WORDS = 8


def _opens_a_list(ln) -> bool:
    # (or a review's list of pros or cons: "Otter.ai pros:")
    return ln.text[-1] == ":" and (ln.n_words >= LIST_OPENER_MIN_WORDS_ALONE and ln.stop_ratio > 0
                                   and not title_cased(ln) or VERDICT_LABEL.match(ln.text) is not None)


_PICTURE_LINES = ("caption", "share_widget")


def _prose_under(lines, hits, j) -> bool:
    """Is the line under ``j`` a paragraph (not another teaser), past a photo credit or caption,
    or, under a listicle's numbered item, an embedded post's lines ("Lihat postingan ini di
    Instagram" / "Sebuah kiriman dibagikan oleh ...")?"""
    k = j + 1
    skipped = _PICTURE_LINES if lines[j].numbered else ("caption",)
    while k < len(lines) and k <= j + 3 and hits[k] is not None and hits[k].reason in skipped:
        k += 1
    # (a short sentence counts: "Antusiasme wisatawan turut berdampak pada sektor perhotelan." But
    # not a short line that opens a quote or a list with a colon: that may follow a teaser, too;
    # a sentence opening a list does: "During the trial, residents in the selected blocks will:")
    if k >= len(lines) or hits[k] is not None:
        return False
    ln = lines[k]
    return ln.text[-1] == ":" and ln.stop_ratio >= PROSE_MIN_STOP and (ln.n_words >= LIST_OPENER_MIN_WORDS
                                                                       or _items_under(lines, hits, k)) \
        or not is_teaser(ln) and (is_prose(ln) or ln.text[-1] in _FULL_STOPS or in_arabic_script(ln.text))


def _items_under(lines, hits, k) -> bool:
    """Does a shorter sentence opening a list ("O pacote inclui quatro medidas principais:") stand
    over the list's first item, closed by a semicolon or numbered, under a line of more than one
    word (a lone word over it is a badge: "Premium")?"""
    return lines[k].n_words >= LIST_OPENER_MIN_WORDS_ALONE and lines[k - 1].n_words > 1 \
        and k + 1 < len(lines) and hits[k + 1] is None \
        and (lines[k + 1].text[-1] == ";" or lines[k + 1].numbered or _labelled_items(lines, hits, k + 1))


ITEM_LABEL_MAX_CHARS = 40


def _labelled_items(lines, hits, k) -> bool:
    """Do lines ``k`` and ``k + 1`` each open on a label and its colon, as a list's items do
    ("İstanbul (Avrupa Yakası): Benzin 43,18 TL, ..." / "Ankara: Benzin ...")?"""
    return k + 1 < len(lines) and hits[k + 1] is None and all(
        0 < lines[m].text.find(": ") <= ITEM_LABEL_MAX_CHARS and not lines[m].ends_sentence for m in (k, k + 1))


PARALLEL_OPENING_WORDS = 4
ARTICLE_END_SHARE = 0.9
LAST_TEASER_MAX_LINES = 5


def _parallel_subheading(lines, hits, j, end: int) -> bool:
    """Does line ``j`` open with the same words as a subheading further down the article, above
    line ``end`` ("Cara Mengubah Foto Jadi PDF di HP Android" ... "Cara Mengubah Foto Jadi PDF di
    iPhone")? The article's sections name themselves alike; another story's headline rarely shares
    so many. (Under the article, a column's teasers share their openings too: "Monthly Round-Up: ...")"""
    ln = lines[j]
    if ln.n_words < PARALLEL_OPENING_WORDS or ln.ends_sentence:
        return False
    key = ln.opening(PARALLEL_OPENING_WORDS)
    return any(hits[k] is None and lines[k].n_words >= PARALLEL_OPENING_WORDS and not lines[k].ends_sentence
               and lines[k].n_words <= TEASER_MAX_WORDS and lines[k].opening(PARALLEL_OPENING_WORDS) == key
               and lines[k].text != ln.text  # (not a contents box's entry: its subheading, printed again)
               and _prose_under(lines, hits, k) for k in range(j + 2, end))


SHORT_SUBHEADING_MAX_WORDS = 10


def _outshortened(lines, hits, i, j) -> bool:
    """Is line ``j``, under the teasers of the heading at ``i``, a short line in sentence case that
    each of them is half as long again as ("Mirá también" / a 13-word headline / "Cuánto cobran los
    jubilados en abril 2025" / paragraph)? Teasers of one box run to like lengths; the article's
    subheading is shorter than a headline. (Not a title-cased one: "Baca Juga:" / two headlines
    of eleven and seven words, the site's teasers all title-cased.)"""
    teasers = [lines[k].n_words for k in range(i + 1, j) if hits[k] is None]
    return bool(teasers) and lines[j].n_words <= SHORT_SUBHEADING_MAX_WORDS \
        and 2 * min(teasers) >= 3 * lines[j].n_words and not title_cased(lines[j])


def _subheading_under(lines, hits, j) -> bool:
    """Is the line under ``j`` a short subheading over a paragraph ("Everything new in the update"
    / "Breeze changes" / paragraph)?"""
    k = j + 1
    return k < len(lines) and hits[k] is None and lines[k].n_words <= SUBHEADING_MAX_WORDS \
        and not lines[k].ends_sentence and _prose_under(lines, hits, k)


def _two_paragraphs_under(lines, hits, j) -> bool:
    return j + 2 < len(lines) and all(hits[k] is None and is_prose(lines[k]) for k in (j + 1, j + 2))


def _headline_before(lines, hits, j) -> bool:
    """Is the line above a teaser's headline: short, one phrase (a caption has a sentence and a
    credit: "Presiden meresmikan bendungan. ©2025 Site.com/Name")?"""
    prev = lines[j - 1]
    return (hits[j - 1] is None and prev.n_words <= TEASER_MAX_WORDS and prev.dateline is None
            and not prev.ends_sentence and ". " not in prev.text)


# "Previous Story" / "Hawaii council weighs vape ban" / "Next Story" / "...": the label of a link
# to the site's previous or next story, over that story's headline.
_NEIGHBOUR_LABEL = re.compile(r"^(?:previous|prev|next|older|newer|sebelumnya|selanjutnya|berikutnya)\s+"
                              r"(?:post|article|artikel|story|berita)$|^(?:artikel|berita) (?:sebelumnya|selanjutnya)$")
NEIGHBOUR_LABEL_MAX_WORDS = 3


def neighbour_story_links(page):
    """The headline right under a link to the site's previous or next story: that story's."""
    hits, lines = page.rule_hits(), page.lines
    for i, hit in enumerate(hits[:-1]):
        if hit is None or hit.reason != "navigation" or lines[i].n_words > NEIGHBOUR_LABEL_MAX_WORDS \
                or not _NEIGHBOUR_LABEL.match(lines[i].lower.strip(" «‹<←»›>→")):
            continue
        nxt = lines[i + 1]
        if hits[i + 1] is None and nxt.dateline is None and (is_teaser(nxt) or _asks_or_quotes(nxt)):
            yield i + 1, Hint("related", "strong", False, "neighbour_story_link")


# A tag list with no heading of its own, right under the article's last paragraph: a few short
# capitalised phrases, none a sentence ("Housing" / "Renting" / "Rental crisis"). Weak: it removes
# no line that reads as prose. A list the article announces stays: the line over it ends on a colon.
HEADLESS_TAGS_MIN = 3
HEADLESS_TAG_MAX_WORDS = 4


def headless_tag_runs(page):
    lines, hits = page.lines, page.rule_hits()
    n = len(lines)

    def tag_like(k: int) -> bool:
        ln = lines[k]
        return hits[k] is None and ln.n_words <= HEADLESS_TAG_MAX_WORDS and not ln.ends_sentence and not ln.numbered \
            and ln.text[0].isupper() and ln.text[-1] not in ":,;"

    end = None
    i = 1
    while i < n:
        if not tag_like(i) or not (lines[i - 1].ends_sentence and is_prose(lines[i - 1])) or lines[i - 1].text[-1] == ":":
            i += 1
            continue
        j = i
        while j < n and tag_like(j):
            j += 1
        if j - i >= HEADLESS_TAGS_MIN:
            end = end or _past_prose_share(lines, ARTICLE_END_SHARE)
            if i >= end:
                for k in range(i, j):
                    yield k, Hint("tags", "weak", False, "headless_tags")
        i = j
