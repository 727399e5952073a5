"""The trainer pages' lock: Scenario check, reloading the scenario folder, setting up and managing
cohorts (`trainer_pass` says whose cohorts a session manages).

A trainer opens them with the trainer key, `SECONDSTORY_TRAINER_KEY` (environment or
`.streamlit/secrets.toml`), typed once per browser session; wrong keys count towards the same
lockout as wrong codes. With single sign-on configured, a person signed in through their
organisation whose e-mail address is listed in `SECONDSTORY_TRAINERS` needs no key.

Without a trainer key the pages stay closed and say how to set one: a development server
(`make run`) is no exception, since it may be reachable by others.
"""

from __future__ import annotations

import os

import streamlit as st

from components import session, sso
from components.state import Key
from secondstory.storage import StorageError, TrainerPass

KEY_VAR = "SECONDSTORY_TRAINER_KEY"
TRAINERS_VAR = "SECONDSTORY_TRAINERS"
NOT_SET = (
    "The trainer pages are closed because no trainer key is set. Whoever runs this server sets "
    f'one: `{KEY_VAR}` in the environment, or `{KEY_VAR} = "..."` in '
    "`.streamlit/secrets.toml`, then restarts the app (see docs/deployment.md)."
)


def _listed_trainer() -> bool:
    listed = {e.strip().lower() for e in os.environ.get(TRAINERS_VAR, "").split(",") if e.strip()}
    email = sso.email()
    return bool(listed and email and email.lower() in listed)


def trainer_pass() -> TrainerPass | None:
    """Who this session manages cohorts as: the trainer key (every cohort), a listed account
    (the cohorts it set up), or nobody."""
    if st.session_state.get(Key.TRAINER):
        return TrainerPass()
    if _listed_trainer():
        return TrainerPass(sso.email())
    return None


def unlocked(what: str) -> bool:
    """True for a trainer; otherwise draw the trainer-key form (or how to set a key) and say
    that `what` needs it."""
    if st.session_state.get(Key.TRAINER) or _listed_trainer():
        return True
    expected = os.environ.get(KEY_VAR, "").strip()
    if not expected:
        st.info(f"{what} is for trainers. {NOT_SET}")
        return False
    with st.form("trainer_key"):
        st.markdown(f"{what} is for trainers: enter the trainer key.")
        typed = st.text_input("Trainer key", type="password", max_chars=200)
        if st.form_submit_button("Open the trainer pages"):
            try:
                session.store().check_trainer_key(typed, expected, session.client())
            except StorageError as err:
                st.error(str(err))
            else:
                st.session_state[Key.TRAINER] = True
                st.rerun()
    return False


def trainer_or_stop(what: str) -> None:
    """Stop the page (after the form) unless the session belongs to a trainer."""
    if not unlocked(what):
        st.stop()
