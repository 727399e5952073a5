"""My work page: the history of attempts, export and import of the analysis file, access rules."""

from __future__ import annotations

import io

from docx import Document

from secondstory import exchange, loading, workflow
from secondstory.reference import reference_analysis
from tests.app.conftest import analysis_of, click, errors, run_page, served_bytes


def _served(at, downloads, label):
    data = served_bytes(at, downloads, label)
    return data.decode("utf-8") if isinstance(data, bytes) else data


def test_the_history_lists_every_attempt_and_opens_one(start, store, library):
    person, code, _, scenario = start()
    other = library.scenarios["baby-unexplained-bruise"]
    second = store.start_attempt(person.id, other.id, other.version, "full")
    at = run_page("my_work", code)
    assert not at.exception
    frame = at.dataframe[0].value
    assert sorted(frame["mode"]) == ["full", "guided"]
    assert scenario.title in set(frame["case"])
    pick = at.selectbox(key="history_pick")
    assert len(pick.options) == 2
    pick.set_value(second.id)
    at = click(at.run(), "Open this attempt")
    assert not at.exception
    assert at.query_params["attempt"] in (second.id, [second.id])
    assert [t.value for t in at.title] == ["Case file"]


def test_exports_round_trip_through_the_loader(signed_in, scenario, store, downloads):
    person, code, attempt = signed_in
    analysis, _ = workflow.add_episode(
        attempt.analysis, "Hungry mornings <b>", [scenario.chronology[1].id], "Why: «key» 🙂"
    )
    store.save_analysis(person.id, attempt.id, analysis)
    at = run_page("my_work", code, attempt.id)
    assert not at.exception
    for label, name in (("Download as YAML", "a.yaml"), ("Download as JSON", "a.json")):
        text = _served(at, downloads, label)
        assert loading.load_analysis_text(text, name) == analysis


def test_importing_a_file_replaces_the_analysis(signed_in, scenario, store):
    person, code, attempt = signed_in
    wanted = reference_analysis(scenario)
    at = run_page("my_work", code, attempt.id)
    at.file_uploader[0].upload("mine.yaml", exchange.to_yaml(wanted).encode(), "application/yaml")
    at = click(at.run(), "Import this file")
    assert not at.exception
    assert [s.value for s in at.success] == ["Imported. Your analysis has been replaced and saved."]
    assert analysis_of(store, person, attempt).episodes == wanted.episodes


def test_a_hand_written_file_without_episode_ids_imports_and_every_stage_opens(
    signed_in, scenario, store
):
    person, code, attempt = signed_in
    first, second = (e.id for e in scenario.chronology[:2])
    text = (
        "format: secondstory-analysis\nepisodes:\n"
        f"  - title: One\n    entries: [{first}]\n"
        f"  - title: Two\n    entries: [{second}]\n"
    )
    at = run_page("my_work", code, attempt.id)
    at.file_uploader[0].upload("hand.yaml", text.encode(), "application/yaml")
    at = click(at.run(), "Import this file")
    assert not at.exception
    episodes = analysis_of(store, person, attempt).episodes
    assert [e.title for e in episodes] == ["One", "Two"]
    assert len({e.id for e in episodes}) == 2 and all(e.id for e in episodes)
    for page in ("episodes", "appraisal", "explanation", "findings"):
        assert not run_page(page, code, attempt.id).exception, page


def test_importing_a_file_for_another_case_gives_a_clear_error(signed_in, scenario, store):
    person, code, attempt = signed_in
    other = workflow.new_analysis(scenario).model_copy(update={"scenario": "another-case"})
    at = run_page("my_work", code, attempt.id)
    at.file_uploader[0].upload("other.json", exchange.to_json(other).encode(), "application/json")
    at = click(at.run(), "Import this file")
    assert not at.exception
    [error] = errors(at)
    assert "this analysis is for the case 'another-case'" in error
    assert f"not '{scenario.id}'" in error
    assert analysis_of(store, person, attempt) == attempt.analysis


def test_importing_a_broken_file_gives_a_clear_error(signed_in, store):
    person, code, attempt = signed_in
    at = run_page("my_work", code, attempt.id)
    at.file_uploader[0].upload("broken.yaml", b"episodes: [oops\n", "application/yaml")
    at = click(at.run(), "Import this file")
    assert not at.exception
    assert at.error and all("broken.yaml" in e for e in errors(at))
    assert analysis_of(store, person, attempt) == attempt.analysis


def test_another_trainees_attempt_cannot_be_opened_from_the_url(signed_in, store, downloads):
    _, _, theirs = signed_in
    _, my_code = store.create_trainee("Sam")
    at = run_page("my_work", my_code, theirs.id)
    assert not at.exception
    assert "attempt" not in at.query_params
    assert not at.get("download_button")
    assert not at.dataframe
    assert [i.value for i in at.info] == ["You have no attempts yet. Open a case from the Library."]


def test_a_submitted_attempt_stored_with_control_characters_still_exports(
    signed_in, scenario, store, downloads
):
    """Text stored before input refused characters XML cannot hold: the Word report, the
    Markdown report and the analysis files are all still served."""
    person, code, attempt = signed_in
    analysis, episode_id = workflow.add_episode(
        attempt.analysis, "Visit", [scenario.chronology[1].id]
    )
    analysis = workflow.set_appraisal(analysis, episode_id, "in_line", "Seen at the time")
    episode = analysis.episodes[0].model_copy(update={"title": "Visit\x0bhome"})
    analysis = analysis.model_copy(update={"episodes": [episode]})
    store.save_analysis(person.id, attempt.id, analysis)
    store.submit_attempt(person.id, attempt.id)
    at = run_page("my_work", code, attempt.id)
    assert not at.exception
    word = served_bytes(at, downloads, "Download report (Word)")
    table = Document(io.BytesIO(word)).tables[0]
    assert table.rows[1].cells[0].text == "Visit home"
    assert "Visit home" in _served(at, downloads, "Download report (Markdown)")
    for label in ("Download as YAML", "Download as JSON"):
        again = loading.load_analysis_text(_served(at, downloads, label))
        assert again.episodes[0].title == "Visit home"


def test_an_imported_file_cannot_reveal_the_outcome(signed_in, scenario, store):
    person, code, attempt = signed_in
    forged = reference_analysis(scenario).model_copy(
        update={"outcome_revealed": True, "revealed_expert_episodes": True}
    )
    at = run_page("my_work", code, attempt.id)
    at.file_uploader[0].upload("forged.yaml", exchange.to_yaml(forged).encode(), "text/yaml")
    at = click(at.run(), "Import this file")
    assert not at.exception
    saved = analysis_of(store, person, attempt)
    assert saved.outcome_revealed is False and saved.revealed_expert_episodes is False
    assert saved.episodes == forged.episodes
    [warning] = [w.value for w in at.warning]
    assert warning.startswith("Not imported, because only the app records it:")
    assert "outcome" in warning and "expert's episodes" in warning
    at = run_page("appraisal", code, attempt.id)
    assert "Reveal the outcome" in [b.label for b in at.button]
