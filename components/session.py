"""The app's shared state: cached content and store, who the trainee is, the current attempt.

Content (the scenario library) and the database connection are cached once per process. A
trainee's work is never cached: it lives in the database and in their own session. The resume
code and the attempt id are kept in the URL's query parameters, so a reload or a copied link
brings the same work back, even after a server restart. A trainee signed in through their
organisation (components/sso.py) has no code in the URL: a reload restores them from `st.user`.
"""

from __future__ import annotations

import os

import streamlit as st

from components import autosave, sso
from secondstory import loading
from secondstory.models import Analysis, Scenario
from secondstory.scoring import score
from secondstory.scoring_models import Feedback
from secondstory.storage import AccessDenied, Attempt, StorageError, Store, Trainee

CONFIG_KEYS = ("SECONDSTORY_SCENARIOS", "SECONDSTORY_DATABASE_URL")


def apply_secrets() -> None:
    """Let `.streamlit/secrets.toml` provide settings the environment does not."""
    for key in CONFIG_KEYS:
        if os.environ.get(key):
            continue
        try:
            value = st.secrets.get(key)
        except Exception:  # noqa: BLE001 - no secrets file is normal in development
            value = None
        if value:
            os.environ[key] = str(value)


@st.cache_resource(show_spinner="Loading the scenario library…")
def _library(folder: str) -> loading.Library:
    return loading.load_library(folder)


def library() -> loading.Library:
    return _library(str(loading.scenarios_folder()))


def reload_library() -> None:
    _library.clear()


@st.cache_resource(show_spinner=False)
def _store(url: str | None) -> Store:
    return Store(url)


def store() -> Store:
    """The process's store; a clear message and a stop if the database cannot be reached."""
    try:
        return _store(os.environ.get("SECONDSTORY_DATABASE_URL") or None)
    except StorageError as err:
        st.error(f"The app cannot reach its database, so your work cannot be saved. {err}")
        st.stop()
        raise


def trainee() -> Trainee | None:
    """The signed-in trainee, restored from the URL's resume code (or their organisation's
    sign-in) after a reload."""
    found = st.session_state.get("trainee")
    if found is not None:
        return found
    code = st.query_params.get("code")
    if not code:
        return _organisation_trainee()
    try:
        found = store().trainee_by_resume_code(code)
    except AccessDenied:
        st.query_params.pop("code", None)
        st.session_state["sign_in_message"] = "That resume code was not recognised."
        return None
    sign_in(found, code)
    return found


def _organisation_trainee() -> Trainee | None:
    found = sso.identity()
    if found is None:
        return None
    try:
        person = store().trainee_for_identity(*found)
    except StorageError as err:
        st.session_state["sign_in_message"] = str(err)
        return None
    sign_in(person, None)
    return person


def sign_in(person: Trainee, code: str | None) -> None:
    """Sign in for this session; `code` None for a trainee signed in through their organisation."""
    st.session_state["trainee"] = person
    if code:
        st.session_state["code"] = code
        st.query_params["code"] = code


def sign_out() -> None:
    for key in ("trainee", "code", "attempt_id", "analysis", "attempt", autosave.STATE):
        st.session_state.pop(key, None)
    st.query_params.clear()
    sso.sign_out()


def keep_in_url() -> None:
    """Put the resume code and attempt back in the URL after page navigation cleared them."""
    code = st.session_state.get("code")
    if code and st.query_params.get("code") != code:
        st.query_params["code"] = code
    attempt_id = st.session_state.get("attempt_id")
    if attempt_id and st.query_params.get("attempt") != attempt_id:
        st.query_params["attempt"] = attempt_id


def attempt() -> Attempt | None:
    """The current attempt of the signed-in trainee (from the session or the URL)."""
    person = trainee()
    if person is None:
        return None
    attempt_id = st.session_state.get("attempt_id") or st.query_params.get("attempt")
    if not attempt_id:
        return None
    cached = st.session_state.get("attempt")
    if cached is not None and cached.id == attempt_id:
        return cached
    try:
        found = store().get_attempt(person.id, attempt_id)
    except AccessDenied:
        st.query_params.pop("attempt", None)
        st.session_state.pop("attempt_id", None)
        return None
    open_attempt(found)
    return found


def open_attempt(found: Attempt) -> None:
    st.session_state["attempt"] = found
    st.session_state["attempt_id"] = found.id
    st.query_params["attempt"] = found.id
    bump_revision()


def bump_revision() -> None:
    """Widgets are keyed with a revision so that a wholesale change (import, carry forward)
    redraws them with the new values instead of the ones they held."""
    st.session_state["rev"] = st.session_state.get("rev", 0) + 1


def rev() -> int:
    return st.session_state.get("rev", 0)


def scenario_for(found: Attempt) -> Scenario | None:
    return library().scenarios.get(found.scenario_id)


def save(analysis: Analysis, base: Analysis | None = None) -> bool:
    """Write the analysis at once, conditional on the revision this tab last saw; work saved
    elsewhere meanwhile is merged in, and on failure nothing is dropped (components/autosave.py).
    `base` is the analysis this edit was made on, when the page knows better than the session."""
    current = attempt()
    person = trainee()
    if current is None or person is None:
        return False
    kept, redraw = autosave.save(store(), person.id, current, analysis, base)
    st.session_state["attempt"] = kept
    if redraw:
        bump_revision()
    return autosave.failure() is None


def feedback(found: Attempt, scenario: Scenario) -> Feedback:
    """The comparison for an attempt, kept in this trainee's own session (never a shared cache)
    until the attempt changes."""
    key = (found.id, found.revision, scenario.id, scenario.version)
    cached = st.session_state.get("feedback")
    if cached is None or cached[0] != key:
        cached = (key, score(scenario, found.analysis))
        st.session_state["feedback"] = cached
    return cached[1]


def current_work(editing: bool = True) -> tuple[Trainee, Attempt, Scenario] | None:
    """Trainee, attempt and scenario for the analysis pages, or None with a prompt drawn.
    A submitted attempt is read-only: editing pages point to the comparison instead."""
    person = trainee()
    if person is None:
        st.info("Start or resume your work in the Library first.")
        st.page_link("pages/library.py", label="Go to the Library", icon=":material/menu_book:")
        return None
    current = attempt()
    if current is None:
        st.info("Open a case from the Library to start an analysis.")
        st.page_link("pages/library.py", label="Go to the Library", icon=":material/menu_book:")
        return None
    scenario = scenario_for(current)
    if scenario is None:
        st.warning(
            "The case for this attempt is no longer in the library. "
            "You can still export your analysis from My work."
        )
        return None
    if editing and current.submitted_at:
        st.info(
            "This attempt has been submitted, so it can no longer be changed. See its comparison, "
            "or open the case again from the Library to start a new attempt."
        )
        st.page_link("pages/comparison.py", label="Comparison", icon=":material/compare:")
        return None
    if autosave.failure():
        st.error(autosave.failure())
    return person, current, scenario


def work_or_stop(editing: bool = True) -> tuple[Trainee, Attempt, Scenario]:
    """`current_work`, stopping the page (after its prompt) when there is no work to show."""
    work = current_work(editing)
    if work is None:
        st.stop()
    return work
