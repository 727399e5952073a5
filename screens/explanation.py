"""Stage 3: explain practice with contributory factors and local rationality."""

import streamlit as st

from components import session
from components.factor_editor import citable, episode_explanation
from components.own_work import show_if_submitted
from components.stage import checklist, require_episodes, stage_header

person, attempt, scenario = session.work_or_stop()
show_if_submitted("factors", attempt, scenario)
analysis = attempt.analysis

stage_header("factors", attempt, scenario)
require_episodes(analysis)
evidence = citable(scenario, analysis, attempt.mode)
for number, episode in enumerate(analysis.episodes, start=1):
    episode_explanation(scenario, analysis, episode, number, evidence)
checklist("factors")
st.page_link("screens/findings.py", label="Next: write findings", icon=":material/arrow_forward:")
