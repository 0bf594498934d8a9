"""Prefect settings bersih runs with, applied before prefect is imported.

State stays under the project (./.prefect), nothing leaves the machine, and the server's UI
shows no promotions. A user's own environment variables win over these defaults.
"""
from __future__ import annotations

import os
from pathlib import Path

OFFLINE_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_UI_SHOW_PROMOTIONAL_CONTENT": "false",
    "PREFECT_LOGGING_EXTRA_LOGGERS": "pipeline",
    "DASK_LOGGING__DISTRIBUTED": "warning",
    # The temporary server of a one-off `bersih run` needs ~7-15 s to start, and three times
    # that on a busy machine; Prefect's default of 20 s failed runs there.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def apply_defaults(project_dir: Path | None = None) -> None:
    home = (Path(project_dir) if project_dir else Path.cwd()).resolve() / ".prefect"
    # An absolute path: Prefect resolves a relative home against wherever it is run from.
    os.environ.setdefault("PREFECT_HOME", str(home))
    for name, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(name, value)
