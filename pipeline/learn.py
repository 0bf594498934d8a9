"""The learning pass of a run: what each new page says about its site's repeated lines.

Runs over a batch before any page of the run is cleaned, so that what a site repeats is known
when its pages are cleaned, whatever order the batches run in. Pure: returns observations; the
flow merges them into the SiteMemory in one place.
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree, html as lxml_html

from .errors import InputError
from .models import RawDocument
from .read.files import DEFAULT_MAX_BYTES, load_bytes, parse_bytes, relative_source, sha256
from .site_memory import Observation, SiteMemory
from .sites import site_of

# Elements whose text a reader sees as one line; a site's repeated blocks are made of these.
# (Links and spans sit inside these; a menu is a list of <li>, a footer a few <p>.)
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "figcaption",
               "blockquote", "button", "label")
_SKIP_TAGS = ("script", "style", "noscript", "template", "svg")


def observe_files(raw_root: Path, paths: list[Path], known: dict[str, tuple[str, int]], *,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> list[tuple[str, str, Observation]]:
    """(site, page key, observation) for every document of the files that are new or changed.
    Files that cannot be read are skipped here: the cleaning pass rejects them with a reason."""
    found = []
    for path in paths:
        source = relative_source(raw_root, path)
        entry = known.get(source)
        try:
            data = load_bytes(path, source, max_bytes)
        except InputError:
            continue
        if entry is not None and entry.sha256 == sha256(data):
            continue  # observed when it was new
        for raw in parse_bytes(source, data):
            if isinstance(raw, RawDocument):
                site = site_of(raw.source, raw.url)
                found.append((site, raw.source, SiteMemory.observe(site, page_lines(raw))))
    return found


def page_lines(raw: RawDocument) -> str:
    """The page's text, one block a line: scraped text as it is, HTML block by block."""
    if raw.kind != "html":
        return raw.content
    try:
        root = lxml_html.fromstring(raw.content)
    except (etree.ParserError, ValueError, RecursionError):
        return ""  # unparseable: nothing to learn; the cleaning pass says why
    etree.strip_elements(root, *_SKIP_TAGS, with_tail=False)
    lines = (" ".join(element.text_content().split()) for element in root.iter(_BLOCK_TAGS))
    return "\n".join(line for line in lines if line)
