"""The app's shared state: cached content and store, who the trainee is, the current attempt.

Content (the scenario library) and the database connection are cached once per process. A
trainee's work is never cached: it lives in the database and in their own session (named in
components/state.py). The page address carries a session token and the attempt id, so a reload
brings the same work back, even after a server restart. The resume code never goes in the
address: it is typed only to resume. The token is short-lived and sign-out ends it, so an
address from the browser's history or a log signs no one in afterwards. A trainee signed in
through their organisation (components/sso.py) has no token: a reload restores them from
`st.user`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TypeVar

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from components import autosave, sso
from components.state import Key, forget_everyone
from components.text import literal_error
from secondstory import loading
from secondstory.marking import MARKING_VERSION, score
from secondstory.marking.models import Feedback
from secondstory.models import Analysis, Scenario
from secondstory.storage import AccessDenied, Attempt, Client, StorageError, Store, Trainee

logger = logging.getLogger(__name__)

CONFIG_KEYS = (
    "SECONDSTORY_SCENARIOS",
    "SECONDSTORY_DATABASE_URL",
    "SECONDSTORY_SECRET_KEY",
    "SECONDSTORY_TRAINER_KEY",
    "SECONDSTORY_TRAINERS",
)
SESSION_PARAM = "session"
ATTEMPT_PARAM = "attempt"
# Addresses from before session tokens carried the resume code itself.
OLD_CODE_PARAM = "code"
CODE_NOT_IN_ADDRESS = (
    "For your privacy, resume codes are no longer kept in the page address. "
    "Type your resume code below to carry on."
)
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
    return loading.load_library(folder, warnings=False)


@st.cache_resource(show_spinner="Checking the scenario library…")
def _checked_library(folder: str) -> loading.Library:
    return loading.load_library(folder)


def library() -> loading.Library:
    """The scenario library every page reads (without the authors' warnings)."""
    return _library(str(loading.scenarios_folder()))


def checked_library() -> loading.Library:
    """The library with every warning for authors (the scenario check page): slower to build,
    so only that page asks for it."""
    return _checked_library(str(loading.scenarios_folder()))


def reload_library() -> None:
    _library.clear()
    _checked_library.clear()


DATABASE_DOWN = (
    "The app cannot reach its database just now, so your work cannot be shown or saved. "
    "Nothing you saved is lost: reload the page in a moment."
)


@st.cache_resource(show_spinner=False)
def _store(url: str | None) -> Store:
    return Store(url)


def store() -> Store:
    """The process's store; StorageError if the database cannot be reached (every caller
    either catches it or reads through `read`). The reason names the database's address or
    file, so it goes to the log; the error users see says only that it cannot be reached."""
    try:
        return _store(os.environ.get("SECONDSTORY_DATABASE_URL") or None)
    except StorageError as err:
        logger.error("the database cannot be used: %s", err)
        raise StorageError(DATABASE_DOWN) from err


def read(operation: Callable[[Store], T], default: T) -> T:
    """A read for the page. If the database cannot be reached, `default`, and the page's
    `database_notice` says so: the page goes on to draw what it can. AccessDenied is raised."""
    try:
        return operation(store())
    except AccessDenied:
        raise
    except StorageError as err:
        # The reason names the database's address or file: for the log, never for users.
        logger.error("the database cannot be used: %s", err)
        st.session_state[Key.DATABASE_ERROR] = DATABASE_DOWN
        return default


def database_failed() -> bool:
    """Whether a read has failed since the trainee was last looked up (without showing it)."""
    return Key.DATABASE_ERROR in st.session_state


def database_notice() -> bool:
    """Show the database message if a read failed since the trainee was last looked up (call
    it straight after the reads it covers); True when one did."""
    message = st.session_state.pop(Key.DATABASE_ERROR, None)
    if message:
        literal_error(message)
    return bool(message)


def client() -> Client:
    """This browser session and its network address, for the limits on wrong codes. Behind a
    reverse proxy the address is the last one the proxy added to X-Forwarded-For."""
    ctx = get_script_run_ctx()
    forwarded = st.context.headers.get("X-Forwarded-For") or ""
    address = forwarded.split(",")[-1].strip() or st.context.ip_address
    return Client(session=ctx.session_id if ctx else None, address=address or None)


def trainee() -> Trainee | None:
    """The signed-in trainee, restored from the address's session token (or their
    organisation's sign-in) after a reload."""
    # Each run looks the trainee up first (the sidebar does), so a failure noted in an earlier
    # run is not shown again once the database is back.
    st.session_state.pop(Key.DATABASE_ERROR, None)
    found = st.session_state.get(Key.TRAINEE)
    if found is not None:
        return found
    if OLD_CODE_PARAM in st.query_params:
        st.query_params.pop(OLD_CODE_PARAM)
        st.session_state[Key.SIGN_IN_MESSAGE] = CODE_NOT_IN_ADDRESS
    token = st.query_params.get(SESSION_PARAM)
    if not token:
        return _organisation_trainee()
    try:
        found = read(lambda s: s.trainee_by_session(token), None)
    except AccessDenied as err:
        st.query_params.pop(SESSION_PARAM, None)
        st.query_params.pop(ATTEMPT_PARAM, None)
        st.session_state[Key.SIGN_IN_MESSAGE] = str(err)
        return None
    if found is None:
        return None
    _remember(found, token)
    return found


def _organisation_trainee() -> Trainee | None:
    found = sso.identity()
    if found is None:
        return None
    try:
        person = store().trainee_for_identity(*found)
    except StorageError as err:
        st.session_state[Key.SIGN_IN_MESSAGE] = str(err)
        return None
    _remember(person, None)
    return person


def _remember(person: Trainee, token: str | None) -> None:
    st.session_state[Key.TRAINEE] = person
    if token:
        st.session_state[Key.SESSION_TOKEN] = token
        st.query_params[SESSION_PARAM] = token


def sign_in(person: Trainee) -> None:
    """Sign in for this browser session (after a resume code or a new start): a new session
    token goes in the page address, never the resume code."""
    _remember(person, store().open_session(person.id))


def sign_out() -> None:
    """End the session token and any trainer token (so the addresses in the history no longer
    sign in), then forget everything this session held, and end an organisation sign-in."""
    token = st.session_state.get(Key.SESSION_TOKEN) or st.query_params.get(SESSION_PARAM)
    trainer_token = st.session_state.get(Key.TRAINER_TOKEN)
    message = None
    if token or trainer_token:
        try:
            store().close_session(token)
            store().close_trainer_session(trainer_token)
        except StorageError as err:
            message = (
                f"You are signed out in this browser. {err} The address you used stops "
                "working when its session expires, within 12 hours."
            )
    forget_everyone()
    st.query_params.clear()
    if message:
        st.session_state[Key.SIGN_IN_MESSAGE] = message
    sso.sign_out()


def keep_in_url() -> None:
    """Put the session token and attempt back in the URL after page navigation cleared them."""
    token = st.session_state.get(Key.SESSION_TOKEN)
    if token and st.query_params.get(SESSION_PARAM) != token:
        st.query_params[SESSION_PARAM] = token
    attempt_id = st.session_state.get(Key.ATTEMPT_ID)
    if attempt_id and st.query_params.get(ATTEMPT_PARAM) != attempt_id:
        st.query_params[ATTEMPT_PARAM] = attempt_id


def go_to_attempt(page: str, found: Attempt) -> None:
    """Open the attempt and switch to a page of it, the address carrying token and attempt."""
    open_attempt(found)
    params = {ATTEMPT_PARAM: found.id}
    token = st.session_state.get(Key.SESSION_TOKEN)
    if token:
        params[SESSION_PARAM] = token
    st.switch_page(page, query_params=params)


def go_to_attempt_next(page: str, found: Attempt) -> None:
    """From a button's callback: open the attempt on the page at the start of the run the click
    starts (`follow_go_to`), before the button's own page would be drawn again."""
    st.session_state[Key.GO_TO] = (page, found)


def follow_go_to() -> None:
    """Go where a button's callback asked to go, if it did (the router calls this first)."""
    pending = st.session_state.pop(Key.GO_TO, None)
    if pending is not None:
        go_to_attempt(*pending)


def action_failed(button: str, message: str) -> None:
    """From a button's callback: why its action failed, shown by `action_error` beside it."""
    st.session_state.setdefault(Key.ACTION_ERRORS, {})[button] = message


def action_error(button: str) -> None:
    """Show, once, why the button's last action failed, if it did."""
    message = st.session_state.get(Key.ACTION_ERRORS, {}).pop(button, None)
    if message:
        literal_error(message)


def attempt() -> Attempt | None:
    """The current attempt of the signed-in trainee (from the session or the URL)."""
    person = trainee()
    if person is None:
        return None
    attempt_id = st.session_state.get(Key.ATTEMPT_ID) or st.query_params.get(ATTEMPT_PARAM)
    if not attempt_id:
        return None
    cached = st.session_state.get(Key.ATTEMPT)
    if cached is not None and cached.id == attempt_id:
        return cached
    try:
        found = read(lambda s: s.get_attempt(person.id, attempt_id), None)
    except AccessDenied:
        st.query_params.pop(ATTEMPT_PARAM, None)
        st.session_state.pop(Key.ATTEMPT_ID, None)
        return None
    if found is None:
        return None
    open_attempt(found)
    return found


def open_attempt(found: Attempt) -> None:
    st.session_state[Key.ATTEMPT] = found
    st.session_state[Key.ATTEMPT_ID] = found.id
    st.query_params[ATTEMPT_PARAM] = found.id
    bump_revision()


def bump_revision() -> None:
    """Widgets are keyed with a revision so that a wholesale change (import, carry forward)
    redraws them with the new values instead of the ones they held."""
    st.session_state[Key.REVISION] = st.session_state.get(Key.REVISION, 0) + 1


def rev() -> int:
    return st.session_state.get(Key.REVISION, 0)


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
    kept, redraw = autosave.save(store, person.id, current, analysis, base)
    st.session_state[Key.ATTEMPT] = kept
    if redraw:
        bump_revision()
    return autosave.failure() is None


def feedback(found: Attempt, scenario: Scenario) -> Feedback:
    """The comparison for an attempt, kept in this trainee's own session (never a shared cache)
    until the attempt changes."""
    key = _feedback_key(found, scenario)
    cached = st.session_state.get(Key.FEEDBACK)
    if cached is None or cached[0] != key:
        cached = (key, score(scenario, found.analysis))
        st.session_state[Key.FEEDBACK] = cached
    return cached[1]


def submitted(before: Attempt, after: Attempt, scenario: Scenario) -> None:
    """The attempt was submitted: its comparison, if marked from the same analysis just
    before, is kept for the submitted revision (the comparison it opens on is not marked again)."""
    cached = st.session_state.get(Key.FEEDBACK)
    same = after.analysis == before.analysis
    if same and cached is not None and cached[0] == _feedback_key(before, scenario):
        st.session_state[Key.FEEDBACK] = (_feedback_key(after, scenario), cached[1])


def _feedback_key(found: Attempt, scenario: Scenario) -> tuple:
    return (found.id, found.revision, scenario.id, scenario.version, MARKING_VERSION)


def current_work() -> tuple[Trainee, Attempt, Scenario] | None:
    """Trainee, attempt and scenario for the analysis pages, or None with a prompt drawn.
    A submitted attempt is still returned: each stage page shows it read-only
    (components/own_work.py)."""
    person = trainee()
    if person is None:
        if not database_notice():
            st.info("Start or resume your work in the Library first.")
            st.page_link(
                "screens/library.py", label="Go to the Library", icon=":material/menu_book:"
            )
        return None
    current = attempt()
    if database_notice():
        return None
    if current is None:
        st.info("Open a case from the Library to start an analysis.")
        st.page_link("screens/library.py", label="Go to the Library", icon=":material/menu_book:")
        return None
    scenario = scenario_for(current)
    if scenario is None:
        st.warning(
            "The case for this attempt is no longer in the library. "
            "You can still export your analysis from My work."
        )
        return None
    if autosave.failure():
        literal_error(autosave.failure())
    return person, current, scenario


def work_or_stop() -> tuple[Trainee, Attempt, Scenario]:
    """`current_work`, stopping the page (after its prompt) when there is no work to show."""
    work = current_work()
    if work is None:
        st.stop()
    return work
