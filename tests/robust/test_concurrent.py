"""Two `bersih run` processes at once over the same raw folder and the same output folder:
clean/ ends exactly as after one run, no file is torn, and each run's account adds up.

Both runs talk to one real Prefect server (see runs.py). Two processes in ephemeral mode
must not share a PREFECT_HOME: each would start its own server on the same SQLite file."""
from __future__ import annotations

from pipeline.report import read_inputs_log

from .runs import assert_outputs_equal, reference_summary_out, run_summaries, start_run


def test_two_runs_at_once_give_the_same_output_as_one(big_raw, server_url, reference, tmp_path):
    expected, reference_summary = reference
    reference_out = reference_summary_out(reference_summary)
    out = tmp_path / "clean"
    runs = [start_run(big_raw, out, server_url, tmp_path / f"client-home-{i}") for i in range(2)]
    for run in runs:
        output, _ = run.communicate()
        assert run.returncode == 0, output.decode(errors="replace")[-3000:]

    assert_outputs_equal(out, expected, "a single run")

    summaries = run_summaries(out)
    assert len(summaries) == 2
    reference_log = {o.source for o in read_inputs_log(reference_out / reference_summary["inputs_log"])}
    processed = set()
    for summary in summaries:
        assert summary["seen"] == summary["accounted"] == reference_summary["seen"]
        assert summary["files"] == reference_summary["files"]
        log = list(read_inputs_log(out / summary["inputs_log"]))
        sources = [o.source for o in log]
        assert len(sources) == len(set(sources)), "an input was accounted for twice in one run"
        assert sum(o.documents for o in log) == summary["seen"]
        processed |= {o.source for o in log if o.outcome != "unchanged"}
    # Between them the two runs did the work of one: every document was processed by at least one
    # of them (what a run skipped as unchanged, the other had just produced).
    assert reference_log <= processed
