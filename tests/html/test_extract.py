"""The HTML path: guards, page metadata, metadata merge, and step 3 keeping real paragraphs."""
from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.html import extract_html, html_to_text
from pipeline.html.guards import MAX_DEPTH
from pipeline.models import CleanDocument, RawDocument, Rejection
from pipeline.process import process

BODY = "".join(f"<p>Paragraph {i}: the council voted on Tuesday to rebuild the old bridge over the river, "
               "and work will start in the spring after the floods have gone.</p>" for i in range(6))
PAGE = f"""<html lang="id-ID"><head><title>Bridge to be rebuilt | Kabar Kota</title>
<meta property="og:site_name" content="Kabar Kota"><meta name="author" content="Kabar Kota">
<meta property="article:published_time" content="2024-03-05T08:00:00+07:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge to be rebuilt</h1>{BODY}
<div class="share-bar"><a>Share on Facebook</a></div></article>
<div class="related-posts"><h3>Related</h3><a href="/x">Another story about roads and bridges in town</a></div>
</body></html>"""


def _raw(content: str, source: str = "page.html") -> RawDocument:
    return RawDocument(id="x", source=source, kind="html", content=content, raw_sha256="0" * 64)


def test_extraction_keeps_body_and_reports_removed_blocks():
    extraction = extract_html(PAGE)
    assert "Paragraph 0" in extraction.text and "Paragraph 5" in extraction.text
    assert "Share on Facebook" not in extraction.text
    reasons = {reason for _, reason in extraction.removed}
    assert {"navigation", "share_widget", "related"} <= reasons
    meta = extraction.metadata
    assert meta.language == "id" and meta.published == "2024-03-05" and meta.publisher == "Kabar Kota"
    assert meta.title == "Bridge to be rebuilt"  # the " | Kabar Kota" suffix is the site, not the title


def test_process_merges_metadata_and_skips_site_defaults():
    doc = process(_raw(PAGE))
    assert isinstance(doc, CleanDocument)
    assert doc.title == "Bridge to be rebuilt" and doc.language == "id"
    assert doc.author is None or doc.author != "Kabar Kota"  # an author equal to the site name is a default
    assert "Paragraph 3" in doc.text and "Bridge to be rebuilt" not in doc.text  # title is metadata
    assert {"navigation", "share_widget", "related"} <= {r.reason for r in doc.removed}


def test_hundred_thousand_levels_deep_is_rejected_not_crashed():
    deep = "<html><body>" + "<div>" * 100_000 + "text" + "</div>" * 100_000 + "</body></html>"
    outcome = process(_raw(deep))
    assert isinstance(outcome, Rejection) and outcome.reason == "too_deep"
    assert html_to_text(deep) == ""


def test_nesting_just_under_the_limit_is_extracted():
    shallow = "<html><body>" + "<div>" * (MAX_DEPTH - 10) + BODY + "</div>" * (MAX_DEPTH - 10) + "</body></html>"
    assert "Paragraph 2" in extract_html(shallow).text


@pytest.mark.parametrize("content, reason", [
    ("<html><head><title>x</title></head><body><script>var x = 1;</script></body></html>", "no_content"),
    ("just some words, not a page", "extraction_failed"),
])
def test_pages_without_text_are_rejected_with_a_reason(content, reason):
    outcome = process(_raw(content))
    assert isinstance(outcome, Rejection) and outcome.reason == reason and outcome.message


def test_html_to_text_is_what_site_memory_observes():
    assert html_to_text(PAGE) == extract_html(PAGE).text
    assert html_to_text("") == ""


def test_errors_are_input_errors():
    with pytest.raises(InputError):
        extract_html("<html><body></body></html>")


def test_a_byline_in_the_markup_is_the_author_when_no_meta_tag_names_one():
    page = PAGE.replace('<meta name="author" content="Kabar Kota">', "").replace(
        "<h1>Bridge to be rebuilt</h1>",
        '<h1>Bridge to be rebuilt</h1><div class="comments"><span class="author">Reader One</span></div>'
        '<p class="byline">By Siti Rahmawati</p>')
    assert extract_html(page).metadata.author == "Siti Rahmawati"  # not the commenter
    doc = process(_raw(page))
    assert isinstance(doc, CleanDocument) and doc.author == "Siti Rahmawati"
