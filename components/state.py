"""Everything the app keeps in a browser's session, named in one place.

Each value the app itself keeps in `st.session_state` is a member of `Key` (widgets keep their
own values under their widget keys). Nothing in a session outlives its person: sign-out empties
the whole session state, app values and widget values alike (`forget_everyone`), so whoever
uses the browser next finds nothing of the previous trainee, and a new value cannot be missed
by a hand-kept list of what to clear.
"""

from __future__ import annotations

from enum import StrEnum

import streamlit as st


class Key(StrEnum):
    # Who is signed in, and the session token that the page address carries for them.
    TRAINEE = "trainee"
    SESSION_TOKEN = "session_token"  # noqa: S105 - the name of a session value
    # A new trainee's resume code, shown once until they confirm they have noted it.
    NEW_CODE = "new_code"
    SIGN_IN_MESSAGE = "sign_in_message"
    # The open attempt, its revision counter for widget keys, and its cached marking.
    ATTEMPT_ID = "attempt_id"
    ATTEMPT = "attempt"
    REVISION = "rev"
    FEEDBACK = "feedback"
    # The comparison's open tab (only that tab is drawn) and its charts, built once per marking.
    COMPARISON_TAB = "comparison_tab"
    CHARTS = "charts"
    # Saving: the last write the database confirmed to this tab, a failed save, clashes with
    # another tab (components/autosave.py); why the last edit was refused, at the top of the
    # stage or (by answer box key) under an answer box; the widget values already handled
    # (components/bound.py).
    AUTOSAVE = "autosave"
    EDIT_ERROR = "edit_error"
    ANSWER_ERRORS = "answer_errors"
    BOUND_HANDLED = "bound_handled"
    # A read that failed because the database could not be reached (shown once on the page).
    DATABASE_ERROR = "database_error"
    # The widget to put keyboard focus on when the page is next drawn (components/focus.py).
    FOCUS = "focus"
    # Conversation practice: a note about the last question (empty, cut) shown above the form.
    PRACTICE_NOTICE = "practice_notice"
    # The Library's case being opened (content notes shown).
    OPENING = "opening"
    # A page (and the attempt to open there) a button's callback asked for: the run the click
    # starts goes straight there, without drawing the button's page again; and, by button, why
    # such an action failed.
    GO_TO = "go_to"
    ACTION_ERRORS = "action_errors"
    # The case file: the timeline click already opened (a new click opens its entry once).
    TIMELINE_PICK = "timeline_pick"
    # A trainer who has given the trainer key in this session, the trainer token their trainer
    # pages' address carries (components/trainer_gate.py), and why a token was not accepted.
    TRAINER = "trainer"
    TRAINER_TOKEN = "trainer_token"  # noqa: S105 - the name of a session value
    TRAINER_MESSAGE = "trainer_message"
    # The open cohort, its facilitator key when it was opened with one (a trainer opens their
    # cohorts without it), and codes and keys shown once.
    FACILITATOR_KEY = "facilitator_key"
    FACILITATOR_COHORT = "facilitator_cohort"
    NEW_COHORT_SECRETS = "new_cohort_secrets"
    ROTATED_KEY = "rotated_key"
    ROTATED_JOIN_CODE = "rotated_join_code"


def forget_everyone() -> None:
    """Empty the session: every `Key` value and every widget's value."""
    st.session_state.clear()
