"""The shared sidebar: who is signed in, the open case, and a way out."""

from __future__ import annotations

import streamlit as st

from components import autosave, session
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import STAGES


def sidebar() -> None:
    person = session.trainee()
    with st.sidebar:
        if person is None:
            if session.database_failed():
                st.caption("Your work cannot be shown: the database cannot be reached just now.")
            else:
                st.caption("Not signed in. Start or resume in the Library.")
            return
        st.markdown(f"Signed in as **{escape_markdown(person.display_name)}**")
        current = session.attempt()
        if current is not None:
            scenario = session.scenario_for(current)
            title = scenario.title if scenario else current.scenario_id
            stage = STAGES.get(current.stage, current.stage.capitalize())
            st.caption(
                f"Open case: {escape_markdown(title)} · {current.mode} mode · furthest stage: "
                f"{escape_markdown(stage)}"
            )
            save_status(current)
        if st.button("Sign out", key="sign_out"):
            session.sign_out()
            st.rerun()


def save_status(current) -> None:
    """What the database last confirmed for this attempt, or why the last change is not saved."""
    kind, words = autosave.status(current)
    if kind == "error":
        st.error(words, icon=":material/cloud_off:")
    elif kind == "warning":
        st.warning(words, icon=":material/merge:")
    else:
        st.caption(f":material/cloud_done: {words}")
