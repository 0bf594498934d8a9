"""The ingest flow on a local Dask cluster (2 worker processes) writes exactly what the default
runner writes: cleaning runs anywhere, duplicates are decided in the flow process in input order."""
from __future__ import annotations

from pathlib import Path

from .stories import CHESS, FLOOD, FLOOD_SYNDICATED, text

HTML = ("<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>{title}</h1>{body}</article><footer>Copyright 2026 Example Daily</footer></body></html>")


def _html(title: str, paragraphs: list[str]) -> str:
    return HTML.format(title=title, body="".join(f"<p>{p}</p>" for p in paragraphs))


def _outputs(out: Path) -> dict[str, bytes]:
    """Every document and rejection, byte for byte; run accounts (timestamps, run ids) aside."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json"))
            if not {"_runs", "_state"} & set(p.relative_to(out).parts)}


def test_dask_cluster_writes_the_same_json_as_the_default_runner(prefect_harness, tmp_path):
    from flows.runners import ingest_with_runner

    raw = tmp_path / "raw"
    for site in ("daily", "post", "wire"):
        (raw / site).mkdir(parents=True)
    (raw / "daily" / "flood.txt").write_text(text(FLOOD, "River floods three villages"))
    (raw / "daily" / "chess.html").write_text(_html("Teenager wins junior chess title", CHESS))
    (raw / "post" / "flood.html").write_text(_html("Thousands flee rising river", FLOOD_SYNDICATED))
    (raw / "post" / "chess-copy.txt").write_text(text(CHESS, "Teenager wins junior chess title"))
    (raw / "wire" / "flood-short.txt").write_text(text(FLOOD_SYNDICATED[:3]))
    (raw / "wire" / "empty.txt").write_text("")
    for i in range(12):  # enough files for several batches on both workers
        (raw / "wire" / f"note{i:02}.txt").write_text(text(CHESS[i % 4:i % 4 + 1] + FLOOD[i % 5:i % 5 + 1]))

    default_out, dask_out = tmp_path / "default", tmp_path / "dask"
    default = ingest_with_runner("default")(raw=str(raw), out=str(default_out), batch_size=3)
    dask = ingest_with_runner("dask")(raw=str(raw), out=str(dask_out), batch_size=3)

    counts = ("seen", "written", "unchanged", "duplicates", "rejected")
    assert [default[c] for c in counts] == [dask[c] for c in counts]
    assert default["duplicates"] >= 2 and default["rejected"] == 1
    expected = _outputs(default_out)
    assert len(expected) == 18
    assert _outputs(dask_out) == expected


def test_unknown_runner_and_stray_address_are_refused():
    import pytest

    from flows.runners import make_task_runner

    with pytest.raises(ValueError, match="choose one of default, dask"):
        make_task_runner("ray")
    with pytest.raises(ValueError, match="add --runner dask"):
        make_task_runner("default", "tcp://127.0.0.1:8786")
    assert type(make_task_runner("dask", "tcp://127.0.0.1:8786")).__name__ == "DaskTaskRunner"
