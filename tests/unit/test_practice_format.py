"""Conversation practice in the scenario format: intents, guarded replies, distractors."""

from __future__ import annotations

from secondstory import loading
from secondstory.summary import scenario_counts
from tests.unit.test_loading import STARTER, line_of

PARTS = {
    "overview": ("How did the case look to you overall?", "I did my visits. It's in the notes."),
    "turning_points": (
        "What moments stood out to you as the case went on?",
        "Nothing stood out at the time.",
    ),
    "thinking": (
        "What did you think was going on for the family then?",
        "I thought they were coping.",
    ),
    "influences": (
        "What was shaping your work with them at that time?",
        "The usual pressures.",
    ),
    "went_well": ("What do you feel went well?", "The visits happened."),
    "would_change": ("What would you like to be different for the next family?", "Not much."),
}


def with_practice(parts=PARTS, distractors=True) -> str:
    text = STARTER
    for part, (intent, reply) in parts.items():
        old = f"    {part}: {{text: "
        start = text.index(old)
        end = text.index("}\n", start)
        body = text[start + len(old) : end]
        new = f'    {part}:\n      text: {body.split(", cites")[0]}\n      intents: ["{intent}"]\n'
        if reply is not None:
            new += f'      guarded_reply: "{reply}"\n'
        text = text[:start] + new + text[end + 2 :]
    if distractors:
        text = text.replace(
            "\noutcome:",
            '    distractors:\n      - question: "Why didn\'t you check the records?"\n'
            '        guarded_reply: "I did what the visit allowed."\n\noutcome:',
            1,
        )
    return text


def load(text: str) -> loading.LoadResult:
    return loading.load_scenario_text(text, "case.yaml")


def test_a_conversation_with_complete_material_loads_and_is_counted():
    result = load(with_practice())
    assert result.ok, result.problems
    assert result.warnings == []
    assert scenario_counts(result.scenario)["practice_conversations"] == 1
    assert result.scenario.conversations[0].practice_ready


def test_files_without_practice_material_load_unchanged():
    result = load(STARTER)
    assert result.ok and result.warnings == []
    assert not result.scenario.conversations[0].practice_ready
    assert scenario_counts(result.scenario)["practice_conversations"] == 0


def test_intents_without_a_guarded_reply_are_refused_at_their_line():
    parts = {**PARTS, "thinking": ("What did you think was going on for the family then?", None)}
    text = with_practice(parts)
    [problem] = load(text).problems
    assert problem.line == line_of(text, "What did you think was going on")
    assert "guarded_reply" in problem.message


def test_the_same_question_twice_in_a_conversation_is_refused():
    parts = {**PARTS, "went_well": ("How did the case look to you overall?", "Fine.")}
    text = with_practice(parts)
    [problem] = load(text).problems
    assert problem.line == line_of(text, "How did the case look to you overall?", nth=2)
    assert "already a question at conversations" in problem.message


def test_an_empty_intent_is_refused():
    text = with_practice().replace('intents: ["What do you feel went well?"]', 'intents: [""]')
    [problem] = load(text).problems
    assert "intents" in str(problem) and problem.line == line_of(text, 'intents: [""]')


def test_a_closed_intent_and_an_open_distractor_are_warned_about():
    text = (
        with_practice()
        .replace("What do you feel went well?", "Did anything go well?")
        .replace("Why didn't you check the records?", "What helped you on the visits?")
    )
    result = load(text)
    assert result.ok
    messages = sorted(w.message for w in result.warnings)
    assert "reads as a closed question" in messages[1]
    assert "reads as an open question" in messages[0]


def test_material_for_some_parts_only_is_warned_about_and_not_counted():
    parts = {k: v for k, v in PARTS.items() if k != "would_change"}
    result = load(with_practice(parts))
    assert result.ok
    [warning] = result.warnings
    assert "missing for would_change" in warning.message
    assert scenario_counts(result.scenario)["practice_conversations"] == 0
