"""Merging work saved from two tabs: one-sided changes combine, clashes keep both versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondstory import interview, loading, workflow
from secondstory.merge import merge, resolve
from secondstory.models import Analysis, TraineeFinding

ROOT = Path(__file__).resolve().parents[2]


def _base() -> tuple[Analysis, str]:
    analysis = Analysis(scenario="case", scenario_version="1")
    analysis, episode = workflow.add_episode(analysis, "Home visit", ["e01"], "First contact.")
    analysis = workflow.add_finding(analysis, TraineeFinding(statement="A pattern."))
    return analysis, episode


def test_changes_to_different_fields_are_both_kept():
    base, episode = _base()
    mine = workflow.update_episode(base, episode, why_key="It set the tone.")
    theirs = workflow.update_episode(base, episode, title="The first home visit")
    merged = merge(base, mine, theirs)
    assert merged.conflicts == ()
    [result] = merged.analysis.episodes
    assert (result.title, result.why_key) == ("The first home visit", "It set the tone.")


def test_an_episode_added_in_one_tab_survives_an_edit_in_the_other():
    base, episode = _base()
    theirs, added = workflow.add_episode(base, "Hospital visit", ["e02"])
    mine = workflow.update_episode(base, episode, why_key="Changed here.")
    merged = merge(base, mine, theirs)
    assert [e.id for e in merged.analysis.episodes] == [episode, added]
    assert merged.analysis.episodes[0].why_key == "Changed here."
    assert merged.conflicts == ()


def test_episodes_added_in_both_tabs_are_all_kept():
    base, episode = _base()
    theirs, elsewhere = workflow.add_episode(base, "Added elsewhere", ["e02"])
    mine, here = workflow.add_episode(base, "Added here", ["e03"])
    merged = merge(base, mine, theirs)
    assert [e.id for e in merged.analysis.episodes] == [episode, elsewhere, here]


def test_the_same_answer_changed_in_both_tabs_is_a_conflict_holding_both_versions():
    base, episode = _base()
    mine = workflow.update_episode(base, episode, why_key="Written in this tab.")
    theirs = workflow.update_episode(base, episode, why_key="Written elsewhere.")
    merged = merge(base, mine, theirs)
    [conflict] = merged.conflicts
    assert conflict.mine == "Written in this tab."
    assert conflict.theirs == "Written elsewhere."
    assert conflict.where == "Episode 'Home visit': why it is key"
    assert conflict.text
    # Until the trainee chooses, the saved version stays as it was saved elsewhere.
    assert merged.analysis.episodes[0].why_key == "Written elsewhere."


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("mine", "Written in this tab."),
        ("theirs", "Written elsewhere."),
        ("both", "Written elsewhere.\n\nWritten in this tab."),
    ],
)
def test_the_trainee_chooses_either_version_or_both(choice, expected):
    base, episode = _base()
    mine = workflow.update_episode(base, episode, why_key="Written in this tab.")
    theirs = workflow.update_episode(base, episode, why_key="Written elsewhere.")
    merged = merge(base, mine, theirs)
    resolved = resolve(merged.analysis, merged.conflicts[0], choice)
    assert resolved.episodes[0].why_key == expected


def test_same_change_in_both_tabs_is_no_conflict():
    base, episode = _base()
    mine = workflow.update_episode(base, episode, why_key="Same words.")
    merged = merge(base, mine, mine)
    assert merged.conflicts == ()
    assert merged.analysis.episodes[0].why_key == "Same words."


def test_appraisal_rating_and_reasoning_merge_separately():
    base, episode = _base()
    base = workflow.set_appraisal(base, episode, "good_practice", "Seen at the time.")
    mine = workflow.set_appraisal(base, episode, "good_practice", "Seen at the time, and recorded.")
    theirs = workflow.set_appraisal(base, episode, "in_line", "Seen at the time.")
    merged = merge(base, mine, theirs)
    assert merged.conflicts == ()
    appraisal = merged.analysis.episodes[0].appraisal
    assert (appraisal.rating, appraisal.reasoning) == ("in_line", "Seen at the time, and recorded.")


def test_different_ratings_are_a_conflict_without_keep_both():
    base, episode = _base()
    mine = workflow.set_appraisal(base, episode, "good_practice", "")
    theirs = workflow.set_appraisal(base, episode, "below_expectations", "")
    [conflict] = merge(base, mine, theirs).conflicts
    assert (conflict.mine, conflict.theirs) == ("good_practice", "below_expectations")
    assert not conflict.text
    with pytest.raises(ValueError):
        resolve(theirs, conflict, "both")
    assert resolve(theirs, conflict, "mine").episodes[0].appraisal.rating == "good_practice"


def test_chosen_entries_and_factors_from_both_tabs_are_kept():
    base, episode = _base()
    mine = workflow.update_episode(base, episode, entries=["e01", "e04"])
    mine = workflow.add_factor(mine, episode, "family_professional", None, "Warmth.", [])
    theirs = workflow.update_episode(base, episode, entries=["e02"])
    theirs = workflow.add_factor(theirs, episode, "human_tool", None, "The form.", [])
    merged = merge(base, mine, theirs)
    assert merged.conflicts == ()
    [result] = merged.analysis.episodes
    assert result.entries == ["e02", "e04"]  # e01 removed elsewhere, e04 added here
    assert [f.statement for f in result.factors] == ["The form.", "Warmth."]


def test_deleted_in_one_tab_and_untouched_in_the_other_is_deleted():
    base, episode = _base()
    mine = workflow.delete_episode(base, episode)
    theirs = workflow.use_hint(base, "episodes-1")
    merged = merge(base, mine, theirs)
    assert merged.analysis.episodes == []
    assert merged.analysis.hints_used == ["episodes-1"]


def test_deleted_in_one_tab_but_changed_in_the_other_is_kept_and_asked():
    base, episode = _base()
    mine = workflow.delete_episode(base, episode)
    theirs = workflow.update_episode(base, episode, why_key="Still working on this.")
    merged = merge(base, mine, theirs)
    assert [e.why_key for e in merged.analysis.episodes] == ["Still working on this."]
    [conflict] = merged.conflicts
    assert conflict.mine is None and conflict.theirs.why_key == "Still working on this."
    assert resolve(merged.analysis, conflict, "mine").episodes == []
    assert resolve(merged.analysis, conflict, "theirs").episodes[0].id == episode


def test_findings_are_matched_by_id_so_a_deletion_does_not_shift_edits():
    base, _ = _base()
    base = workflow.add_finding(base, TraineeFinding(statement="Second pattern."))
    first, second = (f.id for f in base.findings)
    assert first and second and first != second
    mine = workflow.delete_finding(base, 0)
    theirs = workflow.replace_finding(
        base, 1, base.findings[1].model_copy(update={"why_it_matters": "Children wait."})
    )
    merged = merge(base, mine, theirs)
    assert merged.conflicts == ()
    assert [(f.id, f.why_it_matters) for f in merged.analysis.findings] == [
        (second, "Children wait.")
    ]


def test_a_reorder_in_one_tab_is_kept():
    base, first = _base()
    base, second = workflow.add_episode(base, "Second", ["e02"])
    mine = workflow.move_episode(base, second, -1)
    theirs = workflow.update_episode(base, first, why_key="Edited elsewhere.")
    merged = merge(base, mine, theirs)
    assert [e.id for e in merged.analysis.episodes] == [second, first]
    assert merged.analysis.episodes[1].why_key == "Edited elsewhere."


def test_revealing_the_outcome_in_either_tab_is_kept():
    base, _ = _base()
    theirs = base.model_copy(update={"outcome_revealed": True})
    mine = base.model_copy(update={"revealed_expert_episodes": True})
    merged = merge(base, mine, theirs).analysis
    assert merged.outcome_revealed and merged.revealed_expert_episodes


def test_questions_asked_in_two_tabs_are_all_kept():
    case = loading.load_scenario_file(ROOT / "scenarios" / "cumulative-neglect.yaml").scenario
    base, _ = interview.ask(workflow.new_analysis(case), case, "c-teacher", choice="part:overview")
    mine, _ = interview.ask(base, case, "c-teacher", choice="part:thinking")
    theirs, _ = interview.ask(base, case, "c-teacher", choice="distractor:0")
    theirs, _ = interview.ask(theirs, case, "c-dsl", choice="part:overview")
    merged = merge(base, mine, theirs).analysis
    teacher = interview.interview(merged, "c-teacher").questions
    assert [(q.part, q.distractor) for q in teacher] == [
        ("overview", None),
        (None, 0),
        ("thinking", None),
    ]
    assert len(interview.interview(merged, "c-dsl").questions) == 1
