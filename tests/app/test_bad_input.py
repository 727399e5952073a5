"""Bad input on the analysis pages: HTML, Markdown tricks, emoji, right-to-left text, very long
words and over-long answers are saved exactly, shown literally, and never cause a traceback."""

from __future__ import annotations

from secondstory import exchange, workflow
from secondstory.models import MAX_ANSWER_CHARS, TraineeFinding
from secondstory.textsafe import escape_markdown, shorten
from tests.app.conftest import (
    analysis_of,
    answers,
    click,
    errors,
    open_editors,
    run_page,
    type_answer,
)

TITLE = "<script>alert(1)</script> **x** [link](http://x) 🙂👍🏽 שלום עולם"
LONG_WORD = "Unbreakable" * 27 + "end"  # 300 characters, no space
ANSWER = f"{TITLE}\n# not a heading\n- not a list | a | table |\nمرحبا بالعالم {LONG_WORD}"


def _markdown(at):
    return [m.value for m in at.markdown]


def _episode(store, person, attempt, scenario):
    analysis, episode_id = workflow.add_episode(
        attempt.analysis, TITLE, [scenario.chronology[1].id], ANSWER
    )
    return store.save_analysis(person.id, attempt.id, analysis), episode_id


def test_an_episode_added_through_the_form_keeps_every_character(signed_in, scenario, store):
    person, code, attempt = signed_in
    at = run_page("episodes", code, attempt.id)
    next(t for t in at.text_input if t.form_id == "add_episode").input(TITLE)
    next(m for m in at.multiselect if m.form_id == "add_episode").select(scenario.chronology[0].id)
    next(t for t in at.text_area if t.form_id == "add_episode").input(ANSWER)
    at = click(at, "Add episode")
    assert not at.exception
    [episode] = analysis_of(store, person, attempt).episodes
    assert (episode.title, episode.why_key) == (TITLE, ANSWER)


def test_stage_1_shows_the_title_literally(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, _ = _episode(store, person, attempt, scenario)
    at = open_editors(run_page("episodes", code, attempt.id))
    assert not at.exception
    assert f"1. {escape_markdown(TITLE)}" in [s.value for s in at.subheader]
    assert TITLE in [t.value for t in at.text_input]
    assert ANSWER in [a["value"] for a in answers(at).values()]


def test_stages_2_and_3_show_the_title_and_answers_literally(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, episode_id = _episode(store, person, attempt, scenario)
    analysis = workflow.set_appraisal(attempt.analysis, episode_id, "in_line", ANSWER)
    analysis = workflow.update_episode(analysis, episode_id, local_rationality=ANSWER)
    analysis = workflow.add_factor(analysis, episode_id, "human_tool", None, ANSWER, [])
    store.save_analysis(person.id, attempt.id, analysis)
    for page in ("appraisal", "explanation"):
        at = run_page(page, code, attempt.id)
        assert not at.exception
        assert f"1. {escape_markdown(TITLE)}" in [s.value for s in at.subheader]
        assert ANSWER in [a["value"] for a in answers(at).values()]
    # The factor's statement, a paragraph of the factor's text.
    assert any(f"\n\n{escape_markdown(ANSWER)}" in m for m in _markdown(at))


def test_findings_show_the_statement_literally(signed_in, store):
    person, code, attempt = signed_in
    finding = TraineeFinding(statement=ANSWER, case_evidence=ANSWER)
    store.save_analysis(person.id, attempt.id, workflow.add_finding(attempt.analysis, finding))
    at = run_page("findings", code, attempt.id)
    assert not at.exception
    assert f"**Finding 1:** {escape_markdown(shorten(ANSWER))}" in _markdown(at)
    at = open_editors(at)
    assert [a["value"] for a in answers(at).values()][:2] == [ANSWER, ANSWER]


def test_an_over_long_answer_is_capped_in_the_browser_and_refused_with_a_message(
    signed_in, scenario, store
):
    person, code, attempt = signed_in
    attempt, _ = _episode(store, person, attempt, scenario)
    at = run_page("appraisal", code, attempt.id)
    [(key, box)] = answers(at, "appr_").items()
    assert box["max_chars"] == MAX_ANSWER_CHARS
    at = type_answer(at, key, "x" * (MAX_ANSWER_CHARS + 1))
    assert not at.exception
    assert errors(at) == [
        f"This answer is longer than {MAX_ANSWER_CHARS} characters. Shorten it to save it."
    ]
    assert analysis_of(store, person, attempt).episodes[0].appraisal is None


def test_an_over_long_answer_in_an_imported_file_is_refused_with_a_message(
    signed_in, scenario, store
):
    person, code, attempt = signed_in
    too_long = TraineeFinding.model_construct(statement="x" * (MAX_ANSWER_CHARS + 1))
    analysis = workflow.new_analysis(scenario).model_copy(update={"findings": [too_long]})
    at = run_page("my_work", code, attempt.id)
    at.file_uploader[0].upload("long.json", exchange.to_json(analysis).encode(), "application/json")
    at = click(at.run(), "Import this file")
    assert not at.exception
    assert at.error and any("5000" in e.value for e in at.error)
    assert analysis_of(store, person, attempt).findings == []


VT = "\x0b"


def test_a_pasted_control_character_is_refused_with_a_message(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt, episode_id = _episode(store, person, attempt, scenario)
    at = run_page("appraisal", code, attempt.id)
    [(key, _)] = answers(at, "appr_").items()
    at = type_answer(at, key, f"Seen as it was{VT}at the time")
    assert not at.exception
    [error] = errors(at)  # under the box, and only there
    assert "vertical tab (U+000B)" in error and "after “Seen as it was”" in error
    assert analysis_of(store, person, attempt).episodes[0].appraisal is None
    # The refused text is not lost: the box keeps it and says it is not saved.
    assert answers(at)[key]["value"] == f"Seen as it was{VT}at the time"
    assert answers(at)[key]["failed"]
    at = type_answer(at, key, "Seen as it was at the time")
    assert not errors(at) and not answers(at)[key]["failed"]
    assert analysis_of(store, person, attempt).episodes[0].appraisal.reasoning == (
        "Seen as it was at the time"
    )
    at = run_page("episodes", code, attempt.id)
    next(t for t in at.text_input if t.form_id == "add_episode").input(f"New{VT}one")
    next(m for m in at.multiselect if m.form_id == "add_episode").select(scenario.chronology[0].id)
    at = click(at, "Add episode")
    assert not at.exception
    assert any("vertical tab" in e for e in errors(at))
    assert len(analysis_of(store, person, attempt).episodes) == 1
