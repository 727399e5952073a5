"""Entry references in a text ("e05, e10", "e05-e07") as Markdown links that open the entry.

The text is escaped, so it still shows literally; only ids of entries the reader may open become
links, and each link is an address the caller makes (the case file with `?entry=ID`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from secondstory.textsafe import escape_markdown


@lru_cache(maxsize=256)
def _pattern(ids: frozenset[str]) -> re.Pattern[str] | None:
    """The pattern of these ids (made once per set: a page links many texts to one case)."""
    alternatives = "|".join(re.escape(i) for i in sorted(set(ids), key=len, reverse=True))
    if not alternatives:
        return None
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def linked_markdown(text: str, ids: Iterable[str], address: Callable[[str], str]) -> str:
    """Markdown that shows `text` exactly, each mention of one of `ids` a link to `address(id)`.

    A range "e05-e07" reads as two mentions joined by the dash; an id that is not in `ids`
    (a typing slip, an entry still hidden) stays plain text."""
    pattern = _pattern(frozenset(ids))
    if pattern is None:
        return escape_markdown(text)
    out: list[str] = []
    last = 0
    for found in pattern.finditer(text):
        out.append(escape_markdown(text[last : found.start()]))
        ref = found.group()
        out.append(f"[{escape_markdown(ref)}]({address(ref)})")
        last = found.end()
    out.append(escape_markdown(text[last:]))
    return "".join(out)
