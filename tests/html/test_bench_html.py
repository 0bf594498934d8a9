"""bersih's HTML path against trafilatura alone on wcxb-dev html (300 pages, ~2 minutes).
Skipped when ../shared is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO.parent / "shared" / "bench" / "wcxb-dev"
TARGET_F1 = 0.91


@pytest.fixture(scope="module")
def evaluation():
    if not (BENCH / "html").is_dir():
        pytest.skip(f"{BENCH} not found: the shared data folder sits beside the repository")
    from pipeline.html.evaluate_html import evaluate

    return evaluate(BENCH)


def test_bersih_beats_trafilatura_alone(evaluation):
    assert evaluation.pages == 300
    assert evaluation.trafilatura_f1 == pytest.approx(0.893, abs=0.005)  # the published baseline
    assert evaluation.bersih_f1 > evaluation.trafilatura_f1


def test_the_gain_holds_on_both_halves(evaluation):
    # held-out check: rules tuned on some pages must help on the others too
    assert set(evaluation.halves) == {"even", "odd"}
    for base, ours in evaluation.halves.values():
        assert ours > base


def test_no_page_much_worse_than_trafilatura_alone(evaluation):
    # Pages trafilatura gets above 0.8 must not lose more than 0.05 F1 (the pre-pass safety net).
    assert evaluation.regressions == []


def test_done_when_f1_target(evaluation):
    assert evaluation.bersih_f1 >= TARGET_F1
