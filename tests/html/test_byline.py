"""page_author finds the same author as trafilatura's extract_author, on pages exercising each of
its byline expressions, its pruning and its unusual elements."""
from __future__ import annotations

import random

import pytest
from lxml.html import tostring
from trafilatura.metadata import extract_author

from pipeline.html.byline import page_author
from pipeline.html.extract import parse_html

ARTICLE = "<p>" + "The harbour board met on Monday to discuss the new ferry timetable. " * 4 + "</p>"


def _page(body: str) -> str:
    return f"<html><head><title>Ferry timetable</title></head><body>{body}{ARTICLE}</body></html>"


PAGES = {
    # expression 1: rel, id, class, itemprop, data-testid, class ~ author-?name
    "rel author": '<a rel="author" href="/u/dewi">Dewi Lestari</a>',
    "class author-name": '<span class="post-author-name">By Budi Santoso</span>',
    "data-testid": '<div data-testid="AuthorCard">Maria Gonzales</div>',
    "itemprop author name": '<span itemprop="author name">Kwame Mensah</span>',
    "author element": "<author>Ingrid Svensson</author>",
    "rel me child": "<div><rel>me</rel>Tomasz Nowak</div>",
    # expression 2: exact classes, id and class words, on its tags only
    "class byline": '<p class="byline">By Aiko Tanaka and Ravi Patel</p>',
    "id zuozhe": '<div id="zuozhe-box">Li Wei</div>',
    "class posted-by": '<span class="entry-posted-by">Posted by Chidi Okeke</span>',
    "h5 not generic": '<h5 class="author">Sara Haddad</h5>',
    # expression 3: any element
    "data-component Byline": '<section data-component="ArticleByline">Lena Fischer</section>',
    "class writer": '<li class="writer">Omar Farouk</li>',
    "id Author": '<em id="AuthorBlock">Nadia Rahman</em>',
    # pruning: comment sections, sidebars, dates, figures are not the byline
    "author in comments": '<div id="comments"><span class="author">Troll99 Commenter</span></div>'
                          '<p class="byline">Elena Petrova</p>',
    "author in sidebar": '<div class="widget sidebar"><a class="author">Sidebar Person</a></div>',
    "time inside byline": '<p class="byline">By Hana Kim<time>5 March 2024</time>, staff writer</p>',
    "tail glued after pruned": '<div class="author">Jan<span class="date">2024</span>Kowalski</div>',
    "figure credit": '<figure><figcaption class="author">Photo Person</figcaption></figure>',
    # too long or too short matches are skipped for the next one
    "too long first": '<div class="author">' + "word " * 40 + '</div><span class="byline-name">Ana Silva</span>',
    "too short": '<span class="author">A</span><p class="byline">Pedro Alves</p>',
    "nothing": "<div class='content'>no byline here</div>",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_author_agrees_with_trafilatura(name):
    root = parse_html(_page(PAGES[name]))
    assert page_author(root) == extract_author(root)


@pytest.mark.parametrize("name, author", [
    ("rel author", "Dewi Lestari"), ("class byline", "Aiko Tanaka; Ravi Patel"),
    ("author in comments", "Elena Petrova"), ("data-component Byline", "Lena Fischer"),
    ("nothing", None),
])
def test_page_author_finds_the_byline(name, author):
    assert page_author(parse_html(_page(PAGES[name]))) == author


def test_page_author_leaves_the_tree_unchanged():
    root = parse_html(_page(PAGES["author in comments"] + PAGES["time inside byline"]))
    before = tostring(root)
    page_author(root)
    assert tostring(root) == before


# Random pages mixing every class, id, attribute and tag the byline and pruning tests read,
# nested with tail text: page_author must agree with trafilatura on each (seeded, so repeatable).
_TAGS = ["div", "span", "a", "p", "section", "h3", "h4", "h5", "strong", "address", "li", "time", "figure", "em", "link"]
_CLASSES = ["author", "Author", "byline", "Byline", "author-name", "authorName", "post-author", "username", "byl",
            "BBL", "comments", "Comments-area", "commentlist", "sidebar", "title", "date", "meta-date", "print",
            "quote", "category", "writer", "screenname", "posted-by", "journalist-name", "is-hidden",
            "article-share", "entry", "", "author date"]
_IDS = ["author", "Author-box", "comments", "commentsblock", "comment-list", "zuozhe", "main", "", "ProductReviews"]
_TEXTS = ["Dewi Lestari", "By John Smith", "Maria", "A", "Posted by Kim Lee and Ann Ray", "word " * 30, "", "Jane Doe"]


def _random_element(rng: random.Random, depth: int = 0) -> str:
    tag = rng.choice(_TAGS)
    attrs = [f'class="{rng.choice(_CLASSES)}"'] if rng.random() < 0.6 else []
    for chance, attr, values in ((0.25, "id", _IDS), (0.1, "itemprop", ["author", "author name", "name"]),
                                 (0.05, "rel", ["author", "nofollow"]), (0.05, "data-component", ["Byline", "Figure"]),
                                 (0.03, "data-testid", ["AuthorCard", "AuthorURL"])):
        if rng.random() < chance:
            attrs.append(f'{attr}="{rng.choice(values)}"')
    if tag == "link":
        return f"<link {' '.join(attrs)}>"
    inner = rng.choice(_TEXTS)
    if depth < 4:
        inner += "".join(_random_element(rng, depth + 1) + rng.choice(["", " tail ", "T"])
                         for _ in range(rng.randint(0, 3)))
    return f"<{tag} {' '.join(attrs)}>{inner}</{tag}>"


def test_page_author_agrees_with_trafilatura_on_random_pages():
    found = 0
    for seed in range(300):
        rng = random.Random(seed)
        root = parse_html(_page("".join(_random_element(rng) for _ in range(rng.randint(1, 6)))))
        expected = extract_author(root)
        found += expected is not None
        assert page_author(root) == expected, f"seed {seed}"
    assert found > 150  # the pages do exercise the bylines, not only the no-author path
