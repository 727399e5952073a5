"""Drawing the facilitator's screens: creating a cohort, opening it by key, and the debrief.

Every chart has a table beside it. Trainee text is shown in dataframes or escaped, never as
HTML. The facilitator key is kept only in the session, never in the URL.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from components import session
from components.state import Key
from components.text import literal_error
from secondstory import reports
from secondstory.debrief import Debrief, cohort_rows
from secondstory.models import Scenario
from secondstory.storage import AccessDenied, Attempt, Cohort, StorageError, Trainee
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import CATEGORY_SHORT, RATINGS

MODES = {"guided": "Guided (panel member induction)", "full": "Full (reviewer practice)"}


def create_cohort_form(scenarios: dict[str, Scenario]) -> None:
    with st.form("create_cohort"):
        st.subheader("Set up a cohort")
        name = st.text_input("Cohort name", max_chars=100)
        chosen = st.multiselect(
            "Cases for the cohort",
            options=sorted(scenarios, key=lambda s: scenarios[s].title),
            format_func=lambda s: scenarios[s].title,
        )
        mode = st.radio("Mode", list(MODES), format_func=MODES.get, horizontal=True)
        if st.form_submit_button("Create the cohort", type="primary"):
            try:
                cohort, join_code, key = session.store().create_cohort(name, chosen, mode)
            except StorageError as err:
                literal_error(str(err))
                return
            st.session_state[Key.NEW_COHORT_SECRETS] = (cohort.name, join_code, key)
            st.session_state[Key.FACILITATOR_KEY] = key
            st.session_state[Key.FACILITATOR_COHORT] = cohort
            st.rerun()


def new_secrets_notice() -> None:
    """The join code and facilitator key, shown once after the cohort is created."""
    found = st.session_state.get(Key.NEW_COHORT_SECRETS)
    if not found:
        return
    name, join_code, key = found
    with st.container(border=True):
        st.success(f"Cohort **{escape_markdown(name)}** created.")
        st.markdown("**Join code** for trainees (they enter it in the Library):")
        st.code(join_code, language=None)
        st.markdown("**Facilitator key** (opens this debrief; keep it private):")
        st.code(key, language=None)
        st.warning(
            "These are shown only once and are stored only as hashes: they cannot be shown "
            "again. Note them now."
        )
        if st.button("I have noted the code and key"):
            st.session_state.pop(Key.NEW_COHORT_SECRETS, None)
            st.rerun()


def open_with_key_form() -> None:
    with st.form("open_cohort"):
        st.subheader("Open a cohort's debrief")
        key = st.text_input("Facilitator key", type="password", max_chars=200)
        if st.form_submit_button("Open the debrief"):
            try:
                cohort = session.store().cohort_for_key(key, session.client())
            except AccessDenied:
                st.error(
                    "That facilitator key was not recognised. It may have been replaced; "
                    "ask whoever holds the current key."
                )
                return
            except StorageError as err:
                literal_error(str(err))
                return
            st.session_state[Key.FACILITATOR_KEY] = key.strip()
            st.session_state[Key.FACILITATOR_COHORT] = cohort
            st.rerun()


def close_cohort() -> None:
    for name in (
        Key.FACILITATOR_KEY,
        Key.FACILITATOR_COHORT,
        Key.NEW_COHORT_SECRETS,
        Key.ROTATED_KEY,
        Key.ROTATED_JOIN_CODE,
    ):
        st.session_state.pop(name, None)


def cohort_header(cohort: Cohort, scenarios: dict[str, Scenario]) -> str | None:
    """The cohort's name and a choice of its cases; returns the chosen scenario id."""
    st.header(escape_markdown(cohort.name))
    st.caption(
        f"Mode: {MODES.get(cohort.mode, cohort.mode)} · created {cohort.created_at:%d %b %Y}"
    )
    return st.selectbox(
        "Case",
        list(cohort.scenario_ids),
        format_func=lambda s: scenarios[s].title if s in scenarios else f"{s} (not in library)",
    )


def progress_table(result: Debrief) -> None:
    st.subheader("Progress")
    if not result.progress:
        st.info("No one in this cohort has started this case yet.")
        return
    st.dataframe(
        [
            {
                "trainee": p.label,
                "attempts": p.attempts,
                "furthest stage": p.stage_label,
                "submitted": "yes" if p.submitted else "no",
                "overall": f"{p.overall:.0%}" if p.overall is not None else "",
            }
            for p in result.progress
        ],
        hide_index=True,
        width="stretch",
    )
    st.caption(
        f"{result.trainees} trainee(s) on this case; {result.counted} attempt(s) in the views below."
    )


def _heatmap(data: pd.DataFrame, x: str, y: str, value: str, title: str) -> alt.Chart:
    return (
        alt.Chart(data)
        .mark_rect()
        .encode(
            x=alt.X(f"{x}:N", title=None),
            y=alt.Y(f"{y}:N", title=None),
            color=alt.Color(f"{value}:Q", title=title),
            tooltip=[x, y, value],
        )
    )


