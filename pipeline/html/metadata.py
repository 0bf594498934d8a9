"""Page metadata from the HTML itself: <meta> tags, JSON-LD, <title>, bylines, <html lang>, dates.

trafilatura's own metadata steps, minus categories, tags and licence (bersih does not use them;
they cost about half of extract_metadata's time), and htmldate without its extensive search
(the extensive search scans all text for dates: slow, and it finds dates of other things).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url

from .byline import page_author

__all__ = ["PageMetadata", "page_metadata"]

_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$")
LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None = None
    author: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None


def html_language(root: HtmlElement) -> str | None:
    """The ISO 639-1 code of <html lang="id-ID">, or None when absent or not a language tag."""
    html = root if root.tag == "html" else root.getroottree().getroot()
    value = (html.get("lang") or html.get("xml:lang") or "").strip()
    match = _LANG.match(value)
    if not match or len(match[1]) != 2:  # three-letter and "x-..." tags: let detection decide
        return None
    return match[1].lower()


def page_metadata(root: HtmlElement, url: str | None = None) -> PageMetadata:
    """Read-only on the tree (checked: trafilatura's metadata helpers work on copies)."""
    meta = examine_meta(root)
    if meta.author and " " not in meta.author:  # a bare handle, as trafilatura does
        meta.author = None
    try:
        meta = extract_meta_json(root, meta)
    except Exception as exc:  # trafilatura's JSON-LD reader has bugs on odd JSON; metadata is optional
        LOG.debug("JSON-LD metadata unreadable: %s", exc)
    title = meta.title or extract_title(root)
    author = meta.author or page_author(root)
    page_url = meta.url or extract_url(root, url) or url
    published = find_date(root, url=page_url, original_date=True, extensive_search=False,
                          max_date=datetime.now().astimezone().strftime("%Y-%m-%d"))
    site = meta.sitename or extract_sitename(root)
    if site:
        site = site.lstrip("@")
    title = _without_site(_clean(title), _clean(site))
    return PageMetadata(title=title, author=_clean(author), published=published or None,
                        publisher=_clean(site), url=url or page_url, language=html_language(root))


_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ")


def _without_site(title: str | None, site: str | None) -> str | None:
    """"Headline | Site Name" -> "Headline": the site's name is the publisher, not the title."""
    if not title or not site:
        return title
    for sep in _SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and tail.strip().lower() == site.lower():
            return head.strip()
    return title


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None
