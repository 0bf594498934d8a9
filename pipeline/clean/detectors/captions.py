"""Image captions recognised by structure rather than words.

* prefixed: an image's alt text (often the page title) glued to its caption:
  "<Title>Pasukan berbaris di ...". The line starts with another line of the page.
* near-duplicate: a caption printed twice a line or two apart (caption, credit toggle, caption).
"""
from __future__ import annotations

from ..evidence import Hint

PREFIX_MIN_WORDS = 3
DUP_WINDOW = 3  # lines apart
DUP_KEY_CHARS = 60  # captions repeated by widgets agree on at least their opening
DUP_MIN_WORDS = 6


def prefixed_captions(page):
    lines = page.lines
    heads: dict[tuple[str, ...], list[str]] = {}
    for ln in lines:
        if PREFIX_MIN_WORDS <= ln.n_words <= 25:
            heads.setdefault(tuple(ln.text.split(" ", PREFIX_MIN_WORDS)[:PREFIX_MIN_WORDS]), []).append(ln.text)
    if not heads:
        return
    first = lines[0].text
    for ln in lines:
        t = ln.text
        if ln.n_words <= PREFIX_MIN_WORDS:
            continue
        for h in heads.get(tuple(t.split(" ", PREFIX_MIN_WORDS)[:PREFIX_MIN_WORDS]), ()):
            if len(t) > len(h) + 10 and t.startswith(h) and (t[len(h)] != " " or h == first):
                yield ln.index, Hint("caption", "strong", False, "caption_prefix")
                break


def near_duplicate_captions(page):
    lines = page.lines
    for a in lines:
        if a.n_words < DUP_MIN_WORDS:
            continue
        key = a.text[:DUP_KEY_CHARS]
        for b in lines[a.index + 1:a.index + 1 + DUP_WINDOW]:
            if b.n_words >= DUP_MIN_WORDS and b.text[:DUP_KEY_CHARS] == key:
                yield a.index, Hint("caption", "strong", False, "caption_repeated")
                yield b.index, Hint("caption", "strong", False, "caption_repeated")
