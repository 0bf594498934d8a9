"""Image captions recognised by structure rather than words.

* prefixed: an image's alt text (often the page title) glued to its caption:
  "<Title>Pasukan berbaris di ...". The line starts with another line of the page.
* credited: the line right under a bare photo credit ("Getty Images", "Reuters/Jane Doe"),
  short and without a full stop, is that photo's caption: news sites print the credit over
  the picture and the caption under it.
* near-duplicate: a caption printed twice with a small difference (caption, credit toggle,
  caption with a final period): lines that open with the same words but are not identical.
  Not when the shorter one stops mid-sentence and the longer one carries on from it: that is
  a headline or summary cut from the article's own paragraph.
"""
from __future__ import annotations

import re

from ..calendar import MONTHS
from ..decide.header import STAMPS
from ..decide.prose import TITLE_SEPARATORS, is_prose, title_cased
from ..decide.region import IN_ARTICLE_CAPTION
from ..decide.region_end import FIELD_LABEL
from ..decide.region_start import BARE_CREDIT_MAX_WORDS
from ..evidence import Hint
from ..language import _TOKEN_EDGE
from .meta_lines import META_MAX_WORDS, header_meta_line
from .stamps import photo_credit_alone, signed_by_the_writer

PREFIX_MIN_WORDS = 3
DUP_KEY_CHARS = 60  # captions repeated by widgets agree on at least their opening
DUP_MIN_WORDS = 6
# Two long prose variants of one paragraph with no credit or toggle in either are the text
# repeated, not a caption: captions rarely run this long, and a repeated one carries its credit.
REWORDED_MIN_WORDS = 20
_CAPTION_MARK = re.compile(r"\b(?:hide|show|toggle|sembunyikan|tampilkan) (?:caption|keterangan)|\b(?:getty images|"
                           r"shutterstock|antara foto|reuters|afp|ap photo|associated press|epa|istock|foto|photo|"
                           r"image|credit|kredit|dok)\b|\b(?:via|melalui) (?:ap|afp|reuters)\b|\bpicture(?::| by)")
# A teaser cut from a paragraph is at most two thirds of it, and this many words shorter.
TEASER_MIN_EXTRA_WORDS = 8


def prefixed_captions(page):
    lines = page.lines
    p = PREFIX_MIN_WORDS
    keys = [ln.opening(p) if ln.n_words >= p else None for ln in lines]
    heads: dict[tuple[str, ...], list[str]] = {}
    for ln, key in zip(lines, keys):
        if key is not None and ln.n_words <= 25:
            heads.setdefault(key, []).append(ln.text)
    if not heads:
        return
    for ln, key in zip(lines, keys):
        if ln.n_words <= p:
            continue
        t = ln.text
        for h in heads.get(key, ()):
            # Glued: the caption's first letter right after the alt text. A space or a comma
            # there is a paragraph that opens with the words of a shorter line (a headline).
            if len(t) > len(h) + 10 and t.startswith(h) and t[len(h)].isalnum():
                yield ln.index, Hint("caption", "strong", False, "caption_prefix")
                break


CREDIT_MAX_WORDS = 6
# Words no caption ends on: a line ending so was cut by a link in the middle of a sentence.
_CANNOT_END = frozenset("a an the your my our their his her its of to in on at for with by from and or but as "
                        "that this these those yang di ke dari dan untuk dengan pada oleh para sang si".split())
CAPTION_MAX_WORDS = 30
CAPTION_MIN_WORDS = 8  # shorter, it is as likely a subheading
CAPTION_LEAD_GAP = 4  # lines a rule names (a credit, a share bar) between a caption and the lead


# A work of art's caption under its credit: the artist, the title, the year ("Edith Marrow, The
# Elevator Boy (Tommy), 1933."), which ends with a full stop as no other caption under a credit does.
_ARTWORK = re.compile(r"^[A-ZÀ-Þ][^.!?]{2,120}, (?:c\. ?|ca\. ?)?\d{4}(?:[-–]\d{2,4})?\.$")
ARTWORK_MIN_WORDS = 4


def credited_captions(page):
    hits = page.rule_hits()
    lines = page.lines
    for i, hit in enumerate(hits[:-1]):
        if hit is None or hit.reason != "caption" or lines[i].n_words > CREDIT_MAX_WORDS or hits[i + 1] is not None:
            continue
        nxt = lines[i + 1]
        if ARTWORK_MIN_WORDS <= nxt.n_words <= CAPTION_MAX_WORDS and _ARTWORK.match(nxt.text):
            yield i + 1, Hint("caption", "strong", False, "caption_credited")
            continue
        if not (CAPTION_MIN_WORDS <= nxt.n_words <= CAPTION_MAX_WORDS) or nxt.ends_sentence or nxt.dateline is not None:
            continue
        after = lines[i + 2] if i + 2 < len(lines) else None
        if after is not None and (after.text[0].islower() or after.text[0] in ",.;:)"):
            continue  # a paragraph cut by a link under the picture, not a caption
        if nxt.text.rsplit(" ", 1)[-1].lower().strip(_TOKEN_EDGE) in _CANNOT_END:
            continue  # "... Maybe a tracker is on your" + link: a sentence cut short
        if title_cased(nxt) or nxt.numbered:
            continue  # a subheading under the picture ("1. A business that doesn't depend on oil prices")
        yield i + 1, Hint("caption", "strong", False, "caption_credited")


