"""Image captions recognised by structure rather than words.

* prefixed: an image's alt text (often the page title) glued to its caption:
  "<Title>Pasukan berbaris di ...". The line starts with another line of the page.
* near-duplicate: a caption printed twice with a small difference (caption, credit toggle,
  caption with a final period): lines that open with the same words but are not identical.
"""
from __future__ import annotations

from ..evidence import Hint

PREFIX_MIN_WORDS = 3
DUP_KEY_CHARS = 60  # captions repeated by widgets agree on at least their opening
DUP_MIN_WORDS = 6


def prefixed_captions(page):
    lines = page.lines
    p = PREFIX_MIN_WORDS
    keys = [ln.opening(p) if ln.n_words >= p else None for ln in lines]
    heads: dict[tuple[str, ...], list[str]] = {}
    for ln, key in zip(lines, keys):
        if key is not None and ln.n_words <= 25:
            heads.setdefault(key, []).append(ln.text)
    if not heads:
        return
    first = lines[0].text
    for ln, key in zip(lines, keys):
        if ln.n_words <= p:
            continue
        t = ln.text
        for h in heads.get(key, ()):
            if len(t) > len(h) + 10 and t.startswith(h) and (t[len(h)] != " " or h == first):
                yield ln.index, Hint("caption", "strong", False, "caption_prefix")
                break


def near_duplicate_captions(page):
    # Page-wide, not within a few lines: what lies between two copies (a toggle, a credit, a
    # line removed for its own reason) must not matter, or cleaning the cleaned text again
    # would find copies that have come closer. Identical copies are repeated_lines' business.
    by_key: dict[str, list] = {}
    for ln in page.lines:
        if ln.n_words >= DUP_MIN_WORDS:
            by_key.setdefault(ln.text[:DUP_KEY_CHARS], []).append(ln)
    for group in by_key.values():
        if len(group) > 1 and len({ln.text for ln in group}) > 1:
            for ln in group:
                yield ln.index, Hint("caption", "strong", False, "caption_repeated")
