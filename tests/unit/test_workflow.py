"""Editing an analysis stage by stage, readiness messages and the hindsight guard's rule."""

import pytest

from secondstory import workflow
from secondstory.models import MAX_ANSWER_CHARS, TraineeFactor, TraineeFinding
from tests.unit.starter import starter


@pytest.fixture
def scenario():
    return starter()


def test_add_edit_move_delete_episodes(scenario):
    analysis = workflow.new_analysis(scenario)
    analysis, first = workflow.add_episode(analysis, "Home visit", ["e01"], "first contact")
    analysis, second = workflow.add_episode(analysis, "Second", ["e01"])
    analysis = workflow.update_episode(analysis, first, title="Developmental review")
    assert analysis.episodes[0].title == "Developmental review"
    analysis = workflow.move_episode(analysis, second, -1)
    assert [e.id for e in analysis.episodes] == [second, first]
    analysis = workflow.delete_episode(analysis, second)
    assert [e.id for e in analysis.episodes] == [first]


def test_update_refuses_fields_it_does_not_own(scenario):
    analysis, first = workflow.add_episode(workflow.new_analysis(scenario), "A", ["e01"])
    with pytest.raises(ValueError):
        workflow.update_episode(analysis, first, factors=[])


def test_answers_over_the_cap_are_refused(scenario):
    analysis, first = workflow.add_episode(workflow.new_analysis(scenario), "A", ["e01"])
    with pytest.raises(ValueError):
        workflow.update_episode(analysis, first, why_key="x" * (MAX_ANSWER_CHARS + 1))


def test_appraisal_before_and_after_reveal_are_both_kept(scenario):
    analysis, first = workflow.add_episode(workflow.new_analysis(scenario), "A", ["e01"])
    assert not workflow.can_reveal_outcome(analysis).ready
    analysis = workflow.set_appraisal(analysis, first, "good_practice", "thorough at the time")
    assert workflow.can_reveal_outcome(analysis).ready
    analysis = workflow.reveal_outcome(analysis)
    analysis = workflow.set_appraisal(analysis, first, "in_line", "on reflection")
    episode = analysis.episodes[0]
    assert episode.appraisal.rating == "good_practice"
    assert episode.appraisal_after_reveal.rating == "in_line"
    assert workflow.current_appraisal(analysis, episode).rating == "in_line"


def test_cannot_say_without_a_reason_does_not_open_the_guard(scenario):
    analysis, first = workflow.add_episode(workflow.new_analysis(scenario), "A", ["e01"])
    analysis = workflow.set_appraisal(analysis, first, "cannot_say", "")
    assert workflow.can_reveal_outcome(analysis).reasons == (
        "Say why you cannot judge episode 'A' yet, or rate it, before the outcome.",
    )
    with pytest.raises(ValueError):
        workflow.reveal_outcome(analysis)


def test_cannot_say_with_a_reason_is_an_appraisal_made_before_the_outcome(scenario):
    analysis, first = workflow.add_episode(workflow.new_analysis(scenario), "A", ["e01"])
    analysis = workflow.set_appraisal(
        analysis, first, "cannot_say", "The records from the other area had not arrived."
    )
    assert workflow.can_reveal_outcome(analysis).ready
    analysis = workflow.reveal_outcome(analysis)
    analysis = workflow.set_appraisal(analysis, first, "in_line", "Now that I have read them.")
    episode = analysis.episodes[0]
    assert episode.appraisal.rating == "cannot_say"
    assert episode.appraisal_after_reveal.rating == "in_line"


def test_reasoning_before_a_rating_is_kept_but_is_not_an_appraisal(scenario):
    analysis, first = workflow.add_episode(workflow.new_analysis(scenario), "A", ["e01"])
    analysis = workflow.set_appraisal(analysis, first, None, "The referral was clear.")
    assert analysis.episodes[0].appraisal.rating is None
    assert workflow.can_reveal_outcome(analysis).reasons == (
        "Choose a rating for episode 'A' before the outcome.",
    )
    [rating, reasoning] = workflow.stage_checks("appraisal", analysis)
    assert rating.missing == ("Choose a rating for episode 'A'.",) and reasoning.done
    assert "Choose a rating for episode 'A'." in workflow.submission_ready(analysis).reasons
    analysis = workflow.set_appraisal(analysis, first, "in_line", "The referral was clear.")
    assert all(c.done for c in workflow.stage_checks("appraisal", analysis))


