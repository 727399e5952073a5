"""Showing scenario and trainee text literally, whatever characters it holds.

Streamlit renders Markdown; text from a scenario or a trainee must never be read as Markdown
or HTML, so every Markdown control character is escaped with a backslash.

Some characters cannot be held by XML at all (a vertical tab or other control character pasted
from another program, or half of a surrogate pair): a Word document with one cannot be written.
New text holding one is refused (`unsafe_character` says which and where); text stored before
that rule is cleaned (`xml_safe`) in every export.
"""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=^&\"'])")
# Everything XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage return,
# surrogates, and the two non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NAMES = {"\x00": "a null character", "\x0b": "a vertical tab", "\x0c": "a form feed"}


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


def xml_safe(text: str) -> str:
    """Text with every character XML cannot hold replaced by a space."""
    return _NOT_XML.sub(" ", text)


def unsafe_character(text: str) -> str | None:
    """Why the text cannot be saved, naming the first character XML cannot hold and the words
    before it; None when every character is fine."""
    found = _NOT_XML.search(text)
    if found is None:
        return None
    char = found.group()
    name = _NAMES.get(char, "a control character")
    before = " ".join(text[: found.start()].split()[-4:])
    where = f" after \u201c{before}\u201d" if before else " at the start"
    return (
        f"The text holds an invisible character that cannot be saved: {name} (U+{ord(char):04X})"
        f"{where}. It usually comes from pasting from another program: delete it, or retype "
        "the words around it."
    )


def xml_safe_data(value: object) -> object:
    """`xml_safe` on every string in plain data (dicts, lists, tuples); other values kept."""
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, dict):
        return {key: xml_safe_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(xml_safe_data(item) for item in value)
    return value
