"""The multi-agency timeline: one lane per agency, episodes shown as bands, with a table alternative."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from secondstory import casefile
from secondstory.models import Entry, Scenario


def timeline(
    scenario: Scenario,
    entries: list[Entry],
    spans: list[dict] | None = None,
    key: str = "timeline",
) -> None:
    """Draw the timeline chart and, beneath it, the same facts as a table."""
    rows = casefile.entry_rows(scenario, entries)
    if not rows:
        st.info("No entries match these choices.")
        return
    data = pd.DataFrame(rows)
    lanes = sorted(data["agency"].unique().tolist())
    points = (
        alt.Chart(data)
        .mark_circle(size=120, opacity=0.85)
        .encode(
            x=alt.X("date:T", title="Date"),
            y=alt.Y("agency:N", title=None, sort=lanes),
            color=alt.Color("agency:N", legend=None),
            tooltip=[
                alt.Tooltip("id:N", title="Entry"),
                alt.Tooltip("date:N", title="Date"),
                alt.Tooltip("agency:N", title="Agency"),
                alt.Tooltip("what happened:N", title="What happened"),
            ],
        )
    )
    layers = [points]
    if spans:
        bands = (
            alt.Chart(pd.DataFrame(spans))
            .mark_rect(opacity=0.18)
            .encode(
                x="start:T",
                x2="end:T",
                color=alt.Color("owner:N", title="Episodes"),
                tooltip=[alt.Tooltip("owner:N"), alt.Tooltip("episode:N", title="Episode")],
            )
        )
        layers.insert(0, bands)
    chart = (
        alt.layer(*layers).properties(height=max(160, 42 * len(lanes))).interactive(bind_y=False)
    )
    st.altair_chart(chart, width="stretch", key=key)
    description = (
        f"Timeline of {len(rows)} entries across {len(lanes)} agencies, "
        f"from {rows[0]['date']} to {rows[-1]['date']}."
    )
    if spans:
        description += f" {len(spans)} episode band(s) are shown."
    st.caption(description + " The same entries are listed in the table below.")
    with st.expander("Timeline as a table"):
        st.dataframe(data, hide_index=True, width="stretch")
        if spans:
            st.dataframe(pd.DataFrame(spans), hide_index=True, width="stretch")
