"""Guided mode's teaching matched to each case: the episode count and the worked examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondstory import guide, loading
from secondstory.models import WorkedExample

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library():
    return loading.load_library(ROOT / "scenarios")


def test_the_episode_count_comes_from_the_case(library):
    tutorial = library.scenarios[guide.TUTORIAL_ID]
    assert len(tutorial.expert.episodes) == 2
    assert guide.episode_range(tutorial) == (1, 3)
    assert "about one to three suit this case" in guide.stage_intro("episodes", tutorial)
    for scenario in library.scenarios.values():
        low, high = guide.episode_range(scenario)
        assert low <= len(scenario.expert.episodes) <= high


def test_every_shipped_case_has_a_worked_example_for_every_stage(library):
    tutorial = library.scenarios[guide.TUTORIAL_ID]
    for scenario in library.scenarios.values():
        for stage in ("episodes", "appraisal", "factors", "findings"):
            example = guide.worked_example(stage, scenario, tutorial)
            assert example is not None, (scenario.id, stage)
            assert all(label and text for label, text in example.lines)


def test_the_tutorial_never_shows_its_own_answer_as_the_example(library):
    tutorial = library.scenarios[guide.TUTORIAL_ID]
    answers = {e.title for e in tutorial.expert.episodes} | {
        f.statement for f in tutorial.expert.findings
    }
    for stage in ("episodes", "appraisal", "factors", "findings"):
        example = guide.worked_example(stage, tutorial, tutorial)
        assert not answers & {text for _, text in example.lines}
    without_own = tutorial.model_copy(
        update={"expert": tutorial.expert.model_copy(update={"worked_examples": []})}
    )
    assert guide.worked_example("episodes", without_own, without_own) is None


def test_a_case_with_its_own_example_shows_it_rather_than_the_tutorials(library):
    tutorial = library.scenarios[guide.TUTORIAL_ID]
    case = library.scenarios["baby-unexplained-bruise"]
    from_tutorial = guide.worked_example("appraisal", case, tutorial)
    assert from_tutorial.heading.startswith("From the tutorial case")
    own = WorkedExample(
        stage="appraisal", heading="Ours", parts=[{"label": "Appraisal", "text": "Good practice"}]
    )
    with_own = case.model_copy(
        update={"expert": case.expert.model_copy(update={"worked_examples": [own]})}
    )
    example = guide.worked_example("appraisal", with_own, tutorial)
    assert (example.heading, example.lines) == ("Ours", (("Appraisal", "Good practice"),))
