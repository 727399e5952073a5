"""Comparison with the expert: the profile by stage, then each stage beside the expert's."""

import streamlit as st

from components import session
from components.comparison_views import (
    appraisal_tab,
    episodes_tab,
    factors_tab,
    findings_tab,
    next_steps,
    profile,
)
from components.text import literal

person, attempt, scenario = session.work_or_stop(editing=False)

st.title("Comparison with the expert")
literal(scenario.title, caption=True)
if not attempt.submitted_at:
    st.info("Submit your analysis at the end of stage 4 to see the comparison.")
    st.page_link("screens/findings.py", label="Go to stage 4", icon=":material/lightbulb:")
    st.stop()

feedback = session.feedback(attempt, scenario)
profile(feedback)
tabs = st.tabs(["Episodes", "Appraisal", "Factors", "Findings"])
with tabs[0]:
    episodes_tab(feedback.episodes, scenario, attempt.analysis)
with tabs[1]:
    appraisal_tab(feedback.appraisal, feedback)
with tabs[2]:
    factors_tab(feedback.factors, scenario)
with tabs[3]:
    findings_tab(feedback.findings)
next_steps(feedback)
