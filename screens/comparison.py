"""Comparison with the expert: the profile by stage, the next steps, then each stage beside the
expert's in tabs (only the open tab is drawn), and the trainee's report to download."""

import streamlit as st

from components import session
from components.comparison_views import (
    TABS,
    appraisal_tab,
    episodes_tab,
    factors_tab,
    findings_tab,
    next_steps,
    profile,
)
from components.conversation_views import unopened_note
from components.report_download import report_downloads
from components.state import Key
from components.text import literal

person, attempt, scenario = session.work_or_stop()

st.title("Comparison with the expert", anchor=False)
literal(scenario.title, caption=True)
if not attempt.submitted_at:
    st.info("Submit your analysis at the end of stage 4 to see the comparison.")
    st.page_link("screens/findings.py", label="Go to stage 4", icon=":material/lightbulb:")
    st.stop()

feedback = session.feedback(attempt, scenario)
profile(feedback)
unopened_note(scenario, attempt.analysis, attempt.mode)
next_steps(feedback)
episodes, appraisal, factors, findings = st.tabs(TABS, key=Key.COMPARISON_TAB, on_change="rerun")
if episodes.open:
    with episodes:
        episodes_tab(feedback.episodes, scenario, attempt.analysis)
if appraisal.open:
    with appraisal:
        appraisal_tab(feedback.appraisal, feedback)
if factors.open:
    with factors:
        factors_tab(feedback, scenario)
if findings.open:
    with findings:
        findings_tab(feedback.findings)
report_downloads(attempt, scenario, person, feedback)
