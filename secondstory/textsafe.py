"""Showing scenario and trainee text literally, whatever characters it holds.

Streamlit renders Markdown; text from a scenario or a trainee must never be read as Markdown
or HTML, so every Markdown control character is escaped with a backslash.
"""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=^&\"'])")


def escape_markdown(text: str) -> str:
    """Text to Markdown that displays exactly the same characters; line breaks are kept."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return escaped.replace("\n", "  \n")


def shorten(text: str, limit: int = 80) -> str:
    """A one-line preview of text, cut on a word where possible."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] if " " in flat[: limit - 1] else flat[: limit - 1]
    return cut + "…"
