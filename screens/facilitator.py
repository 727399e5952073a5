"""Facilitator debrief: set up a cohort (trainers only), or open one with its key and see where
thinking diverged."""

import streamlit as st

from components import debrief_views as views
from components import session
from components.practice_debrief_views import practice_section
from components.state import Key
from components.text import literal_error
from components.trainer_gate import unlocked
from secondstory.debrief import debrief
from secondstory.storage import AccessDenied, StorageError

st.title("Facilitator debrief")
scenarios = session.library().scenarios
views.new_secrets_notice()

cohort = st.session_state.get(Key.FACILITATOR_COHORT)
key = st.session_state.get(Key.FACILITATOR_KEY)
if cohort is None or not key:
    st.markdown(
        "Set up a cohort to get a join code for trainees and a facilitator key, or open a "
        "cohort you run with its key. Trainees see only their own work."
    )
    left, right = st.columns(2)
    with left:
        if unlocked("Setting up a cohort"):
            views.create_cohort_form(scenarios)
    with right:
        views.open_with_key_form()
    st.stop()

try:
    pairs = session.store().cohort_attempts(cohort.id, key)
except AccessDenied as err:
    views.close_cohort()
    literal_error(str(err))
    st.stop()
except StorageError as err:
    literal_error(str(err))
    st.stop()

if st.button("Close this cohort"):
    views.close_cohort()
    st.rerun()
scenario_id = views.cohort_header(cohort, scenarios)
scenario = scenarios.get(scenario_id) if scenario_id else None
if scenario is None:
    st.warning("This case is no longer in the library, so its debrief cannot be drawn.")
    st.stop()

include_open = st.toggle("Include work not yet submitted", value=False)
result = debrief(scenario, pairs, submitted_only=not include_open)
views.progress_table(result)
views.csv_download(scenario, pairs)
views.episodes_found(result, scenario)
views.ratings_view(result)
views.confusion_view(result)
views.flags_view(result)
views.examples_view(result, scenario)
practice_section(scenario, pairs, submitted_only=not include_open)
views.rotate_key(cohort)
views.rotate_join_code(cohort)