# The day in brackets as Indonesian news writes it: "Rabu (13/3/2024)", "Senin (4/11)".
_BRACKETED_DAY = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")


def dated_captions_under_their_credit(page):
    """A sentence naming the day in brackets, between the picture's credit alone on its line
    ("HARBOURPOST.CO.ID/JANE DOE") or the header's stamps (the date, "0 Komentar") and the lead
    that opens on a dateline ("HARBOURPOST.CO.ID, KOTA - ..."): the top picture's caption
    ("Pedagang menata lapak di ..., Rabu (13/3/2024)."), though it ends on a full stop as the lead does."""
    hits, lines = page.rule_hits(), page.lines
    for i in range(1, len(lines) - 1):
        ln = lines[i]
        if hits[i] is None and CAPTION_MIN_WORDS <= ln.n_words <= KEYWORD_CAPTION_MAX_WORDS and ln.dateline is None \
                and lines[i + 1].dateline is not None \
                and (photo_credit_alone(lines[i - 1], hits[i - 1]) or hits[i - 1] is not None and hits[i - 1].reason in _HEADER_ENDS) \
                and _BRACKETED_DAY.search(ln.text):
            yield i, Hint("caption", "strong", False, "caption_dated_under_credit")


TOGGLE_MAX_WORDS = 3
TOGGLED_CAPTION_LINES = 3
OUTLET_CREDIT_MAX_WORDS = 4


def captions_under_a_toggle(page):
    """The lines under a caption's toggle ("Show Caption" / "Hide Caption" / a video's title /
    its description / "Harbour Post"), down to a short credit line the page printed before (the
    outlet under the writer's name): that picture's or video's caption and credit."""
    hits = page.rule_hits()
    lines = page.lines
    seen: set[str] | None = None
    for i, hit in enumerate(hits[:-2]):
        if hit is None or hit.reason != "caption" or lines[i].n_words > TOGGLE_MAX_WORDS or "caption" not in lines[i].lower:
            continue
        k = i + 1
        while k < len(lines) and k - i <= TOGGLED_CAPTION_LINES and hits[k] is None \
                and CAPTION_MIN_WORDS // 2 <= lines[k].n_words <= CAPTION_MAX_WORDS and lines[k].dateline is None:
            k += 1
        if k == i + 1 or k >= len(lines) or hits[k] is not None or lines[k].n_words > OUTLET_CREDIT_MAX_WORDS \
                or lines[k].ends_sentence:
            continue
        if seen is None:
            seen = {ln.text for ln in lines[:i]}
        if lines[k].text in seen:
            for j in range(i + 1, k + 1):
                yield j, Hint("caption", "strong", False, "caption_under_toggle")


# A photo's caption says when it was taken: "... on Tuesday.", "... on Feb. 4, 2025.",
# "... Selasa (12/11/2024)."
_DAY_OF_THE_PICTURE = re.compile(
    r"(?i)\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}"
    r"|\bon (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b"  # "... on Feb. 27, calling for ..."
    # (a month in any language bersih reads: "13 Mei 2025", "4 ottobre 2024")
    rf"|\d{{1,2}}\.? (?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.? \d{{4}}"
    r"|(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu) \(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))")


# ... or where the people stand in it: "Jane Doe, left, and her husband ...", "(from left)"
_PLACE_IN_THE_PICTURE = re.compile(r"(?i), (?:left|right|center|centre|second from (?:left|right)|from left|front|back),"
                                   r"|\((?:from )?(?:left|right|l-r|r-l)\)")


def _caption_under(lines, hits, credit: int) -> bool:
    """Does the credit sit over its own caption, a phrase with no full stop ("Jane Doe/BBC" /
    "Eleri Vaughan has swum at the lido every summer since she was a child")? Then the sentence
    over the credit is the article's."""
    k = credit + 1
    return k < len(lines) and hits[k] is None and CAPTION_MIN_WORDS <= lines[k].n_words <= CAPTION_MAX_WORDS \
        and not lines[k].ends_sentence and lines[k].dateline is None


PICTURE_CONTROL_MAX_WORDS = 5
# (a button's verb: not a credit, "Credit: Jane Doe", which may belong to the picture above)
_PICTURE_CONTROL = re.compile(r"(?i)^(?:enlarge|expand|hide|toggle|show|close|zoom|open this (?:photo|image)"
                              r"|vergrößern|perbesar|ampliar|agrandir)\b")


def _picture_control(lines, hits, k: int) -> bool:
    """Is line ``k`` a picture's own control or label, which a caption rule names ("Enlarge this
    image" over the caption, "hide caption" under its credit)? Then the line between is its caption,
    whatever it says."""
    return 0 <= k < len(lines) and hits[k] is not None and hits[k].reason == "caption" \
        and lines[k].n_words <= PICTURE_CONTROL_MAX_WORDS and _PICTURE_CONTROL.match(lines[k].text) is not None


# The top picture sits in the article's header: its credit at most this many lines over the byline or date.
HEADER_PICTURE_STAMP_LINES = 2


def _stamp_under(hits, k: int) -> bool:
    """Is there a byline or a date on line ``k`` or right under it (the picture over them is the
    article's top picture, whose caption no reader takes for a paragraph)?"""
    return any(hits[j] is not None and hits[j].reason in STAMPS
               for j in range(k, min(len(hits), k + HEADER_PICTURE_STAMP_LINES)))


