"""Done-when figures on the five seed pages and on wcxb-dev (read from ../shared)."""
import json

from pipeline.clean import clean_text
from pipeline.evaluate import evaluate


def test_seed_pages(shared_dir):
    rep = evaluate(shared_dir / "raw-samples", shared_dir / "gold" / "seeds")
    p, r, f1 = rep.prf
    assert f1 >= 0.98
    assert rep.lost == 0
    assert rep.leaked <= 2
    right, total = rep.titles
    assert total == 4 and right == 4


def test_seed_metadata(shared_dir):
    for gold_path in sorted((shared_dir / "gold" / "seeds").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        meta = clean_text((shared_dir / "raw-samples" / gold["source"]).read_text(encoding="utf-8")).metadata
        for field in ("title", "subtitle", "author", "publisher", "dateline", "published"):
            assert getattr(meta, field) == gold.get(field), (gold_path.name, field)


def test_wcxb_dev(shared_dir):
    bench = shared_dir / "bench" / "wcxb-dev"
    rep = evaluate(bench / "text", bench / "gold")
    assert len(rep.docs) == 300
    assert rep.prf[2] >= 0.85


# Block-level elements: a scraper that puts a line break only around these (and at <br>) joins
# each paragraph, list item or comment into one line, links and labels glued to their text.
_BLOCKS = ("p div li h1 h2 h3 h4 h5 h6 tr td th dd dt section article header footer nav aside ul ol "
           "table figure figcaption blockquote main form pre").split()


def _block_scrape(html: bytes) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (" ".join(line.split()) for line in soup.get_text("").splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def test_wcxb_dev_scraped_one_block_per_line(shared_dir, tmp_path):
    # The same pages as another common scraper dumps them: the cleaner must not depend on one
    # scraper's line breaks.
    bench = shared_dir / "bench" / "wcxb-dev"
    for page in sorted((bench / "html").glob("*.html")):
        (tmp_path / f"{page.stem}.txt").write_text(_block_scrape(page.read_bytes()), encoding="utf-8")
    rep = evaluate(tmp_path, bench / "gold")
    assert len(rep.docs) == 300
    assert rep.prf[2] >= 0.85


def _page_titles(html: str) -> list[str]:
    """What the page calls itself: og:title, <title> and <h1>, as words."""
    import html as htmllib
    import re
    found = [re.search(r"""<meta[^>]+property=["']og:title["'][^>]+content=["']([^"']+)""", html),
             re.search(r"<title[^>]*>(.*?)</title>", html, re.S), re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)]
    words = [" ".join(re.findall(r"\w+", htmllib.unescape(re.sub("<[^>]+>", "", m.group(1))).lower())) for m in found if m]
    return [w for w in words if w]


def test_wcxb_dev_titles_from_scraped_text(shared_dir):
    # The title found in the scraped text alone agrees with what the page's HTML calls itself
    # (the same words, or one holding the other) on most pages.
    import re
    bench = shared_dir / "bench" / "wcxb-dev"
    right = total = 0
    for text_path in sorted((bench / "text").glob("*.txt")):
        names = _page_titles((bench / "html" / f"{text_path.stem}.html").read_text(encoding="utf-8", errors="replace"))
        if not names:
            continue
        total += 1
        title = " ".join(re.findall(r"\w+", (clean_text(text_path.read_text(encoding="utf-8")).metadata.title or "").lower()))
        right += bool(title) and any(title == n or (len(title) > 15 and (title in n or n in title)) for n in names)
    assert total >= 290
    assert right >= 0.8 * total, (right, total)


def test_wcxb_dev_authors_from_scraped_text(shared_dir):
    # The author found in the scraped text alone agrees with the one the page's HTML declares
    # (trafilatura reads its meta tags and JSON-LD): when the text names someone, it is mostly
    # the right person, and it names someone on a good share of the pages that have an author.
    import re

    import trafilatura

    def words(name):
        return " ".join(re.findall(r"\w+", (name or "").lower()))

    bench = shared_dir / "bench" / "wcxb-dev"
    declared = named = agree = 0
    for text_path in sorted((bench / "text").glob("*.txt")):
        meta = trafilatura.extract_metadata((bench / "html" / f"{text_path.stem}.html").read_text(encoding="utf-8", errors="replace"))
        if meta is None or not meta.author:
            continue
        declared += 1
        found = words(clean_text(text_path.read_text(encoding="utf-8")).metadata.author)
        if found:
            named += 1
            agree += found in words(meta.author) or words(meta.author) in found
    assert declared >= 150
    assert named >= 0.45 * declared, (named, declared)
    assert agree >= 0.75 * named, (agree, named)