def test_empty_analysis_cannot_be_submitted_and_says_why(scenario):
    readiness = workflow.submission_ready(workflow.new_analysis(scenario))
    assert not readiness.ready
    assert "Add at least one key practice episode." in readiness.reasons
    assert "Write at least one finding." in readiness.reasons


def test_complete_analysis_is_ready(scenario):
    analysis, first = workflow.add_episode(workflow.new_analysis(scenario), "A", ["e01"])
    analysis = workflow.set_appraisal(analysis, first, "good_practice", "reason")
    analysis = workflow.add_factor(
        analysis, first, "family_professional", "family", "welcomed", ["e01"]
    )
    analysis = workflow.update_episode(analysis, first, local_rationality="made sense")
    analysis = workflow.add_finding(
        analysis, TraineeFinding(statement="A pattern", category="human_tool")
    )
    assert workflow.submission_ready(analysis).ready
    assert workflow.furthest_stage(analysis) == "findings"


def _ticked(stage, analysis):
    return [check.done for check in workflow.stage_checks(stage, analysis)]


def test_each_stage_checklist_is_ticked_from_the_analysis(scenario):
    analysis = workflow.new_analysis(scenario)
    assert _ticked("episodes", analysis) == [False, True]
    assert _ticked("findings", analysis) == [False, True]
    analysis, first = workflow.add_episode(analysis, "A", ["e01"])
    analysis, second = workflow.add_episode(analysis, "B", ["e01"])
    assert _ticked("episodes", analysis) == [True, True]
    assert _ticked("appraisal", analysis) == [False, False]
    analysis = workflow.set_appraisal(analysis, first, "good_practice", "reason")
    rating, _ = workflow.stage_checks("appraisal", analysis)
    assert rating.missing == ("Appraise episode 'B'.",)
    analysis = workflow.set_appraisal(analysis, second, "in_line", "")
    assert _ticked("appraisal", analysis) == [True, False]
    analysis = workflow.update_episode(analysis, first, local_rationality="made sense")
    analysis = workflow.add_factor(analysis, first, "human_tool", None, "the form", [])
    lr, factors = workflow.stage_checks("factors", analysis)
    assert lr.missing == ("Say why practice in episode 'B' made sense at the time.",)
    assert factors.missing == ("Add at least one contributory factor to episode 'B'.",)
    analysis = workflow.add_finding(analysis, TraineeFinding(statement=" "))
    assert _ticked("findings", analysis) == [True, False]


def test_a_factor_is_replaced_in_place_and_a_bad_statement_refused(scenario):
    analysis, first = workflow.add_episode(workflow.new_analysis(scenario), "A", ["e01"])
    analysis = workflow.add_factor(analysis, first, "human_tool", None, "one", [])
    analysis = workflow.add_factor(analysis, first, "human_reasoning", None, "two", [])
    edited = TraineeFactor(category="family_professional", statement="one, better", evidence=[])
    analysis = workflow.replace_factor(analysis, first, 0, edited)
    assert [f.statement for f in analysis.episodes[0].factors] == ["one, better", "two"]
    assert analysis.episodes[0].factors[0].category == "family_professional"
    with pytest.raises(ValueError):
        workflow.replace_factor(
            analysis, first, 1, TraineeFactor(category="human_tool", statement="bad\x0b")
        )


def test_deleting_an_episode_unlinks_it_from_findings(scenario):
    analysis, first = workflow.add_episode(workflow.new_analysis(scenario), "A", ["e01"])
    analysis = workflow.add_finding(analysis, TraineeFinding(statement="P", episodes=[first]))
    analysis = workflow.delete_episode(analysis, first)
    assert analysis.findings[0].episodes == []


def test_carry_forward_takes_expert_titles_and_entries_only(scenario):
    analysis = workflow.carry_forward_reference(workflow.new_analysis(scenario), scenario)
    assert analysis.revealed_expert_episodes
    [episode] = analysis.episodes
    assert episode.from_reference == "kpe1" and episode.entries == ["e01"]
    assert episode.appraisal is None and episode.factors == []


def test_hints_are_recorded_once(scenario):
    analysis = workflow.use_hint(workflow.new_analysis(scenario), "episodes:0")
    analysis = workflow.use_hint(analysis, "episodes:0")
    assert analysis.hints_used == ["episodes:0"]
