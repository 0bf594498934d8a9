"""Real `bersih run` processes against one real Prefect server, for the crash and concurrency tests.

One server for all subprocess runs: a run then costs ~3 s of start-up instead of the ~7-15 s an
ephemeral server takes in each process.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from .corpus import article

REPO = Path(__file__).resolve().parents[2]
SERVER_START_LIMIT = 120  # seconds; a health check, not a timed assertion


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def base_env(prefect_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(prefect_home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PYTHONPATH=str(REPO), COLUMNS="200")
    return env


@contextmanager
def prefect_server(home: Path):
    """`prefect server start` on 127.0.0.1 with its own home; yields the API URL."""
    port = _free_port()
    log = open(home.parent / "prefect-server.log", "wb")
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=base_env(home), cwd=REPO, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + SERVER_START_LIMIT
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"prefect server did not start; see {log.name}")
            time.sleep(0.3)
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def start_run(raw: Path, out: Path, api_url: str, client_home: Path, *, batch_size: int = 20) -> subprocess.Popen:
    env = base_env(client_home) | {"PREFECT_API_URL": api_url}
    return subprocess.Popen([sys.executable, "-m", "bersih", "run", str(raw), "--out", str(out),
                             "--batch-size", str(batch_size)], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def build_corpus(raw: Path, pages: int = 1500) -> None:
    """Pages over several site folders, with exact duplicates across folders, empty files
    (rejections) and JSONL files of records (one malformed line each)."""
    for i in range(pages):
        folder = raw / f"site{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        name = folder / f"page{i:05d}.txt"
        if i % 97 == 0:
            name.write_text("   \n")  # rejected: empty
        else:
            unique = i % (pages - pages // 6)  # the last sixth repeat earlier pages' text
            name.write_text(article(f"page{unique}", seed=unique))
    feeds = raw / "feeds"
    feeds.mkdir()
    for f in range(20):
        lines = [json.dumps({"url": f"https://news.example/{f}/{r}", "text": article(f"rec{(f * 10 + r) % 150}")})
                 for r in range(10)]
        lines.insert(4, "{not json")
        (feeds / f"feed{f:02d}.jsonl").write_text("\n".join(lines) + "\n")


def snapshot(out: Path) -> dict[str, bytes]:
    """Every output file's bytes, except the run records and state that differ by design."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.relative_to(out).parts[0] not in ("_runs", "_state")}


def temp_files(out: Path) -> list[str]:
    return [p.relative_to(out).as_posix() for p in out.rglob(".bersih-*")]


def assert_outputs_equal(out: Path, expected: dict[str, bytes], what: str) -> None:
    """No temporary file left, and the same outputs, byte for byte, as `expected`."""
    assert temp_files(out) == []
    actual = snapshot(out)
    assert sorted(actual) == sorted(expected)
    differing = [name for name in expected if actual[name] != expected[name]]
    assert not differing, f"{len(differing)} outputs differ from {what}, e.g. {differing[:5]}"


def run_summaries(out: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted((out / "_runs").glob("*.json"))]


def count_outputs(out: Path) -> int:
    """Files written so far (a cheap progress gauge while a run goes on)."""
    total = 0
    for _, dirs, files in os.walk(out):
        dirs[:] = [d for d in dirs if d not in ("_runs", "_state")]
        total += len(files)
    return total


def reference_summary_out(summary: dict) -> Path:
    return Path(summary["out"])
