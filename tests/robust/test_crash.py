"""`kill -9` at several moments of a real `bersih run`, then a rerun: clean/ ends exactly as after
one uninterrupted run, with no partial JSON and no temporary file left behind."""
from __future__ import annotations

import json
import signal
import time

from .runs import assert_outputs_equal, count_outputs, run_summaries, start_run

# Kill when this share of the reference run's outputs exists (None: as soon as the process starts,
# before Prefect is up). Progress, not time, picks the moment.
KILL_AT = (None, 0.05, 0.25, 0.45, 0.65, 0.85)
POLL = 0.01


def _kill_when(run, out, threshold: int | None) -> bool:
    """SIGKILL the run once `threshold` outputs exist; False if it finished first."""
    while run.poll() is None:
        if threshold is None or count_outputs(out) >= threshold:
            run.send_signal(signal.SIGKILL)
            run.wait()  # reaped: its pid is gone, so its temporary files count as stale
            return True
        time.sleep(POLL)
    output = run.stdout.read().decode(errors="replace")
    assert run.returncode == 0, f"a run that was not killed failed:\n{output[-3000:]}"
    return False


def test_kill_9_at_several_points_then_rerun_equals_uninterrupted_run(big_raw, server_url, reference, tmp_path):
    expected, reference_summary = reference
    out = tmp_path / "clean"
    kills = []
    for share in KILL_AT:
        threshold = None if share is None else int(len(expected) * share)
        before = count_outputs(out) if out.exists() else 0
        run = start_run(big_raw, out, server_url, tmp_path / "client-home")
        if _kill_when(run, out, threshold):
            kills.append((share, before, count_outputs(out)))
        # Whatever moment the kill came, every JSON on disk is whole.
        for path in out.rglob("*.json"):
            if "_state" not in path.parts:
                json.loads(path.read_bytes())
    assert len(kills) >= 5, f"only {len(kills)} runs were killed before finishing: {kills}"
    assert kills[-1][2] < len(expected), "the last kill came after the run had written everything"

    final = start_run(big_raw, out, server_url, tmp_path / "client-home")
    output, _ = final.communicate()
    assert final.returncode == 0, output.decode(errors="replace")[-3000:]

    assert_outputs_equal(out, expected, "the uninterrupted run")

    summaries = run_summaries(out)  # only runs that finished leave a summary
    assert len(summaries) == 1
    last = summaries[-1]
    assert last["seen"] == last["accounted"] == reference_summary["seen"]
    # The last killed run's temporary inputs log (at least) was found and removed by the final run.
    assert last["stale_temp_files_removed"] >= 1
