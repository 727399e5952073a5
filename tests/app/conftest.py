"""AppTest helpers: run the real app (router and pages) against a temporary database."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from secondstory import loading
from secondstory.storage import Store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
TUTORIAL = "tutorial-nursery-concerns"


def page_path(name: str) -> str:
    return str(ROOT / "pages" / f"{name}.py")


@pytest.fixture
def store(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("SECONDSTORY_DATABASE_URL", url)
    found = Store(url)
    yield found
    found.close()


@pytest.fixture
def scenario():
    library = loading.load_library(ROOT / "scenarios")
    assert library.scenarios, "no shipped scenario loaded"
    return library.scenarios.get(TUTORIAL) or next(iter(library.scenarios.values()))


@pytest.fixture
def signed_in(store, scenario):
    """A trainee with an attempt on a scenario; returns (trainee, code, attempt)."""
    from secondstory import workflow

    person, code = store.create_trainee("Robin")
    attempt = store.start_attempt(person.id, scenario.id, scenario.version, "guided")
    attempt = store.save_analysis(person.id, attempt.id, workflow.new_analysis(scenario))
    return person, code, attempt


def run_page(page: str, code: str | None = None, attempt_id: str | None = None) -> AppTest:
    """Run the app at a page, as a reload of a URL with the resume code and attempt would."""
    at = AppTest.from_file(APP, default_timeout=10)
    if code:
        at.query_params["code"] = code
    if attempt_id:
        at.query_params["attempt"] = attempt_id
    at.run()
    if page != "library":
        at.switch_page(page_path(page))
        at.run()
    return at
