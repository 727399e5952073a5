"""Comparison page: the profile by stage, missed episodes with the expert's commentary, not yet submitted."""

from __future__ import annotations

from secondstory import workflow
from secondstory.reference import reference_analysis
from secondstory.textsafe import escape_markdown
from tests.app.conftest import run_page


def _submit(store, person, attempt, analysis):
    store.save_analysis(person.id, attempt.id, analysis, stage="findings")
    return store.submit_attempt(person.id, attempt.id)


def test_the_reference_analysis_scores_full_marks_on_every_stage(signed_in, scenario, store):
    person, code, attempt = signed_in
    analysis = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    _submit(store, person, attempt, analysis)
    at = run_page("comparison", code, attempt.id)
    assert not at.exception
    assert [m.value for m in at.metric] == ["100%"] * 4
    assert [t.label for t in at.tabs] == ["Episodes", "Appraisal", "Factors", "Findings"]
    assert not any(m.value.startswith("**Not in your analysis:**") for m in at.markdown)


def test_a_partial_analysis_shows_the_missed_episodes_with_commentary(signed_in, scenario, store):
    person, code, attempt = signed_in
    first, *rest = scenario.expert.episodes
    assert rest, "the scenario needs more than one expert episode"
    analysis, episode_id = workflow.add_episode(attempt.analysis, first.title, list(first.entries))
    analysis = workflow.set_appraisal(analysis, episode_id, first.appraisal.rating, "At the time.")
    _submit(store, person, attempt, analysis)
    at = run_page("comparison", code, attempt.id)
    assert not at.exception
    scores = [m.value for m in at.metric]
    assert len(scores) == 4 and scores[0] != "100%"
    markdown = [m.value for m in at.markdown]
    for missed in rest:
        assert f"**Not in your analysis:** {escape_markdown(missed.title)}" in markdown
        assert f"**Teaching commentary:** {escape_markdown(missed.commentary)}" in markdown


def test_before_submission_the_page_asks_for_it(signed_in):
    _, code, attempt = signed_in
    at = run_page("comparison", code, attempt.id)
    assert not at.exception
    assert [i.value for i in at.info] == [
        "Submit your analysis at the end of stage 4 to see the comparison."
    ]
    assert not at.metric
