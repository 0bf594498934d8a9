"""Metadata the text states about itself (placeholder, filled in below)."""
from __future__ import annotations

from .clean.types import TextMetadata


def extract_metadata(verdicts, language=None) -> TextMetadata:
    return TextMetadata()
