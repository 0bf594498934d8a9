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
