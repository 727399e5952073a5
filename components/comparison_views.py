"""Drawing the comparison with the expert: the profile, then each stage side by side."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from components.entry_links import linked
from components.lazy import lazy_expander
from components.state import Key
from components.text import labelled, literal
from components.timeline import timeline
from secondstory import casefile
from secondstory.marking.models import (
    AppraisalFeedback,
    EpisodesFeedback,
    FactorsFeedback,
    Feedback,
    FindingsFeedback,
    TextCredit,
    YourEpisodeWork,
)
from secondstory.models import Analysis, Scenario
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import CATEGORIES, RATINGS

TABS = ["Episodes", "Appraisal", "Factors", "Findings"]
# Vega expression: a category's name broken into lines of about 28 characters at spaces.
_WRAP_LABEL = "split(trim(replace(datum.label, regexp('(.{1,28})(\\\\s|$)', 'g'), '$1\\n')), '\\n')"


def _rating(value: str | None) -> str:
    return RATINGS.get(value, "Not appraised") if value else "Not appraised"


def text_credit(label: str, credit: TextCredit | None) -> None:
    """Why one of the trainee's texts earned what it did, in a caption."""
    if credit is None:
        return
    line = f"{label}: likeness {credit.likeness:.0%}, credit {credit.credit:.2f}. {credit.note}"
    for lowered in credit.lowered_by:
        line += f" '{lowered.text}': {lowered.why}"
    st.caption(escape_markdown(line))


def your_work(work: YourEpisodeWork | None) -> None:
    """The trainee's own appraisal and factors for an episode, shown whether paired or not."""
    if work is None:
        return
    labelled("Your rating", _rating(work.rating))
    labelled("Your reasoning", work.reasoning or "(none written)")
    labelled("Your local rationality", work.local_rationality or "(none written)")
    for factor in work.factors:
        literal(f"Your factor: {factor}")


def profile(feedback: Feedback) -> None:
    columns = st.columns(len(feedback.profile))
    for column, item in zip(columns, feedback.profile, strict=True):
        column.metric(item.label, f"{item.score:.0%}", item.band, delta_color="off")
    literal(feedback.summary)
    st.info(escape_markdown(feedback.agreement_note))
    for note in feedback.notes:
        st.caption(escape_markdown(note))


def _episodes_on_timeline(scenario: Scenario, analysis: Analysis) -> None:
    spans = casefile.episode_spans(
        scenario,
        [("Yours", e.title, e.entries) for e in analysis.episodes]
        + [("Expert", e.title, e.entries) for e in scenario.expert.episodes],
    )
    timeline(
        scenario,
        casefile.visible_entries(scenario, casefile.ChronologyFilter(show_later=True)),
        spans,
        key="comparison_timeline",
    )


def episodes_tab(feedback: EpisodesFeedback, scenario: Scenario, analysis: Analysis) -> None:
    st.caption(escape_markdown(feedback.how_marked))
    # On the timeline only when asked for: drawing the chart was most of the time the
    # comparison took to appear (docs/performance.md).
    shown = lazy_expander("Your episodes and the expert's on the timeline", "comparison_spans")
    if shown is not None:
        with shown:
            _episodes_on_timeline(scenario, analysis)
    for pair in feedback.matched:
        with st.container(border=True):
            left, right = st.columns(2)
            with left:
                st.markdown("**Yours**")
                literal(pair.trainee.title)
            with right:
                st.markdown("**The expert's**")
                literal(pair.expert_title)
            st.caption(
                f"Overlap {pair.overlap:.0%} · credit {pair.credit:.2f}"
                + (" · carried forward from the reference" if pair.carried_forward else "")
            )
            if pair.near_miss:
                st.warning(escape_markdown(pair.explanation))
            st.markdown(
                "**Why the expert sees it as key:** " + linked(pair.why_key, scenario, True)
            )
            st.markdown("**Teaching commentary:** " + linked(pair.commentary, scenario, True))
    for missed in feedback.missed:
        with st.container(border=True):
            st.markdown(f"**Not in your analysis:** {escape_markdown(missed.expert_title)}")
            literal(missed.reason, caption=True)
            labelled("Why the expert sees it as key", missed.why_key)
            labelled("Teaching commentary", missed.commentary)
    for extra in feedback.extra:
        with st.container(border=True):
            st.markdown(f"**Not in the reference:** {escape_markdown(extra.trainee.title)}")
            literal(extra.explanation)
            with st.expander("Your work on this episode"):
                your_work(extra.yours)
    for split in feedback.split:
        st.markdown(f"**Split:** {escape_markdown(split.explanation)}")
    for merged in feedback.merged:
        st.markdown(f"**Merged:** {escape_markdown(merged.explanation)}")


def appraisal_tab(feedback: AppraisalFeedback, full: Feedback) -> None:
    st.caption(escape_markdown(feedback.how_marked))
    for item in feedback.items:
        with st.container(border=True):
            st.markdown(f"**{escape_markdown(item.expert_title)}**")
            left, right = st.columns(2)
            with left:
                st.markdown(f"**Yours:** {_rating(item.trainee_rating)}")
                literal(item.trainee_reasoning or "(no reasoning)")
            with right:
                expert = _rating(item.expert_rating)
                if item.expert_alternative:
                    expert += f" (also defensible: {_rating(item.expert_alternative)})"
                st.markdown(f"**The expert's:** {expert}")
                literal(item.expert_reasoning)
            literal(item.explanation, caption=True)
            text_credit("Your reasoning", item.reasoning)
            if item.trainee is not None:
                left, right = st.columns(2)
                with left:
                    labelled("Your local rationality", item.trainee_local_rationality or "(none)")
                with right:
                    labelled("The expert's local rationality", item.expert_local_rationality)
                text_credit("Your local rationality", item.rationality)
            for flag in item.hindsight:
                st.warning(f"Hindsight: {escape_markdown(flag.text)}: {escape_markdown(flag.why)}")
            for note in item.language:
                st.warning(f"'{escape_markdown(note.text)}': {escape_markdown(note.why)}")
    st.subheader("Before and after the outcome was revealed", anchor=False)
    if not full.hindsight_changes:
        st.caption("You did not revise any appraisal after the outcome was revealed.")
    for change in full.hindsight_changes:
        with st.container(border=True):
            st.markdown(
                f"**{escape_markdown(change.trainee.title)}**: {_rating(change.before)} → "
                f"{_rating(change.after)} ({change.direction})"
            )
            literal(change.explanation, caption=True)


