"""Stage 2: appraise practice in each episode as it could be judged at the time."""

import streamlit as st

from components import session
from components.appraisal_editor import appraisal_forms, hindsight_guard
from components.stage import stage_header

work = session.current_work()
if work is None:
    st.stop()
person, attempt, scenario = work
analysis = attempt.analysis

stage_header("appraisal", attempt, scenario)
if not analysis.episodes:
    st.info("Choose your key practice episodes first.")
    st.page_link("pages/episodes.py", label="Go to stage 1", icon=":material/flag:")
    st.stop()
appraisal_forms(analysis)
hindsight_guard(scenario, analysis)
st.page_link(
    "pages/explanation.py", label="Next: explain practice", icon=":material/arrow_forward:"
)
