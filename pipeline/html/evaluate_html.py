"""bersih's HTML path against trafilatura alone, in one run, on a folder of pages with gold.

    python -m pipeline.html.evaluate_html [BENCH_DIR]   (default: ../shared/bench/wcxb-dev)

Scores both with the benchmark's own score.py (shingle F1), lists the pages where bersih is
worse than trafilatura by more than REGRESSION_MARGIN while trafilatura scores above
REGRESSION_FLOOR, and times extract_html against bare trafilatura.extract (speed ratio).
"""
from __future__ import annotations

import importlib.util
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

from ..models import CleanDocument, RawDocument
from ..process import process
from .extract import extract_html

REPO = Path(__file__).resolve().parents[2]
DEFAULT_BENCH = REPO.parent / "shared" / "bench" / "wcxb-dev"
REGRESSION_FLOOR = 0.8
REGRESSION_MARGIN = 0.05


@dataclass
class HtmlEvaluation:
    pages: int
    trafilatura_f1: float
    bersih_f1: float
    trafilatura_pr: tuple[float, float]
    bersih_pr: tuple[float, float]
    regressions: list[tuple[str, float, float]] = field(default_factory=list)  # id, trafilatura, bersih
    # held-out check: (trafilatura F1, bersih F1) on the even- and on the odd-numbered pages, so a
    # rule tuned on one half can be confirmed on the other
    halves: dict[str, tuple[float, float]] = field(default_factory=dict)
    trafilatura_docs_per_s: float = 0.0
    extract_docs_per_s: float = 0.0


def _scorer(bench: Path):
    spec = importlib.util.spec_from_file_location("bench_score", bench.parent / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _number(page_id: str) -> int:
    """The page's number for the even/odd split (ids are numbers; others split by their digits)."""
    digits = "".join(ch for ch in page_id if ch.isdigit())
    return int(digits) if digits else len(page_id)


def evaluate(bench: Path = DEFAULT_BENCH) -> HtmlEvaluation:
    score = _scorer(bench)
    pages = sorted((bench / "html").glob("*.html"))
    gold = {p.stem: (bench / "gold" / f"{p.stem}.txt").read_text(encoding="utf-8") for p in pages}
    html = {p.stem: p.read_text(encoding="utf-8", errors="replace") for p in pages}

    base_docs, ours_docs, regressions = [], [], []
    traf_time = extract_time = 0.0
    for page_id, page in html.items():
        start = time.perf_counter()
        base = trafilatura.extract(page, include_comments=False) or ""
        traf_time += time.perf_counter() - start
        start = time.perf_counter()
        try:
            extract_html(page)
        except Exception:  # noqa: BLE001 - timing only; process() below reports what happened
            pass
        extract_time += time.perf_counter() - start
        outcome = process(RawDocument(id=page_id, source=f"{page_id}.html", kind="html", content=page,
                                      raw_sha256="0" * 64))
        ours = outcome.text if isinstance(outcome, CleanDocument) else ""
        b, o = score.score_doc(gold[page_id], base), score.score_doc(gold[page_id], ours)
        base_docs.append(b)
        ours_docs.append(o)
        if b["shingle_f1"] > REGRESSION_FLOOR and o["shingle_f1"] < b["shingle_f1"] - REGRESSION_MARGIN:
            regressions.append((page_id, b["shingle_f1"], o["shingle_f1"]))
    base_agg, ours_agg = score.aggregate(base_docs), score.aggregate(ours_docs)
    halves = {}
    for name, parity in (("even", 0), ("odd", 1)):
        picked = [k for k, p in enumerate(pages) if _number(p.stem) % 2 == parity]
        if picked:
            halves[name] = (score.aggregate([base_docs[k] for k in picked])["f1"],
                            score.aggregate([ours_docs[k] for k in picked])["f1"])
    n = len(pages)
    return HtmlEvaluation(
        pages=n, trafilatura_f1=base_agg["f1"], bersih_f1=ours_agg["f1"],
        trafilatura_pr=(base_agg["precision"], base_agg["recall"]),
        bersih_pr=(ours_agg["precision"], ours_agg["recall"]), regressions=regressions, halves=halves,
        trafilatura_docs_per_s=n / traf_time if traf_time else 0.0,
        extract_docs_per_s=n / extract_time if extract_time else 0.0)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    bench = Path(args[0]) if args else DEFAULT_BENCH
    if not (bench / "html").is_dir():
        print(f"no benchmark at {bench}: pass the folder holding html/ and gold/", file=sys.stderr)
        return 2
    r = evaluate(bench)
    print(f"pages: {r.pages}")
    print(f"trafilatura alone (include_comments=False): P={r.trafilatura_pr[0]:.3f} R={r.trafilatura_pr[1]:.3f} "
          f"F1={r.trafilatura_f1:.3f}  {r.trafilatura_docs_per_s:.1f} docs/s")
    print(f"bersih (pre-pass + trafilatura + cleaner):  P={r.bersih_pr[0]:.3f} R={r.bersih_pr[1]:.3f} "
          f"F1={r.bersih_f1:.3f}  extract_html {r.extract_docs_per_s:.1f} docs/s "
          f"({r.extract_docs_per_s / r.trafilatura_docs_per_s:.2f}x trafilatura)")
    for name, (base, ours) in r.halves.items():
        print(f"  {name}-numbered pages: trafilatura F1={base:.3f}, bersih F1={ours:.3f}")
    print(f"pages worse by > {REGRESSION_MARGIN} where trafilatura > {REGRESSION_FLOOR}: {len(r.regressions)}")
    for page_id, base, ours in r.regressions:
        print(f"  {page_id}: trafilatura {base:.3f}, bersih {ours:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
