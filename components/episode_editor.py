"""Stage 1 drawing: adding, editing, reordering and deleting key practice episodes."""

from __future__ import annotations

import streamlit as st

from components import bound, session
from components.answer_box import answer_area
from components.entry_links import linked
from components.focus import focus_after_rerun, restore_focus
from components.lazy import lazy_expander
from components.stage import edit
from components.state import Key
from components.text import literal_error
from secondstory import casefile, guide, workflow
from secondstory.models import MAX_ANSWER_CHARS, Analysis, Scenario, TraineeEpisode
from secondstory.textsafe import escape_markdown

ADD_TITLE = "add_episode_title"


def _entry_options(scenario: Scenario, analysis: Analysis) -> dict[str, str]:
    return {
        e.id: casefile.entry_label(scenario, e)
        for e in scenario.chronology
        if analysis.outcome_revealed or not e.known_later
    }


def add_episode_form(scenario: Scenario, analysis: Analysis) -> None:
    options = _entry_options(scenario, analysis)
    with st.form("add_episode", clear_on_submit=True):
        st.subheader("Add a key practice episode")
        title = st.text_input("Episode title", max_chars=200, key=ADD_TITLE)
        entries = st.multiselect(
            "Chronology entries in this episode (one, or a span)",
            list(options),
            format_func=options.get,
        )
        why = st.text_area("Why is this episode key?", max_chars=MAX_ANSWER_CHARS)
        if st.form_submit_button("Add episode", type="primary"):
            if not title.strip() or not entries:
                st.error("Give the episode a title and choose at least one chronology entry.")
                return
            ordered = [e for e in options if e in entries]
            try:
                updated, _ = workflow.add_episode(analysis, title.strip(), ordered, why)
            except ValueError as err:
                literal_error(str(err))
                return
            session.save(updated)
            # Keep the keyboard where the work is: on the form, ready for the next episode.
            focus_after_rerun(ADD_TITLE)
            st.rerun()
    restore_focus()


def edit_episode_key(episode_id: str) -> str:
    """The key of the expander holding an episode's edit form."""
    return f"edit_episode_{episode_id}"


def episode_list(scenario: Scenario, analysis: Analysis) -> None:
    """Each episode with its title and entries; its edit form is drawn only while its expander
    is open (a title, the entry picker listing the whole chronology, an answer box and three
    buttons for every episode on every run otherwise). The expander's label never changes:
    Streamlit keys a stateful expander by its label, and a new key closes it and redraws its
    answer box, so a renamed episode would close the form being typed in."""
    options = _entry_options(scenario, analysis)
    rev = session.rev()
    for number, episode in enumerate(analysis.episodes, start=1):
        with st.container(border=True):
            st.subheader(f"{number}. {escape_markdown(episode.title or 'Untitled episode')}")
            about = f"Entries {', '.join(episode.entries)}" if episode.entries else "No entries yet"
            if episode.from_reference:
                about += " · carried forward from the expert's episodes"
            st.markdown(linked(about, scenario, analysis.outcome_revealed))
            box = lazy_expander("Edit this episode", edit_episode_key(episode.id))
            if box is not None:
                with box:
                    _episode_form(analysis, episode, number, options, rev)


def _episode_form(
    analysis: Analysis, episode: TraineeEpisode, number: int, options: dict[str, str], rev: int
) -> None:
    key = f"ep_{episode.id}_{rev}"
    change = (_field_changed, episode.id, "title", f"{key}_title")
    title = st.text_input(
        "Episode title",
        value=episode.title,
        key=f"{key}_title",
        max_chars=200,
        **bound.callback(f"{key}_title", *change),
    )
    bound.catch_up(f"{key}_title", title != episode.title, *change)
    change = (_field_changed, episode.id, "entries", f"{key}_entries")
    bound.multiselect("Chronology entries", options, episode.entries, f"{key}_entries", *change)
    answer_area(
        "Why is this episode key?",
        key=f"ep_{episode.id}_why",
        value=episode.why_key,
        edit=lambda a, text, i=episode.id: workflow.update_episode(a, i, why_key=text),
    )
    cols = st.columns(3)
    cols[0].button(
        "Move up",
        key=f"{key}_up",
        disabled=number == 1,
        on_click=edit,
        args=(lambda a, i=episode.id: workflow.move_episode(a, i, -1),),
    )
    cols[1].button(
        "Move down",
        key=f"{key}_down",
        disabled=number == len(analysis.episodes),
        on_click=edit,
        args=(lambda a, i=episode.id: workflow.move_episode(a, i, 1),),
    )
    cols[2].button(
        "Delete episode",
        key=f"{key}_delete",
        on_click=_delete_episode,
        args=(episode.id,),
    )


def _delete_episode(episode_id: str) -> None:
    edit(lambda a: workflow.delete_episode(a, episode_id))
    # The deleted episode's button goes with it: keep the keyboard on the add form, not the body.
    focus_after_rerun(ADD_TITLE)


def _field_changed(episode_id: str, field: str, key: str) -> None:
    value = st.session_state[key]
    if field == "entries":
        value = list(value)
        if not value:
            st.session_state[Key.EDIT_ERROR] = "An episode needs at least one chronology entry."
            return
    if field == "title" and not str(value).strip():
        st.session_state[Key.EDIT_ERROR] = "An episode needs a title."
        return
    edit(lambda a: workflow.update_episode(a, episode_id, **{field: value}))


def expert_episodes_panel(scenario: Scenario, analysis: Analysis) -> None:
    """After stage 1, the trainee may see the expert's episodes and carry them forward."""
    with st.container(border=True):
        st.subheader("The expert's episodes")
        if not analysis.revealed_expert_episodes:
            st.markdown(
                "When you have chosen your episodes you may look at the expert's selection. If you "
                "carry it forward, an early miss will not spoil the later stages. The comparison "
                "records that you looked."
            )
            ready = workflow.episodes_ready(analysis)
            if st.button("Show the expert's episodes", disabled=not ready.ready):
                session.save(workflow.mark_expert_episodes_seen(analysis))
                st.rerun()
            if not ready.ready:
                st.caption(escape_markdown(" ".join(ready.reasons)))
            return
        for episode in scenario.expert.episodes:
            # The title is scenario text, so it is escaped too (labelled() is for our own labels).
            details = f"entries {', '.join(episode.entries)}. {episode.why_key}"
            st.markdown(
                f"**{escape_markdown(episode.title)}:** "
                + linked(details, scenario, analysis.outcome_revealed)
            )
        st.caption("You looked at the expert's episodes; the comparison will say so.")
        if st.button("Carry the expert's episodes forward (replaces your episodes)"):
            session.save(workflow.carry_forward_reference(analysis, scenario))
            session.bump_revision()
            st.rerun()


def episode_summary_line(scenario: Scenario, analysis: Analysis) -> str:
    """How many episodes the trainee has, against how many suit this case."""
    count = len(analysis.episodes)
    low, high = guide.episode_range(scenario)
    line = f"You have {count} episode(s)."
    size = guide.episode_size(scenario)
    if count < low:
        return f"{line} {size.capitalize()} suit this case."
    if count > high:
        return (
            f"{line} That is more than suit this case ({size}): is each one key to how the "
            "case developed or was handled?"
        )
    return line
