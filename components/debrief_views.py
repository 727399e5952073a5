"""Drawing the facilitator's debrief: progress, where the group diverged, the charts (each with
its table), findings beside the reference's, answers in full, and the debrief pack downloads.

Trainee text is shown literally (escaped Markdown) or in tables, never as HTML, and in full:
long answers sit in expanders rather than cut off in a table cell. Charts use horizontal bars so
that every label is horizontal and whole when projected. The labels for trainees are the
debrief's (anonymised unless the facilitator chose names), the same in every view.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import altair as alt
import pandas as pd
import streamlit as st

from components.text import labelled, literal
from secondstory import reports
from secondstory.chart_drawing import PALETTE
from secondstory.debrief import Debrief, FindingAnswer, cohort_rows, flag_name
from secondstory.debrief_charts import (
    Chart,
    confusion_chart,
    diverged_chart,
    findings_chart,
    found_chart,
    hindsight_chart,
    ratings_chart,
)
from secondstory.debrief_pack import debrief_docx, debrief_html
from secondstory.divergence import Point
from secondstory.models import Scenario
from secondstory.reports import finding_parts
from secondstory.storage import Attempt, Cohort, Trainee
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import RATINGS

LABELS = {
    "anonymised": "Anonymised (Trainee 1, 2, ...): for projecting",
    "named": "Named: for the facilitator's own screen",
}
_FONT = 14


def named_choice() -> bool:
    """The facilitator's choice of labels for the whole debrief (anonymised by default)."""
    choice = st.radio(
        "Trainees in the debrief",
        list(LABELS),
        format_func=LABELS.get,
        horizontal=True,
        key="debrief_labels",
    )
    return choice == "named"


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


def downloads(
    scenario: Scenario,
    cohort: Cohort,
    result: Debrief,
    points: list[Point],
    pairs: list[tuple[Trainee, Attempt]],
) -> None:
    """The debrief pack (Word, printable page) and the cohort's results (CSV), each made only
    when its button is pressed (a pack of hundreds of answers takes seconds to build)."""
    today = dt.datetime.now(dt.UTC).date()
    stem = f"{scenario.id}-debrief"
    columns = st.columns(3)
    columns[0].download_button(
        "Download the debrief pack (Word)",
        partial(debrief_docx, scenario, cohort.name, result, points, today),
        f"{stem}.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        on_click="ignore",
    )
    columns[1].download_button(
        "Download the debrief pack (printable page)",
        partial(debrief_html, scenario, cohort.name, result, points, today),
        f"{stem}.html",
        "text/html",
        on_click="ignore",
    )
    columns[2].download_button(
        "Download the cohort's results (CSV)",
        lambda: reports.cohort_csv(cohort_rows(scenario, pairs)),
        f"{scenario.id}-cohort-results.csv",
        "text/csv",
        on_click="ignore",
    )
    st.caption(
        "The pack uses the labels chosen above. The CSV lists every attempt with its trainee's "
        "name and scores, for the facilitator's records."
    )


def chart(found: Chart) -> None:
    """A chart of horizontal bars (labels whole and horizontal) and its table."""
    st.subheader(found.title)
    st.caption(found.caption)
    rows = [
        {"bar": b.label, "part": name, "value": value, "order": found.segments.index(name)}
        for b in found.bars
        for name, value in b.segments
    ]
    if any(r["value"] for r in rows):
        axis = {"labelFontSize": _FONT, "titleFontSize": _FONT, "labelAngle": 0}
        scale = alt.Scale(domain=[0, found.scale_max]) if found.scale_max else alt.Undefined
        drawn = (
            alt.Chart(pd.DataFrame(rows))
            .mark_bar()
            .encode(
                y=alt.Y(
                    "bar:N",
                    title=None,
                    sort=[b.label for b in found.bars],
                    axis=alt.Axis(labelLimit=0, **axis),
                ),
                x=alt.X("value:Q", title=found.measure, scale=scale, axis=alt.Axis(**axis)),
                color=alt.Color(
                    "part:N",
                    title=None,
                    scale=alt.Scale(
                        domain=list(found.segments),
                        range=list(PALETTE[: len(found.segments)]),
                    ),
                    legend=alt.Legend(orient="top", labelFontSize=_FONT, labelLimit=0),
                ),
                order=alt.Order("order:Q"),
                tooltip=["bar", "part", "value"],
            )
            .properties(height=max(120, 44 * len(found.bars)))
        )
        st.altair_chart(drawn, width="stretch")
    if found.table:
        st.table(pd.DataFrame(list(found.table)), hide_index=True)
    else:
        st.caption("Nothing to show yet.")


