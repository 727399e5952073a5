"""Entry ids in drawn text become links that open the entry in the case file.

A link is the case file's address with `?entry=ID` and this page's session and attempt, so it
opens (in a new browser tab, as Streamlit opens links) signed in, on the same attempt. Only entries
the trainee may read are linked: one known only later stays plain until the outcome is revealed.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

import streamlit as st

from components.session import ATTEMPT_PARAM, SESSION_PARAM
from secondstory import casefile
from secondstory.entry_links import linked_markdown
from secondstory.models import Scenario

ENTRY_PARAM = "entry"
CASE_FILE = "case_file"  # the case file page's address (its file name)


def _addresses() -> Callable[[str], str]:
    """The address of an entry, for this page's session and attempt (read once per text)."""
    params = {
        name: st.query_params[name]
        for name in (SESSION_PARAM, ATTEMPT_PARAM)
        if name in st.query_params
    }
    return lambda entry_id: f"{CASE_FILE}?{urlencode({**params, ENTRY_PARAM: entry_id})}"


def linked(text: str, scenario: Scenario, show_later: bool) -> str:
    """Safe Markdown of `text`, with the entries the trainee may read linked."""
    readable = casefile.readable_ids(scenario, show_later)
    return linked_markdown(text, readable, _addresses())


def linked_text(text: str, scenario: Scenario, show_later: bool) -> None:
    """Draw `text` literally, with its entry ids as links (never in a caption: links in a
    caption's grey fall below the contrast WCAG asks for)."""
    st.markdown(linked(text, scenario, show_later))


def take_opened_entry() -> str | None:
    """The entry the address asks to open (`?entry=`), taken from the address once."""
    return st.query_params.pop(ENTRY_PARAM, None)
