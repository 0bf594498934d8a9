"""One raw document to a CleanDocument or a Rejection: the library's single entry point.

Pure: no files are touched, nothing is raised for bad input. The CLI's `bersih clean` and the
Prefect flow both call `process`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from . import PIPELINE_VERSION
from .clean import CleanResult, LineVerdict, clean_text
from .errors import InputError, NoContent
from .html import PageMetadata, extract_html
from .html.textpass import clean_paragraphs
from .clean.language import guess_language
from .models import CleanDocument, RawDocument, Rejection, Removal
from .read.files import reject


def process(raw: RawDocument, *, site_lines=None) -> CleanDocument | Rejection:
    try:
        return _clean(raw, site_lines)
    except InputError as error:
        return reject(raw.source, error, raw.raw_sha256)
    except RecursionError:
        return reject(raw.source, InputError("the document is nested too deeply to parse", reason="too_deep"),
                      raw.raw_sha256)


@dataclass(frozen=True, slots=True)
class _Judgement:
    """Everything decided about one document's lines, before it becomes a CleanDocument."""

    result: CleanResult
    prepass_removed: tuple[tuple[str, str], ...]  # HTML blocks dropped before extraction
    page: PageMetadata | None
    language: str | None


def _judge(raw: RawDocument, site_lines) -> _Judgement:
    if raw.kind != "html":
        language = guess_language(raw.content)
        return _Judgement(clean_text(raw.content, language=language, site_lines=site_lines), (), None, language)
    extraction = extract_html(raw.content, raw.url)
    page = extraction.metadata
    language = page.language or guess_language(extraction.text)
    # the cleaner's high-precision verdicts only (see pipeline/html/textpass.py)
    result = clean_paragraphs(extraction, language=language, site_lines=site_lines)
    return _Judgement(result, tuple(extraction.removed), page, language)


def explain(raw: RawDocument, *, site_lines=None) -> list[LineVerdict]:
    """Every line as `process` judges it, kept or removed with its reason (`bersih clean --explain`):
    for HTML, first the blocks the pre-pass dropped, then the extracted text's lines."""
    judged = _judge(raw, site_lines)
    return [LineVerdict(text, False, reason) for text, reason in judged.prepass_removed] + list(judged.result.lines)


def _clean(raw: RawDocument, site_lines) -> CleanDocument:
    judged = _judge(raw, site_lines)
    result, page, language = judged.result, judged.page, judged.language
    removed = [Removal(text=t, reason=r) for t, r in (*judged.prepass_removed, *result.removed)]
    body = result.text
    if not body.strip():
        raise NoContent("no body text left after cleaning: every line was noise "
                        f"({len(removed)} lines removed); run `bersih clean --explain` on it to see why")
    meta = result.metadata
    return CleanDocument(
        id=hashlib.sha256(f"{raw.source}\0{body}".encode("utf-8", "surrogatepass")).hexdigest()[:20],
        source=raw.source,
        url=raw.url or (page.url if page else None),
        title=_first(page.title if page else None, meta.title, site=page.publisher if page else None),
        text=body,
        language=language,
        published=_first(page.published if page else None, meta.published),
        author=_first(page.author if page else None, meta.author, site=page.publisher if page else None),
        publisher=_first(page.publisher if page else None, meta.publisher),
        subtitle=meta.subtitle,
        dateline=meta.dateline,
        removed=removed,
        raw_sha256=raw.raw_sha256,
        pipeline_version=PIPELINE_VERSION,
    )


def _first(*values: str | None, site: str | None = None) -> str | None:
    """The page's own metadata wins over what the text says, unless it is empty or only the
    site's name (a CMS default: <title>Site</title>, author "Site")."""
    site_key = " ".join(site.lower().split()) if site else None
    for value in values:
        if value and value.strip():
            if site_key and " ".join(value.lower().split()) == site_key:
                continue
            return value.strip()
    return None