HEADER_LINE_MIN_WORDS = 4


def _under_headline_and_dek(lines, hits, i: int) -> bool:
    """Is line ``i`` a sentence under two lines no rule names, the headline and its dek? (A sentence
    right under the headline, over the credit, is as likely its dek over an uncaptioned picture.)"""
    return lines[i].ends_sentence and i >= 2 and all(
        hits[j] is None and lines[j].n_words >= HEADER_LINE_MIN_WORDS for j in (i - 1, i - 2))


# The article's header ends on these: the top picture's caption may stand right under them.
_HEADER_ENDS = frozenset(STAMPS) | {"share_widget", "comments", "navigation"}
HEADER_CAPTION_MAX_WORDS = 20
# A full stop that ends a sentence: "Wis. in 2023" is an abbreviation going on.
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’]? [\"“‘]?[A-Z]")


def _header_end(lines, hits, k: int) -> bool:
    """Does line ``k`` end the article's header: a stamp, a share bar, a comment count, or a line
    of stamps no single rule names ("PUBLISHED: March 19, 2024 at 5:30 AM EDT | UPDATED: ...")?"""
    if hits[k] is not None:
        return hits[k].reason in _HEADER_ENDS
    return lines[k].n_words <= META_MAX_WORDS and header_meta_line(lines[k].text) is not None


def _under_the_header(lines, hits, i: int) -> bool:
    """Is line ``i`` one short sentence right under the header's stamps, share bar or comment count,
    before any paragraph (the top picture's caption, over its credit)? (A dek over the byline or
    the date is no paragraph.)"""
    ln = lines[i]
    if not (i > 0 and _header_end(lines, hits, i - 1) and ln.ends_sentence
            and (ln.n_words <= HEADER_CAPTION_MAX_WORDS and not _NEXT_SENTENCE.search(ln.text)
                 # (a caption may tell what the picture shows in a second sentence)
                 or ln.n_words <= LABELLED_CAPTION_MAX_WORDS and len(_NEXT_SENTENCE.findall(ln.text)) == 1)):
        return False

    def paragraph(j: int) -> bool:
        return hits[j] is None and lines[j].ends_sentence and lines[j].n_words > HEADER_CAPTION_MAX_WORDS

    last_stamp = next((j for j in range(i - 1, -1, -1) if hits[j] is not None and hits[j].reason in STAMPS), -1)
    if any(map(paragraph, range(last_stamp + 1, i))):
        return False
    # (over the stamps, a dek: then the lead under the credit is a paragraph, which says where the
    # article starts; a sentence cut into pieces by its links there would lose them)
    # (the lead may stand past the share bar under the credit)
    k = i + 2
    while k < len(lines) and hits[k] is not None and hits[k].reason == "share_widget":
        k += 1
    return not any(map(paragraph, range(last_stamp))) or k < len(lines) and is_prose(lines[k])


_CREDIT_LABEL = re.compile(r"(?i)^(?:(?:photo|picture|image) )?(?:credit|photo|picture|image|foto|bild)\s*:\s*\S")
# "Credit: ...", "Photo credit: File | Harbour Media Group": a label naming the credit itself, which
# may run long (an agency and its group), unlike "Photo: ..." which may be the caption itself.
_CREDIT_WORD_LABEL = re.compile(r"(?i)^(?:(?:photo|picture|image) )?credits?\s*:\s*\S")
# "Credit...Jane Doe for The Harbour Times": the credit's label as a screen reader gets it, printed
# only under a caption (a credit-only picture has no such label).
_CAPTIONS_CREDIT = re.compile(r"^Credit(?:\.\.\.|…)\s?[A-Z]")


def _unpunctuated_over_a_credit_label(lines, hits, i: int) -> bool:
    """Is line ``i`` a phrase with no full stop, not in title case, right over a labelled credit
    ("Mum Kerry said she thought a bomb had gone off" / "Credit: BPM")? Paragraphs end on their
    stop, subheadings stand over a paragraph, not over a picture's credit."""
    ln = lines[i]
    return not ln.ends_sentence and not ln.text.endswith((":", ",", ";")) and not title_cased(ln) \
        and _CREDIT_LABEL.match(lines[i + 1].text) is not None


# "Photo by Jane Doe", "Photograph by ...", "Courtesy of ...": a credit in words, which only a picture has.
_CREDIT_IN_WORDS = re.compile(r"(?i)^(?:(?:photo|photograph|picture|image|foto)s? (?:by|courtesy of)|courtesy of)\s+\S")
LABELLED_CAPTION_MAX_WORDS = 40  # a product review's caption runs to two sentences
LABELLED_CREDIT_MAX_WORDS = 25
SHORT_CAPTION_MAX_WORDS = 16


# A how-to's step over its screenshot, the step's number in words: "Langkah 1 - Buka aplikasi ...",
# "Step 3: Tap Save." The screenshot's credit under it makes no caption of it.
_HOW_TO_STEP = re.compile(r"(?i)^(?:step|langkah|tahap|paso|schritt|étape|passo|stap|steg)\s*\d{1,2}\b")


