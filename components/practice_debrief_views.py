"""The facilitator debrief's section on conversation practice (a table, no chart)."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from secondstory.models import Scenario
from secondstory.practice_debrief import practice_debrief
from secondstory.storage import Attempt, Trainee

SHOWN = 5


def _rows(parts) -> list[dict]:
    return [
        {"Practitioner": p.practitioner, "Part": p.part, "Drew it out": f"{p.trainees} of {p.of}"}
        for p in parts
    ]


def practice_section(
    scenario: Scenario, pairs: Iterable[tuple[Trainee, Attempt]], *, submitted_only: bool
) -> None:
    found = practice_debrief(scenario, pairs, submitted_only=submitted_only)
    if not found.practised:
        return
    st.subheader("Conversation practice")
    st.caption(
        f"{found.practised} trainee(s) held the conversations themselves. The parts of local "
        "rationality the group drew out most and least:"
    )

    most, least = st.columns(2)
    with most:
        st.markdown("**Drawn out most**")
        st.dataframe(_rows(found.parts[:SHOWN]), hide_index=True, width="stretch")
    with least:
        st.markdown("**Drawn out least**")
        st.dataframe(_rows(found.parts[::-1][:SHOWN]), hide_index=True, width="stretch")
    st.dataframe(
        [{"Question style": label, "Questions": count} for label, count in found.styles],
        hide_index=True,
    )
