"""The ingest flow as a scheduled deployment, served by this process (Prefect's `flow.serve`).

Served runs need a real Prefect server: its scheduler creates the runs, and its UI is where
people look at them. The schedule stays active when the process stops, so a restarted
`bersih serve` (or a machine reboot) picks it up where it left off.
"""
from __future__ import annotations

import os
from pathlib import Path

from .server import DEFAULT_HOST, DEFAULT_PORT, is_healthy

DEFAULT_API_URL = f"http://{DEFAULT_HOST}:{DEFAULT_PORT}/api"  # where `bersih server` listens


class NoServerError(RuntimeError):
    """No Prefect server answers where the scheduled runs would be registered."""


def server_api_url() -> str:
    """The API the deployment goes to: PREFECT_API_URL (env or profile), else `bersih server`'s
    default address. Raises NoServerError, saying what to do, when nothing answers there."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value() or DEFAULT_API_URL
    if not is_healthy(url):
        raise NoServerError(
            f"no Prefect server answers at {url}; start one with `bersih server` (or `make ui`) "
            f"in another terminal, or point PREFECT_API_URL at yours")
    # Served flow runs are subprocesses: they must talk to the same server.
    os.environ["PREFECT_API_URL"] = url
    return url


def serve_ingest(raw: Path, out: Path, *, name: str, cron: str | None = None,
                 interval: float | None = None, limit: int = 1) -> None:
    """Register `ingest/<name>` with its schedule and run its scheduled runs until stopped."""
    if (cron is None) == (interval is None):
        raise ValueError("give exactly one schedule: a cron expression or an interval in seconds")
    from prefect.deployments.runner import EntrypointType

    from .ingest import ingest

    ingest.serve(
        name=name,
        cron=cron,
        interval=interval,
        # Absolute paths: a run started from the UI or `prefect deployment run` may run elsewhere.
        parameters={"raw": str(Path(raw).resolve()), "out": str(Path(out).resolve())},
        description=f"Clean new and changed files of {Path(raw).resolve()} into {Path(out).resolve()}",
        tags=["bersih"],
        # Starting `bersih serve` means "run this schedule", and stopping it must not pause it
        # (Prefect pauses a served schedule on shutdown by default).
        paused=False,
        pause_on_shutdown=False,
        # One run at a time: overlapping runs over the same folder would only wait on each other.
        limit=limit,
        # The module path works from any working directory; a file path would not.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
