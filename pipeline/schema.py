"""The published JSON Schema of CleanDocument (kept in schema/clean_document.schema.json)."""
from __future__ import annotations

import json

from .models import CleanDocument


def clean_document_schema() -> str:
    return json.dumps(CleanDocument.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
