"""Submitting marks the analysis once and keeps the debrief's digest with the attempt; the
comparison it opens on uses that marking."""

from __future__ import annotations

from components import finding_editor, session
from secondstory import debrief
from secondstory.marking import score
from secondstory.reference import reference_analysis
from secondstory.storage import StorageError, Store
from tests.app.conftest import button, errors, run_page


def _stage_4(signed_in, scenario, store, analysis=None):
    """Stage 4 of the attempt, holding the expert's analysis unless given: (the app, the
    attempt)."""
    person, code, attempt = signed_in
    attempt = store.save_analysis(person.id, attempt.id, analysis or reference_analysis(scenario))
    return run_page("findings", code, attempt.id), attempt


def _submit_the_reference(signed_in, scenario, store):
    """Submit the expert's analysis from stage 4: (the app after it, the analysis, the attempt)."""
    analysis = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    at, attempt = _stage_4(signed_in, scenario, store, analysis)
    button(at, "Submit my analysis").click()
    at = at.run()
    assert not at.exception
    return at, analysis, attempt


def test_submitting_stores_the_marking_with_the_attempt(signed_in, scenario, store):
    _at, analysis, attempt = _submit_the_reference(signed_in, scenario, store)
    person = signed_in[0]
    saved = store.get_attempt(person.id, attempt.id)
    assert saved.submitted
    stored = debrief.stored_digest(scenario, saved)
    assert stored is not None
    assert stored == debrief.Digest.model_validate_json(debrief.digest_json(scenario, analysis))
    assert stored.overall == 1.0


def test_the_comparison_opened_on_submitting_is_not_marked_again(
    signed_in, scenario, store, monkeypatch
):
    marked = []

    def counted(*args):
        marked.append(args)
        return score(*args)

    monkeypatch.setattr(session, "score", counted)
    monkeypatch.setattr(debrief, "score", counted)
    at, _analysis, _attempt = _submit_the_reference(signed_in, scenario, store)
    assert any("Comparison with the expert" in t.value for t in at.title)
    assert len(marked) == 1


def test_the_click_on_submit_opens_the_comparison_without_drawing_stage_4_again(
    signed_in, scenario, store, monkeypatch
):
    drawn = []
    original = finding_editor.finding_list

    def counted(*args):
        drawn.append(args)
        return original(*args)

    at, _attempt = _stage_4(signed_in, scenario, store)
    monkeypatch.setattr(finding_editor, "finding_list", counted)
    button(at, "Submit my analysis").click()
    at = at.run()
    assert any("Comparison with the expert" in t.value for t in at.title)
    assert drawn == []


def test_a_submission_the_database_refuses_is_explained_beside_the_button(
    signed_in, scenario, store, monkeypatch
):
    def refused(*args, **kwargs):
        raise StorageError("The database could not save your submission. Try again.")

    at, attempt = _stage_4(signed_in, scenario, store)
    monkeypatch.setattr(Store, "submit_attempt", refused)
    button(at, "Submit my analysis").click()
    at = at.run()
    assert not at.exception
    assert "The database could not save your submission. Try again." in errors(at)
    assert not store.get_attempt(signed_in[0].id, attempt.id).submitted
    # Said once: the next run no longer shows it.
    assert "The database could not save your submission. Try again." not in errors(at.run())
