"""Near-duplicate detection: MinHash signatures of a document's words, banded for LSH.

The same story syndicated by many sites comes out of the cleaner with small differences (a
changed sentence, a dropped last paragraph, another headline), so the exact text hash misses it.
Two steps, split the way the flow is:

- `signature(text)` runs where the cleaning runs (a worker): 128 MinHash values of the text's
  word 5-grams. Deterministic: fixed seed and a fixed hash, whatever the process.
- `band_keys(sig)` cuts a signature into 32 bands of 4 values and hashes each band to one
  integer; documents sharing any band key are candidates, and a candidate counts only when the
  signatures' estimated Jaccard similarity reaches the threshold. The band layout does not
  depend on the threshold, so an index built in an earlier run serves any threshold from ~0.5
  up: with 32 bands of 4, a pair at similarity 0.5 becomes a candidate 87% of the time, at 0.6
  99%, at 0.7 and above practically always.

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


def signature(text: str) -> bytes:
    """The MinHash signature of `text`, as NUM_PERM little-endian uint32 values."""
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=zlib.crc32,
                      permutations=_PERMUTATIONS, scheme="affine32")
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype("<u4").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4"))) / NUM_PERM


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per band (band number mixed in), as SQLite stores integers."""
    width = ROWS * 4
    return [int.from_bytes(hashlib.blake2b(sig[band * width:(band + 1) * width], digest_size=8,
                                           person=band.to_bytes(16, "little")).digest(), "little", signed=True)
            for band in range(BANDS)]
