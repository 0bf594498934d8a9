import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_text
from pipeline.evaluate import evaluate

words = st.sampled_from("yang dan di the of to harga naik Rusia Home Baca juga: Share 2024 (ant/har) Iklan . , \" – slot gacor".split())
line = st.lists(words, min_size=0, max_size=40).map(" ".join)
page = st.lists(st.one_of(line, st.text(max_size=80)), max_size=30).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(page)
def test_never_raises_subsequence_deterministic_idempotent(text):
    r = clean_text(text)
    inputs = [" ".join(x.split()) for x in text.splitlines() if x.split()]
    assert [v.text for v in r.lines] == inputs
    it = iter(inputs)
    assert all(any(p == x for x in it) for p in r.paragraphs)  # kept lines: a subsequence
    assert clean_text(text) == r
    assert clean_text(r.text).paragraphs == r.paragraphs


def test_edge_inputs():
    for text in ["", "\x00", "a\x00b\n\n\u2028", "x" * 5_000_000, ("kata " * 1_000_000), "\ud7ff\ue000\U0010ffff"]:
        clean_text(text)


def test_metric_matches_score_py(tmp_path, shared_dir):
    gold, pred, raw = tmp_path / "gold", tmp_path / "pred", tmp_path / "raw"
    for d in (gold, pred, raw):
        d.mkdir()
    docs = {
        "a": ("The quick brown fox jumps over the lazy dog. Again it jumps.", "Home\nThe quick brown fox jumps over the lazy dog, and again it jumps.\nFooter"),
        "b": ("Satu dua tiga", "Satu dua tiga"),
        "c": ("Harga beras naik di pasar tradisional pekan ini menurut pedagang setempat.", "Login\nMenu"),
    }
    for k, (g, r) in docs.items():
        (gold / f"{k}.txt").write_text(g)
        (raw / f"{k}.txt").write_text(r)
        (pred / f"{k}.txt").write_text(clean_text(r).text)
    ours = evaluate(raw, gold).prf
    out = subprocess.run([sys.executable, str(shared_dir / "bench" / "score.py"), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True).stdout
    import json
    s = json.loads(out)["summary"]
    assert abs(ours[0] - s["precision"]) < 1e-12 and abs(ours[1] - s["recall"]) < 1e-12 and abs(ours[2] - s["f1"]) < 1e-12
