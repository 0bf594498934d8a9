"""`bersih eval`: clean raw pages and score them against gold.

Gold comes in two forms, matched to raw files by stem:
* ``<id>.json`` labelled line by line (``lines: [{text, label}]``, ``body``, ``title``, ...);
* ``<id>.txt`` holding the gold body text.

The shingle metric is exactly the one of the shared benchmark's score.py (the ScrapingHub
article-extraction benchmark): 4-token shingles over ``\\w+`` tokens as multisets; per document
P = tp/(tp+fp), R = tp/(tp+fn) (both 1 when fp = fn = 0); corpus P = mean over documents whose
prediction has a shingle, R = mean over documents whose gold has one, F1 = 2PR/(P+R).
For labelled gold it also counts body lines lost, noise lines leaked (by gold label) and titles.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean_text
from .clean.language import guess_language

__all__ = ["EvalReport", "DocScore", "evaluate", "format_report", "shingle_scores", "corpus_prf"]

_WORD = re.compile(r"\w+")
SHINGLE_N = 4
BODY_LABELS = frozenset({"body"})
META_LABELS = frozenset({"title", "subtitle"})


def _shingles(toks: list[str]) -> Counter:
    if not toks:
        return Counter()
    if len(toks) <= SHINGLE_N:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + SHINGLE_N]) for i in range(len(toks) - SHINGLE_N + 1))


def shingle_scores(gold: str, pred: str) -> tuple[float, float, bool, bool]:
    """(precision, recall, counts_for_precision, counts_for_recall) of one document."""
    g, p = _shingles(_WORD.findall(gold or "")), _shingles(_WORD.findall(pred or ""))
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())

    def ratio(other: int) -> float:
        if fp == 0 and fn == 0:
            return 1.0
        return 0.0 if tp + other == 0 else tp / (tp + other)

    return ratio(fp), ratio(fn), tp + fp > 0, tp + fn > 0


def corpus_prf(docs: list["DocScore"]) -> tuple[float, float, float]:
    ps = [d.precision for d in docs if d.in_precision]
    rs = [d.recall for d in docs if d.in_recall]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r > 0 else 0.0)


@dataclass
class DocScore:
    id: str
    precision: float
    recall: float
    in_precision: bool
    in_recall: bool
    lost: list[str] = field(default_factory=list)  # gold body lines the cleaner removed
    leaked: list[tuple[str, str]] = field(default_factory=list)  # (gold label, line) kept though noise
    title_gold: str | None = None
    title_pred: str | None = None
    labelled: bool = False

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r > 0 else 0.0


@dataclass
class EvalReport:
    docs: list[DocScore]
    missing_raw: list[str] = field(default_factory=list)

    @property
    def prf(self) -> tuple[float, float, float]:
        return corpus_prf(self.docs)

    @property
    def lost(self) -> int:
        return sum(len(d.lost) for d in self.docs)

    @property
    def leaked(self) -> int:
        return sum(len(d.leaked) for d in self.docs)

    @property
    def leaked_by_label(self) -> Counter:
        return Counter(lbl for d in self.docs for lbl, _ in d.leaked)

    @property
    def titles(self) -> tuple[int, int]:
        """(right, pages whose gold has a title)."""
        with_title = [d for d in self.docs if d.labelled and d.title_gold]
        return sum(_same_title(d.title_gold, d.title_pred) for d in with_title), len(with_title)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _same_title(gold: str | None, pred: str | None) -> bool:
    return bool(gold and pred) and _norm(gold).casefold() == _norm(pred).casefold()


def _kept_in_order(gold_texts: list[str], verdicts) -> list[bool]:
    """Whether each gold line was kept. Gold lines are matched to the page's lines in reading
    order, so a line printed twice (a table of contents over the subheadings it lists) is judged
    copy by copy; a gold line the page does not hold at that point is matched by its text alone,
    against the kept lines left over."""
    at: dict[str, list[int]] = {}
    for i, v in enumerate(verdicts):
        at.setdefault(v.text, []).append(i)
    taken: set[int] = set()
    matched: list[int | None] = []
    pos = 0
    for text in gold_texts:
        i = next((k for k in at.get(text, ()) if k >= pos), None)
        if i is not None:
            taken.add(i)
            pos = i + 1
        matched.append(i)
    left = Counter(v.text for i, v in enumerate(verdicts) if v.keep and i not in taken)
    out = []
    for text, i in zip(gold_texts, matched):
        if i is not None:
            out.append(verdicts[i].keep)
        elif left[text] > 0:
            left[text] -= 1
            out.append(True)
        else:
            out.append(False)
    return out


def _load_gold(gold_dir: Path) -> dict[str, dict]:
    gold: dict[str, dict] = {}
    for p in sorted(gold_dir.iterdir()):
        if p.suffix == ".txt":
            gold[p.stem] = {"body": p.read_text(encoding="utf-8", errors="replace")}
        elif p.suffix == ".json" and p.stem not in gold:
            try:
                rec = json.loads(p.read_text(encoding="utf-8", errors="replace"))
            except ValueError:
                continue
            if isinstance(rec, dict):
                gold[p.stem] = rec
    return gold


def _gold_body(rec: dict) -> str:
    body = rec.get("body")
    if body is None and isinstance(rec.get("lines"), list):
        body = [ln["text"] for ln in rec["lines"] if ln.get("label") in BODY_LABELS]
    if isinstance(body, list):
        body = "\n\n".join(str(x) for x in body)
    return body or ""


def evaluate(raw_dir: str | Path, gold_dir: str | Path) -> EvalReport:
    raw_dir, gold_dir = Path(raw_dir), Path(gold_dir)
    gold = _load_gold(gold_dir)
    if not gold:
        raise ValueError(f"no gold files (<id>.json or <id>.txt) in {gold_dir}")
    docs, missing = [], []
    for doc_id, rec in sorted(gold.items()):
        raw_path = raw_dir / f"{doc_id}.txt"
        if not raw_path.is_file():
            missing.append(doc_id)
            raw = ""
        else:
            raw = raw_path.read_text(encoding="utf-8", errors="replace")
        # (the language guessed from the page, as `bersih run` does: no hint from the gold)
        result = clean_text(raw, language=guess_language(raw))
        p, r, inp, inr = shingle_scores(_gold_body(rec), result.text)
        d = DocScore(doc_id, p, r, inp, inr)
        if isinstance(rec.get("lines"), list):
            d.labelled = True
            d.title_gold, d.title_pred = rec.get("title"), result.metadata.title
            labelled = [(_norm(ln.get("text", "")), ln.get("label", "")) for ln in rec["lines"]]
            labelled = [(text, label) for text, label in labelled if text]
            for (text, label), was_kept in zip(labelled, _kept_in_order([t for t, _ in labelled], result.lines)):
                if label in BODY_LABELS:
                    if not was_kept:
                        d.lost.append(text)
                elif was_kept:  # noise, title or subtitle left in the body
                    d.leaked.append((label, text))
        docs.append(d)
    return EvalReport(docs, missing)


def format_report(report: EvalReport, per_doc: bool = True) -> str:
    out = []
    if per_doc:
        out.append(f"{'id':<32} {'P':>6} {'R':>6} {'F1':>6} {'lost':>5} {'leak':>5}")
        for d in report.docs:
            extra = f" {len(d.lost):5d} {len(d.leaked):5d}" if d.labelled else ""
            out.append(f"{d.id[:32]:<32} {d.precision:6.3f} {d.recall:6.3f} {d.f1:6.3f}{extra}")
        out.append("")
    p, r, f = report.prf
    out.append(f"docs {len(report.docs)}  missing raw {len(report.missing_raw)}")
    out.append(f"shingle  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if any(d.labelled for d in report.docs):
        right, total = report.titles
        by = ", ".join(f"{k} {v}" for k, v in sorted(report.leaked_by_label.items())) or "none"
        out.append(f"body lines lost {report.lost}  noise lines leaked {report.leaked} ({by})  titles right {right}/{total}")
        for d in report.docs:
            for t in d.lost:
                out.append(f"  LOST   {d.id}: {t[:100]}")
            for lbl, t in d.leaked:
                out.append(f"  LEAKED {d.id} [{lbl}]: {t[:100]}")
    return "\n".join(out)
