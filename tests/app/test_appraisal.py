"""Stage 2 page: ratings and reasoning saved at once, the language coach, the hindsight guard."""

from __future__ import annotations

from secondstory import workflow
from secondstory.textsafe import escape_markdown
from tests.app.conftest import (
    analysis_of,
    answers,
    button,
    checklist,
    click,
    run_page,
    shown_text,
    type_answer,
)

REVEAL = "Reveal the outcome"


def _with_episodes(store, person, attempt, scenario, count=2):
    analysis = attempt.analysis
    for number in range(count):
        analysis, _ = workflow.add_episode(
            analysis, f"Episode {number + 1}", [scenario.chronology[number].id]
        )
    return store.save_analysis(person.id, attempt.id, analysis)


def _appraise(at, number, rating, reasoning):
    radio = [r for r in at.radio if r.key and r.key.startswith("appr_")][number]
    radio.set_value(rating).run()
    key = list(answers(at, "appr_"))[number]
    return type_answer(at, key, reasoning)


def test_without_episodes_the_page_sends_the_trainee_to_stage_1(signed_in):
    _, code, attempt = signed_in
    at = run_page("appraisal", code, attempt.id)
    assert not at.exception
    assert "Choose your key practice episodes first." in [i.value for i in at.info]
    assert not at.radio


def test_a_rating_and_reasoning_are_saved_and_come_back_after_a_reload(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario)
    at = run_page("appraisal", code, attempt.id)
    at = _appraise(at, 0, "good_practice", "The visit was timely and well recorded.")
    assert not at.exception
    first = analysis_of(store, person, attempt).episodes[0].appraisal
    assert (first.rating, first.reasoning) == (
        "good_practice",
        "The visit was timely and well recorded.",
    )
    assert analysis_of(store, person, attempt).episodes[1].appraisal is None
    at = run_page("appraisal", code, attempt.id)
    radio = [r for r in at.radio if r.key.startswith("appr_")][0]
    assert radio.value == "good_practice"
    assert list(answers(at, "appr_").values())[0]["value"] == (
        "The visit was timely and well recorded."
    )


def test_reasoning_typed_before_a_rating_is_saved_without_a_clash(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, count=1)
    at = run_page("appraisal", code, attempt.id)
    [key] = answers(at, "appr_")
    at = type_answer(at, key, "The health visitor had no reason to doubt the account.")
    assert not at.exception
    assert "Changed in two places: choose what to keep" not in [s.value for s in at.subheader]
    [episode] = analysis_of(store, person, attempt).episodes
    assert episode.appraisal.reasoning == "The health visitor had no reason to doubt the account."
    # No rating is chosen for the trainee: the radio and the saved appraisal agree.
    assert episode.appraisal.rating is None
    assert next(r for r in at.radio if r.key.startswith("appr_")).value is None
    assert "Your reasoning is saved. Choose a rating to complete this appraisal." in [
        c.value for c in at.caption
    ]
    assert button(at, REVEAL).disabled
    at = run_page("appraisal", code, attempt.id)
    assert next(r for r in at.radio if r.key.startswith("appr_")).value is None
    assert checklist(at)["Every episode has a rating"] is False
    at = _appraise(at, 0, "in_line", "The health visitor had no reason to doubt the account.")
    assert analysis_of(store, person, attempt).episodes[0].appraisal.rating == "in_line"
    assert not button(at, REVEAL).disabled


def test_the_language_coach_flags_blame_and_hindsight_wording(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, count=1)
    at = run_page("appraisal", code, attempt.id)
    at = _appraise(
        at,
        0,
        "below_expectations",
        "The health visitor failed to follow up and should have made a referral.",
    )
    assert not at.exception
    coach = [m.value for m in at.markdown if m.value.startswith("**Language coach**")]
    assert coach, shown_text(at)
    flagged = " ".join(m.value for m in at.markdown if m.value.startswith("- *"))
    assert escape_markdown("failed to") in flagged
    assert escape_markdown("should have") in flagged
    assert "Try:" in flagged


def test_neutral_wording_gets_no_coach_flags(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, count=1)
    at = run_page("appraisal", code, attempt.id)
    at = _appraise(at, 0, "in_line", "The visit followed the service's guidance at the time.")
    assert not any(m.value.startswith("**Language coach**") for m in at.markdown)


