"""Facilitator debrief and cohort joining: codes and keys, wrong keys, the debrief, access rules."""

from __future__ import annotations

import re

import pytest

from secondstory.reference import reference_analysis
from secondstory.storage import AccessDenied
from tests.app.conftest import errors, run_page, shown_text


def _click(at, label):
    for button in at.button:
        if button.label == label:
            button.click()
            return at.run()
    raise AssertionError(f"no button {label!r}; have {[b.label for b in at.button]}")


def _input(at, label):
    return next(t for t in at.text_input if t.label == label)


def _cohort(store, scenario):
    return store.create_cohort("Induction day", [scenario.id], "guided")


def _submitted_attempt(store, scenario, cohort, name="Robin"):
    person, code = store.create_trainee(name)
    store.join_cohort(person.id, cohort[1])
    attempt = store.start_attempt(
        person.id, scenario.id, scenario.version, "guided", cohort_id=cohort[0].id
    )
    analysis = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    store.save_analysis(person.id, attempt.id, analysis, stage="findings")
    store.submit_attempt(person.id, attempt.id)
    return person, code, attempt


def everything(at) -> str:
    """Every table, dataframe and piece of text on the page, to search in."""
    tables = [str(t.value) for t in [*at.dataframe, *at.table]]
    expanders = [e.label for e in at.expander]
    return "\n".join([shown_text(at), *tables, *expanders])


def _open(at, key):
    _input(at, "Facilitator key").input(key)
    return _click(at, "Open the debrief")


def test_creating_a_cohort_shows_the_code_and_key_once(store, scenario):
    at = run_page("facilitator", trainer=True)
    assert not at.exception
    _input(at, "Cohort name").input("Tuesday panel induction")
    at.multiselect[0].select(scenario.id)
    at = _click(at, "Create the cohort")
    assert not at.exception
    [cohort] = store.list_cohorts()
    assert cohort.name == "Tuesday panel induction" and cohort.scenario_ids == (scenario.id,)
    join_code, key = (c.value for c in at.code[:2])
    assert store.cohort_for_key(key).id == cohort.id
    assert any("shown only once" in w.value for w in at.warning)
    assert key not in str(dict(at.query_params))
    at = _click(at, "I have noted the code and key")
    assert key not in [c.value for c in at.code]
    person, _ = store.create_trainee("Ash")
    assert store.join_cohort(person.id, join_code).id == cohort.id


def test_wrong_key_gets_a_clear_message_and_nothing_else(store, scenario, signed_in):
    _cohort(store, scenario)
    at = _open(run_page("facilitator"), "not-the-key")
    assert not at.exception
    assert [e.value for e in at.error] == [
        "That facilitator key was not recognised. It may have been replaced; "
        "ask whoever holds the current key."
    ]
    assert not at.dataframe
    assert "Induction day" not in [h.value for h in at.header]


def test_right_key_shows_the_debrief_with_a_submitted_attempt(store, scenario):
    cohort = _cohort(store, scenario)
    _submitted_attempt(store, scenario, cohort, name="Robin")
    outsider, _ = store.create_trainee("Outsider")
    store.start_attempt(outsider.id, scenario.id, scenario.version, "guided")
    at = _open(run_page("facilitator"), cohort[2])
    assert not at.exception, at.exception
    assert "Induction day" in [h.value for h in at.header]
    progress = at.dataframe[0].value
    # Anonymised by default, the same label in every table.
    assert list(progress["trainee"]) == ["Trainee 1"]
    assert list(progress["submitted"]) == ["yes"]
    subheaders = [s.value for s in at.subheader]
    for title in (
        "Where we diverged",
        "Expert episodes found",
        "Category confusion",
        "Findings beside the reference's",
        "Ratings after the outcome was revealed",
        "Answers in full, by expert episode",
    ):
        assert title in subheaders
    shown = everything(at)
    assert "Robin" not in shown and "Outsider" not in shown
    assert "Trainee 1" in " ".join(str(t.value) for t in at.table)
    assert "key" not in at.query_params
    assert {d.label for d in at.get("download_button")} >= {
        "Download the debrief pack (Word)",
        "Download the debrief pack (printable page)",
        "Download the cohort's results (CSV)",
    }


def test_rotating_the_key_stops_the_old_one(store, scenario):
    cohort = _cohort(store, scenario)
    at = _open(run_page("facilitator"), cohort[2])
    at = _click(at, "Replace the facilitator key")
    assert not at.exception
    new_key = at.code[-1].value
    assert store.cohort_for_key(new_key).id == cohort[0].id
    with pytest.raises(AccessDenied):
        store.cohort_for_key(cohort[2])


