"""One benchmark scenario per fresh process: `python -m bench.scenarios NAME JSON-ARGS`.

A fresh process per scenario makes its peak RSS (VmHWM) its own, and its imports and caches
start cold the same way each time. The last stdout line is `RESULT {json}`.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "raw"
WCXB_HTML = REPO.parent / "shared" / "bench" / "wcxb-dev" / "html"
SAMPLE_SECONDS = 5.0  # the five sample pages are cleaned over and over for this long


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_core() -> None:
    """Single-threaded scenarios run pinned to one CPU, so their figure is per core."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _texts(raw: Path, limit: int | None = None) -> list[str]:
    from pipeline.decode import decode_bytes

    paths = sorted(raw.rglob("*.txt"))[:limit]
    return [decode_bytes(p.read_bytes(), what=p.name) for p in paths]


WARM_UP = 20  # calls before the clock: the cleaner compiles its rules on first use
HTML_CHUNK = 25  # pages per turn when the HTML path and trafilatura alternate


def _timed(function, items, text=lambda item: item) -> dict:
    for item in items[:WARM_UP]:
        function(item)
    started = time.perf_counter()
    for item in items:
        function(item)
    seconds = time.perf_counter() - started
    return {"docs": len(items), "bytes": sum(len(text(i).encode("utf-8", "surrogatepass")) for i in items),
            "seconds": seconds}


def _justext(language: str):
    import html

    import justext

    stoplist = justext.get_stoplist(language)

    def run(text: str):  # jusText wants HTML: scraped text wrapped one <p> per line
        page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
        return [p.text for p in justext.justext(page + "</body></html>", stoplist) if not p.is_boilerplate]

    return run


def cleaner(raw: str) -> dict:
    """pipeline.clean.clean_text alone on every text page of the corpus (read beforehand)."""
    from pipeline.clean import clean_text

    one_core()
    texts = _texts(Path(raw))
    return _timed(clean_text, texts)


def justext_text(raw: str, limit: int) -> dict:
    """jusText (English stoplist) on the first `limit` text pages of the same corpus."""
    one_core()
    return _timed(_justext("English"), _texts(Path(raw), limit))


def samples() -> dict:
    """The text cleaner and jusText (Indonesian stoplist) on the five sample pages, one core."""
    from pipeline.clean import clean_text

    one_core()
    texts = _texts(SAMPLES)
    result = {}
    for name, function in (("cleaner", clean_text), ("justext", _justext("Indonesian"))):
        for text in texts * 4:
            function(text)
        rounds, started = 0, time.perf_counter()
        while time.perf_counter() - started < SAMPLE_SECONDS:
            for text in texts:
                function(text)
            rounds += 1
        result[name] = {"docs": rounds * len(texts), "bytes": rounds * sum(len(t.encode()) for t in texts),
                        "seconds": time.perf_counter() - started}
    return result


def html_path(pages: str, limit: int | None = None) -> dict:
    """bersih's HTML path (pipeline.process.process: extraction + cleaner) and trafilatura.extract
    alone, on the same pages, in this one process and on one core."""
    import trafilatura

    from pipeline.models import RawDocument
    from pipeline.process import process

    one_core()
    paths = sorted(Path(pages).rglob("*.html"))[:limit]
    htmls = [p.read_bytes().decode("utf-8", "replace") for p in paths]
    docs = [RawDocument(id=str(i), source=p.name, kind="html", content=h, raw_sha256="0")
            for i, (p, h) in enumerate(zip(paths, htmls))]
    def reference(html: str):
        return trafilatura.extract(html, include_comments=False, include_tables=True)

    for html, doc in zip(htmls[:WARM_UP], docs[:WARM_UP]):  # imports, models and rules warm for both
        reference(html)
        process(doc)
    # The two alternate in chunks of pages, so a change in the machine's load while the clock
    # runs (the cores are shared) weighs on both alike; CPU time, not wall time, for the same reason.
    spent = {"trafilatura": 0.0, "bersih": 0.0}
    for start in range(0, len(docs), HTML_CHUNK):
        for name, function, items in (("trafilatura", reference, htmls), ("bersih", process, docs)):
            began = time.process_time()
            for item in items[start:start + HTML_CHUNK]:
                function(item)
            spent[name] += time.process_time() - began
    size = sum(len(h.encode("utf-8", "surrogatepass")) for h in htmls)
    return {name: {"docs": len(docs), "bytes": size, "seconds": seconds} for name, seconds in spent.items()}