def episodes_found(result: Debrief, scenario: Scenario) -> None:
    st.subheader("Expert episodes found")
    titles = {e.id: e.title for e in scenario.expert.episodes}
    table = pd.DataFrame(
        [{"expert episode": f.title, "found by": f.found, "of": f.of} for f in result.found]
    )
    if result.found_by:
        grid = pd.DataFrame(
            [
                {"trainee": who, "expert episode": titles.get(e, e), "found": int(hit)}
                for who, e, hit in result.found_by
            ]
        )
        st.altair_chart(
            _heatmap(grid, "expert episode", "trainee", "found", "Found (1) or not (0)"),
            width="stretch",
        )
    st.dataframe(table, hide_index=True, width="stretch")
    st.markdown("**Extra episodes chosen** (not matched to an expert episode)")
    if not result.extras:
        st.caption("None.")
        return
    st.dataframe(
        [
            {
                "entries": ", ".join(x.entries),
                "overlaps expert episodes": ", ".join(titles.get(e, e) for e in x.overlaps_expert),
                "chosen by": x.count,
            }
            for x in result.extras
        ],
        hide_index=True,
        width="stretch",
    )


def ratings_view(result: Debrief) -> None:
    st.subheader("Appraisal ratings against the expert's")
    if not result.ratings:
        st.caption("No ratings yet.")
        return
    data = pd.DataFrame(
        [
            {
                "expert episode": r.title,
                "rating": RATINGS.get(r.rating, r.rating),
                "trainees": r.count,
                "expert's rating": RATINGS.get(r.expert_rating, r.expert_rating)
                + (f" (or {RATINGS[r.expert_alternative]})" if r.expert_alternative else ""),
            }
            for r in result.ratings
        ]
    )
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("expert episode:N", title=None),
            x=alt.X("trainees:Q", title="Trainees"),
            color=alt.Color("rating:N", title="Rating given"),
            tooltip=["expert episode", "rating", "trainees", "expert's rating"],
        )
    )
    st.altair_chart(chart, width="stretch")
    st.dataframe(data, hide_index=True, width="stretch")


def confusion_view(result: Debrief) -> None:
    st.subheader("Category confusion")
    st.caption(
        "Each trainee factor's category against the category of the expert factor it is paired with."
    )
    if not result.confusion:
        st.caption("No factors paired yet.")
        return
    data = pd.DataFrame(
        [
            {
                "trainee category": CATEGORY_SHORT.get(c.trainee_category, c.trainee_category),
                "expert category": CATEGORY_SHORT.get(c.expert_category, c.expert_category),
                "factors": c.count,
            }
            for c in result.confusion
        ]
    )
    st.altair_chart(
        _heatmap(data, "expert category", "trainee category", "factors", "Factors"),
        width="stretch",
    )
    st.dataframe(data, hide_index=True, width="stretch")


def flags_view(result: Debrief) -> None:
    st.subheader("Frequent language-coach flags")
    if not result.flag_kinds:
        st.caption("No flags.")
        return
    st.dataframe(
        [{"kind": kind, "flags": n} for kind, n in result.flag_kinds],
        hide_index=True,
        width="stretch",
    )
    st.dataframe(
        [{"phrase": p.phrase, "kind": p.kind, "times": p.count} for p in result.flag_phrases],
        hide_index=True,
        width="stretch",
    )


def examples_view(result: Debrief, scenario: Scenario) -> None:
    st.subheader("Example answers (anonymised)")
    for expert in scenario.expert.episodes:
        examples = result.examples.get(expert.id, [])
        with st.expander(f"{escape_markdown(expert.title)} ({len(examples)})"):
            if not examples:
                st.caption("No one matched this episode yet.")
                continue
            st.dataframe(
                [
                    {
                        "trainee": e.label,
                        "their title": e.title,
                        "rating": RATINGS.get(e.rating, "") if e.rating else "",
                        "reasoning": e.reasoning,
                        "local rationality": e.local_rationality,
                    }
                    for e in examples
                ],
                hide_index=True,
                width="stretch",
            )


def csv_download(scenario: Scenario, pairs: list[tuple[Trainee, Attempt]]) -> None:
    st.download_button(
        "Download the cohort's results (CSV)",
        reports.cohort_csv(cohort_rows(scenario, pairs)),
        f"{scenario.id}-cohort-results.csv",
        "text/csv",
    )


def rotate_key(cohort: Cohort) -> None:
    st.subheader("Facilitator key")
    rotated = st.session_state.get(Key.ROTATED_KEY)
    if rotated:
        st.success("The key was replaced. The old key no longer works. The new key, shown once:")
        st.code(rotated, language=None)
    if st.button("Replace the facilitator key"):
        try:
            new_key = session.store().rotate_facilitator_key(
                cohort.id, st.session_state[Key.FACILITATOR_KEY]
            )
        except (AccessDenied, StorageError) as err:
            literal_error(str(err))
            return
        st.session_state[Key.FACILITATOR_KEY] = new_key
        st.session_state[Key.ROTATED_KEY] = new_key
        st.rerun()


def rotate_join_code(cohort: Cohort) -> None:
    st.subheader("Join code")
    st.caption(
        "Replace the join code when it may have reached people outside the cohort (or after the "
        "joining is done). Trainees who have joined stay in the cohort."
    )
    rotated = st.session_state.get(Key.ROTATED_JOIN_CODE)
    if rotated:
        st.success("The join code was replaced. The old code no longer works. The new one:")
        st.code(rotated, language=None)
    if st.button("Replace the join code"):
        try:
            new_code = session.store().rotate_join_code(
                cohort.id, st.session_state[Key.FACILITATOR_KEY]
            )
        except StorageError as err:
            st.error(str(err))
            return
        st.session_state[Key.ROTATED_JOIN_CODE] = new_code
        st.rerun()