def _over_a_labelled_credit(lines, i: int) -> bool:
    """Is line ``i`` a caption-sized sentence or two right over a credit that says it is one
    ("Credit: Jane Doe", "Photo by Jane Doe")? A paragraph over a picture that has only a credit
    runs longer; a line closing on a colon introduces what follows."""
    ln, credit = lines[i], lines[i + 1].text
    return ln.n_words <= LABELLED_CAPTION_MAX_WORDS and ln.ends_sentence and not ln.text.endswith(":") \
        and not ln.numbered and not _HOW_TO_STEP.match(ln.text) \
        and (_CREDIT_LABEL.match(credit) is not None or _CREDIT_IN_WORDS.match(credit) is not None)


def _short_sentence_over_a_credit(lines, i: int) -> bool:
    """Is line ``i`` one short sentence over a bare credit ("Marigold Static performing in 2012." /
    "Jane Doe/Getty Images"), under a paragraph? A subheading over a picture has no full stop; a
    how-to's step over its screenshot stands under another step."""
    ln, credit = lines[i], lines[i + 1]
    # (a credit's shape, "Name/Source" or "Getty Images": not a video's title a rule names a caption)
    return ln.n_words <= SHORT_CAPTION_MAX_WORDS and ln.ends_sentence and ln.text[-1] == "." \
        and ". " not in ln.text and not ln.numbered and not _HOW_TO_STEP.match(ln.text) and is_prose(lines[i - 1]) \
        and ("/" in credit.text or credit.n_words <= BARE_CREDIT_MAX_WORDS)


def _inside_the_article(lines, hits, i: int) -> bool:
    """Is the picture captioned on line ``i`` inside the article, not in its header (a byline or
    a date just over the caption or under its credit)? The header's caption is judged by the
    header's own signs; there, a dek over the top picture's credit reads as its caption. (Nor a
    list's labelled item over the picture that shows it: "Voice and tone: a few words ...".)"""
    return not _stamp_under(hits, max(0, i - 2)) and not _stamp_under(hits, i + 2) \
        and not FIELD_LABEL.match(lines[i].text)


def captions_over_their_credit(page):
    """The line right over a photo credit alone on its line ("Mark Haller/Getty Images",
    "KOMPAS/JANE DOE") is that photo's caption when it says the day the picture was taken or
    where someone stands in it, sits between the picture's controls or over the byline or the date
    (a list item or a paragraph over a credit-only picture does not)."""
    hits = page.rule_hits()
    lines = page.lines
    for i in range(1, len(lines) - 1):
        labelled = _CAPTIONS_CREDIT.match(lines[i + 1].text) is not None  # (its label says whose it is)
        # (a labelled credit may list a mission's agencies: "Credit: NASA, ESA, CSA, STScI, B. Doe (UCSC)")
        if lines[i + 1].n_words > CREDIT_MAX_WORDS and not labelled \
                and not (lines[i + 1].n_words <= LABELLED_CREDIT_MAX_WORDS and _CREDIT_WORD_LABEL.match(lines[i + 1].text)) \
                or not photo_credit_alone(lines[i + 1], hits[i + 1]):
            continue
        if i + 2 < len(lines) and lines[i + 2].n_words >= 2 and lines[i + 2].text in lines[i + 1].text:
            continue  # "Headshot of Jane Doe" / "Jane Doe": the writer's picture in the author box
        credit = lines[i + 1].text
        if credit[0] == "(" and signed_by_the_writer(credit) and not any(map(is_prose, lines[i + 2:])):
            continue  # "... hingga 30 November 2024." / "(Harbourpost.com/Jane Doe)": the writer signs the article off
        ln = lines[i]
        if hits[i] is None and not ln.text[0].islower() and ln.dateline is None and ln.n_words >= 3 \
                and (_over_a_labelled_credit(lines, i) or _short_sentence_over_a_credit(lines, i)) \
                and _inside_the_article(lines, hits, i) and not _caption_under(lines, hits, i + 1):
            yield i, Hint("caption", "strong", False, IN_ARTICLE_CAPTION)
            continue
        # (the top picture's caption right under the header may run to two sentences)
        if hits[i] is None and CAPTION_MIN_WORDS <= ln.n_words and not ln.text[0].islower() and ln.dateline is None \
                and (ln.n_words <= CAPTION_MAX_WORDS and (
                    _DAY_OF_THE_PICTURE.search(ln.text) or _PLACE_IN_THE_PICTURE.search(ln.text)
                    or _unpunctuated_over_a_credit_label(lines, hits, i)
                    or labelled
                    or _picture_control(lines, hits, i - 1) or _picture_control(lines, hits, i + 2)
                    or _stamp_under(hits, i + 2) and _under_headline_and_dek(lines, hits, i))
                     or _under_the_header(lines, hits, i)) \
                and not _caption_under(lines, hits, i + 1):
            yield i, Hint("caption", "strong", False, "caption_over_credit")


# The photographer and the paper they shot for, alone on a line: "Celeste Marroquín for The Marshall
# Project", "Albert Nwachukwu, The Enquirer", "Rachel Adeyemi / Gothamist", "Jane Doe | The
# Harbour Post/HarbourLive" (the paper and its website). Groups: the name, the paper.
_PHOTOGRAPHER_FOR_PAPER = re.compile(r"^([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,2})(?:, | for | ?/ ?| \| (?=The ))"
                                     r"((?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})(?:/[A-Z][\w.&'’-]*)?$")
