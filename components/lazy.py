"""Expanders whose content is drawn only while they are open.

A closed expander's content is still built on every run unless the page asks whether it is
open: on a large case, the entries of every episode and an edit form for every factor took
most of a stage page's server time, drawn for nobody.

Give each a label that does not change while it is open: Streamlit tells a stateful expander
apart by its label as well as its key, so a new label is a new expander, drawn closed, and the
browser rebuilds everything in it (an answer box being typed in loses its focus).
"""

from __future__ import annotations

import streamlit as st
from streamlit.elements.lib.mutable_expander_container import ExpanderContainer


def lazy_expander(label: str, key: str) -> ExpanderContainer | None:
    """An expander that reruns the page when opened or closed; the container to draw into
    while it is open, else None (draw nothing)."""
    box = st.expander(label, key=key, on_change="rerun")
    return box if box.open else None
