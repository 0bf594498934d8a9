"""Metadata the text states about itself: title, subtitle, author, publisher, dateline, date.

Works on the cleaner's verdicts (which line is the title, which are bylines, which the body)
so it never re-guesses structure. Prefers None to a wrong value: no year, no date; a site's
"today" header (reason ``site_date``) is never the publication date.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .clean.calendar import MONTHS as _MONTHS
from .clean.decide.header import (NAME_AND_PUBLISHER, NAME_PARTICLES, PUBLISHER_AFTER_NAME, ROLE_OPENING, WRITER_AND_PLACE,
                                  WRITER_FOR_MAX_WORDS, WRITER_JOINS)
from .clean.detectors.bylines import AUTHOR_LABEL, ROLE_LINE
from .clean.detectors.meta_lines import (CREDIT_VERBS, POSSESSIVE, PUBLISHED_LABELS, YEAR_GLUED_TO_TIME,
                                         NAME_OVER_STAMP, SITE_ACCOUNTS, header_meta_line, read_meta_line)
from .clean.lines import match_dateline
from .clean.types import BODY, SUBTITLE, TITLE, LineVerdict, TextMetadata

__all__ = ["extract_metadata", "parse_date", "split_title", "parse_dateline", "find_author"]

_DAY = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "12 November 2020", "20 Nov 2024", "13th of March 2025", "November 12, 2020", "Kamis (12/11/2020)", "12/11/2020", "2020-11-12".
# Month names are matched as any short word and looked up in _MONTHS afterwards: an alternation
# of 50 names tried at every position of a long lead paragraph was the slowest part of cleaning.
_DATE_PATTERNS = (
    # (a year may run into the next word: "12 Mar 2025Updated 16:02")
    # ("14. März 2024", "1er mars 2024", "12 de marzo de 2024", "18 de Julho de 2024", "14-Mar-2025", "07/Nov/2023")
    # ("14.ago.2025": dots alone between the parts)
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|\.|º)?(?:\s+|-|/|(?<=\.))(?:of\s+|de\s+)?([^\W\d_]{3,12})\.?,?(?:\s+|-|/|(?<=\.))(?:de\s+|del\s+)?(\d{4})(?!\d)",
                re.I), "dmy_name", 2),
    # ("Feb 03,2025": the comma glued to the year)
    (re.compile(r"\b([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b", re.I), "mdy_name", 1),
    (re.compile(r"\b(\d{4})([-./])(\d{2})\2(\d{2})(?!\d)"), "iso", 0),  # "2020-11-12", "2020.11.12", "2020/11/12"
    # (the year first with dots and spaces, as Hungarian writes it: "2025. 02. 11.")
    (re.compile(r"\b(\d{4})\.\s(\d{1,2})\.\s?(\d{1,2})\.(?!\d)"), "ymd_num", 0),
    # (the year first, then the month's name, as Hungarian writes it: "2025. május 14.")
    (re.compile(r"\b(\d{4})\.\s*([^\W\d_]{3,12})\.?\s+(\d{1,2})\.", re.I), "ymd_name", 2),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})"), "dmy_day", 0),  # "Kamis (12/11/2020)"
    (re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)"), "dmy_num", 0),
)
# What must stand right before a "12/11/20" for it to count: a weekday name, then "(" maybe.
_DAY_BEFORE = re.compile(rf"{_DAY}\s*\(?\s*\Z", re.I)
_YEAR = re.compile(r"\d{4}")
_SUFFIX = re.compile(r"^(.{8,}?)\s+(?:[|:•·]|[-–—]{1,2}|»)\s+([^|:–—»•·]{2,40})$")
_AUTHOR_BOX = re.compile(r"^(.{3,60}?)\s+(?:photo\s+)?(?:verified writer|penulis terverifikasi)\b", re.I)
# (two writers joined as the byline's language joins them: "and", "dan", "und", "et", "y", "e", "en")
# (a name's particles in lower case: "Jasper de Vries", "João da Silva"; not "di", which in
# Indonesian says where the writer files from: "Oleh Rina Marlina di Jakarta")
_PARTICLE = rf"(?:(?:{'|'.join(p for p in NAME_PARTICLES if p not in ('di', 'al', 'el'))})\s+)*"
_NAME_RUN = rf"[A-ZÀ-ÖØ-Þ][\w.'-]*(?:\s+{_PARTICLE}[A-ZÀ-ÖØ-Þ][\w.'-]*){{0,4}}"
_NAMES = (rf"({_NAME_RUN}(?:(?:\s*(?:,\s*(?:and|&|dan)?|and|&|dan)\s*|\s+(?:und|et|y|e|en)\s+)"
          rf"{_NAME_RUN}){{0,3}})")
# The byline's label in English, Indonesian, Portuguese/Spanish, French, German, Dutch, Danish
# and Swedish or Norwegian.
_BY_WORDS = ("by", "oleh", "por", "par", "von", "door", "af", "av")
_BYLINE = re.compile(
    r"^(?:(?i:written by|posted by|reported by|reporting by|as told to|laporan oleh|dilaporkan oleh|diposting oleh|oleh|penulis|redaktur\s*&\s*reporter|reporter|rep|pewarta|wartawan|jurnalis|kontributor|ditulis oleh|laporan|teks(?=\s*:)|naskah(?=\s*:)|"
    r"writer|di|autor|autorka|yazar|szerző|" + "|".join(_BY_WORDS) + r")\s*:?\s+"
    # (Romanian "de Ioana Popescu", in lower case: "De" opens many a name)
    r"|(?-i:de)\s+(?=[A-ZĂÂÎȘȚ])"
    # (a screen reader's article information: "Author, Jane Doe" / "Penulis, Dewi Anggraini")
    r"|(?i:author|penulis)\s*,\s+)" + _NAMES +
    # a time after the name: "Oleh Rina Marlina pada 3 Mar 2025, 09:15 WIB", "By Jane Doe on May 2";
    # or the editor's credit: "Penulis: Dewi Kartika | Editor: Budi Santoso"
    r"(?:\s+(?i:pada|on|di|at|-|–|—|\|)\s+.{0,50}\d.{0,30}"
    r"|\s*[|,;/–—-]\s*(?i:editor|penyunting|redaktur|red|fotografer|foto|photos?|video|edited by|editado por|"
    r"édité par|bearbeitet von|a cura di)\b.{0,60}"
    # or the writer's role after a slash, or the outlet they file for: "By Jane Doe / Staff reporter",
    # "By Jane Doe for Harbour Radio", "by Jane Doe of Harbour Watch"
    r"|\s*/\s*(?i:(?:staff |senior |special |chief )?(?:reporter|writer|correspondent))(?:,\s*(?i:with)\s+[A-Z]{2,8})?"
    # or the outlet's domain after a slash: "By Jane Doe / harbourpost.com"
    r"|\s*/\s*[\w-]+(?:\.[a-z]{2,})+"
    # or the writer's handle: "by Jane Doe @janedoe"
    r"|\s+@\w{2,30}"
    r"|\s+(?i:for)\s+[A-Z][\w.&' -]{1,40}"
    # (an outlet "of" two words or more: "of Paintings" closes a role, "Jane Doe, Curator of Paintings")
    r"|\s+(?i:of)\s+(?:The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)+"
    # or the time stamp glued on after a comma: "By Jane Doe Globe Staff,Updated October 22, 2024"
    r"|\s*,\s*(?i:updated|published|posted)\b.{0,50}\d.{0,30}"
    # or with no comma nor label, the date right after the name: "by Jane Doe Mar 5, 2024, 10:15am CST"
    r"|(?<!(?i:updated))(?<!(?i:published))(?<!(?i:posted))\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b.{0,30}"
    # or the writer's e-mail address and the outlet: "By Jane Doe | jdoe@harbour.com | Harbour Post"
    r"|\s*\|\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*\|\s*[^|]{2,40})?"
    # or the post's labels and comment count: "Posted by Jane Doe | Label: Travel | 3 komentar"
    r"|\s*\|\s*(?i:labels?|kategori|category|tags?)\s*:.{0,120}"
    # or a line about the writer: "By Jane Doe, a news writer covering games."
    r"|\s*,\s*(?:a|an|the)\s+(?:[a-z]|TV\b)[\w ,'’&-]{2,120}\.?"
    # or the writer's institution after a comma: "by Jane Doe, University of Harbourton"
    r"|\s*,\s*(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|at|the|[A-Z][\w.&'’-]*)){1,6}"
    # or the outlet after a bar: "By Jane Doe and John Roe | The Denver Post"
    r"|\s*[|–—]\s*(?:The\s+)?[A-Z][\w.&'’/]*(?:\s+(?:(?:de|do|da|del|di|du)\s+)?[A-Z][\w.&'’/]*){0,4}"
    # or the agency they wrote it with: "Par Sophie Vandenbroucke avec Belga"
    r"|\s+(?i:avec|mit|con|com)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"
    # or where they file from, in brackets: "Par Jeanne Roux (Embrun (Hautes-Alpes), envoyée spéciale)"
    r"|\s*\((?:[^()]|\([^()]{1,30}\)){2,60}\)"
    # or an outlet whose name opens in lower case: "Por Fernanda Lima, g1 Campinas e Região"
    r"|\s*,\s*[a-z][\w.-]{0,10}\d?(?:\s+(?:e|de|do|da|and|of|[A-Z][\w.&'’-]*)){0,4}"
    r"(?:\s+[—–-]\s+[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:de|do|da|dos|das|del)\s+)?[A-ZÀ-Þ][\w'’-]*){0,3})?"  # (and the city: "g1 SP — São Paulo")
    # or what they are and where, in the byline's language: "par Jeanne Roux, correspondante à Marseille"
    r"|\s*,\s*(?i:correspondante?|envoyée? spéciale?|journaliste|corresponsal|enviad[oa] especial|periodista"
    r"|correspondente|jornalista|corrispondente|inviat[oa]|giornalista|korrespondent(?:in)?|redakteur(?:in)?"
    r"|correspondent|verslaggever)\b.{0,60})?\s*$"
)
# "Posted on May 12, 2025 by Sam Carter": the name after the date.
# (not "Written by A on May 12, 2025 — Fact checked by B", nor "... | Reviewed by B": B checked it)
_DATED_BYLINE = re.compile(r"^(?:(?i:posted|published|written|updated)(?: (?i:on))? (?!(?i:by)\b).{0,40}"
                           r"|[A-Za-z]{3,9}\.? \d{1,2},? |\d{1,2} [A-Za-z]{3,9}\.? )\d{4}.{0,20}"
                           r"\b(?<!(?i:reviewed) )(?<!(?i:checked) )(?<!(?i:updated) )(?<!(?i:edited) )(?i:by)\s+" + _NAMES +
                           r"(?:\s*\([^()]{1,40}\))?(?:\s*[-–|·]?\s*(?:\d+|(?i:no|one)) (?i:comments?|responses?|replies)\b.*)?\s*$")
# A trailing part of a byline that names a news organisation, not a person ("..., Associated Press").
_OUTLET_WORD = (r"(?:press|news|reuters|times|post|journal|agency|media|tv|tribune|herald|staff|gazette|daily|network|nation|"
                r"bloomberg|antara|suara|harian|warta|kabar|koran|republic|chronicle|examiner|observer|telegraph|courier|"
                r"inquirer|dispatch|bulletin|enquirer|globe|mirror|publishing|publications|register|sentinel|"
                r"ledger|advertiser|democrat|beacon)")
_OUTLET_WORDS = re.compile(rf"(?i:\b{_OUTLET_WORD}\b|\.com\b)")
_ORGANISATION = re.compile(_OUTLET_WORDS.pattern + r"|^[A-Z]{2,5}$"
                           r"|\b(?:University|Universitas|Institute|College|Hospital|Foundation|Laboratory)\b")
_PLACE_MAX_WORDS = 4
_DOMAIN = re.compile(r"\.(?:com|id|net|org|co|news|tv)\b", re.I)
# A subtitle (the dek under the headline) is a phrase or a sentence; two words there are the
# site's name or a section.
SUBTITLE_MIN_WORDS = 3
# Dates before 1990 or in the far future are page furniture (founding years, copy errors).
_MIN_YEAR, _MAX_YEAR = 1990, 2100


def parse_date(text: str) -> str | None:
    """The first full date (day, month and year) in ``text`` as ISO 'YYYY-MM-DD', else None."""
    best: tuple[int, str] | None = None
    has_year = _YEAR.search(text) is not None
    for rx, kind, month_group in _DATE_PATTERNS:
        start = None
        if kind == "dmy_day":  # a 2-digit year is allowed here, after a weekday name only
            m = None
            for cand in (rx.finditer(text) if "/" in text else ()):
                day = _DAY_BEFORE.search(text, max(0, cand.start() - 16), cand.start())
                if day:
                    m, start = cand, day.start()
                    break
        elif not has_year:
            continue
        elif month_group:  # the first match whose word is a month name
            m = next((m for m in rx.finditer(text) if m[month_group].lower() in _MONTHS), None)
        else:
            m = rx.search(text)
        if not m:
            continue
        try:
            if kind == "dmy_name":
                d, mo, y = int(m[1]), _MONTHS[m[2].lower()], int(m[3])
            elif kind == "mdy_name":
                mo, d, y = _MONTHS[m[1].lower()], int(m[2]), int(m[3])
            elif kind == "ymd_num":
                y, mo, d = int(m[1]), int(m[2]), int(m[3])
            elif kind == "ymd_name":
                y, mo, d = int(m[1]), _MONTHS[m[2].lower()], int(m[3])
            elif kind == "iso":
                y, mo, d = int(m[1]), int(m[3]), int(m[4])
            else:
                d, mo, y = int(m[1]), int(m[2]), int(m[3])
                y += 2000 if y < 100 else 0
            if not _MIN_YEAR <= y <= _MAX_YEAR:
                continue
            iso = date(y, mo, d).isoformat()
        except (ValueError, KeyError):
            continue
        start = m.start() if start is None else start
        if best is None or start < best[0]:
            best = (start, iso)
    return best[1] if best else None


# A US time zone on the stamp: its numeric date is month first ("09/04/2024 05:00 AM EDT").
_US_ZONE = re.compile(r"\b(?:E|C|M|P)[SD]?T\b")
# "01/29/25 6:00 AM ET": a two-digit year only with the time after it.
# ("18.09.24, 05:00": dots too)
_SHORT_YEAR_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})(?:,?\s+|\s+[-–|]\s+)(?:(?:à|a|às|um|om|alle|at|kl\.?|klo)\s+)?\d{1,2}[:.h]\d{2}")
# ("6. 11. 2024": a space after each dot, as some German papers print it)
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})(?:[/-]|\.\s?)(\d{1,2})(?:[/-]|\.\s?)(\d{4})(?![\d/])")


_LABEL_GLUED_TO_DAY = re.compile(r"^([^\W\d_]{3,})(?=\d)")


# Day first, whatever the language: dots between the numbers ("07.03.2024"), or a European offset
# from GMT ("10/03/2025 GMT+1").
_DAY_FIRST_CUE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\bGMT\s?[+-]|\b(?:BST|CET|CEST|EET|EEST|WIB|WITA|WIT)\b")


def numeric_date_order(texts) -> str | None:
    """'dmy' or 'mdy' when the page's numeric dates give their order away (a number over 12 can
    only be the day: "01/31/2025" is month first), else None."""
    dmy = mdy = 0
    for text in texts:
        if "/" not in text and "." not in text and "-" not in text:
            continue
        for m in _NUMERIC_DATE.finditer(text):
            a, b = int(m[1]), int(m[2])
            dmy += a > 12 >= b
            mdy += b > 12 >= a
    return "dmy" if dmy > mdy else "mdy" if mdy > dmy else None


def parse_stamp_date(text: str, language: str | None = None, order: str | None = None) -> str | None:
    """The date of a timestamp line: as ``parse_date``, and also a bare numeric "28/02/2025"
    (on a stamp line a number is a date). Day first, unless the day cannot be first (>12 is
    second), or the page's other numeric dates (``order``) say the month comes first, or, with
    nothing to tell, the page is English or the stamp has a US time zone (US sites write the
    month first) and no European cue."""
    text = YEAR_GLUED_TO_TIME.sub(r"\1 ", text)  # "August 12, 20245:00 AM ET"
    text = _LABEL_GLUED_TO_DAY.sub(r"\1 ", text)  # "Published14 May 2025, 05:30 AM IST"
    found = parse_date(text)
    if found:
        return found
    m = _NUMERIC_DATE.search(text) or _SHORT_YEAR_DATE.search(text)
    if not m:
        return None
    a, b, y = int(m[1]), int(m[2]), int(m[3])
    y += 2000 if y < 100 else 0
    if order is None and _US_ZONE.search(text) is None and _DAY_FIRST_CUE.search(text):
        order = "dmy"  # (a US zone keeps the month first, dots or not: "6:00 a.m. EDT 10.08.2024")
    month_first = b > 12 or a <= 12 and (order == "mdy" or order is None and (
        language == "en" or _US_ZONE.search(text) is not None))
    d, mo = (b, a) if month_first else (a, b)
    try:
        return date(y, mo, d).isoformat() if _MIN_YEAR <= y <= _MAX_YEAR else None
    except ValueError:
        return None


_DANGLING_SEPARATOR = re.compile(r"\s+[|:•·»–—-]+\s*$")
_DOMAIN_DOT = re.compile(r"\.[a-z]{2,}")  # "harbour.com", not the full stop of "... paying off — mostly."


def split_title(line: str) -> tuple[str, str | None]:
    """'Headline : NPR' -> ('Headline', 'NPR'); a headline without a site suffix is left whole."""
    # (a separator left at the end, the site's name after it not scraped: "Headline |")
    title, publisher = _DANGLING_SEPARATOR.sub("", line) or line, None
    # "Headline | Section | Site": cut site-name segments off the end, one at a time.
    # (a site's name is capitalised or a domain: "... – and what helps" is the headline's own half)
    while (m := _SUFFIX.match(title)) and len(m[2].split()) <= 4 and len(m[1].split()) >= 3 \
            and (not m[2][0].islower() or _DOMAIN_DOT.search(m[2])) \
            and not (m[2][0].isdigit() and "|" not in title[len(m[1]):]) \
            and _names_a_site(m[2]):  # "... — 40 minutes apart" is the headline's
        title, publisher = m[1].strip(), publisher or m[2].strip()
    return title, publisher


# Small words a site's name may hold in lower case ("de Volkskrant", "la Repubblica", "Voice of America"):
# a name's particles, the joins of two names, and articles.
_SITE_NAME_SMALL_WORDS = frozenset(NAME_PARTICLES) | frozenset(WRITER_JOINS) | frozenset(
    "die les il lo of the am an im for".split())


def _names_a_site(segment: str) -> bool:
    """Could ``segment``, after a headline's last separator, be a site's name? A domain, or words
    that are capitalised or small particles: "Sperrung droht bis 2027" (German capitalises its
    nouns) is the headline's second half."""
    words = segment.split()
    return _DOMAIN_DOT.search(segment) is not None or all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SITE_NAME_SMALL_WORDS for w in words
        if w[0].isalnum()) and not any(w.isdigit() and len(w) == 4 for w in words[1:])


