from __future__ import annotations

import pytest

from .runs import build_corpus, prefect_server, snapshot, start_run


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    """One real Prefect server (127.0.0.1, own home) for every `bersih run` process of a module."""
    home = tmp_path_factory.mktemp("prefect-server") / "home"
    home.mkdir()
    with prefect_server(home) as url:
        yield url


@pytest.fixture(scope="module")
def big_raw(tmp_path_factory):
    raw = tmp_path_factory.mktemp("big") / "raw"
    build_corpus(raw)
    return raw


@pytest.fixture(scope="module")
def reference(big_raw, server_url, tmp_path_factory):
    """clean/ of one uninterrupted run over big_raw, and that run's summary."""
    base = tmp_path_factory.mktemp("reference")
    out = base / "clean"
    run = start_run(big_raw, out, server_url, base / "client-home")
    output, _ = run.communicate()
    assert run.returncode == 0, output.decode(errors="replace")[-3000:]
    from .runs import run_summaries

    [summary] = run_summaries(out)
    return snapshot(out), summary
