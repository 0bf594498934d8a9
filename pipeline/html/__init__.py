"""HTML to text paragraphs and page metadata.

Three steps: a rule-driven pre-pass drops noise containers (noise_rules.toml), trafilatura
extracts the article, and the text cleaner then works on its paragraphs (see ``clean``),
keeping only its high-precision verdicts.
"""
from __future__ import annotations

from .extract import HtmlExtraction, extract_html, html_to_text, parse_html
from .metadata import PageMetadata

__all__ = ["HtmlExtraction", "PageMetadata", "extract_html", "html_to_text", "parse_html"]
