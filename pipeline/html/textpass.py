"""Step 3 of the HTML path: the text cleaner on trafilatura's paragraphs, high-precision
verdicts only.

The cleaner was calibrated on naive-scraped text, where its structural and positional
judgements (the content region, teaser lists, galleries, captions) pay off. trafilatura's output
is already the article region, and there those judgements drop real paragraphs. Measured on
wcxb-dev html (300 pages, after pre-pass + trafilatura with favor_recall=True, shingle P / R / F1;
with the final options the whole path gives 0.881 / 0.918 / 0.899):
    no cleaner                                 0.881 / 0.911 / 0.896
    every verdict of the cleaner               0.898 / 0.877 / 0.887
    only KEEP_REMOVALS below                   0.882 / 0.911 / 0.896
    + the page title line dropped              0.884 / 0.910 / 0.897
Per reason, tokens of dropped lines that were noise / gold: related 2683/3386, footer
1939/3428, embedded_gallery 887/1086, caption 390/1555, navigation 336/969 (all lose more
than they gain), newsletter 194/0, date 105/8, byline 36/4 (all win).
"""
from __future__ import annotations

import re

from ..clean import BODY, TITLE, CleanResult, LineVerdict, clean_text
from ..rules import default_rules
from .extract import HtmlExtraction

# Removals by the cleaner that are trusted on trafilatura's output: phrase and lexicon
# evidence (a newsletter pitch, a share counter, a dateline) and the site's own repeated lines.
# Not author_box and source_link: on scraped text their headings end the article and take what
# follows; trafilatura has already cut the page, so here only the lines a rule names go
# (wcxb-dev: two pages lost a section after a bio or a "References" heading).
KEEP_REMOVALS = frozenset({
    "newsletter", "date", "site_date", "byline", "call_to_action", "tags", "advertisement",
    "comments", "share_widget", "cookie_notice", "site_boilerplate",
})
_WORDS = re.compile(r"\w+")
# A line inside the title this long (in characters of words) is the title repeated, not a word.
MIN_TITLE_PART = 20
# The trusted removals are small on trafilatura's output (wcxb-dev: under 15% of a page's text
# but for one unreadable page). Past this share the cleaner has misread the page, and
# trafilatura's text is kept whole: the HTML path must not fall below trafilatura alone.
MAX_REMOVED_SHARE = 0.35
# A run of this many consecutive lines, each already seen earlier on the page, holding at least
# MIN_REPEAT_CHARS, is the article (or a block of it) printed again: responsive themes ship a
# desktop and a mobile copy, and trafilatura returns both. A single repeated line (a pull quote)
# and a song's chorus (a few short lines) are left alone. wcxb-dev: 200 characters gives F1
# 0.9110, 500 gives 0.9108.
MIN_REPEAT_RUN = 3
MIN_REPEAT_CHARS = 500
REPEATED = "repeated_block"


def _named_by_a_rule(verdict: LineVerdict) -> bool:
    """A removal a strong lexicon rule makes for the same reason ("Baca juga: ...", a gambling
    insert, "Photo: Reuters") is phrase evidence, as trustworthy here as on scraped text; the
    cleaner's structural judgements of the same reasons are not (see the module doc)."""
    rule = default_rules().match(verdict.text)
    return rule is not None and rule.reason == verdict.reason and rule.rule.strength == "strong"


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def repeated_runs(lines: list[str]) -> set[int]:
    """Indexes of the lines that belong to a repeated run (see MIN_REPEAT_RUN)."""
    seen: set[str] = set()
    repeated: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= MIN_REPEAT_RUN and sum(len(lines[j]) for j in run) >= MIN_REPEAT_CHARS:
            repeated.update(run)
        run.clear()

    for i, line in enumerate(lines):
        words = _words(line)
        if not words:
            continue
        if words in seen:
            run.append(i)
        else:
            close()
            seen.add(words)
    close()
    return repeated


def clean_paragraphs(extraction: HtmlExtraction, *, language: str | None = None,
                     site_lines=None) -> CleanResult:
    """The cleaner's result on the extracted text, with untrusted removals turned back into body
    and the page's title line (already in metadata) removed as "title"."""
    result = clean_text(extraction.text, language=language, site_lines=site_lines, passes=1)
    title = _words(extraction.metadata.title or "")
    verdicts: list[LineVerdict] = []
    for verdict in result.lines:
        words = _words(verdict.text)
        if title and words and (words == title or (len(words) >= MIN_TITLE_PART and words in title)):
            verdicts.append(LineVerdict(verdict.text, False, TITLE))
        elif verdict.keep or verdict.reason in KEEP_REMOVALS or _named_by_a_rule(verdict):
            verdicts.append(verdict)
        else:
            verdicts.append(LineVerdict(verdict.text, True, BODY))
    total = sum(len(v.text) for v in verdicts)
    dropped = sum(len(v.text) for v in verdicts if not v.keep and v.reason != TITLE)
    if total and dropped > MAX_REMOVED_SHARE * total:
        verdicts = [v if v.reason == TITLE else LineVerdict(v.text, True, BODY) for v in verdicts]
    again = repeated_runs([v.text for v in verdicts])
    verdicts = [LineVerdict(v.text, False, REPEATED) if i in again and v.keep else v for i, v in enumerate(verdicts)]
    return CleanResult(lines=tuple(verdicts), metadata=result.metadata)
