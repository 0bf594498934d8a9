"""Evidence a detector proposes about one line. Detectors never decide; ``decide`` does."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Strength = Literal["strong", "weak"]


@dataclass(frozen=True, slots=True)
class Hint:
    reason: str  # noise reason code, e.g. "related"
    strength: Strength = "strong"  # weak: only drop the line when it does not read as prose
    wall: bool = False  # the article ends here: the content region never spans this line
    source: str = ""  # which detector/rule proposed it (for debugging and `removed` audits)
