"""Real processes for the server tests: a Prefect server (`bersih server`), a served deployment
(`bersih serve`), a PostgreSQL cluster, and a small reader of the Prefect REST API."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent
BERSIH = str(BIN / "bersih")
PREFECT = str(BIN / "prefect")
# Long enough for a busy 2-core machine; only ever a limit, never what a test asserts.
PATIENCE = 180


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def base_env(home: Path, **extra: str) -> dict[str, str]:
    """A process environment with its own Prefect home, quiet and offline, and fast loops."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        # The scheduler creates runs every 60 s by default; a test cannot wait that long.
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "1",
        # A served deployment looks for due runs every 10 s by default.
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
        "PYTHONUNBUFFERED": "1",
    })
    env.update(extra)
    return env


def wait_for(what: str, check, timeout: float = PATIENCE, every: float = 0.5):
    """Poll `check` until it returns something truthy; fail saying what never happened.
    A server too busy to answer one poll (timeout, 503 from a locked SQLite) is polled again."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = check()
        except (httpx.TransportError, httpx.HTTPStatusError) as error:
            value, last_error = None, error
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}" + (f" (last error: {last_error!r})" if last_error else ""))
        time.sleep(every)


class Process:
    """A child process in its own session, with its output in a log file, stopped by its id."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path, cwd: Path | None = None):
        self.args, self.log_path = args, log
        self._log = open(log, "ab")
        self.popen = subprocess.Popen(args, env=env, cwd=cwd, stdout=self._log, stderr=subprocess.STDOUT,
                                      start_new_session=True)

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def terminate(self, timeout: float = 60) -> int:
        """SIGTERM the process group, as a service manager would; kill it if it will not stop."""
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(10)
        self._log.close()
        return self.popen.returncode


class Api:
    """The few Prefect REST calls the tests make, straight over HTTP."""

    def __init__(self, url: str):
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=60)

    def healthy(self) -> bool:
        try:
            return self.http.get("/health").status_code == 200
        except httpx.HTTPError:
            return False

    def deployment(self, flow: str, name: str) -> dict | None:
        response = self.http.get(f"/deployments/name/{flow}/{name}")
        return response.json() if response.status_code == 200 else None

    def flow_runs(self, deployment_id: str, states: list[str] | None = None) -> list[dict]:
        """Runs of a deployment, oldest start first (runs not started yet last)."""
        body: dict = {"flow_runs": {"deployment_id": {"any_": [deployment_id]}}, "limit": 200,
                      "sort": "START_TIME_ASC"}
        if states:
            body["flow_runs"]["state"] = {"type": {"any_": states}}
        response = self.http.post("/flow_runs/filter", json=body)
        response.raise_for_status()
        return response.json()

    def flow_run(self, run_id: str) -> dict:
        response = self.http.get(f"/flow_runs/{run_id}")
        response.raise_for_status()
        return response.json()

    def artifacts(self, run_id: str) -> dict[str, dict]:
        """The run's artifacts by key; a table's `data` parsed into rows."""
        response = self.http.post("/artifacts/filter", json={"artifacts": {"flow_run_id": {"any_": [run_id]}}})
        response.raise_for_status()
        found = {}
        for artifact in response.json():
            if artifact["type"] == "table" and isinstance(artifact["data"], str):
                artifact["rows"] = json.loads(artifact["data"])
            found[artifact["key"]] = artifact
        return found

    def logs(self, run_id: str) -> list[dict]:
        response = self.http.post("/logs/filter", json={"logs": {"flow_run_id": {"any_": [run_id]}},
                                                        "sort": "TIMESTAMP_ASC", "limit": 200})
        response.raise_for_status()
        return response.json()


@contextmanager
def prefect_server(home: Path, log: Path, *, database_url: str | None = None):
    """`bersih server` on a free loopback port; yields (API URL, port, process)."""
    port = free_port()
    args = [BERSIH, "server", "--port", str(port)]
    if database_url:
        args += ["--database-url", database_url]
    server = Process(args, base_env(home), log, cwd=home)
    url = f"http://127.0.0.1:{port}/api"
    api = Api(url)
    try:
        wait_for(f"the Prefect server at {url} (log: {log})",
                 lambda: api.healthy() or server.popen.poll() is not None, timeout=120)
        assert server.popen.poll() is None, f"the server stopped:\n{server.output()[-3000:]}"
        yield url, port, server
    finally:
        server.terminate()


# ---- PostgreSQL: its own cluster in a temporary folder, owned by the postgres user when root

def postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return found[-1].parent if found else None


def ensure_installed(packages: list[str], present) -> str | None:
    """Install Debian packages when missing and we are root; None when ready, else why not."""
    if present():
        return None
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return f"not installed, and only root can install it: apt-get install -y {' '.join(packages)}"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            return f"{' '.join(command)} failed: {done.stderr[-500:]}"
    return None if present() else f"{' '.join(packages)} installed but not found"


@contextmanager
def postgres_cluster(password: str = "bersih-test"):
    """A PostgreSQL server on 127.0.0.1 and a free port; yields its asyncpg URL for Prefect."""
    bin_dir = postgres_bin()
    root = Path(tempfile.mkdtemp(prefix="bersih-pg-"))
    data, port = root / "data", free_port()
    as_owner: list[str] = []
    if os.geteuid() == 0:  # postgres refuses to run as root: its files belong to the postgres user
        shutil.chown(root, "postgres", "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]

    def run(*args: str) -> None:
        done = subprocess.run([*as_owner, *args], capture_output=True, text=True, cwd=root)
        assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"

    pwfile = root / "pw"
    pwfile.write_text(password + "\n")
    if as_owner:
        shutil.chown(pwfile, "postgres", "postgres")
    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "bersih", "--pwfile", str(pwfile),
        "--auth", "scram-sha-256", "-E", "UTF8")
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "postgres.log"), "-w", "-o",
        f"-p {port} -c listen_addresses=127.0.0.1 -k {root}", "start")
    try:
        env = dict(os.environ, PGPASSWORD=password)
        subprocess.run([str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "bersih", "prefect"],
                       env=env, check=True, capture_output=True)
        yield f"postgresql+asyncpg://bersih:{password}@127.0.0.1:{port}/prefect", port, bin_dir
    finally:
        subprocess.run([*as_owner, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True, cwd=root)
        shutil.rmtree(root, ignore_errors=True)


def psql(bin_dir: Path, port: int, sql: str, password: str = "bersih-test") -> str:
    done = subprocess.run([str(bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(port), "-U", "bersih", "-d", "prefect",
                           "-At", "-c", sql], env=dict(os.environ, PGPASSWORD=password),
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()
