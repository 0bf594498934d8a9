"""A page as a list of normalised lines with the shape features every detector reads.

Features are computed once per line (one split, one lowercase) so detectors stay cheap.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .language import _TOKEN_EDGE

# A line "ends like a sentence" when its last visible char closes a sentence or a quote.
_SENTENCE_END = frozenset('.!?"”’\'…)»:;')
_QUOTED_SENTENCE_END = frozenset(".!?…")
# Dateline that opens a news lead: "JAKARTA, KOMPAS.com -", "MOSKOW (Site.com) –", "Moskow, Site -",
# "WASHINGTON (AP) —", "Jakarta -", a site's lower-case domain ("tirto.id -", "JAKARTA, iNews.id -"),
# an en or em dash with no spaces ("WASHINGTON—The Senate ..."), a release's day ("Jakarta, 17 Juli 2025 –").
# Group 1 = place, group 2/3 = publisher.
_DOMAIN_NAME = r"[a-z][A-Za-z0-9-]*(?:\.[a-z]{2,})+"
DATELINE = re.compile(
    rf"^((?:[A-Z][A-Za-z'.]*|[A-Z]{{2,}})(?:[ -](?:[A-Z][A-Za-z'.]*|[A-Z]{{2,}})){{0,3}}|{_DOMAIN_NAME})"
    rf"(?:\s*\(([^()]{{2,40}})\)|,\s*([A-Z][\w.&' -]{{1,40}}?|{_DOMAIN_NAME})"
    # (or the day, as a press release dates its lead: "Jakarta, 17 Juli 2025 –", "Jan. 5, 2025")
    r"|,\s*(?:\d{1,2} [A-Za-z]{3,9}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}))?"
    r"\s*(?:(?:--|[-–—])\s+|[–—](?=[A-Z\"“]))\S"
)


def match_dateline(head: str) -> re.Match | None:
    """DATELINE's match on a line's head, but a dash glued to a name in title case joins a
    compound ("The Red Sea–Dead Sea project"): glued, only a place in capitals ("SAMARINDA–Banjir")
    or a site's domain ("Hidayatullah.com—Sebanyak") opens a lead."""
    m = DATELINE.match(head)
    if m is not None and head[m.end() - 2] in "–—" and not (m[1].isupper() or "." in m[1]):
        return None
    return m
# (a site's initials glued to their slash, "... for comment. /TISG"; "... on Wednesday. / CJ" is a
# picture's credit)
_AGENCY_SIGN_OFF = re.compile(r"([.!?\"”])\s*(?:[-–—]{1,2}\s*|/)[A-Z]{2,12}$")
# (or a footnote's number: "... tetanggamu.” [4]", "... in 1998.[12]"; after the star, the agency
# and the writer's code: "... katanya. *ant, k17")
_INITIALS_SIGN_OFF = re.compile(r"([.!?\"”])\s*(?:\*[a-z]{2,5}(?:\s*[,/]\s*[a-z]{1,5}\d{0,3}){0,3}|\[[a-z]{1,5}(?:/[a-z]{1,5})*\]|\[\d{1,3}\])$")
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|[•·▪◦*-])\s")
_BULLETS = frozenset("•·▪◦*-")
# Marks closing a paragraph after its full stop: the desk's "***" sign-off, a magazine's end-of-story
# diamond or square ("... she said. ♦").
_END_MARKS = "*♦◆■∎"


@dataclass(slots=True)
class Line:
    text: str
    index: int
    lower: str  # text.lower(), for the lexicon
    n_words: int
    stop_ratio: float
    ends_sentence: bool
    dateline: re.Match | None
    numbered: bool  # "1. ..." or a bullet: list items inside an article
    _opening: tuple | None = None  # (k, first k words), see opening()

    def opening(self, k: int) -> tuple[str, ...]:
        """The line's first ``k`` words. Kept with the line: several detectors ask, in every pass."""
        got = self._opening
        if got is None or got[0] != k:
            got = self._opening = (k, tuple(self.text.split(" ", k)[:k]))
        return got[1]


