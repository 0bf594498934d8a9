"""`bersih eval`'s line accounting: which gold lines were lost or leaked."""
import json

from pipeline.clean.types import LineVerdict
from pipeline.evaluate import _kept_in_order, evaluate


def test_a_line_printed_twice_is_judged_copy_by_copy_in_reading_order():
    # a table of contents (removed) over the subheadings it lists (kept)
    verdicts = [LineVerdict("Contents", False, "navigation"), LineVerdict("Early years", False, "navigation"),
                LineVerdict("Later life", False, "navigation"), LineVerdict("Early years", True, "body"),
                LineVerdict("She was born in the harbour town in 1931.", True, "body"),
                LineVerdict("Later life", True, "body"), LineVerdict("She died in 2019.", True, "body")]
    gold = [v.text for v in verdicts]
    assert _kept_in_order(gold, verdicts) == [v.keep for v in verdicts]
    # a gold line the page does not hold where expected is matched by its text among the kept lines
    assert _kept_in_order(["She died in 2019.", "Early years"], verdicts) == [True, True]
    assert _kept_in_order(["A line the page never printed"], verdicts) == [False]


def test_eval_counts_no_loss_or_leak_for_a_contents_list_over_its_subheadings(tmp_path):
    raw, gold = tmp_path / "raw", tmp_path / "gold"
    raw.mkdir(), gold.mkdir()
    paras = ["Few markets on the coast have lasted as long as this one, and fewer still have changed so little in "
             "the way they look from the quay.",
             "The harbour town grew around its fish market, which opened in 1890 and still sells the morning catch "
             "to restaurants along the coast every day.",
             "In the 1960s the council built a ferry terminal, and tourism soon overtook fishing as the main source "
             "of work for the people who lived there.",
             "Today the old warehouses hold galleries and cafes, and the market is busier on summer weekends than it "
             "has been at any time in its long history."]
    lines = [("Harbour Guide", "navigation"), ("How the Harbour Market Outlived the Fishing Fleet", "title"),
             ("Contents", "navigation"), ("History of the market", "navigation"),
             ("The ferry years", "navigation"), (paras[0], "body"), ("History of the market", "body"),
             (paras[1], "body"), ("The ferry years", "body"), (paras[2], "body"), (paras[3], "body")]
    (raw / "p1.txt").write_text("\n\n".join(t for t, _ in lines))
    (gold / "p1.json").write_text(json.dumps({"source": "p1.txt", "title": None, "language": "en",
                                              "body": [t for t, lab in lines if lab == "body"],
                                              "lines": [{"text": t, "label": lab} for t, lab in lines]}))
    doc = evaluate(raw, gold).docs[0]
    assert (doc.lost, doc.leaked) == ([], [])
