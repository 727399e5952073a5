"""The database cannot be reached: every read path (a reload with a resume code, the Library's
attempt and cohort reads, My work, the analysis pages) shows the same plain message instead of a
Python error, and the page still shows what it can (the scenarios stay listed)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from components.session import DATABASE_DOWN
from secondstory.storage import StorageError, Store
from secondstory.textsafe import escape_markdown
from tests.app.conftest import APP, click, errors, page_path, run_page, session_token, shown_text


def fail(*_args, **_kwargs):
    raise StorageError("Could not read from the database.")


@pytest.fixture
def database_down(monkeypatch):
    """Every read the pages make fails as it does when the database server is down."""

    def down() -> None:
        for name in (
            "trainee_by_resume_code",
            "trainee_by_session",
            "get_attempt",
            "list_attempts",
            "trainee_cohorts",
        ):
            monkeypatch.setattr(Store, name, fail)

    return down


def assert_told(at) -> None:
    assert not at.exception, at.exception
    shown = errors(at)
    assert len(shown) == 1, shown
    assert shown[0].startswith(DATABASE_DOWN)


def reload(page: str, token: str | None, attempt_id: str | None = None) -> AppTest:
    """A reload of an address holding a session token made while the database was up."""
    at = AppTest.from_file(APP, default_timeout=10)
    if token:
        at.query_params["session"] = token
    if attempt_id:
        at.query_params["attempt"] = attempt_id
    at.run()
    if page != "library":
        at.switch_page(page_path(page))
        at.run()
    return at


def scenario_titles(at, library) -> list[str]:
    shown = shown_text(at)
    return [s.title for s in library.scenarios.values() if escape_markdown(s.title) in shown]


def test_reload_of_the_library_with_a_resume_code(signed_in, library, database_down):
    _person, code, _attempt = signed_in
    token = session_token(code)
    database_down()
    at = reload("library", token)
    assert_told(at)
    assert len(scenario_titles(at, library)) == len(library.scenarios)
    assert at.query_params["session"] in (token, [token]), "a reload once it is back resumes"
    assert "Not signed in" not in " ".join(c.value for c in at.sidebar.caption)


def test_library_of_a_signed_in_trainee_when_the_database_goes_down(
    signed_in, library, database_down
):
    _person, code, _attempt = signed_in
    at = run_page("library", code=code)
    assert not at.error
    database_down()
    at.run()
    assert_told(at)
    assert len(scenario_titles(at, library)) == len(library.scenarios)


def test_resume_form_when_the_database_is_down(signed_in, database_down):
    _person, code, _attempt = signed_in
    at = run_page("library")
    database_down()
    at.text_input[1].input(code)
    at = click(at, "Resume my work")
    assert_told(at)


def test_my_work_when_the_database_goes_down(signed_in, database_down):
    _person, code, attempt = signed_in
    at = run_page("my_work", code=code, attempt_id=attempt.id)
    assert not at.error
    database_down()
    at.run()
    assert_told(at)


@pytest.mark.parametrize("page", ["my_work", "case_file", "episodes", "comparison"])
def test_reload_of_a_page_when_the_database_is_down(signed_in, database_down, page):
    _person, code, attempt = signed_in
    token = session_token(code)
    database_down()
    at = reload(page, token, attempt.id)
    assert_told(at)
    assert "Start or resume" not in shown_text(at)


def test_database_unreachable_at_start(signed_in, library, monkeypatch):
    _person, code, _attempt = signed_in
    token = session_token(code)
    monkeypatch.setenv("SECONDSTORY_DATABASE_URL", "postgresql://nobody:x@127.0.0.1:1/none")
    at = reload("library", token)
    assert_told(at)
    assert len(scenario_titles(at, library)) == len(library.scenarios)
