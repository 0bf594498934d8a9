"""HTML-specific guards: pages that would stall or crash the parser or trafilatura are refused
with a reason before any extraction work is done."""
from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from ..errors import InputError

# libxml2's HTML parser silently cuts nesting at 256 levels (lxml's default huge_tree=False):
# past that the page's text is lost, and deep trees make trafilatura's tree walks slow. Real
# pages nest 20-60 deep (wcxb-dev: deepest 43).
MAX_DEPTH = 200
# trafilatura's time grows with the number of elements; wcxb-dev's largest page has 4,687.
# A page with more is a generated or hostile page, not an article.
MAX_ELEMENTS = 150_000
# A markup-free page of this many characters is a text dump, not HTML a person wrote.
MAX_CHARS = 20 * 1024 * 1024


class TooDeep(InputError):
    reason = "too_deep"


class TooComplex(InputError):
    reason = "too_complex"


def check_source(html: str) -> None:
    if len(html) > MAX_CHARS:
        raise TooComplex(f"the HTML is {len(html):,} characters, over the limit of {MAX_CHARS:,}; "
                         "split the file or store the page's text instead")


def check_tree(root: HtmlElement) -> None:
    """Raise TooDeep / TooComplex for a tree bersih should not hand to trafilatura.
    One pass with iterwalk (C-level, no recursion): ~1 ms for a typical page."""
    depth = deepest = count = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            count += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    if deepest >= MAX_DEPTH:
        raise TooDeep(f"the HTML is nested {deepest}+ levels deep (limit {MAX_DEPTH}); its text cannot be "
                      "recovered reliably. Check the scraper: real pages nest under 100 levels.")
    if count > MAX_ELEMENTS:
        raise TooComplex(f"the HTML has {count:,} elements (limit {MAX_ELEMENTS:,}); it is not an article "
                         "page bersih can extract in reasonable time")
