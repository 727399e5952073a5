"""Drawing text safely: scenario and trainee text is always shown literally."""

from __future__ import annotations

import streamlit as st

from secondstory.textsafe import escape_markdown

# Static CSS only (no user text): long words wrap instead of breaking the layout; the "link to
# heading" anchors and the charts' toolbars (every chart has a table beside it) leave the tab
# order, where they only stood between a keyboard user and the work. Tables keep their toolbar.
_CSS = (
    "<style>.stMarkdown p, .stMarkdown li {overflow-wrap: anywhere;} "
    '[data-testid="stHeaderActionElements"] a[href^="#"] {display: none;} '
    '[data-testid="stFullScreenFrame"]:has([data-testid="stVegaLiteChart"]) '
    '> [data-testid="stElementToolbar"] {display: none;}</style>'
)


def page_style() -> None:
    st.markdown(_CSS, unsafe_allow_html=True)


def literal(text: str, caption: bool = False) -> None:
    """Show text exactly as written (no Markdown, no HTML)."""
    if caption:
        st.caption(escape_markdown(text))
    else:
        st.markdown(escape_markdown(text))


def literal_error(text: str) -> None:
    """An error message, shown literally: messages quote file names, keys and the trainee's
    own words."""
    st.error(escape_markdown(text))


def labelled(label: str, text: str) -> None:
    """A bold label (our own words) followed by literal text."""
    st.markdown(f"**{label}:** {escape_markdown(text)}")
