"""A run's account: the RunSummary saved under `<out>/_runs/` and its markdown for people."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .batch import Tally
from .models import RunSummary
from .write import write_atomic

RUNS_DIR = "_runs"
TOP_SITES = 10


def summarize(tally: Tally, *, run_id: str, raw: Path, out: Path, started_at: datetime,
              finished_at: datetime) -> RunSummary:
    return RunSummary(
        run_id=run_id, raw=str(raw), out=str(out), started_at=started_at, finished_at=finished_at,
        seen=tally.seen, written=tally.written, unchanged=tally.unchanged, duplicates=tally.duplicates,
        rejected=tally.rejected,
        removed_by_reason=dict(tally.removed_by_reason.most_common()),
        rejected_by_reason=dict(tally.rejected_by_reason.most_common()),
        sites=dict(tally.sites.most_common(TOP_SITES)),
    )


def save_summary(out: Path, summary: RunSummary) -> Path:
    path = Path(out) / RUNS_DIR / f"{summary.run_id}.json"
    write_atomic(path, (summary.model_dump_json(indent=1) + "\n").encode())
    return path


def summary_markdown(summary: RunSummary, rejections: list[tuple[str, str, str]], *, max_rows: int = 50) -> str:
    lines = [
        f"# bersih run `{summary.run_id}`",
        f"`{summary.raw}` → `{summary.out}`",
        "",
        "| seen | written | unchanged | duplicates | rejected |",
        "|---:|---:|---:|---:|---:|",
        f"| {summary.seen} | {summary.written} | {summary.unchanged} | {summary.duplicates} | {summary.rejected} |",
        "",
        "## Removed lines by reason",
        "",
    ]
    lines += _table(("reason", "lines"), summary.removed_by_reason.items()) or ["(none)"]
    lines += ["", "## Rejected inputs", ""]
    rows = [(f"`{s}`", r, m.replace("|", "\\|")) for s, r, m in rejections[:max_rows]]
    lines += _table(("input", "reason", "message"), rows) or ["(none)"]
    if len(rejections) > max_rows:
        lines.append(f"… and {len(rejections) - max_rows} more (see `{RUNS_DIR}/{summary.run_id}.json` and `_rejected/`)")
    lines += ["", "## Busiest sites", ""]
    lines += _table(("site", "documents"), summary.sites.items()) or ["(none)"]
    return "\n".join(lines) + "\n"


def _table(header, rows) -> list[str]:
    rows = list(rows)
    if not rows:
        return []
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + [
        "| " + " | ".join(str(c) for c in row) + " |" for row in rows]
