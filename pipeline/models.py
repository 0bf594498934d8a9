"""bersih's data contract: what comes in, what goes out, what is rejected, what a run did.

Other tools and the project's benchmarks read CleanDocument exactly; change it only with a
new SCHEMA_VERSION and a regenerated schema/clean_document.schema.json (`bersih schema`).
"""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"

DocumentKind = Literal["text", "html"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RawDocument(_Frozen):
    """One input document as read from raw/, before cleaning."""

    id: str = Field(description="Stable id: hash of source and content.")
    source: str = Field(description="Path relative to the raw folder; '#n' marks record n of a multi-record file.")
    kind: DocumentKind
    content: str
    url: str | None = None
    fetched_at: datetime | None = None
    raw_sha256: str


class Removal(_Frozen):
    text: str
    reason: str = Field(description="Reason code: related, advertisement, spam, navigation, title, ...")


class CleanDocument(_Frozen):
    """One clean document: the output contract of bersih."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    id: str = Field(description="Stable id derived from the clean content.")
    source: str = Field(description="Input path relative to the raw folder, '#n' for record n of a multi-record file.")
    url: str | None = None
    title: str | None = None
    text: str = Field(description="Body paragraphs in reading order, separated by one blank line.")
    language: str | None = Field(default=None, description="ISO 639-1 code, or null when unknown.")
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}", description="ISO 8601 date.")
    author: str | None = None
    publisher: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    removed: list[Removal] = Field(default_factory=list)
    duplicate_of: str | None = Field(default=None, description="id of the first document with the same or nearly the same text.")
    raw_sha256: str
    pipeline_version: str


class Rejection(_Frozen):
    """An input that could not become a CleanDocument, with a reason a person understands."""

    source: str
    reason: str = Field(description="Reason code: empty, binary, too_large, unreadable, bad_record, ...")
    message: str
    raw_sha256: str | None = None
    pipeline_version: str


Outcome = Literal["written", "unchanged", "duplicate", "rejected"]


class InputOutcome(_Frozen):
    """What became of one input (a file, or record n of a multi-record file): one line of the
    run's `_runs/<run id>.inputs.jsonl`."""

    source: str
    outcome: Outcome
    reason: str | None = Field(default=None, description="Reason code of a rejection.")
    message: str | None = None
    output: str | None = Field(default=None, description="The JSON written for it, relative to the output folder.")
    duplicate_of: str | None = None
    documents: int = Field(default=1, ge=0, description="Documents this line stands for: an unchanged "
                           "file counts as many as it gave when it was last processed.")


class RunSummary(_Frozen):
    """What one run did. Every input found is exactly one of the four outcomes."""

    run_id: str
    raw: str
    out: str
    started_at: datetime
    finished_at: datetime
    seen: int
    written: int
    unchanged: int
    duplicates: int
    rejected: int
    removed_by_reason: dict[str, int] = Field(default_factory=dict)
    rejected_by_reason: dict[str, int] = Field(default_factory=dict)
    sites: dict[str, int] = Field(default_factory=dict, description="Documents per site, busiest first.")
    files: int | None = Field(default=None, description="Files found under raw/ (each gives one or more documents).")
    inputs_log: str | None = Field(default=None, description="The per-input outcomes (JSONL), relative to the output folder.")
    accounted: int | None = Field(default=None, description="Documents the inputs log accounts for; equals seen.")
    stale_temp_files_removed: int = Field(default=0, description="Temporary files of an earlier, killed run cleaned up.")

    @model_validator(mode="after")
    def _counts_add_up(self) -> "RunSummary":
        if self.seen != self.written + self.unchanged + self.duplicates + self.rejected:
            raise ValueError(
                f"run counts do not add up: seen={self.seen} but written={self.written} + unchanged="
                f"{self.unchanged} + duplicates={self.duplicates} + rejected={self.rejected}"
            )
        if self.accounted is not None and self.accounted != self.seen:
            raise ValueError(f"the inputs log accounts for {self.accounted} documents but the run saw {self.seen}")
        return self
