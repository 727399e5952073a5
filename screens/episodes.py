"""Stage 1: choose the key practice episodes from the chronology."""

import streamlit as st

from components import session
from components.episode_editor import (
    add_episode_form,
    episode_list,
    episode_summary_line,
    expert_episodes_panel,
)
from components.own_work import show_if_submitted
from components.stage import checklist, stage_header
from components.timeline import timeline
from secondstory import casefile

person, attempt, scenario = session.work_or_stop()
show_if_submitted("episodes", attempt, scenario)
analysis = attempt.analysis

stage_header("episodes", attempt, scenario)
choice = casefile.ChronologyFilter(show_later=analysis.outcome_revealed)
spans = casefile.episode_spans(scenario, [("Yours", e.title, e.entries) for e in analysis.episodes])
timeline(scenario, casefile.visible_entries(scenario, choice), spans, key="episodes_timeline")
st.markdown(episode_summary_line(scenario, analysis))
episode_list(scenario, analysis)
add_episode_form(scenario, analysis)
expert_episodes_panel(scenario, analysis)
checklist("episodes")
st.page_link(
    "screens/appraisal.py", label="Next: appraise each episode", icon=":material/arrow_forward:"
)
