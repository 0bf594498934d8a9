"""Month and weekday names as Indonesian and English pages write them (full and abbreviated)."""
from __future__ import annotations

MONTHS = {
    # Indonesian, full and the abbreviations sites use (Agu/Agt, Sep/Sept, Okt, Nop/Nov, Des)
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
    "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12,
}
WEEKDAYS = frozenset("senin selasa rabu kamis jumat jum'at sabtu minggu ahad monday tuesday wednesday thursday "
                     "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun sen sel rab kam jum sab min"
                     .split())
