"""Stage 2: appraise practice in each episode as it could be judged at the time."""

import streamlit as st

from components import session
from components.appraisal_editor import appraisal_forms, hindsight_guard
from components.own_work import show_if_submitted
from components.stage import checklist, require_episodes, stage_header

person, attempt, scenario = session.work_or_stop()
show_if_submitted("appraisal", attempt, scenario)
analysis = attempt.analysis

stage_header("appraisal", attempt, scenario)
require_episodes(analysis)
appraisal_forms(scenario, analysis)
hindsight_guard(scenario, analysis)
checklist("appraisal")
st.page_link(
    "screens/explanation.py", label="Next: explain practice", icon=":material/arrow_forward:"
)
