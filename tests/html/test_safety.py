"""The pre-pass safety net: a short extraction without the article's opening is suspect."""
from __future__ import annotations

from lxml.html import fromstring

from pipeline.html.safety import article_lead, holds_lead, missed_lead

OPENING = ("The history of the harbour is a long one: fishermen settled the bay two centuries ago, "
           "and the town grew around the market they built beside the water.")
LATER = " ".join(f"Section {i} tells how the market changed when the railway arrived in the valley." for i in range(3))
PAGE = f"""<html><body><header><p><a href="/">A long list of links to every section of the site,
repeated on every page of it, which is certainly not the article's opening paragraph at all.</a></p></header>
<h1>The harbour</h1><p>By J. Doe, 5 March</p><p>{OPENING}</p>
<div><h2>Later years</h2><p>{LATER}</p><p>{LATER}</p><p>{LATER}</p></div></body></html>"""


def test_lead_is_first_prose_paragraph_after_h1():
    lead = article_lead(fromstring(PAGE))
    assert lead is not None and lead.startswith("the history of the harbour")  # not the byline, not the header


def test_short_extraction_without_the_lead_is_suspect():
    root = fromstring(PAGE)
    lead = missed_lead(root, "Later years\n" + LATER)
    assert lead is not None
    assert holds_lead(OPENING + "\n" + LATER, lead)


def test_extraction_with_the_lead_or_long_enough_is_trusted():
    root = fromstring(PAGE)
    assert missed_lead(root, OPENING + "\n" + LATER) is None
    assert missed_lead(root, (LATER + "\n") * 4) is None  # most of the page's paragraphs: not short


def test_page_without_h1_gives_no_signal():
    root = fromstring(PAGE.replace("<h1>The harbour</h1>", ""))
    assert article_lead(root) is None and missed_lead(root, LATER) is None
