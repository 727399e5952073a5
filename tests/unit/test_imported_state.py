"""An imported analysis brings the trainee's content, never workflow state they could not set
in the app: the hindsight guard, the expert's episodes, hints, carried-forward marks, revised
appraisals before the outcome, and entries hidden until the outcome is revealed."""

from __future__ import annotations

import pytest

from secondstory import workflow
from secondstory.models import AskedQuestion, Interview, TraineeAppraisal, TraineeFactor
from tests.unit.factories import make_scenario


@pytest.fixture(scope="module")
def scenario():
    return make_scenario(entries=12, episodes=3)


@pytest.fixture
def current(scenario):
    analysis, _ = workflow.add_episode(workflow.new_analysis(scenario), "Mine", ["e01"])
    return analysis


def forged(scenario, **changes):
    """A file that claims what only the app may record."""
    analysis, episode_id = workflow.add_episode(
        workflow.new_analysis(scenario), "Visit", ["e01", "e02"], "Why it is key"
    )
    analysis = workflow.set_appraisal(analysis, episode_id, "in_line", "Seen at the time")
    episode = analysis.episodes[0].model_copy(update=changes)
    return analysis.model_copy(update={"episodes": [episode]})


def test_a_file_cannot_reveal_the_outcome_or_the_experts_episodes_or_hints(scenario, current):
    imported = forged(scenario).model_copy(
        update={"outcome_revealed": True, "revealed_expert_episodes": True, "hints_used": []}
    )
    current = current.model_copy(update={"hints_used": ["episodes:0"]})
    adopted, notes = workflow.adopt_import(current, imported, scenario)
    assert adopted.outcome_revealed is False
    assert adopted.revealed_expert_episodes is False
    assert adopted.hints_used == ["episodes:0"]
    # The content comes in.
    assert [e.title for e in adopted.episodes] == ["Visit"]
    assert adopted.episodes[0].appraisal == TraineeAppraisal(
        rating="in_line", reasoning="Seen at the time"
    )
    assert len(notes) == 3
    assert any("outcome" in n for n in notes)
    assert any("expert's episodes" in n for n in notes)
    assert any("hints" in n for n in notes)


def test_revealing_cannot_be_undone_by_a_file_either(scenario, current):
    current = workflow.mark_expert_episodes_seen(current).model_copy(
        update={"outcome_revealed": True}
    )
    adopted, _ = workflow.adopt_import(current, forged(scenario), scenario)
    assert adopted.outcome_revealed and adopted.revealed_expert_episodes


def test_revised_appraisals_are_not_imported_before_the_outcome(scenario, current):
    revised = TraineeAppraisal(rating="below_expectations", reasoning="Now I know")
    adopted, notes = workflow.adopt_import(
        current, forged(scenario, appraisal_after_reveal=revised), scenario
    )
    assert adopted.episodes[0].appraisal_after_reveal is None
    assert adopted.episodes[0].appraisal is not None
    assert any("revised appraisal" in n for n in notes)


def test_appraisals_from_before_the_outcome_cannot_change_after_it(scenario, current):
    episode_id = current.episodes[0].id
    current = workflow.set_appraisal(current, episode_id, "good_practice", "At the time")
    current = workflow.reveal_outcome(current)
    file = current.model_copy(
        update={
            "episodes": [
                current.episodes[0].model_copy(
                    update={"appraisal": TraineeAppraisal(rating="below_expectations")}
                )
            ]
        }
    )
    adopted, notes = workflow.adopt_import(current, file, scenario)
    [episode] = adopted.episodes
    assert episode.appraisal == TraineeAppraisal(rating="good_practice", reasoning="At the time")
    # The file's different judgement is kept as what it can be now: the revised appraisal.
    assert episode.appraisal_after_reveal == TraineeAppraisal(rating="below_expectations")
    assert any("before the outcome" in n for n in notes)


def test_only_episodes_carried_forward_in_the_app_count_as_carried(scenario, current):
    adopted, notes = workflow.adopt_import(
        current, forged(scenario, from_reference="kpe1"), scenario
    )
    assert adopted.episodes[0].from_reference is None
    assert any("carried forward" in n for n in notes)
    carried = workflow.carry_forward_reference(current, scenario)
    again, notes = workflow.adopt_import(carried, carried, scenario)
    assert [e.from_reference for e in again.episodes] == [e.id for e in scenario.expert.episodes]
    assert notes == ()


def test_entries_hidden_until_the_outcome_are_not_imported_before_it(scenario, current):
    later = [e.id for e in scenario.chronology if e.known_later]
    factor = TraineeFactor(category="human_tool", statement="x", evidence=["e02", later[0]])
    file = forged(scenario, entries=["e01", later[0]], factors=[factor])
    adopted, notes = workflow.adopt_import(current, file, scenario)
    [episode] = adopted.episodes
    assert episode.entries == ["e01"]
    assert episode.factors[0].evidence == ["e02"]
    assert any("hidden until the outcome" in n for n in notes)
    revealed = current.model_copy(update={"outcome_revealed": True})
    adopted, _ = workflow.adopt_import(revealed, file, scenario)
    assert adopted.episodes[0].entries == ["e01", later[0]]


def test_an_honest_file_imports_without_notes(scenario, current):
    adopted, notes = workflow.adopt_import(current, forged(scenario), scenario)
    assert notes == ()
    assert adopted.episodes[0].why_key == "Why it is key"


def test_a_file_cannot_hold_practice_conversations_that_open_parts(scenario, current):
    asked = AskedQuestion(id="q1", text="Tell me", part="thinking", reply="revealed")
    imported = forged(scenario).model_copy(
        update={"interviews": [Interview(conversation="c-hv", questions=[asked])]}
    )
    adopted, notes = workflow.adopt_import(current, imported, scenario)
    assert adopted.interviews == []
    assert any("practice conversations" in n for n in notes)
