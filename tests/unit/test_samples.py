"""Each shipped scenario's sample analyses land in their stated score bands (marking regression),
and the expert reference scores 1.0 at every stage against itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondstory import loading
from secondstory.reference import reference_analysis
from secondstory.scoring import sample_scores, score

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = loading.load_library(ROOT / "scenarios")
CASES = [
    (scenario_id, sample.id)
    for scenario_id, scenario in sorted(LIBRARY.scenarios.items())
    for sample in scenario.samples
]


def test_library_has_a_tutorial_and_four_full_cases_with_samples():
    assert not LIBRARY.failures
    full = [s for s in LIBRARY.scenarios.values() if len(s.chronology) >= 30]
    assert len(full) >= 4
    assert all(len(s.samples) >= 3 for s in full)


def test_library_covers_all_six_categories():
    from secondstory.summary import scenario_counts
    from secondstory.vocabulary import CATEGORIES

    used = {c for s in LIBRARY.scenarios.values() for c in scenario_counts(s)["categories"]}
    assert used == set(CATEGORIES)


@pytest.mark.parametrize(("scenario_id", "sample_id"), CASES)
def test_sample_lands_in_its_band(scenario_id, sample_id):
    scenario = LIBRARY.scenarios[scenario_id]
    results = {sid: (overall, ok) for sid, overall, ok in sample_scores(scenario)}
    overall, ok = results[sample_id]
    sample = next(s for s in scenario.samples if s.id == sample_id)
    assert ok, (
        f"{scenario_id}/{sample_id}: {overall:.2f} not in [{sample.band.min}, {sample.band.max}]"
    )


@pytest.mark.parametrize("scenario_id", sorted(LIBRARY.scenarios))
def test_reference_scores_one_against_itself(scenario_id):
    scenario = LIBRARY.scenarios[scenario_id]
    feedback = score(scenario, reference_analysis(scenario))
    assert {k: v.score for k, v in feedback.stages.items()} == {
        "episodes": 1.0,
        "appraisal": 1.0,
        "factors": 1.0,
        "findings": 1.0,
    }


@pytest.mark.parametrize("scenario_id", sorted(LIBRARY.scenarios))
def test_strong_sample_outscores_partial_and_blaming(scenario_id):
    scores = {sid: overall for sid, overall, _ in sample_scores(LIBRARY.scenarios[scenario_id])}
    strong = [v for k, v in scores.items() if "strong" in k]
    weaker = [v for k, v in scores.items() if "partial" in k or "blaming" in k]
    assert strong and weaker
    assert min(strong) > max(weaker) + 0.2
