"""Keyboard focus after an action that redraws the page (adding an episode clears its form and
reruns the script, and the browser drops focus to the page body). Streamlit has no way to set
focus (streamlit/streamlit#3899), so a small static script, run once on the next script run,
puts it on a keyed widget (or a keyed expander's heading): no user text goes into it and it
fetches nothing (works offline)."""

from __future__ import annotations

import re
import secrets

import streamlit as st

from components.state import Key

_KEY = re.compile(r"^[a-z0-9_]+$")
# Streamlit gives a keyed widget's container the class `st-key-KEY`. The widget may be drawn
# a moment after this script runs, and the redraw may replace it after it has focus, so the
# script keeps watching for two seconds. Streamlit runs an
# st.html script again only when its text changes, so each request carries its own random
# token: two requests in a row (say two deletes) would otherwise draw the same script twice
# and the second would not run.
_SCRIPT = """<script>
// request %s
(() => {
  const selector = ".st-key-%s :is(input, textarea, [role='combobox'], summary)";
  const until = Date.now() + 2000;
  let placed = false;
  const form = (node) => node && node.closest && node.closest("[data-testid='stForm']");
  const place = () => {
    const target = document.querySelector(selector);
    const active = document.activeElement;
    // Only focus that was dropped (on the page body, or on a node the redraw removed) is
    // taken back, or, once, focus still on the button that submitted the target's own form:
    // never from where the trainee has gone since.
    const dropped = !active || active === document.body || !active.isConnected;
    const submitted = !placed && active && active.tagName === "BUTTON" && form(target) && form(active) === form(target);
    if (target && active !== target && (dropped || submitted)) {
      target.focus();
      placed = true;
    }
    if (Date.now() < until) setTimeout(place, 50);
  };
  place();
})();
</script>"""


def focus_after_rerun(key: str) -> None:
    """Put keyboard focus on the widget keyed `key` when the page is next drawn."""
    if not _KEY.match(key):
        raise ValueError(f"not a widget key for focus: {key!r}")
    st.session_state[Key.FOCUS] = key


def restore_focus() -> None:
    """Draw the focus script if an action asked for it (call after the widget is drawn)."""
    key = st.session_state.pop(Key.FOCUS, None)
    if key:
        st.html(_SCRIPT % (secrets.token_hex(4), key), unsafe_allow_javascript=True)
