"""The text cleaner: scraped text in, every line kept or removed with a reason.

    result = clean_text(text, language=None, site_lines=None)

Pipeline: normalise lines and measure them (``lines``) → detectors propose evidence
(``detectors``) → one decision step turns evidence into verdicts (``decide``) → metadata from
the text (``pipeline.textmeta``). It never raises on any ``str``.
"""
from __future__ import annotations

from ..rules import RuleSet, default_rules
# Imported under another name: `pipeline.clean.decide` must stay the module (its constants are
# what a tuning experiment changes), not be shadowed by the function.
from .decide import decide as _decide
from .detectors import DETECTORS
from .evidence import Hint
from .language import MIN_ID_EN_SHARE, guess_language, stopwords_for
from .lines import Line, make_lines
from .page import Page
from .types import BODY, SUBTITLE, TITLE, CleanResult, LineVerdict, TextMetadata

__all__ = ["clean_text", "CleanResult", "LineVerdict", "TextMetadata", "BODY", "TITLE", "SUBTITLE"]


def _few_id_en_stopwords(lines) -> bool:
    # The id+en stopword share of the page, from counts make_lines has already taken: pages in
    # either language are well above MIN_ID_EN_SHARE, so the language guesser is not needed.
    n = sum(ln.n_words for ln in lines)
    return n >= 5 and sum(ln.stop_ratio * ln.n_words for ln in lines) < MIN_ID_EN_SHARE * n


# Passes at most: each pass judges the lines the previous one kept, until none is removed. A
# cleaned text must clean to itself (users re-run bersih on its output; idempotence is tested).
# Real pages settle in one or two passes.
MAX_PASSES = 4


def clean_text(text: str, *, language: str | None = None, site_lines=None, rules: RuleSet | None = None,
               passes: int = MAX_PASSES) -> CleanResult:
    """Every line of `text` kept or removed with its reason. `passes=1` judges each line once,
    for callers that never clean the output again (the HTML path)."""
    if not isinstance(text, str):
        raise TypeError(f"clean_text expects str, got {type(text).__name__}")
    if not text.strip():
        return CleanResult(lines=())
    rules = rules or default_rules()
    lines, lang, stop = _measure(lambda: text, language)
    # A line's features and its rule hit depend on its text alone, not on its neighbours: the
    # later passes reuse them for the lines they judge again (only the positions change).
    hits = rules.match_lines(lines)
    verdicts = _judge(lines, hits, lang, stop, site_lines, rules)
    for _ in range(passes - 1):
        kept = [i for i, v in enumerate(verdicts) if v.keep]
        if len(kept) == len(verdicts) or not kept:
            break
        again_lines = [lines[i] for i in kept]
        for k, ln in enumerate(again_lines):
            ln.index = k
        again_lines, again_lang, again_stop = _measure(
            lambda: "\n".join(verdicts[i].text for i in kept), lang, again_lines)
        # The headline went in the first pass: a later one names no title among the lines it judges.
        again = _judge(again_lines, [hits[i] for i in kept], again_lang, again_stop, site_lines, rules,
                       find_title=False)
        if all(v.keep for v in again):
            break
        for i, verdict in zip(kept, again):
            verdicts[i] = verdict
    from ..textmeta import extract_metadata

    return CleanResult(lines=tuple(verdicts), metadata=extract_metadata(verdicts, lang))


def _measure(text_of, language: str | None, lines: list[Line] | None = None) -> tuple[list[Line], str | None, frozenset[str]]:
    """The lines of a pass (measured from ``text_of()``, or given when an earlier pass measured
    them with the same stopwords), its language, and the stopwords they were measured with."""
    lang = language
    stop = stopwords_for(lang)
    if lines is None:
        lines = make_lines(text_of(), stop)
    if lang is None and _few_id_en_stopwords(lines):
        # Not Indonesian or English prose: ask the full guesser, and measure the lines again
        # with that language's stopwords when it has a list (German, French, ...).
        text = text_of()
        lang = guess_language(text)
        if stopwords_for(lang) is not stop:
            stop = stopwords_for(lang)
            lines = make_lines(text, stop)
    return lines, lang, stop


def _judge(lines: list[Line], hits: list, lang: str | None, stop: frozenset[str], site_lines,
           rules: RuleSet, find_title: bool = True) -> list[LineVerdict]:
    """One pass: every line kept or removed with its reason."""
    page = Page(lines=lines, language=lang, rules=rules, site_lines=site_lines, stopwords=stop, _rule_hits=hits)
    hints: list[list[Hint]] = [[] for _ in lines]
    for detect in DETECTORS:
        for i, hint in detect(page):
            hints[i].append(hint)
    return _decide(lines, hints, find_title)
