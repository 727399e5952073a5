"""The trainer pages' lock: Scenario check, reloading the scenario folder, setting up and managing
cohorts (`trainer_pass` says whose cohorts a session manages).

A trainer opens them with the trainer key, `SECONDSTORY_TRAINER_KEY` (environment or
`.streamlit/secrets.toml`); wrong keys count towards the same lockout as wrong codes. With single
sign-on configured, a person signed in through their organisation whose e-mail address is listed
in `SECONDSTORY_TRAINERS` needs no key (a reload restores them from their sign-in).

Once the key is accepted, the trainer pages' address carries a trainer token (`?trainer=`),
as trainees' pages carry their session token: a reload or a new tab with it restores the trainer
pass without the key, which never goes in the address. The token lasts a training day, is kept
only as a keyed hash, and "Sign out as trainer" ends it on the server. It is read only on the
trainer pages; trainee pages drop it from the address (components/navigation.py).

Without a trainer key the pages stay closed and say how to set one: a development server
(`make run`) is no exception, since it may be reachable by others.
"""

from __future__ import annotations

import os

import streamlit as st

from components import session, sso
from components.state import Key
from secondstory.storage import AccessDenied, StorageError, TooManyAttempts, TrainerPass
from secondstory.textsafe import escape_markdown

KEY_VAR = "SECONDSTORY_TRAINER_KEY"
TRAINERS_VAR = "SECONDSTORY_TRAINERS"
TRAINER_PARAM = "trainer"
# The cohort open on the Facilitator debrief; it opens again from the address only through a
# trainer pass (components/cohort_admin.py).
COHORT_PARAM = "cohort"
# What an open cohort keeps in the session: the cohort, its key, and codes and keys shown once.
OPEN_COHORT_KEYS = (
    Key.FACILITATOR_KEY,
    Key.FACILITATOR_COHORT,
    Key.NEW_COHORT_SECRETS,
    Key.ROTATED_KEY,
    Key.ROTATED_JOIN_CODE,
)
NOT_SET = (
    "The trainer pages are closed because no trainer key is set. Whoever runs this server sets "
    f'one: `{KEY_VAR}` in the environment, or `{KEY_VAR} = "..."` in '
    "`.streamlit/secrets.toml`, then restarts the app (see docs/deployment.md)."
)


def _listed_trainer() -> bool:
    listed = {e.strip().lower() for e in os.environ.get(TRAINERS_VAR, "").split(",") if e.strip()}
    email = sso.email()
    return bool(listed and email and email.lower() in listed)


def _key_trainer() -> bool:
    """Whether this session gave the trainer key, or its address carries a live trainer token
    (restored here; a wrong or ended token is dropped from the address with a message)."""
    if st.session_state.get(Key.TRAINER):
        token = st.session_state.get(Key.TRAINER_TOKEN)
        if token and st.query_params.get(TRAINER_PARAM) != token:
            st.query_params[TRAINER_PARAM] = token
        return True
    token = st.query_params.get(TRAINER_PARAM)
    if not token:
        return False
    try:
        session.store().trainer_by_session(token, session.client())
    except (AccessDenied, TooManyAttempts) as err:
        st.query_params.pop(TRAINER_PARAM, None)
        st.session_state[Key.TRAINER_MESSAGE] = str(err)
        return False
    except StorageError as err:
        # The database cannot be reached: the token may be good, so the address keeps it.
        st.session_state[Key.TRAINER_MESSAGE] = str(err)
        return False
    st.session_state[Key.TRAINER] = True
    st.session_state[Key.TRAINER_TOKEN] = token
    return True


def trainer_pass() -> TrainerPass | None:
    """Who this session manages cohorts as: the trainer key (every cohort), a listed account
    (the cohorts it set up), or nobody."""
    if _key_trainer():
        return TrainerPass()
    if _listed_trainer():
        return TrainerPass(sso.email())
    return None


def _accept_key(typed: str, expected: str) -> None:
    store = session.store()
    store.check_trainer_key(typed, expected, session.client())
    token = store.open_trainer_session()
    st.session_state[Key.TRAINER] = True
    st.session_state[Key.TRAINER_TOKEN] = token
    st.query_params[TRAINER_PARAM] = token


def unlocked(what: str) -> bool:
    """True for a trainer; otherwise draw the trainer-key form (or how to set a key) and say
    that `what` needs it."""
    if trainer_pass() is not None:
        return True
    message = st.session_state.pop(Key.TRAINER_MESSAGE, None)
    if message:
        st.warning(escape_markdown(message))
    expected = os.environ.get(KEY_VAR, "").strip()
    if not expected:
        st.info(f"{what} is for trainers. {NOT_SET}")
        return False
    with st.form("trainer_key"):
        st.markdown(f"{what} is for trainers: enter the trainer key.")
        typed = st.text_input("Trainer key", type="password", max_chars=200)
        if st.form_submit_button("Open the trainer pages"):
            try:
                _accept_key(typed, expected)
            except StorageError as err:
                st.error(str(err))
            else:
                st.rerun()
    return False


def trainer_or_stop(what: str) -> None:
    """Stop the page (after the form) unless the session belongs to a trainer."""
    if not unlocked(what):
        st.stop()


def sign_out_control() -> None:
    """In the sidebar of a trainer page opened with the key: end the trainer sign-in (the token
    too, so the address in the history no longer opens the trainer pages)."""
    if not _key_trainer():
        return
    if st.sidebar.button("Sign out as trainer", key="trainer_sign_out"):
        sign_out()
        st.rerun()


def sign_out() -> None:
    """Forget the trainer pass, its token and the open cohort; end the token on the server."""
    token = st.session_state.get(Key.TRAINER_TOKEN) or st.query_params.get(TRAINER_PARAM)
    for name in (Key.TRAINER, Key.TRAINER_TOKEN, *OPEN_COHORT_KEYS):
        st.session_state.pop(name, None)
    for name in (TRAINER_PARAM, COHORT_PARAM):
        st.query_params.pop(name, None)
    message = "You are signed out as trainer."
    try:
        session.store().close_trainer_session(token)
    except StorageError as err:
        message = (
            f"You are signed out as trainer in this browser. {err} The address you used stops "
            "working when it expires, within 12 hours."
        )
    st.session_state[Key.TRAINER_MESSAGE] = message