PHOTOGRAPHER_CREDIT_MAX_WORDS = 9
SITE_NAME_TOP_LINES = 3  # the site's name over its menu, maybe under a skip link
# The lines where a paper names itself: its page title (the first line), its bylines, credits,
# promotions and footer.
_SELF_NAMING = frozenset({"byline", "author_box", "credit", "caption", "newsletter", "call_to_action", "footer",
                          "disclaimer"})


# A person's name alone in capitals, as papers print their photographers: "JAVIER BARBANCHO".
# (In title case, a subheading reads the same: "Understanding Query Execution".)
_BARE_NAME = re.compile(r"^[A-ZÀ-Þ'’-]{2,}(?: (?:DE |DA |DEL |VAN |VON |DI |DOS )?[A-ZÀ-Þ'’-]{2,}){1,2}$")


def names_under_the_top_caption(page):
    """The top picture's caption, a sentence right under the header's share bar or stamps, over
    the photographer's name alone in capitals ("JAVIER BARBANCHO") over the article's
    first paragraph: both lines are the picture's. (A dek over a byline stands over the stamps,
    not under them.)"""
    hits = page.rule_hits()
    lines = page.lines
    for i in range(1, len(lines) - 2):
        if lines[i + 1].text.isupper() and hits[i] is None and hits[i + 1] is None and hits[i + 2] is None \
                and lines[i].text[-1] == "." and _BARE_NAME.match(lines[i + 1].text) and is_prose(lines[i + 2]) \
                and _under_the_header(lines, hits, i):
            yield i, Hint("caption", "strong", False, "top_caption_over_a_name")
            yield i + 1, Hint("caption", "strong", False, "top_caption_over_a_name")


def photographers_credits(page):
    """A photographer's credit with their paper, alone on its line under the picture's caption (a
    sentence): the paper names itself on another line of the page (its page title, a byline, the
    footer), and the name is no run of ordinary words ("Good News for Renters" is a subheading).
    The caption goes with it when it says the day the picture was taken or where someone stands."""
    hits = page.rule_hits()
    lines = page.lines
    for i in range(1, len(lines)):
        ln, above = lines[i], lines[i - 1]
        if hits[i] is not None or ln.n_words > PHOTOGRAPHER_CREDIT_MAX_WORDS or ln.text[-1] in ".!?:" \
                or (" for " not in ln.text and ", " not in ln.text and "/" not in ln.text and " | " not in ln.text):
            continue
        if hits[i - 1] is not None or not above.ends_sentence:
            continue
        top_caption = _under_the_header(lines, hits, i - 1)
        if not (CAPTION_MIN_WORDS <= above.n_words <= CAPTION_MAX_WORDS or top_caption):
            continue
        m = _PHOTOGRAPHER_FOR_PAPER.match(ln.text)
        if m is None or any(w.lower() in page.stopwords for w in m[1].split()):
            continue
        paper = m[2].removeprefix("The ")
        # (or alone on a line over the date, under the writer's name: "Jane Doe" / "Detroit Free Press" / date;
        # or as the site's name at the top of the page, over its menu)
        if not any(paper in lines[k].text for k, hit in enumerate(hits)
                   if k != i and (k == 0 or hit is not None and hit.reason in _SELF_NAMING
                                  or lines[k].text.removeprefix("The ") == paper
                                  and (k < SITE_NAME_TOP_LINES or _stamp_under(hits, k + 1)))):
            continue
        yield i, Hint("caption", "strong", False, "photographer_for_paper")
        below = lines[i + 1] if i + 1 < len(lines) else None
        if below is not None and hits[i + 1] is None and not below.ends_sentence \
                and CAPTION_MIN_WORDS <= below.n_words <= CAPTION_MAX_WORDS:
            continue  # the credit over its caption ("Jane Doe/BBC" / "Eleri has swum here ..."): prose above
        if not above.text[0].islower() and above.dateline is None \
                and (_DAY_OF_THE_PICTURE.search(above.text) or _PLACE_IN_THE_PICTURE.search(above.text) or top_caption):
            yield i - 1, Hint("caption", "strong", False, "caption_over_photographer")


# A keyword caption under its credit may run to two sentences ("SUASANA RAPAT - ... (2/12/2024).
# Rapat sempat diskors dua kali ...").
KEYWORD_CAPTION_MAX_WORDS = 45


def keyword_captions(page):
    """A caption opening with a keyword in capitals and a dash ("SUASANA DUKA - Murid-murid ...
    Senin (4/11/2024)."), right over the lead that opens with the site's own dateline
    ("TRIBUNBANYUMAS.COM, PURBALINGGA - ...") or under the picture's credit: the picture's caption,
    though it reads as a lead."""
    lines = page.lines
    hits = page.rule_hits()
    for i in range(len(lines) - 1):
        if keyword_caption_at(lines, hits, i):
            yield i, Hint("caption", "strong", False, "caption_keyword")


