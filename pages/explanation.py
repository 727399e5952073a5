"""Stage 3: explain practice with contributory factors and local rationality."""

import streamlit as st

from components import session
from components.factor_editor import episode_explanation
from components.stage import stage_header

work = session.current_work()
if work is None:
    st.stop()
person, attempt, scenario = work
analysis = attempt.analysis

stage_header("factors", attempt, scenario)
if not analysis.episodes:
    st.info("Choose your key practice episodes first.")
    st.page_link("pages/episodes.py", label="Go to stage 1", icon=":material/flag:")
    st.stop()
for number, episode in enumerate(analysis.episodes, start=1):
    episode_explanation(scenario, analysis, episode, number)
st.page_link("pages/findings.py", label="Next: write findings", icon=":material/arrow_forward:")
