"""The opening of each analysis stage (its name, guided-mode teaching, hints, method links, why
the last edit was refused, if it was, and answers changed both here and in another tab), its
checklist, and `edit`, the callback every stage edits through."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from components import session
from components.conflict_view import conflict_panel
from components.state import Key
from components.text import literal_error
from secondstory import guide, workflow
from secondstory.models import Analysis, Scenario
from secondstory.storage import Attempt
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import STAGES


def stage_title(stage: str, scenario: Scenario) -> None:
    number = list(STAGES).index(stage) + 1
    st.title(f"Stage {number}: {STAGES[stage]}")
    st.caption(escape_markdown(scenario.title))


def stage_header(stage: str, attempt: Attempt, scenario: Scenario) -> None:
    stage_title(stage, scenario)
    error = st.session_state.pop(Key.EDIT_ERROR, None)
    if error:
        literal_error(error)
    conflict_panel()
    links = st.columns([1, 1, 4])
    links[0].page_link("screens/method.py", label="The method", icon=":material/school:")
    links[1].page_link("screens/glossary.py", label="Glossary", icon=":material/dictionary:")
    if attempt.mode != "guided":
        return
    with st.container(border=True):
        st.markdown(guide.stage_intro(stage, scenario))
        tutorial = session.library().scenarios.get(guide.TUTORIAL_ID)
        example = guide.worked_example(stage, scenario, tutorial)
        if example is not None:
            with st.expander("Worked example"):
                st.caption(escape_markdown(example.heading))
                for label, text in example.lines:
                    # A case's own example is scenario text: its labels are escaped too.
                    st.markdown(f"**{escape_markdown(label)}:** {escape_markdown(text)}")
        hints(stage, attempt, scenario)


def edit(change: Callable[[Analysis], Analysis]) -> None:
    """Apply a change to the current analysis and save it at once (a widget callback). A change
    the core refuses (a ValueError whose message is for the trainee) is not saved; the message
    is shown at the top of the stage by `stage_header`."""
    current = session.attempt()
    if current is not None:
        try:
            session.save(change(current.analysis))
        except ValueError as err:
            st.session_state[Key.EDIT_ERROR] = str(err)


def hints(stage: str, attempt: Attempt, scenario: Scenario) -> None:
    available = guide.hint_keys(scenario, stage)
    if not available:
        return
    used = [(key, text) for key, text in available if key in attempt.analysis.hints_used]
    for _, text in used:
        st.info(f"Hint: {escape_markdown(text)}")
    remaining = [key for key, _ in available if key not in attempt.analysis.hints_used]
    if remaining and st.button(
        f"Show a hint ({len(remaining)} left; hints used are recorded)", key=f"hint_{stage}"
    ):
        session.save(workflow.use_hint(attempt.analysis, remaining[0]))
        st.rerun()


def checklist(stage: str) -> None:
    """What this stage needs before the analysis can be submitted, ticked from the work as it
    is now (drawn after the editors, so it shows this run's edits)."""
    current = session.attempt()
    if current is None:
        return
    with st.container(border=True):
        st.subheader("Checklist for this stage")
        for check in workflow.stage_checks(stage, current.analysis):
            status = "Done" if check.done else "To do"
            lines = [f"- **{status}:** {escape_markdown(check.rule)}"]
            lines += [f"    - {escape_markdown(missing)}" for missing in check.missing]
            st.markdown("\n".join(lines))


def require_episodes(analysis: Analysis) -> None:
    """Stages 2 and 3 need episodes: point to stage 1 and stop the page if there are none."""
    if not analysis.episodes:
        st.info("Choose your key practice episodes first.")
        st.page_link("screens/episodes.py", label="Go to stage 1", icon=":material/flag:")
        st.stop()
