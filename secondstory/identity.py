"""Single sign-on: who a signed-in person is, from the claims of their OpenID Connect identity.

Streamlit's `st.user` hands the app the claims of the identity token. `subject_for` turns the
issuer and subject (the pair that names one person for good) into the text that
`Store.trainee_for_identity` keeps as a hash; `display_name_for` picks a name the store accepts.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping

from secondstory.storage.store import MAX_DISPLAY_NAME

FALLBACK_NAME = "Trainee"
# A first name is enough for a practice group; the e-mail address is never used as a name.
_NAME_CLAIMS = ("given_name", "name", "preferred_username", "nickname")


def _claim(claims: Mapping[str, object], key: str) -> str:
    value = claims.get(key)
    return value.strip() if isinstance(value, str) else ""


def subject_for(claims: Mapping[str, object]) -> str | None:
    """The identity's key (issuer and subject), or None when the claims do not name one."""
    issuer, subject = _claim(claims, "iss"), _claim(claims, "sub")
    if not issuer or not subject:
        return None
    # JSON keeps the two apart whatever characters they hold.
    return json.dumps([issuer, subject], separators=(",", ":"))


def _tidy(text: str) -> str:
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cs") else ch
        for ch in unicodedata.normalize("NFC", text)
    )
    return " ".join(cleaned.split())[:MAX_DISPLAY_NAME].strip()


def display_name_for(claims: Mapping[str, object]) -> str:
    """The first usable name claim, tidied to what a display name may be; else "Trainee"."""
    for key in _NAME_CLAIMS:
        name = _tidy(_claim(claims, key))
        if name:
            return name
    return FALLBACK_NAME
