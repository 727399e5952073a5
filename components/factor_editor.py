"""Stage 3 drawing: local rationality and contributory factors for each episode (added, edited
and deleted)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from components import session
from components.answer_box import answer_area
from components.coach_view import show_flags
from components.entry_links import linked
from components.focus import focus_after_rerun, restore_focus
from components.lazy import lazy_expander
from components.text import literal_error
from secondstory import casefile, interview, workflow
from secondstory.models import (
    MAX_ANSWER_CHARS,
    Analysis,
    Scenario,
    TraineeEpisode,
    TraineeFactor,
)
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import CATEGORIES, PROMPT_AREAS


def _add_category_key(number: int) -> str:
    """The key of the first field of the add form of the `number`-th episode (by position, as
    an episode id may hold characters a widget key for focus may not)."""
    return f"add_factor_{number}_category"


def _delete_factor(episode_id: str, index: int, number: int) -> None:
    current = session.attempt()
    if current is not None:
        session.save(workflow.delete_factor(current.analysis, episode_id, index))
        # The edit forms are keyed by position: redraw them with the remaining factors' values.
        session.bump_revision()
        # The deleted factor's button goes with it: keep the keyboard on this episode's add
        # form, or on the expander that opens it.
        adder_open = st.session_state.get(add_factor_key(number))
        focus_after_rerun(_add_category_key(number) if adder_open else add_factor_key(number))


def factor_view(
    factor: TraineeFactor, evidence: dict[str, str], scenario: Scenario, show_later: bool
) -> None:
    """A factor as written: its category, prompt area, statement and the evidence cited (entry
    ids as links that open them), in one block of text (an element each was most of what stage
    3 sent the browser on a large analysis)."""
    lines = [f"**Category:** {escape_markdown(CATEGORIES[factor.category])}"]
    if factor.prompt_area:
        lines.append(f"**Prompt area:** {escape_markdown(PROMPT_AREAS[factor.prompt_area])}")
    paragraphs = ["  \n".join(lines), escape_markdown(factor.statement or "(no statement)")]
    if factor.evidence:
        cited = ", ".join(evidence.get(e, e) for e in factor.evidence)
        # Markdown, not a caption: a caption's 60% grey leaves links below 4.5:1.
        paragraphs.append("Evidence: " + linked(cited, scenario, show_later))
    st.markdown("\n\n".join(paragraphs))


def add_factor_key(number: int) -> str:
    """The key of the expander holding the add form of the `number`-th episode."""
    return f"add_factor_{number}"


def episode_explanation(
    scenario: Scenario,
    analysis: Analysis,
    episode: TraineeEpisode,
    number: int,
    evidence: dict[str, str],
) -> None:
    """An episode's local rationality and factors; `evidence` is what a factor may cite. The
    forms to edit or add a factor are drawn only while their expanders are open."""
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
        for index, factor in enumerate(episode.factors):
            with st.container(border=True):
                factor_view(factor, evidence, scenario, analysis.outcome_revealed)
                show_flags(factor.statement)
                edit_factor_form(episode, index, evidence, key, number)
                st.button(
                    "Delete this factor",
                    key=f"{key}_del_{index}",
                    on_click=_delete_factor,
                    args=(episode.id, index, number),
                )
        adder = lazy_expander("Add a contributory factor", add_factor_key(number))
        if adder is not None:
            with adder:
                add_factor_form(episode, evidence, key, _add_category_key(number))
        restore_focus()


def citable(scenario: Scenario, analysis: Analysis, mode: str) -> dict[str, str]:
    """The evidence a factor may cite on stage 3: in conversation practice, only the parts of
    conversations drawn out so far."""
    closed = interview.closed_parts(scenario, analysis, mode)
    return casefile.evidence_options(scenario, analysis.outcome_revealed, closed)


Fields = tuple[str | None, str | None, str, list[str]]


def _factor_fields(
    evidence: dict[str, str], factor: TraineeFactor | None, category_key: str | None = None
) -> Fields:
    """The factor's four fields in the open form (filled from `factor` when editing): category,
    prompt area, statement and evidence as entered. `category_key` keys the first field."""
    cols = st.columns(2)
    category = cols[0].selectbox(
        "Category of underlying pattern",
        list(CATEGORIES),
        index=list(CATEGORIES).index(factor.category) if factor else None,
        format_func=CATEGORIES.get,
        placeholder="Choose one of the six categories",
        key=category_key,
    )
    area = cols[1].selectbox(
        "Prompt area",
        list(PROMPT_AREAS),
        index=list(PROMPT_AREAS).index(factor.prompt_area)
        if factor and factor.prompt_area
        else None,
        format_func=PROMPT_AREAS.get,
        placeholder="Where did you find it?",
    )
    statement = st.text_area(
        "The factor, in a sentence or two",
        value=factor.statement if factor else "",
        max_chars=MAX_ANSWER_CHARS,
    )
    cited = st.multiselect(
        "Evidence (entries, records, conversation parts)",
        list(evidence),
        default=[e for e in factor.evidence if e in evidence] if factor else None,
        format_func=evidence.get,
    )
    return category, area, statement, cited


def _submitted(
    fields: Fields,
    change: Callable[[Analysis, TraineeFactor], Analysis],
    focus: str | None = None,
) -> None:
    """Save a submitted factor form through `change`, or say what is missing or refused; once
    saved, keyboard focus goes to the widget keyed `focus`, if given."""
    category, area, statement, cited = fields
    if category is None or not statement.strip():
        st.error("Choose a category and describe the factor.")
        return
    current = session.attempt()
    if current is None:
        return
    try:
        factor = TraineeFactor(
            category=category, prompt_area=area, statement=statement.strip(), evidence=cited
        )
        updated = change(current.analysis, factor)
    except ValueError as err:
        literal_error(str(err))
        return
    session.save(updated)
    if focus:
        focus_after_rerun(focus)
    st.rerun()


def add_factor_form(
    episode: TraineeEpisode, evidence: dict[str, str], key: str, category_key: str
) -> None:
    with st.form(f"{key}_add", clear_on_submit=True):
        fields = _factor_fields(evidence, None, category_key)
        if st.form_submit_button("Add factor"):
            # Keep the keyboard where the work is: on the form, ready for the next factor.
            _submitted(
                fields,
                lambda a, f: workflow.add_factor(
                    a, episode.id, f.category, f.prompt_area, f.statement, f.evidence
                ),
                category_key,
            )


def edit_factor_key(number: int, index: int) -> str:
    """The key of the edit expander of the `index`-th factor of the `number`-th episode."""
    return f"edit_factor_{number}_{index}"


def edit_factor_form(
    episode: TraineeEpisode, index: int, evidence: dict[str, str], key: str, number: int
) -> None:
    """The factor's edit form, drawn only while its expander is open (four widgets, one listing
    every piece of evidence, for each factor on every run otherwise)."""
    editor = lazy_expander("Edit this factor", edit_factor_key(number, index))
    if editor is None:
        return
    with editor, st.form(f"{key}_edit_{index}"):
        fields = _factor_fields(evidence, episode.factors[index])
        if st.form_submit_button("Save changes to this factor"):
            _submitted(fields, lambda a, f: workflow.replace_factor(a, episode.id, index, f))
