"""Library drawing: signing in, a card per case, and the content-notes step before a case opens."""

from __future__ import annotations

import streamlit as st

from components import session, sso
from components.state import Key
from components.text import literal_error
from secondstory import interview, workflow
from secondstory.loading import Library
from secondstory.models import Scenario
from secondstory.storage import (
    AccessDenied,
    Attempt,
    Cohort,
    StorageError,
    TooManyAttempts,
    Trainee,
)
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import DIFFICULTIES, REVIEW_KINDS, STAGES

MODES = {
    "guided": "Guided: each stage opens with an explanation, a worked example and hints "
    "(panel member induction).",
    "full": "Full: the stages without guidance (reviewer practice).",
    "conversation": "Conversation practice: hold the practitioner conversations yourself "
    "(they start closed), then the stages without guidance on what you drew out.",
}


def sign_in_panel() -> None:
    message = st.session_state.pop(Key.SIGN_IN_MESSAGE, None)
    if message:
        literal_error(message)
    sso.sign_in_panel()
    start, resume = st.columns(2)
    with start, st.form("start_form"):
        st.subheader("Start")
        st.caption("No personal data is needed: a first name or a pseudonym is fine.")
        name = st.text_input("Display name", max_chars=60)
        if st.form_submit_button("Start practising", type="primary"):
            try:
                person, code = session.store().create_trainee(name)
                session.sign_in(person)
            except StorageError as err:
                literal_error(str(err))
            else:
                st.session_state[Key.NEW_CODE] = code
                st.rerun()
    with resume, st.form("resume_form"):
        st.subheader("Resume")
        st.caption("Use the private resume code you were given, on any device.")
        code = st.text_input("Resume code", max_chars=40)
        if st.form_submit_button("Resume my work"):
            try:
                person = session.store().trainee_by_resume_code(code, session.client())
                session.sign_in(person)
            except AccessDenied:
                st.error("That resume code was not recognised. Check it and try again.")
            except TooManyAttempts as err:
                literal_error(str(err))
            except StorageError:
                literal_error(session.DATABASE_DOWN)
            else:
                st.rerun()


def new_code_notice() -> None:
    code = st.session_state.get(Key.NEW_CODE)
    if not code:
        return
    with st.container(border=True):
        st.success("Your work is saved as you go. Keep this private resume code to continue later:")
        # Plain Markdown, not st.code: the code block's highlighter is a 1.5 MB download that
        # held up the first screen after sign-in. The code's alphabet has no Markdown characters.
        st.markdown(f"### `{code}`")
        st.caption(
            "It is shown only now. Anyone with the code can open your work, so keep it private."
        )
        if st.button("I have noted my code"):
            st.session_state.pop(Key.NEW_CODE, None)
            st.rerun()


def _progress(attempts: list[Attempt] | None) -> str:
    if attempts is None:
        return "Your progress cannot be shown just now"
    if not attempts:
        return "Not started"
    latest = attempts[0]
    if latest.submitted_at:
        return f"Submitted ({len(attempts)} attempt(s))"
    return f"In progress: {STAGES.get(latest.stage, latest.stage)} ({len(attempts)} attempt(s))"


def scenario_order(library: Library) -> list[Scenario]:
    """Introductory cases first, then by title."""
    return sorted(
        library.scenarios.values(), key=lambda s: (s.difficulty != "introductory", s.title)
    )


def scenario_card(
    scenario: Scenario, attempts: list[Attempt] | None, can_open: bool = True
) -> None:
    """A case's card; `attempts` None when the trainee's attempts could not be read."""
    with st.container(border=True):
        st.subheader(escape_markdown(scenario.title))
        st.caption(
            f"{DIFFICULTIES[scenario.difficulty]} · about {scenario.minutes} minutes · "
            f"{REVIEW_KINDS[scenario.review_context.kind]} · {_progress(attempts)}"
        )
        st.markdown(escape_markdown(scenario.summary))
        # One list, and one row for the buttons: every element is a message to the browser,
        # and the Library draws a card for every case.
        with st.expander("Learning objectives"):
            st.markdown("\n".join(f"- {escape_markdown(o)}" for o in scenario.learning_objectives))
        if not can_open:
            return
        buttons = st.container(horizontal=True)
        if buttons.button("Open this case", key=f"open_{scenario.id}", type="primary"):
            st.session_state[Key.OPENING] = scenario.id
            st.rerun()
        unfinished = [a for a in attempts or [] if not a.submitted_at]
        if unfinished:
            buttons.button(
                "Continue latest",
                key=f"continue_{scenario.id}",
                on_click=session.go_to_attempt_next,
                args=("screens/case_file.py", unfinished[0]),
            )


def _cohort_for(person: Trainee, scenario: Scenario) -> Cohort | None:
    """The latest joined cohort, not archived, that set this case, if any."""
    joined = session.read(lambda s: s.trainee_cohorts(person.id), [])
    return next(
        (c for c in reversed(joined) if scenario.id in c.scenario_ids and c.state != "archived"),
        None,
    )


def _mode_choice(scenario: Scenario, cohort: Cohort | None) -> str:
    """The trainee's choice of mode, or the cohort's mode for a case their cohort set."""
    if cohort is not None:
        st.info(
            f"Your cohort **{escape_markdown(cohort.name)}** set this case, so you work it in "
            f"its mode: {MODES[cohort.mode]}"
        )
        return cohort.mode
    return st.radio(
        "Mode",
        options=mode_options(scenario),
        format_func=MODES.get,
        key=f"mode_{scenario.id}",
    )


def mode_options(scenario: Scenario) -> list[str]:
    """The modes a case can be opened in: conversation practice only where the case has
    complete practice material for every conversation."""
    return [m for m in MODES if m != "conversation" or interview.practice_available(scenario)]


def open_case_panel(scenario: Scenario, person: Trainee) -> None:
    """Content notes come before the case; then the trainee chooses a mode."""
    st.header(escape_markdown(scenario.title))
    with st.container(border=True):
        st.subheader("Content notes")
        st.markdown("This case includes:")
        for note in scenario.content_notes:
            st.markdown(f"- {escape_markdown(note)}")
        st.caption(
            "The case is fictional. If it touches something close to you, take a break or talk "
            "to your trainer or supervisor."
        )
    cohort = _cohort_for(person, scenario)
    mode = _mode_choice(scenario, cohort)
    left, right = st.columns(2)
    if left.button("I have read the content notes: start", type="primary"):
        try:
            found = session.store().start_attempt(
                person.id,
                scenario.id,
                scenario.version,
                mode,
                cohort_id=cohort.id if cohort else None,
            )
            if not found.analysis.scenario:
                found = session.store().save_analysis(
                    person.id, found.id, workflow.new_analysis(scenario), stage="case"
                )
        except StorageError as err:
            literal_error(str(err))
            return
        st.session_state.pop(Key.OPENING, None)
        session.go_to_attempt("screens/case_file.py", found)
    if right.button("Back to the library"):
        st.session_state.pop(Key.OPENING, None)
        st.rerun()
