"""Scoring duplicate detection against the copies the corpus generator planted.

A planted pair (original, copy) is found when either one's `duplicate_of` points into its group
(the original and all its copies): whichever comes first in input order is the one kept.
A flag (`duplicate_of` set) is right when it points into the flagged document's own group.
"""
from __future__ import annotations

import json
from pathlib import Path


def score(out: Path, planted_file: Path) -> dict:
    """Score the documents a flow wrote under `out`."""
    docs = []
    for path in out.rglob("*.json"):
        if {"_runs", "_state", "_rejected"} & set(path.relative_to(out).parts):
            continue
        doc = json.loads(path.read_text())
        if "duplicate_of" in doc:
            docs.append({k: doc[k] for k in ("id", "source", "duplicate_of")})
    return score_documents(docs, planted_file)


def detect_on_bodies(bodies_file: Path, state_dir: Path, threshold: float) -> list[dict]:
    """Duplicate detection alone, on each page's true body (what a perfect cleaner would keep),
    through the same code the flow commits with: signatures, then the SQLite indexes, in order."""
    from pipeline import PIPELINE_VERSION, dedup
    from pipeline.batch import FileResult, _mark_duplicates
    from pipeline.models import CleanDocument
    from pipeline.state import StateStore

    docs, batch = [], []
    with StateStore(state_dir) as state, open(bodies_file, encoding="utf-8") as lines:
        def flush():
            for [doc] in _mark_duplicates(batch, state, threshold):
                docs.append({"id": doc.id, "source": doc.source, "duplicate_of": doc.duplicate_of})
            batch.clear()

        for i, line in enumerate(lines):
            body = json.loads(line)
            doc = CleanDocument(id=f"doc{i}", source=body["source"], text=body["text"], raw_sha256="-",
                                pipeline_version=PIPELINE_VERSION)
            batch.append(FileResult(body["source"], "-", [doc], signatures=[dedup.signature(body["text"])]))
            if len(batch) == 250:
                flush()
        flush()
    return docs


def score_documents(docs: list[dict], planted_file: Path) -> dict:
    planted = json.loads(planted_file.read_text())
    group = {}  # source -> the original's source
    for pair in planted:
        group[pair["original"]] = pair["original"]
        group[pair["copy"]] = pair["original"]
    by_source = {doc["source"]: doc for doc in docs}
    source_of = {doc["id"]: doc["source"] for doc in docs}

    def group_of(source):
        return group.get(source, source)

    flags = [(s, source_of.get(d["duplicate_of"])) for s, d in by_source.items() if d["duplicate_of"]]
    right = sum(1 for s, target in flags if target and group_of(target) == group_of(s))
    found = {"exact": 0, "near": 0}
    total = {"exact": 0, "near": 0}
    for pair in planted:
        total[pair["kind"]] += 1
        original, copy = by_source.get(pair["original"]), by_source.get(pair["copy"])
        if not original or not copy:
            continue
        if any(d["duplicate_of"] and group_of(source_of.get(d["duplicate_of"], "")) == pair["original"]
               for d in (original, copy)):
            found[pair["kind"]] += 1
    pairs = total["exact"] + total["near"]
    return {
        "planted": pairs, "planted_exact": total["exact"], "planted_near": total["near"],
        "recall": (found["exact"] + found["near"]) / pairs if pairs else 1.0,
        "recall_exact": found["exact"] / total["exact"] if total["exact"] else 1.0,
        "recall_near": found["near"] / total["near"] if total["near"] else 1.0,
        "flagged": len(flags), "precision": right / len(flags) if flags else 1.0,
    }
