"""Optional single sign-on through an organisation's identity provider (OpenID Connect).

With an `[auth]` section in `.streamlit/secrets.toml`, the Library's sign-in panel also offers
"Sign in with your organisation" (`st.login`). Streamlit then keeps the person's identity in a
cookie and hands its claims to the app as `st.user`; `session.trainee()` maps them to a trainee
through `identity()`. Nothing about them goes in the URL: a reload signs them in again from the
cookie. Without `[auth]` nothing here draws anything or changes what the app does.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from secondstory.identity import display_name_for, subject_for


def providers() -> list[str | None]:
    """The configured providers: None for one set up in `[auth]` itself, then the names of any
    `[auth.NAME]` sections. Empty without `[auth]`."""
    try:
        auth = st.secrets.get("auth")
    except Exception:  # noqa: BLE001 - no secrets file is normal in development
        return []
    if not isinstance(auth, Mapping):
        return []
    named = [name for name, value in auth.items() if isinstance(value, Mapping)]
    return [None, *named] if "client_id" in auth else named


def _logged_in() -> bool:
    return st.user.get("is_logged_in") is True


def identity() -> tuple[str, str] | None:
    """(subject, display name) of the person signed in through their organisation, else None."""
    if not providers() or not _logged_in():
        return None
    subject = subject_for(st.user)
    if subject is None:
        return None
    return subject, display_name_for(st.user)


def email() -> str | None:
    """The e-mail address of the person signed in through their organisation, else None."""
    if not providers() or not _logged_in():
        return None
    found = st.user.get("email")
    if st.user.get("email_verified") is False or not isinstance(found, str):
        return None
    return found.strip() or None


def sign_in_panel() -> None:
    """A button per configured provider; nothing without `[auth]`."""
    options = providers()
    if not options:
        return
    with st.container(border=True):
        st.subheader("Organisation account")
        st.caption("Your organisation's account keeps your work; no resume code is needed.")
        for provider in options:
            label = "Sign in with your organisation"
            if len(options) > 1:
                label += f" ({provider or 'default'})"
            if st.button(label, key=f"sso_{provider or 'default'}", icon=":material/login:"):
                st.login(provider)


def sign_out() -> None:
    """End the organisation sign-in too, so that a reload does not sign the person in again."""
    if providers() and _logged_in():
        st.logout()
