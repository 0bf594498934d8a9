"""Which language a text is in, cheaply, and the stopwords used to tell prose from chrome.

Stopword counting decides id/en in microseconds; py3langid (~9 ms a page) is only asked when
neither list explains the text. Prose is judged with the id+en union so that a line's verdict
does not hinge on the page-level guess (a mixed page, or a cleaned page with its English menu
gone, must judge its prose the same way: that keeps cleaning idempotent).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import repeat

import justext

# justext's stoplists are frequency lists; both contain some content words, which is fine for
# a density signal. Tokens are compared lowercased with edge punctuation stripped.
_STOP_ID = frozenset(justext.get_stoplist("Indonesian"))
_STOP_EN = frozenset(justext.get_stoplist("English"))
ID_ONLY = _STOP_ID - _STOP_EN
EN_ONLY = _STOP_EN - _STOP_ID
STOP_ID_EN = _STOP_ID | _STOP_EN

# Below this share of id/en stopwords among the first tokens, the text may be in another language.
# Indonesian and English articles score 0.3-0.6, a few English pages heavy with menus 0.11-0.2;
# German and French pages under 0.09, Spanish, Portuguese, Italian and Dutch ones 0.1-0.16 (their
# "a", "de", "no" are on the lists too). Under SURE_OTHER_SHARE py3langid (~9 ms a page) is asked;
# between the two, the stoplists of those four languages are counted too (well under a
# millisecond), and the text is in whichever list explains more of it.
MIN_ID_EN_SHARE = 0.2
SURE_OTHER_SHARE = 0.12
_NEIGHBOURS = ("es", "pt", "it", "nl")
_SAMPLE_TOKENS = 1500
# The ISO 639-1 code py3langid gives -> the name of justext's stoplist for that language (every
# language both know; "no" is Norwegian Bokmål, the written standard of most Norwegian sites).
_JUSTEXT_NAMES = {
    "af": "Afrikaans", "an": "Aragonese", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian",
    "bg": "Bulgarian", "bn": "Bengali", "br": "Breton", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "eo": "Esperanto", "es": "Spanish",
    "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish",
    "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "ht": "Haitian",
    "hu": "Hungarian", "hy": "Armenian", "is": "Icelandic", "it": "Italian", "jv": "Javanese", "ka": "Georgian",
    "kk": "Kazakh", "kn": "Kannada", "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin",
    "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam",
    "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "nb": "Norwegian_Bokmal", "ne": "Nepali", "nl": "Dutch",
    "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "oc": "Occitan", "pl": "Polish", "pt": "Portuguese",
    "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian",
    "sr": "Serbian", "su": "Sundanese", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "wa": "Walloon",
}
_TOKEN_EDGE = "\"'“”‘’()[]{}.,;:!?«»-–—…*"


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    # Read on first use: most runs never meet a page in the 0.12-0.2 band.
    return {code: _stoplist(_JUSTEXT_NAMES[code]) for code in _NEIGHBOURS}


@lru_cache(maxsize=32)
def _stoplist(name: str) -> frozenset[str]:
    return frozenset(justext.get_stoplist(name))


# Each id/en stopword -> which list(s) it is on, so one counting pass tells them apart.
_STOP_KIND = {**dict.fromkeys(STOP_ID_EN, "both"), **dict.fromkeys(ID_ONLY, "id"), **dict.fromkeys(EN_ONLY, "en")}


def _sample_tokens(text: str) -> list[str]:
    """The first tokens, lowercased, their edge punctuation stripped (map() runs in C)."""
    return list(map(str.strip, text.lower().split(None, _SAMPLE_TOKENS)[:_SAMPLE_TOKENS], repeat(_TOKEN_EDGE)))


def _counts(toks: list[str]) -> tuple[int, int, int, int]:
    """(tokens, Indonesian-only, English-only, any id/en stopwords) among the sample tokens."""
    kinds = Counter(map(_STOP_KIND.get, toks))
    return len(toks), kinds["id"], kinds["en"], kinds["id"] + kinds["en"] + kinds["both"]


def guess_language(text: str) -> str | None:
    """'id', 'en', another ISO code, or None when there is too little text to tell."""
    # Counted with map() over frozensets (C loops). A short sample alone would be faster but an
    # English menu at the top of an Indonesian page would then decide.
    toks = _sample_tokens(text[:20000])
    n, n_id, n_en, n_any = _counts(toks)
    if n < 5:
        return None
    id_or_en = "id" if n_id > n_en else "en"
    if n_any / n >= MIN_ID_EN_SHARE and n_id + n_en >= 3:
        return id_or_en
    if n_any / n >= SURE_OTHER_SHARE and n_id + n_en >= 3:
        # (Hungarian's "a", "az", "is", "be" are English stopwords too: a Hungarian page lands here)
        return _neighbour_over(toks, n_any) or _other_over(text, toks, n_any) or id_or_en
    lang = _langid(text)
    if lang is None:
        return None
    # py3langid often calls Indonesian "ms": trust our stopwords when they lean Indonesian.
    if lang == "ms" and n_id >= n_en:
        return "id"
    return lang


def _langid(text: str) -> str | None:
    try:
        import py3langid

        return py3langid.classify(text[:20000])[0]
    except Exception:  # langid is a fallback; never let it break cleaning
        return None


def _other_over(text: str, toks: list[str], n_id_en: int) -> str | None:
    """py3langid's language, when its own stoplist explains more of the sample tokens than the
    id/en lists do (an English page heavy with menus may be called Latin; its stopwords say no)."""
    lang = _langid(text)
    name = _JUSTEXT_NAMES.get(lang or "")
    # (not Latin: a page's placeholder "Lorem ipsum dolor sit amet" is no article in Latin)
    if not name or lang in ("id", "en", "ms", "la"):
        return None
    return lang if sum(map(_stoplist(name).__contains__, toks)) > n_id_en else None


def _neighbour_over(toks: list[str], n_id_en: int) -> str | None:
    """The language among Spanish, Portuguese, Italian and Dutch whose stopwords explain more of
    the sample tokens than the id/en lists do (``n_id_en`` of them), if one does."""
    counts = {code: sum(map(stop.__contains__, toks)) for code, stop in _neighbours().items()}
    best = max(counts, key=counts.get)
    return best if counts[best] > n_id_en else None


@lru_cache(maxsize=32)
def stopwords_for(language: str | None) -> frozenset[str]:
    """id+en always (see module doc), plus the language's own justext list when it has one."""
    name = _JUSTEXT_NAMES.get(language or "")
    if not name:
        return STOP_ID_EN
    try:
        return STOP_ID_EN | _stoplist(name)
    except Exception:
        return STOP_ID_EN
