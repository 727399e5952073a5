"""Stage 2 drawing: a rating and reasoning per episode, the coach, and the hindsight guard."""

from __future__ import annotations

import streamlit as st

from components import session
from components.coach_view import show_flags
from components.stage import edit
from components.text import answer_area, labelled, literal
from secondstory import workflow
from secondstory.models import Analysis, Scenario
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import RATINGS


def _changed(episode_id: str, rating_key: str, reasoning_key: str) -> None:
    rating = st.session_state.get(rating_key) or "cannot_say"
    reasoning = st.session_state.get(reasoning_key, "")
    edit(lambda a: workflow.set_appraisal(a, episode_id, rating, reasoning))


def appraisal_forms(analysis: Analysis) -> None:
    rev = session.rev()
    revising = analysis.outcome_revealed
    for number, episode in enumerate(analysis.episodes, start=1):
        with st.container(border=True):
            st.subheader(f"{number}. {escape_markdown(episode.title or 'Untitled episode')}")
            if revising and episode.appraisal is not None:
                labelled("Before the outcome", RATINGS[episode.appraisal.rating])
                literal(episode.appraisal.reasoning or "(no reasoning given)", caption=True)
            current = workflow.current_appraisal(analysis, episode)
            key = f"appr_{episode.id}_{rev}_{'after' if revising else 'before'}"
            options = list(RATINGS)
            st.radio(
                "Your revised appraisal" if revising else "Appraisal of practice in this episode",
                options,
                index=options.index(current.rating) if current else None,
                format_func=RATINGS.get,
                key=f"{key}_rating",
                horizontal=True,
                on_change=_changed,
                args=(episode.id, f"{key}_rating", f"{key}_reasoning"),
            )
            answer_area(
                "Reasoning, as practice could be judged at the time",
                key=f"{key}_reasoning",
                value=current.reasoning if current else "",
                on_change=_changed,
                args=(episode.id, f"{key}_rating", f"{key}_reasoning"),
            )
            show_flags(current.reasoning if current else "")


def hindsight_guard(scenario: Scenario, analysis: Analysis) -> None:
    with st.container(border=True):
        st.subheader("Hindsight guard")
        if analysis.outcome_revealed:
            st.markdown("**Outcome**")
            literal(scenario.outcome or "The entries known only later are now in the case file.")
            st.markdown(
                "Now that you know the outcome, does any appraisal change? If it does, ask whether "
                "the practitioners could have known what you now know. Your appraisals before and "
                "after are both kept and shown in the comparison."
            )
            return
        ready = workflow.can_reveal_outcome(analysis)
        st.markdown(
            "The incident and what followed are hidden while you appraise. When every episode "
            "has an appraisal, you may reveal them and reconsider."
        )
        if st.button("Reveal the outcome", disabled=not ready.ready, type="primary"):
            session.save(workflow.reveal_outcome(analysis))
            session.bump_revision()
            st.rerun()
        for reason in ready.reasons:
            st.caption(escape_markdown(reason))
