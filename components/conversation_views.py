"""Drawing conversation practice: the transcript, the question form, feedback on the questions,
and the comparison's note on evidence from parts never opened."""

from __future__ import annotations

import streamlit as st

from components import session
from components.state import Key
from components.text import labelled, literal, literal_error
from secondstory import casefile, interview
from secondstory.interview_review import ConversationReview, review, unopened_evidence
from secondstory.models import MAX_QUESTION_CHARS, Analysis, Conversation, Scenario
from secondstory.storage import Attempt
from secondstory.textsafe import escape_markdown
from secondstory.vocabulary import CONVERSATION_PARTS

# The box takes a little more than a question may hold, so that a longer paste is cut (and
# the trainee told) rather than silently stopped by the browser.
TYPED_LIMIT = 4 * MAX_QUESTION_CHARS
NOTHING_ASKED = "Choose a question from the list or write your own, then press Ask."


def practice_intro(scenario: Scenario, item: Conversation) -> None:
    who = escape_markdown(casefile.person_name(scenario, item.practitioner))
    st.caption(
        f"A conversation with {who}, not an interview: the aim is to see the work through their "
        "eyes. Reviewers move through their overview, the turning points, what they were "
        "thinking, what influenced them (inside and outside their organisation), what went "
        "well and what they would change. Open, curious questions draw each part out; leading, "
        "closed, hindsight or blaming questions get short answers and make people guarded."
    )


def parts_progress(scenario: Scenario, analysis: Analysis, item: Conversation) -> None:
    opened = interview.opened_parts(analysis)
    done = [p for p in CONVERSATION_PARTS if f"{item.id}.{p}" in opened]
    st.markdown(f"**Drawn out so far: {len(done)} of {len(CONVERSATION_PARTS)} parts**")
    st.markdown(
        "\n".join(
            f"- {'Drawn out' if p in done else 'Not yet'}: {label}"
            for p, label in CONVERSATION_PARTS.items()
        )
    )


def transcript(scenario: Scenario, analysis: Analysis, item: Conversation) -> None:
    who = casefile.person_name(scenario, item.practitioner)
    asked = interview.interview(analysis, item.id).questions
    if not asked:
        st.info("No questions yet. Start wherever a reviewer would: their overview of the case.")
        return
    for question in asked:
        with st.container(border=True):
            labelled("You", question.text)
            labelled(who, interview.reply_text(item, question))
    notice = interview.guarded_notice(scenario, item, analysis)
    if notice:
        st.info(escape_markdown(notice), icon=":material/sentiment_neutral:")


def question_form(scenario: Scenario, attempt: Attempt, item: Conversation) -> None:
    """The list of questions and a box for the trainee's own; asking saves at once."""
    notice = st.session_state.pop(Key.PRACTICE_NOTICE, None)
    if notice:
        literal_error(notice)
    opened = interview.opened_parts(attempt.analysis)
    if all(f"{item.id}.{p}" in opened for p in CONVERSATION_PARTS):
        st.success("Every part of this conversation has been drawn out.")
    offered = interview.choices(item, attempt.analysis, attempt.id)
    labels = {c.key: c.text for c in offered}
    with st.form(f"ask_{item.id}_{session.rev()}", clear_on_submit=True):
        chosen = (
            st.radio(
                "Choose a question",
                list(labels),
                format_func=labels.get,
                index=None,
                key=f"choice_{item.id}",
            )
            if labels
            else None
        )
        typed = st.text_input(
            "Or write your own question",
            max_chars=TYPED_LIMIT,
            key=f"typed_{item.id}",
            help="Your own words are matched to what the practitioner can talk about.",
        )
        if st.form_submit_button("Ask", type="primary"):
            _ask(scenario, attempt, item, typed, chosen)
            st.rerun()


def _ask(
    scenario: Scenario, attempt: Attempt, item: Conversation, typed: str, chosen: str | None
) -> None:
    if not typed.strip() and chosen is None:
        st.session_state[Key.PRACTICE_NOTICE] = interview.EMPTY_QUESTION if typed else NOTHING_ASKED
        return
    try:
        if typed.strip():
            updated, reply = interview.ask(attempt.analysis, scenario, item.id, typed)
        else:
            updated, reply = interview.ask(attempt.analysis, scenario, item.id, choice=chosen)
    except ValueError as err:
        st.session_state[Key.PRACTICE_NOTICE] = str(err)
        return
    if reply.cut:
        st.session_state[Key.PRACTICE_NOTICE] = (
            f"Your question was cut to its first {MAX_QUESTION_CHARS} characters: keep questions "
            "short, one thing at a time."
        )
    session.save(updated)


def feedback(scenario: Scenario, analysis: Analysis, item: Conversation) -> None:
    found = review(scenario, analysis, item.id)
    if not found.questions:
        return
    with st.expander("How the conversation went: feedback on your questions"):
        review_view(found)


def review_view(found: ConversationReview) -> None:
    labelled("Drawn out", "; ".join(found.drawn_out) or "nothing yet")
    labelled("Missed", "; ".join(found.missed) or "nothing")
    st.dataframe(
        [
            {
                "Your question": q.text,
                "Style": q.style,
                "About": q.part or "(not matched)",
                "What it got": q.reply,
                "A better wording": q.better,
            }
            for q in found.questions
        ],
        hide_index=True,
        width="stretch",
    )
    st.markdown("**The path an experienced reviewer would take**")
    left, right = st.columns(2)
    with left:
        st.caption("An experienced reviewer")
        for label, question in found.reviewer_path:
            literal(f"{label}: {question}")
    with right:
        st.caption("You")
        for number, q in enumerate(found.questions, start=1):
            literal(f"{number}. {q.text} ({q.style.lower()})")


def unopened_note(scenario: Scenario, analysis: Analysis, mode: str) -> None:
    """For the comparison: the expert's evidence from conversation parts never drawn out."""
    if mode != interview.PRACTICE_MODE:
        return
    found = unopened_evidence(scenario, analysis)
    if not found:
        return
    with st.expander(f"Expert evidence from conversation parts you never drew out ({len(found)})"):
        st.caption(
            "The expert used these parts of the conversations; in your practice they stayed "
            "closed, so your analysis could not draw on them."
        )
        for item in found:
            literal(f"{item.episode}: {item.factor}")
            literal("From: " + "; ".join(item.parts), caption=True)
