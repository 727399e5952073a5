"""Saving work safely: two tabs on one attempt (two sessions) never overwrite each other, a clash
shows both versions and the trainee's choice is saved, and the sidebar's status is the truth."""

from __future__ import annotations

from components import session
from components.state import Key
from secondstory import workflow
from secondstory.storage import StorageError, Store
from secondstory.textsafe import escape_markdown
from tests.app.conftest import (
    analysis_of,
    answers,
    click,
    errors,
    open_editors,
    run_page,
    type_answer,
)

CHOOSE = "Changed in two places: choose what to keep"


def _with_episode(store, person, attempt, scenario):
    analysis, episode_id = workflow.add_episode(
        attempt.analysis, "Nursery notices hunger", [scenario.chronology[1].id], "First words."
    )
    return store.save_analysis(person.id, attempt.id, analysis), episode_id


def _add_episode(at, title, entry):
    next(t for t in at.text_input if t.form_id == "add_episode").input(title)
    next(m for m in at.multiselect if m.form_id == "add_episode").select(entry)
    return click(at, "Add episode")


def _why(at, episode_id):
    [key] = answers(at, f"ep_{episode_id}")
    return key


def _retitle(at, episode_id, title):
    box = next(t for t in at.text_input if t.key and t.key.startswith(f"ep_{episode_id}"))
    return box.input(title).run()


def test_a_tab_that_has_not_seen_another_tabs_change_does_not_overwrite_it(
    signed_in, scenario, store
):
    person, code, attempt = signed_in
    attempt, episode_id = _with_episode(store, person, attempt, scenario)
    first = open_editors(run_page("episodes", code, attempt.id))
    second = open_editors(run_page("episodes", code, attempt.id))
    first = _retitle(first, episode_id, "Renamed in the first tab")
    second = _add_episode(second, "Added in the second tab", scenario.chronology[4].id)
    assert not second.exception
    saved = analysis_of(store, person, attempt)
    assert [e.title for e in saved.episodes] == [
        "Renamed in the first tab",
        "Added in the second tab",
    ]
    assert any("Both changes are kept" in i.value for i in second.info)
    # The first tab's next change keeps the second tab's new episode too.
    first = _retitle(first, episode_id, "Renamed again in the first tab")
    saved = analysis_of(store, person, attempt)
    assert [e.title for e in saved.episodes] == [
        "Renamed again in the first tab",
        "Added in the second tab",
    ]


def test_the_same_answer_changed_in_two_tabs_shows_both_and_saves_the_choice(
    signed_in, scenario, store
):
    person, code, attempt = signed_in
    attempt, episode_id = _with_episode(store, person, attempt, scenario)
    first = open_editors(run_page("episodes", code, attempt.id))
    second = open_editors(run_page("episodes", code, attempt.id))
    type_answer(first, _why(first, episode_id), "The first tab's answer.")
    second = type_answer(second, _why(second, episode_id), "The second tab's answer.")
    assert not second.exception
    assert CHOOSE in [s.value for s in second.subheader]
    shown = [m.value for m in second.markdown]
    assert escape_markdown("The first tab's answer.") in shown
    assert escape_markdown("The second tab's answer.") in shown
    # Until the trainee chooses, the saved answer is the other tab's, and the sidebar says so.
    assert analysis_of(store, person, attempt).episodes[0].why_key == "The first tab's answer."
    second = click(second, "Keep this tab's version")
    assert not second.exception
    assert analysis_of(store, person, attempt).episodes[0].why_key == "The second tab's answer."
    assert CHOOSE not in [s.value for s in second.subheader]
    assert answers(second, f"ep_{episode_id}")[_why(second, episode_id)]["value"] == (
        "The second tab's answer."
    )


def test_the_sidebar_shows_the_last_confirmed_save_and_a_failure(
    signed_in, scenario, store, monkeypatch
):
    person, code, attempt = signed_in
    attempt, episode_id = _with_episode(store, person, attempt, scenario)
    at = open_editors(run_page("episodes", code, attempt.id))
    at = type_answer(at, _why(at, episode_id), "Saved for sure.")
    saved_at = store.get_attempt(person.id, attempt.id).updated_at.strftime("%H:%M:%S")
    assert _sidebar(at).caption[-1].value == (
        f":material/cloud_done: All changes saved (last saved at {saved_at} UTC)."
    )

    working = Store.save_analysis
    down = True

    def save_analysis(*args, **kwargs):
        if down:
            raise StorageError("the database did not answer")
        return working(*args, **kwargs)

    monkeypatch.setattr(Store, "save_analysis", save_analysis)
    at = type_answer(at, _why(at, episode_id), "Not saved yet.")
    assert not at.exception
    assert any(e.value.startswith("Your last change could not be saved yet") for e in at.error)
    [box] = answers(at, f"ep_{episode_id}").values()
    assert box["failed"] and box["saved"] is None  # the box keeps saying "not saved"
    assert analysis_of(store, person, attempt).episodes[0].why_key == "Saved for sure."
    sidebar = _sidebar(at)
    assert [e.value for e in sidebar.error] == [
        "Last change not saved yet. It is kept in this tab: do not close it."
    ]
    assert not any("All changes saved" in c.value for c in sidebar.caption)
    down = False
    at = type_answer(at, _why(at, episode_id), "Not saved yet, now saved.")
    assert analysis_of(store, person, attempt).episodes[0].why_key == "Not saved yet, now saved."
    assert not _sidebar(at).error


def _sidebar(at):
    """The shared sidebar, drawn by the router around every page."""
    return at.sidebar


def test_sign_out_forgets_this_tabs_saving_state(signed_in, scenario, store):
    """What saving keeps in the session (the last confirmed save, the values handled, a refused
    answer's message and its text) is the trainee's: the next person at the browser has none."""
    person, code, attempt = signed_in
    attempt, episode_id = _with_episode(store, person, attempt, scenario)
    at = open_editors(run_page("episodes", code, attempt.id))
    key = _why(at, episode_id)
    at = type_answer(at, key, "Refused\x0bhere")
    kept = (Key.AUTOSAVE, Key.BOUND_HANDLED, Key.ANSWER_ERRORS)
    assert all(k in at.session_state for k in kept)
    at.button(key="sign_out").click()
    at = at.run()
    assert [k for k in Key if k in at.session_state] == []
    assert key not in at.session_state


def test_a_database_that_cannot_be_reached_while_typing_keeps_the_change(
    signed_in, scenario, store, monkeypatch
):
    person, code, attempt = signed_in
    attempt, episode_id = _with_episode(store, person, attempt, scenario)
    at = open_editors(run_page("episodes", code, attempt.id))

    def unreachable(_url):
        raise StorageError("could not connect to server at db.internal:5432")

    reachable = session._store
    monkeypatch.setattr(session, "_store", unreachable)
    at = type_answer(at, _why(at, episode_id), "Typed while the database was away.")
    assert not at.exception
    assert any(
        e.startswith(f"Your last change could not be saved yet ({session.DATABASE_DOWN})")
        for e in errors(at)
    )
    assert not any("db.internal" in e for e in errors(at))
    assert "Last change not saved yet. It is kept in this tab: do not close it." in [
        e.value for e in _sidebar(at).error
    ]
    monkeypatch.setattr(session, "_store", reachable)
    at = type_answer(at, _why(at, episode_id), "Typed while the database was away, then saved.")
    saved = analysis_of(store, person, attempt).episodes[0].why_key
    assert saved == "Typed while the database was away, then saved."
