"""The multi-agency timeline: one lane per agency, episodes shown as bands, with a table alternative.

The chart opens on the review period (the background before it is one toggle away), names each
agency in full on its lane, colours each agency as every chart of the case does, and can report
the entry a trainee clicks. Its Vega-Lite spec is built (and validated by Altair) once per case
version and set of entries, not on every rerun.
"""

from __future__ import annotations

import textwrap

import altair as alt
import pandas as pd
import pyarrow as pa
import streamlit as st
from streamlit import dataframe_util

from secondstory import casefile
from secondstory.agency_view import as_seen
from secondstory.memo import per_version
from secondstory.models import Entry, Scenario

PICK = "pick"  # the chart's click selection
BAND_COLOURS = {"Yours": "#6b6b6b", "Expert": "#b07aa1"}
LANE_WIDTH = 26  # characters per line of an agency's name on its lane
LANE_LINE_HEIGHT = 13  # pixels between the lines of a wrapped lane name
# Vega places a label's first line on its tick and the others below it, so a wrapped name is
# moved up by half its extra lines: its middle, not its first line, is level with the dots.
LANE_CENTRING = f"-{LANE_LINE_HEIGHT / 2} * (length(split(datum.value, '\\n')) - 1)"


def lane_step(lanes: list[str]) -> int:
    """Pixels per lane: room for the longest wrapped name with a gap, so names never overlap
    (the lane scale's padding adds a lane's height above the first and below the last)."""
    lines = max((lane.count("\n") + 1 for lane in lanes), default=1)
    return max(44, LANE_LINE_HEIGHT * lines + 12)


def _lane(name: str) -> str:
    return "\n".join(textwrap.wrap(name, LANE_WIDTH))


def _points(scenario: Scenario, entries: tuple[str, ...], seen_by: str | None) -> list[dict]:
    rows = []
    for ref in entries:
        item = casefile.entry(scenario, ref)
        name = casefile.agency_name(scenario, item.agency)
        rows.append(
            {
                "id": item.id,
                "date": item.date.isoformat(),
                "day": casefile.day(item.date) + (f", {item.time}" if item.time else ""),
                "agency": name,
                "lane": _lane(name),
                "what": as_seen(item, seen_by).title,
                "note": "background"
                if item.background
                else ("known only later" if item.known_later else ""),
            }
        )
    return rows


@per_version()
def chart_spec(
    scenario: Scenario,
    entries: tuple[str, ...],
    spans: tuple[tuple[tuple[str, object], ...], ...],
    seen_by: str | None,
    background: bool,
) -> dict:
    """The Vega-Lite spec of the timeline for these entries and episode spans."""
    rows = _points(scenario, entries, seen_by)
    colours = casefile.agency_colours(scenario)
    names = [a.name for a in scenario.agencies]
    lanes = [_lane(n) for n in names if n in {r["agency"] for r in rows}]
    period = scenario.setting.period
    # The review period, stretched to any entry after it (known only later, once revealed).
    end = max(period.end.isoformat(), rows[-1]["date"])
    domain = None if background else [period.start.isoformat(), end]
    x = alt.X(
        "date:T",
        title=None,
        scale=alt.Scale(type="utc", domain=domain) if domain else alt.Scale(type="utc"),
        axis=alt.Axis(format="%b %Y", labelOverlap=True),
    )
    pick = alt.selection_point(name=PICK, fields=["id"], on="click", clear="dblclick")
    zoom = alt.selection_interval(name="zoom", bind="scales", encodings=["x"])
    points = (
        alt.Chart(pd.DataFrame(rows))
        .mark_circle(size=140, opacity=0.9, cursor="pointer")
        .encode(
            x=x,
            y=alt.Y(
                "lane:N",
                title=None,
                sort=lanes,
                scale=alt.Scale(padding=1),
                axis=alt.Axis(
                    labelExpr="split(datum.label, '\\n')",
                    labelLimit=260,
                    # Every lane keeps its name: Vega's overlap check measured a wrapped name
                    # before it was centred and hid every other one on a case of 11 agencies.
                    labelOverlap=False,
                    labelBaseline="middle",
                    labelLineHeight=LANE_LINE_HEIGHT,
                    labelOffset={"expr": LANE_CENTRING},
                ),
            ),
            color=alt.Color(
                "agency:N",
                scale=alt.Scale(domain=names, range=[colours[a.id] for a in scenario.agencies]),
                legend=None,
            ),
            stroke=alt.condition(pick, alt.value("#000000"), alt.value(None), empty=False),
            tooltip=[
                alt.Tooltip("id:N", title="Entry"),
                alt.Tooltip("day:N", title="Date"),
                alt.Tooltip("agency:N", title="Agency"),
                alt.Tooltip("what:N", title="What happened"),
                alt.Tooltip("note:N", title="Note"),
            ],
        )
        .add_params(pick, zoom)
    )
    layers = [points]
    if spans:
        bands = (
            alt.Chart(pd.DataFrame([dict(s) for s in spans]))
            .mark_rect(opacity=0.18)
            .encode(
                x=alt.X("start:T", scale=alt.Scale(type="utc")),
                x2="end:T",
                color=alt.Color(
                    "whose:N",
                    title="Episode bands",
                    scale=alt.Scale(domain=list(BAND_COLOURS), range=list(BAND_COLOURS.values())),
                    legend=alt.Legend(orient="top"),
                ),
                tooltip=[
                    alt.Tooltip("whose:N", title="Whose episode"),
                    alt.Tooltip("episode:N", title="Episode"),
                    alt.Tooltip("from:N", title="From"),
                    alt.Tooltip("to:N", title="To"),
                    alt.Tooltip("entries:Q", title="Entries"),
                ],
            )
        )
        layers.insert(0, bands)
    if background:
        start = pd.DataFrame([{"date": period.start.isoformat(), "label": "Review period starts"}])
        rule = alt.Chart(start).mark_rule(strokeDash=[4, 4], color="#555555")
        layers.append(rule.encode(x=alt.X("date:T"), tooltip=[alt.Tooltip("label:N", title="")]))
    chart = (
        alt.layer(*layers)
        .resolve_scale(color="independent")
        .properties(height=max(180, lane_step(lanes) * (len(lanes) + 2)))
    )
    return chart.to_dict()


