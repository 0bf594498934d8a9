"""The page's author from its bylines: trafilatura's `extract_author`, in one pass over the tree.

trafilatura copies the page, prunes comments, sidebars, dates and figures from the copy, then
runs three byline XPaths in order of trust: five scans of the whole page, each testing every
element against long predicates (rewriting its `re:test` calls as `contains()` was no faster),
about 10 ms a page, more than the rest of the page metadata together. Here the same tests (its regular expressions verbatim) are made in one walk over the
page, and only on elements whose class, id or rarer attributes could pass one. Pruning is
decided per candidate: it is gone if it or an ancestor would be pruned, and its text is read
from a copy of just the candidate, pruned inside the same way. The author found is the same
(tests/html/test_byline.py holds both to it; wcxb-dev: the same on all 300 pages).
"""
from __future__ import annotations

import re
from copy import deepcopy

from lxml.etree import Element
from lxml.html import HtmlElement
from trafilatura.metadata import extract_author, normalize_authors
from trafilatura.xml import delete_element

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
_PRUNED_TAGS = ("time", "figure")

# Every test above on class or id needs one of these words (a superset): the other elements are
# skipped unless they carry one of the rarer attributes the tests read.
_CLASS_OR_ID_WORDS = re.compile(
    "[Aa]uthor|byl|BBL|username|zuozhe|bianji|xiaobian|channel-name|submitted-by|posted-by|"
    "journalist-name|screenname|writer|Byline|omment|ProductReviews|title|date|sidebar|is-hidden|"
    "quote|embedly-instagram|article-s|print|category|meta-reviewer").search
# Tests of trafilatura's first expression this module does not repeat: `rel='me'` (a child
# element <rel>) and `//author`. A page with either element gets trafilatura's own function.
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


def _discard_test(el: HtmlElement) -> bool:
    cls, id_ = el.get("class") or "", el.get("id") or ""
    return _discarded(el.tag, cls, id_, el.get("data-component") or "")


def _gone(el: HtmlElement, discard: set[HtmlElement]) -> bool:
    """Whether trafilatura's pruning removes `el`: it or an ancestor is a discarded section, or a
    <time> or <figure> (those go after the sections, so one inside a section is gone anyway)."""
    for node in (el, *el.iterancestors()):
        if node in discard or node.tag in _PRUNED_TAGS:
            return True
    return False


def _pruned_text(el: HtmlElement) -> str:
    """`el`'s text once trafilatura's pruning has run inside it (sections, then <time> and
    <figure>, tails kept as delete_element keeps them), whitespace-normalised like its `trim`."""
    copy = deepcopy(el)
    for pruned in ([e for e in copy.iter(Element) if e is not copy and _discard_test(e)],
                   [e for e in copy.iter(*_PRUNED_TAGS) if e is not copy]):
        for node in pruned:
            delete_element(node)
    return " ".join(" ".join(copy.itertext()).split())


def page_author(root: HtmlElement) -> str | None:
    """The author named in the page's bylines, or None. The tree is not changed."""
    if any(next(root.iter(tag), None) is not None for tag in _UNUSUAL_ELEMENTS):
        return extract_author(root)
    discard: set[HtmlElement] = set()
    candidates: tuple[list[HtmlElement], ...] = ([], [], [])  # trafilatura's three expressions
    for el in root.iter(Element):
        cls, id_, itemprop, component = el.get("class"), el.get("id"), el.get("itemprop"), el.get("data-component")
        if not ((cls and _CLASS_OR_ID_WORDS(cls)) or (id_ and _CLASS_OR_ID_WORDS(id_)) or itemprop or component
                or el.get("rel") or el.get("data-testid")):
            continue
        tag, cls, id_, itemprop, component = el.tag, cls or "", id_ or "", itemprop or "", component or ""
        if _discarded(tag, cls, id_, component):
            discard.add(el)
        for matches, test in zip(candidates, (_specific(tag, cls, id_, el), _generic(tag, cls, id_, itemprop),
                                              _last_resort(cls, id_, itemprop, component))):
            if test:
                matches.append(el)
    # trafilatura's extract_metainfo: the first match, in expression order, of a byline's length
    for matches in candidates:
        for el in matches:
            if _gone(el, discard):
                continue
            text = _pruned_text(el)
            if 2 < len(text) < MAX_AUTHOR_CHARS:
                return normalize_authors(None, text)
    return None
