"""Facilitator debrief: trainers set up and manage their cohorts; a cohort opened (from the
trainer's list, or with its facilitator key) shows where the group's thinking diverged, the
charts, the answers in full, the debrief pack, and the cohort's management."""

import streamlit as st

from components import cohort_admin as admin
from components import debrief_views as views
from components import session
from components.practice_debrief_views import practice_section
from components.text import literal_error
from components.trainer_gate import sign_out_control, trainer_pass, unlocked
from secondstory.debrief import debrief
from secondstory.divergence import diverged
from secondstory.storage import AccessDenied, StorageError

st.title("Facilitator debrief")
scenarios = session.library().scenarios
sign_out_control()
admin.new_secrets_notice()

cohort = admin.remembered_cohort()
opened_by = admin.access()
if cohort is None or opened_by is None:
    st.markdown(
        "Set up a cohort to get a join code for trainees and a facilitator key, or open a "
        "cohort you run. Trainees see only their own work."
    )
    left, right = st.columns(2)
    with left:
        if unlocked("Setting up and managing cohorts"):
            admin.create_cohort_form(scenarios)
    with right:
        admin.open_with_key_form()
    trainer = trainer_pass()
    if trainer is not None:
        admin.trainer_cohorts(trainer, scenarios)
    st.stop()

try:
    pairs = session.store().cohort_attempts(cohort.id, opened_by)
    members = session.store().cohort_members(cohort.id, opened_by)
except AccessDenied as err:
    admin.leave_cohort()
    literal_error(str(err))
    st.stop()
except StorageError as err:
    literal_error(str(err))
    st.stop()

if st.button("Back to the start of the page (leave this debrief)"):
    admin.leave_cohort()
    st.rerun()
scenario_id = admin.cohort_header(cohort, scenarios)
scenario = scenarios.get(scenario_id) if scenario_id else None
if scenario is None:
    st.warning("This case is no longer in the library, so its debrief cannot be drawn.")
    admin.manage(cohort, opened_by, members, named=False)
    st.stop()

named = views.named_choice()
include_open = st.toggle("Include work not yet submitted", value=False)
result = debrief(scenario, pairs, submitted_only=not include_open, named=named)
points = diverged(scenario, result)
views.progress_table(result)
views.downloads(scenario, cohort, result, points, pairs)
discussion, episodes, factors, language, answers, manage = st.tabs(
    [
        "Where we diverged",
        "Episodes and ratings",
        "Factors and findings",
        "Language and conversations",
        "Answers in full",
        "Manage the cohort",
    ]
)
with discussion:
    views.diverged_view(points)
with episodes:
    views.episodes_view(result, scenario)
    views.ratings_view(result)
with factors:
    views.factors_view(result)
    views.findings_view(result)
with language:
    views.flags_view(result)
    practice_section(scenario, pairs, submitted_only=not include_open)
with answers:
    views.examples_view(result, scenario)
with manage:
    admin.manage(cohort, opened_by, members, named=named)
