"""Case file page: the hindsight guard, the agency view, and resuming after a reload."""

from secondstory import workflow
from tests.app.conftest import run_page


def _table_ids(at):
    frame = next(d.value for d in at.dataframe if "what happened" in d.value.columns)
    return list(frame["id"])


def test_reload_with_the_url_brings_back_the_attempt(signed_in, scenario):
    _, code, attempt = signed_in
    at = run_page("case_file", code=code, attempt_id=attempt.id)
    assert not at.exception
    assert [t.value for t in at.title] == ["Case file"]


def test_known_later_entries_are_hidden_until_the_outcome_is_revealed(signed_in, scenario, store):
    person, code, attempt = signed_in
    later = {e.id for e in scenario.chronology if e.known_later}
    assert later, "the test scenario needs entries known only later"
    at = run_page("case_file", code=code, attempt_id=attempt.id)
    shown = set(_table_ids(at))
    assert shown and not shown & later
    assert any("Hindsight guard" in i.value for i in at.info)

    analysis = attempt.analysis
    analysis, episode = workflow.add_episode(analysis, "An episode", [scenario.chronology[1].id])
    analysis = workflow.set_appraisal(analysis, episode, "in_line", "reason")
    store.save_analysis(person.id, attempt.id, workflow.reveal_outcome(analysis))
    at = run_page("case_file", code=code, attempt_id=attempt.id)
    assert later <= set(_table_ids(at))


def test_as_one_agency_saw_it_filters_to_what_it_knew(signed_in, scenario):
    _, code, attempt = signed_in
    at = run_page("case_file", code=code, attempt_id=attempt.id)
    agency = scenario.agencies[0].id
    at.selectbox(key="chron_seen_by").select(agency).run()
    expected = [
        e.id
        for e in scenario.chronology
        if not e.known_later and (e.agency == agency or agency in e.known_to)
    ]
    assert _table_ids(at) == expected


def test_another_trainees_attempt_id_shows_nothing(signed_in, store):
    _, _, attempt = signed_in
    _, other_code = store.create_trainee("Sam")
    at = run_page("case_file", code=other_code, attempt_id=attempt.id)
    assert not at.exception
    assert [t.value for t in at.title] == []
    assert any("Open a case from the Library" in i.value for i in at.info)