@lru_cache(maxsize=16)
def in_arabic_script(text: str) -> bool:
    """Does the line open in Arabic script? In an Indonesian or Malay article it is scripture or a
    prayer quoted in the original ("نَوَيْتُ أَنْ ..."), with its transliteration and meaning under it:
    no headline, no teaser, though it has none of the page's stopwords."""
    return "\u0600" <= text[0] <= "\u06ff" or "\ufb50" <= text[0] <= "\ufeff"


def _any_case(stopwords: frozenset[str]) -> frozenset[str]:
    """The stopwords also as they open a sentence or stand in a capitalised line ("Yang", "THE"):
    a line's tokens are looked up as they are, without lower-casing them first."""
    return stopwords | {w.capitalize() for w in stopwords} | {w.upper() for w in stopwords}


class _StopTokens(dict):
    """Raw token ("Yang", "dan,", "(the") -> 1 if it is a stopword once its edge punctuation is
    stripped, else 0. Words recur across lines and pages, so most tokens are one dict lookup
    instead of a strip and a lookup. Bounded: a huge corpus's long tail is not all kept."""

    __slots__ = ("_stop",)
    LIMIT = 200_000

    def __init__(self, stopwords: frozenset[str]):
        super().__init__()
        self._stop = _any_case(stopwords)

    def __missing__(self, token: str) -> int:
        hit = 1 if token.strip(_TOKEN_EDGE) in self._stop else 0
        if len(self) < self.LIMIT:
            self[token] = hit
        return hit


@lru_cache(maxsize=16)
def _stop_tokens(stopwords: frozenset[str]) -> _StopTokens:
    return _StopTokens(stopwords)


def make_lines(text: str, stopwords: frozenset[str]) -> list[Line]:
    out: list[Line] = []
    append = out.append
    is_stop = _stop_tokens(stopwords).__getitem__
    for raw in text.splitlines():
        parts = raw.split()
        if not parts:
            continue
        norm = " ".join(parts)
        low = norm.lower()
        n = len(parts)
        # map and dict lookups run in C: this is the cleaner's hottest loop.
        stops = sum(map(is_stop, parts)) if n < 2000 else _stops_sampled(low.split(), stopwords)
        first = norm[0]
        head = norm[:200]
        # Cheap tests first: a dateline opens with a letter and has a dash; a list item with a
        # digit or a bullet. (A hyphen counts only with a space after it, "Jakarta - ": a
        # hyphenated word is no hint.)
        dateline = (match_dateline(head) if n >= 6 and first.isalpha() and ("- " in head or "–" in head or "—" in head)
                    else None)
        numbered = (first.isdecimal() or first in _BULLETS) and _NUMBERED.match(norm) is not None
        # (a sentence closed by the desk's "***" sign-off, an end-of-story mark, or its agency's or
        # site's, "... berturap. -- BERNAMA", "... for comment. /TISG", still ends there)
        end = norm[-1] if norm[-1] not in _END_MARKS else (norm.rstrip(_END_MARKS + " ")[-1:] or norm[-1])
        if end.isupper() and ("-" in norm[-16:] or "/" in norm[-16:]) and (agency := _AGENCY_SIGN_OFF.search(norm)):
            end = agency[1]
        elif (end == "]" or "*" in norm[-16:]) and (initials := _INITIALS_SIGN_OFF.search(norm)):
            end = initials[1]  # the writer's initials after a star, or the desk's in brackets: '... ujarnya. *nvi', '[yp/ah]'
        # (German and Czech quotes close with “ or «, after the sentence's own stop: „So war es.“;
        # after a word, “ opens a quote cut by a link: '... Bowman's white “')
        ends = end in _SENTENCE_END or end in "“«" and norm[-2:-1] in _QUOTED_SENTENCE_END
        append(Line(norm, len(out), low, n, stops / n, ends, dateline, numbered))
    return out


def _stops_sampled(toks: list[str], stopwords: frozenset[str]) -> int:
    # Very long lines (a 5 MB blob) only need a density estimate: sample 2000 tokens evenly.
    step = len(toks) // 2000 + 1
    sample = toks[::step]
    return round(sum(t.strip(_TOKEN_EDGE) in stopwords for t in sample) * len(toks) / len(sample))