def keyword_caption_at(lines, hits, i: int) -> bool:
    """Is line ``i`` such a caption? (Also asked by the story-list detector: a caption opening on
    a keyword reads as a lead.)"""
    ln, m = lines[i], lines[i].dateline
    if m is None or m[2] or m[3] or not m[1].isupper() or "." in m[1] or ln.n_words > KEYWORD_CAPTION_MAX_WORDS \
            or i + 1 >= len(lines):
        return False
    # Under or over the picture's credit alone on its line ("KOMPAS.COM/JANE DOE"), any
    # dateline lead below will do; else the lead must name the site ("... - KABAR KITA - Pemkab
    # ..." under a credit is the site's own lead).
    credited = i > 0 and photo_credit_alone(lines[i - 1], hits[i - 1]) \
        or photo_credit_alone(lines[i + 1], hits[i + 1])
    if not credited and ln.n_words > CAPTION_MAX_WORDS:
        return False
    k = i + 1
    while k < len(lines) - 1 and k - i <= CAPTION_LEAD_GAP and hits[k] is not None:
        k += 1
    lead = lines[k].dateline
    # (under its credit, the lead naming the site may come after a summary box: "Ringkasan
    # Berita:" and its points)
    # (or, credited, further down the article under its lead: "REKAMAN CCTV - Tangkapan layar ...")
    return lead is not None and bool(lead[2] or lead[3] or credited) or credited and (
        _site_lead_below(lines, i) or _site_lead_in(lines[:i]))


# A news photo's caption in the wire services' style tells its scene in the present tense and then
# the day it was taken: "Shoppers leave a store in Nashville, Tennessee, on Jan. 22, 2025.", "A worker
# sweeps broken glass from a shop floor in Lyon, France, last week." A paragraph tells a past day in the
# past tense. The verbs are what people (and things) do in a news photo; the subject is a few words
# with no verb, pronoun or comma of its own ("Roy Calloway, center, hugs ..."); the date closes the
# first sentence, where a preview's "plays Leeds on Saturday, when ..." carries on.
_SCENE_VERBS = ("walk", "stand", "sit", "hold", "pose", "gather", "wait", "ride", "cross", "arrive", "carry",
                "attend", "celebrate", "react", "gesture", "listen", "inspect", "perch", "approach", "hug",
                "kneel", "sweep", "paddle", "climb", "speak", "look on")
# Verbs whose forms are nouns too ("public works director", "peace talks", "heat waves"): the scene's
# verb only with a preposition, an article or a name after it ("work at the site").
_NOUN_LIKE_SCENE_VERBS = ("work", "talk", "cheer", "wave", "pass", "display", "shop", "rally", "protest", "dance",
                          "march", "watch", "repair", "leave", "pray", "sort", "clean", "collect", "wear", "read",
                          "flow", "perform")
_AFTER_NOUN_LIKE_VERB = (r"(?:a|an|the|his|her|their|its|at|in|on|near|outside|inside|along|past|through|during|with"
                         r"|for|from|to|into|across|over|under|by|after|before|behind|beside|between|around|down|up"
                         r"|[A-Z][\w'’-]*)\b")


def _present_forms(verb: str) -> str:
    """'carry' -> 'carry|carries', 'watch' -> 'watch|watches', 'look on' -> 'look on|looks on'."""
    head, _, rest = verb.partition(" ")
    if head.endswith("y") and head[-2] not in "aeiou":
        third = head[:-1] + "ies"
    elif head.endswith(("s", "sh", "ch", "x")):
        third = head + "es"
    else:
        third = head + "s"
    return "|".join(f"{form} {rest}".rstrip() for form in (head, third))


_NOT_SUBJECT_WORDS = ("was|were|is|are|be|been|has|have|had|will|would|can|could|may|might|should|must|said|says"
                      "|who|which|that|to|not|also|already|still|now|today|and|or|but|when|if|as"
                      "|he|she|they|we|it|its|his|her|their|our|my|your")
_SUBJECT_WORD = rf"(?!(?:{_NOT_SUBJECT_WORDS})\b)[\w'’.&-]+(?<!ed)(?<!ly)"
# (a team "sits seventh in the table": its standing, no scene)
_STANDING = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|last)"
_DAY_TAKEN = (r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
              r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}"
              r"|last (?:week|month|year|summer|spring|fall|autumn|winter|season|night)|in (?:19|20)\d\d")
_DATED_SCENE = re.compile(
    r"^(?!(?:He|She|They|We|I|You|It|This|That|There|These|Those|His|Her|Its|Their|Our|My|Your)\b)"
    rf"[A-Z][\w'’.&-]*(?:, (?:left|right|center|centre|second from (?:left|right)),| {_SUBJECT_WORD}){{0,6}} "
    rf"(?:(?:{'|'.join(map(_present_forms, _SCENE_VERBS))}) (?!out\b|{_STANDING}\b)"
    rf"|(?:{'|'.join(map(_present_forms, _NOUN_LIKE_SCENE_VERBS))}) (?={_AFTER_NOUN_LIKE_VERB}))"
    rf"[^\"“”]*\b(?:{_DAY_TAKEN})(?:\.|\s*\(|$|, (?:where|as|while|after|when)\b)")
# The scene's verbs as words, to look for among the line's first few before trying the pattern.
_SCENE_VERB_FORMS = frozenset(form.split(" ")[0] for verb in _SCENE_VERBS + _NOUN_LIKE_SCENE_VERBS
                              for form in _present_forms(verb).split("|"))
SCENE_SUBJECT_WORDS = 7  # the subject's words before the verb, as the pattern allows
SCENE_CAPTION_MIN_WORDS = 6
SCENE_CAPTION_MAX_WORDS = 60  # the caption, a second sentence and the photographer's credit


def _names_a_day(text: str) -> bool:
    """What every day the pattern reads holds: "...day", ", 2025", "last ", "in 2023" (substring
    tests, quicker than any search)."""
    return "day" in text or ", 20" in text or ", 19" in text or "last " in text or "in 20" in text or "in 19" in text


