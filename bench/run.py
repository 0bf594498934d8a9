"""`make bench`: generate the corpora, run every scenario in its own process, write bench/RESULTS.md.

    BENCH_SIZES=10000,100000 (default)   text pages per corpus; the first size >= 10000 (or the
                                         largest) gives the throughput figures, every size a
                                         memory figure for the whole flow
    BENCH_SKIP_DASK=1                    leave out the Dask flow
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

from . import duplicates
from .corpus import generate

BENCH = Path(__file__).resolve().parent
DATA, OUT = BENCH / "data", BENCH / "out"
RESULTS = BENCH / "RESULTS.md"
JUSTEXT_DOCS = 500  # jusText runs ~30 pages/s: a sample of the same pages, not all 10k
HTML_PAGES = 1000   # generated HTML pages for the HTML path
BREAKDOWN_DOCS = 2000  # pages timed stage by stage
BATCH_SIZE = None   # None: the flow's DEFAULT_BATCH_SIZE


def scenario(name: str, log: Path, **args) -> dict:
    """Run one scenario in a fresh process; its log (Prefect's, Dask's) goes to `log`."""
    started = time.perf_counter()
    with open(log, "w") as handle:
        done = subprocess.run([sys.executable, "-m", "bench.scenarios", name, json.dumps(args)],
                              stdout=subprocess.PIPE, stderr=handle, text=True, cwd=BENCH.parent)
    lines = [l for l in done.stdout.splitlines() if l.startswith("RESULT ")]
    if done.returncode or not lines:
        raise SystemExit(f"scenario {name} failed (exit {done.returncode}); see {log}")
    result = json.loads(lines[-1][len("RESULT "):])
    print(f"  {name} {args.get('runner', '')} done in {time.perf_counter() - started:.0f} s", flush=True)
    return result


def rate(figure: dict) -> tuple[float, float]:
    return figure["docs"] / figure["seconds"], figure["bytes"] / 1e6 / figure["seconds"]


def main() -> None:
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "10000,100000").split(",") if s.strip()]
    with_dask = os.environ.get("BENCH_SKIP_DASK", "") in ("", "0")
    from flows.runners import default_batch_size

    batch_size = BATCH_SIZE or default_batch_size("default")
    dask_batch_size = BATCH_SIZE or default_batch_size("dask")
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    throughput_size = next((s for s in sizes if s >= 10000), max(sizes))
    rows, notes, memory, dedup = [], [], {}, {}

    print("generating corpora …", flush=True)
    corpora = {size: generate(size, DATA / f"text-{size}", kind="text") for size in sizes}
    html_raw = generate(HTML_PAGES, DATA / f"html-{HTML_PAGES}", kind="html")

    print("scenarios …", flush=True)
    samples = scenario("samples", OUT / "samples.log")
    rows.append(("text cleaner, 5 sample pages (raw/*.txt), 1 core", samples["cleaner"], samples["peak_rss_mb"]))
    rows.append(("jusText (Indonesian stoplist), same 5 pages, 1 core", samples["justext"], None))

    raw = corpora[throughput_size]
    cleaner = scenario("cleaner", OUT / "cleaner.log", raw=str(raw))
    rows.append((f"text cleaner, {throughput_size:,} generated text pages, 1 core", cleaner, cleaner["peak_rss_mb"]))
    stages = scenario("breakdown", OUT / "breakdown.log", raw=str(raw), out=str(OUT / "breakdown"),
                      limit=BREAKDOWN_DOCS)
    justext = scenario("justext_text", OUT / "justext.log", raw=str(raw), limit=JUSTEXT_DOCS)
    rows.append((f"jusText (English stoplist), first {JUSTEXT_DOCS} of the same pages, 1 core", justext, None))

    wcxb = scenario("html_path", OUT / "html-wcxb.log", pages=str(BENCH.parents[1] / "shared/bench/wcxb-dev/html"))
    rows.append(("HTML path (process: extraction + cleaner), wcxb-dev 300 pages, 1 core", wcxb["bersih"], wcxb["peak_rss_mb"]))
    rows.append(("trafilatura.extract alone, same wcxb-dev pages, 1 core", wcxb["trafilatura"], None))
    generated_html = scenario("html_path", OUT / "html-generated.log", pages=str(html_raw))
    rows.append((f"HTML path, {HTML_PAGES:,} generated HTML pages, 1 core", generated_html["bersih"], None))
    rows.append(("trafilatura.extract alone, same generated pages, 1 core", generated_html["trafilatura"], None))

    flows, dask = {}, None
    for size in sizes:
        out = OUT / f"flow-default-{size}"
        result = scenario("flow", OUT / f"flow-default-{size}.log", raw=str(corpora[size]), out=str(out),
                          runner="default", batch_size=batch_size, rerun=(size == throughput_size))
        flows[size] = result
        memory[size] = result["peak_rss_mb"]
        rows.append((f"whole flow, default runner, {size:,} text pages", result["first"], result["peak_rss_mb"]))
        if size <= throughput_size:
            dedup[size] = duplicates.score(out, corpora[size].parent / "planted.json")
        if size == throughput_size and with_dask:  # right after the default runner, on the same code
            dask_out = OUT / f"flow-dask-{size}"
            dask = scenario("flow", OUT / f"flow-dask-{size}.log", raw=str(raw), out=str(dask_out),
                            runner="dask", batch_size=dask_batch_size, rerun=False)
            rows.append((f"whole flow, Dask local cluster (2 worker processes), {size:,} text pages",
                         dask["first"], dask["peak_rss_mb"]))
            notes.append(f"Dask run's clean JSON identical to the default runner's: {_same_outputs(out, dask_out)}.")
    alone = {}
    for size in sizes:
        corpus = corpora[size].parent
        alone[size] = scenario("dedup_alone", OUT / f"dedup-{size}.log", bodies=str(corpus / "bodies.jsonl"),
                               planted=str(corpus / "planted.json"), state=str(OUT / f"dedup-{size}"))
        rows.append((f"duplicate detection alone (signature, SQLite LSH lookup and insert) on the true bodies, "
                     f"{size:,} pages, 1 core", alone[size], alone[size]["peak_rss_mb"]))

    figures = _figures(samples, cleaner, justext, wcxb, flows, dask, memory, dedup, throughput_size)
    for size, result in alone.items():
        score = result["score"]
        figures.append((f"duplicates on planted pairs, detection alone on the pages' true bodies, {size:,} pages",
                        "recall >= 0.95 at precision >= 0.99",
                        f"recall {score['recall']:.3f} (exact {score['recall_exact']:.3f}, near {score['recall_near']:.3f}), "
                        f"precision {score['precision']:.3f} of {score['flagged']} flagged",
                        "yes" if score["recall"] >= 0.95 and score["precision"] >= 0.99 else "**no**"))
    RESULTS.write_text(_markdown(rows, figures, notes, sizes, (batch_size, dask_batch_size), time.perf_counter() - started, stages))
    print(RESULTS.read_text())


def _same_outputs(a: Path, b: Path) -> bool:
    def outputs(root):
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.json")
                if not {"_runs", "_state"} & set(p.relative_to(root).parts)}
    return outputs(a) == outputs(b)


def _figures(samples, cleaner, justext, wcxb, flows, dask, memory, dedup, size) -> list[tuple[str, str, str, str]]:
    """(criterion, target, measured, met?) rows."""
    def ok(condition):
        return "yes" if condition else "**no**"

    cleaner_rate = rate(cleaner)[0]
    flow = flows[size]
    flow_rate = rate(flow["first"])[0]
    rows = [
        ("text cleaner docs/s, 5 sample pages, 1 core", ">= 5,000",
         f"{rate(samples['cleaner'])[0]:,.0f} (jusText {rate(samples['justext'])[0]:,.0f})",
         ok(rate(samples["cleaner"])[0] >= 5000)),
        ("HTML path docs/s / trafilatura alone, wcxb-dev", ">= 0.8",
         f"{rate(wcxb['bersih'])[0] / rate(wcxb['trafilatura'])[0]:.2f} ({rate(wcxb['bersih'])[0]:.1f} vs "
         f"{rate(wcxb['trafilatura'])[0]:.1f} docs/s)", ok(rate(wcxb["bersih"])[0] >= 0.8 * rate(wcxb["trafilatura"])[0])),
        (f"whole flow (default runner) docs/s / text cleaner docs/s, {size:,} pages", ">= 0.75",
         f"{flow_rate / cleaner_rate:.2f} ({flow_rate:,.0f} vs {cleaner_rate:,.0f})", ok(flow_rate >= 0.75 * cleaner_rate)),
    ]
    if dask:
        dask_rate = rate(dask["first"])[0]
        rows.append((f"whole flow (Dask, 2 workers) docs/s / text cleaner docs/s, {size:,} pages", ">= 0.75",
                     f"{dask_rate / cleaner_rate:.2f} ({dask_rate:,.0f} vs {cleaner_rate:,.0f})",
                     ok(dask_rate >= 0.75 * cleaner_rate)))
    if "rerun" in flow:
        ratio = flow["rerun"]["seconds"] / flow["first"]["seconds"]
        rows.append((f"rerun with nothing new / first run, {size:,} pages", "< 0.10",
                     f"{ratio:.3f} ({flow['rerun']['seconds']:.1f} s vs {flow['first']['seconds']:.1f} s)", ok(ratio < 0.10)))
    small, large = min(memory), max(memory)
    if small != large:
        rows.append((f"peak RSS of the flow process, {large:,} / {small:,} pages", "<= 1.25, and < 500 MB",
                     f"{memory[large] / memory[small]:.2f} ({memory[large]:.0f} MB vs {memory[small]:.0f} MB)",
                     ok(memory[large] <= 1.25 * memory[small] and memory[large] < 500)))
    for n, score in dedup.items():
        rows.append((f"duplicates on planted pairs, whole flow (cleaner, then detection), {n:,} pages ({score['planted_exact']} exact, "
                     f"{score['planted_near']} near)", "recall >= 0.95 at precision >= 0.99",
                     f"recall {score['recall']:.3f} (exact {score['recall_exact']:.3f}, near {score['recall_near']:.3f}), "
                     f"precision {score['precision']:.3f} of {score['flagged']} flagged",
                     ok(score["recall"] >= 0.95 and score["precision"] >= 0.99)))
    return rows


def _machine() -> list[str]:
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    memory = next((int(l.split()[1]) // 1024 // 1024 for l in Path("/proc/meminfo").read_text().splitlines()
                   if l.startswith("MemTotal")), 0)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=BENCH.parent).stdout.strip()
    packages = ", ".join(f"{p} {version(p)}" for p in ("bersih", "prefect", "prefect-dask", "dask", "distributed",
                                                        "trafilatura", "jusText", "datasketch"))
    return [f"- machine: {platform.machine()}, {os.cpu_count()} cores ({cpu}), {memory} GiB, "
            f"{platform.system()} {platform.release()}; load average at the end {load:.1f} (the cores are shared)",
            f"- Python {platform.python_version()}; {packages}; commit {commit}",
            f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"]


def _markdown(rows, figures, notes, sizes, batch_sizes, seconds, stages) -> str:
    batch_size, dask_batch_size = batch_sizes
    lines = ["# bersih benchmark", "",
             "Written by `make bench` (`.venv/bin/python -m bench.run`); "
             f"this run: `BENCH_SIZES={','.join(map(str, sizes))} make bench`, {seconds / 60:.1f} minutes.", "",
             *_machine(), "",
             "## Targets", "", "| criterion | target | measured | met |", "|---|---|---|---|",
             *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in figures], "",
             "## Throughput and memory", "",
             "| scenario | docs | docs/s | MB/s | peak RSS (MB) |", "|---|---:|---:|---:|---:|"]
    for name, figure, peak in rows:
        docs_s, mb_s = rate(figure)
        lines.append(f"| {name} | {figure['docs']:,} | {docs_s:,.1f} | {mb_s:.2f} | "
                     f"{'' if peak is None else f'{peak:.0f}'} |")
    lines += ["", f"## Where the flow's time goes ({stages['docs']:,} pages, library stages one after the other, "
              "1 core, no Prefect)", "", "| stage | ms per page | share |", "|---|---:|---:|"]
    total = sum(v for k, v in stages["stages"].items() if not k.startswith(" "))
    for stage, value in stages["stages"].items():
        lines.append(f"| {stage} | {1000 * value / stages['docs']:.2f} | {value / total:.0%} |")
    lines += ["", "## How it is measured", "",
              "- Corpora (`bench/corpus.py`, seeded, in `bench/data/`, not in git): scraped-text pages recombined "
              "from real body paragraphs (gold of shared/gold/seeds and shared/bench/wcxb-dev) and real noise "
              "in the story's language, where real pages have it: inside the article a block that sat between "
              "two body lines of a real page (the seeds' captions, related links, ads, gallery; wcxb-dev's "
              "non-gold runs), after it a real end-of-page run; 20 sites with their own header and "
              "footer; 3% exact copies and 5% near copies (a few words changed, sometimes the last paragraph "
              "dropped, another site's boilerplate) of earlier pages, listed in `planted.json`.",
              "- Every scenario runs in a fresh process (`python -m bench.scenarios NAME`); peak RSS is that "
              "process's VmHWM. Single-threaded scenarios are pinned to one core. MB/s counts input bytes.",
              "- Text cleaner: `pipeline.clean.clean_text` on each page's text, read and decoded beforehand. "
              "jusText: each line wrapped in `<p>`, `justext.justext` with a stoplist.",
              "- HTML path: `pipeline.process.process` on HTML documents (trafilatura extraction and metadata, "
              "language, the cleaner, the CleanDocument); trafilatura: `trafilatura.extract(html, "
              "include_comments=False, include_tables=True)` alone, the same pages in the same process, the two "
              "taking turns by chunks of 25 pages and timed in CPU seconds (so load on the shared cores "
              "weighs on both alike); the first 20 pages warm both up before the clock.",
              f"- Whole flow: the `ingest` flow called with Prefect's API server already up "
              "(`prefect_test_harness`, started before the clock; the heartbeat thread off as in the tests) over "
              f"the text corpus into a fresh output folder, batch size {batch_size} ({dask_batch_size} on Dask, see `flows/runners.py`). Timed: the flow call, i.e. "
              "discovery, the site-learning pass, reading, cleaning, MinHash signatures, exact and near duplicate "
              "lookups in SQLite, writing every JSON atomically, the ledger, the inputs log, artifacts; for Dask "
              "also starting and stopping the local cluster. Its peak RSS is the flow process's (the API "
              "server and Dask workers are other processes). The rerun is a second call over the same "
              "unchanged folder.",
              "- Duplicates (`bench/duplicates.py`): a planted pair is found when the original's or the copy's "
              "`duplicate_of` points into their group; a flag is right when it points into the flagged page's "
              "own group. Threshold: the default (0.7).",
              *[f"- {note}" for note in notes], ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
