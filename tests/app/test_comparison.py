"""Comparison page: the profile by stage, missed episodes with the expert's commentary, not yet
submitted; only the open tab drawn, the factor chart, evidence by name, next steps, report."""

from __future__ import annotations

import json
from collections import Counter

from components.state import Key
from secondstory import workflow
from secondstory.marking import score
from secondstory.reference import reference_analysis
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import CATEGORIES
from tests.app.conftest import run_page, shown_text


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


def _submitted_partial(signed_in, scenario, store):
    """A submitted analysis with the expert's first episode only: rated, without factors."""
    person, code, attempt = signed_in
    first = scenario.expert.episodes[0]
    analysis, episode_id = workflow.add_episode(attempt.analysis, first.title, list(first.entries))
    analysis = workflow.set_appraisal(analysis, episode_id, first.appraisal.rating, "At the time.")
    _submit(store, person, attempt, analysis)
    return code, attempt


def _open_tab(code, attempt, label):
    at = run_page("comparison", code, attempt.id)
    at.session_state[Key.COMPARISON_TAB] = label
    return at.run()


def test_only_the_open_tab_is_drawn(signed_in, scenario, store):
    code, attempt = _submitted_partial(signed_in, scenario, store)
    at = _open_tab(code, attempt, "Factors")
    assert not at.exception
    assert [t.label for t in at.tabs] == ["Episodes", "Appraisal", "Factors", "Findings"]
    assert not any(m.value.startswith("**Not in your analysis:**") for m in at.markdown)
    assert len(at.get("vega_lite_chart")) == 1  # the factor chart, not the timeline
    at = _open_tab(code, attempt, "Episodes")
    assert any(m.value.startswith("**Not in your analysis:**") for m in at.markdown)
    assert not any(c.value.startswith("Factors by category") for c in at.caption)


def test_factor_chart_has_full_distinct_names_whole_numbers_and_a_table(signed_in, scenario, store):
    code, attempt = _submitted_partial(signed_in, scenario, store)
    at = _open_tab(code, attempt, "Factors")
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    y, x = spec["encoding"]["y"], spec["encoding"]["x"]
    assert y["sort"] == list(CATEGORIES.values())
    assert y["axis"]["labelLimit"] == 0  # never cut to "Multi-agency wor..."
    assert x["axis"]["format"] == "d" and x["axis"]["tickMinStep"] == 1
    table = at.dataframe[0].value
    assert list(table["category"]) == list(CATEGORIES.values())
    expert_counts = Counter(f.category for e in scenario.expert.episodes for f in e.factors)
    assert list(table["the expert's"]) == [expert_counts[c] for c in CATEGORIES]
    assert set(table["yours"]) == {0}


def test_evidence_is_named_as_people_read_it(signed_in, scenario, store):
    code, attempt = _submitted_partial(signed_in, scenario, store)
    at = _open_tab(code, attempt, "Factors")
    evidence = [m.value for m in at.markdown if m.value.startswith("Evidence: ")]
    assert evidence
    shown = "\n".join(evidence)
    conversation = scenario.conversations[0]
    assert f"{conversation.id}." not in shown
    practitioner = next(
        p.name for p in scenario.people.practitioners if p.id == conversation.practitioner
    )
    assert f"Conversation with {escape_markdown(practitioner)}" in shown
    for code_name in CATEGORIES:
        assert f"{code_name}:" not in shown_text(at)


def test_next_steps_and_report_downloads_are_on_the_page(signed_in, scenario, store):
    code, attempt = _submitted_partial(signed_in, scenario, store)
    at = run_page("comparison", code, attempt.id)
    assert [s.value for s in at.subheader][:1] == ["Next steps"]
    feedback = score(scenario, store.get_attempt(signed_in[0].id, attempt.id).analysis)
    shown = [m.value for m in at.markdown]
    for step in feedback.next_steps:
        assert f"- {escape_markdown(step)}" in shown
    labels = [d.label for d in at.get("download_button")]
    assert labels == ["Download report (Markdown)", "Download report (Word)"]


def test_comparison_headings_have_no_anchor_links(signed_in, scenario, store):
    code, attempt = _submitted_partial(signed_in, scenario, store)
    for label in ("Appraisal", "Findings"):
        at = _open_tab(code, attempt, label)
        headings = [*at.title, *at.subheader]
        assert headings and all(h.proto.hide_anchor for h in headings)
