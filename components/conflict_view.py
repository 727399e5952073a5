"""Drawing conflicts between this tab and work saved elsewhere, and the trainee's choice.

Shown at the top of each stage page while an answer was changed differently here and in another tab
or device: both versions side by side, literally, with a choice to keep either (or, for text,
both one after the other). The version saved elsewhere stays saved until the trainee chooses.
"""

from __future__ import annotations

import streamlit as st

from components import autosave, session
from components.text import literal
from secondstory.merge import Choice, Conflict, resolve
from secondstory.models import TraineeEpisode, TraineeFinding
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import CATEGORIES, RATINGS


def conflict_panel() -> None:
    current = session.attempt()
    if current is None:
        return
    notice = autosave.take_notice()
    if notice:
        st.info(notice, icon=":material/merge:")
    found = autosave.conflicts(current)
    if not found:
        return
    with st.container(border=True):
        st.subheader("Changed in two places: choose what to keep")
        st.markdown(
            "Since this page was loaded, the same answer was also changed in another tab or on "
            "another device. Both versions are kept here until you choose; the other version is "
            "the one saved for now."
        )
        for number, conflict in enumerate(found):
            _one(current.id, number, conflict)


def _one(attempt_id: str, number: int, conflict: Conflict) -> None:
    st.markdown(f"**{escape_markdown(conflict.where)}**")
    cols = st.columns(2)
    with cols[0]:
        st.caption("In this tab")
        literal(_shown(conflict.path[-1], conflict.mine))
    with cols[1]:
        st.caption("Saved elsewhere")
        literal(_shown(conflict.path[-1], conflict.theirs))
    choices: list[tuple[Choice, str]] = [
        ("mine", "Keep this tab's version"),
        ("theirs", "Keep the version saved elsewhere"),
    ]
    if conflict.text:
        choices.append(("both", "Keep both, one after the other"))
    buttons = st.columns(len(choices))
    for col, (choice, label) in zip(buttons, choices, strict=True):
        col.button(
            label,
            key=f"conflict_{attempt_id}_{number}_{choice}",
            on_click=_choose,
            args=(conflict, choice),
        )


def _choose(conflict: Conflict, choice: Choice) -> None:
    current = session.attempt()
    if current is None:
        return
    if session.save(resolve(current.analysis, conflict, choice)):
        autosave.settle(current, conflict)
        session.bump_revision()


def _shown(field: str, value: object) -> str:
    if value is None:
        return "(deleted)"
    if isinstance(value, TraineeEpisode):
        return f"Episode: {value.title}. Why key: {value.why_key or '(not given)'}"
    if isinstance(value, TraineeFinding):
        return f"Finding: {value.statement or '(no statement)'}"
    names = {"rating": RATINGS, "category": CATEGORIES}.get(field, {})
    return names.get(value) or str(value) or "(empty)"
