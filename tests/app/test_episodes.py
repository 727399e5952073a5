"""Stage 1 page: adding, editing, reordering and deleting episodes; the expert's episodes; guided mode."""

from __future__ import annotations

import pytest

from components.focus import focus_after_rerun
from secondstory import guide, workflow
from secondstory.models import WorkedExample
from secondstory.textsafe import escape_markdown
from tests.app.conftest import (
    analysis_of,
    answers,
    button,
    checklist,
    click,
    errors,
    focus_targets,
    open_editors,
    run_page,
    shown_text,
    type_answer,
)

FORM_SUBMIT = "FormSubmitter:add_episode-Add episode"


def _add(at, title, entries, why=""):
    form_inputs = [t for t in at.text_input if t.form_id == "add_episode"]
    form_inputs[0].input(title)
    chooser = next(m for m in at.multiselect if m.form_id == "add_episode")
    for entry in entries:
        chooser.select(entry)
    next(t for t in at.text_area if t.form_id == "add_episode").input(why)
    at.button(key=FORM_SUBMIT).click()
    return at.run()


def _with_episodes(store, person, attempt, scenario, titles):
    analysis = attempt.analysis
    for number, title in enumerate(titles):
        analysis, _ = workflow.add_episode(analysis, title, [scenario.chronology[number].id])
    return store.save_analysis(person.id, attempt.id, analysis)


def _titles(analysis):
    return [e.title for e in analysis.episodes]


def test_adding_an_episode_saves_it_and_it_is_there_after_a_reload(signed_in, scenario, store):
    person, code, attempt = signed_in
    at = run_page("episodes", code, attempt.id)
    assert not at.exception
    entries = [scenario.chronology[1].id, scenario.chronology[2].id]
    at = _add(at, "  Nursery notices hunger  ", entries, "The first sign seen outside home.")
    assert not at.exception
    [episode] = analysis_of(store, person, attempt).episodes
    assert episode.title == "Nursery notices hunger"
    assert episode.entries == entries
    assert episode.why_key == "The first sign seen outside home."
    at = run_page("episodes", code, attempt.id)
    assert [s.value for s in at.subheader if s.value.startswith("1.")] == [
        "1. Nursery notices hunger"
    ]
    assert f"Entries [{entries[0]}](case_file?" in shown_text(at)  # the entry opens from here
    assert "You have 1 episode(s)." in shown_text(at)


def test_adding_without_a_title_or_entries_is_refused_with_a_message(signed_in, scenario, store):
    person, code, attempt = signed_in
    at = run_page("episodes", code, attempt.id)
    at = _add(at, "", [scenario.chronology[0].id])
    assert errors(at) == ["Give the episode a title and choose at least one chronology entry."]
    at = _add(at, "A title but no entries", [])
    assert len(at.error) == 1
    assert analysis_of(store, person, attempt).episodes == []


def test_editing_title_and_why_is_saved_at_once(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, ["Old title"])
    episode_id = attempt.analysis.episodes[0].id
    at = run_page("episodes", code, attempt.id)
    # The edit form is drawn only once its expander is opened.
    assert not any(t.key and t.key.startswith(f"ep_{episode_id}") for t in at.text_input)
    at = open_editors(at)
    title = next(t for t in at.text_input if t.key and t.key.startswith(f"ep_{episode_id}"))
    title.input("New title").run()
    assert _titles(analysis_of(store, person, attempt)) == ["New title"]
    [why] = answers(at, f"ep_{episode_id}")
    at = type_answer(at, why, "It changed what the nursery did next.")
    assert not at.exception
    saved = analysis_of(store, person, attempt).episodes[0]
    assert saved.why_key == "It changed what the nursery did next."
    assert saved.title == "New title"
    entries = next(m for m in at.multiselect if m.key and m.key.startswith(f"ep_{episode_id}"))
    entries.select(scenario.chronology[3].id).run()
    assert analysis_of(store, person, attempt).episodes[0].entries == [
        scenario.chronology[0].id,
        scenario.chronology[3].id,
    ]
    assert "1. New title" in [s.value for s in at.subheader]
    at = open_editors(run_page("episodes", code, attempt.id))
    assert any(t.value == "New title" for t in at.text_input)


def test_clearing_a_title_is_refused_and_the_old_title_is_kept(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, ["Keep me"])
    at = open_editors(run_page("episodes", code, attempt.id))
    title = next(t for t in at.text_input if t.value == "Keep me")
    title.input("   ").run()
    assert errors(at) == ["An episode needs a title."]
    assert _titles(analysis_of(store, person, attempt)) == ["Keep me"]


