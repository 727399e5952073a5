"""Saving work so that nothing is lost: conditional writes, merging, and a true "saved" status.

Every save is conditional on the revision this tab last confirmed from the database. When the
attempt was saved elsewhere since (another tab or device), this tab's change is merged with that
one (secondstory.merge): changes to different answers are both kept at once; where both changed
the same answer, the version saved elsewhere stays saved and this tab's version is kept in the
session as a conflict for the trainee to resolve (components/conflict_view.py). On a database
failure the change stays in the session and goes with the next save.

The status (what the sidebar says) is the last write the database confirmed, or the failure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import streamlit as st

from components.state import Key
from secondstory import workflow
from secondstory.merge import Conflict, Merged, merge
from secondstory.models import Analysis
from secondstory.storage import Attempt, ConflictError, StorageError, Store

TRIES = 5
MERGED_NOTICE = (
    "This attempt was also changed in another tab or on another device since this page was "
    "loaded. Both changes are kept."
)


@dataclasses.dataclass
class _State:
    attempt_id: str
    confirmed: Attempt
    failure: str | None = None
    conflicts: list[Conflict] = dataclasses.field(default_factory=list)
    notice: str | None = None


def _state(current: Attempt | None = None) -> _State | None:
    found = st.session_state.get(Key.AUTOSAVE)
    if current is None:
        return found
    if found is None or found.attempt_id != current.id:
        found = _State(current.id, current)
        st.session_state[Key.AUTOSAVE] = found
    elif current.revision > found.confirmed.revision:  # reloaded from the database since
        found.confirmed = current
    return found


def confirmed(current: Attempt) -> Attempt:
    """The attempt as the database last confirmed it to this session."""
    return _state(current).confirmed


def save(
    store: Callable[[], Store],
    person_id: str,
    current: Attempt,
    mine: Analysis,
    base: Analysis | None = None,
) -> tuple[Attempt, bool]:
    """Save `mine`, this tab's edit of `base` (by default, the last confirmed analysis), in
    the store `store()` gives (StorageError if the database cannot be reached).

    Returns the attempt to keep in the session and whether the page must be redrawn because
    the saved analysis is not exactly `mine` (merged with work saved elsewhere).
    """
    state = _state(current)
    base = state.confirmed.analysis if base is None else base
    theirs = state.confirmed
    try:
        db = store()
        for _ in range(TRIES):
            if theirs.analysis == base:
                merged = Merged(mine, ())
            else:
                merged = merge(base, mine, theirs.analysis)
            try:
                saved = db.save_analysis(
                    person_id,
                    current.id,
                    merged.analysis,
                    stage=workflow.furthest_stage(merged.analysis),
                    expected_revision=theirs.revision,
                )
            except ConflictError:
                theirs = db.get_attempt(person_id, current.id)
                continue
            _saved(state, saved, merged, elsewhere=theirs is not state.confirmed)
            return saved, merged.analysis != mine
        raise StorageError("it kept changing elsewhere while this tab was saving")
    except StorageError as err:
        state.failure = (
            f"Your last change could not be saved yet ({err}). It is kept on this page and will "
            "be saved with your next change. Do not close this tab until the sidebar says saved."
        )
        return dataclasses.replace(current, analysis=mine), False


def _saved(state: _State, saved: Attempt, merged: Merged, elsewhere: bool) -> None:
    state.confirmed = saved
    state.failure = None
    if merged.conflicts:
        known = {c.path for c in merged.conflicts}
        state.conflicts = [c for c in state.conflicts if c.path not in known]
        state.conflicts.extend(merged.conflicts)
    elif elsewhere:
        state.notice = MERGED_NOTICE


def failure() -> str | None:
    state = _state()
    return state.failure if state else None


def conflicts(current: Attempt) -> list[Conflict]:
    return _state(current).conflicts


def settle(current: Attempt, conflict: Conflict) -> None:
    """The trainee has chosen for this conflict."""
    state = _state(current)
    state.conflicts = [c for c in state.conflicts if c.path != conflict.path]


def take_notice() -> str | None:
    """The one-off notice that work saved elsewhere was merged in (then forgotten)."""
    state = _state()
    if state is None or state.notice is None:
        return None
    notice, state.notice = state.notice, None
    return notice


def unsaved(current: Attempt) -> bool:
    """Something typed in this tab is not in the database yet (a failure or a conflict)."""
    state = _state(current)
    return state.failure is not None or bool(state.conflicts)


def status(current: Attempt) -> tuple[str, str]:
    """(kind, words) for the sidebar: "error", "warning" or "saved", from the last write the
    database confirmed to this tab."""
    state = _state(current)
    if state.failure is not None:
        return "error", "Last change not saved yet. It is kept in this tab: do not close it."
    if state.conflicts:
        return "warning", "An answer was also changed elsewhere: choose what to keep."
    when = state.confirmed.updated_at.astimezone(dt.UTC).strftime("%H:%M:%S")
    return "saved", f"All changes saved (last saved at {when} UTC)."
