"""Which site a document comes from: what site memory and the run report group by."""
from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit


def site_of(source: str, url: str | None) -> str:
    """The URL's host without "www."; without a URL, the raw sub-folder the file sits in
    (scrapers usually drop one site per folder), or "" for files at the top of raw/."""
    if url:
        host = (urlsplit(url).hostname or "").lower()
        if host:
            return host.removeprefix("www.")
    parent = PurePosixPath(source.partition("#")[0]).parent
    return "" if str(parent) == "." else str(parent)
