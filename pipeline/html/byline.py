"""The page's author from its bylines: trafilatura's `extract_author`, in one pass over the tree.

trafilatura finds the author with up to five XPath scans of a copy of the page (comments,
sidebars, dates and figures pruned first, then three byline expressions in order of trust),
whose class and id tests call back from libxml2 into Python for every element: about 20 ms a
page, more than the rest of the page metadata together. Here the same tests are plain Python
string tests, made in one walk over the copy, and only on elements whose class or id contains
one of the words any of them needs; pruning and the choice among matches are trafilatura's
own, so the author found is the same (tests/html/test_byline.py holds both to it).
"""
from __future__ import annotations

import re
from copy import deepcopy

from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metainfo, normalize_authors
from trafilatura.xml import delete_element
from trafilatura.xpaths import AUTHOR_XPATHS

__all__ = ["page_author"]

# trafilatura.xpaths.AUTHOR_XPATHS, the three expressions in order (its `re:test` patterns
# verbatim: lxml answers `re:test` with Python's re.search):
# 1. specific: <a address div link p span strong> with rel, id or class "author", itemprop
#    "author name", a data-testid of an author card, or one of these classes; and <author>
_SPECIFIC_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_SPECIFIC_CLASS = re.compile("author-?name|AuthorName|authorName").search
# 2. almost generic: <a div h3 h4 p span> with one of these classes, ids, or itemprop ~ author
_GENERIC_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_GENERIC_CLASS_IS = frozenset({"byline", "username", "byl", "BBL"})
_GENERIC_ID = re.compile("author|zuozhe|bianji|xiaobian").search
_GENERIC_CLASS = re.compile(
    "author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name").search
# 3. last resort, any element: data-component ~ Byline, itemprop ~ author, these ids and classes
_ANY_ID = re.compile("[Aa]uthor").search
_ANY_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline").search
# trafilatura.xpaths.AUTHOR_DISCARD_XPATHS: names in comments, sidebars, dates and figures are
# not the article's author. <a div section span> with these ids and classes, then <time>, <figure>.
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ID_IS = "comments"
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews").search
_DISCARD_CLASS_IS = frozenset({"comments", "title", "date"})
_DISCARD_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    "article-(?:share|support)|print|category|meta-date|meta-reviewer").search
_TIME_AND_FIGURES = XPath("//time|//figure")

# Every test above on class or id needs one of these words (a superset): elements without any
# are skipped after two attribute reads. The rarer attributes (rel, itemprop, data-*) are read
# only on elements that have one, found by a single attribute test.
_CLASS_OR_ID_WORDS = re.compile(
    "[Aa]uthor|byl|BBL|username|zuozhe|bianji|xiaobian|channel-name|submitted-by|posted-by|"
    "journalist-name|screenname|writer|Byline|omment|ProductReviews|title|date|sidebar|is-hidden|"
    "quote|embedly-instagram|article-s|print|category|meta-reviewer")
_RARE_ATTRIBUTES = XPath("//*[@rel or @itemprop or @data-testid or @data-component]")
# Tests of trafilatura's first expression this module does not repeat: `rel='me'` (a child
# element <rel>) and `//author`. A page with either element gets trafilatura's own expression.
_UNUSUAL_ELEMENTS = ("rel", "author")

MAX_AUTHOR_CHARS = 120  # trafilatura's limit: a longer match is a paragraph, not a byline


def _discarded(tag: str, cls: str, id_: str, component: str) -> bool:
    return tag in _DISCARD_TAGS and bool(
        id_ == _DISCARD_ID_IS or cls in _DISCARD_CLASS_IS or _DISCARD_ID(id_) or _DISCARD_CLASS(cls)
        or "Figure" in component)


def _specific(tag: str, cls: str, id_: str, el: HtmlElement) -> bool:
    return tag in _SPECIFIC_TAGS and bool(
        el.get("rel") == "author" or id_ == "author" or cls == "author" or el.get("itemprop") == "author name"
        or el.get("data-testid") in ("AuthorCard", "AuthorURL") or _SPECIFIC_CLASS(cls))


def _generic(tag: str, cls: str, id_: str, itemprop: str) -> bool:
    return tag in _GENERIC_TAGS and bool(
        cls in _GENERIC_CLASS_IS or "author" in itemprop or _GENERIC_ID(id_) or _GENERIC_CLASS(cls))


def _last_resort(cls: str, id_: str, itemprop: str, component: str) -> bool:
    return bool("Byline" in component or "author" in itemprop or _ANY_ID(id_) or _ANY_CLASS(cls))


def _attached(el: HtmlElement, root: HtmlElement) -> bool:
    top = el
    for top in el.iterancestors():
        pass
    return top is root


def page_author(root: HtmlElement) -> str | None:
    """The author named in the page's bylines, or None. The tree is not changed."""
    copy = deepcopy(root)
    rare = set(_RARE_ATTRIBUTES(copy))
    search = _CLASS_OR_ID_WORDS.search
    discard: list[HtmlElement] = []
    candidates: tuple[list[HtmlElement], ...] = ([], [], [])
    for el in copy.iter():
        cls, id_ = el.get("class"), el.get("id")
        if not ((cls and search(cls)) or (id_ and search(id_)) or el in rare):
            continue
        tag, cls, id_ = el.tag, cls or "", id_ or ""
        if not isinstance(tag, str):
            continue
        itemprop, component = el.get("itemprop") or "", el.get("data-component") or ""
        if _discarded(tag, cls, id_, component):
            discard.append(el)
        for matches, test in zip(candidates, (_specific(tag, cls, id_, el), _generic(tag, cls, id_, itemprop),
                                              _last_resort(cls, id_, itemprop, component))):
            if test:
                matches.append(el)
    # trafilatura's pruning, in its order: the discarded sections, then <time> and <figure>
    for el in discard:
        delete_element(el)
    for el in _TIME_AND_FIGURES(copy):
        delete_element(el)
    expressions = [lambda tree, matches=matches: [el for el in matches if _attached(el, tree)]
                   for matches in candidates]
    if any(next(copy.iter(tag), None) is not None for tag in _UNUSUAL_ELEMENTS):
        expressions[0] = AUTHOR_XPATHS[0]
    author = extract_metainfo(copy, expressions, len_limit=MAX_AUTHOR_CHARS)
    return normalize_authors(None, author) if author else None
