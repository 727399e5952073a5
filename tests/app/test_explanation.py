"""Stage 3 page: contributory factors added and deleted, local rationality saved at once."""

from __future__ import annotations

from components.factor_editor import edit_factor_key
from secondstory import casefile, workflow
from secondstory.textsafe import escape_markdown
from tests.app.conftest import (
    analysis_of,
    answers,
    checklist,
    errors,
    focus_targets,
    open_editors,
    run_page,
    type_answer,
)

STATEMENT = "Messages left on the duty line were not routed to the named health visitor."


def _with_episode(store, person, attempt, scenario):
    analysis, episode_id = workflow.add_episode(
        attempt.analysis, "Second bruise", [scenario.chronology[1].id]
    )
    return store.save_analysis(person.id, attempt.id, analysis), episode_id


def _form_submit(at):
    return next(b for b in at.button if b.label == "Add factor")


def _fill(at, category=None, area=None, statement="", evidence=()):
    """Open the first episode's add form, if closed, and submit it filled in."""
    at = open_editors(at, "add_factor_")
    if category:
        at.selectbox[0].select(category)
    if area:
        at.selectbox[1].select(area)
    next(t for t in at.text_area if t.form_id).input(statement)
    for item in evidence:
        next(m for m in at.multiselect if m.form_id).select(item)
    _form_submit(at).click()
    return at.run()


