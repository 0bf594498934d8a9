"""The text cleaner's result types: one verdict per input line, plus what the text says of itself.

The rest of bersih depends only on these types and on ``clean_text`` (see ``__init__``):
detectors may change freely behind them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Roles a kept line can play. Every removed line carries a noise reason code instead.
BODY = "body"
TITLE = "title"
SUBTITLE = "subtitle"


@dataclass(frozen=True, slots=True)
class LineVerdict:
    """One input line (whitespace-normalised) and what the cleaner decided about it."""

    text: str
    keep: bool
    reason: str  # BODY when kept; TITLE/SUBTITLE when taken as metadata; else a noise code ("related", "spam", ...)


@dataclass(frozen=True, slots=True)
class TextMetadata:
    """Metadata found in the text itself. None when the text does not say."""

    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    published: str | None = None  # ISO 8601 date, "YYYY-MM-DD"


@dataclass(frozen=True, slots=True)
class CleanResult:
    lines: tuple[LineVerdict, ...]
    metadata: TextMetadata = field(default_factory=TextMetadata)

    @property
    def paragraphs(self) -> list[str]:
        """The body, in reading order: kept lines only."""
        return [v.text for v in self.lines if v.keep]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def removed(self) -> list[tuple[str, str]]:
        """(line, reason) for every line not kept in the body, title and subtitle included."""
        return [(v.text, v.reason) for v in self.lines if not v.keep]
