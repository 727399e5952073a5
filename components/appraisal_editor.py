"""Stage 2 drawing: per episode, its case entries, a rating and reasoning, and the coach; then
the hindsight guard."""

from __future__ import annotations

from functools import partial

import streamlit as st

from components import bound, session
from components.answer_box import answer_area
from components.coach_view import show_flags
from components.lazy import lazy_expander
from components.stage import edit
from components.text import labelled, literal
from secondstory import casefile, workflow
from secondstory.models import Analysis, Scenario, TraineeEpisode
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import RATINGS


def _appraised(analysis: Analysis, episode_id: str, rating: str | None, reasoning: str | None):
    """The analysis with a new rating or reasoning; the other part stays as it is (reasoning
    typed before a rating is kept with no rating: none is chosen for the trainee)."""
    episode = next(e for e in analysis.episodes if e.id == episode_id)
    now = workflow.current_appraisal(analysis, episode)
    rating = rating or (now.rating if now else None)
    reasoning = reasoning if reasoning is not None else (now.reasoning if now else "")
    return workflow.set_appraisal(analysis, episode_id, rating, reasoning)


def _rated(episode_id: str, rating_key: str) -> None:
    rating = st.session_state.get(rating_key)
    if rating:
        edit(lambda a: _appraised(a, episode_id, rating, None))


def episode_entries(
    scenario: Scenario, analysis: Analysis, episode: TraineeEpisode, number: int
) -> None:
    """The case entries the episode spans, with what happened, to appraise from (entries known
    only later stay hidden until the outcome is revealed); drawn only while opened."""
    entries = [
        item
        for item in map(partial(casefile.entry, scenario), episode.entries)
        if item is not None and (analysis.outcome_revealed or not item.known_later)
    ]
    box = lazy_expander(f"The entries in this episode ({len(entries)})", f"entries_{number}")
    if box is None:
        return
    with box:
        for item in entries:
            st.markdown(f"**{escape_markdown(item.id)} · {escape_markdown(item.title)}**")
            made = casefile.made_by(scenario, item)
            st.caption(f"{item.date:%d %B %Y} · {escape_markdown(made)}")
            literal(item.what_happened)
            if item.recorded:
                labelled("Recorded at the time", item.recorded)


def appraisal_forms(scenario: Scenario, analysis: Analysis) -> None:
    rev = session.rev()
    revising = analysis.outcome_revealed
    for number, episode in enumerate(analysis.episodes, start=1):
        with st.container(border=True):
            st.subheader(f"{number}. {escape_markdown(episode.title or 'Untitled episode')}")
            episode_entries(scenario, analysis, episode, number)
            if revising and episode.appraisal is not None:
                labelled(
                    "Before the outcome", RATINGS.get(episode.appraisal.rating, "No rating chosen")
                )
                literal(episode.appraisal.reasoning or "(no reasoning given)", caption=True)
            current = workflow.current_appraisal(analysis, episode)
            key = f"appr_{episode.id}_{rev}_{'after' if revising else 'before'}"
            options = list(RATINGS)
            chosen = current.rating if current else None
            change = (_rated, episode.id, f"{key}_rating")
            rating = st.radio(
                "Your revised appraisal" if revising else "Appraisal of practice in this episode",
                options,
                index=options.index(chosen) if chosen else None,
                format_func=RATINGS.get,
                key=f"{key}_rating",
                horizontal=True,
                **bound.callback(f"{key}_rating", *change),
            )
            bound.catch_up(f"{key}_rating", rating != chosen, *change)
            if chosen is None and current is not None:
                st.caption("Your reasoning is saved. Choose a rating to complete this appraisal.")
            answer_area(
                "Reasoning, as practice could be judged at the time",
                key=f"appr_{episode.id}_{'after' if revising else 'before'}_reasoning",
                value=current.reasoning if current else "",
                edit=lambda a, text, i=episode.id: _appraised(a, i, None, text),
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
