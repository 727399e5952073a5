"""Long answers that are saved while the trainee types (a small offline custom component).

`st.text_area` sends its value only on blur or Ctrl+Enter, so a reload, a closed tab or a crash
while the cursor is still in the field would lose the text. The answer box (static HTML and JS in
components/answer_box_frontend/, no network) sends it 500 ms after the last keystroke, at least
every 2 s while typing goes on, on leaving the field and when the page is hidden. It shows
whether the text is saved and warns before a reload or close would lose unsaved text.

Each value it sends is `{"text": ..., "base": ...}`, `base` being the text it last saw confirmed
saved, so an edit made on an older version (another tab, a server restart) is merged rather than
written over. The value is saved by the widget callback; a value that arrives without one (the
first edit after a server restart reaches a new session, which has no callbacks yet) is saved
when the box is drawn. Tests set the value in session state under the box's key.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

from components import autosave, session
from secondstory.models import MAX_ANSWER_CHARS, Analysis

_FRONTEND = Path(__file__).parent / "answer_box_frontend"
_component = components.declare_component("answer_box", path=str(_FRONTEND))
HANDLED = "answer_box_handled"

Edit = Callable[[Analysis, str], Analysis]


def answer_area(label: str, key: str, value: str, edit: Edit, help: str | None = None) -> None:
    """A long answer: `edit(analysis, text)` applies the typed text to the analysis."""
    current = session.attempt()
    saved = None if current is None or autosave.unsaved(current) else value
    typed = _component(
        label=label,
        value=value,
        saved=saved,
        failed=autosave.failure() is not None,
        help=help,
        max_chars=MAX_ANSWER_CHARS,
        key=key,
        default=None,
        on_change=partial(_changed, key, edit),
    )
    error = st.session_state.get(f"{key}__error")
    if error:
        st.error(error)
    if _pending(key, typed, value):
        _changed(key, edit)
        st.rerun()


def _pending(key: str, typed: object, value: str) -> bool:
    if not isinstance(typed, dict) or typed.get("text") == value:
        return False
    return st.session_state.get(HANDLED, {}).get(key) != typed.get("text")


def _changed(key: str, edit: Edit) -> None:
    typed = st.session_state.get(key)
    current = session.attempt()
    if not isinstance(typed, dict) or current is None:
        return
    text = str(typed.get("text", ""))
    handled = st.session_state.setdefault(HANDLED, {})
    previous, handled[key] = handled.get(key), text
    st.session_state.pop(f"{key}__error", None)
    if len(text) > MAX_ANSWER_CHARS:
        st.session_state[f"{key}__error"] = (
            f"This answer is longer than {MAX_ANSWER_CHARS} characters. Shorten it to save it."
        )
        return
    try:
        mine = edit(current.analysis, text)
    except ValueError as err:
        st.session_state[f"{key}__error"] = str(err)
        return
    # A base equal to this box's previous text is this session's own save, not yet echoed back.
    base_text = typed.get("base")
    session.save(mine, base=None if base_text == previous else _base(current, base_text, edit))


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
