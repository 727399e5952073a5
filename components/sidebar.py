"""The shared sidebar: who is signed in, the open case, and a way out."""

from __future__ import annotations

import streamlit as st

from components import session
from components.state import Key
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
            if st.session_state.get(Key.SAVE_ERROR):
                st.error("Last change not saved yet.")
            else:
                st.caption(":material/cloud_done: Saved as you go.")
        if st.button("Sign out", key="sign_out"):
            session.sign_out()
            st.rerun()
