"""Scenario check, for authors: which scenario files loaded and the problems in those that did not.
Trainers only (components/trainer_gate.py); file paths are shown relative to the scenario folder."""

import streamlit as st

from components import session
from components.trainer_gate import sign_out_control, trainer_or_stop
from secondstory.summary import scenario_counts
from secondstory.textsafe import escape_markdown

st.title("Scenario check")
trainer_or_stop("The scenario check")
sign_out_control()
st.markdown(
    "For trainers who write cases: the files in the scenario folder, and what to fix in any that "
    "did not load. Trainees never see a broken case; it is simply left out of the library. "
    "The same check runs from the command line: `python -m secondstory validate`."
)
library = session.checked_library()
if st.button("Reload the scenario folder"):
    session.reload_library()
    st.rerun()
if library.failures:
    st.error(f"{len(library.failures)} file(s) did not load.")
    for failure in library.failures:
        with st.container(border=True):
            st.markdown(f"**{escape_markdown(library.relative(failure.path))}**")
            st.code("\n".join(library.relative(str(p)) for p in failure.problems), language=None)
else:
    st.success("Every scenario file loaded.")
if library.warnings:
    st.warning(
        f"{len(library.warnings)} warning(s): the files load, but check these (for example an "
        "always-visible text that gives the outcome away, or a name used in two cases)."
    )
    st.code("\n".join(library.relative(str(w)) for w in library.warnings), language=None)
st.subheader(f"Loaded ({len(library.scenarios)})")
st.dataframe(
    [
        {"id": s.id, "title": s.title, "version": s.version}
        | {k: v for k, v in scenario_counts(s).items() if k != "categories"}
        for s in library.scenarios.values()
    ],
    hide_index=True,
    width="stretch",
)
