"""Single sign-on: the identity key and display name taken from OpenID Connect claims."""

from __future__ import annotations

import json

import pytest

from secondstory.identity import FALLBACK_NAME, display_name_for, subject_for
from secondstory.storage import Store
from secondstory.storage.store import MAX_DISPLAY_NAME

GOOGLE = {
    "is_logged_in": True,
    "iss": "https://accounts.google.com",
    "sub": "1234567890",
    "given_name": "Robin",
    "name": "Robin Example",
    "email": "robin@example.org",
}


def test_the_subject_is_the_issuer_and_the_subject_together():
    subject = subject_for(GOOGLE)
    assert json.loads(subject) == ["https://accounts.google.com", "1234567890"]
    other_issuer = subject_for({**GOOGLE, "iss": "https://login.microsoftonline.com/t/v2.0"})
    assert other_issuer != subject
    assert subject_for({**GOOGLE, "email": "changed@example.org", "name": "New"}) == subject


@pytest.mark.parametrize(
    "claims",
    [
        {},
        {"is_logged_in": True, "email": "robin@example.org"},
        {**GOOGLE, "sub": ""},
        {**GOOGLE, "iss": "   "},
        {**GOOGLE, "sub": 1234567890},
    ],
)
def test_claims_without_issuer_and_subject_name_nobody(claims):
    assert subject_for(claims) is None


def test_the_first_name_is_preferred_and_the_email_never_used():
    assert display_name_for(GOOGLE) == "Robin"
    assert display_name_for({**GOOGLE, "given_name": ""}) == "Robin Example"
    assert display_name_for({"email": "robin@example.org"}) == FALLBACK_NAME


def test_the_display_name_is_tidied_to_what_the_store_accepts(tmp_path):
    name = display_name_for({"given_name": "  Ro\tbin\n" + "x" * 200})
    assert name.startswith("Ro bin x") and len(name) == MAX_DISPLAY_NAME
    assert display_name_for({"given_name": "\x00\x07"}) == FALLBACK_NAME
    with Store(f"sqlite:///{tmp_path / 'sso.db'}") as store:
        assert store.trainee_for_identity(subject_for(GOOGLE), name).display_name == name
