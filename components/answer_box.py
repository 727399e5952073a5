"""Long answers that are saved while the trainee types (a small offline custom component).

`st.text_area` sends its value only on blur or Ctrl+Enter, so a reload, a closed tab or a crash
while the cursor is still in the field would lose the text. The answer box (HTML, CSS and JS in
components/answer_box_frontend/, handed to the page inline: no network) is a Streamlit v2
component, drawn in the page itself rather than in a frame of its own (a frame per box made
every stage page fetch a document per answer, twice). It sends the text 500 ms after the last
keystroke, at least every 2 s while typing goes on, on leaving the field and when the page is
hidden, and again once the page reconnects if it was sent while disconnected. It shows whether
the text is saved and warns before a reload or close would lose unsaved text (its own, or this
tab's side of a clash with another tab, or a change the database refused). Text the core refuses (a control character, say) stays in the box, marked
not saved, with the reason under it.

Its key stays the same across sessions (a server restart starts a new one), so the value typed
in an open tab is never dropped for a new key; when the page's widgets are redrawn with new
values (an import, a merge, a deletion: `session.rev()` changes), the box takes the new value
unless it holds typing not yet sent. What it sends is its state `value`, `{"text": ...,
"base": ...}`, `base` being the text it last saw confirmed saved, so an edit made on an older
version (another tab, a server restart) is merged rather than written over. The value is saved
by the widget callback, or when the box is drawn if the value reached a session without one
(components/bound.py). Tests set `{"value": {"text": ..., "base": ...}}` in session state under
the box's key.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import streamlit as st

from components import autosave, bound, session
from components.state import Key
from components.text import literal_error
from secondstory.models import MAX_ANSWER_CHARS, Analysis

_FRONTEND = Path(__file__).parent / "answer_box_frontend"
_component = st.components.v2.component(
    "answer_box",
    html=(_FRONTEND / "answer_box.html").read_text(encoding="utf-8"),
    css=(_FRONTEND / "answer_box.css").read_text(encoding="utf-8"),
    js=(_FRONTEND / "answer_box.js").read_text(encoding="utf-8"),
)

Edit = Callable[[Analysis, str], Analysis]


def answer_area(label: str, key: str, value: str, edit: Edit, help: str | None = None) -> None:
    """A long answer: `edit(analysis, text)` applies the typed text to the analysis."""
    current = session.attempt()
    pending = current is None or autosave.unsaved(current)
    previous = bound.handled(key)
    error = st.session_state.get(Key.ANSWER_ERRORS, {}).get(key)
    typed = _typed(key)
    # A refused text stays in the box even if the page redraws it afresh.
    refused = typed.get("text") if error and typed else None
    data = {
        "key": key,
        "label": label,
        "value": value if refused is None else refused,
        "version": session.rev(),
        "saved": None if pending else value,
        "pending": pending,
        "failed": autosave.failure() is not None or error is not None,
        "help": help,
        "max_chars": MAX_ANSWER_CHARS,
    }
    _component(
        key=key,
        data=data,
        default={"value": None},
        on_value_change=partial(bound.handle, key, _changed, key, edit, value, previous),
    )
    if error:
        literal_error(error)
    typed = _typed(key)
    changed = bool(typed) and typed.get("text") != value
    bound.catch_up(key, changed, _changed, key, edit, value, previous)


def _changed(key: str, edit: Edit, shown: str, previous: object) -> None:
    """Save the typed text; `shown` is the text this session drew the box with, `previous` the
    box's value this session handled before."""
    typed = _typed(key)
    current = session.attempt()
    if not typed or current is None:
        return
    text = str(typed.get("text", ""))
    errors = st.session_state.setdefault(Key.ANSWER_ERRORS, {})
    errors.pop(key, None)
    if len(text) > MAX_ANSWER_CHARS:
        errors[key] = (
            f"This answer is longer than {MAX_ANSWER_CHARS} characters. Shorten it to save it."
        )
        return
    try:
        mine = edit(current.analysis, text)
    except ValueError as err:
        # Refused by the core (a control character, say): the message goes under the box,
        # which keeps the text, says it is not saved and warns before the page is left.
        errors[key] = str(err)
        return
    # A base equal to the text this session drew (even with no answer saved yet, or after a
    # refused change) or to this box's previous text (this session's own save, not yet echoed
    # back) is this session's analysis.
    base_text = typed.get("base")
    own = base_text == shown or (isinstance(previous, dict) and previous.get("text") == base_text)
    session.save(mine, base=None if own else _base(current, base_text, edit))


def _typed(key: str) -> dict:
    """What the box under `key` last sent (`{"text", "base"}`), or an empty dict."""
    state = st.session_state.get(key)
    typed = state.get("value") if isinstance(state, dict) else None
    return typed if isinstance(typed, dict) else {}


def _base(current, base_text: object, edit: Edit) -> Analysis | None:
    """The analysis the box's text was typed on, when it is older than this session's (the box
    was filled before a server restart, or before another tab's save reached this session)."""
    confirmed = autosave.confirmed(current).analysis
    if not isinstance(base_text, str):
        return None
    try:
        base = edit(confirmed, base_text)
    except (KeyError, ValueError):
        return None
    return None if base == confirmed else base
