"""HTML to text paragraphs and page metadata, through trafilatura.

The text cleaner then works on the paragraphs, exactly as on scraped text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import trafilatura

from ..errors import ExtractionFailed, NoContent

__all__ = ["HtmlExtraction", "PageMetadata", "extract_html"]


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None = None
    author: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    text: str  # paragraphs separated by newlines
    removed: tuple[tuple[str, str], ...] = ()  # (block text, reason) dropped before the text cleaner
    metadata: PageMetadata = field(default_factory=PageMetadata)


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True)
        meta = trafilatura.extract_metadata(html, default_url=url)
    except (ValueError, TypeError, RecursionError) as exc:
        raise ExtractionFailed(f"the HTML could not be parsed: {exc}") from None
    if not text or not text.strip():
        raise NoContent("no article text found in the HTML")
    page = PageMetadata()
    if meta is not None:
        page = PageMetadata(title=meta.title, author=meta.author, published=meta.date,
                            publisher=meta.sitename, url=meta.url, language=None)
    return HtmlExtraction(text=text, metadata=page)
