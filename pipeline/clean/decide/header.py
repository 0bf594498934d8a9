"""What an article's header holds between its headline and its first paragraph: the stamps (byline,
date), the writers' names, the publisher after a name, a photo credit.
"""
from __future__ import annotations

import re

from ..evidence import Hint
from ..lines import Line


# The line between a writer's name and the date saying whom and where they write for.
WRITER_FOR_MAX_WORDS = 8
# Summary points under a headline ("Engineers found cracks in three of the supports"): at most
# this many, each a headline-shaped line of at least this many words, none longer than the headline.
SUMMARY_POINTS = 4
SUMMARY_POINT_MIN_WORDS = 5

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


def _stamps_over(best: list[Hint | None], k: int) -> bool:
    """Is there a byline or a date at most STAMPS_OVER_HEADLINE lines over line ``k``?"""
    return any(_stamp_at(best, j) for j in range(max(0, k - STAMPS_OVER_HEADLINE), k))


def _stamp_at(best: list[Hint | None], j: int) -> bool:
    return j < len(best) and best[j] is not None and best[j].reason in STAMPS


SECTION_LABEL_MAX_WORDS = 4  # "Climate change and energy" over the headline
# A line about the writer opens with what they are: "Mahasiswi Program Studi ...", "Lecturer in ...".
ROLE_OPENING = re.compile(r"(?i)^(?:mahasiswa|mahasiswi|dosen|peneliti|guru|pegiat|pemerhati|alumnus|alumni|pengajar"
                           r"|student|lecturer|researcher|professor|associate professor|fellow|analyst|founder)\b")
