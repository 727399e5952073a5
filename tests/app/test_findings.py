"""Stage 4 page: findings with their five parts, the coach on case-specific wording, submitting."""

from __future__ import annotations

import pytest

from secondstory import workflow
from secondstory.models import TraineeFinding
from secondstory.reference import reference_analysis
from secondstory.textsafe import escape_markdown
from tests.app.conftest import (
    analysis_of,
    answers,
    button,
    checklist,
    click,
    focus_targets,
    open_editors,
    run_page,
    shown_text,
    type_answer,
)

PARTS = {
    "statement": "Duty messages between nursery and health visiting are not reliably passed on.",
    "case_evidence": "Two calls from the nursery reached a duty line and not the named worker.",
    "not_one_off": "The service's own audit found the same routing in other teams.",
    "why_it_matters": "Early worries about a child can be lost between agencies.",
}
QUESTIONS = ["How do partners know a message reached the right worker?", "Who audits this?"]


def _with_episode(store, person, attempt, scenario):
    analysis, episode_id = workflow.add_episode(
        attempt.analysis, "Second bruise", [scenario.chronology[1].id]
    )
    return store.save_analysis(person.id, attempt.id, analysis), episode_id


def _form_areas(at):
    return [t for t in at.text_area if t.form_id == "add_finding"]


def _add_finding(at, parts, questions=(), category=None, episodes=()):
    areas = _form_areas(at)
    for area, field in zip(areas[:4], PARTS, strict=True):
        area.input(parts.get(field, ""))
    areas[4].input("\n".join(questions))
    if category:
        next(s for s in at.selectbox if s.form_id == "add_finding").select(category)
    for episode in episodes:
        next(m for m in at.multiselect if m.form_id == "add_finding").select(episode)
    next(b for b in at.button if b.label == "Add finding").click()
    return at.run()


