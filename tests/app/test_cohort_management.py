"""Trainers managing their cohorts on the Facilitator debrief page: the list, states, opening a
debrief without the facilitator key, removing a trainee, new codes with a copy button, and a
listed account that sees only its own cohorts."""

from __future__ import annotations

import pytest

from secondstory.reference import reference_analysis
from secondstory.storage import TrainerPass
from tests.app.conftest import click, page_path, run_page, shown_text

TRAINER_KEY = "a-trainer-key-for-tests"


def _cohort(store, scenario, name="Induction day", trainer=None):
    return store.create_cohort(name, [scenario.id], "guided", trainer=trainer)


def _member(store, scenario, cohort, name):
    person, _ = store.create_trainee(name)
    store.join_cohort(person.id, cohort[1])
    attempt = store.start_attempt(
        person.id, scenario.id, scenario.version, "guided", cohort_id=cohort[0].id
    )
    analysis = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    store.save_analysis(person.id, attempt.id, analysis, stage="findings")
    store.submit_attempt(person.id, attempt.id)
    return person


def _press(at, key):
    at.button(key=key).click()
    return at.run()


def test_the_trainer_lists_cohorts_and_closes_one_to_new_trainees(store, scenario):
    cohort, _, _ = _cohort(store, scenario)
    at = run_page("facilitator", trainer=True)
    assert "Your cohorts" in [s.value for s in at.subheader]
    assert "Induction day" in shown_text(at)
    assert "Open to new trainees" in shown_text(at)
    at = _press(at, f"closed_{cohort.id}")
    assert not at.exception
    [listed] = store.trainer_cohorts(TrainerPass())
    assert listed.state == "closed"
    assert "Closed to new trainees" in shown_text(at)
    assert at.button(key=f"open_{cohort.id}").label == "Reopen to new trainees"


def test_an_archived_cohort_leaves_the_list_until_asked_for(store, scenario):
    cohort, _, _ = _cohort(store, scenario)
    at = run_page("facilitator", trainer=True)
    at = _press(at, f"archived_{cohort.id}")
    assert "Induction day" not in shown_text(at)
    at.toggle[0].set_value(True)
    at = at.run()
    assert "Induction day" in shown_text(at) and "Archived" in shown_text(at)
    assert store.trainer_cohorts(TrainerPass(), archived=True)[0].state == "archived"


def test_the_trainer_opens_a_debrief_without_the_key_and_removes_a_trainee(store, scenario):
    cohort = _cohort(store, scenario)
    leaving = _member(store, scenario, cohort, "Robin")
    _member(store, scenario, cohort, "Ash")
    at = run_page("facilitator", trainer=True)
    at = _press(at, f"open_cohort_{cohort[0].id}")
    assert not at.exception
    assert "Induction day" in [h.value for h in at.header]
    assert len(at.dataframe[0].value) == 2
    # Names, and so removal, only once the facilitator chooses a named debrief.
    assert "Remove from the cohort" not in [b.label for b in at.button]
    at.radio(key="debrief_labels").set_value("named")
    at = at.run()
    remove = next(s for s in at.selectbox if s.label == "Trainee to remove")
    remove.set_value(leaving.id)
    at = click(at, "Remove from the cohort")
    assert "Tick the box to confirm the removal." in [e.value for e in at.error]
    assert len(store.cohort_members(cohort[0].id, cohort[2])) == 2
    next(s for s in at.selectbox if s.label == "Trainee to remove").set_value(leaving.id)
    next(c for c in at.checkbox if c.label.startswith("Their attempts leave")).check()
    at = click(at, "Remove from the cohort")
    assert not at.exception
    assert [p.display_name for p in store.cohort_members(cohort[0].id, cohort[2])] == ["Ash"]
    assert list(at.dataframe[0].value["trainee"]) == ["Ash"]
    [kept] = store.list_attempts(leaving.id)
    assert kept.submitted and kept.cohort_id is None


def test_a_new_join_code_is_shown_with_a_copy_button_and_works(store, scenario):
    cohort, old_code, _ = _cohort(store, scenario)
    at = run_page("facilitator", trainer=True)
    at = _press(at, f"open_cohort_{cohort.id}")
    at = click(at, "Replace the join code")
    assert not at.exception
    new_code = at.code[-1].value
    assert new_code != old_code
    copy = [i for i in at.get("iframe") if new_code in str(i.proto)]
    assert copy and "Copy the new join code" in str(copy[0].proto)
    person, _ = store.create_trainee("Late")
    assert store.join_cohort(person.id, new_code).id == cohort.id


def test_the_trainer_key_is_typed_once_per_session(store, scenario, monkeypatch):
    monkeypatch.setenv("SECONDSTORY_TRAINER_KEY", TRAINER_KEY)
    _cohort(store, scenario)
    at = run_page("facilitator")
    assert "Your cohorts" not in [s.value for s in at.subheader]
    next(t for t in at.text_input if t.label == "Trainer key").input(TRAINER_KEY)
    at = click(at, "Open the trainer pages")
    assert "Your cohorts" in [s.value for s in at.subheader]
    at.switch_page(page_path("library"))
    at = at.run()
    at.switch_page(page_path("facilitator"))
    at = at.run()
    assert "Trainer key" not in [t.label for t in at.text_input]
    assert "Induction day" in shown_text(at)


@pytest.fixture
def listed(monkeypatch):
    monkeypatch.delenv("SECONDSTORY_TRAINER_KEY", raising=False)
    monkeypatch.setenv("SECONDSTORY_TRAINERS", "lead@example.org")


def test_a_listed_trainer_sees_only_the_cohorts_they_set_up(store, scenario, listed):
    from tests.app.test_sso import AUTH, USER, library

    _cohort(store, scenario, "Lead cohort", trainer=TrainerPass("lead@example.org"))
    _cohort(store, scenario, "Other cohort", trainer=TrainerPass("other@example.org"))
    at = library(auth=AUTH, user={**USER, "email": "Lead@example.org"})
    at.switch_page(page_path("facilitator"))
    at = at.run()
    assert not at.exception
    text = shown_text(at)
    assert "Lead cohort" in text and "Other cohort" not in text
