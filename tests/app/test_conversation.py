"""Conversation practice page: asking from the list and in one's own words (empty, very long,
hostile), the guarded signal, the case file keeping undrawn parts closed, and the Library's mode."""

from __future__ import annotations

from secondstory import interview, workflow
from secondstory.models import MAX_QUESTION_CHARS
from secondstory.textsafe import escape_markdown
from tests.app.conftest import (
    TUTORIAL,
    analysis_of,
    click,
    errors,
    open_editors,
    run_page,
    shown_text,
)

CASE = "cumulative-neglect"
HOSTILE = "<script>alert(1)</script> **What** [link](http://x) do you think went well? 🙂 שלום"


def _form(at):
    radio = next(r for r in at.radio if r.label == "Choose a question")
    typed = next(t for t in at.text_input if t.label == "Or write your own question")
    return radio, typed


def _ask_typed(start, question: str):
    """A new trainee in conversation practice types a question and asks it."""
    person, code, attempt, _ = start(CASE, "conversation")
    at = run_page("conversation", code, attempt.id)
    _, typed = _form(at)
    typed.input(question)
    at = click(at, "Ask")
    assert not at.exception
    return person, attempt, at


def _submitted_after_one_question(start, store):
    """A submitted attempt in conversation practice whose one question drew out an overview."""
    person, code, attempt, scenario = start(CASE, "conversation")
    analysis, _ = interview.ask(attempt.analysis, scenario, "c-teacher", choice="part:overview")
    store.save_analysis(person.id, attempt.id, analysis, stage="findings")
    store.submit_attempt(person.id, attempt.id)
    return code, attempt, scenario


def _questions(store, person, attempt):
    return interview.interview(analysis_of(store, person, attempt), "c-teacher").questions


def test_a_chosen_open_question_draws_the_part_out_and_opens_it_in_the_case_file(start, store):
    person, code, attempt, scenario = start(CASE, "conversation")
    at = run_page("conversation", code, attempt.id)
    assert not at.exception
    radio, _ = _form(at)
    overview = scenario.conversations[0].overview
    radio.set_value("part:overview")
    at = click(at, "Ask")
    assert not at.exception
    [asked] = _questions(store, person, attempt)
    assert (asked.part, asked.reply) == ("overview", "revealed")
    assert escape_markdown(overview.text) in shown_text(at)
    case_file = run_page("case_file", code, attempt.id)
    case_file.session_state["case_tab"] = "Conversations"
    text = shown_text(case_file.run())
    assert overview.text.split(".")[0] in text.replace("\\", "")
    assert scenario.conversations[0].thinking.text.split(".")[0] not in text.replace("\\", "")
    assert "Not drawn out yet" in text
    assert "Not drawn out yet" in text


def test_a_blaming_question_gets_a_guarded_reply_and_a_gentle_signal(start, store):
    person, attempt, at = _ask_typed(
        start, "Why didn't you refer the children to social care yourself?"
    )
    [asked] = _questions(store, person, attempt)
    assert asked.style == "blame" and asked.reply == "guarded"
    assert [i.value for i in at.info] == [escape_markdown("Greg Tolley is sounding more guarded.")]


def test_asking_nothing_gets_a_polite_prompt_and_saves_nothing(start, store):
    person, attempt, at = _ask_typed(start, "    ")
    assert errors(at) == [interview.EMPTY_QUESTION]
    assert _questions(store, person, attempt) == []


def test_a_very_long_question_is_cut_with_a_message(start, store):
    person, attempt, at = _ask_typed(
        start, "What did you make of what you were seeing at the time? " * 20
    )
    [asked] = _questions(store, person, attempt)
    assert len(asked.text) <= MAX_QUESTION_CHARS
    assert any(f"first {MAX_QUESTION_CHARS} characters" in e for e in errors(at))


def test_a_question_with_a_control_character_is_refused_with_where_it_is(start, store):
    person, attempt, at = _ask_typed(start, "What did you \x0b make of it?")
    assert any("a vertical tab" in e and "What did you" in e for e in errors(at))
    assert _questions(store, person, attempt) == []


def test_a_hostile_question_is_saved_and_shown_literally(start, store):
    person, attempt, at = _ask_typed(start, HOSTILE)
    [asked] = _questions(store, person, attempt)
    assert asked.text == HOSTILE
    assert asked.part == "went_well"
    shown = [m.value for m in at.markdown]
    assert f"**You:** {escape_markdown(asked.text)}" in shown
    assert not any("<script>" in m for m in shown)