def test_move_up_move_down_and_delete(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, ["First", "Second", "Third"])
    at = open_editors(run_page("episodes", code, attempt.id))
    ups = [b for b in at.button if b.label == "Move up"]
    assert ups[0].disabled and not ups[1].disabled
    downs = [b for b in at.button if b.label == "Move down"]
    assert downs[-1].disabled
    ups[2].click().run()
    assert _titles(analysis_of(store, person, attempt)) == ["First", "Third", "Second"]
    [b for b in at.button if b.label == "Move down"][0].click().run()
    assert _titles(analysis_of(store, person, attempt)) == ["Third", "First", "Second"]
    [b for b in at.button if b.label == "Delete episode"][1].click().run()
    assert not at.exception
    assert _titles(analysis_of(store, person, attempt)) == ["Third", "Second"]
    at = run_page("episodes", code, attempt.id)
    assert [s.value for s in at.subheader if s.value[0].isdigit()] == ["1. Third", "2. Second"]


def test_the_experts_episodes_can_be_shown_and_carried_forward(signed_in, scenario, store):
    person, code, attempt = signed_in
    at = run_page("episodes", code, attempt.id)
    assert button(at, "Show the expert's episodes").disabled
    attempt = _with_episodes(store, person, attempt, scenario, ["Mine"])
    at = run_page("episodes", code, attempt.id)
    at = click(at, "Show the expert's episodes")
    assert not at.exception
    assert analysis_of(store, person, attempt).revealed_expert_episodes
    text = shown_text(at)
    for expert in scenario.expert.episodes:
        assert any(m.value.startswith(f"**{escape_markdown(expert.title)}:**") for m in at.markdown)
    assert "the comparison will say so" in text
    at = click(at, "Carry the expert's episodes forward (replaces your episodes)")
    assert not at.exception
    saved = analysis_of(store, person, attempt)
    assert saved.revealed_expert_episodes
    assert [e.from_reference for e in saved.episodes] == [e.id for e in scenario.expert.episodes]
    assert all(e.appraisal is None and not e.factors for e in saved.episodes)
    at = run_page("episodes", code, attempt.id)
    assert "carried forward from the expert\\'s episodes" in shown_text(at)


def test_guided_mode_teaches_and_records_hints(start, store, library):
    person, code, attempt, scenario = start("baby-unexplained-bruise", "guided")
    at = run_page("episodes", code, attempt.id)
    assert not at.exception
    assert guide.stage_intro("episodes", scenario) in [m.value for m in at.markdown]
    assert "Worked example" in [e.label for e in at.expander]
    example = library.scenarios[guide.TUTORIAL_ID].expert.episodes[0]
    assert f"**Episode:** {escape_markdown(example.title)}" in [m.value for m in at.markdown]
    hints = guide.hint_keys(scenario, "episodes")
    assert hints, "the scenario needs stage 1 hints"
    at = click(at, f"Show a hint ({len(hints)} left; hints used are recorded)")
    assert not at.exception
    assert analysis_of(store, person, attempt).hints_used == [hints[0][0]]
    at = run_page("episodes", code, attempt.id)
    assert any(i.value.startswith("Hint:") for i in at.info)
    assert button(at, "Show a hint").label.startswith(f"Show a hint ({len(hints) - 1} left")


def test_full_mode_shows_no_teaching_or_hints(start):
    _, code, attempt, _ = start("baby-unexplained-bruise", "full")
    at = run_page("episodes", code, attempt.id)
    assert not at.exception
    intro = guide.STAGE_INTROS["episodes"].split("{size}")[0]
    assert not any(m.value.startswith(intro) for m in at.markdown)
    assert "Worked example" not in [e.label for e in at.expander]
    assert not any(b.label.startswith("Show a hint") for b in at.button)


def test_the_checklist_ticks_once_an_episode_is_added(signed_in, scenario):
    _, code, attempt = signed_in
    at = run_page("episodes", code, attempt.id)
    assert checklist(at) == {
        "At least one key practice episode": False,
        "Every episode has chronology entries": True,
    }
    at = _add(at, "Nursery notices hunger", [scenario.chronology[1].id])
    assert checklist(at)["At least one key practice episode"] is True


def test_the_tutorial_in_guided_mode_shows_its_own_worked_example(start):
    _, code, attempt, scenario = start(guide.TUTORIAL_ID, "guided")
    at = run_page("episodes", code, attempt.id)
    assert "Worked example" in [e.label for e in at.expander]
    [own] = [w for w in scenario.expert.worked_examples if w.stage == "episodes"]
    markdown = [m.value for m in at.markdown]
    for part in own.parts:
        assert f"**{part.label}:** {escape_markdown(part.text)}" in markdown
    assert escape_markdown(own.heading) in [c.value for c in at.caption]
    # Not the tutorial's own answer.
    for expert in scenario.expert.episodes:
        assert not any(escape_markdown(expert.title) in m for m in markdown)


