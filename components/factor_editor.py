"""Stage 3 drawing: local rationality and contributory factors for each episode."""

from __future__ import annotations

import streamlit as st

from components import session
from components.answer_box import answer_area
from components.coach_view import show_flags
from components.entry_links import linked
from components.text import labelled, literal, literal_error
from secondstory import casefile, workflow
from secondstory.models import MAX_ANSWER_CHARS, Analysis, Scenario, TraineeEpisode
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import CATEGORIES, PROMPT_AREAS


def _delete_factor(episode_id: str, index: int) -> None:
    current = session.attempt()
    if current is not None:
        session.save(workflow.delete_factor(current.analysis, episode_id, index))


def episode_explanation(
    scenario: Scenario, analysis: Analysis, episode: TraineeEpisode, number: int
) -> None:
    rev = session.rev()
    key = f"expl_{episode.id}_{rev}"
    with st.container(border=True):
        st.subheader(f"{number}. {escape_markdown(episode.title or 'Untitled episode')}")
        answer_area(
            "Local rationality: why did practice make sense to the people involved at the time?",
            key=f"expl_{episode.id}_lr",
            value=episode.local_rationality,
            edit=lambda a, text: workflow.update_episode(a, episode.id, local_rationality=text),
        )
        show_flags(episode.local_rationality)
        st.markdown(f"**Contributory factors** ({len(episode.factors)})")
        evidence = casefile.evidence_options(scenario, analysis.outcome_revealed)
        for index, factor in enumerate(episode.factors):
            with st.container(border=True):
                labelled("Category", CATEGORIES[factor.category])
                if factor.prompt_area:
                    labelled("Prompt area", PROMPT_AREAS[factor.prompt_area])
                literal(factor.statement or "(no statement)")
                if factor.evidence:
                    cited = ", ".join(evidence.get(e, e) for e in factor.evidence)
                    # Markdown, not a caption: a caption's 60% grey leaves links below 4.5:1.
                    st.markdown("Evidence: " + linked(cited, scenario, analysis.outcome_revealed))
                show_flags(factor.statement)
                st.button(
                    "Delete this factor",
                    key=f"{key}_del_{index}",
                    on_click=_delete_factor,
                    args=(episode.id, index),
                )
        add_factor_form(analysis, episode, evidence, key)


def add_factor_form(
    analysis: Analysis, episode: TraineeEpisode, evidence: dict[str, str], key: str
) -> None:
    with st.form(f"{key}_add", clear_on_submit=True):
        st.markdown("Add a contributory factor")
        cols = st.columns(2)
        category = cols[0].selectbox(
            "Category of underlying pattern",
            list(CATEGORIES),
            index=None,
            format_func=CATEGORIES.get,
            placeholder="Choose one of the six categories",
        )
        area = cols[1].selectbox(
            "Prompt area",
            list(PROMPT_AREAS),
            index=None,
            format_func=PROMPT_AREAS.get,
            placeholder="Where did you find it?",
        )
        statement = st.text_area("The factor, in a sentence or two", max_chars=MAX_ANSWER_CHARS)
        cited = st.multiselect(
            "Evidence (entries, records, conversation parts)",
            list(evidence),
            format_func=evidence.get,
        )
        if st.form_submit_button("Add factor"):
            if category is None or not statement.strip():
                st.error("Choose a category and describe the factor.")
                return
            try:
                updated = workflow.add_factor(
                    analysis, episode.id, category, area, statement.strip(), cited
                )
            except ValueError as err:
                literal_error(str(err))
                return
            session.save(updated)
            st.rerun()
