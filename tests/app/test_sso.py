"""Optional single sign-on: absent without `[auth]`; with it, `st.user` signs a trainee in."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from secondstory.identity import subject_for
from secondstory.reference import reference_analysis
from tests.app.conftest import APP, button, click, page_path, shown_text

SSO_LABEL = "Sign in with your organisation"
AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "not-a-real-secret-for-tests",
    "client_id": "second-story",
    "client_secret": "not-a-real-secret",
    "server_metadata_url": "https://idp.example.org/.well-known/openid-configuration",
}
USER = {
    "is_logged_in": True,
    "iss": "https://idp.example.org",
    "sub": "trainee-42",
    "given_name": "Wren",
    "email": "wren@example.org",
}


def library(auth: dict | None = None, user: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=10)
    if auth is not None:
        at.secrets["auth"] = auth
    if user is not None:
        at.user = user
    return at.run()


def labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button]


def test_without_auth_there_is_no_organisation_sign_in(store):
    at = library()
    assert not at.exception
    assert not any(label.startswith(SSO_LABEL) for label in labels(at))
    assert "Start practising" in labels(at)


def test_without_auth_a_logged_in_user_changes_nothing(store):
    at = library(user=USER)
    assert not at.exception
    assert "Start practising" in labels(at)
    assert "Signed in as" not in shown_text(at)


def test_with_auth_the_sign_in_panel_offers_the_organisation(store):
    at = library(auth=AUTH)
    assert not at.exception
    assert SSO_LABEL in labels(at)
    assert "Start practising" in labels(at)


def test_named_providers_get_a_button_each(store):
    shared = {k: AUTH[k] for k in ("redirect_uri", "cookie_secret")}
    provider = {k: v for k, v in AUTH.items() if k not in shared}
    at = library(auth={**shared, "microsoft": provider, "okta": provider})
    assert [label for label in labels(at) if label.startswith(SSO_LABEL)] == [
        f"{SSO_LABEL} (microsoft)",
        f"{SSO_LABEL} (okta)",
    ]


def test_a_signed_in_user_becomes_a_trainee_without_a_code_in_the_url(store):
    at = library(auth=AUTH, user=USER)
    assert not at.exception
    assert "Start practising" not in labels(at)
    assert "Signed in as **Wren**" in [m.value for m in at.sidebar.markdown]
    assert "code" not in at.query_params
    person = store.trainee_for_identity(subject_for(USER), "Someone else")
    assert person.display_name == "Wren"

    reload = library(auth=AUTH, user=USER)
    assert "Signed in as **Wren**" in [m.value for m in reload.sidebar.markdown]
    again = store.trainee_for_identity(subject_for(USER), "Wren")
    assert again.id == person.id


def test_a_signed_in_user_submits_without_a_code(store, scenario):
    person = store.trainee_for_identity(subject_for(USER), "Wren")
    attempt = store.start_attempt(person.id, scenario.id, scenario.version, "guided")
    analysis = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    store.save_analysis(person.id, attempt.id, analysis)
    at = AppTest.from_file(APP, default_timeout=10)
    at.secrets["auth"] = AUTH
    at.user = USER
    at.query_params["attempt"] = attempt.id
    at.run()
    at.switch_page(page_path("findings"))
    at = at.run()
    button(at, "Submit my analysis").click()
    at = at.run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Comparison with the expert"]
    assert store.get_attempt(person.id, attempt.id).feedback_json is not None
    assert not at.query_params.get("code")


def _sign_out_script():
    import streamlit as st

    from components import session

    person = session.trainee()
    st.write(f"signed in: {person.display_name if person else 'nobody'}")
    if st.button("Sign out"):
        session.sign_out()
        st.rerun()


def test_signing_out_ends_the_organisation_sign_in(store):
    at = AppTest.from_function(_sign_out_script, default_timeout=10)
    at.secrets["auth"] = AUTH
    at.user = USER
    at.run()
    assert [m.value for m in at.markdown] == ["signed in: Wren"]
    at = click(at, "Sign out")
    assert not at.exception
    assert at.user.get("is_logged_in") is False
    assert [m.value for m in at.markdown] == ["signed in: nobody"]
