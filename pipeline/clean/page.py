"""What detectors see: the page's lines plus its context (language, rules, site memory)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..rules import CompiledRule, RuleSet
from .lines import Line


@dataclass(slots=True)
class Page:
    lines: list[Line]
    language: str | None
    rules: RuleSet
    site_lines: Any = None  # SiteLines from pipeline.site_memory, or anything with is_boilerplate(str)
    stopwords: frozenset = frozenset()
    _rule_hits: list[CompiledRule | None] | None = field(default=None, repr=False)

    def rule_hits(self) -> list[CompiledRule | None]:
        """The lexicon rule matching each line (computed once; several detectors ask)."""
        if self._rule_hits is None:
            self._rule_hits = self.rules.match_lines(self.lines)
        return self._rule_hits
