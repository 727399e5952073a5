"""Drawing the cohort management: setting a cohort up, opening one (by its facilitator key or from
a trainer's list), its state, its members, and replacing its join code and key.

Who may do what is decided by the store: each call passes the facilitator key, or the trainer's
pass (the trainer key or a listed account, see components/trainer_gate.py), and the store checks
it against the cohort again. Codes and keys are shown once, with a copy button.
"""

from __future__ import annotations

import streamlit as st

from components import session
from components.copy_button import copy_field
from components.state import Key
from components.text import literal_error
from components.trainer_gate import COHORT_PARAM, OPEN_COHORT_KEYS, trainer_pass
from secondstory import interview
from secondstory.interview import PRACTICE_MODE
from secondstory.models import Scenario
from secondstory.storage import AccessDenied, Cohort, StorageError, Trainee, TrainerPass
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import MODE_NAMES

STATES = {
    "open": "Open to new trainees",
    "closed": "Closed to new trainees",
    "archived": "Archived",
}
# (button label, the state it moves to), per state.
STATE_ACTIONS = {
    "open": [("Close to new trainees", "closed"), ("Archive this cohort", "archived")],
    "closed": [("Reopen to new trainees", "open"), ("Archive this cohort", "archived")],
    "archived": [("Restore from the archive (closed to new trainees)", "closed")],
}


def access() -> str | TrainerPass | None:
    """What opens the open cohort: its facilitator key, else the session's trainer pass."""
    return st.session_state.get(Key.FACILITATOR_KEY) or trainer_pass()


def create_cohort_form(scenarios: dict[str, Scenario]) -> None:
    with st.form("create_cohort"):
        st.subheader("Set up a cohort")
        name = st.text_input("Cohort name", max_chars=100)
        chosen = st.multiselect(
            "Cases for the cohort",
            options=sorted(scenarios, key=lambda s: scenarios[s].title),
            format_func=lambda s: scenarios[s].title,
        )
        mode = st.radio("Mode", list(MODE_NAMES), format_func=MODE_NAMES.get, horizontal=True)
        if st.form_submit_button("Create the cohort", type="primary"):
            lacking = [
                scenarios[s].title
                for s in chosen
                if mode == PRACTICE_MODE and not interview.practice_available(scenarios[s])
            ]
            if lacking:
                literal_error(
                    "Conversation practice needs practice material for every conversation; "
                    "these cases do not have it yet: " + "; ".join(lacking)
                )
                return
            try:
                cohort, join_code, key = session.store().create_cohort(
                    name, chosen, mode, trainer=trainer_pass()
                )
            except StorageError as err:
                literal_error(str(err))
                return
            st.session_state[Key.NEW_COHORT_SECRETS] = (cohort.name, join_code, key)
            st.session_state[Key.FACILITATOR_KEY] = key
            _open(cohort)
            st.rerun()


def new_secrets_notice() -> None:
    """The join code and facilitator key, shown once after the cohort is created."""
    found = st.session_state.get(Key.NEW_COHORT_SECRETS)
    if not found:
        return
    name, join_code, key = found
    with st.container(border=True):
        st.success(f"Cohort **{escape_markdown(name)}** created.")
        copy_field("Join code (trainees enter it in the Library)", join_code)
        copy_field("Facilitator key (opens this debrief; keep it private)", key)
        st.warning(
            "These are shown only once and are stored only as hashes: they cannot be shown "
            "again. Note them now. (As a trainer you can open the cohort from your list without "
            "the key, and replace the code or key there.)"
        )
        if st.button("I have noted the code and key"):
            st.session_state.pop(Key.NEW_COHORT_SECRETS, None)
            st.rerun()


