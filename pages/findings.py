"""Stage 4: move from the case to the system with findings, then submit."""

import streamlit as st

from components import session
from components.finding_editor import add_finding_form, finding_list, submit_panel
from components.stage import stage_header

work = session.current_work()
if work is None:
    st.stop()
person, attempt, scenario = work
analysis = attempt.analysis

stage_header("findings", attempt, scenario)
finding_list(scenario, analysis)
add_finding_form(analysis)
submit_panel(analysis)
