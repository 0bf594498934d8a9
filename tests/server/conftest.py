"""Fixtures of the server tests: a real Prefect server per module, Chromium, PostgreSQL.

Chromium and PostgreSQL come from Debian; CI installs them in `.ci/run`, and these fixtures
install them when missing and running as root. Tests skip (saying why) only when they cannot.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from .harness import Api, ensure_installed, postgres_bin, postgres_cluster, prefect_server

CHROMIUM = "/usr/bin/chromium"
# Offline and container-safe: no sandbox (root), no GPU, no calls home.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`bersih server` (SQLite) for the module: (Api, port, process)."""
    home = tmp_path_factory.mktemp("prefect-home")
    with prefect_server(home, home / "server.log") as (url, port, process):
        yield Api(url), port, process


@pytest.fixture(scope="module")
def postgres():
    why = ensure_installed(["postgresql"], lambda: postgres_bin() is not None)
    if why:
        pytest.skip(f"PostgreSQL: {why}")
    with postgres_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (no `playwright install`: nothing is downloaded)."""
    why = ensure_installed(["chromium"], lambda: Path(CHROMIUM).exists())
    if why:
        pytest.skip(f"Chromium: {why}")
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="bersih-chromium-")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_FLAGS,  # the profile is the fresh user data dir
            headless=True, viewport={"width": 1400, "height": 1000})
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)
