"""Why an input could not be cleaned. Each error carries a reason code and a message for people.

Raised inside the library only; `pipeline.process` turns every one of them into a Rejection,
so a bad input never stops a run.
"""
from __future__ import annotations


class InputError(Exception):
    """Bad input: the document is rejected with `reason` and the run goes on."""

    reason = "bad_input"

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        if reason is not None:
            self.reason = reason

    @property
    def message(self) -> str:
        return str(self.args[0])


class EmptyInput(InputError):
    reason = "empty"


class BinaryInput(InputError):
    reason = "binary"


class TooLarge(InputError):
    reason = "too_large"


class Unreadable(InputError):
    reason = "unreadable"


class BadRecord(InputError):
    reason = "bad_record"


class ExtractionFailed(InputError):
    reason = "extraction_failed"


class NoContent(InputError):
    reason = "no_content"