# Lines between a headline and its lead: byline, stamp, share bar, toolbar, photo and caption.
ARTICLE_HEADER_LINES = 8
_PLACE_AFTER_DASH = re.compile(r"([A-Z]{3,}(?: [A-Z]{3,})?)\.\s")


# AP-style abbreviations of US states after a dateline's city: "Md.", "Calif.", "N.Y.", "Pa."
_STATE_ABBREVIATION = re.compile(r"^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
                                 r"Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|"
                                 r"W\.Va|Wis|Wyo|D\.C)\.$")


def parse_dateline(line: str) -> tuple[str | None, str | None]:
    """(place, publisher) from a lead like 'MOSKOW (Site.com) – ...' or 'Moskow, Site - ...'."""
    m = match_dateline(line[:200])
    if not m or len(m[1].split()) > _PLACE_MAX_WORDS:
        return None, None
    place, publisher = m[1].strip(), (m[2] or m[3] or "").strip() or None
    if publisher and _STATE_ABBREVIATION.match(publisher):
        publisher = None  # "LARGO, Md. - ...": the state the place is in (AP style), no publisher
    if publisher and _DOMAIN.search(place) and not _DOMAIN.search(publisher):
        place, publisher = publisher, place  # "WARTA.COM, JAKARTA - ...": the site comes first
    elif publisher is None and _DOMAIN.search(place):
        # "Warta.com - Hujan deras ...": a site, no place; "WARTA.CO.ID - JAKARTA. Harga ...": the
        # place after the dash
        after = _PLACE_AFTER_DASH.match(line, m.end() - 1)
        place, publisher = (after[1] if after else None), place
    return place, publisher


