"""Article header lines that pack several facts, split by bars, dots or slashes:

    "Penulis: Rina Marlina | Editor: Budi Santoso | Selasa, 11 Maret 2025 - 09:15 WIB"
    "Jane Doe / TNN / Mar 14, 2025, 04:10 IST"
    "Published: Mar 12, 2025 by Jane Doe · This post may contain affiliate links · 38 Comments"
    "Updated March 15, 2025 at 9:40 a.m. EDT|Published March 14, 2025 at 6:00 a.m. EDT"
    "Diposting pada 14 Januari 2025 oleh Rina Marlina", "oleh Andi Nurlia [Pangkep] di 18 Februari 2025"

Each part is read on its own: a timestamp, a labelled name, a bare name, a news agency's code, a
reading time or a comment count. The line is the article's byline (or its date stamp, when no
one is named) only when every part is one of these: a sentence that mentions a date is not.
``read_meta_line`` also gives pipeline.textmeta the author and the publication stamp.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..calendar import MONTHS, WEEKDAYS
from ..evidence import Hint

META_MAX_WORDS = 30
_HAS_DIGIT = re.compile(r"\d")  # every stamp has one
# Between parts: a bar, a middle dot, a bullet, a spaced slash; then, inside a part, before
# "by"/"oleh" and a name, before "di"/"on" and a day ("oleh Name di 18 Februari 2025"), before
# "at" and a time ("Posted by Name at 9:15 AM").
# (a spaced comma too, as a template joins its fields: "Jane Doe , Sunday 18 Feb 2024"; a double slash,
# "By Jane Doe // 12 March 2025")
# (and a comma before the next stamp's label: "Updated March 4 2025 - 9:01am, first published March 3 2025")
_SEPARATORS = re.compile(r"\s*(?:\||·|•|●|\s//?\s|\s[–—-]\s|\s;\s|\s,\s|,(?=\s*(?i:first published|originally published"
                         r"|published|updated|last updated)\s))\s*")
_INNER = re.compile(r"\s+(?=(?:by|oleh|By|Oleh|BY|OLEH)\s+[A-Z])"
                    # "By Jane Doe published 14 March 2025", "... published March 14, 2025"
                    r"|\s+(?=(?i:published|posted|updated)\s+(?:\d|[A-Z][a-z]{2,8}\.?\s\d))"
                    r"|\s+(?i:di|on|pada)\s+(?=\d{1,2}\s+[A-Za-z])"
                    r"|\s+(?i:on)\s+(?=[A-Z][a-z]{2,8}\.? \d{1,2}\b)"  # "By Jane Doe on March 4, 2025"
                    r"|\.\s+(?=(?:Last )?(?:Updated|Published|Posted)\b)"  # "By Jane Doe. Last Updated on ..."
                    r"|\s+(?i:at|pukul)\s+(?=\d{1,2}[:.]\d{2})"
                    r"|\s+(?=In [A-Z][\w&]+(?:\s|$))"  # "... 4:52 pm In News by Jane Doe"
                    r"|,\s+(?=(?i:dibaca|views?)\s*:)")  # "... 16:05:21, Dibaca : 2.318 Kali"
_STAMP_LABELS = frozenset("published updated posted written edited last modified diterbitkan diperbarui diposting "
                          "dipublikasikan ditayangkan ditulis terbit update dibuat created on pada at pukul jam di - "
                          # German, French, Spanish, Portuguese, Italian, Dutch, Malay
                          "veröffentlicht aktualisiert stand um uhr publié mis jour publicado actualizado atualizado "
                          "pubblicato aggiornato alle ore gepubliceerd bijgewerkt dikemas kini modifié modifiée modifica "
                          "modificato disiarkan dikemaskini há "
                          # "Published date: 17 July 2024", "Publication date 09 June 2025"
                          "date publication publish rilis tanggal filed "
                          # "first published March 3 2025", "originally published ..."
                          "first originally ultimo aggiornamento "
                          # "Issued on: 08/10/2024 - 17:42", "Feb. 20, 2024 6 a.m."
                          "issued a.m p.m "
                          # Portuguese and Spanish: "postado em 14/03/2024", "Última actualización: 14.03.2024"
                          "postado creada creado última ultima actualización "
                          # "Updated May 6, 2025 / Original May 6, 2025, 6:11 am EDT"; "For Immediate Release: ..."
                          "original for immediate release".split())
# Words between a stamp's parts that say nothing by themselves: "am 14. März", "le 12 mars à 18h",
# "12 de marzo de 2024", "às 14h30", "il 12 marzo".
# (and Malay's parts of the day: "3:45 petang")
# (and a reading time run into the stamp: "4 min read Last Updated : Nov 13 2024")
# (and how long ago, before the date: "Published 14 hours ago on April 7, 2025"; "Updated as of ...";
# Danish "kl. 05.00")
_FILLERS = frozenset("am le la l' à a de del el em às il om @ ⋅ // hora horas as of pagi petang malam tengahari "
                     "min mins read hour hours minutes days ago on kl".split())
_ZONES = frozenset("wib wita wit utc gmt et edt est ct cdt cst mt mst mdt pt pdt pst akst akdt hst ast bst cet cest eet "
                   "eest ist aedt aest acst awst nzst nzdt sgt hkt jst kst ict myt pht pkt wat cat eat sast msk trt uk "
                   "adt ndt nst idt gst "
                   # Latin America's: "19 Mar, 2025 07:42 a.m. AR"
                   "ar art brt clt cot pet "
                   # spelt out: "08:00 AM Eastern Daylight Time"
                   "eastern central mountain pacific atlantic daylight standard time".split())
_ZONE_OFFSET = re.compile(r"^(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?$")  # "GMT+2"
_NUMERIC = re.compile(r"^(?:\d{1,4}(?:st|nd|rd|th|er)?|\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:am|pm|a\.?m|p\.?m|min)?"
                      r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[ap]\.?m|[+-]\d{1,2}:?\d{2})$")
_EDGE = " ,.:;()[]–—"
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|dan|&)\s*{_NAME})*"
# Labels before the author's name, and before someone else credited with the story.
_AUTHOR_LABELS = ("by", "oleh", "written by", "penulis", "reporter", "pewarta", "wartawan", "jurnalis", "kontributor",
                  "author", "laporan", "writer", "von", "par", "por", "door")
_OTHER_LABELS = ("editor", "redaktur", "penyunting", "fotografer", "foto", "photo", "photos", "video", "editing",
                 "edited by")
# "Penulis: Name", "By Name", "oleh Name [Pangkep]"; group 1 the label, group 2 the name(s).
_LABELLED = re.compile(rf"^(?i:({'|'.join(_AUTHOR_LABELS + _OTHER_LABELS)}))"
                       rf"\s*:?\s*({_NAMES})\s*(?:[\[(][^\[\]()]{{2,30}}[\])])?$")
# No word of a name is a possessive: "Today's Paper | August 20, 2025" names no one.
POSSESSIVE = re.compile(r"\w['’]s\b")
_BARE_NAME = re.compile(rf"^(?!.*{POSSESSIVE.pattern}){_NAMES}$")
# The section beside the stamp: "Mar 14, 2025 - Economy", "On September 28, 2023 4:52 pm In News".
# (or where it was filed from: "Semarang/Jakarta ● Fri, March 7, 2025")
# (or the categories, after a comma: "Posted by Jane Doe | May 2, 2024 | Programs, Stories")
_SECTION = re.compile(r"^(?:In )?[A-Z][\w&]+(?:(?:/|, )[A-Z][\w&]+)*$")
_AGENCY = re.compile(r"^(?:[A-Z]{2,6}|Reuters|Antara|Bernama|Xinhua|Anadolu)$")
# The accounts a site's software posts under, which name no writer ("Administrator", "Admin
# Sekolah"): read here and by pipeline.textmeta.
SITE_ACCOUNTS = ("admin", "administrator", "webmaster", "superadmin", "operator")
# What else a header line holds: a comment count, a handle, the reporter's role, a reading time,
# a view count, an affiliate note.
_OTHER = re.compile(r"^(?:\d{1,5}|@\w{2,30}|reporter|correspondent|editor|contributor|columnist|staff writer"
                    r"|[\w-]{2,30}\.(?:net|com|co|id|org|ph|my)(?:\.[a-z]{2})?"  # the site's domain: "INQUIRER.net / ..."
                    r"|\d+\s*(?:min(?:ute)?s?|menit)(?:\s+(?:read|baca|bacaan))?"
                    r"|(?:lesedauer|temps de lecture|tempo di lettura|tiempo de lectura|leestijd|reading time)\s*:?\s*\d+\s*\w{0,8}\.?"
                    r"|\d+\s+(?:comments?|komentar|responses?|replies|shares?|views?)"
                    r"|(?:dibaca|dilihat|ditonton|views?)\s*:?\s*\d[\d.,]*(?:\s*kali)?"
                    r"|(?:this|the) (?:post|article|page) (?:may )?contains? affiliate links?\.?|updated|diperbarui"
                    r"|(?:last )?(?:updated|diperbarui)\s*:?\s*(?:\d{1,2}|an?|one) (?:minutes?|mins?|hours?|days?|menit|jam|hari)"
                    r" (?:ago|lalu|yang lalu)"
                    # a press release's issuer beside its stamp: "March 24, 2025 07:00 ET | Source: Harbour Bio, Inc."
                    r"|source\s*:\s*[A-Z][\w.,&'’ -]{1,60}"
                    # the site's own account, no writer: "Diposting oleh Admin | Selasa, 27 Februari 2024"
                    rf"|(?:(?:posted|diposting)\s+)?(?:by|oleh)\s*:?\s*(?:{'|'.join(SITE_ACCOUNTS)})(?:\s+\w+)?)$",
                    re.IGNORECASE)


# The labels of a publication stamp (not an update's): read here and by pipeline.textmeta.
PUBLISHED_LABELS = ("published", "publish", "posted", "first published", "originally published", "original", "diterbitkan",
                    "dipublikasikan", "ditayangkan", "diposting", "terbit", "tanggal rilis")


@dataclass(frozen=True, slots=True)
class MetaLine:
    author: str | None  # the first name given as the author's (labelled, or bare beside a stamp)
    stamp: str | None  # the part stating publication ("Published ...") or else the first timestamp


def _stamp_kind(part: str) -> str | None:
    """"date" for a part of weekday and month names, numbers, times, zones and stamp labels that
    names a day ("16 January 2025"), "stamp" when it also has a time, a zone or a label
    ("Thursday 16 January 2025 08:12"), "time" when it only tells the time, "label" for a label
    alone ("Diposting" before "pada 14 Januari 2025"); else None."""
    month = year = clock = numeric_date = label = other = False
    for tok in part.lower().replace(",", " ").split():
        tok = tok.strip(_EDGE)
        if not tok:
            continue
        if tok in _STAMP_LABELS:
            label = True
            continue
        if tok in _FILLERS:
            continue
        if tok in WEEKDAYS:
            continue  # a weekday and a date alone may be the site's "today" header: the lexicon tells
        other = True
        if tok in _ZONES or _ZONE_OFFSET.match(tok):
            label = True
        elif tok in MONTHS:
            month = True
        elif _NUMERIC.match(tok):
            year = year or (len(tok) == 4 and tok.isdigit())
            # "16h42", and "14.05" (the Indonesian way) unless it is a date ("14.05.2025")
            clock = clock or ":" in tok or tok[-3:-2] in ("h", ".") or tok[-2:] in ("am", "pm")
            numeric_date = numeric_date or "/" in tok or tok.count("-") == 2 or tok.count(".") == 2
        else:
            return None
    if month and year or numeric_date:
        return "stamp" if label or clock else "date"
    return "time" if clock or month else None if other else "label"


# (or glued on in brackets: "March 14, 2025 6:00 am(Updated 9:30 am)")
_GLUED_UPDATE = re.compile(r"(?:(?<=\d)|(?<=[A-Z]{3}))(?=(?:Updated|Published|Diperbarui)\b)|(?<=[\w.])\s?\((?=(?:Updated|Published|Diperbarui)\b)")


# "August 12, 20245:00 AM ET": the date and the time scraped from two elements with no space
# (read here and by pipeline.textmeta; substitute r"\1 ").
YEAR_GLUED_TO_TIME = re.compile(r"(?<=[a-z,\d] )((?:19|20)\d{2})(?=\d{1,2}[:.]\d{2})")


_NAME_AFTER_TIME = re.compile(r"(\d{1,2}[:.]\d{2}(?:\s?(?:Uhr|h|am|pm|a\.m\.|p\.m\.))?),\s+(?=[A-ZÀ-Þ][a-zà-ÿ]+ [A-ZÀ-Þ])")


def _parts(text: str) -> list[str]:
    # str tests first: most lines hold no mark, and the regular expressions are the costly step
    if "pdated" in text or "ublished" in text or "iperbarui" in text:
        text = _GLUED_UPDATE.sub(" | ", text)  # "12 Mar 2025Updated 16:02, 12 Mar 2025"
    if ":" in text:
        text = YEAR_GLUED_TO_TIME.sub(r"\1 ", text)  # "October 8, 20252:14 PM": the year run into the time
        if ", " in text:
            text = _NAME_AFTER_TIME.sub(r"\1 | ", text)  # "14. Mai 2025, 10:42 Uhr, Jane Doe": the writer after a comma
    parts = _SEPARATORS.split(text)
    if "by " in text or "By " in text or "BY " in text or "oleh " in text or "Oleh " in text or "OLEH " in text \
            or ", Dibaca" in text or ", View" in text:
        parts = [q for p in parts for q in _INNER.split(p)]
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


# The outlet in brackets after the stamp names no writer: "June 10, 2025 (Mainichi Japan)".
_OUTLET_AFTER = re.compile(r"(?<=\d)\s*\((?:[A-Z][\w.&'’-]*\s?){1,4}\)$")
# ... or after a comma, named with its article: "Tuesday March 11 2025, 5.00pm GMT, The Times".
_THE_OUTLET_AFTER = re.compile(r"(?<=[\dA-Za-z]),\s*The (?:[A-Z][\w.&'’-]*\s?){1,3}$")


# What someone credited beside the writer did to the story (read here and by pipeline.textmeta).
CREDIT_VERBS = ("reviewed", "checked", "edited", "photographed", "illustrated", "translated")
_CREDIT_VERB = re.compile(rf"(?i)^(?:medically |fact[- ])?(?:{'|'.join(CREDIT_VERBS)})$")


def read_meta_line(text: str) -> MetaLine | None:
    """The author and the stamp of a many-part header line; None when any part is something else."""
    outlet = False
    if text.endswith(")"):
        text, outlet = _OUTLET_AFTER.subn("", text)
    elif ", The " in text:
        text, outlet = _THE_OUTLET_AFTER.subn("", text)
    parts = _parts(text)
    if not parts:
        return None
    if len(parts) == 1:  # one stamp ("Thursday 16 January 2025 08:12, UK"), or a labelled name
        # (a date alone is left to the lexicon: in a changelog or a timeline it heads an entry;
        # with the outlet beside it, it stamps the story)
        if (kind := _stamp_kind(parts[0])) == "stamp" or outlet and kind == "date":
            return MetaLine(None, parts[0])
        if not _LABELLED.match(parts[0]):
            return None
    author = bare = stamp = published = None
    for k, part in enumerate(parts):
        if kind := _stamp_kind(part):
            if kind not in ("date", "stamp"):
                continue
            stamp = stamp or part
            if published is None and part.lower().startswith(PUBLISHED_LABELS):
                published = part
        elif m := _LABELLED.match(part):
            # ("Reviewed" / "by Jane Doe": the one who checked the story)
            if author is None and m[1].lower() in _AUTHOR_LABELS and not (k and _CREDIT_VERB.match(parts[k - 1])):
                author = m[2]
        elif _BARE_NAME.match(part):
            bare = bare or part
        elif not (_AGENCY.match(part) or _OTHER.match(part) or _SECTION.match(part)):
            return None
    if author is None and bare is not None and stamp is not None:
        author = bare  # "Jane Doe / TNN / Mar 14, 2025": a name beside the stamp
    if stamp is None and author is None:
        return None
    return MetaLine(author, published or stamp)


_BYLINE_START = ("by ", "by:", "oleh", "penulis", "reporter", "laporan", "writer", "written by")


@lru_cache(maxsize=4096)  # the second pass and the metadata step ask again about the same lines
def header_meta_line(text: str) -> MetaLine | None:
    """``read_meta_line`` for a line with a date in it, or a byline with more after it ("By Name |
    Edited by Name"): the lines the detector reads."""
    if _HAS_DIGIT.search(text) or text[:10].lower().startswith(_BYLINE_START) and ("|" in text or " / " in text):
        return read_meta_line(text)
    return None


# The writer and the outlet over the date stamp, with no date of their own: "Jane Doe · CBC News ·";
# or, behind a bar, the writer and the editor: "Jane Doe | John Roe Smith". (group 1 the writer;
# read by pipeline.textmeta too). Alone, the shape is a menu's ("World News · Middle East"): only
# the stamp right under it says whose it is. (group 2: the second name behind the bar)
NAME_OVER_STAMP = re.compile(rf"^({_NAME})\s*(?:[·•]\s*(?:[A-Z][\w&.'’-]*\s?){{1,4}}\s*[·•]?|\s\|\s({_NAME}))$")
NAME_OVER_STAMP_MAX_WORDS = 8


def compound_meta_lines(page):
    lines = page.lines
    for ln in lines:
        if ln.n_words <= META_MAX_WORDS and (meta := header_meta_line(ln.text)) is not None:
            yield ln.index, Hint("byline" if meta.author else "date", "strong", False, "compound_meta_line")
        elif ln.n_words <= NAME_OVER_STAMP_MAX_WORDS and ln.index + 1 < len(lines) \
                and ("·" in ln.text or "•" in ln.text or " | " in ln.text) and (m := NAME_OVER_STAMP.match(ln.text)) is not None \
                and (m[2] is None or not any(w.lower() in page.stopwords for w in ln.text.split())) \
                and (under := header_meta_line(lines[ln.index + 1].text)) is not None and under.author is None:
            # (names have no common words: "Tol Baru Diresmikan Presiden | Warta Harian" is a headline)
            yield ln.index, Hint("byline", "strong", False, "name_over_stamp")
