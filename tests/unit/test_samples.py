"""The marking tested on each shipped scenario's samples, whose bands a human marker set from
their content (not from the marker's output), and on adversarial analyses made from the
reference: its skeleton with generic, blank or empty text (tests/unit/adversarial.py), and the
stored inverted and paraphrase samples.

Orderings are held exactly. A human band is a judgement, so the marking must land within
TOLERANCE of the overall band and STAGE_TOLERANCE of each stage band; docs/marking.md reports
how many land inside."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondstory import loading
from secondstory.marking import score
from secondstory.reference import reference_analysis
from tests.unit.adversarial import blank, empty_text, generic

ROOT = Path(__file__).resolve().parents[2]
TOLERANCE = 0.1
STAGE_TOLERANCE = 0.2
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


def _near(value: float, band, tolerance: float) -> bool:
    return band.min - tolerance <= value <= band.max + tolerance


@pytest.mark.parametrize(("scenario_id", "sample_id"), CASES)
def test_sample_lands_near_its_human_band(scenario_id, sample_id):
    scenario = LIBRARY.scenarios[scenario_id]
    sample = next(s for s in scenario.samples if s.id == sample_id)
    feedback = score(scenario, sample.analysis)
    assert _near(feedback.overall, sample.band, TOLERANCE), (
        f"{scenario_id}/{sample_id}: {feedback.overall:.2f} not near "
        f"[{sample.band.min}, {sample.band.max}]"
    )
    for stage, band in sample.stage_bands.items():
        value = feedback.stages[stage].score
        assert _near(value, band, STAGE_TOLERANCE), f"{stage}: {value:.2f}"


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


def _overall(scenario, kind: str) -> float:
    found = [s for s in scenario.samples if kind in s.id]
    assert found, f"{scenario.id} has no '{kind}' sample"
    return max(score(scenario, s.analysis).overall for s in found)


@pytest.mark.parametrize("scenario_id", sorted(LIBRARY.scenarios))
def test_strong_outscores_partial_which_outscores_blaming(scenario_id):
    scenario = LIBRARY.scenarios[scenario_id]
    strong, partial, blaming = (_overall(scenario, k) for k in ("strong", "partial", "blaming"))
    assert strong > partial + 0.2
    assert partial > blaming


@pytest.mark.parametrize("scenario_id", sorted(LIBRARY.scenarios))
def test_a_paraphrase_of_the_reference_scores_near_it(scenario_id):
    scenario = LIBRARY.scenarios[scenario_id]
    (sample,) = [s for s in scenario.samples if s.id == "paraphrase"]
    feedback = score(scenario, sample.analysis)
    assert feedback.overall >= 0.85
    assert all(stage.score >= 0.8 for stage in feedback.stages.values())


@pytest.mark.parametrize("scenario_id", sorted(LIBRARY.scenarios))
def test_adversarial_skeletons_score_well_below_the_reference(scenario_id):
    scenario = LIBRARY.scenarios[scenario_id]
    inverted = [s.analysis for s in scenario.samples if s.id == "inverted"]
    assert inverted, "every scenario carries an inverted sample"
    for analysis in [generic(scenario), blank(scenario), empty_text(scenario), *inverted]:
        feedback = score(scenario, analysis)
        assert feedback.factors.score <= 0.25
        assert feedback.findings.score <= 0.25
        assert feedback.overall <= 0.5