def open_with_key_form() -> None:
    with st.form("open_cohort"):
        st.subheader("Open a cohort's debrief")
        key = st.text_input("Facilitator key", type="password", max_chars=200)
        if st.form_submit_button("Open the debrief"):
            try:
                cohort = session.store().cohort_for_key(key, session.client())
            except AccessDenied:
                st.error(
                    "That facilitator key was not recognised. It may have been replaced; "
                    "ask whoever holds the current key."
                )
                return
            except StorageError as err:
                literal_error(str(err))
                return
            st.session_state[Key.FACILITATOR_KEY] = key.strip()
            _open(cohort)
            st.rerun()


def leave_cohort() -> None:
    """Back to the start of the page: forget the open cohort, its key and what was shown once."""
    for name in OPEN_COHORT_KEYS:
        st.session_state.pop(name, None)
    st.query_params.pop(COHORT_PARAM, None)


def _open(cohort: Cohort) -> None:
    """Open the cohort's debrief; the address names it, so that a reload opens it again for
    a trainer (never for the id alone: see `remembered_cohort`)."""
    st.session_state[Key.FACILITATOR_COHORT] = cohort
    st.query_params[COHORT_PARAM] = cohort.id


def remembered_cohort() -> Cohort | None:
    """The open cohort: this session's, or, after a reload, the one the address names if the
    session's trainer pass manages it. An address naming a cohort without such a pass opens
    nothing: its id is dropped with a plain message."""
    cohort = st.session_state.get(Key.FACILITATOR_COHORT)
    if cohort is not None:
        if st.query_params.get(COHORT_PARAM) != cohort.id:
            st.query_params[COHORT_PARAM] = cohort.id
        return cohort
    cohort_id = st.query_params.get(COHORT_PARAM)
    if not cohort_id:
        return None
    trainer = trainer_pass()
    if trainer is None:
        st.query_params.pop(COHORT_PARAM, None)
        st.info(
            "The cohort in this address opens again only for a trainer: enter the trainer key, "
            "or open the cohort with its facilitator key."
        )
        return None
    try:
        cohort = session.store().cohort(cohort_id, trainer)
    except StorageError as err:
        st.query_params.pop(COHORT_PARAM, None)
        literal_error(str(err))
        return None
    _open(cohort)
    return cohort


def _describe(cohort: Cohort, scenarios: dict[str, Scenario]) -> str:
    cases = ", ".join(scenarios[s].title if s in scenarios else s for s in cohort.scenario_ids)
    return (
        f"{STATES.get(cohort.state, cohort.state)} · {MODE_NAMES.get(cohort.mode, cohort.mode)} · "
        f"set up {cohort.created_at:%d %b %Y} · cases: {escape_markdown(cases)}"
    )


def trainer_cohorts(trainer: TrainerPass, scenarios: dict[str, Scenario]) -> None:
    """The trainer's cohorts, newest first (archived ones on request), each with its actions."""
    st.subheader("Your cohorts")
    st.caption(
        "Every cohort on this server (you opened the trainer pages with the trainer key)."
        if trainer.account is None
        else "The cohorts you set up, signed in as a listed trainer."
    )
    archived = st.toggle("Show archived cohorts", value=False)
    found = session.read(lambda s: s.trainer_cohorts(trainer, archived=archived), None)
    if found is None:
        session.database_notice()
        return
    if not found:
        st.info("No cohorts yet: set one up above.")
    for cohort in found:
        with st.container(border=True):
            st.markdown(f"**{escape_markdown(cohort.name)}**")
            st.caption(_describe(cohort, scenarios))
            buttons = st.columns(3)
            if buttons[0].button("Open its debrief", key=f"open_cohort_{cohort.id}"):
                leave_cohort()
                _open(cohort)
                st.rerun()
            for column, (label, state) in zip(
                buttons[1:], STATE_ACTIONS[cohort.state], strict=False
            ):
                if column.button(label, key=f"{state}_{cohort.id}"):
                    _set_state(cohort, trainer, state)


def _set_state(cohort: Cohort, opened_by: str | TrainerPass, state: str) -> None:
    try:
        changed = session.store().set_cohort_state(cohort.id, opened_by, state)
    except StorageError as err:
        literal_error(str(err))
        return
    if st.session_state.get(Key.FACILITATOR_COHORT) is not None:
        st.session_state[Key.FACILITATOR_COHORT] = changed
    st.rerun()


