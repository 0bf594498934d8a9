"""The real ingest flow, on Prefect's test harness, over a temporary raw folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client

ENGLISH = ("Council approves new bus lanes\n\n"
           "The city council voted on Tuesday to build twelve kilometres of bus lanes along the river road, "
           "a plan that commuters have asked for since the bridge closed last year.\n\n"
           "Work is expected to begin in the spring and to finish before the end of next year, the mayor said.\n")
HTML = ("<html><head><title>Dam repairs finished early</title></head><body><article><h1>Dam repairs finished early</h1>"
        "<p>Engineers finished repairs on the northern dam three weeks ahead of schedule, the water authority "
        "said on Monday, and the reservoir will be refilled over the coming month.</p>"
        "<p>The repairs cost less than the budget set aside in the spring, according to the authority's report, "
        "which also praised the contractors for working through the heavy rains.</p></article></body></html>")


@pytest.fixture
def raw_folder(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "news").mkdir(parents=True)
    (raw / "news" / "bus.txt").write_text(ENGLISH)
    (raw / "dam.html").write_text(HTML)
    records = [json.dumps({"url": "https://example.org/a", "text": ENGLISH.replace("twelve", "nine")}),
               "{broken", json.dumps({"url": "https://example.org/b", "html": HTML})]
    (raw / "feed.jsonl").write_text("\n".join(records) + "\n")
    (raw / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    return raw


def test_flow_writes_documents_and_rejections(prefect_harness, raw_folder, tmp_path):
    from flows.ingest import ingest

    out = tmp_path / "clean"
    summary = ingest(raw=str(raw_folder), out=str(out), batch_size=2)

    assert (summary["seen"], summary["rejected"]) == (6, 2)
    assert summary["written"] + summary["duplicates"] == 4
    bus = json.loads((out / "news" / "bus.json").read_text())
    assert bus["source"] == "news/bus.txt" and "twelve kilometres" in bus["text"]
    assert bus["language"] == "en"
    dam = json.loads((out / "dam.json").read_text())
    assert dam["title"] == "Dam repairs finished early" and "three weeks ahead" in dam["text"]
    assert json.loads((out / "feed" / "1.json").read_text())["url"] == "https://example.org/a"
    assert json.loads((out / "feed" / "3.json").read_text())["url"] == "https://example.org/b"
    assert json.loads((out / "_rejected" / "feed" / "2.json").read_text())["reason"] == "bad_record"
    photo = json.loads((out / "_rejected" / "photo.json").read_text())
    assert photo["reason"] == "binary" and photo["message"]
    assert (out / "_runs" / f"{summary['run_id']}.json").exists()


def test_rerun_over_unchanged_inputs_rewrites_nothing(prefect_harness, raw_folder, tmp_path):
    from flows.ingest import ingest

    out = tmp_path / "clean"
    ingest(raw=str(raw_folder), out=str(out))
    outputs = {p: p.stat().st_mtime_ns for p in out.rglob("*.json") if "_runs" not in p.parts}
    second = ingest(raw=str(raw_folder), out=str(out))
    # rejected inputs that did not change are not retried either: all 6 outcomes stand
    assert (second["unchanged"], second["written"], second["rejected"]) == (6, 0, 0)
    assert {p: p.stat().st_mtime_ns for p in outputs} == outputs


def test_flow_run_is_recorded_with_its_artifact(prefect_harness, raw_folder, tmp_path):
    from flows.ingest import ingest
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    state = ingest(raw=str(raw_folder), out=str(tmp_path / "clean"), return_state=True)
    assert state.is_completed()
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["ingest-summary"])))
    mine = [a for a in artifacts if a.flow_run_id == state.state_details.flow_run_id]
    assert mine and "| seen | written |" in mine[0].data and "bad_record" in mine[0].data


def test_missing_raw_folder_fails_the_run(prefect_harness, tmp_path):
    from flows.ingest import ingest

    state = ingest(raw=str(tmp_path / "nope"), out=str(tmp_path / "clean"), return_state=True)
    assert state.is_failed() and "does not exist" in state.message + str(state.result(raise_on_failure=False))


def test_a_rerun_with_nothing_new_sends_no_task(prefect_harness, raw_folder, tmp_path):
    from flows.ingest import ingest
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    out = tmp_path / "clean"
    first = ingest(raw=str(raw_folder), out=str(out), return_state=True)
    again = ingest(raw=str(raw_folder), out=str(out), return_state=True)
    assert again.result()["unchanged"] == again.result()["seen"] == 6

    def task_names(state):
        with get_client(sync_client=True) as client:
            runs = client.read_task_runs(flow_run_filter=FlowRunFilter(
                id=FlowRunFilterId(any_=[state.state_details.flow_run_id])))
        return sorted(run.name.split(" ")[0] for run in runs)

    assert task_names(first) == ["clean", "learn"]
    assert task_names(again) == []
