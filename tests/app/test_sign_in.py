"""Signing in and out: nothing of one trainee left for the next, no resume code in the page
address, an address from the history signs no one in after sign-out, wrong codes are limited."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from components.state import Key
from tests.app.conftest import APP, click, errors, page_path, run_page, shown_codes, url_value

SESSION_ENDED = (
    "Your session has ended (you signed out, or it expired). "
    "Resume with your resume code to carry on."
)


def fresh_app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=10).run()


def start_as(at: AppTest, name: str) -> AppTest:
    at.text_input[0].input(name)
    return click(at, "Start practising")


def resume_with(at: AppTest, code: str) -> AppTest:
    next(t for t in at.text_input if t.label == "Resume code").input(code)
    return click(at, "Resume my work")


def sign_out(at: AppTest) -> AppTest:
    at.button(key="sign_out").click()
    return at.run()


def test_the_next_trainee_never_sees_the_previous_trainees_code(store):
    robin, robins_code = store.create_trainee("Robin")
    at = start_as(fresh_app(), "Ash")
    [ashs_code] = shown_codes(at)  # shown once; Ash signs out without confirming
    at = sign_out(at)
    at = resume_with(at, robins_code)
    assert not at.exception
    assert "Signed in as **Robin**" in [m.value for m in at.sidebar.markdown]
    assert ashs_code not in shown_codes(at)
    assert Key.NEW_CODE not in at.session_state


def test_sign_out_leaves_no_session_value_behind(store, scenario, signed_in):
    _, code, attempt = signed_in
    at = run_page("episodes", code=code, attempt_id=attempt.id)
    assert at.session_state[Key.TRAINEE].display_name == "Robin"
    at = sign_out(at)
    left = [key for key in Key if key in at.session_state]
    assert left == []
    assert dict(at.query_params) == {}


def test_the_address_carries_a_session_token_never_the_resume_code(store):
    _, code = store.create_trainee("Robin")
    at = resume_with(fresh_app(), code)
    assert not at.exception
    token = url_value(at, "session")
    assert token and code not in str(dict(at.query_params))
    assert store.trainee_by_session(token).display_name == "Robin"


def test_back_after_sign_out_does_not_sign_in_again(store, signed_in):
    _, code, attempt = signed_in
    at = run_page("episodes", code=code, attempt_id=attempt.id)
    address = {name: url_value(at, name) for name in ("session", "attempt")}
    sign_out(at)
    back = AppTest.from_file(APP, default_timeout=10)
    for name, value in address.items():
        back.query_params[name] = value
    back = back.run()
    back.switch_page(page_path("episodes"))
    back = back.run()
    assert not back.exception
    assert "Not signed in. Start or resume in the Library." in [
        c.value for c in back.sidebar.caption
    ]
    assert "Start or resume your work in the Library first." in [i.value for i in back.info]


def test_an_old_address_with_a_resume_code_asks_for_the_code_instead(store):
    _, code = store.create_trainee("Robin")
    at = AppTest.from_file(APP, default_timeout=10)
    at.query_params["code"] = code
    at = at.run()
    assert not at.exception
    assert "code" not in at.query_params
    assert errors(at) == [
        "For your privacy, resume codes are no longer kept in the page address. "
        "Type your resume code below to carry on."
    ]
    assert Key.TRAINEE not in at.session_state


def test_repeated_wrong_resume_codes_are_stopped_with_a_clear_message(store):
    _, code = store.create_trainee("Robin")
    at = fresh_app()
    for _ in range(5):
        at = resume_with(at, "ZZZZ-ZZZZ-ZZZZ")
        assert errors(at) == ["That resume code was not recognised. Check it and try again."]
    at = resume_with(at, code)  # even the right code waits until the lockout ends
    [message] = errors(at)
    assert message.startswith("Too many wrong resume codes have been tried from this browser.")
    assert "try again in 15 minute(s)" in message
    assert Key.TRAINEE not in at.session_state


def test_a_session_token_from_the_address_is_refused_once_expired_or_unknown(store):
    at = AppTest.from_file(APP, default_timeout=10)
    at.query_params["session"] = "made-up"
    at = at.run()
    assert errors(at) == [SESSION_ENDED]
