"""Scheduled ingestion on a real Prefect server, checked through its API and its UI.

One server and one served deployment (`bersih serve --interval`) for the module; the tests run
in order and follow the deployment's life: first run, a run with nothing new, two new files,
a stop and restart, a failing one-off run, and the run's page in a browser.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .harness import BERSIH, PREFECT, Process, base_env, free_port, wait_for

DEPLOYMENT = "scheduled-test"
INTERVAL = 10  # seconds between scheduled runs: longer than a run takes on a busy machine, so no backlog

# Distinct stories (near duplicates would be reported as duplicates), each with a teaser line.
STORIES = {
    "beras": ("Harga beras naik di pasar Jakarta",
              "Harga beras di pasar tradisional Jakarta naik sepuluh persen dalam sepekan terakhir, kata pedagang "
              "kepada wartawan pada hari Senin sambil menunjukkan catatan penjualan.",
              "Pemerintah berjanji menggelar operasi pasar untuk menekan harga dalam dua pekan ke depan."),
    "banjir": ("Banjir rendam ratusan rumah di Bekasi",
               "Hujan deras sejak Sabtu malam membuat sungai meluap dan merendam ratusan rumah warga di tiga "
               "kecamatan, menurut badan penanggulangan bencana daerah.",
               "Petugas mendirikan dapur umum dan mengevakuasi warga lanjut usia ke masjid terdekat."),
    "kereta": ("Jadwal kereta bandara ditambah mulai bulan depan",
               "Operator kereta bandara akan menambah dua belas perjalanan setiap hari untuk melayani lonjakan "
               "penumpang selama musim liburan akhir tahun.",
               "Tiket dapat dibeli melalui aplikasi resmi dan loket di stasiun keberangkatan."),
    "sekolah": ("Sekolah di Bandung uji coba kurikulum baru",
                "Dua puluh sekolah dasar di Bandung mulai menguji kurikulum yang menekankan membaca dan berhitung "
                "sejak kelas satu, kata kepala dinas pendidikan kota.",
                "Hasil uji coba akan dievaluasi pada akhir semester sebelum diterapkan lebih luas."),
    "kopi": ("Petani kopi Gayo panen lebih awal",
             "Cuaca kering membuat buah kopi di dataran tinggi Gayo matang tiga minggu lebih cepat dari biasanya, "
             "sehingga petani mempercepat panen dan pengeringan.",
             "Koperasi setempat memperkirakan ekspor tahun ini naik dibanding tahun lalu."),
    "gempa": ("Gempa kecil guncang Sukabumi tanpa kerusakan",
              "Gempa bermagnitudo empat koma dua mengguncang Sukabumi pada Selasa dini hari dan dirasakan warga "
              "hingga beberapa kabupaten tetangga, menurut badan meteorologi.",
              "Tidak ada laporan kerusakan bangunan maupun korban jiwa hingga pagi hari."),
}
FIRST, ADDED = ["beras", "banjir", "kereta", "sekolah"], ["kopi", "gempa"]


def article(topic: str) -> str:
    title, lead, rest = STORIES[topic]
    return f"{title}\n\n{lead}\n\nBaca juga: Kabar terbaru tentang {title.lower()} hari ini\n\n{rest}\n"


def when(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


class Served:
    """The deployment under test: its folders and its `bersih serve` process."""

    def __init__(self, base: Path, api_url: str):
        self.base, self.api_url = base, api_url
        self.raw, self.out = base / "raw", base / "clean"
        self.process: Process | None = None
        self.first_run: dict | None = None

    def start(self) -> None:
        env = base_env(self.base / "client-home", PREFECT_API_URL=self.api_url)
        self.process = Process([BERSIH, "serve", str(self.raw), "--out", str(self.out), "--interval", str(INTERVAL),
                                "--name", DEPLOYMENT], env, self.base / "serve.log", cwd=self.base)

    def stop(self) -> int:
        return self.process.terminate()

    def logs(self) -> str:
        return self.process.output()[-4000:]


@pytest.fixture(scope="module")
def served(server, tmp_path_factory):
    api, _, _ = server
    base = tmp_path_factory.mktemp("scheduled")
    deployment = Served(base, api.url)
    deployment.raw.mkdir()
    for topic in FIRST:
        (deployment.raw / f"{topic}.txt").write_text(article(topic))
    (deployment.raw / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    deployment.start()
    yield deployment
    deployment.stop()


def deployment_id(api, served) -> str:
    found = wait_for("the deployment to be registered", lambda: api.deployment("ingest", DEPLOYMENT))
    return found["id"]


def completed_runs(api, served) -> list[dict]:
    runs = api.flow_runs(deployment_id(api, served), states=["COMPLETED", "FAILED", "CRASHED"])
    failed = [r for r in runs if r["state_type"] != "COMPLETED" and r["parameters"].get("raw") == str(served.raw)]
    assert not failed, f"scheduled runs failed: {[(r['name'], r['state']['message']) for r in failed]}\n{served.logs()}"
    return [r for r in runs if r["state_type"] == "COMPLETED"]


_COUNTS: dict[str, dict] = {}


def counts(api, run: dict) -> dict | None:
    """The run's counts table (one row), or None while the server does not show it yet (once seen
    as a table of one null row, once, in the full suite); cached once read, as a completed run's
    artifacts do not change."""
    if run["id"] not in _COUNTS:
        [row] = api.artifacts(run["id"])["ingest-counts"]["rows"]
        if row is None:
            return None
        _COUNTS[run["id"]] = row
    return _COUNTS[run["id"]]


def outputs(out: Path) -> dict[str, int]:
    """Clean documents and rejections by path, with their modification times."""
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*.json")
            if p.relative_to(out).parts[0] not in ("_runs", "_state")}


def test_a_scheduled_run_cleans_the_folder_and_reports_through_the_api(server, served):
    api, _, _ = server
    first = wait_for("a completed scheduled run", lambda: completed_runs(api, served))[0]
    served.first_run = first

    assert first["state_type"] == "COMPLETED"
    assert first["auto_scheduled"] is True
    assert first["parameters"] == {"raw": str(served.raw), "out": str(served.out)}
    assert first["name"].startswith(f"raw {first['expected_start_time'][:10]}")
    assert first["name"].endswith(": 5 new (4 written, 0 duplicates, 1 rejected)")

    artifacts = api.artifacts(first["id"])
    assert {"ingest-summary", "ingest-counts", "ingest-removals", "ingest-rejections", "ingest-sites"} <= set(artifacts)
    row = counts(api, first)
    assert {k: row[k] for k in ("seen", "written", "unchanged", "duplicates", "rejected")} == {
        "seen": 5, "written": 4, "unchanged": 0, "duplicates": 0, "rejected": 1}
    assert artifacts["ingest-rejections"]["rows"] == [
        {"input": "photo.txt", "reason": "binary", "message": artifacts["ingest-rejections"]["rows"][0]["message"]}]
    summary = artifacts["ingest-summary"]["data"]
    assert "| 5 | 4 | 0 | 0 | 1 |" in summary and "photo.txt" in summary

    # The artifacts tell what the files say.
    documents = {topic: json.loads((served.out / f"{topic}.json").read_text()) for topic in FIRST}
    assert all(STORIES[t][1] in d["text"] and "Baca juga" not in d["text"] for t, d in documents.items())
    removed: dict[str, int] = {}
    for document in documents.values():
        for removal in document["removed"]:
            removed[removal["reason"]] = removed.get(removal["reason"], 0) + 1
    assert removed  # the teasers at least
    assert {r["reason"]: r["lines"] for r in artifacts["ingest-removals"]["rows"]} == removed
    assert sum(r["documents"] for r in artifacts["ingest-sites"]["rows"]) == 4
    assert json.loads((served.out / "_rejected" / "photo.json").read_text())["reason"] == "binary"

    # Logs reach the server in batches, shortly after the run's state.
    wait_for("the run's log line about the rejected input", lambda: any(
        e["message"].startswith("rejected photo.txt (binary)") for e in api.logs(first["id"])))


def test_a_run_with_nothing_new_writes_nothing_and_says_so(server, served):
    api, _, _ = server
    before = outputs(served.out)
    later = wait_for("a scheduled run after the first one",
                     lambda: [r for r in completed_runs(api, served)
                              if when(r["start_time"]) > when(served.first_run["start_time"])])[0]

    assert later["name"].endswith(": nothing new")
    row = counts(api, later)
    assert (row["seen"], row["unchanged"], row["written"], row["rejected"]) == (5, 5, 0, 0)
    assert api.artifacts(later["id"])["ingest-summary"]["data"].startswith(
        "**Nothing new since the last run: no file written.**")
    wait_for("the run's log line saying nothing was new", lambda: any(
        e["message"] == "nothing new since the last run: no file written" for e in api.logs(later["id"])))
    assert outputs(served.out) == before  # not one file rewritten


def test_two_new_files_are_processed_by_one_run_and_nothing_else_is(server, served):
    api, _, _ = server
    before = outputs(served.out)
    for topic in ADDED:
        (served.raw / f"{topic}.txt").write_text(article(topic))

    def run_with_new_files():
        return [r for r in completed_runs(api, served)
                if r["id"] != served.first_run["id"] and (counts(api, r) or {}).get("written")]

    [picked] = wait_for("a scheduled run that picks up the two new files", run_with_new_files)
    row = counts(api, picked)
    assert (row["seen"], row["written"], row["unchanged"], row["rejected"]) == (7, 2, 5, 0)
    assert picked["name"].endswith(": 2 new (2 written, 0 duplicates, 0 rejected)")
    after = outputs(served.out)
    assert set(after) - set(before) == {f"{topic}.json" for topic in ADDED}
    assert {k: after[k] for k in before} == before


def test_the_schedule_survives_a_stop_and_a_restart(server, served):
    api, _, _ = server
    wait_for("a completed scheduled run before the stop", lambda: completed_runs(api, served))
    assert served.stop() is not None
    deployment = api.deployment("ingest", DEPLOYMENT)
    assert deployment["paused"] is False
    assert deployment["schedules"] and all(s["active"] for s in deployment["schedules"])

    restarted = datetime.now(timezone.utc)
    served.start()
    wait_for("a scheduled run completed after the restart",
             lambda: [r for r in completed_runs(api, served) if when(r["end_time"]) > restarted])
    assert api.deployment("ingest", DEPLOYMENT)["paused"] is False


def test_a_one_off_run_of_a_missing_folder_fails_with_the_error(server, served):
    api, _, _ = server
    missing = served.base / "no-such-folder"
    env = base_env(served.base / "client-home", PREFECT_API_URL=api.url)
    triggered = subprocess.run([PREFECT, "deployment", "run", f"ingest/{DEPLOYMENT}", "-p", f"raw={missing}"],
                               env=env, capture_output=True, text=True, timeout=120)
    assert triggered.returncode == 0, triggered.stdout + triggered.stderr

    def failed_run():
        runs = api.flow_runs(deployment_id(api, served), states=["FAILED", "COMPLETED", "CRASHED"])
        return [r for r in runs if r["parameters"].get("raw") == str(missing)]

    [run] = wait_for("the one-off run to finish", failed_run)
    assert run["state_type"] == "FAILED"
    assert f"raw folder {missing} does not exist" in run["state"]["message"]
    assert run["auto_scheduled"] is False


def test_the_server_listens_on_loopback_only(server):
    _, port, _ = server
    listening = subprocess.run(["ss", "-Hltn", f"sport = :{port}"], capture_output=True, text=True, check=True)
    local = {line.split()[3] for line in listening.stdout.splitlines() if line.strip()}
    assert local == {f"127.0.0.1:{port}"}, listening.stdout


def test_serve_without_a_server_says_how_to_start_one(tmp_path):
    (tmp_path / "raw").mkdir()
    env = base_env(tmp_path / "home", PREFECT_API_URL=f"http://127.0.0.1:{free_port()}/api")
    done = subprocess.run([BERSIH, "serve", str(tmp_path / "raw"), "--interval", "60"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "no Prefect server answers" in done.stderr and "bersih server" in done.stderr


def test_the_run_page_in_the_ui_shows_the_flow_and_its_summary(server, served, browser, tmp_path):
    api, port, _ = server
    run = served.first_run or wait_for("a completed scheduled run", lambda: completed_runs(api, served))[0]
    page = browser.new_page()
    outside = []
    # blob: and data: URLs are the page's own; any network request must stay on the server.
    page.on("request", lambda request: outside.append(request.url)
            if urlsplit(request.url).scheme in ("http", "https", "ws", "wss")
            and urlsplit(request.url).netloc != f"127.0.0.1:{port}" else None)
    page.goto(f"http://127.0.0.1:{port}/runs/flow-run/{run['id']}", wait_until="networkidle")

    page.get_by_text(run["name"]).first.wait_for()
    page.get_by_role("link", name="ingest").first.wait_for()  # the flow's name, linking to the flow
    page.get_by_text("Artifacts", exact=True).first.click()
    page.get_by_text("ingest-summary", exact=True).wait_for()
    page.wait_for_load_state("networkidle")
    shot = tmp_path / "ui-run.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert outside == []  # the UI asked nothing of any other host
    if os.environ.get("BERSIH_SCREENSHOT"):  # README's picture: BERSIH_SCREENSHOT=docs/ui-run.png
        shutil.copy(shot, os.environ["BERSIH_SCREENSHOT"])
    page.close()
