"""A trainer stays signed in across a reload: the trainer key gives a trainer token that the
trainer pages' address carries (never the key); a wrong or ended token is dropped with a plain
message; "Sign out as trainer" ends it; the open cohort is in the address but reopens only
through the trainer pass; trainee pages never keep the token."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs

import pytest
from sqlalchemy import update
from streamlit.testing.v1 import AppTest

from components.state import Key
from secondstory.storage import StorageError, Store
from secondstory.storage.schema import trainer_sessions
from tests.app.conftest import APP, click, page_path, run_page, shown_text, url_value

TRAINER_KEY = "a-trainer-key-for-tests"
ENDED = "Your trainer sign-in in this address has ended"


@pytest.fixture(autouse=True)
def trainer_key(monkeypatch):
    monkeypatch.setenv("SECONDSTORY_TRAINER_KEY", TRAINER_KEY)


def reload_at(page: str, **params: str) -> AppTest:
    """A new browser session opening `page` at an address with these parameters (a reload, or
    the address pasted into a new tab)."""
    at = AppTest.from_file(APP, default_timeout=10)
    at.run()
    for name, value in params.items():
        at.query_params[name] = value
    at.switch_page(page_path(page))
    return at.run()


def give_the_key(page: str = "facilitator") -> AppTest:
    at = run_page(page)
    next(t for t in at.text_input if t.label == "Trainer key").input(TRAINER_KEY)
    return click(at, "Open the trainer pages")


def warnings(at: AppTest) -> list[str]:
    """The warnings as a reader sees them (drawn with Markdown characters escaped)."""
    return [re.sub(r"\\(.)", r"\1", str(w.value)) for w in at.warning]


def is_trainer(at: AppTest) -> bool:
    return "Your cohorts" in [s.value for s in at.subheader]


def test_the_key_gives_a_token_in_the_address_that_restores_the_pass_after_a_reload(store):
    at = give_the_key()
    token = url_value(at, "trainer")
    assert token and TRAINER_KEY not in token
    assert TRAINER_KEY not in str(dict(at.query_params))
    again = reload_at("facilitator", trainer=token)
    assert not again.exception
    assert is_trainer(again)
    assert "Trainer key" not in [t.label for t in again.text_input]
    assert url_value(again, "trainer") == token
    scenario_check = reload_at("authoring", trainer=token)
    assert scenario_check.dataframe


@pytest.mark.parametrize("token", ["not-a-real-token", "x" * 300])
def test_a_wrong_token_is_dropped_with_a_plain_message(store, token):
    at = reload_at("facilitator", trainer=token)
    assert not at.exception
    assert not is_trainer(at)
    assert url_value(at, "trainer") is None
    assert any(ENDED in w for w in warnings(at))
    assert "Trainer key" in [t.label for t in at.text_input]


def test_an_expired_token_is_dropped_with_a_plain_message(store):
    token = store.open_trainer_session()
    with store.engine.begin() as conn:
        conn.execute(
            update(trainer_sessions).values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(1))
        )
    at = reload_at("authoring", trainer=token)
    assert not at.exception
    assert not at.dataframe
    assert url_value(at, "trainer") is None
    assert any(ENDED in w for w in warnings(at))


def test_signing_out_as_trainer_ends_the_token_on_the_server(store):
    token = url_value(give_the_key(), "trainer")
    at = reload_at("facilitator", trainer=token)
    at = click(at, "Sign out as trainer")
    assert not at.exception
    assert not is_trainer(at)
    assert url_value(at, "trainer") is None
    assert Key.TRAINER not in at.session_state
    assert "You are signed out as trainer." in warnings(at)
    after = reload_at("facilitator", trainer=token)
    assert not is_trainer(after)
    assert url_value(after, "trainer") is None
    assert any(ENDED in w for w in warnings(after))


def test_the_open_cohort_reopens_after_a_reload_through_the_trainer_pass(store, scenario):
    cohort, _, _ = store.create_cohort("Induction day", [scenario.id], "guided")
    at = give_the_key()
    at.button(key=f"open_cohort_{cohort.id}").click()
    at = at.run()
    assert url_value(at, "cohort") == cohort.id
    again = reload_at("facilitator", trainer=url_value(at, "trainer"), cohort=cohort.id)
    assert not again.exception
    assert "Induction day" in [h.value for h in again.header]
    left = click(again, "Back to the start of the page (leave this debrief)")
    assert url_value(left, "cohort") is None


def test_a_cohort_in_the_address_without_the_trainer_pass_is_refused(store, scenario):
    cohort, _, _ = store.create_cohort("Induction day", [scenario.id], "guided")
    at = reload_at("facilitator", cohort=cohort.id)
    assert not at.exception
    assert "Induction day" not in [h.value for h in at.header]
    assert "Induction day" not in shown_text(at)
    assert url_value(at, "cohort") is None
    assert any("opens again only for a trainer" in i.value for i in at.info)


def test_a_trainee_page_drops_the_trainer_token_and_gives_no_pass(store, signed_in):
    _, code, attempt = signed_in
    token = url_value(give_the_key(), "trainer")
    at = run_page("library", code)
    at.query_params["trainer"] = token
    at.switch_page(page_path("glossary"))
    at = at.run()
    assert not at.exception
    assert url_value(at, "trainer") is None
    assert Key.TRAINER not in at.session_state
    at.switch_page(page_path("facilitator"))
    at = at.run()
    assert not is_trainer(at)
    assert "Trainer key" in [t.label for t in at.text_input]


def test_only_links_on_trainer_pages_carry_the_token_and_only_to_trainer_pages(store):
    at = give_the_key()
    token = url_value(at, "trainer")
    carried = {
        link.proto.label
        for link in at.sidebar.get("page_link")
        if parse_qs(link.proto.query_string).get("trainer") == [token]
    }
    assert carried == {"Scenario check", "Facilitator debrief"}
    at.switch_page(page_path("library"))
    at = at.run()
    assert url_value(at, "trainer") is None
    assert not [
        link for link in at.sidebar.get("page_link") if "trainer" in link.proto.query_string
    ]
    # Still a trainer in this browser session: back on a trainer page the address has it again.
    at.switch_page(page_path("facilitator"))
    at = at.run()
    assert is_trainer(at) and url_value(at, "trainer") == token


def test_the_sidebar_sign_out_ends_the_trainer_token_too(store, signed_in):
    _, code, _ = signed_in
    at = run_page("facilitator", code)
    next(t for t in at.text_input if t.label == "Trainer key").input(TRAINER_KEY)
    at = click(at, "Open the trainer pages")
    token = url_value(at, "trainer")
    at.button(key="sign_out").click()
    at = at.run()
    assert url_value(at, "trainer") is None
    assert not is_trainer(reload_at("facilitator", trainer=token))


def test_a_database_outage_keeps_the_token_in_the_address(store, monkeypatch):
    token = store.open_trainer_session()

    def down(*_args, **_kwargs):
        raise StorageError("The app cannot reach its database just now.")

    monkeypatch.setattr(Store, "trainer_by_session", down)
    at = reload_at("authoring", trainer=token)
    assert not at.exception
    assert not at.dataframe
    assert url_value(at, "trainer") == token
    assert "The app cannot reach its database just now." in warnings(at)