def diverged_view(points: list[Point]) -> None:
    """The discussion points, most disagreement first, each with its example answers."""
    st.subheader("Where we diverged")
    if not points:
        st.info("No submitted work on this case yet.")
        return
    st.caption(
        "Ordered by disagreement, most first: open a point to see up to three example answers."
    )
    for number, point in enumerate(points, start=1):
        with st.expander(
            f"{number}. {point.kind_label}: {escape_markdown(point.title)} "
            f"({escape_markdown(point.detail)}; disagreement {point.disagreement:.0%})"
        ):
            if not point.examples:
                st.caption("No example answers for this point.")
            for example in point.examples:
                labelled(escape_markdown(example.label), example.text)
    chart(diverged_chart(points))


def episodes_view(result: Debrief, scenario: Scenario) -> None:
    chart(found_chart(result))
    titles = {e.id: e.title for e in scenario.expert.episodes}
    if result.found_by:
        st.markdown("**Who found which episode**")
        grid: dict[str, dict[str, str]] = {}
        for who, expert_id, hit in result.found_by:
            grid.setdefault(who, {"trainee": who})[titles.get(expert_id, expert_id)] = (
                "found" if hit else "not found"
            )
        st.table(pd.DataFrame(list(grid.values())), hide_index=True)
    st.markdown("**Extra episodes chosen** (not matched to an expert episode)")
    if not result.extras:
        st.caption("None.")
        return
    st.table(
        pd.DataFrame(
            [
                {
                    "entries": ", ".join(x.entries),
                    "overlaps expert episodes": ", ".join(
                        titles.get(e, e) for e in x.overlaps_expert
                    ),
                    "chosen by": x.count,
                }
                for x in result.extras
            ]
        ),
        hide_index=True,
    )


def ratings_view(result: Debrief) -> None:
    chart(ratings_chart(result))
    chart(hindsight_chart(result))


def factors_view(result: Debrief) -> None:
    chart(confusion_chart(result))


def findings_view(result: Debrief) -> None:
    chart(findings_chart(result))
    st.subheader("Findings beside the reference's")
    st.caption("Each reference finding with the group's findings matched with it by meaning.")
    for row in result.reference_findings:
        with st.expander(f"{escape_markdown(row.statement)} ({len(row.matched)})"):
            st.markdown("**The reference's finding**")
            literal(row.statement)
            if not row.matched:
                st.caption("No one's finding was matched with this one.")
            for answer in row.matched:
                _finding(answer)
    if result.unmatched_findings:
        with st.expander(
            f"Findings not matched with a reference finding ({len(result.unmatched_findings)})"
        ):
            for answer in result.unmatched_findings:
                _finding(answer)


def _finding(answer: FindingAnswer) -> None:
    st.markdown(f"**{escape_markdown(answer.label)}**")
    for name, value in finding_parts(answer.finding):
        labelled(name, value or "(not written)")


def flags_view(result: Debrief) -> None:
    st.subheader("Language-coach flags seen most")
    if not result.flag_kinds:
        st.caption("No flags.")
        return
    st.table(
        pd.DataFrame([{"flag": flag_name(kind), "times": n} for kind, n in result.flag_kinds]),
        hide_index=True,
    )
    st.table(
        pd.DataFrame(
            [
                {"phrase": p.phrase, "flag": flag_name(p.kind), "times": p.count}
                for p in result.flag_phrases
            ]
        ),
        hide_index=True,
    )


def examples_view(result: Debrief, scenario: Scenario) -> None:
    st.subheader("Answers in full, by expert episode")
    for expert in scenario.expert.episodes:
        examples = result.examples.get(expert.id, [])
        with st.expander(f"{escape_markdown(expert.title)} ({len(examples)})"):
            labelled("The expert's rating", RATINGS.get(expert.appraisal.rating, ""))
            if not examples:
                st.caption("No one matched this episode yet.")
            for e in examples:
                st.markdown(f"**{escape_markdown(e.label)}**")
                labelled("Their episode", e.title)
                labelled("Rating", RATINGS.get(e.rating, "") if e.rating else "(none)")
                labelled("Reasoning", e.reasoning or "(not written)")
                labelled("Local rationality", e.local_rationality or "(not written)")
