"""The Prefect server bersih's runs are watched in: how it is started and how clients find it.

The server is Prefect's own (`prefect server start`); this module only decides its settings:
bound to loopback unless asked otherwise, state under the project (SQLite in `.prefect/`) unless
a database URL is given, the V1 UI (the V2 UI requests an analytics host on every load), and
nothing sent off the machine (see `flows.settings`).
"""
from __future__ import annotations

import ipaddress
import os
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit, urlunsplit

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4200
DATABASE_URL_VARIABLE = "PREFECT_API_DATABASE_CONNECTION_URL"

# On top of flows.settings.OFFLINE_DEFAULTS, for the server process only.
SERVER_DEFAULTS = {
    "PREFECT_SERVER_UI_V2_ENABLED": "false",  # the V1 UI makes no request off the machine
}


def server_command(host: str, port: int) -> list[str]:
    return [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port)]


def server_environment(host: str, port: int, database_url: str | None = None,
                       base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment the server runs with; the user's own variables win over the defaults."""
    env = dict(os.environ if base is None else base)
    for name, value in SERVER_DEFAULTS.items():
        env.setdefault(name, value)
    # `prefect server start --port` alone leaves the UI calling the API on the default port 4200.
    env["PREFECT_SERVER_API_HOST"], env["PREFECT_SERVER_API_PORT"] = host, str(port)
    if database_url:
        env[DATABASE_URL_VARIABLE] = database_url
    # The server is the API: a PREFECT_API_URL pointing elsewhere would send its UI there.
    env.pop("PREFECT_API_URL", None)
    os.makedirs(env["PREFECT_HOME"], exist_ok=True)
    return env


def ui_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    if ":" in shown:  # an IPv6 address goes in brackets in a URL
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def describe_database(env: dict[str, str]) -> str:
    """Where the server keeps its state, with any password hidden."""
    url = env.get(DATABASE_URL_VARIABLE) or env.get("PREFECT_SERVER_DATABASE_CONNECTION_URL")
    if not url:
        return f"SQLite in {env['PREFECT_HOME']}/prefect.db"
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


def is_healthy(api_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def wait_healthy(api_url: str, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if is_healthy(api_url):
            return True
        time.sleep(0.5)
    return False