@per_version()
def _drawn_spec(scenario: Scenario, *chart: object) -> dict:
    """`chart_spec(scenario, *chart)` with its data sets already in Arrow, as Streamlit would
    turn them on every run."""
    spec = dict(chart_spec(scenario, *chart))
    spec["datasets"] = {
        name: dataframe_util.convert_anything_to_arrow_bytes(pd.DataFrame(rows))
        for name, rows in spec.get("datasets", {}).items()
    }
    return spec


@per_version()
def entry_table(scenario: Scenario, entries: tuple[str, ...], seen_by: str | None) -> pa.Table:
    """The entries as a table (casefile.entry_rows), built once per case version and entries."""
    found = [e for ref in entries if (e := casefile.entry(scenario, ref)) is not None]
    return pa.Table.from_pandas(
        pd.DataFrame(casefile.entry_rows(scenario, found, seen_by)), preserve_index=False
    )


def timeline(
    scenario: Scenario,
    entries: list[Entry],
    spans: list[dict] | None = None,
    key: str = "timeline",
    seen_by: str | None = None,
    pickable: bool = False,
) -> str | None:
    """Draw the timeline chart and, beneath it, the same facts as a table. With `pickable`,
    return the id of the entry the trainee clicked (None when none is picked)."""
    later = [e for e in entries if not e.background]
    earlier = len(entries) - len(later)
    background = earlier > 0 and st.toggle(
        f"Show the background before the review period ({earlier} entries)",
        key=f"{key}_background",
    )
    shown = entries if background else later
    if not shown:
        st.info("No entries match these choices.")
        return None
    ids = tuple(e.id for e in shown)
    spec = _drawn_spec(
        scenario,
        ids,
        tuple(tuple(s.items()) for s in spans or []),
        seen_by,
        background,
    )
    description = (
        f"Timeline of {len(shown)} entries across "
        f"{len({e.agency for e in shown})} agencies, from {casefile.day(shown[0].date)} "
        f"to {casefile.day(shown[-1].date)}."
    )
    if spans:
        description += f" {len(spans)} episode band(s) are shown."
    event = st.vega_lite_chart(
        spec,
        width="stretch",
        key=key,
        alt=description,
        on_select="rerun" if pickable else "ignore",
        selection_mode=[PICK] if pickable else None,
    )
    hint = " Click an entry to read it." if pickable else ""
    st.caption(description + hint + " The same entries are listed in the table below.")
    # A plain expander, not components/lazy.py: drawn lazily, the browser test of a refused
    # answer on stage 1 could no longer pick an entry in an episode's multiselect (cause not
    # yet found; docs/performance.md).
    with st.expander("Timeline as a table"):
        st.dataframe(entry_table(scenario, ids, seen_by), hide_index=True)
        if spans:
            columns = ["whose", "episode", "from", "to", "entries"]
            st.dataframe(pd.DataFrame(spans)[columns], hide_index=True)
    if not pickable:
        return None
    picked = [p.get("id") for p in event.selection.get(PICK, []) if p.get("id")]
    return picked[0] if picked else None
