"""Library page: starting, resuming, content notes before a case opens, failures hidden from trainees."""

from streamlit.testing.v1 import AppTest

from secondstory.textsafe import escape_markdown
from tests.app.conftest import APP, errors, run_page, shown_codes, url_value


def _click(at, label):
    for button in at.button:
        if button.label == label:
            button.click()
            return at.run()
    raise AssertionError(f"no button {label!r}; have {[b.label for b in at.button]}")


def test_start_gives_a_resume_code_and_a_session_token_in_the_url(store):
    at = run_page("library")
    assert not at.exception
    [name, _code] = at.text_input
    name.input("Robin")
    at = _click(at, "Start practising")
    assert not at.exception
    [shown] = shown_codes(at)
    assert store.trainee_by_resume_code(shown).display_name == "Robin"
    assert store.trainee_by_session(url_value(at, "session")).display_name == "Robin"
    assert shown not in str(dict(at.query_params))


def test_wrong_resume_code_gets_a_clear_message(store):
    at = run_page("library")
    at.text_input[1].input("NOT-A-REAL-CODE")
    at = _click(at, "Resume my work")
    assert errors(at) == ["That resume code was not recognised. Check it and try again."]
    assert "code" not in at.query_params


def test_stale_session_in_the_url_shows_nothing_of_anyone(store):
    at = AppTest.from_file(APP, default_timeout=10)
    at.query_params["session"] = "not-a-live-session"
    at = at.run()
    assert not at.exception
    assert errors(at) == [
        "Your session has ended (you signed out, or it expired). "
        "Resume with your resume code to carry on."
    ]
    assert "session" not in at.query_params


def test_content_notes_come_before_the_case(store, scenario):
    person, code = store.create_trainee("Robin")
    at = run_page("library", code=code)
    assert any(s.value == escape_markdown(scenario.title) for s in at.subheader)
    at.button(key=f"open_{scenario.id}").click()
    at = at.run()
    notes = [m.value for m in at.markdown]
    for note in scenario.content_notes:
        assert any(note.split()[0] in n for n in notes)
    assert at.radio[0].label == "Mode"
    at = _click(at, "I have read the content notes: start")
    assert not at.exception
    attempts = store.list_attempts(person.id)
    assert len(attempts) == 1 and attempts[0].scenario_id == scenario.id


def test_continue_latest_opens_the_unfinished_attempt_in_the_case_file(store, scenario):
    person, code = store.create_trainee("Robin")
    older = store.start_attempt(person.id, scenario.id, scenario.version, "guided")
    store.submit_attempt(person.id, older.id)
    latest = store.start_attempt(person.id, scenario.id, scenario.version, "full")
    at = run_page("library", code=code)
    at.button(key=f"continue_{scenario.id}").click()
    at = at.run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Case file"]
    assert url_value(at, "attempt") == latest.id


def test_broken_scenarios_are_not_shown_to_trainees(store, tmp_path, monkeypatch):
    from tests.unit.starter import STARTER_TEXT

    (tmp_path / "good.yaml").write_text(STARTER_TEXT.replace("id: demo", "id: good", 1))
    (tmp_path / "bad.yaml").write_text("id: [broken\n")
    monkeypatch.setenv("SECONDSTORY_SCENARIOS", str(tmp_path))
    _, code = store.create_trainee("Robin")
    at = run_page("library", code=code)
    text = " ".join(m.value for m in at.markdown) + " ".join(errors(at))
    assert "bad.yaml" not in text
    at = run_page("authoring", code=code, trainer=True)
    assert any(escape_markdown("bad.yaml") in m.value for m in at.markdown)
    assert any("YAML syntax error" in c.value for c in at.code)