def test_adding_a_factor_saves_every_part_and_shows_it(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, _ = _with_episode(store, person, attempt, scenario)
    at = run_page("explanation", code, attempt.id)
    assert not at.exception
    evidence = [scenario.chronology[1].id, scenario.records[0].id]
    at = _fill(at, "human_tool", "working_conditions", STATEMENT, evidence)
    assert not at.exception
    [factor] = analysis_of(store, person, attempt).episodes[0].factors
    assert (factor.category, factor.prompt_area, factor.statement) == (
        "human_tool",
        "working_conditions",
        STATEMENT,
    )
    assert factor.evidence == evidence
    at = run_page("explanation", code, attempt.id)
    markdown = [m.value for m in at.markdown]
    # The factor is one block of text: category and prompt area, the statement, the evidence.
    [shown] = [m for m in markdown if m.startswith("**Category:**")]
    heading, statement, caption = shown.split("\n\n")
    assert heading == "**Category:** Human\\-tool operation  \n**Prompt area:** Working conditions"
    assert statement == escape_markdown(STATEMENT)
    labels = casefile.evidence_options(scenario, False)
    assert caption.startswith("Evidence: ")
    entry_id, record_id = evidence
    assert f"[{entry_id}](case_file?" in caption  # the entry id opens the entry
    assert escape_markdown(labels[record_id]) in caption
    assert "**Contributory factors** (1)" in markdown


def test_a_factor_without_category_or_statement_is_refused(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, _ = _with_episode(store, person, attempt, scenario)
    at = run_page("explanation", code, attempt.id)
    at = _fill(at, None, "team", STATEMENT)
    assert [e.value for e in at.error] == ["Choose a category and describe the factor."]
    at = _fill(at, "human_management", None, "   ")
    assert [e.value for e in at.error] == ["Choose a category and describe the factor."]
    assert analysis_of(store, person, attempt).episodes[0].factors == []


def test_deleting_a_factor(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, episode_id = _with_episode(store, person, attempt, scenario)
    analysis = workflow.add_factor(attempt.analysis, episode_id, "human_tool", None, "First", [])
    analysis = workflow.add_factor(analysis, episode_id, "human_management", None, "Second", [])
    store.save_analysis(person.id, attempt.id, analysis)
    at = run_page("explanation", code, attempt.id)
    [b for b in at.button if b.label == "Delete this factor"][0].click().run()
    assert not at.exception
    factors = analysis_of(store, person, attempt).episodes[0].factors
    assert [f.statement for f in factors] == ["Second"]
    at = run_page("explanation", code, attempt.id)
    assert len([b for b in at.button if b.label == "Delete this factor"]) == 1


def test_local_rationality_is_saved_at_once_and_coached(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, _ = _with_episode(store, person, attempt, scenario)
    at = run_page("explanation", code, attempt.id)
    text = "The bruise had a plausible explanation and the worker should have known better."
    [key] = [k for k in answers(at) if k.endswith("_lr")]
    at = type_answer(at, key, text)
    assert not at.exception
    assert analysis_of(store, person, attempt).episodes[0].local_rationality == text
    assert any(m.value.startswith("**Language coach**") for m in at.markdown)
    at = run_page("explanation", code, attempt.id)
    assert [a["value"] for k, a in answers(at).items() if k.endswith("_lr")] == [text]


def test_without_episodes_the_page_sends_the_trainee_to_stage_1(signed_in):
    _, code, attempt = signed_in
    at = run_page("explanation", code, attempt.id)
    assert "Choose your key practice episodes first." in [i.value for i in at.info]


def test_stage_3_has_one_name_in_the_menu_and_on_the_page(signed_in, monkeypatch):
    import streamlit

    titles = {}
    real = streamlit.navigation

    def recording(pages, **kwargs):
        for group in pages.values():
            titles.update({p.url_path: p.title for p in group})
        return real(pages, **kwargs)

    monkeypatch.setattr(streamlit, "navigation", recording)
    _, code, attempt = signed_in
    at = run_page("explanation", code, attempt.id)
    assert titles["explanation"] == "3. Explaining practice"
    assert [t.value for t in at.title] == ["Stage 3: Explaining practice"]


def test_the_checklist_ticks_local_rationality_and_factors(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, _ = _with_episode(store, person, attempt, scenario)
    at = run_page("explanation", code, attempt.id)
    rationality = "Every episode says why practice made sense at the time \\(local rationality\\)"
    factors = "Every episode has at least one contributory factor"
    assert checklist(at) == {rationality: False, factors: False}
    at = _fill(at, "human_tool", None, STATEMENT)
    assert checklist(at) == {rationality: False, factors: True}
    [key] = [k for k in answers(at) if k.endswith("_lr")]
    at = type_answer(at, key, "The visit was booked for the week the nurse returned.")
    assert checklist(at) == {rationality: True, factors: True}


def test_a_factor_can_be_edited_after_it_is_added(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, episode_id = _with_episode(store, person, attempt, scenario)
    cited = scenario.chronology[1].id
    analysis = workflow.add_factor(attempt.analysis, episode_id, "human_tool", None, "First", [])
    store.save_analysis(person.id, attempt.id, analysis)
    at = run_page("explanation", code, attempt.id)
    assert "Edit this factor" in [e.label for e in at.expander]
    # The form is drawn only while its expander is open.
    assert "Save changes to this factor" not in [b.label for b in at.button]
    at.session_state[edit_factor_key(1, 0)] = True
    at = at.run()
    form = next(b for b in at.button if b.label == "Save changes to this factor").form_id
    fields = [w for w in (*at.selectbox, *at.text_area, *at.multiselect) if w.form_id == form]
    category, area, statement, evidence = fields
    assert (category.value, area.value, statement.value) == ("human_tool", None, "First")
    category.select("human_management")
    area.select("organisation")
    statement.input(STATEMENT)
    evidence.select(cited)
    next(b for b in at.button if b.label == "Save changes to this factor").click()
    at = at.run()
    assert not at.exception
    [factor] = analysis_of(store, person, attempt).episodes[0].factors
    assert (factor.category, factor.prompt_area, factor.statement, factor.evidence) == (
        "human_management",
        "organisation",
        STATEMENT,
        [cited],
    )
    assert any(f"\n\n{escape_markdown(STATEMENT)}" in m.value for m in at.markdown)


def test_an_edit_that_clears_the_statement_is_refused(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, episode_id = _with_episode(store, person, attempt, scenario)
    analysis = workflow.add_factor(attempt.analysis, episode_id, "human_tool", None, "First", [])
    store.save_analysis(person.id, attempt.id, analysis)
    at = run_page("explanation", code, attempt.id)
    at.session_state[edit_factor_key(1, 0)] = True
    at = at.run()
    form = next(b for b in at.button if b.label == "Save changes to this factor").form_id
    next(t for t in at.text_area if t.form_id == form).input("  ")
    next(b for b in at.button if b.label == "Save changes to this factor").click()
    at = at.run()
    assert "Choose a category and describe the factor." in [e.value for e in at.error]
    assert analysis_of(store, person, attempt).episodes[0].factors[0].statement == "First"


def test_after_adding_a_factor_focus_returns_to_that_episodes_form(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, _ = _with_episode(store, person, attempt, scenario)
    at = run_page("explanation", code, attempt.id)
    assert focus_targets(at) == []
    at = _fill(at, "human_tool", None, STATEMENT)
    assert len(analysis_of(store, person, attempt).episodes[0].factors) == 1
    assert focus_targets(at) == ["add_factor_1_category"]
    at.run()
    assert focus_targets(at) == []


def test_a_refused_factor_leaves_focus_alone(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, _ = _with_episode(store, person, attempt, scenario)
    at = run_page("explanation", code, attempt.id)
    at = _fill(at, None, None, STATEMENT)
    assert errors(at) == ["Choose a category and describe the factor."]
    assert focus_targets(at) == []


def test_after_deleting_a_factor_focus_goes_to_its_episodes_form(signed_in, scenario, store):
    person, code, attempt = signed_in
    analysis = attempt.analysis
    for title in ("First", "Second"):
        analysis, _ = workflow.add_episode(analysis, title, [scenario.chronology[1].id])
    second = analysis.episodes[1].id
    analysis = workflow.add_factor(analysis, second, "human_tool", None, "Only factor", [])
    store.save_analysis(person.id, attempt.id, analysis)
    at = run_page("explanation", code, attempt.id)
    # Its add form closed: focus goes to the expander that opens it.
    [b for b in at.button if b.label == "Delete this factor"][0].click().run()
    assert analysis_of(store, person, attempt).episodes[1].factors == []
    assert focus_targets(at) == ["add_factor_2"]
    # Its add form open: focus goes to the form's first field.
    store.save_analysis(person.id, attempt.id, analysis)
    at = open_editors(run_page("explanation", code, attempt.id))
    [b for b in at.button if b.label == "Delete this factor"][0].click().run()
    assert analysis_of(store, person, attempt).episodes[1].factors == []
    assert focus_targets(at) == ["add_factor_2_category"]
