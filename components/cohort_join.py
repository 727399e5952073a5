"""Joining a cohort: a trainee enters the join code their facilitator gave them, and sees which
cases their cohorts set (and in which mode)."""

from __future__ import annotations

import streamlit as st

from components import session
from components.text import literal_error
from secondstory.loading import Library
from secondstory.storage import AccessDenied, Cohort, StorageError, Trainee
from secondstory.textsafe import escape_markdown


def cohort_join(person: Trainee) -> None:
    """The join form, then (with a join just made) the cohorts the trainee is in."""
    box = st.expander("Join a cohort", expanded=False)
    with box, st.form("join_cohort"):
        code = st.text_input("Join code", max_chars=40)
        if st.form_submit_button("Join"):
            try:
                cohort = session.store().join_cohort(person.id, code, session.client())
            except AccessDenied:
                st.error("That join code was not recognised.")
            except StorageError as err:
                literal_error(str(err))
            else:
                st.success(f"You joined {escape_markdown(cohort.name)}.")
    joined = session.read(lambda s: s.trainee_cohorts(person.id), [])
    if joined:
        names = ", ".join(escape_markdown(c.name) for c in joined)
        box.caption(f"You are in: {names}. Your facilitator sees your work on their cases.")
    _cohort_cases(joined, session.library())


def _cohort_cases(joined: list[Cohort], library: Library) -> None:
    """One line per cohort (not archived): the case(s) it set and its mode."""
    for cohort in joined:
        if cohort.state == "archived":
            continue
        titles = [
            escape_markdown(library.scenarios[s].title)
            for s in cohort.scenario_ids
            if s in library.scenarios
        ]
        cases = ", ".join(f"**{t}**" for t in titles) or "cases not in this library"
        st.info(
            f"Your cohort {escape_markdown(cohort.name)} set: {cases}, in {cohort.mode} mode. "
            "Work these cases below; your facilitator sees that work."
        )
