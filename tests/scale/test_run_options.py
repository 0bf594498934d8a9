"""`bersih run`'s scale options refuse bad values with a message saying what to do."""
from __future__ import annotations

from typer.testing import CliRunner

from bersih.cli import app


def _run(tmp_path, *options):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    return CliRunner().invoke(app, ["run", str(raw), "--out", str(tmp_path / "clean"), *options])


def test_unknown_runner_is_refused(tmp_path):
    result = _run(tmp_path, "--runner", "ray")
    assert result.exit_code == 2 and "choose one of default, dask" in result.output


def test_address_without_dask_is_refused(tmp_path):
    result = _run(tmp_path, "--address", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2 and "add --runner dask" in result.output


def test_threshold_out_of_range_is_refused(tmp_path):
    result = _run(tmp_path, "--near-duplicate-threshold", "0.2")
    assert result.exit_code == 2 and "between 0.5 and 1" in result.output
    assert not (tmp_path / "clean").exists()