def test_a_trainee_cannot_open_another_trainees_attempt(store, scenario, signed_in):
    cohort = _cohort(store, scenario)
    _, _, theirs = _submitted_attempt(store, scenario, cohort, name="Other")
    _, code, _ = signed_in
    at = run_page("my_work", code=code, attempt_id=theirs.id)
    assert not at.exception
    assert "attempt" not in at.query_params
    downloads = [d.label for d in at.get("download_button")]
    assert "Download report (Markdown)" not in downloads
    assert "Download as YAML" not in downloads


def test_join_with_a_wrong_code(store, signed_in):
    _, code, _ = signed_in
    at = run_page("library", code=code)
    _input(at, "Join code").input("NOPE-NOPE")
    at = _click(at, "Join")
    assert not at.exception
    assert "That join code was not recognised." in [e.value for e in at.error]


def test_joining_then_starting_puts_the_attempt_in_the_cohort(store, scenario):
    cohort = _cohort(store, scenario)
    person, code = store.create_trainee("Robin")
    at = run_page("library", code=code)
    _input(at, "Join code").input(cohort[1])
    at = _click(at, "Join")
    assert not at.error
    at.button(key=f"open_{scenario.id}").click()
    at = at.run()
    at = _click(at, "I have read the content notes: start")
    assert not at.exception
    [attempt] = store.list_attempts(person.id)
    assert attempt.cohort_id == cohort[0].id


def test_submitted_attempt_offers_report_downloads(store, scenario):
    cohort = _cohort(store, scenario)
    _, code, attempt = _submitted_attempt(store, scenario, cohort)
    at = run_page("my_work", code=code, attempt_id=attempt.id)
    assert not at.exception
    downloads = [d.label for d in at.get("download_button")]
    assert "Download report (Markdown)" in downloads and "Download report (Word)" in downloads


def test_a_guided_cohorts_case_opens_in_guided_mode_and_the_library_says_so(store, scenario):
    cohort = _cohort(store, scenario)
    person, code = store.create_trainee("Robin")
    store.join_cohort(person.id, cohort[1])
    at = run_page("library", code=code)
    notice = re.sub(r"\\(.)", r"\1", " ".join(i.value for i in at.info))
    assert "Induction day" in notice and scenario.title in notice and "guided mode" in notice
    at.button(key=f"open_{scenario.id}").click()
    at = at.run()
    assert "Mode" not in [r.label for r in at.radio]
    at = _click(at, "I have read the content notes: start")
    assert not at.exception
    [attempt] = store.list_attempts(person.id)
    assert (attempt.mode, attempt.cohort_id) == ("guided", cohort[0].id)


def test_a_closed_cohort_refuses_a_join_with_a_plain_message(store, scenario):
    cohort = _cohort(store, scenario)
    store.set_cohort_state(cohort[0].id, cohort[2], "closed")
    person, code = store.create_trainee("Late")
    at = run_page("library", code=code)
    _input(at, "Join code").input(cohort[1])
    at = _click(at, "Join")
    assert not at.exception
    assert errors(at) == [
        "That cohort is closed to new trainees. If you should be in it, ask your facilitator."
    ]
    assert store.trainee_cohorts(person.id) == []


def test_the_facilitator_chooses_names_for_the_whole_debrief(store, scenario):
    cohort = _cohort(store, scenario)
    _submitted_attempt(store, scenario, cohort, name="Robin")
    _submitted_attempt(store, scenario, cohort, name="Ash")
    at = _open(run_page("facilitator"), cohort[2])
    labels = set(at.dataframe[0].value["trainee"])
    assert labels == {"Trainee 1", "Trainee 2"}
    found_by = next(t.value for t in at.table if "trainee" in t.value.columns)
    assert set(found_by["trainee"]) == labels
    at.radio(key="debrief_labels").set_value("named")
    at = at.run()
    assert not at.exception
    assert set(at.dataframe[0].value["trainee"]) == {"Robin", "Ash"}
    found_by = next(t.value for t in at.table if "trainee" in t.value.columns)
    assert set(found_by["trainee"]) == {"Robin", "Ash"}
    assert "Trainee 1" not in everything(at)


def test_a_conversation_practice_cohort_needs_cases_with_practice_material(store, library):
    at = run_page("facilitator", trainer=True)
    _input(at, "Cohort name").input("Lead reviewers, conversations")
    at.multiselect[0].select("tutorial-nursery-concerns")
    mode = next(r for r in at.radio if r.label == "Mode")
    mode.set_value("conversation")
    at = _click(at, "Create the cohort")
    assert any("do not have it yet" in e for e in errors(at))
    assert store.list_cohorts() == []
    at.multiselect[0].set_value(["cumulative-neglect"])
    at = _click(at, "Create the cohort")
    assert not errors(at)
    [cohort] = store.list_cohorts()
    assert cohort.mode == "conversation"
