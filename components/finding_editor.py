"""Stage 4 drawing: systemic findings with their five parts, and submitting the analysis."""

from __future__ import annotations

import streamlit as st

from components import bound, session
from components.answer_box import answer_area
from components.coach_view import show_flags
from components.focus import focus_after_rerun, restore_focus
from components.lazy import lazy_expander
from components.stage import edit
from components.text import literal_error
from secondstory import casefile, debrief, workflow
from secondstory.coach import coach
from secondstory.marking.findings import coach_texts
from secondstory.models import MAX_ANSWER_CHARS, Analysis, Scenario, TraineeFinding
from secondstory.storage import StorageError
from secondstory.textsafe import escape_markdown, shorten
from secondstory.vocabulary import CATEGORIES

PARTS = {
    "statement": "Finding statement (one sentence naming a pattern in the system)",
    "case_evidence": "How it showed up in this case",
    "not_one_off": "How we know it is not a one-off",
    "why_it_matters": "Why it matters (the risk for children, or what it makes reliable)",
}
ADD_STATEMENT = "add_finding_statement"
SUBMIT = "submit"


def _finding_changed(index: int, field: str, key: str) -> None:
    current = session.attempt()
    if current is None or index >= len(current.analysis.findings):
        return
    value = st.session_state[key]
    edit(lambda a: _with_part(a, index, field, value))


def _with_part(analysis: Analysis, index: int, field: str, value: object) -> Analysis:
    """The analysis with one part of a finding changed (questions typed one per line)."""
    if field == "questions":
        value = [line.strip() for line in str(value).splitlines() if line.strip()]
    finding = analysis.findings[index].model_copy(update={field: value})
    return workflow.replace_finding(analysis, index, finding)


def _delete(index: int) -> None:
    current = session.attempt()
    if current is not None:
        session.save(workflow.delete_finding(current.analysis, index))
        # Finding widgets are keyed by position: redraw them so later findings do not show
        # the deleted one's text.
        session.bump_revision()
        # The deleted finding's button goes with it: keep the keyboard on the add form.
        focus_after_rerun(ADD_STATEMENT)


def edit_finding_key(index: int) -> str:
    """The key of the expander holding the `index`-th finding's parts."""
    return f"edit_finding_{index}"


def finding_list(scenario: Scenario, analysis: Analysis) -> None:
    """Each finding's statement; its five answer boxes, pickers and the coach's notes are drawn
    only while its expander is open (components/lazy.py: the label stays the same as the
    statement is typed)."""
    names = casefile.names_in_case(scenario)
    episodes = {e.id: e.title or "Untitled episode" for e in analysis.episodes}
    rev = session.rev()
    for index, finding in enumerate(analysis.findings):
        with st.container(border=True):
            preview = escape_markdown(shorten(finding.statement)) or "no statement yet"
            st.markdown(f"**Finding {index + 1}:** {preview}")
            notes = sum(len(coach(text, found)) for text, found in coach_texts(finding, names))
            if notes:
                st.markdown(
                    f"The language coach has {notes} note(s) on this finding: edit it to see them."
                )
            box = lazy_expander("Edit this finding", edit_finding_key(index))
            if box is not None:
                with box:
                    _finding_form(finding, index, names, episodes, rev)


def _finding_form(
    finding: TraineeFinding, index: int, names: list[str], episodes: dict[str, str], rev: int
) -> None:
    key = f"find_{index}_{rev}"
    for field, label in PARTS.items():
        answer_area(
            label,
            key=f"find_{index}_{field}",
            value=getattr(finding, field),
            edit=lambda a, text, f=field, i=index: _with_part(a, i, f, text),
        )
    answer_area(
        "Questions for the safeguarding partnership (one per line)",
        key=f"find_{index}_questions",
        value="\n".join(finding.questions),
        edit=lambda a, text, i=index: _with_part(a, i, "questions", text),
    )
    options = list(CATEGORIES)
    change = (_finding_changed, index, "category", f"{key}_category")
    category = st.selectbox(
        "Category",
        options,
        index=options.index(finding.category) if finding.category else None,
        format_func=CATEGORIES.get,
        key=f"{key}_category",
        **bound.callback(f"{key}_category", *change),
    )
    bound.catch_up(f"{key}_category", category != finding.category, *change)
    change = (_finding_changed, index, "episodes", f"{key}_episodes")
    bound.multiselect("Linked episodes", episodes, finding.episodes, f"{key}_episodes", *change)
    for text, found in coach_texts(finding, names):
        show_flags(text, found)
    st.button("Delete this finding", key=f"{key}_delete", on_click=_delete, args=(index,))


def add_finding_form(analysis: Analysis) -> None:
    episodes = {e.id: e.title or "Untitled episode" for e in analysis.episodes}
    with st.form("add_finding", clear_on_submit=True):
        st.subheader("Add a finding")
        values = {
            field: st.text_area(
                label,
                max_chars=MAX_ANSWER_CHARS,
                key=ADD_STATEMENT if field == "statement" else None,
            )
            for field, label in PARTS.items()
        }
        questions = st.text_area(
            "Questions for the safeguarding partnership (one per line)", max_chars=MAX_ANSWER_CHARS
        )
        category = st.selectbox(
            "Category",
            list(CATEGORIES),
            index=None,
            format_func=CATEGORIES.get,
            placeholder="Choose one of the six categories",
        )
        linked = st.multiselect("Linked episodes", list(episodes), format_func=episodes.get)
        if st.form_submit_button("Add finding", type="primary"):
            if not values["statement"].strip():
                st.error("A finding needs at least its statement; add the other parts as you go.")
                return
            finding = TraineeFinding(
                **{k: v.strip() for k, v in values.items()},
                questions=[q.strip() for q in questions.splitlines() if q.strip()],
                category=category,
                episodes=linked,
            )
            try:
                updated = workflow.add_finding(analysis, finding)
            except ValueError as err:
                literal_error(str(err))
                return
            session.save(updated)
            # Keep the keyboard where the work is: on the form, ready for the next finding.
            focus_after_rerun(ADD_STATEMENT)
            st.rerun()
    restore_focus()


def submit_panel(analysis: Analysis) -> None:
    with st.container(border=True):
        st.subheader("Submit and compare with the expert")
        ready = workflow.submission_ready(analysis)
        if not ready.ready:
            st.markdown("Before you can submit:")
            for reason in ready.reasons:
                st.markdown(f"- {escape_markdown(reason)}")
        st.button("Submit my analysis", type="primary", disabled=not ready.ready, on_click=_submit)
        session.action_error(SUBMIT)


def _submit() -> None:
    """Submit in the button's callback, so the run it starts opens the comparison straight
    away rather than drawing this page again first."""
    person = session.trainee()
    current = session.attempt()
    if person is None or current is None:
        return
    scenario = session.scenario_for(current)
    # Marked once here and kept with the attempt, so the debrief need not mark it again, nor
    # the comparison the trainee is taken to.
    marked = session.feedback(current, scenario) if scenario else None
    marking = debrief.digest(marked).model_dump_json() if marked else None
    try:
        submitted = session.store().submit_attempt(person.id, current.id, marking)
    except StorageError as err:
        session.action_failed(SUBMIT, str(err))
        return
    if scenario:
        session.submitted(current, submitted, scenario)
    session.go_to_attempt_next("screens/comparison.py", submitted)
