"""Lines the rules files know: 'Baca juga: ...', 'ADVERTISEMENT', 'Leave a Reply', ..."""
from __future__ import annotations

from ..evidence import Hint


def lexicon(page):
    for i, hit in enumerate(page.rule_hits()):
        if hit is not None:
            yield i, Hint(hit.reason, hit.rule.strength, hit.rule.wall, hit.source)
