"""Entry ids drawn on the stage pages and the comparison are links that open the entry in the
case file, keeping the session and the attempt."""

from __future__ import annotations

from components.state import Key
from secondstory import workflow
from secondstory.reference import reference_analysis
from tests.app.conftest import click, run_page, url_value


def _link(at, attempt, entry_id: str) -> str:
    session = url_value(at, "session")
    return f"[{entry_id}](case_file?session={session}&attempt={attempt.id}&entry={entry_id})"


def test_the_experts_episodes_on_stage_one_link_their_entries(signed_in, scenario, store):
    person, code, attempt = signed_in
    analysis, _ = workflow.add_episode(attempt.analysis, "Mine", [scenario.chronology[1].id])
    store.save_analysis(person.id, attempt.id, analysis)
    at = click(run_page("episodes", code, attempt.id), "Show the expert's episodes")
    first = scenario.expert.episodes[0]
    line = next(
        m.value for m in at.markdown if "entries" in m.value and first.entries[0] in m.value
    )
    for ref in first.entries:
        assert _link(at, attempt, ref) in line


def test_the_comparison_links_the_evidence_entries(signed_in, scenario, store):
    person, code, attempt = signed_in
    analysis = reference_analysis(scenario).model_copy(update={"outcome_revealed": True})
    store.save_analysis(person.id, attempt.id, analysis, stage="findings")
    store.submit_attempt(person.id, attempt.id)
    at = run_page("comparison", code, attempt.id)
    at.session_state[Key.COMPARISON_TAB] = "Factors"
    at = at.run()
    assert not at.exception
    evidence = [m.value for m in at.markdown if m.value.startswith("Evidence: ")]
    cited = [
        ref
        for episode in scenario.expert.episodes
        for factor in episode.factors
        for ref in factor.evidence
        if ref.startswith("e")
    ]
    assert cited, "the scenario's expert factors need entry evidence"
    assert any(_link(at, attempt, cited[0]) in line for line in evidence)
    assert not any("[c-" in line for line in evidence)  # only entries are linked
