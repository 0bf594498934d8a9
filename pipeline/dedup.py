"""Near-duplicate detection: MinHash signatures of a document's prose, banded for LSH.

The same story syndicated by many sites comes out of the cleaner with small differences (a
changed sentence, a dropped last paragraph, another headline), so the exact text hash misses it.
Two steps, split the way the flow is:

- `signature(text)` runs where the cleaning runs (a worker): 128 MinHash values of the word
  5-grams of the text's prose lines, then the number of 5-grams. Deterministic: fixed seed and
  a fixed hash, whatever the process.
- `band_keys(sig)` cuts a signature into 32 bands of 4 values and hashes each band to one
  integer; documents sharing any band key are candidates, and a candidate counts only when the
  texts' similarity (below) reaches the threshold. The band layout does not
  depend on the threshold, so an index built in an earlier run serves any threshold from ~0.5
  up: with 32 bands of 4, a pair at similarity 0.5 becomes a candidate 87% of the time, at 0.6
  99%, at 0.7 and above practically always.
- `similarity(a, b)` is the larger of the two texts' estimated Jaccard similarity and, for
  texts of similar length, their containment (the share of the smaller one found in the
  larger): a copy cut short, or one that kept a leftover teaser the other lost, is mostly
  inside the other rather than equal to it.

The index itself lives in SQLite with the rest of bersih's state (`pipeline.state`), so memory
stays flat however many documents earlier runs saw.
"""
from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS, ROWS = 32, 4  # BANDS * ROWS == NUM_PERM
SHINGLE_WORDS = 5
# Syndicated copies measured on the bench corpus (a few words changed, a paragraph dropped,
# other boilerplate) sit at 0.75-1.0; different stories on the same subject stay below 0.3.
DEFAULT_THRESHOLD = 0.7
MIN_THRESHOLD = 0.5  # below this the fixed band layout starts to miss candidates

# What is signed: the sentence-like lines (at least PROSE_LINE_WORDS words, ending like a
# sentence). Two sites' copies of one story leave the cleaner with different leftovers (a menu
# fragment, a photo credit, a share prompt), mostly short or unpunctuated; signing the prose
# alone keeps the copies alike. A text with less prose than MIN_PROSE_WORDS is signed whole.
PROSE_LINE_WORDS = 10
MIN_PROSE_WORDS = 40
_PROSE_END = ('.', '!', '?', '"', '”', '’', ')', '»', '…')
# Containment is estimated from the Jaccard estimate and the two shingle counts, which is only
# reliable when both texts are long enough and neither is more than twice the other; otherwise
# a short text sharing one paragraph with a long one would look contained in it. It counts only
# from CONTAINMENT_MIN up: two different stories that quote the same two paragraphs reach 0.7
# (measured on the bench corpus at 10k pages: precision 0.96 at 0.7, 0.99 at 0.8).
CONTAINMENT_MIN_SHINGLES = 60
CONTAINMENT_MAX_RATIO = 2.0
CONTAINMENT_MIN = 0.8

_WORD = re.compile(r"\w+")
_SEED = 1
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme="affine32").permutations  # computed once per process


def check_threshold(threshold: float | None) -> float | None:
    """None or 0 switches near-duplicate detection off; otherwise it must lie in [0.5, 1]."""
    if not threshold:
        return None
    if not MIN_THRESHOLD <= threshold <= 1:
        raise ValueError(f"near-duplicate threshold {threshold} is out of range: use a Jaccard similarity "
                         f"between {MIN_THRESHOLD} and 1, or 0 to turn near-duplicate detection off")
    return float(threshold)


def shingles(text: str) -> set[bytes]:
    """Word 5-grams of the lower-cased text; a text shorter than that is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8", "surrogatepass")}
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8", "surrogatepass")
            for i in range(len(words) - SHINGLE_WORDS + 1)}


def prose(text: str) -> str:
    """The sentence-like lines of `text`, or the whole text when they are too few to sign."""
    lines, words = [], 0
    for line in text.splitlines():
        n = len(line.split())
        if n >= PROSE_LINE_WORDS and line.rstrip().endswith(_PROSE_END):
            lines.append(line)
            words += n
    return "\n".join(lines) if words >= MIN_PROSE_WORDS else text


def signature(text: str) -> bytes:
    """The MinHash signature of `text`'s prose: NUM_PERM little-endian uint32 values, then the
    number of shingles signed."""
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=zlib.crc32,
                      permutations=_PERMUTATIONS, scheme="affine32")
    grams = shingles(prose(text))
    minhash.update_batch(list(grams))
    return minhash.hashvalues.astype("<u4").tobytes() + min(len(grams), 0xFFFFFFFF).to_bytes(4, "little")


def similarity(a: bytes, b: bytes) -> float:
    """How alike the texts behind two signatures are: the estimated Jaccard similarity of their
    shingle sets, or their containment when that is higher and can be trusted (see above).
    Signatures indexed before shingle counts were stored give the Jaccard estimate alone."""
    width = NUM_PERM * 4
    jaccard = float(np.count_nonzero(np.frombuffer(a[:width], "<u4") == np.frombuffer(b[:width], "<u4"))) / NUM_PERM
    if len(a) <= width or len(b) <= width:
        return jaccard
    n, m = int.from_bytes(a[width:width + 4], "little"), int.from_bytes(b[width:width + 4], "little")
    small, large = min(n, m), max(n, m)
    if small < CONTAINMENT_MIN_SHINGLES or large > CONTAINMENT_MAX_RATIO * small:
        return jaccard
    shared = jaccard * (n + m) / (1 + jaccard)  # |A ∩ B| from J = |A ∩ B| / |A ∪ B|
    containment = min(1.0, shared / small)
    return containment if containment >= max(CONTAINMENT_MIN, jaccard) else jaccard


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per band (band number mixed in), as SQLite stores integers."""
    width = ROWS * 4
    return [int.from_bytes(hashlib.blake2b(sig[band * width:(band + 1) * width], digest_size=8,
                                           person=band.to_bytes(16, "little")).digest(), "little", signed=True)
            for band in range(BANDS)]
