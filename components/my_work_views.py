"""Drawing the trainee's history of attempts and the analysis file export and import."""

from __future__ import annotations

from functools import partial

import streamlit as st

from components import session
from components.report_download import report_downloads
from components.text import literal_error
from secondstory import exchange, loading, workflow
from secondstory.debrief import feedback_for
from secondstory.storage import Attempt
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import STAGES


def _title(found: Attempt) -> str:
    scenario = session.scenario_for(found)
    return scenario.title if scenario else found.scenario_id


def attempt_table(attempts: list[Attempt]) -> None:
    if not attempts:
        st.info("You have no attempts yet. Open a case from the Library.")
        return
    st.dataframe(
        [
            {
                "case": _title(a),
                "mode": a.mode,
                "furthest stage": STAGES.get(a.stage, a.stage),
                "started": f"{a.created_at:%d %b %Y %H:%M}",
                "last saved": f"{a.updated_at:%d %b %Y %H:%M}",
                "submitted": f"{a.submitted_at:%d %b %Y %H:%M}" if a.submitted_at else "",
            }
            for a in attempts
        ],
        hide_index=True,
        width="stretch",
    )
    labels = {
        a.id: f"{_title(a)} · started {a.created_at:%d %b %Y %H:%M}"
        + (" · submitted" if a.submitted_at else "")
        for a in attempts
    }
    chosen = st.selectbox("Attempt", list(labels), format_func=labels.get, key="history_pick")
    found = next(a for a in attempts if a.id == chosen)
    cols = st.columns(2)
    cols[0].button(
        "Open this attempt",
        disabled=bool(found.submitted_at),
        on_click=session.go_to_attempt_next,
        args=("screens/case_file.py", found),
    )
    cols[1].button(
        "See its comparison",
        disabled=not found.submitted_at,
        on_click=session.go_to_attempt_next,
        args=("screens/comparison.py", found),
    )


def export_import(current: Attempt) -> None:
    st.subheader("Your analysis as a file")
    st.markdown(
        f"For the open attempt on **{escape_markdown(_title(current))}**. The same file can be "
        "imported here later, or scored with `python -m secondstory score`."
    )
    cols = st.columns(2)
    name = f"{current.scenario_id}-analysis"
    # Each file is made when its button is pressed, not on every run of the page.
    cols[0].download_button(
        "Download as YAML",
        partial(exchange.to_yaml, current.analysis),
        f"{name}.yaml",
        "application/yaml",
        on_click="ignore",
    )
    cols[1].download_button(
        "Download as JSON",
        partial(exchange.to_json, current.analysis),
        f"{name}.json",
        "application/json",
        on_click="ignore",
    )
    scenario = session.scenario_for(current)
    person = session.trainee()
    if scenario is not None and person is not None and current.submitted_at:
        report_downloads(current, scenario, person, feedback_for(scenario, current))
    if scenario is None or current.submitted_at:
        return
    uploaded = st.file_uploader(
        "Import an analysis file (replaces the open attempt's analysis)",
        type=["yaml", "yml", "json"],
    )
    if uploaded is not None and st.button("Import this file"):
        try:
            imported = exchange.import_analysis(uploaded.getvalue(), scenario, uploaded.name)
        except loading.ContentError as err:
            for problem in err.problems:
                literal_error(str(problem))
            return
        analysis, notes = workflow.adopt_import(current.analysis, imported, scenario)
        if session.save(analysis):
            session.bump_revision()
            st.success("Imported. Your analysis has been replaced and saved.")
            if notes:
                st.warning(
                    "Not imported, because only the app records it:\n"
                    + "".join(f"\n- {note}" for note in notes)
                )