def test_cannot_say_yet_with_a_reason_opens_the_outcome(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, count=1)
    at = run_page("appraisal", code, attempt.id)
    assert button(at, REVEAL).disabled
    at = _appraise(at, 0, "cannot_say", "Nothing in the records said what the GP had been told.")
    assert not button(at, REVEAL).disabled


def test_the_outcome_is_revealed_only_when_every_episode_is_appraised(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario)
    at = run_page("appraisal", code, attempt.id)
    assert button(at, REVEAL).disabled
    assert escape_markdown("Appraise episode 'Episode 1' first.") in [c.value for c in at.caption]
    at = _appraise(at, 0, "good_practice", "Timely.")
    assert button(at, REVEAL).disabled
    at = _appraise(at, 1, "below_expectations", "No record of the reason for delay.")
    assert not button(at, REVEAL).disabled
    at = click(at, REVEAL)
    assert not at.exception
    assert analysis_of(store, person, attempt).outcome_revealed
    assert escape_markdown(scenario.outcome) in [m.value for m in at.markdown]
    assert REVEAL not in [b.label for b in at.button]


def test_after_the_reveal_edits_are_kept_apart_from_the_original(signed_in, scenario, store):
    person, code, attempt = signed_in
    analysis = _with_episodes(store, person, attempt, scenario, count=1).analysis
    episode_id = analysis.episodes[0].id
    analysis = workflow.set_appraisal(analysis, episode_id, "good_practice", "Judged at the time.")
    store.save_analysis(person.id, attempt.id, workflow.reveal_outcome(analysis))
    at = run_page("appraisal", code, attempt.id)
    assert any("Before the outcome" in m.value for m in at.markdown)
    assert "Judged at the time\\." in [c.value for c in at.caption]
    radio = next(r for r in at.radio if r.key.startswith("appr_"))
    assert radio.label == "Your revised appraisal"
    at = _appraise(at, 0, "below_expectations", "Knowing the outcome, I now see the gap.")
    assert not at.exception
    saved = analysis_of(store, person, attempt).episodes[0]
    assert (saved.appraisal.rating, saved.appraisal.reasoning) == (
        "good_practice",
        "Judged at the time.",
    )
    assert (saved.appraisal_after_reveal.rating, saved.appraisal_after_reveal.reasoning) == (
        "below_expectations",
        "Knowing the outcome, I now see the gap.",
    )
    at = run_page("appraisal", code, attempt.id)
    assert next(r for r in at.radio if r.key.startswith("appr_")).value == "below_expectations"


def test_the_checklist_ticks_ratings_and_reasoning_as_they_are_given(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, count=1)
    at = run_page("appraisal", code, attempt.id)
    rating, reasoning = "Every episode has a rating", "Every episode has your reasoning"
    ticks = checklist(at)
    assert ticks[rating] is False
    assert [done for rule, done in ticks.items() if rule.startswith(reasoning)] == [False]
    assert any(escape_markdown("Appraise episode 'Episode 1'.") in m.value for m in at.markdown)
    at = _appraise(at, 0, "good_practice", "Timely, as the guidance asked.")
    ticks = checklist(at)
    assert ticks[rating] is True
    assert [done for rule, done in ticks.items() if rule.startswith(reasoning)] == [True]


def test_each_episode_shows_its_case_entries_with_what_happened(signed_in, scenario, store):
    person, code, attempt = signed_in
    attempt = _with_episodes(store, person, attempt, scenario, count=2)
    at = run_page("appraisal", code, attempt.id)
    labels = [e.label for e in at.expander if e.label.startswith("The entries in this episode")]
    assert labels == ["The entries in this episode (1)"] * 2
    # Drawn only once opened (a closed expander's content would cost every run).
    closed = [m.value for m in at.markdown]
    for entry in scenario.chronology[:2]:
        assert escape_markdown(entry.what_happened) not in closed
    at.session_state["entries_1"] = True
    at.session_state["entries_2"] = True
    at = at.run()
    markdown = [m.value for m in at.markdown]
    for entry in scenario.chronology[:2]:
        assert f"**{escape_markdown(entry.id)} · {escape_markdown(entry.title)}**" in markdown
        assert escape_markdown(entry.what_happened) in markdown
