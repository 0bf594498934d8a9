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
