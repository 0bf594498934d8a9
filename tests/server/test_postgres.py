"""`bersih server` on PostgreSQL (what concurrent scheduled runs want): a flow run goes through it
and its records are in the PostgreSQL database, not in a SQLite file."""
from __future__ import annotations

import subprocess

from .harness import BERSIH, Api, base_env, prefect_server, psql, wait_for


def test_a_flow_run_completes_through_a_server_on_postgresql(postgres, tmp_path):
    database_url, port, bin_dir = postgres
    home = tmp_path / "prefect-home"
    home.mkdir()
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "jalan.txt").write_text(
        "Jalan tol baru dibuka untuk umum\n\n"
        "Jalan tol sepanjang empat puluh kilometer yang menghubungkan dua kota di Jawa Timur dibuka untuk umum "
        "pada hari Kamis, kata pejabat kementerian pekerjaan umum.\n\n"
        "Tarif selama bulan pertama digratiskan agar warga mencoba jalur baru tersebut.\n")

    with prefect_server(home, tmp_path / "server.log", database_url=database_url) as (url, _, server):
        assert "state: postgresql+asyncpg://bersih:***@127.0.0.1" in server.output()
        done = subprocess.run([BERSIH, "run", str(raw), "--out", str(tmp_path / "clean")],
                              env=base_env(tmp_path / "client-home", PREFECT_API_URL=url),
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr

        api = Api(url)
        response = api.http.post("/flow_runs/filter", json={"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}})
        [run] = response.json()
        assert run["parameters"]["raw"] == str(raw)
        assert run["name"].endswith(": 1 new (1 written, 0 duplicates, 0 rejected)")
        wait_for("the run's counts artifact", lambda: "ingest-counts" in api.artifacts(run["id"]))
        # The server keeps its state in PostgreSQL, and no SQLite database was made.
        assert psql(bin_dir, port, f"SELECT name FROM flow_run WHERE id = '{run['id']}'") == run["name"]
        assert not (home / "prefect.db").exists()
    assert (tmp_path / "clean" / "jalan.json").exists()