def dated_scene_captions(page):
    """A line telling a picture's scene in the present tense and the past day it was taken, in the
    wire services' style ("Lawmakers attend a plenary session in Jakarta on March 20, 2025."):
    that picture's caption, though no credit or toggle marks it."""
    if page.language not in (None, "en"):
        return  # (the pattern reads English: its verbs, its days)
    # (word and substring tests first: most lines have no scene verb and name no day; the pattern is costly)
    for i, (ln, hit) in enumerate(zip(page.lines, page.rule_hits())):
        if hit is None and SCENE_CAPTION_MIN_WORDS <= ln.n_words <= SCENE_CAPTION_MAX_WORDS \
                and (text := ln.text)[0].isupper() \
                and not _SCENE_VERB_FORMS.isdisjoint(text.split(" ", SCENE_SUBJECT_WORDS + 2)[:SCENE_SUBJECT_WORDS + 2]) \
                and _names_a_day(text) and _DATED_SCENE.match(text):
            yield i, Hint("caption", "strong", False, "caption_dated_scene")


# A figure's source under it: "Source: Harbour Labs", "Sumber: BPS", "Data: ...; Chart: ...".
_SOURCE_LINE = re.compile(r"(?i)^(?:source|sources|sumber|data|chart|grafik|infografik|graphic|quelle|fuente|fonte|bron"
                          r"|kilde|källa|lähde)\s*:\s*\S")
SOURCE_LINE_MAX_WORDS = 12
FIGURE_TITLE_MAX_WORDS = 16


def figure_titles_over_their_source(page):
    """A short unpunctuated line between a paragraph and a source line ("Ransom note left by the
    gang" / "Source: Harbour Labs"): the title of a screenshot or a chart. A subheading stands over
    a paragraph, never over a source; an article's last paragraph over its source is a sentence."""
    hits, lines = page.rule_hits(), page.lines
    for i in range(1, len(lines) - 1):
        ln, below = lines[i], lines[i + 1]
        if hits[i] is None and hits[i + 1] is not None and _figure_title(ln) \
                and below.n_words <= SOURCE_LINE_MAX_WORDS and _SOURCE_LINE.match(below.text) and hits[i - 1] is None:
            # (a paragraph closing on a colon announces a list: its items over their source are the article's)
            if is_prose(lines[i - 1]) and not lines[i - 1].text.endswith(":"):
                yield i, Hint("caption", "strong", False, "figure_over_source")
            elif i >= 2 and _figure_title(lines[i - 1]) and hits[i - 2] is None and is_prose(lines[i - 2]) \
                    and not lines[i - 2].text.endswith(":"):
                # a chart's title over its subtitle ("Heat pumps keep pulling ahead" / "Annual
                # shipments, in millions of units" / "Chart: ... • Source: ...")
                yield i - 1, Hint("caption", "strong", False, "figure_over_source")
                yield i, Hint("caption", "strong", False, "figure_over_source")


def _figure_title(ln) -> bool:
    return 2 <= ln.n_words <= FIGURE_TITLE_MAX_WORDS and not ln.ends_sentence and not ln.numbered and "\t" not in ln.text


SUMMARY_BOX_LINES = 8


def _site_lead_below(lines, i: int) -> bool:
    return _site_lead_in(lines[i + 1:i + 2 + SUMMARY_BOX_LINES])


def _site_lead_in(lines) -> bool:
    """Is one of ``lines`` a lead whose dateline names the site ("TRIBUNJAMBI.COM, JAMBI - ...")?"""
    return any((m := ln.dateline) is not None and (m[2] or m[3]) for ln in lines)


def near_duplicate_captions(page):
    # Page-wide, not within a few lines: what lies between two copies (a toggle, a credit, a
    # line removed for its own reason) must not matter, or cleaning the cleaned text again
    # would find copies that have come closer. Identical copies are repeated_lines' business.
    by_key: dict[str, list] = {}
    for ln in page.lines:
        if ln.n_words >= DUP_MIN_WORDS:
            by_key.setdefault(ln.text[:DUP_KEY_CHARS], []).append(ln)
    for group in by_key.values():
        if len(group) > 1 and len({ln.text for ln in group}) > 1:
            if _title_and_headline(group) or _told_twice(page, group):
                continue
            teasers = [short for short in group if _cut_short(short)
                       and any(_carries_on(short, long) for long in group)]
            if _reworded_paragraph(group):
                # The same paragraph twice with a few words changed (a summary box repeating the
                # text, an FAQ answer reused): the first copy stays, like an exact repeat's.
                for ln in group[1:]:
                    yield ln.index, Hint("duplicate", "strong", False, "reworded_paragraph")
                continue
            headline = _headline_over_its_photo(group)
            credited = None  # the longest credited copy's words, on first need (the search is costly on long lines)
            for ln in group:
                if ln is headline:
                    continue
                if ln.n_words > CAPTION_MAX_WORDS and is_prose(ln) and not _CAPTION_MARK.search(ln.lower):
                    continue  # the lead paragraph, which a shorter dek or summary above rewords
                # (a copy longer than the shortest by a sentence, before any search)
                if ln.n_words >= max(REWORDED_MIN_WORDS, min(o.n_words for o in group) + TEASER_MIN_EXTRA_WORDS) \
                        and is_prose(ln):
                    if credited is None:
                        credited = max((o.n_words for o in group if _CAPTION_MARK.search(o.lower)), default=0)
                    if credited and _goes_on_past_the_caption(ln, credited):
                        continue
                if is_prose(ln) and _parts_ways_with_the_credited(ln, group):
                    continue
                if ln in teasers or any(_carries_on(short, ln) for short in teasers):
                    # A headline or summary cut from a paragraph, and the paragraph itself: the
                    # paragraph stays, and the cut copy is judged as any other line.
                    continue
                yield ln.index, Hint("caption", "strong", False, "caption_repeated")


