"""Two line shapes too loose for the lexicon's fast matcher (they may start with any word and
hold no telling literal), checked here behind cheap tests on the line first:

* a caption closed by the site's photo credit in brackets, "(SITE/PHOTOGRAPHER)":
  "... Jumat (28/2/2025).(KABARKITA.com/FIKA NURUL)", "... (detikcom/Andhika Prasetia)".
  A paragraph's closing "(ant/har)" is lower-case initials and stays;
* a caption closed by "SITE/Photographer" after its last sentence: "... Asy'ari. WARTA/Subekti";
* the site's name and the story's timestamp: "Kabarkita.com - 28/02/2025, 19:45 WIB".
"""
from __future__ import annotations

import re

from ..evidence import Hint

_BRACKET_CREDIT = re.compile(
    r"\((?:[A-Za-z][\w-]*\.(?:com|co\.id|id|net|tv)|[A-Z]{4,}(?: [A-Z]{2,})*|[A-Za-z][a-z]+com)"
    r"\s*/\s*[A-Z][A-Za-z.'-]{3,}(?: [A-Z][A-Za-z.'-]*){0,4}\)\s*\.?$")
_SLASH_CREDIT = re.compile(r"[.!?][\"”’)]?\s+[A-Z]{3,}[A-Z.]*(?: FOTO)?/[A-Z][\w.'-]+(?: [A-Z][\w.'-]*){0,3}$")
CAPTION_MAX_WORDS = 60
_SITE_STAMP = re.compile(
    r"^[A-Za-z][\w-]*\.(?:com|co\.id|id|net|tv|co\.uk|org)\s*[-–|,·]\s*"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
    r"(?:\s*[,|·-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|UTC|GMT|am|pm))?)?$", re.IGNORECASE)
STAMP_MAX_WORDS = 8


def credits_and_site_stamps(page):
    for ln in page.lines:
        t = ln.text
        if t[-1] == ")" or t[-2:] == ").":
            if ln.n_words <= CAPTION_MAX_WORDS and _BRACKET_CREDIT.search(t):
                yield ln.index, Hint("caption", "strong", False, "caption_bracket_credit")
        elif "/" in t[-45:] and ln.n_words <= CAPTION_MAX_WORDS and _SLASH_CREDIT.search(t):
            yield ln.index, Hint("caption", "strong", False, "caption_slash_credit")
        elif ln.n_words <= STAMP_MAX_WORDS and 0 < t.find(".") < t.find(" ") and _SITE_STAMP.match(t):
            yield ln.index, Hint("date", "strong", False, "site_stamp")
