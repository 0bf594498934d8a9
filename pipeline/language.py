"""Which language a text is in, from the text alone."""
from __future__ import annotations

import py3langid

# py3langid often calls Indonesian Malay (the two share most of their vocabulary); bersih's
# users write Indonesian far more often, and the texts they feed us are Indonesian news.
_MISTAKEN_FOR = {"ms": "id"}
# Below this many letters an identifier guesses; better to say nothing.
MIN_LETTERS = 20


def detect_language(text: str) -> str | None:
    sample = text[:4000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, _score = py3langid.classify(sample)
    return _MISTAKEN_FOR.get(code, code)
