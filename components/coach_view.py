"""Showing the language coach's flags beside what the trainee wrote."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from secondstory.coach import KINDS, coach
from secondstory.textsafe import escape_markdown


def show_flags(text: str, names: Iterable[str] = ()) -> int:
    """Draw the coach's flags for text; returns how many there were."""
    if not text.strip():
        return 0
    flags = coach(text, names)
    if not flags:
        return 0
    with st.container(border=True):
        st.markdown(f"**Language coach** · {len(flags)} phrase(s) to look at again")
        for flag in flags:
            st.markdown(
                f"- *{escape_markdown(flag.text)}* ({escape_markdown(KINDS.get(flag.kind, flag.kind))}): "
                f"{escape_markdown(flag.why)}  \n  Try: {escape_markdown(flag.suggestion)}"
            )
    return len(flags)