def test_stage_1_says_how_many_episodes_suit_this_case(start):
    # The tutorial's expert chose two episodes; a full case's, six or more.
    _, code, attempt, _ = start(guide.TUTORIAL_ID, "guided")
    at = run_page("episodes", code, attempt.id)
    text = shown_text(at)
    assert "about one to three suit this case" in text
    assert "four to eight" not in text
    _, code, attempt, _ = start("baby-unexplained-bruise", "guided")
    at = run_page("episodes", code, attempt.id)
    assert "about six to eight suit this case" in shown_text(at)
    assert "You have 0 episode(s). About six to eight suit this case." in shown_text(at)


def test_more_episodes_than_suit_the_case_are_questioned(start, store):
    person, code, attempt, scenario = start(guide.TUTORIAL_ID, "full")
    attempt = _with_episodes(store, person, attempt, scenario, ["A", "B", "C", "D"])
    at = run_page("episodes", code, attempt.id)
    assert "You have 4 episode(s). That is more than suit this case (about one to three)" in (
        shown_text(at)
    )


def test_after_adding_an_episode_focus_returns_to_the_form(signed_in, scenario):
    _, code, attempt = signed_in
    at = run_page("episodes", code, attempt.id)
    assert focus_targets(at) == []
    at = _add(at, "Nursery notices hunger", [scenario.chronology[1].id])
    assert focus_targets(at) == ["add_episode_title"]
    at.run()
    assert focus_targets(at) == []


def _html(at):
    return [e.proto.body for e in at.get("html")]


def test_after_deleting_an_episode_focus_goes_to_the_add_form(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, ["First", "Second"])
    at = open_editors(run_page("episodes", code, attempt.id))
    [b for b in at.button if b.label == "Delete episode"][0].click().run()
    assert _titles(analysis_of(store, person, attempt)) == ["Second"]
    assert focus_targets(at) == ["add_episode_title"]
    # A second delete asks again, and its script differs so that the browser runs it again.
    first = _html(at)
    [b for b in at.button if b.label == "Delete episode"][0].click().run()
    assert _titles(analysis_of(store, person, attempt)) == []
    assert focus_targets(at) == ["add_episode_title"]
    second = _html(at)
    assert first != second


def test_focus_is_given_only_to_a_widget_key_never_to_other_text():
    with pytest.raises(ValueError):
        focus_after_rerun('x"); alert(1); ("')


def test_a_cases_own_worked_example_is_shown_literally(start, library, monkeypatch):
    _, code, attempt, scenario = start("baby-unexplained-bruise", "guided")
    own = WorkedExample(
        stage="episodes",
        heading="**Ours**",
        parts=[{"label": "[Link](http://x)", "text": "<b>bold</b> *text*"}],
    )
    expert = scenario.expert.model_copy(update={"worked_examples": [own]})
    changed = scenario.model_copy(update={"expert": expert})
    monkeypatch.setitem(library.scenarios, scenario.id, changed)
    monkeypatch.setattr("components.session.library", lambda: library)
    at = run_page("episodes", code, attempt.id)
    assert escape_markdown("**Ours**") in [c.value for c in at.caption]
    line = f"**{escape_markdown('[Link](http://x)')}:** {escape_markdown('<b>bold</b> *text*')}"
    assert line in [m.value for m in at.markdown]


def test_an_episode_without_entries_says_so(signed_in, scenario, store):
    # An imported analysis may hold an episode whose entries were all removed.
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, ["Imported"])
    episode = attempt.analysis.episodes[0].model_copy(update={"entries": []})
    analysis = attempt.analysis.model_copy(update={"episodes": [episode]})
    store.save_analysis(person.id, attempt.id, analysis)
    at = run_page("episodes", code, attempt.id)
    assert not at.exception
    assert "No entries yet" in shown_text(at)


def test_a_renamed_episode_keeps_its_edit_form_open(signed_in, scenario, store):
    # The expander's label must not carry the title: a new label is a new, closed expander.
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, ["Old title"])
    episode_id = attempt.analysis.episodes[0].id
    at = open_editors(run_page("episodes", code, attempt.id))
    title = next(t for t in at.text_input if t.key and t.key.startswith(f"ep_{episode_id}"))
    title.input("New title").run()
    assert "1. New title" in [s.value for s in at.subheader]
    assert any(t.value == "New title" for t in at.text_input if t.key and "ep_" in t.key)
    assert answers(at, f"ep_{episode_id}")
