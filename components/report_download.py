"""The trainee's report of a submitted attempt, for a CPD portfolio: Markdown and Word downloads.

Shown on the comparison page and in My work. The files are made only when a button is pressed
(`data` is a function), so drawing the buttons costs a page run nothing.
"""

from __future__ import annotations

from functools import partial

import streamlit as st

from secondstory import reports
from secondstory.marking import Feedback
from secondstory.models import Scenario
from secondstory.storage import Attempt, Trainee

WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def report_downloads(
    current: Attempt, scenario: Scenario, person: Trainee, feedback: Feedback
) -> None:
    """A heading, what the report holds, and a button for each format."""
    if current.submitted_at is None:
        return
    st.subheader("Your report", anchor=False)
    st.caption(
        "Your episodes, findings and the comparison with the expert, for a CPD portfolio. "
        "The case is fictional."
    )
    args = (
        scenario,
        current.analysis,
        feedback,
        person.display_name,
        current.submitted_at,
        current.mode,
    )
    name = f"{current.scenario_id}-report"
    cols = st.columns(2)
    cols[0].download_button(
        "Download report (Markdown)",
        partial(reports.trainee_report_markdown, *args),
        f"{name}.md",
        "text/markdown",
        on_click="ignore",
    )
    cols[1].download_button(
        "Download report (Word)",
        partial(reports.trainee_report_docx, *args),
        f"{name}.docx",
        WORD,
        on_click="ignore",
    )