# A caption printed again keeps its words (a credit, a full stop, a word or two change); a dek
# and the lead under it open alike and then tell the story in words of their own. The dek sits
# right over the byline or the date.
REPEATED_CAPTION_MIN_SHARE = 0.8
DEK_STAMP_LINES = 2


def _told_twice(page, group) -> bool:
    """Two copies with no caption mark that part ways after their opening, the first over the
    byline or the date: the dek and the lead."""
    if len(group) != 2 or any(_CAPTION_MARK.search(ln.lower) for ln in group):
        return False
    hits = page.rule_hits()
    first = group[0].index
    if not any(h is not None and h.reason in ("byline", "date") for h in hits[first + 1:first + 1 + DEK_STAMP_LINES]):
        return False
    short, long = sorted(group, key=lambda ln: ln.n_words)
    return _parts_ways(short, long)


def _parts_ways(ln, other) -> bool:
    """Does ``ln`` keep less than REPEATED_CAPTION_MIN_SHARE of its words in ``other``, saying
    something else after their common opening?"""
    words = ln.lower.split()
    kept = set(other.lower.split())
    return sum(map(kept.__contains__, words)) < REPEATED_CAPTION_MIN_SHARE * len(words)


def _headline_over_its_photo(group):
    """The headline, when the photo under it is captioned with the headline itself and a credit
    ("Laba Emiten Semen Anjlok 18 Persen" ... "Laba Emiten Semen Anjlok 18 Persen. (Foto: X)"):
    the first copy, title-cased and unpunctuated as a headline is, which a later copy repeats
    before its credit. A caption is written as a sentence, not in title case."""
    first = group[0]
    if first.ends_sentence:
        return None
    for ln in group[1:]:
        if ln.text.startswith(first.text) and _CAPTION_MARK.search(ln.lower, len(first.text)):
            return first if title_cased(first) else None
    return None


def _goes_on_past_the_caption(ln, credited_words: int) -> bool:
    """A paragraph opening as a credited caption does ("Direktur X, Budi (Foto: Istimewa)" over
    "Direktur X, Budi, mengatakan ..."): prose with no credit of its own, longer by a
    sentence's worth than every credited copy (the longest has ``credited_words``). It quotes
    the person the photo shows."""
    return ln.n_words >= credited_words + TEASER_MIN_EXTRA_WORDS and not _CAPTION_MARK.search(ln.lower)


def _parts_ways_with_the_credited(ln, group) -> bool:
    """A paragraph with no credit of its own that opens as a credited caption does and then says
    something else ("Director Jane Doe in one of the courtyards. Picture by ..." / "Director Jane
    Doe said the design ..."): a repeated caption keeps most of its words."""
    if _CAPTION_MARK.search(ln.lower):
        return False
    credited = [o for o in group if o is not ln and _CAPTION_MARK.search(o.lower)]
    return bool(credited) and all(_parts_ways(ln, o) for o in credited)


def _reworded_paragraph(group) -> bool:
    """Every copy reads as a long sentence and none carries a photo credit or caption toggle."""
    return all(ln.n_words >= REWORDED_MIN_WORDS and is_prose(ln) and not _CAPTION_MARK.search(ln.lower)
               for ln in group)


def _cut_short(ln) -> bool:
    """A line that stops mid-sentence or trails off, as a teaser cut from a longer line does."""
    return not ln.ends_sentence or ln.text.endswith(("...", "…"))


def _carries_on(short, long) -> bool:
    """``long`` is the paragraph ``short`` was cut from: it opens with it and goes on by half as
    much again (a caption repeated with a credit or a final period only adds a few words)."""
    stem = short.text.removesuffix("...").removesuffix("…").rstrip()
    return (long.n_words >= max(short.n_words * 3 // 2, short.n_words + TEASER_MIN_EXTRA_WORDS)
            and long.text.startswith(stem))


def _title_and_headline(group) -> bool:
    """The page title ("Headline | Section | Site") and the headline itself: one of the lines
    is the start of every other, each cut at a title separator. The headline is the article's,
    not a caption."""
    texts = {ln.text for ln in group}
    heads = set.intersection(*({t} | {t[:k] for sep in TITLE_SEPARATORS for k in _positions(t, sep)} for t in texts))
    if heads & texts:
        return True
    # (or the page title opening the page, the headline cut short of its last words: "... pay
    # offer falls short of inflation" / "... pay offer falls short")
    first = group[0]
    return first.index <= PAGE_TITLE_LINE and all(first.text.startswith(ln.text) for ln in group[1:])


PAGE_TITLE_LINE = 1  # scrapers put the <title> first, maybe under a skip link


def _positions(text: str, sep: str):
    k = text.find(sep)
    while k > 0:
        yield k
        k = text.find(sep, k + 1)
