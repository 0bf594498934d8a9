"""HTML to text paragraphs and page metadata: guards, pre-pass, then trafilatura.

The page is parsed once (lxml, as trafilatura parses it); metadata is read from the intact
tree, the pre-pass drops noise containers, and trafilatura extracts from that same tree.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from ..errors import ExtractionFailed, NoContent
from .guards import check_source, check_tree
from .metadata import PageMetadata, page_metadata
from .prepass import strip_noise
from .safety import holds_lead, missed_lead

# trafilatura options, chosen on wcxb-dev html (300 pages, trafilatura 2.3.1, shingle F1 of
# trafilatura alone; `python -m pipeline.html.evaluate_html` for the full path):
#   include_comments=False                          0.893
#   + favor_precision=True                          0.880
#   + favor_recall=True                             0.895, but with the pre-pass 8 pages fall
#                                                   from > 0.8 to < 0.5 (its fallbacks are fickle)
#   + include_tables=False                          0.886
TRAFILATURA_OPTIONS = {"include_comments": False, "include_tables": True}


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    text: str  # paragraphs separated by newlines
    removed: tuple[tuple[str, str], ...] = ()  # (block text, reason) dropped before the text cleaner
    metadata: PageMetadata = field(default_factory=PageMetadata)


def parse_html(html: str) -> HtmlElement:
    """The page as an lxml tree, after the size/depth guards; ExtractionFailed if it is not HTML."""
    check_source(html)
    try:
        root = load_html(html)
    except (ValueError, TypeError) as exc:
        raise ExtractionFailed(f"the HTML could not be parsed: {exc}") from None
    if root is None:
        raise ExtractionFailed("the input could not be parsed as HTML; check that the file is an HTML page")
    check_tree(root)
    return root


def extract_html(html: str, url: str | None = None, *, prepass: bool = True,
                 options: dict | None = None) -> HtmlExtraction:
    """Article text, the blocks the pre-pass dropped, and the page's metadata.
    Raises an InputError (too_deep, too_complex, extraction_failed, no_content) for pages that
    cannot give text."""
    root = parse_html(html)
    metadata = page_metadata(root, url)
    removed = strip_noise(root) if prepass else []
    text = _trafilatura(root, url, options)
    lead = missed_lead(root, text) if removed and text else None
    if lead is not None:
        # Pruning may have changed which block trafilatura picks (see safety.py): the
        # unpruned page wins when its extraction holds the article's opening paragraph.
        unpruned = _trafilatura(parse_html(html), url, options)
        if holds_lead(unpruned, lead):
            text, removed = unpruned, []
    if not text and removed:
        # The guards should keep the article, but if the pre-pass still took it all, the page
        # without the pre-pass is better than no page (trafilatura alone is the floor).
        removed = []
        text = _trafilatura(parse_html(html), url, options)
    if not text:
        raise NoContent("no article text found in the HTML (trafilatura found no main content); "
                        "check the page is an article and not a listing, login wall or script-only page")
    return HtmlExtraction(text=text, removed=tuple(removed), metadata=metadata)


def html_to_text(html: str, url: str | None = None) -> str:
    """What site memory should observe for an HTML page: the extracted text, or '' when the
    page gives none. Never raises for bad input."""
    try:
        return extract_html(html, url).text
    except (ExtractionFailed, NoContent, RecursionError):
        return ""
    except Exception as exc:  # noqa: BLE001 - guards' own errors and anything trafilatura throws
        from ..errors import InputError

        if isinstance(exc, InputError):
            return ""
        raise


def _trafilatura(root: HtmlElement, url: str | None, options: dict | None) -> str:
    try:
        text = trafilatura.extract(root, url=url, **(options or TRAFILATURA_OPTIONS))
    except (ValueError, TypeError, RecursionError) as exc:
        raise ExtractionFailed(f"trafilatura could not read the page: {exc}") from None
    return text.strip() if text else ""
