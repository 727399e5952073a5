"""Case file: the overview, chronology, timeline, records and conversations of the open case."""

import streamlit as st

from components import session
from components.case_views import (
    chronology_filters,
    conversation_view,
    entry_detail,
    hindsight_banner,
    overview,
    record_view,
)
from components.text import literal
from components.timeline import timeline
from secondstory import casefile, interview

person, attempt, scenario = session.work_or_stop(editing=False)
analysis = attempt.analysis
closed = interview.closed_parts(scenario, analysis, attempt.mode)

st.title("Case file")
literal(scenario.title, caption=True)
hindsight_banner(scenario, analysis)

tabs = st.tabs(["Overview", "Chronology", "Timeline", "Records", "Conversations"])
with tabs[0]:
    overview(scenario, analysis)
with tabs[1]:
    choice = chronology_filters(scenario, analysis, key="chron")
    entries = casefile.visible_entries(scenario, choice)
    st.caption(f"{len(entries)} of {len(scenario.chronology)} entries shown.")
    st.dataframe(casefile.entry_rows(scenario, entries), hide_index=True, width="stretch")
    entry_detail(scenario, entries, analysis, closed)
with tabs[2]:
    choice = chronology_filters(scenario, analysis, key="time")
    timeline(scenario, casefile.visible_entries(scenario, choice), key="case_timeline")
with tabs[3]:
    record_view(scenario, analysis)
with tabs[4]:
    conversation_view(scenario, closed)
