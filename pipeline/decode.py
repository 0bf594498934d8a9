"""Bytes to text: UTF-8 when it is, byte-order marks honoured, otherwise detected; binary refused."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from .errors import BinaryInput, EmptyInput

# File signatures of formats people drop into raw/ by mistake; checked before any decoding.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"%PDF": "a PDF document",
    b"\x7fELF": "an ELF executable",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
    b"MZ": "a Windows executable",
}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Text has few control characters; past this share of the first 8 KB it is binary.
# (Calibrated loosely: real scraped text has ~0; a NUL or two in a text file stays under it.)
MAX_CONTROL_SHARE = 0.10
# How much worse (in charset-normalizer's "chaos") cp1252 may look and still be preferred.
CP1252_CHAOS_MARGIN = 0.1
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 12, 13}))


def sniff_binary(head: bytes) -> str | None:
    """A description of the binary format `head` starts with, or None if it may be text."""
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            return what
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    sample = head[:8192]
    # bytes.translate deletes the control bytes in C: a Python loop over 8 KB cost ~0.2 ms a file
    if sample and (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample) > MAX_CONTROL_SHARE:
        return "binary data"
    return None


def decode_bytes(data: bytes, *, what: str = "input") -> str:
    """Decode to str, or raise EmptyInput/BinaryInput. Never raises UnicodeDecodeError."""
    if not data.strip():
        raise EmptyInput(f"{what} is empty or only whitespace; nothing to clean")
    kind = sniff_binary(data[:8192])
    if kind:
        raise BinaryInput(f"{what} looks like {kind}, not text or HTML; bersih reads .txt, .html, .jsonl and WARC")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strip_nul(data.decode(codec, errors="replace"))
    try:
        return _strip_nul(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _strip_nul(data.decode(_guess_encoding(data), errors="replace"))


def _guess_encoding(data: bytes) -> str:
    """charset-normalizer's guess, except that among near-equal single-byte guesses cp1252 wins:
    on short Western text the detector cannot tell code pages apart, and cp1252 is what the web
    declares by default (WHATWG) and what most legacy files really are."""
    matches = list(from_bytes(data[:65536]))
    if not matches:
        return "cp1252"
    best = min(matches, key=lambda m: m.chaos)
    close = {m.encoding for m in matches if m.chaos <= best.chaos + CP1252_CHAOS_MARGIN}
    return "cp1252" if "cp1252" in close else best.encoding


def _strip_nul(text: str) -> str:
    # A stray NUL is scraper damage, not content; it would also break JSON consumers downstream.
    return text.replace("\x00", "") if "\x00" in text else text
