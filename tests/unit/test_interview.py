"""Conversation practice: matching typed questions to intents, question styles, guardedness.

The expected matches below were written from what a reviewer would say each question is asking,
before the matcher was run on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from secondstory import interview, loading, workflow
from secondstory.interview import ask, choices, guard_level, opened_parts
from secondstory.models import MAX_QUESTION_CHARS, MAX_QUESTIONS, AskedQuestion, Interview
from secondstory.questions import classify

ROOT = Path(__file__).resolve().parents[2]
CASE = loading.load_scenario_file(ROOT / "scenarios" / "cumulative-neglect.yaml").scenario
TEACHER = interview.conversation(CASE, "c-teacher")
FSW = interview.conversation(CASE, "c-fsw")


@pytest.mark.parametrize(
    ("item", "question", "part", "distractor"),
    [
        (
            TEACHER,
            "Can you tell me what the children were like at breakfast club?",
            "overview",
            None,
        ),
        (TEACHER, "What moments changed the way you saw things?", "turning_points", None),
        (
            TEACHER,
            "What did you think was happening for Tanya and the children back then?",
            "thinking",
            None,
        ),
        (TEACHER, "What made it easier or harder to record your worries?", "influences", None),
        (TEACHER, "What worked well, do you think?", "went_well", None),
        (TEACHER, "What would you change for the next family?", "would_change", None),
        (TEACHER, "Why didn't you refer them to social care?", None, 0),
        (TEACHER, "Looking back, wasn't it obvious they were neglected?", None, 1),
        (TEACHER, "What's your favourite football team?", None, None),
        (FSW, "What pressures shaped how the early help plan was closed?", "influences", None),
        (FSW, "What do you feel proud of in your work with Tanya?", "went_well", None),
    ],
)
def test_typed_questions_match_the_intent_a_reviewer_would_name(item, question, part, distractor):
    found = interview.match(CASE, item, question)
    assert (found.part, found.distractor) == (part, distractor)


@pytest.mark.parametrize(
    ("question", "style"),
    [
        ("Why didn't you read the file?", "blame"),
        ("Who was responsible for the delay?", "blame"),
        ("Looking back, wasn't it obvious?", "hindsight"),
        ("Now that we know what happened, was the closure right?", "hindsight"),
        ("Wouldn't you agree the referral was late?", "leading"),
        ("Surely you could see she was struggling?", "leading"),
        ("You closed it at six months, didn't you?", "leading"),
        ("Did you speak to the school?", "closed"),
        ("Was the flat cold?", "closed"),
        ("What was it like visiting the family that winter?", "open"),
        ("Could you talk me through that morning?", "open"),
        ("Tell me about the children as you knew them.", "open"),
    ],
)
def test_question_styles(question, style):
    found = classify(question)
    assert found.style == style
    assert found.suggestion and found.reason


def asked(*styles: str) -> list[AskedQuestion]:
    return [AskedQuestion(style=s) for s in styles]


def test_guardedness_rises_with_blame_and_eases_a_turn_at_a_time():
    assert guard_level(asked()) == 0
    assert guard_level(asked("blame")) == 2
    assert guard_level(asked("blame", "open")) == 1
    assert guard_level(asked("blame", "open", "open")) == 0
    assert guard_level(asked("hindsight", "leading")) == 3  # capped
    assert guard_level(asked("closed", "closed")) == 0  # closed questions do not raise it


def test_a_blaming_question_closes_the_practitioner_down_for_two_turns():
    analysis = workflow.new_analysis(CASE)
    analysis, reply = ask(analysis, CASE, "c-teacher", choice="part:overview")
    assert reply.question.reply == "revealed" and reply.text == TEACHER.overview.text
    assert interview.guarded_notice(CASE, TEACHER, analysis) is None
    analysis, reply = ask(analysis, CASE, "c-teacher", "Why didn't you read the file?")
    assert reply.question.style == "blame"
    assert interview.guarded_notice(CASE, TEACHER, analysis) == (
        "Greg Tolley is sounding more guarded."
    )
    analysis, first = ask(analysis, CASE, "c-teacher", choice="part:thinking")
    analysis, second = ask(analysis, CASE, "c-teacher", choice="part:thinking")
    analysis, third = ask(analysis, CASE, "c-teacher", choice="part:thinking")
    assert [r.question.reply for r in (first, second, third)] == ["brief", "brief", "revealed"]
    assert first.text == "I thought Tanya loved them and was struggling, and I still think that."
    assert opened_parts(analysis) == {"c-teacher.overview", "c-teacher.thinking"}


def test_a_closed_question_about_a_part_gets_the_guarded_reply_and_opens_nothing():
    analysis = workflow.new_analysis(CASE)
    analysis, reply = ask(
        analysis, CASE, "c-teacher", "Did you log what Lacey said about breakfast?"
    )
    assert reply.question.style == "closed"
    if reply.question.part is not None:
        assert reply.text == TEACHER.part(reply.question.part).guarded_reply
    assert opened_parts(analysis) == set()


def test_a_distractor_gets_its_guarded_reply():
    analysis, reply = ask(workflow.new_analysis(CASE), CASE, "c-teacher", choice="distractor:0")
    assert reply.text == TEACHER.distractors[0].guarded_reply
    assert reply.question.style == "blame"


def test_an_unmatched_question_gets_a_short_polite_reply():
    analysis, reply = ask(workflow.new_analysis(CASE), CASE, "c-teacher", "Nice weather today?")
    assert reply.question.reply == "unmatched"
    assert reply.text == interview.UNMATCHED_REPLY


def test_typed_text_is_cut_and_refused_when_empty_or_unsafe():
    analysis = workflow.new_analysis(CASE)
    with pytest.raises(ValueError, match="Type a question"):
        ask(analysis, CASE, "c-teacher", "   \n\t ")
    with pytest.raises(ValueError, match="a vertical tab"):
        ask(analysis, CASE, "c-teacher", "What \x0bdid you make of it?")
    _, reply = ask(analysis, CASE, "c-teacher", "What did you   make <b>of</b> it?" * 40)
    assert reply.cut and len(reply.question.text) <= MAX_QUESTION_CHARS
    assert "  " not in reply.question.text


def test_choices_are_shuffled_once_per_attempt_and_drop_what_is_done():
    analysis = workflow.new_analysis(CASE)
    first = choices(TEACHER, analysis, "attempt-1")
    assert first == choices(TEACHER, analysis, "attempt-1")
    assert len(first) == 6 + len(TEACHER.distractors)
    assert {c.text for c in first} >= {TEACHER.part(p).intents[0] for p in ("overview", "thinking")}
    orders = {tuple(c.key for c in choices(TEACHER, analysis, f"attempt-{n}")) for n in range(5)}
    assert len(orders) > 1
    analysis, _ = ask(analysis, CASE, "c-teacher", choice="part:overview")
    analysis, _ = ask(analysis, CASE, "c-teacher", choice="distractor:1")
    after = [c.key for c in choices(TEACHER, analysis, "attempt-1")]
    assert after == [c.key for c in first if c.key not in ("part:overview", "distractor:1")]


def test_an_unknown_choice_is_refused():
    with pytest.raises(ValueError, match="not on the list"):
        ask(workflow.new_analysis(CASE), CASE, "c-teacher", choice="part:nothing")


def test_practice_is_offered_only_for_cases_with_complete_material():
    assert interview.practice_available(CASE)
    tutorial = loading.load_scenario_file(
        ROOT / "scenarios" / "tutorial-nursery-concerns.yaml"
    ).scenario
    assert not interview.practice_available(tutorial)


DOMESTIC_ABUSE = loading.load_scenario_file(
    ROOT / "scenarios" / "good-practice-domestic-abuse.yaml"
).scenario


@pytest.mark.parametrize(
    ("question", "part", "distractor"),
    [
        ("Tell me about your role with the family.", "overview", None),
        ("Which moments stood out to you?", "turning_points", None),
        ("What were you worried about for Leo and Ruby?", "thinking", None),
        ("What was your caseload like when you got the case?", "influences", None),
        ("What do you feel went well?", "went_well", None),
        ("What would you change about the strategy discussion guidance?", "would_change", None),
        ("Why didn't your team act on the probation email?", None, 0),
    ],
)
def test_questions_in_the_methods_own_words_find_their_part_in_another_case(
    question, part, distractor
):
    item = interview.conversation(DOMESTIC_ABUSE, "c-sw")
    found = interview.match(DOMESTIC_ABUSE, item, question)
    assert (found.part, found.distractor) == (part, distractor)


def test_a_brief_reply_leaves_out_an_opening_note_in_brackets():
    written = interview.conversation(CASE, "c-sw1")
    asked = AskedQuestion(part="overview", reply="brief")
    assert interview.reply_text(written, asked) == (
        "I was allocated the single assessment in February 2022 after the school's referral "
        "about hunger, attendance and Kieran looking after his brother and sister."
    )


def test_a_conversation_stops_taking_questions_at_its_limit():
    full = Interview(conversation="c-teacher", questions=asked(*["open"] * MAX_QUESTIONS))
    analysis = workflow.new_analysis(CASE).model_copy(update={"interviews": [full]})
    with pytest.raises(ValueError, match="time to move on"):
        ask(analysis, CASE, "c-teacher", choice="part:overview")
