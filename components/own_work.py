"""A submitted attempt's own work, stage by stage, read-only: what the trainee wrote, as they
submitted it (the editing pages show this instead of their forms once an attempt is submitted)."""

from __future__ import annotations

import streamlit as st

from components.factor_editor import factor_view
from components.stage import stage_title
from components.text import labelled, literal
from secondstory import casefile, reports
from secondstory.models import Analysis, Scenario, TraineeAppraisal, TraineeEpisode
from secondstory.storage import Attempt
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import RATINGS

SUBMITTED = (
    "You submitted this attempt, so it can no longer be changed. Here is your work on this "
    "stage as you submitted it; the comparison sets it beside the expert's."
)
NOT_WRITTEN = "(not written)"


def show_if_submitted(stage: str, attempt: Attempt, scenario: Scenario) -> None:
    """For a submitted attempt, the stage's own work read-only, and the page stops there."""
    if not attempt.submitted_at:
        return
    stage_title(stage, scenario)
    st.info(SUBMITTED)
    st.page_link("screens/comparison.py", label="Comparison", icon=":material/compare:")
    if stage == "findings":
        _findings(attempt.analysis)
    else:
        _episodes(stage, scenario, attempt.analysis)
    st.stop()


def _episodes(stage: str, scenario: Scenario, analysis: Analysis) -> None:
    if not analysis.episodes:
        st.markdown("You chose no key practice episodes.")
    for number, episode in enumerate(analysis.episodes, start=1):
        with st.container(border=True):
            st.subheader(f"{number}. {escape_markdown(episode.title or 'Untitled episode')}")
            _DRAW[stage](scenario, analysis, episode)


def _episode(scenario: Scenario, analysis: Analysis, episode: TraineeEpisode) -> None:
    entries = [casefile.entry(scenario, e) for e in episode.entries]
    for item in entries:
        if item is not None:
            literal(casefile.entry_label(scenario, item), caption=True)
    labelled("Why it is key", episode.why_key or NOT_WRITTEN)


def _appraisal_lines(label: str, appraisal: TraineeAppraisal | None) -> None:
    if appraisal is None:
        labelled(label, "Not appraised")
        return
    labelled(label, RATINGS.get(appraisal.rating, "No rating chosen"))
    literal(appraisal.reasoning or NOT_WRITTEN)


def _appraisal(scenario: Scenario, analysis: Analysis, episode: TraineeEpisode) -> None:
    _appraisal_lines("Appraisal before the outcome", episode.appraisal)
    if episode.appraisal_after_reveal is not None:
        _appraisal_lines("Revised after the outcome", episode.appraisal_after_reveal)


def _explanation(scenario: Scenario, analysis: Analysis, episode: TraineeEpisode) -> None:
    labelled("Local rationality", episode.local_rationality or NOT_WRITTEN)
    st.markdown(f"**Contributory factors** ({len(episode.factors)})")
    evidence = casefile.evidence_options(scenario, analysis.outcome_revealed)
    for factor in episode.factors:
        with st.container(border=True):
            factor_view(factor, evidence, scenario, analysis.outcome_revealed)


_DRAW = {"episodes": _episode, "appraisal": _appraisal, "factors": _explanation}


def _findings(analysis: Analysis) -> None:
    if not analysis.findings:
        st.markdown("You wrote no findings.")
    titles = {e.id: e.title or "Untitled episode" for e in analysis.episodes}
    for number, finding in enumerate(analysis.findings, start=1):
        with st.container(border=True):
            st.subheader(f"Finding {number}")
            for label, text in reports.finding_parts(finding):
                labelled(label, text or NOT_WRITTEN)
            linked = [titles[e] for e in finding.episodes if e in titles]
            labelled("Linked episodes", ", ".join(linked) or "None")
