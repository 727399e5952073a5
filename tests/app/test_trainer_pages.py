"""Trainer pages: Scenario check, its reload, and setting up cohorts open only with the trainer key
(or a listed organisation account); no server path is ever shown (scenario files, the database);
join codes can be replaced."""

from __future__ import annotations

import pytest

from components.state import Key
from tests.app.conftest import click, page_path, run_page, shown_text

TRAINER_KEY = "a-trainer-key-for-tests"


def _input(at, label):
    return next(t for t in at.text_input if t.label == label)


@pytest.fixture
def trainer_key(monkeypatch):
    monkeypatch.setenv("SECONDSTORY_TRAINER_KEY", TRAINER_KEY)
    return TRAINER_KEY


def test_without_a_trainer_key_the_scenario_check_is_closed_and_says_how_to_open_it(
    store, monkeypatch
):
    monkeypatch.delenv("SECONDSTORY_TRAINER_KEY", raising=False)
    at = run_page("authoring")
    assert not at.exception
    assert any("SECONDSTORY_TRAINER_KEY" in i.value for i in at.info)
    assert not at.dataframe
    assert "Reload the scenario folder" not in [b.label for b in at.button]


def test_the_scenario_check_opens_with_the_trainer_key_only(store, trainer_key):
    at = run_page("authoring")
    assert not at.dataframe
    _input(at, "Trainer key").input("not-the-key")
    at = click(at, "Open the trainer pages")
    assert [e.value for e in at.error] == ["That trainer key was not recognised."]
    assert not at.dataframe
    _input(at, "Trainer key").input(trainer_key)
    at = click(at, "Open the trainer pages")
    assert not at.exception
    assert at.dataframe
    assert "Reload the scenario folder" in [b.label for b in at.button]


def test_setting_up_a_cohort_needs_the_trainer_key_but_opening_one_does_not(store, trainer_key):
    at = run_page("facilitator")
    assert "Cohort name" not in [t.label for t in at.text_input]
    assert "Facilitator key" in [t.label for t in at.text_input]
    _input(at, "Trainer key").input(trainer_key)
    at = click(at, "Open the trainer pages")
    assert "Cohort name" in [t.label for t in at.text_input]


def test_a_listed_organisation_account_is_a_trainer(store, monkeypatch):
    monkeypatch.delenv("SECONDSTORY_TRAINER_KEY", raising=False)
    monkeypatch.setenv("SECONDSTORY_TRAINERS", "lead@example.org, other@example.org")
    from tests.app.test_sso import AUTH, USER, library

    at = library(auth=AUTH, user={**USER, "email": "Lead@example.org"})
    at.switch_page(page_path("authoring"))
    at = at.run()
    assert at.dataframe
    at = library(auth=AUTH, user=USER)  # signed in, but not listed
    at.switch_page(page_path("authoring"))
    at = at.run()
    assert not at.dataframe


def test_the_scenario_check_never_shows_where_the_server_keeps_files(store, tmp_path, monkeypatch):
    from tests.unit.starter import STARTER_TEXT

    folder = tmp_path / "content" / "scenarios"
    folder.mkdir(parents=True)
    (folder / "good.yaml").write_text(STARTER_TEXT.replace("id: demo", "id: good", 1))
    (folder / "copy.yaml").write_text(STARTER_TEXT.replace("id: demo", "id: good", 1))
    (folder / "bad.yaml").write_text("id: [broken\n")
    monkeypatch.setenv("SECONDSTORY_SCENARIOS", str(folder))
    at = run_page("authoring", trainer=True)
    assert not at.exception
    everything = shown_text(at) + "\n".join(c.value for c in at.code)
    assert str(tmp_path) not in everything
    assert "bad.yaml:" in everything
    assert "good.yaml:1: scenario id 'good' is also used by copy.yaml" in everything


def test_a_facilitator_replaces_the_join_code(store, scenario):
    cohort, old_code, key = store.create_cohort("Induction day", [scenario.id], "guided")
    at = run_page("facilitator")
    _input(at, "Facilitator key").input(key)
    at = click(at, "Open the debrief")
    at = click(at, "Replace the join code")
    assert not at.exception
    new_code = at.code[-1].value
    person, _ = store.create_trainee("Ash")
    assert store.join_cohort(person.id, new_code).id == cohort.id
    with pytest.raises(Exception, match="join code was not recognised"):
        store.join_cohort(person.id, old_code)


def test_the_trainer_unlock_is_forgotten_at_sign_out(store, signed_in):
    _, code, _ = signed_in
    at = run_page("authoring", code=code, trainer=True)
    assert at.dataframe
    at.button(key="sign_out").click()
    at = at.run()
    assert Key.TRAINER not in at.session_state


def test_an_unreachable_database_is_reported_without_its_path(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the database folder should be")
    monkeypatch.setenv("SECONDSTORY_DATABASE_URL", f"sqlite:///{blocked / 'db' / 'x.db'}")
    at = run_page("library")
    next(t for t in at.text_input if t.label == "Display name").input("Robin")
    at = click(at, "Start practising")
    [message] = [e.value for e in at.error]
    assert message.startswith("The app cannot reach its database")
    assert str(tmp_path) not in message


def test_the_scenario_check_lists_warnings_beside_the_files_that_loaded(
    store, tmp_path, monkeypatch
):
    from tests.unit.starter import STARTER_TEXT

    folder = tmp_path / "scenarios"
    folder.mkdir()
    # Two cases that give the same health visitor's full name to different people.
    (folder / "one.yaml").write_text(STARTER_TEXT.replace("id: demo", "id: one", 1))
    (folder / "two.yaml").write_text(STARTER_TEXT.replace("id: demo", "id: two", 1))
    monkeypatch.setenv("SECONDSTORY_SCENARIOS", str(folder))
    at = run_page("authoring", trainer=True)
    assert not at.exception
    assert any("warning(s)" in w.value for w in at.warning)
    shown = "\n".join(c.value for c in at.code)
    assert "'Sam Okafor' is also the name of someone in" in shown
    assert str(tmp_path) not in shown
