"""Next steps: actions on the trainee's own work, built from what the marking found.

Uses `make_scenario(entries=14, episodes=3)`: kpe1 = e01-e03, kpe2 = e05-e07 (core e05),
kpe3 = e09-e11 (see tests/unit/test_scoring.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from secondstory import loading
from secondstory.marking import score
from secondstory.marking.next_steps import ALL_DONE, entry_span
from secondstory.models import Analysis, TraineeAppraisal, TraineeEpisode, TraineeFinding
from secondstory.reference import reference_analysis
from tests.unit.factories import make_scenario

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial-nursery-concerns.yaml"
ORDER = {f"e{i:02d}": i - 1 for i in range(1, 15)}


@pytest.fixture(scope="module")
def case():
    return make_scenario(entries=14, episodes=3, findings=3)


def episode(title, entries, rating=None, reasoning="") -> TraineeEpisode:
    appraisal = TraineeAppraisal(rating=rating, reasoning=reasoning) if rating else None
    return TraineeEpisode(id=title.lower(), title=title, entries=entries, appraisal=appraisal)


def good_finding(**change) -> TraineeFinding:
    fields = {
        "statement": "Workers across agencies read small signs as reassurance.",
        "category": "family_professional",
        "case_evidence": "The nursery and the health visitor each saw small signs.",
        "not_one_off": "Staff say this is usual, and the audit agrees.",
        "why_it_matters": "Harm to children can go unseen for months.",
        "questions": ["How does the partnership know small signs are pieced together?"],
    }
    return TraineeFinding(**(fields | change))


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["e07", "e05", "e06", "e01"], "e01, e05–e07"),
        (["e05", "e06"], "e05, e06"),
        (["e03", "e03"], "e03"),
        (["e02", "x9"], "e02, x9"),
    ],
)
def test_entries_are_listed_in_chronology_order_with_runs_as_ranges(ids, expected):
    assert entry_span(ids, ORDER) == expected


def test_a_missed_episode_asks_to_re_read_its_entries_not_the_expert_text(case):
    reference = reference_analysis(case)
    without_second = [e for e in reference.episodes if "e05" not in e.entries]
    found = score(case, reference.model_copy(update={"episodes": without_second}))
    steps = [s for s in found.next_steps if s.startswith("Re-read entries e05–e07")]
    assert len(steps) == 1 and "'Expert episode 2'" in steps[0]
    for expert in case.expert.episodes:
        assert not any(expert.why_key in s or expert.commentary in s for s in found.next_steps)


def test_hindsight_asks_to_appraise_that_episode_again_by_what_was_known_then(case):
    reasoning = "With hindsight, the injury showed the visits should have been more often."
    found = score(
        case,
        Analysis(
            episodes=[
                episode("Early visits", ["e01", "e02", "e03"], "below_expectations", reasoning)
            ]
        ),
    )
    assert any(
        s.startswith(
            "Re-read entries e01–e03 and appraise your episode 1 'Early visits' again by what "
            "was known then"
        )
        for s in found.next_steps
    )


def test_a_fix_asked_as_a_question_asks_for_a_question_for_the_partnership(case):
    fix = good_finding(questions=["Should all staff get more training on neglect?"])
    analysis = reference_analysis(case).model_copy(update={"findings": [good_finding(), fix]})
    found = score(case, analysis)
    assert any(
        s.startswith("Rewrite finding 2's question as a question for the partnership")
        for s in found.next_steps
    )
    assert not any(s.startswith("Rewrite finding 1") for s in found.next_steps)


def test_a_missing_part_of_a_finding_names_the_finding(case):
    thin = good_finding(not_one_off="")
    analysis = reference_analysis(case).model_copy(update={"findings": [thin]})
    found = score(case, analysis)
    assert any(
        s.startswith("Finding 1: Say how you know it is not a one-off") for s in found.next_steps
    )


def test_a_near_miss_asks_to_add_the_core_entry_to_the_trainee_episode(case):
    reference = reference_analysis(case)
    episodes = list(reference.episodes)
    episodes[1] = episodes[1].model_copy(update={"entries": ["e06", "e07"]})
    found = score(case, reference.model_copy(update={"episodes": episodes}))
    title = episodes[1].title
    assert f"Add entry e05 to your episode 2 '{title}'" in " ".join(found.next_steps)


def test_the_shipped_tutorial_reference_gets_the_all_done_step_only():
    tutorial = loading.load_scenario_file(TUTORIAL).scenario
    assert score(tutorial, reference_analysis(tutorial)).next_steps == [ALL_DONE]


def test_steps_come_from_the_weakest_stage_first_and_are_few(case):
    # One episode found and not appraised: appraisal (0) is weaker than episodes (1 of 3).
    found = score(case, Analysis(episodes=[episode("Early visits", ["e01", "e02", "e03"])]))
    assert found.appraisal.score == 0 < found.episodes.score
    assert found.next_steps[0].startswith("Appraise your episode 1 'Early visits'")
    assert len(found.next_steps) == 5
