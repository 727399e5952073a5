"""Submitting marks the analysis once and keeps the debrief's digest with the attempt; the
comparison it opens on uses that marking."""

from __future__ import annotations

from components import session
from secondstory import debrief
from secondstory.marking import score
from secondstory.reference import reference_analysis
from tests.app.conftest import button, run_page


def _submit_the_reference(signed_in, scenario, store):
    """Submit the expert's analysis from stage 4: (the app after it, the analysis, the attempt)."""
    person, code, attempt = signed_in
    analysis = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    attempt = store.save_analysis(person.id, attempt.id, analysis)
    at = run_page("findings", code, attempt.id)
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
