"""Widget changes that are saved even when they reach a session without callbacks.

Streamlit calls a widget's `on_change` only for widgets it drew earlier in the same session.
After a server restart, an open tab's first change arrives in a new session: the callback never
runs, so the page would show the change while the database keeps the old value. Editors pass
`callback(key, fn, *args)` to the widget and then call `catch_up(key, changed, fn, *args)`:
when the widget's value differs from the saved one and was never handled, `fn` runs then and
the page is drawn again. A value handled once (saved, or refused with a message) is not retried.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from components.state import Key


def callback(key: str, fn: Callable[..., None], *args: Any) -> dict[str, Any]:
    """`on_change` and `args` for a widget keyed `key` whose change `fn(*args)` saves."""
    return {"on_change": handle, "args": (key, fn, *args)}


def handle(key: str, fn: Callable[..., None], *args: Any) -> None:
    st.session_state.setdefault(Key.BOUND_HANDLED, {})[key] = st.session_state.get(key)
    fn(*args)


def handled(key: str) -> Any:
    """The value of this widget last handled in this session (None if none)."""
    return st.session_state.get(Key.BOUND_HANDLED, {}).get(key)


def catch_up(key: str, changed: bool, fn: Callable[..., None], *args: Any) -> None:
    """Handle a change the widget callback missed (see the module docstring)."""
    if changed and st.session_state.get(key) != handled(key):
        handle(key, fn, *args)
        st.rerun()


def multiselect(
    label: str,
    options: dict[str, str],
    chosen: list[str],
    key: str,
    fn: Callable[..., None],
    *args: Any,
) -> None:
    """A multiselect of `options` (id -> label) showing the `chosen` ids still offered; a change
    is saved by `fn(*args)`, as `callback` and `catch_up` arrange."""
    shown = [c for c in chosen if c in options]
    picked = st.multiselect(
        label,
        list(options),
        default=shown,
        format_func=options.get,
        key=key,
        **callback(key, fn, *args),
    )
    catch_up(key, picked != shown, fn, *args)