def flow(raw: str, out: str, runner: str, batch_size: int, rerun: bool) -> dict:
    """The ingest flow called with a Prefect API server already up (the test harness's, started
    before the clock). Timed: the flow call, i.e. discovery, reading, cleaning, duplicates,
    writing JSON, the ledger, artifacts, and for Dask the local cluster's start and stop."""
    import atexit
    import shutil

    shutil.rmtree(out, ignore_errors=True)
    os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="bersih-bench-prefect-")
    atexit.register(shutil.rmtree, os.environ["PREFECT_HOME"], ignore_errors=True)  # one per scenario process
    os.environ.pop("PREFECT_API_URL", None)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    from flows.runners import ingest_with_runner

    result = {}
    with prefect_test_harness(server_startup_timeout=120), \
            temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        run = ingest_with_runner(runner)
        started = time.perf_counter()
        summary = run(raw=raw, out=out, batch_size=batch_size)
        result["first"] = {"seconds": time.perf_counter() - started, "docs": summary["seen"],
                           "bytes": sum(p.stat().st_size for p in Path(raw).rglob("*.txt")),
                           "summary": {k: summary[k] for k in ("seen", "written", "duplicates", "rejected")}}
        result["peak_rss_mb_first_run"] = peak_rss_mb()
        if rerun:
            started = time.perf_counter()
            again = run(raw=raw, out=out, batch_size=batch_size)
            result["rerun"] = {"seconds": time.perf_counter() - started, "docs": again["seen"],
                               "unchanged": again["unchanged"]}
    return result


def breakdown(raw: str, out: str, limit: int) -> dict:
    """Where the flow's time goes: its library stages, one after the other, on one core, without
    Prefect, on the first `limit` pages. Seconds per stage."""
    import shutil

    from pipeline.batch import FileResult, _mark_duplicates
    from pipeline.clean import clean_text
    from pipeline.learn import observe_files
    from pipeline.models import CleanDocument
    from pipeline.process import process
    from pipeline.read import discover, relative_source
    from pipeline.read.files import load_bytes, parse_bytes
    from pipeline.site_memory import SiteMemory
    from pipeline.sites import site_of
    from pipeline.state import StateStore
    from pipeline.write import write_outcome
    from pipeline import dedup

    one_core()
    shutil.rmtree(out, ignore_errors=True)
    root, out_dir = Path(raw), Path(out)
    paths = list(discover(root))[:limit]
    seconds = {}

    def clock(stage, function):
        started = time.perf_counter()
        value = function()
        seconds[stage] = time.perf_counter() - started
        return value

    for p in paths[:WARM_UP]:
        for r in parse_bytes(relative_source(root, p), p.read_bytes()):
            process(r)
    raws = clock("read and parse files", lambda: [
        doc for p in paths for doc in parse_bytes(relative_source(root, p), load_bytes(p, relative_source(root, p)))])
    memory = SiteMemory.load(out_dir)
    clock("site-learning pass", lambda: memory.add_many(observe_files(root, paths, {})))
    boilerplate = memory.boilerplate_by_site()
    memory.close()
    docs = clock("process() (language, cleaner, metadata, CleanDocument)", lambda: [
        process(r, site_lines=boilerplate.get(site_of(r.source, r.url))) for r in raws])
    clock("  for comparison: clean_text alone on the same texts (no site memory)", lambda: [clean_text(r.content) for r in raws])
    signatures = clock("MinHash signatures", lambda: [dedup.signature(d.text) if isinstance(d, CleanDocument) else None
                                                     for d in docs])
    results = [FileResult(d.source, r.raw_sha256, [d], signatures=[s]) for d, r, s in zip(docs, raws, signatures)]
    with StateStore(out_dir) as state:
        marked = clock("duplicate lookups and index (SQLite)", lambda: _mark_duplicates(results, state, dedup.DEFAULT_THRESHOLD))
        clock("writing JSON (write_outcome)", lambda: [write_outcome(out_dir, o, root) for outcomes in marked for o in outcomes])
        clock("ledger", lambda: state.record_files([(r.source, r.sha256, 1, *(r.stat or (None, None))) for r in results], "bench"))
    return {"docs": len(paths), "stages": seconds}


def dedup_alone(bodies: str, planted: str, state: str) -> dict:
    """Duplicate detection apart from the cleaner, on the pages' true bodies, one core."""
    import shutil

    from bench.duplicates import detect_on_bodies, score_documents
    from pipeline.dedup import DEFAULT_THRESHOLD

    one_core()
    shutil.rmtree(state, ignore_errors=True)
    started = time.perf_counter()
    docs = detect_on_bodies(Path(bodies), Path(state), DEFAULT_THRESHOLD)
    seconds = time.perf_counter() - started
    return {"docs": len(docs), "bytes": Path(bodies).stat().st_size, "seconds": seconds,
            "score": score_documents(docs, Path(planted))}


SCENARIOS = {"dedup_alone": dedup_alone, "breakdown": breakdown, "cleaner": cleaner, "justext_text": justext_text, "samples": samples, "html_path": html_path,
             "flow": flow}


def main() -> None:
    name, args = sys.argv[1], json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    result = SCENARIOS[name](**args)
    result["peak_rss_mb"] = peak_rss_mb()
    print("RESULT " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
