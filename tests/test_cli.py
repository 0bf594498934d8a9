from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGE = ("Warga Bandung gotong royong bersihkan sungai\n\n"
        "BANDUNG - Ratusan warga membersihkan Sungai Cikapundung pada Minggu pagi, mengangkut dua truk sampah "
        "plastik yang menyumbat aliran air di bawah jembatan.\n\n"
        "Kegiatan itu akan diulang setiap bulan, kata ketua RW setempat kepada wartawan.\n")


def bersih(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bersih", *args], capture_output=True, text=True, cwd=cwd)


def test_clean_prints_a_valid_document(tmp_path):
    page = tmp_path / "sungai.txt"
    page.write_text(PAGE)
    done = bersih("clean", str(page))
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["source"] == "sungai.txt" and "Cikapundung" in doc["text"] and doc["language"] == "id"


def test_clean_explain_marks_every_line(tmp_path):
    page = tmp_path / "sungai.txt"
    page.write_text(PAGE)
    done = bersih("clean", str(page), "--explain")
    assert done.returncode == 0, done.stderr
    marked = [line for line in done.stderr.splitlines() if line.startswith(("KEEP", "DROP"))]
    assert len(marked) == 3


def test_clean_of_a_bad_file_says_why_and_fails(tmp_path):
    page = tmp_path / "empty.txt"
    page.write_text("   \n")
    done = bersih("clean", str(page))
    assert done.returncode == 1 and "empty" in done.stderr


def test_run_on_a_missing_folder_is_a_clear_error(tmp_path):
    done = bersih("run", str(tmp_path / "missing"), "--out", str(tmp_path / "clean"))
    assert done.returncode == 2 and "does not exist" in done.stderr


def test_eval_scores_labelled_pages(tmp_path):
    raw, gold = tmp_path / "raw", tmp_path / "gold"
    raw.mkdir(), gold.mkdir()
    (raw / "p1.txt").write_text(PAGE)
    body = [line for line in PAGE.split("\n\n")[1:] if line.strip()]
    (gold / "p1.txt").write_text("\n\n".join(body))
    done = bersih("eval", "--raw", str(raw), "--gold", str(gold), "--summary")
    assert done.returncode == 0, done.stderr
    assert "shingle  P 1.000  R 1.000  F1 1.000" in done.stdout


def test_eval_without_gold_files_is_a_clear_error(tmp_path):
    (tmp_path / "raw").mkdir(), (tmp_path / "gold").mkdir()
    done = bersih("eval", "--raw", str(tmp_path / "raw"), "--gold", str(tmp_path / "gold"))
    assert done.returncode == 2 and "no gold files" in done.stderr


USER_RULES = '''language = "id"

[[advertisement]]
pattern = '^pasang iklan di sini\\b'
example = "Pasang iklan di sini, hubungi redaksi"
why = "A house ad this site prints under every story."
'''


def test_user_rules_file_adds_a_reason(tmp_path):
    rules = tmp_path / "situs.toml"
    rules.write_text(USER_RULES)
    page = tmp_path / "sungai.txt"
    ad = "Pasang iklan di sini, hubungi redaksi kami sekarang juga untuk harga khusus"
    page.write_text(PAGE.replace("\n\nKegiatan", f"\n\n{ad}\n\nKegiatan"))  # between two paragraphs
    plain = json.loads(bersih("clean", str(page)).stdout)
    assert any("Pasang iklan" in p for p in plain["text"].split("\n\n"))
    done = bersih("clean", str(page), "--rules", str(rules))
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert {"text": "Pasang iklan di sini, hubungi redaksi kami sekarang juga untuk harga khusus",
            "reason": "advertisement"} in doc["removed"]


def test_a_bad_rules_file_stops_with_the_entry_named(tmp_path):
    rules = tmp_path / "rusak.toml"
    rules.write_text(USER_RULES.replace("^pasang", "^(pasang"))
    page = tmp_path / "sungai.txt"
    page.write_text(PAGE)
    done = bersih("clean", str(page), "--rules", str(rules))
    assert done.returncode == 2 and "rusak.toml" in done.stderr


HTML_PAGE = ("<html><head><title>Pasar ikan baru dibuka</title></head><body>"
             "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/news'>Berita</a></li></ul></nav>"
             "<article><h1>Pasar ikan baru dibuka</h1>"
             "<p>Pasar ikan higienis di pesisir utara dibuka pada Senin dan langsung dipadati pembeli dari "
             "kota-kota sekitar yang mencari ikan segar dengan harga terjangkau.</p>"
             "<p>Baca juga: Harga Cabai Rawit Tembus Rp100 Ribu per Kilogram</p>"
             "<p>Pengelola pasar mengatakan ada dua ratus lapak yang disewakan kepada nelayan setempat dengan "
             "biaya yang disubsidi pemerintah daerah selama tahun pertama.</p></article>"
             "<aside class='related-posts'><h3>Berita Terkait</h3><ul><li><a href='/a'>Banjir rob surut</a></li>"
             "</ul></aside></body></html>")


def _explained(path: Path) -> tuple[list[str], list[tuple[str, str]]]:
    done = bersih("clean", str(path), "--explain")
    assert done.returncode == 0, done.stderr
    kept, dropped = [], []
    for line in done.stderr.splitlines():
        if line.startswith("KEEP "):
            kept.append(line[5:])
        elif line.startswith("DROP "):
            reason, text = line[5:].split(" ", 1)
            dropped.append((text.strip(), reason))
    return kept, dropped


def test_explain_shows_exactly_what_clean_decided(tmp_path):
    for name, content in (("sungai.txt", PAGE), ("pasar.html", HTML_PAGE)):
        page = tmp_path / name
        page.write_text(content)
        doc = json.loads(bersih("clean", str(page)).stdout)
        kept, dropped = _explained(page)
        assert kept == doc["text"].split("\n\n"), name
        assert dropped == [(r["text"], r["reason"]) for r in doc["removed"]], name
    assert ("Baca juga: Harga Cabai Rawit Tembus Rp100 Ribu per Kilogram", "related") in dropped


def test_run_cleans_a_folder_with_a_progress_bar_and_fails_loudly(tmp_path):
    """A real one-off run in Prefect's ephemeral mode (no server), as a user starts it."""
    import os

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "sungai.txt").write_text(PAGE)
    (raw / "kosong.txt").write_text(" \n")
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / ".prefect")}
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run([sys.executable, "-m", "bersih", "run", str(raw), "--out", str(tmp_path / "clean")],
                          capture_output=True, text=True, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr  # a rejected input is not a failed run
    assert "cleaning raw" in done.stderr and "2/2" in done.stderr
    assert "rejected" in done.stderr and (tmp_path / "clean" / "sungai.json").is_file()
    not_a_folder = tmp_path / "out-is-a-file"
    not_a_folder.write_text("")
    failed = subprocess.run([sys.executable, "-m", "bersih", "run", str(raw), "--out", str(not_a_folder)],
                            capture_output=True, text=True, cwd=tmp_path, env=env)
    assert failed.returncode == 1 and "run failed" in failed.stderr