def test_other_modes_point_to_the_case_file_and_keep_every_part_open(start, store):
    person, code, attempt, scenario = start(CASE, "full")
    at = run_page("conversation", code, attempt.id)
    assert not at.exception
    assert "not in conversation practice mode" in shown_text(at)
    case_file = run_page("case_file", code, attempt.id)
    assert "Not drawn out yet" not in shown_text(case_file)


def _modes_offered(code, scenario_id):
    at = run_page("library", code)
    at.button(key=f"open_{scenario_id}").click()
    at = at.run()
    assert not at.exception
    return next(r for r in at.radio if r.label == "Mode").options


def test_the_library_offers_conversation_practice_only_for_cases_with_material(start):
    person, code, attempt, scenario = start(CASE, "guided")
    assert len(_modes_offered(code, CASE)) == 3
    assert len(_modes_offered(code, TUTORIAL)) == 2


def test_feedback_on_the_questions_is_offered_once_something_is_asked(start, store):
    person, code, attempt, scenario = start(CASE, "conversation")
    at = run_page("conversation", code, attempt.id)
    assert not any(e.label.startswith("How the conversation went") for e in at.expander)
    _, typed = _form(at)
    typed.input("Did you log what Lacey said?")
    at = click(at, "Ask")
    [found] = [e for e in at.expander if e.label.startswith("How the conversation went")]
    [table, *_] = found.dataframe
    assert list(table.value["Style"]) == ["Closed"]
    assert table.value["A better wording"][0]


def test_the_comparison_notes_expert_evidence_from_parts_never_opened(start, store):
    code, attempt, scenario = _submitted_after_one_question(start, store)
    at = run_page("comparison", code, attempt.id)
    assert not at.exception
    assert any(
        e.label.startswith("Expert evidence from conversation parts you never drew out")
        for e in at.expander
    )


def test_the_facilitator_debrief_shows_the_parts_a_cohort_drew_out(store, library):
    scenario = library.scenarios[CASE]
    cohort, join_code, key = store.create_cohort("Reviewer course", [scenario.id], "conversation")
    for name in ("Ash", "Robin"):
        person, _ = store.create_trainee(name)
        store.join_cohort(person.id, join_code)
        attempt = store.start_attempt(
            person.id, scenario.id, scenario.version, "conversation", cohort_id=cohort.id
        )
        analysis, _ = interview.ask(
            attempt.analysis.model_copy(update={"scenario": scenario.id}),
            scenario,
            "c-dsl",
            choice="part:went_well",
        )
        store.save_analysis(person.id, attempt.id, analysis, stage="findings")
        store.submit_attempt(person.id, attempt.id)
    at = run_page("facilitator")
    next(t for t in at.text_input if t.label == "Facilitator key").input(key)
    at = click(at, "Open the debrief")
    assert not at.exception
    assert "Conversation practice" in [s.value for s in at.subheader]
    most = next(d.value for d in at.dataframe if "Drew it out" in d.value.columns).to_dict(
        "records"
    )[0]
    assert most == {
        "Practitioner": "Joanne Pritchard",
        "Part": "What went well",
        "Drew it out": "2 of 2",
    }


def test_a_submitted_attempt_shows_the_conversation_without_the_form(start, store):
    code, attempt, scenario = _submitted_after_one_question(start, store)
    at = run_page("conversation", code, attempt.id)
    assert not at.exception
    assert escape_markdown(scenario.conversations[0].overview.text) in shown_text(at)
    assert not [b for b in at.button if b.label == "Ask"]
    assert any(e.label.startswith("How the conversation went") for e in at.expander)


def test_stage_3_offers_as_evidence_only_the_conversation_parts_drawn_out(start, store):
    person, code, attempt, scenario = start(CASE, "conversation")
    analysis, _ = interview.ask(attempt.analysis, scenario, "c-teacher", choice="part:overview")
    entries = list(scenario.expert.episodes[0].entries)
    analysis, _ = workflow.add_episode(analysis, "An episode", entries, "Key.")
    store.save_analysis(person.id, attempt.id, analysis, stage="factors")
    at = open_editors(run_page("explanation", code, attempt.id))
    assert not at.exception
    evidence = next(m for m in at.multiselect if m.label.startswith("Evidence"))
    parts = [o for o in evidence.options if o.startswith("Conversation with")]
    assert len(parts) == 1, parts
    assert parts[0].endswith("Their overview of the case")
