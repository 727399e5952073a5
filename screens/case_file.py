"""Case file: the overview, chronology, timeline, records and conversations of the open case.

Only the open tab is drawn. An address with `?entry=ID` (an entry link anywhere in the app)
opens that entry on the Chronology tab; a click on the timeline opens the entry clicked.
"""

import streamlit as st

from components import session
from components.case_views import (
    agency_picker,
    chronology_cards,
    chronology_filters,
    conversation_view,
    entry_card,
    entry_picker,
    hindsight_banner,
    overview,
    record_view,
)
from components.entry_links import take_opened_entry
from components.state import Key
from components.text import literal
from components.timeline import entry_table, timeline
from secondstory import casefile, interview

TABS = ["Overview", "Chronology", "Timeline", "Records", "Conversations"]

person, attempt, scenario = session.work_or_stop()
analysis = attempt.analysis
closed = interview.closed_parts(scenario, analysis, attempt.mode)

opened = take_opened_entry()
if opened in casefile.readable_ids(scenario, analysis.outcome_revealed):
    for widget in ("seen_by", "chron_text", "chron_agencies", "chron_people", "chron_known_at"):
        st.session_state.pop(widget, None)
    st.session_state["case_tab"] = "Chronology"
    st.session_state["chron_entry"] = opened

st.title("Case file")
literal(scenario.title, caption=True)
hindsight_banner(scenario, analysis)
seen_by = agency_picker(scenario)

overview_tab, chronology_tab, timeline_tab, records_tab, conversations_tab = st.tabs(
    TABS, key="case_tab", on_change="rerun"
)
if overview_tab.open:
    with overview_tab:
        overview(scenario, analysis)
if chronology_tab.open:
    with chronology_tab:
        choice = chronology_filters(scenario, analysis, "chron", seen_by)
        entries = casefile.visible_entries(scenario, choice)
        st.caption(f"{len(entries)} of {len(scenario.chronology)} entries shown.")
        item = entry_picker(scenario, entries, seen_by, "chron_entry")
        if item:
            entry_card(scenario, item, analysis, seen_by, closed)
        if st.toggle("Show the chronology as a table", key="chron_table"):
            ids = tuple(e.id for e in entries)
            st.dataframe(entry_table(scenario, ids, seen_by), hide_index=True)
        else:
            chronology_cards(scenario, entries, seen_by)
if timeline_tab.open:
    with timeline_tab:
        choice = chronology_filters(scenario, analysis, "time", seen_by)
        entries = casefile.visible_entries(scenario, choice)
        picked = timeline(scenario, entries, key="case_timeline", seen_by=seen_by, pickable=True)
        if picked and picked != st.session_state.get(Key.TIMELINE_PICK):
            st.session_state["time_entry"] = picked
        st.session_state[Key.TIMELINE_PICK] = picked
        item = entry_picker(scenario, entries, seen_by, "time_entry")
        if item:
            entry_card(scenario, item, analysis, seen_by, closed)
if records_tab.open:
    with records_tab:
        record_view(scenario, analysis, seen_by)
if conversations_tab.open:
    with conversations_tab:
        conversation_view(scenario, analysis, seen_by, closed)