def cohort_header(cohort: Cohort, scenarios: dict[str, Scenario]) -> str | None:
    """The cohort's name, state and mode, and a choice of its cases; returns the chosen id."""
    st.header(escape_markdown(cohort.name))
    st.caption(_describe(cohort, scenarios))
    return st.selectbox(
        "Case",
        list(cohort.scenario_ids),
        format_func=lambda s: scenarios[s].title if s in scenarios else f"{s} (not in library)",
    )


def manage(
    cohort: Cohort, opened_by: str | TrainerPass, members: list[Trainee], *, named: bool
) -> None:
    """The open cohort's state, its members (with removal, only while the debrief is named),
    and its join code and key."""
    st.subheader("State")
    st.markdown(f"This cohort is **{STATES.get(cohort.state, cohort.state).lower()}**.")
    st.caption(
        "Closed: members carry on, no one new can join. Archived: kept with its debrief, out of "
        "your list and no longer setting cases for its trainees."
    )
    for label, state in STATE_ACTIONS[cohort.state]:
        if st.button(label, key=f"manage_{state}"):
            _set_state(cohort, opened_by, state)
    _members(cohort, opened_by, members, named)
    _rotate_join_code(cohort, opened_by)
    _rotate_key(cohort, opened_by)


def _members(
    cohort: Cohort, opened_by: str | TrainerPass, members: list[Trainee], named: bool
) -> None:
    st.subheader("Trainees")
    if not members:
        st.info("No one has joined yet.")
        return
    if not named:
        st.info(
            f"{len(members)} trainee(s) have joined. Their names stay hidden while the debrief "
            "is anonymised: choose Named above to see them or remove someone."
        )
        return
    st.dataframe(
        [{"trainee": m.display_name} for m in members],
        hide_index=True,
        width="stretch",
    )
    with st.form("remove_trainee"):
        chosen = st.selectbox(
            "Trainee to remove",
            [m.id for m in members],
            format_func={m.id: m.display_name for m in members}.get,
        )
        sure = st.checkbox("Their attempts leave this cohort's debrief; they keep their own work.")
        if st.form_submit_button("Remove from the cohort"):
            if not sure:
                st.error("Tick the box to confirm the removal.")
                return
            try:
                session.store().remove_member(cohort.id, opened_by, chosen)
            except StorageError as err:
                literal_error(str(err))
                return
            st.rerun()


def _rotate_join_code(cohort: Cohort, opened_by: str | TrainerPass) -> None:
    st.subheader("Join code")
    st.caption(
        "Replace the join code when it may have reached people outside the cohort (or after the "
        "joining is done). Trainees who have joined stay in the cohort."
    )
    rotated = st.session_state.get(Key.ROTATED_JOIN_CODE)
    if rotated:
        st.success("The join code was replaced. The old code no longer works.")
        copy_field("New join code", rotated)
    if st.button("Replace the join code"):
        try:
            new_code = session.store().rotate_join_code(cohort.id, opened_by)
        except StorageError as err:
            literal_error(str(err))
            return
        st.session_state[Key.ROTATED_JOIN_CODE] = new_code
        st.rerun()


def _rotate_key(cohort: Cohort, opened_by: str | TrainerPass) -> None:
    st.subheader("Facilitator key")
    rotated = st.session_state.get(Key.ROTATED_KEY)
    if rotated:
        st.success("The key was replaced. The old key no longer works. The new key, shown once:")
        copy_field("New facilitator key", rotated)
    if st.button("Replace the facilitator key"):
        try:
            new_key = session.store().rotate_facilitator_key(cohort.id, opened_by)
        except StorageError as err:
            literal_error(str(err))
            return
        if isinstance(opened_by, str):
            st.session_state[Key.FACILITATOR_KEY] = new_key
        st.session_state[Key.ROTATED_KEY] = new_key
        st.rerun()