def test_adding_a_finding_with_every_part(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, episode_id = _with_episode(store, person, attempt, scenario)
    at = run_page("findings", code, attempt.id)
    assert not at.exception
    at = _add_finding(at, PARTS, QUESTIONS, "human_management", [episode_id])
    assert not at.exception
    [finding] = analysis_of(store, person, attempt).findings
    for field, text in PARTS.items():
        assert getattr(finding, field) == text
    assert finding.questions == QUESTIONS
    assert (finding.category, finding.episodes) == ("human_management", [episode_id])
    at = run_page("findings", code, attempt.id)
    assert f"**Finding 1:** {escape_markdown(PARTS['statement'])}" in [m.value for m in at.markdown]
    # Its parts are drawn only once it is opened for editing.
    assert not answers(at)
    at = open_editors(at)
    category = next(s for s in at.selectbox if s.key and s.key.endswith("_category"))
    assert category.value == "human_management"


def test_a_finding_without_a_statement_is_refused(signed_in, scenario, store):
    person, code, attempt = signed_in
    at = run_page("findings", code, attempt.id)
    at = _add_finding(at, {"case_evidence": "Only evidence."})
    assert [e.value for e in at.error] == [
        "A finding needs at least its statement; add the other parts as you go."
    ]
    assert analysis_of(store, person, attempt).findings == []


def test_editing_a_part_is_saved_at_once(signed_in, scenario, store):
    person, code, attempt = signed_in
    analysis = workflow.add_finding(attempt.analysis, TraineeFinding(statement=PARTS["statement"]))
    store.save_analysis(person.id, attempt.id, analysis)
    at = open_editors(run_page("findings", code, attempt.id))
    [area] = [k for k in answers(at) if k.endswith("_not_one_off")]
    at = type_answer(at, area, PARTS["not_one_off"])
    assert not at.exception
    [questions] = [k for k in answers(at) if k.endswith("_questions")]
    at = type_answer(at, questions, "  First question?\n\n Second?  ")
    saved = analysis_of(store, person, attempt).findings[0]
    assert saved.not_one_off == PARTS["not_one_off"]
    assert saved.questions == ["First question?", "Second?"]
    assert saved.statement == PARTS["statement"]
    at = open_editors(run_page("findings", code, attempt.id))
    assert [a["value"] for k, a in answers(at).items() if k.endswith("_not_one_off")] == [
        PARTS["not_one_off"]
    ]


def test_deleting_a_finding_redraws_the_rest_with_their_own_text(signed_in, store):
    person, code, attempt = signed_in
    analysis = workflow.add_finding(attempt.analysis, TraineeFinding(statement="First pattern"))
    analysis = workflow.add_finding(analysis, TraineeFinding(statement="Second pattern"))
    store.save_analysis(person.id, attempt.id, analysis)
    at = open_editors(run_page("findings", code, attempt.id))
    at = click(at, "Delete this finding")
    assert not at.exception
    assert [f.statement for f in analysis_of(store, person, attempt).findings] == ["Second pattern"]
    statements = [a["value"] for k, a in answers(at).items() if k.endswith("_statement")]
    assert statements == ["Second pattern"]


def test_case_specific_wording_is_flagged(signed_in, scenario, store):
    person, code, attempt = signed_in
    name = scenario.people.practitioners[0].name.split()[0]
    statement = f"{name} did not pass the message on to the team."
    analysis = workflow.add_finding(attempt.analysis, TraineeFinding(statement=statement))
    store.save_analysis(person.id, attempt.id, analysis)
    at = run_page("findings", code, attempt.id)
    # Closed, the finding says the coach has something to say; opened, it says what.
    assert "The language coach has 1 note(s) on this finding: edit it to see them." in (
        shown_text(at)
    )
    at = open_editors(at)
    assert any(m.value.startswith("**Language coach**") for m in at.markdown)
    flagged = [m.value for m in at.markdown if m.value.startswith("- *")]
    assert any(m.startswith(f"- *{escape_markdown(name)}*") for m in flagged), flagged


def test_names_in_the_case_evidence_are_not_flagged(signed_in, scenario, store):
    person, code, attempt = signed_in
    name = scenario.people.practitioners[0].name.split()[0]
    finding = TraineeFinding(
        statement="Messages for an absent named worker wait in a duty inbox until she returns.",
        case_evidence=f"{name} left a message that waited two weeks for the named worker.",
    )
    analysis = workflow.add_finding(attempt.analysis, finding)
    store.save_analysis(person.id, attempt.id, analysis)
    at = open_editors(run_page("findings", code, attempt.id))
    flagged = [m.value for m in at.markdown if m.value.startswith("- *")]
    assert not any(escape_markdown(name) in m for m in flagged), flagged


def test_an_empty_analysis_cannot_be_submitted_and_says_why(signed_in, store):
    person, code, attempt = signed_in
    at = run_page("findings", code, attempt.id)
    submit = button(at, "Submit my analysis")
    assert submit.disabled
    reasons = [m.value for m in at.markdown if m.value.startswith("- ") and "**" not in m.value]
    assert reasons == [
        "- Add at least one key practice episode\\.",
        "- Write at least one finding\\.",
    ]
    assert store.get_attempt(person.id, attempt.id).submitted_at is None


def test_the_checklist_ticks_findings_and_their_statements(signed_in, store):
    person, code, attempt = signed_in
    at = run_page("findings", code, attempt.id)
    assert checklist(at) == {
        "At least one finding": False,
        "Every finding has a finding statement": True,
    }
    at = _add_finding(at, PARTS)
    assert checklist(at) == {
        "At least one finding": True,
        "Every finding has a finding statement": True,
    }


@pytest.fixture
def complete(signed_in, scenario, store):
    person, code, attempt = signed_in
    analysis = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    return person, code, store.save_analysis(person.id, attempt.id, analysis)


def test_a_complete_analysis_submits_and_opens_the_comparison(complete, store):
    person, code, attempt = complete
    at = run_page("findings", code, attempt.id)
    assert not button(at, "Submit my analysis").disabled
    button(at, "Submit my analysis").click()
    at = at.run()
    assert not at.exception
    assert store.get_attempt(person.id, attempt.id).submitted_at is not None
    assert [t.value for t in at.title] == ["Comparison with the expert"]
    assert len(at.metric) == 4


@pytest.mark.parametrize("page", ["episodes", "appraisal", "explanation", "findings"])
def test_after_submission_the_editing_pages_are_read_only(complete, store, page):
    person, code, attempt = complete
    store.submit_attempt(person.id, attempt.id)
    at = run_page(page, code, attempt.id)
    assert not at.exception
    assert any("can no longer be changed" in i.value for i in at.info)
    assert not answers(at) and not at.text_area and not at.radio
    assert [b.label for b in at.button] == ["Sign out"]
    assert not at.text_input and not at.multiselect and not at.selectbox
    assert "Submit my analysis" not in shown_text(at)


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("episodes", lambda e, f: [escape_markdown(e.why_key)]),
        ("appraisal", lambda e, f: [escape_markdown(e.appraisal.reasoning)]),
        ("explanation", lambda e, f: [escape_markdown(e.local_rationality)]),
        ("findings", lambda e, f: [f"**Finding:** {escape_markdown(f.statement)}"]),
    ],
)
def test_after_submission_each_stage_shows_the_trainees_own_work(complete, store, page, shown):
    person, code, attempt = complete
    store.submit_attempt(person.id, attempt.id)
    at = run_page(page, code, attempt.id)
    episode, finding = attempt.analysis.episodes[0], attempt.analysis.findings[0]
    text = shown_text(at)
    for expected in shown(episode, finding):
        assert expected in text
    if page != "findings":
        titles = [s.value for s in at.subheader]
        assert titles == [
            f"{n}. {escape_markdown(e.title)}" for n, e in enumerate(attempt.analysis.episodes, 1)
        ]


def test_after_adding_a_finding_focus_returns_to_the_form(signed_in, store):
    person, code, attempt = signed_in
    at = run_page("findings", code, attempt.id)
    assert focus_targets(at) == []
    at = _add_finding(at, {"statement": PARTS["statement"]})
    assert len(analysis_of(store, person, attempt).findings) == 1
    assert focus_targets(at) == ["add_finding_statement"]
    at.run()
    assert focus_targets(at) == []


def test_after_deleting_a_finding_focus_goes_to_the_add_form(signed_in, store):
    person, code, attempt = signed_in
    analysis = workflow.add_finding(attempt.analysis, TraineeFinding(statement="First pattern"))
    store.save_analysis(person.id, attempt.id, analysis)
    at = open_editors(run_page("findings", code, attempt.id))
    at = click(at, "Delete this finding")
    assert analysis_of(store, person, attempt).findings == []
    assert focus_targets(at) == ["add_finding_statement"]


def test_typing_a_statement_keeps_the_findings_form_open(signed_in, store):
    # The expander's label must not carry the statement: a new label is a new, closed expander.
    person, code, attempt = signed_in
    analysis = workflow.add_finding(attempt.analysis, TraineeFinding(statement="First words"))
    store.save_analysis(person.id, attempt.id, analysis)
    at = open_editors(run_page("findings", code, attempt.id))
    [key] = [k for k in answers(at) if k.endswith("_statement")]
    at = type_answer(at, key, "Duty messages wait for a named worker who is away.")
    assert "**Finding 1:** Duty messages wait for a named worker who is away\\." in [
        m.value for m in at.markdown
    ]
    assert [a["value"] for k, a in answers(at).items() if k.endswith("_statement")] == [
        "Duty messages wait for a named worker who is away."
    ]
