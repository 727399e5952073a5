"""The app's shared state: cached content and store, who the trainee is, the current attempt.

Content (the scenario library) and the database connection are cached once per process. A
trainee's work is never cached: it lives in the database and in their own session. The resume
code and the attempt id are kept in the URL's query parameters, so a reload or a copied link
brings the same work back, even after a server restart. A trainee signed in through their
organisation (components/sso.py) has no code in the URL: a reload restores them from `st.user`.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from components import sso
from components.text import literal_error
from secondstory import loading, workflow
from secondstory.models import Analysis, Scenario
from secondstory.scoring import score
from secondstory.scoring_models import Feedback
from secondstory.storage import AccessDenied, Attempt, StorageError, Store, Trainee

CONFIG_KEYS = ("SECONDSTORY_SCENARIOS", "SECONDSTORY_DATABASE_URL")
T = TypeVar("T")


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


DATABASE_DOWN = (
    "The app cannot reach its database just now, so your work cannot be shown or saved. "
    "Nothing you saved is lost: reload the page in a moment."
)


@st.cache_resource(show_spinner=False)
def _store(url: str | None) -> Store:
    return Store(url)


def store() -> Store:
    """The process's store; StorageError if the database cannot be reached (every caller
    either catches it or reads through `read`)."""
    return _store(os.environ.get("SECONDSTORY_DATABASE_URL") or None)


def read(operation: Callable[[Store], T], default: T) -> T:
    """A read for the page. If the database cannot be reached, `default`, and the page's
    `database_notice` says so: the page goes on to draw what it can. AccessDenied is raised."""
    try:
        return operation(store())
    except AccessDenied:
        raise
    except StorageError as err:
        st.session_state["database_error"] = f"{DATABASE_DOWN} ({err})"
        return default


def database_failed() -> bool:
    """Whether a read has failed since the trainee was last looked up (without showing it)."""
    return "database_error" in st.session_state


def database_notice() -> bool:
    """Show the database message if a read failed since the trainee was last looked up (call
    it straight after the reads it covers); True when one did."""
    message = st.session_state.pop("database_error", None)
    if message:
        literal_error(message)
    return bool(message)


def trainee() -> Trainee | None:
    """The signed-in trainee, restored from the URL's resume code (or their organisation's
    sign-in) after a reload."""
    # Each run looks the trainee up first (the sidebar does), so a failure noted in an earlier
    # run is not shown again once the database is back.
    st.session_state.pop("database_error", None)
    found = st.session_state.get("trainee")
    if found is not None:
        return found
    code = st.query_params.get("code")
    if not code:
        return _organisation_trainee()
    try:
        found = read(lambda s: s.trainee_by_resume_code(code), None)
    except AccessDenied:
        st.query_params.pop("code", None)
        st.session_state["sign_in_message"] = "That resume code was not recognised."
        return None
    if found is None:
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
    for key in ("trainee", "code", "attempt_id", "analysis", "attempt"):
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
        found = read(lambda s: s.get_attempt(person.id, attempt_id), None)
    except AccessDenied:
        st.query_params.pop("attempt", None)
        st.session_state.pop("attempt_id", None)
        return None
    if found is None:
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


def save(analysis: Analysis) -> bool:
    """Write the analysis at once. On failure the trainee is told and nothing is dropped:
    the edit stays in the session and is written with the next successful save."""
    current = attempt()
    person = trainee()
    if current is None or person is None:
        return False
    stage = workflow.furthest_stage(analysis)
    try:
        saved = store().save_analysis(person.id, current.id, analysis, stage=stage)
    except StorageError as err:
        st.session_state["attempt"] = _with_analysis(current, analysis)
        st.session_state["save_error"] = (
            f"Your last change could not be saved yet ({err}). It is kept on this page; "
            "it will be saved with your next change. Do not close this tab until it is."
        )
        return False
    st.session_state["attempt"] = saved
    st.session_state.pop("save_error", None)
    return True


def _with_analysis(found: Attempt, analysis: Analysis) -> Attempt:
    return dataclasses.replace(found, analysis=analysis)


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
        if not database_notice():
            st.info("Start or resume your work in the Library first.")
            st.page_link("pages/library.py", label="Go to the Library", icon=":material/menu_book:")
        return None
    current = attempt()
    if database_notice():
        return None
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
    if st.session_state.get("save_error"):
        st.error(st.session_state["save_error"])
    return person, current, scenario


def work_or_stop(editing: bool = True) -> tuple[Trainee, Attempt, Scenario]:
    """`current_work`, stopping the page (after its prompt) when there is no work to show."""
    work = current_work(editing)
    if work is None:
        st.stop()
    return work
