"""AppTest helpers: run the real app (router and pages) against a temporary database."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.runtime.state.common import user_key_from_element_id
from streamlit.testing.v1 import AppTest

from components.state import Key
from secondstory import loading
from secondstory.storage import Store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
TUTORIAL = "tutorial-nursery-concerns"


def page_path(name: str) -> str:
    return str(ROOT / "screens" / f"{name}.py")


@pytest.fixture
def store(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("SECONDSTORY_DATABASE_URL", url)
    found = Store(url)
    yield found
    found.close()


@pytest.fixture(scope="session")
def library():
    """The shipped scenarios, loaded once (the models are frozen, so sharing them is safe)."""
    return loading.load_library(ROOT / "scenarios")


@pytest.fixture
def scenario(library):
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


def session_token(code: str) -> str:
    """A session token for the trainee with this resume code, as resuming with it gives."""
    with Store(os.environ["SECONDSTORY_DATABASE_URL"]) as store:
        return store.open_session(store.trainee_by_resume_code(code).id)


def run_page(
    page: str,
    code: str | None = None,
    attempt_id: str | None = None,
    *,
    trainer: bool = False,
) -> AppTest:
    """Run the app at a page, as a reload of an address with the session token of the trainee
    with this resume code, and the attempt, would; `trainer`: as a trainer who gave the key."""
    at = AppTest.from_file(APP, default_timeout=10)
    if code:
        at.query_params["session"] = session_token(code)
    if attempt_id:
        at.query_params["attempt"] = attempt_id
    if trainer:
        at.session_state[Key.TRAINER] = True
    at.run()
    if page != "library":
        at.switch_page(page_path(page))
        at.run()
    return at


def open_editors(at: AppTest, *prefixes: str) -> AppTest:
    """Open the page's expanders whose content is drawn only while open (components/lazy.py),
    those whose key starts with one of `prefixes` (all of them if none is given), and run the
    page again, as a trainee who clicked each would see it."""
    keys = [user_key_from_element_id(e.proto.id) for e in at.expander if e.proto.id]
    keys = [k for k in keys if k and (not prefixes or k.startswith(prefixes))]
    for key in keys:
        at.session_state[key] = True
    return at.run() if keys else at


def url_value(at: AppTest, name: str) -> str | None:
    """A query parameter of the page address as the app left it."""
    value = at.query_params.get(name)
    return value[0] if isinstance(value, list) else value


def click(at: AppTest, label: str) -> AppTest:
    """Click the first button with this label and rerun."""
    for button in at.button:
        if button.label == label:
            button.click()
            return at.run()
    raise AssertionError(f"no button {label!r}; have {[b.label for b in at.button]}")


def button(at: AppTest, label: str):
    """The first button whose label starts with this text."""
    for found in at.button:
        if found.label.startswith(label):
            return found
    raise AssertionError(f"no button {label!r}; have {[b.label for b in at.button]}")


def errors(at: AppTest) -> list[str]:
    """The error messages as a reader sees them: they are drawn with every Markdown character
    escaped (they quote file names and the trainee's words), so the escapes are removed here."""
    return [re.sub(r"\\(.)", r"\1", str(e.value)) for e in at.error]


def shown_codes(at: AppTest) -> list[str]:
    """The resume codes shown on the page (drawn as a heading in code format)."""
    return [m.group(1) for m in (re.match(r"^### `([^`]+)`$", x.value) for x in at.markdown) if m]


def shown_text(at: AppTest) -> str:
    """Every piece of text drawn on the page, joined, to search in."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error"):
        parts.extend(str(e.value) for e in getattr(at, kind))
    return "\n".join(parts)


def analysis_of(store, person, attempt):
    """The analysis as saved in the database (not the session's copy)."""
    return store.get_attempt(person.id, attempt.id).analysis


@pytest.fixture
def start(store, library):
    """Start an attempt for a new trainee on any shipped scenario in a mode."""
    from secondstory import workflow

    def _start(scenario_id: str = TUTORIAL, mode: str = "guided", analysis=None):
        scenario = library.scenarios[scenario_id]
        person, code = store.create_trainee("Robin")
        attempt = store.start_attempt(person.id, scenario.id, scenario.version, mode)
        attempt = store.save_analysis(
            person.id, attempt.id, analysis or workflow.new_analysis(scenario)
        )
        return person, code, attempt, scenario

    return _start


def answers(at: AppTest, prefix: str = "") -> dict[str, dict]:
    """The long-answer boxes drawn (a custom component AppTest cannot run), by key: each with
    its `label` and `value` (the text it was filled with)."""
    found = {}
    for element in at.get("bidi_component"):
        proto = element.proto
        args = json.loads(proto.json or proto.mixed.json or "{}")
        if args.get("key", "").startswith(prefix):
            found[args["key"]] = args
    return found


def type_answer(at: AppTest, key: str, text: str) -> AppTest:
    """Type into a long-answer box and run, as the box's debounced send would."""
    base = answers(at)[key]["value"]
    at.session_state[key] = {"value": {"text": text, "base": base}}
    return at.run()


def checklist(at: AppTest) -> dict[str, bool]:
    """The stage's checklist as drawn: each rule (as written, Markdown escapes kept) and whether
    it is ticked."""
    found = {}
    for element in at.markdown:
        for status, done in (("- **Done:** ", True), ("- **To do:** ", False)):
            if element.value.startswith(status):
                found[element.value.splitlines()[0].removeprefix(status)] = done
    return found


@pytest.fixture
def downloads(monkeypatch):
    """What each download button would serve, by media file id (for a file made on click, the
    function that makes it)."""
    served: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        file_id = original(self, path_or_data, mimetype, kind, filename)
        served[file_id] = path_or_data
        return file_id

    def record_deferred(self, data_callable, *args, **kwargs):
        file_id = original_deferred(self, data_callable, *args, **kwargs)
        served[file_id] = data_callable
        return file_id

    original_deferred = MediaFileManager.add_deferred
    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    monkeypatch.setattr(MediaFileManager, "add_deferred", record_deferred)
    return served


def served_bytes(at, downloads, label) -> bytes | str:
    """What the download button with this label serves; a file made on click is made here, as
    a click would."""
    found = next(d for d in at.get("download_button") if d.label == label)
    if found.proto.deferred_file_id:
        return downloads[found.proto.deferred_file_id]()
    return downloads[found.proto.url.rsplit("/", 1)[-1].split(".")[0]]


def focus_targets(at: AppTest) -> list[str]:
    """The widget keys that focus scripts drawn in this run put keyboard focus on
    (components/focus.py; the script itself is checked in a browser, tests/e2e/test_keyboard.py)."""
    return [
        found.group(1)
        for element in at.get("html")
        if (found := re.search(r"\.st-key-([a-z0-9_]+) ", element.proto.body))
    ]
