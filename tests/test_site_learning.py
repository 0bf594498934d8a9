"""Site memory through the real flow: a line a site repeats on its pages is removed as
`site_boilerplate` even though no lexicon knows it, and what one run learned serves the next."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.site_memory import MIN_PAGES

# A house line no rule knows, that reads like prose: only repetition across pages gives it away.
HOUSE_LINE = "Semua harga dalam laporan ini dicatat tim data kami setiap hari Senin."


def _page(i: int) -> str:
    return (f"Petani cabai di lereng gunung panen lebih awal tahun ke-{i}\n\n"
            f"GARUT - Ratusan petani cabai memanen lebih awal karena musim kemarau datang lebih cepat "
            f"daripada perkiraan, kata kepala dinas pertanian setempat pada pekan ke-{i}.\n\n{HOUSE_LINE}\n\n"
            f"Harga cabai di tingkat petani turun {i} persen dibandingkan bulan lalu, menurut data koperasi.\n")


def _write_pages(raw: Path, numbers) -> None:
    (raw / "warta").mkdir(parents=True, exist_ok=True)
    for i in numbers:
        (raw / "warta" / f"{i}.txt").write_text(_page(i))


def _reasons(doc_path: Path) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in json.loads(doc_path.read_text())["removed"]}


def test_a_line_repeated_across_a_sites_pages_is_removed(prefect_harness, tmp_path):
    from flows.ingest import ingest

    raw, out = tmp_path / "raw", tmp_path / "clean"
    _write_pages(raw, range(MIN_PAGES + 1))
    ingest(raw=str(raw), out=str(out))
    for i in range(MIN_PAGES + 1):
        doc = out / "warta" / f"{i}.json"
        assert _reasons(doc).get(HOUSE_LINE) == "site_boilerplate"
        assert HOUSE_LINE not in json.loads(doc.read_text())["text"]


def test_what_a_run_learned_serves_the_next_run(prefect_harness, tmp_path):
    from flows.ingest import ingest

    raw, out = tmp_path / "raw", tmp_path / "clean"
    _write_pages(raw, range(MIN_PAGES - 1))  # too few pages to call the line boilerplate
    ingest(raw=str(raw), out=str(out))
    assert HOUSE_LINE in json.loads((out / "warta" / "0.json").read_text())["text"]
    _write_pages(raw, [100, 101])  # the next run sees two more pages of the site
    summary = ingest(raw=str(raw), out=str(out))
    assert summary["unchanged"] == MIN_PAGES - 1
    assert _reasons(out / "warta" / "100.json").get(HOUSE_LINE) == "site_boilerplate"
