from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline.models import CleanDocument, RunSummary
from pipeline.schema import clean_document_schema

REPO = Path(__file__).resolve().parents[1]


def test_committed_schema_is_current():
    committed = (REPO / "schema" / "clean_document.schema.json").read_text()
    assert committed == clean_document_schema(), (
        "schema/clean_document.schema.json is stale: run `bersih schema > schema/clean_document.schema.json`")


def test_cli_prints_the_schema():
    out = subprocess.run([sys.executable, "-m", "bersih", "schema"], capture_output=True, text=True,
                         check=True, cwd=REPO).stdout
    assert json.loads(out)["title"] == "CleanDocument"


def test_clean_document_refuses_unknown_fields_and_bad_dates():
    base = dict(id="x", source="a.txt", text="t", raw_sha256="0" * 64, pipeline_version="0")
    CleanDocument(**base, published="2024-11-20")
    with pytest.raises(ValidationError):
        CleanDocument(**base, published="20 Nov 2024")
    with pytest.raises(ValidationError):
        CleanDocument(**base, colour="red")


def test_run_summary_counts_must_add_up():
    common = dict(run_id="r", raw="raw", out="clean", started_at="2026-01-01T00:00:00Z",
                  finished_at="2026-01-01T00:00:01Z")
    RunSummary(**common, seen=3, written=1, unchanged=1, duplicates=0, rejected=1)
    with pytest.raises(ValidationError, match="do not add up"):
        RunSummary(**common, seen=4, written=1, unchanged=1, duplicates=0, rejected=1)
