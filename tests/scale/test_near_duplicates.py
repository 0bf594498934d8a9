"""Near-duplicate detection through the library's batch seams, on a real SQLite state folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import dedup
from pipeline.batch import clean_files, commit_results
from pipeline.read import discover
from pipeline.state import StateStore

from .stories import CHESS, FLOOD, FLOOD_SYNDICATED, text


def _run(raw: Path, out: Path, threshold=dedup.DEFAULT_THRESHOLD):
    with StateStore(out) as state:
        return commit_results(out, raw, clean_files(raw, list(discover(raw)), {}), state,
                              near_duplicate_threshold=threshold)


def _doc(out: Path, name: str) -> dict:
    return json.loads((out / name).read_text())


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a-flood.txt").write_text(text(FLOOD, "River floods three villages"))
    (folder / "b-chess.txt").write_text(text(CHESS, "Teenager wins junior chess title"))
    (folder / "c-flood-syndicated.txt").write_text(text(FLOOD_SYNDICATED, "Thousands flee as river bursts its banks"))
    return folder


def test_syndicated_copy_is_written_with_duplicate_of_and_other_story_is_not(raw, tmp_path):
    out = tmp_path / "clean"
    tally = _run(raw, out)

    first, chess, copy = _doc(out, "a-flood.json"), _doc(out, "b-chess.json"), _doc(out, "c-flood-syndicated.json")
    assert copy["duplicate_of"] == first["id"]  # written, pointing at the first, not dropped
    assert "rubber boats" in copy["text"]
    assert first["duplicate_of"] is None and chess["duplicate_of"] is None
    assert (tally.written, tally.duplicates) == (2, 1)
    outcomes = {o.source: (o.outcome, o.duplicate_of) for o in tally.inputs}
    assert outcomes["c-flood-syndicated.txt"] == ("duplicate", first["id"])


def test_threshold_is_honoured(raw, tmp_path):
    a, c = (dedup.signature(_doc_text(raw / name)) for name in ("a-flood.txt", "c-flood-syndicated.txt"))
    similarity = dedup.similarity(a, c)
    assert dedup.DEFAULT_THRESHOLD <= similarity < 1

    strict = tmp_path / "strict"
    _run(raw, strict, threshold=min(1.0, similarity + 0.1))
    assert _doc(strict, "c-flood-syndicated.json")["duplicate_of"] is None

    off = tmp_path / "off"
    _run(raw, off, threshold=0)
    assert _doc(off, "c-flood-syndicated.json")["duplicate_of"] is None

    with pytest.raises(ValueError, match="between 0.5 and 1"):
        _run(raw, tmp_path / "bad", threshold=0.2)


def _doc_text(path: Path) -> str:
    from pipeline.models import CleanDocument
    from pipeline.process import process
    from pipeline.read import read_input

    [raw] = read_input(path.parent, path)
    doc = process(raw)
    assert isinstance(doc, CleanDocument)
    return doc.text


def test_index_persists_across_runs_and_a_changed_file_is_not_its_own_duplicate(tmp_path):
    out = tmp_path / "clean"
    first_raw, second_raw = tmp_path / "monday", tmp_path / "tuesday"
    first_raw.mkdir()
    second_raw.mkdir()
    (first_raw / "flood.txt").write_text(text(FLOOD))
    _run(first_raw, out)
    first_id = _doc(out, "flood.json")["id"]

    # A later run, another folder, same output: the copy is found through the saved index.
    (second_raw / "wire-copy.txt").write_text(text(FLOOD_SYNDICATED))
    tally = _run(second_raw, out)
    assert tally.duplicates == 1 and _doc(out, "wire-copy.json")["duplicate_of"] == first_id

    # The first file edited a little and run again: similar to its old self, still not a duplicate.
    (first_raw / "flood.txt").write_text(text(FLOOD[:-1] + [FLOOD[-1].replace("week", "month")]))
    _run(first_raw, out)
    assert _doc(out, "flood.json")["duplicate_of"] is None


def test_a_changed_file_leaves_the_indexes_so_nothing_points_at_its_old_version(tmp_path):
    out, raw = tmp_path / "clean", tmp_path / "raw"
    raw.mkdir()
    (raw / "a-flood.txt").write_text(text(FLOOD))
    _run(raw, out)
    old_id = _doc(out, "a-flood.json")["id"]

    # The page is rewritten into another story: its old flood text is gone from clean/ ...
    (raw / "a-flood.txt").write_text(text(CHESS))
    _run(raw, out)
    assert _doc(out, "a-flood.json")["id"] != old_id

    # ... so a later exact copy and a later syndicated copy of that flood text are first ones.
    (raw / "b-flood-copy.txt").write_text(text(FLOOD))
    (raw / "c-flood-syndicated.txt").write_text(text(FLOOD_SYNDICATED))
    _run(raw, out)
    copy, syndicated = _doc(out, "b-flood-copy.json"), _doc(out, "c-flood-syndicated.json")
    assert copy["duplicate_of"] is None
    assert syndicated["duplicate_of"] == copy["id"]


def test_exact_copy_points_at_the_first(raw, tmp_path):
    (raw / "d-flood-again.txt").write_text(text(FLOOD, "River floods three villages"))
    out = tmp_path / "clean"
    _run(raw, out)
    assert _doc(out, "d-flood-again.json")["duplicate_of"] == _doc(out, "a-flood.json")["id"]


def test_signature_is_deterministic_and_bands_cover_it():
    sig = dedup.signature(text(CHESS))
    assert sig == dedup.signature(text(CHESS)) and len(sig) == dedup.NUM_PERM * 4 + 4
    assert len(set(dedup.band_keys(sig))) == dedup.BANDS
    assert dedup.similarity(sig, dedup.signature(text(FLOOD))) < 0.1


# Leftovers a cleaner may keep on one site and not on another: short, unpunctuated fragments.
LEFTOVERS = ["Share this story", "Photo: Regional Disaster Agency", "More from Regional News", "Tags flood rain village"]


def test_only_prose_is_signed_so_leftover_fragments_do_not_matter():
    with_leftovers = "\n".join([FLOOD[0], *LEFTOVERS[:2], *FLOOD[1:], *LEFTOVERS[2:]])
    assert dedup.prose(with_leftovers) == "\n".join(FLOOD)
    assert dedup.signature(with_leftovers) == dedup.signature("\n".join(FLOOD))
    # Too little prose to sign on its own: the whole text is signed.
    assert dedup.prose("Short note\nAnother line") == "Short note\nAnother line"


def test_a_copy_cut_short_is_contained_in_the_original():
    full = dedup.signature(text(FLOOD))
    cut = dedup.signature(text(FLOOD[:3]))  # the syndicated copy dropped the last two paragraphs
    width = dedup.NUM_PERM * 4
    jaccard_only = dedup.similarity(full[:width], cut[:width])  # signatures without shingle counts
    assert jaccard_only < dedup.DEFAULT_THRESHOLD
    assert dedup.similarity(full, cut) >= dedup.CONTAINMENT_MIN > jaccard_only


def test_containment_is_not_trusted_for_a_short_text_or_very_different_lengths():
    one_paragraph = dedup.signature(FLOOD[0] + " " + FLOOD[1])
    whole = dedup.signature(text(FLOOD + CHESS))  # the flood story and another one, more than twice as long
    assert dedup.similarity(one_paragraph, whole) < dedup.DEFAULT_THRESHOLD
    # Two different stories sharing two paragraphs are not duplicates.
    mixed = dedup.signature(text(FLOOD[:2] + CHESS[:2]))
    assert dedup.similarity(mixed, dedup.signature(text(FLOOD[:3]))) < dedup.DEFAULT_THRESHOLD