# "Harland-Reid", "Al-Mutairi", "O'Donovan", "McAllister", "Élodie", "Łukasz Dvořák"
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ž](?:c[A-Z]|['’][A-Z])?[a-zà-öø-ÿĀ-ž'-]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿĀ-ž']+)?"
_PERSON = re.compile(rf"^{_NAME_WORD} {_NAME_WORD}$")  # "Ciarán Devlin"
# the same, two words or more; a surname may open with particles ("Joris van Wijnen", "Niels van
# der Ploeg", "Ana de la Cruz")
_PARTICLES = re.compile(rf" (?:{'|'.join(NAME_PARTICLES)})(?= )")
_PERSON_WORDS = re.compile(rf"^{_NAME_WORD}(?: {_NAME_WORD})+$")
# Two capitalised words under a headline that are a label, not a person.
_NOT_A_NAME = re.compile(r"(?i)\b(?:live|updates?|breaking|latest|exclusive|opinion|analysis|editorial|special|navigation|links|"
                         r"report|berita|terkini|eksklusif|opini|analisis|laporan|khusus|video|foto|"
                         r"university|universitas|institute|institut|college|school|foundation|association|"
                         r"society|ministry|kementerian|department|dinas|based|reviewed|verified|approved|"
                         r"sponsored|featured|trending|popular|recommended|correspondent|reporter|editor|writer|"
                         r"columnist|contributor|wartawan|jurnalis|kontributor|penulis|redaktur|daftar|contents|"
                         r"url|link|links|tautan|print|cetak|bookmark|subscribers?|newswire|wires?|admin|staff|"
                         # what kind of page it is: "Article" / "News release" under the headline
                         r"article|artikel|story|feature|interview|review|explainer|podcast|statement|release|"
                         r"available|"
                         # a summary box's heading under the headline: "Key Points", "Poin Penting"
                         r"key|points|takeaways|highlights|summary|ringkasan|poin|sorotan|"
                         # a writer's trade in the other languages: "Repórter de Negócios"
                         r"repórter|reportero|reportera|periodista|jornalista|giornalista|journaliste|redakteur|"
                         r"redakteurin|redactor|redactora|editora|korrespondent|correspondant)\b")
# (and "Our Correspondent", "Our Staff Reporter", "Web Desk", "Online Reporters": the paper names no one)
# The site's account shown over a post, no writer: "Administrator" (a CMS's default user).
_SITE_ACCOUNT = re.compile(rf"(?i)^(?:{'|'.join(SITE_ACCOUNTS)})$")
_NOT_A_PERSON = re.compile(r"(?i)^(?:tim|team|redaksi|humas|admin|newsroom|desk|our(?: own)?(?: staff)? (?:correspondents?|reporters?|writers?))\b"
                           # the desk in Italian, Spanish, French, German, Dutch, Portuguese: "di Redazione Web"
                           r"|\b(?:redaksi|humas|redazione|redacción|rédaction|redaktion|redactie|redação)\b"
                           r"|\b(?:wires?|agencies|desk|reporters|correspondents)$"
                           r"|^l['’]\w+$")  # a French title's name with its article: "Par L'Obs avec AFP"
_BY_PREFIX = re.compile(rf"^(?:{'|'.join(w.capitalize() for w in _BY_WORDS)})\s+(?=[A-Z])")
_OPTIONAL_BY = rf"(?:(?i:{'|'.join(_BY_WORDS)})\s+)?"
_NAME_COMMA_SITE = re.compile(r"^(?:[\w&]+ - )?" + _OPTIONAL_BY + r"([A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,3}),\s+[\w. ]{0,30}\b"
                              r"(?i:news|indonesia|times|post|online|tv|media|daily|herald|tribune|journal|network|com|id"
                              r"|staff|staff writer|staff reporter)$")
# A writer of four names ("Ni Luh Putu Ariyanti", "Raden Ajeng Siti Aminah") and the outlet after a dash.
# (NAME_AND_PUBLISHER stops at three names: longer, the line is as likely a headline and its site,
# so a four-word name must also read as one and stand over the date)
_LONG_NAME_AND_OUTLET = re.compile(r"^([A-Z][\w'-]+(?: [A-Z][\w'-]+){3})" + PUBLISHER_AFTER_NAME)
_NAME_AND_ROLE = re.compile(r"^(?:(?i:by)\s+)?([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})(?:(?:,|\s[-–—|·])?\s+|\s?/\s?)(?i:(?:[a-z]+\s+){0,3}"
                            r"(?:correspondent|reporter|editor|columnist|writer|producer|jurnalis|wartawan|kontributor|koresponden))\b")
# "Ardi Pramono | Editor: Wahyu Setyaningsih": the writer, unlabelled, before the editor
_NAME_THEN_EDITOR = re.compile(r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\s*[|,/–-]\s*(?i:editor|redaktur|penyunting|edited by)\b")
_NAME_WITH_WIRES = re.compile(r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:with|and|&) ")
# "Medically reviewed by Dana Reyes, MD — Written by Maren Holt, RD — Updated on ...": the writer
_NAME_COMMA_OUTLET = re.compile(r"^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}), ((?:The )?[\w.&'’ -]{2,40})$")
_OUTLET_IN_BRACKETS = re.compile(r"\s\([^()]{2,40}\)(?=,| and |$)")
_STAMP_AFTER_NAME = re.compile(r"\.\s+(?:Last )?(?:Updated|Published|Posted)\b.*$")
_STAFF_WRITERS = re.compile(_OPTIONAL_BY + _NAMES + r",\s+(?:[A-Z][\w.&'’-]*\s+){0,3}(?i:(?:staff|senior|special)\s+)?"
                            r"(?i:writers?|correspondents?|reporters?)$")
_WRITTEN_BY = re.compile(r"\b(?i:written by|reported by)\s+([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})")
_JOB_TITLE = re.compile(r"\b(?:Senior|Junior|Chief|Deputy|Managing|Executive|Staff|Contributing|Associate|Assistant|"
                        r"Editorial|News|Political|Foreign|Special)\b")
# Beats that stand capitalised between a name and its role ("Tom Jenkins Environment correspondent").
_BEATS = frozenset("business economics economy environment health science technology tech sports sport political "
                   "politics foreign diplomatic education transport security defence defense legal culture arts "
                   "media world europe asia africa climate energy markets local democracy senior chief court courts crime "
                   "council community consumer property housing weather motoring football rugby cricket agriculture "
                   "farming royal entertainment showbiz lifestyle travel food money finance data video features "
                   "regional investigations investigative digital breaking news general junior assistant".split())


_MAIL_AFTER_NAME = re.compile(r"\s*[|•·,]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


@lru_cache(maxsize=1024)  # (the header's byline is asked about twice: as a bare name, then as a byline)
def find_author(line: str, reason: str) -> str | None:
    """The writer named in a byline or author-box line; None for an office or a team
    ("Penulis: Humas Jateng", "Tim Redaksi, CNBC Indonesia")."""
    name = _author_in(line, reason)
    return None if name is None or _NOT_A_PERSON.search(name) else name


def _author_in(line: str, reason: str) -> str | None:
    if reason == "author_box":
        m = _AUTHOR_BOX.match(line)
        return m[1].strip() if m else None
    if reason == "byline":
        as_printed = line
        line = _GLUED_BY.sub("By ", line).rstrip(",;")  # "ByDana Reyes,": the label glued to the name
        line = line.replace(" ,", ",")  # "Nadia Putri , Jurnalis"
        line = _STAMP_AFTER_NAME.sub("", line)  # "By Jeff Cobb. Last Updated on December 11, 2025"
        line = line.rstrip("*")  # "Por Ana Beatriz Sales*": a note under the article says who she is
        if line.endswith(".") and line[-2:-1].islower() and not line.endswith(" Jr."):
            line = line[:-1]  # "Penulis: Dian Wulandari.": the sign-off's full stop (not an initial's)
        bare = _MAIL_AFTER_NAME.sub("", line)
        if bare != line and _looks_like_a_name(bare):
            return bare  # "Jane Doe | jdoe@harbourradio.com": the writer and their address
        if line[0] == "(" and line[-1] == ")" and line[1:4].lower() == "by ":
            line = line[1:-1]  # "(By Jane Doe and John Roe)" under a wire story
        if line.count("(") >= 2:  # "By Jane Doe (OPB) and John Roe (Lincoln County Leader)": each one's outlet
            line = _OUTLET_IN_BRACKETS.sub("", line)
        # "By Lauren Buckley | NJ Advance Media for NJ.com": the outlet after the bar; "By Jonah
        # Petrakis edited by Andrea Lindqvist": the editor after the writer; "By Sara Hassan in
        # Cairo": where the story was filed
        if line[:3].lower() == "by ":
            line = _AFTER_THE_WRITER.sub("", line)
        m = _BYLINE.match(line) or _DATED_BYLINE.match(line)
        if m:
            people = _people(m[1])
            # "Oleh Suara NTB", "By Staff Writer", "By The Canadian Press": an outlet or a role, no one
            # (nor "By Harakahdaily": one word ending as outlets' names do)
            return None if _ORGANISATION.search(people) and "," not in people or m[1].startswith("The ") \
                or " " not in people and (_OUTLET_NAME_END.search(people) or _CAMEL_CASE_BRAND.match(people)) else people
        m = _NAME_COMMA_SITE.match(line) or NAME_OVER_STAMP.match(line)  # "Market - Rina Marlina, Warta Indonesia"
        if m:  # ("Jane Doe · CBC News ·", over the stamp)
            return m[1]
        m = _NAME_AND_ROLE.match(line)  # "Maya Lindqvist Health correspondent"
        # (not an outlet's initials: "BBC Sport rugby union reporter at ..." is the role line under the name;
        # nor a section's name: "What's On Reporter")
        if m and not (len(m[1].split()[0]) > 1 and m[1].split()[0].isupper()) and not POSSESSIVE.search(m[1]):
            words = m[1].split()
            while len(words) > 2 and words[-1].lower() in _BEATS:
                words.pop()  # "Charlotte Green Local Democracy Reporter", "Tamsin Hocking Senior Reporter"
            if not _JOB_TITLE.search(" ".join(words)):  # "Senior Security Editor" names no one
                return " ".join(words)
        m = _STAFF_WRITERS.match(line)  # "JANE DOE and JOHN ROE, Harbour staff writers"
        if m:
            return _people(m[1])
        m = _NAME_WITH_WIRES.match(line) or _WRITTEN_BY.search(line) or _NAME_THEN_EDITOR.match(line)
        if m:
            return m[1]
        # "Penulis: Rina Marlina | Editor: Budi | Selasa, 11 Maret 2025"; "Jane Doe , Sunday 18 Feb 2024"
        meta = read_meta_line(line) or read_meta_line(as_printed)
        if meta is not None and meta.author and not _NOT_A_NAME.search(meta.author) \
                and not _ORGANISATION.search(meta.author):  # "Mar 14, 2025 - World News"
            return _people(meta.author)
    return None


# One word with a capital inside after a few lower-case letters: a site's name ("Penulis : NusaBali"),
# not a surname alone ("McDonald", "DeSantis" have fewer letters before it).
_CAMEL_CASE_BRAND = re.compile(r"^[A-Z][a-z]{3,}[A-Z][a-z]")

_NAME_LINE = re.compile(r"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}$")
# The line under an author label: a name, maybe a first name alone, maybe followed by credentials
# ("Rebecca Lake, CEPF"), the site ("Name | Site", "Name (Site)") or a comma before a co-author;
# or two names joined ("Dana Reyes and Tom Price").
_LABELLED_NAME = re.compile(r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
                            r"(?:\s+(?:and|&|dan)\s+[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?)\s*(?:[,|(].*)?$")


# A label line "by" that finishes one of these ("Medically reviewed" / "by" / name) names a
# reviewer, an editor or a photographer, not the author.
_BY_LABEL = re.compile(r"(?i)\b(?:by|oleh)\b")
_OTHER_ROLE = re.compile(rf"(?i)\b(?:{'|'.join(CREDIT_VERBS)}|photos?|narrated)\s*$")


def _name_under_label(verdicts, i: int) -> str | None:
    """A bare "Written by" label with the name on the next line. A single word is a first name
    only under a "by" label and when the page never uses it in lower case: "Author" and
    "Authors" are also menu items and search fields ("Authors" / "Themes" / "Issues")."""
    label = AUTHOR_LABEL.match(verdicts[i].text)
    if not label or i + 1 >= len(verdicts) or i > 0 and _OTHER_ROLE.search(verdicts[i - 1].text):
        return None
    under = verdicts[i + 1]
    if under.reason == "byline" and _BY_PREFIX.match(under.text):
        return find_author(under.text, under.reason)  # "Author" / "By Jane Doe | jdoe@harbourpost.com | Harbour Post"
    m = _LABELLED_NAME.match(under.text)
    if not m or _NOT_A_NAME.search(m[1]) or _NOT_A_PERSON.search(m[1]):
        return None
    if " " not in m[1] and (not _BY_LABEL.search(label[0]) or _in_lowercase(m[1], verdicts)):
        return None
    first, _, second = verdicts[i + 1].text.partition(", ")
    if first == m[1] and second and "," not in second and _looks_like_a_name(second) \
            and not _JOB_TITLE.search(second) and not ROLE_LINE.match(second):
        return verdicts[i + 1].text  # two writers: "Oleh" / "Rinaldi Saputra, Nina Kusumawardhani"
    return m[1]


# A role's bare label ("Translator", "Editor"), at most this many words.
ROLE_LABEL_MAX_WORDS = 2


def _label_over_a_name(verdicts, i: int) -> bool:
    """Is line ``i`` a role's bare label with the name it labels under it ("Translator" /
    "Andika Pramudya")?"""
    return 0 <= i < len(verdicts) - 1 and len(verdicts[i].text.split()) <= ROLE_LABEL_MAX_WORDS \
        and ROLE_LINE.match(verdicts[i].text) is not None and _NAME_LINE.match(verdicts[i + 1].text) is not None


def _name_over_role(verdicts, i: int) -> str | None:
    """A role alone on its line ("Business reporter, Site", "Verified Writer"), the name above it;
    not where the roles label the names under them ("Name" / "Translator" / name / "Editor" / name)."""
    if i > 1 and _label_over_a_name(verdicts, i) and _label_over_a_name(verdicts, i - 2):
        return None
    if i > 0 and ROLE_LINE.match(verdicts[i].text):
        name = _BY_PREFIX.sub("", verdicts[i - 1].text)  # "By Daniel Reyes" / "Staff Writer"
        return name if _NAME_LINE.match(name) and not _NOT_A_NAME.search(name) else None
    return None


def _in_lowercase(word: str, verdicts) -> bool:
    """Does the page use ``word`` in lower case? Then it is a common word ('Cookie Consent',
    'Bathroom Repair' under a headline are section labels), not a first name."""
    # ('cookies' for 'Cookie'; not before the @ of an e-mail address, 'jane.doe@harbour.com', where
    # a writer's name is in lower case; a domain, 'admissions@illinois.edu', counts)
    low = re.compile(rf"(?<![\w.]){re.escape(word.lower())}(?:e?s)?(?!\w|@|\.[\w.+-]*@)")
    return any(low.search(v.text) for v in verdicts)


_LABEL_MAX_CHARS = len("ditulis oleh :")
_CLOSING_NAME = re.compile(r"^(?:\*{3}\s*)?\(([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3})\)$")
# Reasons of lines no lexicon rule named (or named a byline): "Follow Author" beside the date
# is a button, not a name.
_UNLABELLED = frozenset({"navigation", "byline", BODY})
_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
_FOR_OUTLET = re.compile(r"\s+(?i:for)\s+[A-Z][\w.&' -]{1,40}$")
# "Name Name (The Harbour Post)": a byline with the outlet in brackets.
# (or two writers: "Jane Doe and John Roe (The Harbour Post)")
_NAME_AND_OUTLET = re.compile(r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
                              r"(?: (?:and|dan|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})?) \(([^()]{2,40})\)$")


def _names_the_site(place: str, verdicts) -> bool:
    """Is the dateline's "place" the site's name: the page's first line, or a domain on the page
    ("VIVA" and VIVA.co.id, "PIKIRAN RAKYAT" and Pikiran-Rakyat.com)?"""
    name = place.lower()
    if verdicts and verdicts[0].text.lower() == name:
        return True
    text = "\n".join(v.text for v in verdicts).lower()
    for form in {name.replace(" ", ""), name.replace(" ", "-")}:
        if f"{form}." in text and re.search(rf"(?<![\w.]){re.escape(form)}\.(?:co\.id|com|id|net|co)\b", text):
            return True
    return False


def _name_and_outlet(text: str) -> str | None:
    m = _NAME_AND_OUTLET.match(text) if text[-1] == ")" else None
    # ("Certified Public Accountant (CPA)" spells out an acronym)
    return m[1] if m and not m[2].isupper() and _ORGANISATION.search(m[2]) and not _ORGANISATION.search(m[1]) else None


# Where the author's name recurs without making it the site's: the author's box, and the
# reporter's own photo credit ("(Foto: iNews/Rizki Maulana)").
_NAME_RECURS_IN = frozenset({"author_box", "caption", "disclaimer"})


# "More by <name>" in the other languages bersih reads: the link to a writer's other stories.
_MORE_BY_IN_OTHER_LANGUAGES = (
    r"(?i:mehr von|weitere artikel von|alle artikel von|tous les articles de|plus d['’]articles de"
    r"|más (?:artículos |noticias )?de|todas las noticias de|mais (?:artigos |matérias )?de|todas as matérias de"
    r"|altri articoli di|tutti gli articoli di|meer (?:artikelen )?van|alle artikelen van"
    r"|(?:berita|artikel|tulisan) lainnya (?:dari|oleh))")


def _outside_the_author_box(verdicts, name: str):
    """The lines where a recurring ``name`` would be the site's: not the author's box or a
    caption, and not, after the article, the name alone or opening a line about the person
    ("Name covers elections for ...")."""
    last_body = max((i for i, v in enumerate(verdicts) if v.keep), default=len(verdicts))
    # (or a list of their other stories: "More from Priya Raman", "Mehr von ...", "Tous les articles de ...")
    # (or the reader told how to reach them: "Reach reporter Priya Raman at ...")
    bio = re.compile(rf"(?:(?i:more|other|latest) (?i:posts|articles|stories)? ?(?i:from|by) |{_MORE_BY_IN_OTHER_LANGUAGES} "
                     rf"|(?i:reach|contact|email|e-mail) (?i:reporter |columnist |the (?:reporter|writer|author) )?)?"
                     rf"{re.escape(name)}(?:$|,|\s*[|·]?\s*@\w+$| (?:is|was|has|covers|joined|writes|reports|at)\b)")
    # the reporter's own photo credit, whatever the caption was taken for: "... sore. Foto/Yuswantoro",
    # "... in Mysuru • Yuswantoro Adi/Warta Ltd", "... Basia block, Gumla. | Yuswantoro Adi"
    credit = re.compile(rf"(?i:foto|photo|image)\s*[:/]\s*(?:[\w .]{{1,30}}/)?{re.escape(name)}"
                        rf"|{re.escape(name)}\s?/\s?[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}}$|\s[|—–]\s*{re.escape(name)}$"
                        rf"|/\s?{re.escape(name)}$")  # "... Senin, 5 Februari 2024. /Kabar Banten/Rizki Maulana"
    # (or the dek signing off with the writer: "..., writes Helen Marsh")
    # or the article signing off with the writer and the day in brackets: "... optimistisch. (Jane Doe, 19.2.2025)"
    signed = re.compile(rf"\b(?:writes|argues|says|explains|reports) {re.escape(name)}\.?$"
                        rf"|\(\s*{re.escape(name)}\s*(?:,\s*[\d./]{{6,10}}\s*)?\)$")
    # (or the button to follow the writer: "Get email notification for articles from Name Follow")
    # (or the writer's photo's alt text, over the name and in the author box: "Photo of Jane Doe")
    follow = re.compile(rf"(?i:notifications?|alerts?)\b.{{0,40}}\b(?i:from|by) {re.escape(name)}\b"
                        rf"|{re.escape(name)}\s*\+?\s*(?i:follow)\s*\+?$"
                        rf"|^(?i:photo|picture|image|headshot|avatar|foto) (?i:of )?{re.escape(name)}$")
    # (nor the name printed again right under itself over the date: the avatar's label over the
    # name's link, "Jane Doe" / "Jane Doe" / "Archive" / "May 25, 2025")
    return [v for i, v in enumerate(verdicts)
            if v.reason not in _NAME_RECURS_IN and not (i > last_body and bio.match(v.text)) and not credit.search(v.text)
            and not signed.search(v.text) and not follow.search(v.text)
            and not (v.text == name and i > 0 and verdicts[i - 1].text == name and _stamp_below(verdicts, i))]


_FOLLOW = re.compile(r"(?i)^\+?\s*(?:follow|ikuti|seguir|suivre|folgen|segui|volgen)"
                     r"(?: (?:author|penulis|autor|autore|l['’]auteur|auteur))?\s*\+?$")
FOLLOW_LINES = 3
BLURB_MIN_WORDS = 5


def _follow_button_under(verdicts, i: int) -> bool:
    """A follow button right under line ``i`` ("Name" / "Follow"), or a few lines under it past
    the writer's blurb ("Name" / "Teacher" / "A teacher who writes ..." / "Follow"), not past
    more menu items ("Shop Apparel" / "Member Portal" / "Follow")."""
    for k, v in enumerate(verdicts[i + 1:i + 1 + FOLLOW_LINES]):
        if _FOLLOW.match(v.text):
            return k == 0 or any(len(u.text.split()) >= BLURB_MIN_WORDS for u in verdicts[i + 1:i + 1 + k])
    return False


OUTLET_LINE_MAX_WORDS = 5
_OUTLET_DESK = re.compile(rf"^(?i:[\w&.' -]{{0,30}}\b{_OUTLET_WORD}\b)\s*[,|–-]\s*[A-Z][\w .'-]{{2,30}}$")


# A broadcaster's initials and its region ("BBC Wales", "CBC Manitoba", "ABC Gippsland").
_OUTLET_REGION = re.compile(r"^(?:BBC|ITV|STV|RT[EÉ]|CBC|ABC|SBS|RNZ|CBS|NBC|NPR|PBS|VOA|DW|NHK|KBS|RTHK)"
                            r" [A-Z][a-z]+(?: [A-Z][a-z]+)?$")


def _over_an_outlet(verdicts, i: int) -> bool:
    """Is the line under line ``i`` an outlet's name with its desk ("BBC News, Somerset") or its
    region ("BBC Wales")? (An outlet's name alone there is as likely the next item of a menu:
    "Press" / "News & Media".)"""
    if i + 1 >= len(verdicts):
        return False
    under = verdicts[i + 1].text
    return len(under.split()) <= OUTLET_LINE_MAX_WORDS and (
        _OUTLET_DESK.match(under) is not None or _OUTLET_REGION.match(under) is not None)


def _name_in_the_header(verdicts, i: int, title_at: int) -> str | None:
    """A person's name alone on line ``i`` under the headline, where a byline would be (maybe with
    the place they file from, between the headline and the date): beside
    the date ("July 5, 2025" / "Rina Marlina"), over the outlet and desk they write for ("Harriet
    Lowe" / "BBC News, Somerset"), or right above the date as three names or, as many Indonesians
    have, one name alone right under the headline."""
    if ROLE_LINE.match(verdicts[i].text):
        return None  # "Redactora de Diario Harbour": the writer's trade (with a particle, it reads as a name)
    # the writer, under the headline or its dek, over the other credits' labelled names
    # ("Hendra Saputra" / "Translator" / "Andika Pramudya" / "Editor" / ...)
    if _label_over_a_name(verdicts, i + 1) \
            and (_reason_at(verdicts, i - 1, (TITLE, SUBTITLE)) or _reason_at(verdicts, i - 2, (TITLE,))) \
            and _NAME_LINE.match(verdicts[i].text) and _looks_like_a_name(verdicts[i].text):
        return verdicts[i].text
    # "Rina Marlina - Harbour TV" beside the date: the writer and their outlet
    outlet = NAME_AND_PUBLISHER.match(verdicts[i].text)
    if outlet and _next_to_a_stamp(verdicts, i) and not _BY_PREFIX.match(outlet[1]) \
            and (_looks_like_a_name(outlet[1]) or _looks_like_a_name(outlet[1], words=3)):
        return outlet[1]
    # "Rina Marlina@rinamarlina"; "Yann Le Goff." (a full stop after the name); "Lena Whitcomb/" (a
    # slash before the date, printed on the next line)
    name = _unglued(verdicts[i].text).removesuffix(".")
    if name.isupper() and _reason_at(verdicts, i - 1, (TITLE, SUBTITLE)):
        name = name.title()  # "DANA WHITLOCK" under the headline, as wires print their writers
    # (not a labelled byline, "Oleh Humas": its label's reader said whom it names, maybe no one)
    if (_looks_like_a_name(name) or _looks_like_names(name)) and not _BY_PREFIX.match(name) \
            and (_next_to_a_stamp(verdicts, i) or _over_an_outlet(verdicts, i)):
        return name
    # "Jane Doe" / "Jane Doe": the avatar's label and the name's link; "Jane Doe" / "More Stories
    # By Jane": the link to the writer's other stories
    if i + 1 < len(verdicts) and _looks_like_a_name(name):
        under = verdicts[i + 1].text
        if _MORE_BY.match(under) and under.split()[-1] in (name, name.split()[0]) \
                or under == name and _stamp_below(verdicts, i + 1):
            return name
    # "Sultan Rahman Chowdhury, Sylhet" between the headline (or its dek) and the date: the
    # writer and where they file from
    placed = WRITER_AND_PLACE.match(name)
    # (under the headline, or under its dek)
    if placed and _reason_at(verdicts, i + 1, ("date",)) \
            and (_reason_at(verdicts, i - 1, (TITLE, SUBTITLE)) or _reason_at(verdicts, i - 2, (TITLE,))) \
            and (_looks_like_a_name(placed[1]) or _looks_like_a_name(placed[1], words=3)):
        return placed[1]
    if _date_under(verdicts, i) and (
            _looks_like_a_name(name, words=3) and not _BY_PREFIX.match(name)
            or i == title_at + 1 and _MONONYM.match(name) and not _NOT_A_NAME.search(name)
            and not _ORGANISATION.search(name)):
        return name
    # "Carolina Pimentel Azevedo" / "São Paulo" / the date: the writer over the city they file from,
    # over what they are ("Dosen Teknik Lingkungan ...") or whom they write for ("Colaboração para o UOL")
    if _reason_at(verdicts, i + 2, ("date",)) and (_looks_like_a_name(name) or _looks_like_a_name(name, words=3)) \
            and not _BY_LABEL.search(name) and not _BY_PREFIX.match(name):
        between = verdicts[i + 1].text
        if _PLACE_LINE.match(between) or ROLE_OPENING.match(between) \
                or len(between.split()) <= WRITER_FOR_MAX_WORDS and _WRITES_FOR.search(between):
            return name
    return None


# "Colaboração para o UOL, em São Paulo", "Special to the Harbour Post": whom a writer writes for.
_WRITES_FOR = re.compile(r"(?i:\b(?:for|to|para|für|pour|per|untuk|voor)\s+(?:the |o |a |el |la |le |il |die |der |de )?)"
                         r"[A-Z][\w.&'’-]*(?:[,\s]|$)")


_MORE_BY = re.compile(r"(?i)^more (?:stories|articles|posts) (?:by|from) ")
# How far under a writer's name the date may stand, past short labels ("Archive", "Follow", the
# paper's name, the writer's e-mail).
NAME_OVER_DATE_LINES = 3
LABEL_UNDER_NAME_MAX_WORDS = 2


def _own_handle_under(verdicts, i: int) -> bool:
    """Is the line under line ``i`` a handle spelling the name on it ("Theo Brandt" / "@theobrandt")?"""
    if i + 1 >= len(verdicts) or not verdicts[i + 1].text.startswith("@"):
        return False
    handle = verdicts[i + 1].text[1:].lower().replace("_", "").replace(".", "")
    return handle == "".join(verdicts[i].text.lower().split())


def _stamp_below(verdicts, i: int) -> bool:
    """Is the date a few lines under line ``i``, past short labels only ("Archive", "Follow")?"""
    for k in range(i + 1, min(len(verdicts), i + 1 + NAME_OVER_DATE_LINES)):
        if verdicts[k].reason == "date":
            return True
        if len(verdicts[k].text.split()) > LABEL_UNDER_NAME_MAX_WORDS:
            return False
    return False


_PLACE_LINE = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?: (?:[A-ZÀ-Þ][\w'’.-]+|de|do|da|del|di|am|an|upon|on))?$")


def _date_under(verdicts, i: int) -> bool:
    """Is the date stamp right under line ``i``, maybe past a separator alone on its line
    ("Nur Aisyah Hamdan" / "-" / "14 Mar 2024") or the writer's paper ("Jane Doe and John Roe" /
    "Louisville Courier Journal" / "Published 3:17 p.m. ET Dec. 9, 2024")?"""
    under = i + 1
    if i + 2 < len(verdicts):
        between = verdicts[i + 1].text
        if not any(c.isalnum() for c in between) \
                or len(between.split()) <= OUTLET_LINE_MAX_WORDS and _OUTLET_WORDS.search(between):
            under = i + 2
    return _reason_at(verdicts, under, ("date",))


_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,3}(?=[A-Z][a-z])")  # "S. Vaishnavi Raghunathan", "K.R. Menon"


_MIDDLE_INITIALS = re.compile(r"(?<=[a-z]) (?:[A-Z]\.\s?){1,2}(?=[A-Z][a-z])")  # "Miftah H. Yusufpati"


def _looks_like_a_name(text: str, words: int = 2) -> bool:
    text = _INITIALS.sub("", text)  # (initials before the name are not counted as its words)
    text = _MIDDLE_INITIALS.sub(" ", text)  # (nor those between its names)
    spaces = text.count(" ")
    if words <= spaces <= words + 2:  # maybe a surname's particles, which are not counted as words
        text = _PARTICLES.sub("", text)
        spaces = text.count(" ")
    return spaces == words - 1 and bool(_PERSON_WORDS.match(text)) and not _ORGANISATION.search(text) \
        and not _NOT_A_NAME.search(text) and not POSSESSIVE.search(text)


def _looks_like_names(text: str) -> bool:
    """Two writers' names joined: "Suryadi Maswatu dan Nurhadi Lallo", "Jane Doe and John Roe",
    "Jane Doe, John Roe"."""
    parts = _JOINS.split(text)
    if len(parts) == 1 and text.count(", ") == 1:
        parts = text.split(", ")  # "Carsten Wolff, Lena Ostermann"
    return len(parts) == 2 and not _BY_PREFIX.match(text) \
        and all(_looks_like_a_name(p) or _looks_like_a_name(p, words=3) for p in parts)


def _reason_at(verdicts, j: int, reasons: tuple[str, ...]) -> bool:
    return 0 <= j < len(verdicts) and verdicts[j].reason in reasons


def _beside_a_stamp(verdicts, i: int) -> bool:
    """A date stamp within two lines of line ``i`` (or on it), or the line a dated byline
    ("Posted on May 12, 2025 by Sam Carter")."""
    return any(_reason_at(verdicts, j, ("date",)) for j in range(i - 2, i + 3)) \
        or _DATED_BYLINE.match(verdicts[i].text) is not None


def _next_to_a_stamp(verdicts, i: int) -> bool:
    """A date stamp right beside the line, or one line further with something that is not a
    name between (a show's name, a listen button; not the writer's name under the city they
    file from, "São Paulo" / "Carolina Moraes Teixeira" / the date)."""
    stamps = ("date", "site_date")
    return (_reason_at(verdicts, i - 1, stamps) or _reason_at(verdicts, i + 1, stamps)
            or any(_reason_at(verdicts, i + 2 * d, stamps) and not _looks_like_a_name(verdicts[i + d].text)
                   and not _looks_like_a_name(verdicts[i + d].text, words=3) for d in (-1, 1)))


_TRAILING_ROLE = re.compile(r"(?i)\b(?:reporter|correspondent|editor|writer|columnist|contributor|producer|"
                            r"analyst|wartawan|jurnalis|kontributor|koresponden|penulis|redaktur)s?$")
_NAME_AND_INITIALS = re.compile(r"^([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3})\s*/\s*[A-Z]{2,4}$")
_POSTED = re.compile(r"(?i)^(?:posted|published|written)(?: on)?\s")
_MONONYM = re.compile(r"^[A-Z][a-z]{4,}$")  # "Yuswantoro"
_GLUED_HANDLE = re.compile(r"(?<=[a-z])@\w{2,30}$")  # "Rina Marlina@rinamarlina": the social handle glued on


def _unglued(text: str) -> str:
    """A name without the handle or the slash a site glues on: "Rina Marlina@rinamarlina",
    "Lena Whitcomb/" (the date follows on the next line)."""
    return _GLUED_HANDLE.sub("", text).removesuffix("/")
_AND = re.compile(r"^(and|&|dan)\s+")
# Two writers joined (lower case, or the English and Indonesian words in capitals: "JANE E DOE"
# has a middle initial)
_JOINS = re.compile(rf" (?:{'|'.join(WRITER_JOINS)}|AND|DAN) ")
_ROLE_FIRST = re.compile(r"(?i)^(?:kontributor|koresponden|wartawan|reporter|correspondent|contributor)\b")


# The writer's trade, maybe with the outlet glued on, before the name: "FOCUS-online-Redakteurin
# Sarah Weiland", "dpa-Korrespondent Jan Roth", "Rédactrice Anne Morel".
_TRADE_BEFORE_NAME = re.compile(r"^(?:[\w.]+-)*(?i:(?:chef)?redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?"
                                r"|reporter(?:in)?|redacteur|r[ée]dact(?:eur|rice)|journaliste)\s+(?=[A-ZÀ-Þ])")


# A writer's name on a line of its own, maybe with a middle initial: "Daniel R. Whitcomb".
_CO_WRITER = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?: [A-Z]\.)?(?: [A-ZÀ-Þ][\w'’-]+){1,2}$")
_AFTER_THE_WRITER = re.compile(r"(?<=\w)(?:\s+\|\s+(?-i:[A-Z]).*|,?\s+(?i:edited|reviewed|fact[- ]checked) by\s.*"
                               r"|\s+in\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})$")
_OUTLET_NAME_END = re.compile(rf"(?i)(?<=\w\w)(?:{_OUTLET_WORD}|online|today)$")


def _name_comma_role(text: str) -> str | None:
    """The writer in "Jane Doe, Digital Content Producer": a name, then the role after a comma."""
    name, comma, role = text.partition(", ")
    if comma and "," not in role and _TRAILING_ROLE.search(role) and _looks_like_a_name(name) \
            and all(w[:1].isupper() for w in role.split()):
        return name
    return None


def _people(names: str) -> str:
    """The names without a news organisation listed after them: 'Jane Doe, Associated Press',
    'JANE DOE FOR MAILONLINE'."""
    parts = re.split(r"\s*,\s*", _FOR_OUTLET.sub("", _TRADE_BEFORE_NAME.sub("", names.strip())))
    # "Kontributor Demak, Ari Widodo": the role and the place before the name
    parts = [p for p in parts if not _ROLE_FIRST.match(p)] or parts
    # "Leah Grossman, ProPublica, and Tomás Echeverría, The County Ledger": each writer's outlet
    joined = next((m[1] for p in parts if (m := _AND.match(p))), None)  # the byline's own "and" before a writer
    parts = [_AND.sub("", p) for p in parts]
    if not joined:  # "Jane Doe, Senior Staff Writer, MedPage Today": the role, then the outlet
        role_at = next((k for k, p in enumerate(parts) if k and _TRAILING_ROLE.search(p)), None)
        parts = parts[:role_at] if role_at else parts
    parts = [p for p in parts if " " in p and not p.startswith("The ") and not _ORGANISATION.search(p)] or parts
    while len(parts) > 1 and (_ORGANISATION.search(parts[-1]) or _TRAILING_ROLE.search(parts[-1])):
        parts.pop()  # "Jane Doe, Weather Reporter": the role after the name
    names = [_without_outlet(part) for part in parts]
    if joined and len(names) > 1:  # "A, The Advocate, and B, ProPublica": "A and B"
        return f"{', '.join(names[:-1])} {joined} {names[-1]}"
    return ", ".join(names)


def _without_outlet(name: str) -> str:
    """'Dana Reyes Fox News' -> 'Dana Reyes': an outlet's name run on after two or more words;
    'Dana Reyes Health Reporter' -> 'Dana Reyes': a role, maybe after a beat. With two writers,
    the outlet follows the second: 'Dana Reyes and Sam Carter Globe Staff'."""
    first, joined, second = name.rpartition(" and ")
    if joined and " " in first and " " in second:
        return f"{first}{joined}{_without_outlet(second)}"
    words = name.split()
    if len(words) > 2 and _TRAILING_ROLE.search(words[-1]):
        words.pop()
        while len(words) > 2 and words[-1].lower() in _BEATS:
            words.pop()
        name = " ".join(words)
    if "The" in words[2:]:  # "Derek Ostrander The Spokesman-Review": no name has "The" in it
        return " ".join(words[:words.index("The", 2)])
    # In a name set in capitals, a short last name ("RAHIM") is no acronym of an outlet.
    outlet = _OUTLET_WORDS if name.isupper() else _ORGANISATION
    for k in range(2, len(words)):
        if outlet.search(" ".join(words[k:])) and not outlet.search(" ".join(words[:k])):
            return " ".join(words[:k])
    return name


def extract_metadata(verdicts: list[LineVerdict] | tuple[LineVerdict, ...], language: str | None = None) -> TextMetadata:
    first_body = next((i for i, v in enumerate(verdicts) if v.keep), None)
    title_at, title, subtitle, author, title_publisher = _title_and_author(verdicts, first_body)
    place, publisher = _place_and_publisher(verdicts, first_body)
    return TextMetadata(title=title, subtitle=subtitle, author=author, publisher=publisher or title_publisher,
                        dateline=place, published=_published(verdicts, first_body, title_at, language))


# The writer's name may close the article ("Kontributor : Name" under its last paragraph).
CLOSING_BYLINE_LINES = 2
NAME_OVER_HEADLINE_LINES = 3


def _title_and_author(verdicts, first_body: int | None) -> tuple:
    """(index of the title line, title, subtitle, author, publisher named in the title)."""
    title_at = title = subtitle = author = title_publisher = bare_name = None
    # author_at: the line the author was read from; the line under it ("Nairobi County Reporter"
    # under "By Mercy Achieng") describes the same person and does not replace it.
    author_by_stamp, author_at = False, None
    last_body = max((i for i, v in enumerate(verdicts) if v.keep), default=len(verdicts))
    later = None  # a byline far under the article, set aside while a name stood in the header
    second_name = None  # the second name of a "Name | Name" byline in the header
    headline_at = next((i for i, v in enumerate(verdicts) if v.reason == TITLE), None)
    for i, v in enumerate(verdicts):
        in_header = first_body is None or i < first_body
        if v.reason == TITLE and title is None:
            title_at, (title, title_publisher) = i, split_title(v.text)
        elif v.reason == SUBTITLE and subtitle is None:
            byline = NAME_AND_PUBLISHER.match(v.text)
            if byline and author is None:
                # "Rina Marlina | Budi Santoso": the author and the editor, no publisher.
                site = None if _PERSON.match(byline[2]) and not _ORGANISATION.search(byline[2]) else byline[2]
                author, title_publisher = byline[1], title_publisher or site
            elif author is None and (long := _LONG_NAME_AND_OUTLET.match(v.text)) \
                    and _looks_like_a_name(long[1], words=4) and _date_under(verdicts, i):
                author = long[1]  # "Ni Luh Putu Ariyanti - detikBali" over the date: a four-word name
            elif author is None and (credited := _name_and_outlet(v.text)):
                author = credited  # "Rina Marlina (The Harbour Post)"
            elif author is None and (m := _NAME_COMMA_OUTLET.match(v.text)) and _OUTLET_WORDS.search(m[2]) \
                    and _date_under(verdicts, i):
                author = m[1]  # "Patricia Lumanlan, ABS-CBN News" over the date
            elif author is None and (name := _name_comma_role(v.text)):
                author = name  # "Jane Doe, Digital Content Producer" under the headline
            elif author is None and (bare := _unglued(v.text)) != v.text \
                    and _looks_like_a_name(bare) and _date_under(verdicts, i):
                bare_name = bare  # "Michael Nuñez@MichaelFNunez", "Lena Whitcomb/" over the date
            elif (_looks_like_a_name(v.text, words=3) or _looks_like_names(v.text)
                  or _PARTICLES.search(v.text) and _looks_like_a_name(v.text)) \
                    and (_date_under(verdicts, i) or i + 1 < len(verdicts) and ROLE_OPENING.match(verdicts[i + 1].text)):
                bare_name = v.text  # "Diah Ayu Wardani" right above the date stamp, or over what she is ("Dosen ...")
            elif len(v.text.split()) >= SUBTITLE_MIN_WORDS and v.text != title_publisher:
                subtitle = v.text
            elif _looks_like_a_name(v.text):
                bare_name = v.text  # "Rina Marlina" under the headline: the author, unless a byline says
            elif v.text.isupper() and _looks_like_a_name(v.text.title()) and _stamp_below(verdicts, i):
                bare_name = v.text  # "JASON DELAHANTY" / "Pittsburgh Post-Gazette" / his e-mail / the date
        elif bare_name is None and title is not None and in_header and v.reason in _UNLABELLED \
                and not (v.reason == "byline" and find_author(v.text, v.reason)) \
                and (name := _name_in_the_header(verdicts, i, title_at)):  # (a byline that names the writer is read below)
            bare_name = name
            if i >= 2 and verdicts[i - 1].text.lower() in WRITER_JOINS \
                    and verdicts[i - 2].reason in _UNLABELLED | {SUBTITLE} and _CO_WRITER.match(verdicts[i - 2].text):
                # "Daniel R. Whitcomb" / "and" / "Priya Nandakumar": two writers, one line each
                bare_name = f"{verdicts[i - 2].text} {verdicts[i - 1].text} {name}"
                if subtitle == verdicts[i - 2].text:
                    subtitle = None
        elif bare_name is None and title is not None and i == title_at + 1 and v.reason == "caption" \
                and _date_under(verdicts, i) and (m := _NAME_AND_INITIALS.match(v.text)):
            bare_name = m[1]  # "Dimas Prakoso / DP" between the headline and the date: the writer and their initials
        elif bare_name is None and title is None and v.reason in _UNLABELLED and _looks_like_a_name(v.text) \
                and (i + 1 < len(verdicts) and verdicts[i + 1].reason == "date" and _POSTED.match(verdicts[i + 1].text)
                     or headline_at is not None and 0 < headline_at - i <= NAME_OVER_HEADLINE_LINES
                     and any(verdicts[j].reason == "date" for j in range(i + 1, headline_at))):
            # "Priya Raman" / "Posted on Jan 28, 2025": a blog's byline over its headline; or the
            # name, the section and the date right over the headline ("Talia Brennan" / "Security" /
            # "Mar 11, 2025 6:30 AM" / headline)
            bare_name = v.text
        elif bare_name is None and title is not None and in_header and _looks_like_a_name(v.text) \
                and _own_handle_under(verdicts, i) and _stamp_below(verdicts, i + 1):
            bare_name = v.text  # "Theo Brandt" / "@theobrandt" / the date: the writer over their handle
        elif bare_name is None and in_header and v.reason in _UNLABELLED and _looks_like_a_name(v.text) \
                and _follow_button_under(verdicts, i):
            bare_name = v.text  # "Rina Marlina" / "Guru" / "Ikuti": the writer's box, a follow button under the name
        elif bare_name is None and title is not None and in_header and v.reason == "byline" \
                and _looks_like_a_name(v.text) and _reason_at(verdicts, i + 1, ("share_widget",)):
            bare_name = v.text  # "Marisol Ortega" / "Share": the writer's name over the share bar, no stamp beside
        elif author is None and title is not None and in_header and (credited := _name_and_outlet(v.text)):
            author = credited  # "Rina Marlina (The Harbour Post)" under the headline
        elif (author is None or in_header and not author_by_stamp and author_at != i - 1
              and _beside_a_stamp(verdicts, i)) \
                and (v.reason in ("author_box", "byline")
                     or in_header and len(v.text) <= _LABEL_MAX_CHARS and AUTHOR_LABEL.match(v.text)):
            # A second byline in the header replaces the first when the date stamp is beside it:
            # an appeal's signature ("Louise Thomas" / "Editor") may come first.
            # (the role under the name first: "Eastern Cape Correspondent" under "Jane Doe" names
            # a place and a role, not a writer called Eastern Cape)
            found = (_name_over_role(verdicts, i) or find_author(v.text, v.reason)
                     or _name_under_label(verdicts, i))
            # (a byline further down than the article's last lines, naming someone else than the
            # name beside the header's stamp, is another story's: "More posts" under a blog post)
            if found and bare_name and not in_header and found != bare_name and i > last_body + CLOSING_BYLINE_LINES:
                later = later or found  # kept in case the name in the header turns out to be the site's
            elif found:
                author, author_by_stamp, author_at = found, in_header and _beside_a_stamp(verdicts, i), i
                if in_header and (pair := NAME_OVER_STAMP.match(v.text)) and pair[2]:
                    second_name = pair[2]  # "Jane Doe | John Roe": which of the two wrote it, the article's end may say
        elif second_name is not None and v.reason == "byline" and not in_header \
                and find_author(v.text, v.reason) == second_name:
            author = second_name  # "Kontributor : John Roe" under the article: the second of the pair wrote it
    # A site's name recurs on its page; a name may recur only in the author's box at the end.
    if author is None and bare_name and bare_name != title_publisher and not _SITE_ACCOUNT.match(bare_name) \
            and sum(bare_name in v.text and not _introduced_as_a_writer(v.text, bare_name)
                    for v in _outside_the_author_box(verdicts, bare_name)) <= 1 \
            and not _in_lowercase(bare_name.split()[0], verdicts):
        author = bare_name
    author = author or later or _named_in_the_author_box(verdicts)
    if author and " " in author and _JOINS.sub(" ", author).isupper():
        # "DANIELA ORTIZ": a byline set in capitals names Daniela Ortiz ("JANE DOE and JOHN ROE" two)
        author = author.title().replace(" And ", " and ").replace(" Dan ", " dan ")
    if author is None and first_body is not None:
        # "*** (Rina Marlina)" closing the article: the reporter's name in brackets
        author = next((m[1] for v in verdicts[first_body + 1:] if not v.keep and (m := _CLOSING_NAME.match(v.text))
                       and m[1] != title_publisher and not _NOT_A_NAME.search(m[1])), None)
    return title_at, title, subtitle, author, title_publisher


# A line naming the writer as one ("Updated by: Jane Doe", "... artikel lainnya dari Jane Doe."): a
# person's name recurring so is no site's name recurring on its page. (Not "translation from
# <paper>": a paper is named so too.)
_WRITER_INTRO = re.compile(r"(?i)(?:\b(?:by|oleh|penulis|author|writer)\s*:?\s*|\b(?:lainnya|more|other \w+) (?:dari|from)\s+)$")


def _introduced_as_a_writer(text: str, name: str) -> bool:
    return _WRITER_INTRO.search(text[:text.find(name)]) is not None


_ABOUT_THE_AUTHOR = re.compile(r"(?i)^(?:about the (?:author|writer)s?|tentang (?:penulis|pengarang|kontributor))\s*:?$")
# Degrees and credentials after a name: "Jane Doe Ph.D.", "Jane Doe, M.S., R.D.N."
_CREDENTIALS = re.compile(r"(?:,?\s+(?:Ph\.?\s?D\.?|M\.?D\.?|M\.?S\.?|M\.?A\.?|MPH|MSJ|R\.?N\.?|R\.?D\.?N?\.?|C\.S\.C\.S\.|Psy\.?D\.?))+$")


def _named_in_the_author_box(verdicts) -> str | None:
    """The name under an "About the Author" heading, its degrees cut off: the writer, when
    nothing in the header named them."""
    for i, v in enumerate(verdicts[:-1]):
        if v.reason == "author_box" and _ABOUT_THE_AUTHOR.match(v.text):
            name = _CREDENTIALS.sub("", verdicts[i + 1].text)
            if _looks_like_a_name(name) or _looks_like_a_name(name, words=3):
                return name
    return None


def _place_and_publisher(verdicts, first_body: int | None) -> tuple[str | None, str | None]:
    """The dateline's place and publisher, from the lead (or the line above it)."""
    if first_body is None:
        return None, None
    place, publisher = parse_dateline(verdicts[first_body].text)
    above = verdicts[first_body - 1].text.rstrip() if first_body > 0 else ""
    if place is None and above.endswith(("-", "–", "—")):
        # "Jakarta, Site --" on a line of its own, the lead under it
        place, publisher = parse_dateline(f"{above} {verdicts[first_body].text}")
    if place and publisher is None and _names_the_site(place, verdicts):
        place, publisher = None, place  # "VIVA – ..." on a page that names VIVA.co.id: the site
    return place, publisher


def _stamp_of(text: str) -> str:
    """The publication stamp of a many-part header line ("Updated March 15 | Published March 14"),
    read once by the cleaner's detector already (the result is cached)."""
    meta = header_meta_line(text) if len(text) < 300 else None
    return meta.stamp if meta is not None and meta.stamp else text


_PUBLISHED_LABEL = re.compile(rf"(?i)^\W*(?:{'|'.join(PUBLISHED_LABELS)}"
                              r"|this (?:story|article) was (?:originally |first )?published)\b")
_UPDATED = re.compile(r"(?i)^\W*(?:last |laatste )?(?:updated|diperbarui|update|modified|atualizad[oa]|actualizad[oa]"
                      r"|aggiornat[oa]|aktualisiert|zuletzt aktualisiert|bijgewerkt|mis à jour|modifié)\b")
_FIRST_PUBLICATION = re.compile(r"(?i)^\W*(?:first published|originally published|erstpublikation|erstveröffentlichung"
                                r"|erstmals veröffentlicht|publié pour la première fois|publicado originalmente)\b")


_MACHINE_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d")


CAPTION_SIZED_LEAD_WORDS = 20


def _published(verdicts, first_body: int | None, title_at: int | None, language: str | None) -> str | None:
    """Publication date: a timestamp line, else the lead paragraph, else a caption above the lead
    (photo captions repeat the day of the event). Never the site's "today" header.
    Stamps above the article first, then those below it (some sites print the date at the end),
    but none after the comments start: those date the comments."""
    above = first_body if first_body is not None else len(verdicts)
    if title_at == 0:
        # the title read from the page's <title>, first: the headline printed again over the
        # article is where the article's header starts (the site's clock may stand between)
        title = split_title(verdicts[0].text)[0]
        title_at = next((i for i in range(above - 1, 0, -1) if verdicts[i].text == title), title_at)
    comments_start = next((i for i in range(above, len(verdicts)) if verdicts[i].reason == "comments"), len(verdicts))
    stamps = [(i, v.text) for i, v in enumerate(verdicts[:comments_start]) if v.reason in ("date", "byline")]
    # A weekday and a date alone is the site's "today" header at the top of the page, but the
    # article's date in its header, under the headline and a few lines above the lead.
    header_start = max(title_at + 1, above - ARTICLE_HEADER_LINES) if title_at is not None else above
    dated_header = [v.text for v in verdicts[header_start:above] if v.reason == "site_date"]
    # Under the headline before over it (a site's clock may carry a time too), and what was
    # published before when it was updated ("Updated Sep 13" / "Published Sep 12").
    # (over the headline, the nearest first: the top of the page holds the site's clock, the
    # article's stamp sits right over its headline)
    before = sorted(((over := title_at is not None and i < title_at, bool(_UPDATED.match(t)), -i if over else i), t)
                    for i, t in stamps if i < above)
    # A stamp labelled as the publication under the article ("Published - August 21") comes
    # before an update stamp over it ("Updated - August 22").
    # (a machine's timestamp under the article, "2024-04-18T13:00:39+00:00", after a printed day: it
    # is often the last modification)
    below = sorted((t for i, t in stamps if i >= above), key=lambda t: _MACHINE_STAMP.match(t) is not None)
    published_below = [t for t in below if _PUBLISHED_LABEL.match(t)]
    first = [t for (over_title, updated, _), t in before if not updated and not over_title]
    # (a date over the headline yields to one labelled as the publication under the article:
    # "July 23, 2024" at the top of the page is the site's clock there)
    over_title = [t for (over_title, updated, _), t in before if not updated and over_title]
    updated = [t for (_, updated, _), t in before if updated]
    # A stamp labelled as the first publication wins wherever it is ("Erstpublikation: 13.03.2025"
    # under the article, the header's stamp being the last update).
    first_publication = [t for i, t in stamps if _FIRST_PUBLICATION.match(t)]
    stamp_lines = first_publication + first + dated_header + published_below + over_title + updated + below
    # (read the page's other dates only when a stamp is a bare numeric one, whose order is in doubt)
    ambiguous = any(_NUMERIC_DATE.search(t) or _SHORT_YEAR_DATE.search(t) for t in stamp_lines)
    order = numeric_date_order(v.text for v in verdicts) if ambiguous else None
    published = next(filter(None, (parse_stamp_date(_stamp_of(t), language, order) for t in stamp_lines)), None)
    if published:
        return published
    lead = [verdicts[first_body].text] if first_body is not None else []
    captions = [v.text for v in verdicts[:first_body or 0] if v.reason == "caption"]
    # Then a day header right over the headline, under the site's name and menu (a blog's post
    # date, a paper's edition: a site's "today" header opens the page), before a caption's day,
    # which is the picture's (a file photo's).
    day_over_title = [verdicts[title_at - 1].text] \
        if title_at and title_at > 1 and verdicts[title_at - 1].reason == "site_date" else []
    # (a lead of a caption's length may be the top picture's caption: its day is the picture's)
    first = lead + day_over_title if lead and len(lead[0].split()) >= CAPTION_SIZED_LEAD_WORDS else day_over_title + lead
    return next(filter(None, (parse_date(text) for text in first + captions)), None)