def _category_spec(feedback: FactorsFeedback) -> dict:
    """The Vega-Lite spec of the factor chart: each category's full name on up to three lines
    (so the two multi-agency categories read differently), whole-number counts from 0."""
    rows = [
        {"category": c.label, "whose": whose, "factors": count}
        for c in feedback.category_counts
        for whose, count in (("Yours", c.yours), ("The expert's", c.expert))
    ]
    names = [c.label for c in feedback.category_counts]
    chart = (
        alt.Chart(pd.DataFrame(rows))
        .mark_bar()
        .encode(
            y=alt.Y(
                "category:N",
                title=None,
                sort=names,
                axis=alt.Axis(labelLimit=0, labelExpr=_WRAP_LABEL),
            ),
            x=alt.X(
                "factors:Q",
                title="Number of factors",
                axis=alt.Axis(tickMinStep=1, format="d"),
                scale=alt.Scale(domainMin=0),
            ),
            color=alt.Color("whose:N", title=None),
            yOffset="whose:N",
            tooltip=[
                alt.Tooltip("category:N", title="Category"),
                alt.Tooltip("whose:N", title="Whose"),
                alt.Tooltip("factors:Q", title="Factors"),
            ],
        )
        .properties(height=75 * len(names))
    )
    return chart.to_dict()


def category_chart(feedback: Feedback) -> None:
    """Factors by category, yours against the expert's, as a chart and the same as a table.
    The spec is built (and checked by Altair) once per marking, then handed over as it is."""
    cached = st.session_state.get(Key.CHARTS)
    if cached is None or cached[0] is not feedback:
        cached = (feedback, _category_spec(feedback.factors))
        st.session_state[Key.CHARTS] = cached
    st.vega_lite_chart(cached[1], width="stretch")
    st.caption("Factors by category, yours against the expert's. The same figures as a table:")
    st.dataframe(
        [
            {"category": c.label, "yours": c.yours, "the expert's": c.expert}
            for c in feedback.factors.category_counts
        ],
        hide_index=True,
        width="stretch",
    )


def factors_tab(full: Feedback, scenario: Scenario) -> None:
    feedback = full.factors
    st.caption(escape_markdown(feedback.how_marked))
    category_chart(full)
    evidence = casefile.evidence_options(scenario, show_later=True)
    for item in feedback.items:
        with st.expander(f"{escape_markdown(item.expert_title)} · credit {item.credit:.2f}"):
            left, right = st.columns(2)
            with left:
                st.markdown("**Your local rationality**")
                literal(item.trainee_local_rationality or "(none written)")
                st.markdown("**Your factors**")
                for mine in item.your_factors:
                    literal(f"{CATEGORIES[mine.category]}: {mine.statement}")
                    which = "matched with" if mine.matched else "closest expert factor"
                    st.caption(
                        escape_markdown(mine.category_note)
                        + f" · {which}, likeness {mine.likeness:.0%}: "
                        + escape_markdown(mine.expert_statement)
                    )
                    text_credit("Why", mine.text)
            with right:
                st.markdown("**The expert's local rationality**")
                literal(item.expert_local_rationality)
                st.markdown("**The expert's factors**")
                for theirs in item.expert_factors:
                    literal(f"{theirs.category_label}: {theirs.statement}")
                    named = [evidence.get(e, e) for e in theirs.evidence]
                    st.markdown("Evidence: " + linked("; ".join(named), scenario, True))


def findings_tab(feedback: FindingsFeedback) -> None:
    st.caption(escape_markdown(feedback.how_marked))
    st.subheader("The expert's findings", anchor=False)
    for item in feedback.items:
        mark = "✓ " if item.yours is not None else "○ "
        with st.expander(mark + escape_markdown(item.statement)):
            labelled("Category", item.category_label)
            labelled("In this case", item.case_evidence)
            labelled("Not a one-off", item.not_one_off)
            labelled("Why it matters", item.why_it_matters)
            for question in item.questions:
                st.markdown(f"- {escape_markdown(question)}")
            literal(item.explanation, caption=True)
            if item.yours is not None:
                labelled("Your finding matched with it", item.your_statement or "(no statement)")
                for label, part in zip(
                    ("Statement", "In this case", "Not a one-off", "Why it matters", "Questions"),
                    item.parts,
                    strict=False,
                ):
                    text_credit(label, part)
    st.subheader("Your findings", anchor=False)
    for review in feedback.yours:
        with st.container(border=True):
            literal(review.statement or "(no statement)")
            for part in review.parts:
                mark = "present" if part.present else "missing"
                st.caption(
                    f"{escape_markdown(part.label)}: {mark}. {escape_markdown(part.message)}"
                )
            for flag in review.flags:
                st.warning(f"'{escape_markdown(flag.text)}': {escape_markdown(flag.why)}")
            literal(review.explanation, caption=True)


def next_steps(feedback: Feedback) -> None:
    st.subheader("Next steps", anchor=False)
    for step in feedback.next_steps:
        st.markdown(f"- {escape_markdown(step)}")
