"""Feedback on a trainee's practice conversations, and what it means for the comparison.

For each conversation held: which parts of the practitioner's local rationality were drawn out
and which were missed, each question's style with a better wording, and the path an experienced
reviewer would take (the conversation structure, one open question a part) beside the trainee's.
`unopened_evidence` lists the expert's evidence that came from parts the trainee never opened.
Plain data, so that the screen, the exports and the CLI say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondstory import interview
from secondstory.casefile import person_name
from secondstory.models import QUESTION_STYLES, Analysis, AskedQuestion, Conversation, Scenario
from secondstory.questions import SUGGESTIONS, guarding
from secondstory.vocabulary import CONVERSATION_PARTS

REPLIES = {
    "revealed": "drew the part out",
    "brief": "a brief answer (the practitioner was guarded)",
    "guarded": "a guarded answer",
    "unmatched": "not understood",
}


@dataclass(frozen=True)
class QuestionReview:
    text: str
    style: str  # the style's label
    part: str  # the part's label, or "" when the question matched none
    reply: str
    better: str  # a better wording, or "" for a good open question


@dataclass(frozen=True)
class ConversationReview:
    conversation: str
    practitioner: str
    drawn_out: tuple[str, ...]  # part labels, in the structure's order
    missed: tuple[str, ...]
    questions: tuple[QuestionReview, ...]
    reviewer_path: tuple[tuple[str, str], ...]  # (part label, an open question for it)
    guarding_questions: int


def _better(item: Conversation, question: AskedQuestion) -> str:
    if question.style == "open" and question.part is not None:
        return ""
    if question.part is not None:
        return f"Try: '{item.part(question.part).intents[0]}'"
    if question.style == "open":
        return "Ask about one part of their account, e.g. their turning points or what helped."
    return SUGGESTIONS[question.style]


def review(scenario: Scenario, analysis: Analysis, conversation_id: str) -> ConversationReview:
    item = interview.conversation(scenario, conversation_id)
    asked = interview.interview(analysis, conversation_id).questions
    opened = {q.part for q in asked if q.reply == "revealed"}
    return ConversationReview(
        conversation=conversation_id,
        practitioner=person_name(scenario, item.practitioner),
        drawn_out=tuple(label for p, label in CONVERSATION_PARTS.items() if p in opened),
        missed=tuple(label for p, label in CONVERSATION_PARTS.items() if p not in opened),
        questions=tuple(
            QuestionReview(
                text=q.text,
                style=QUESTION_STYLES[q.style],
                part=CONVERSATION_PARTS[q.part] if q.part else "",
                reply=REPLIES[q.reply],
                better=_better(item, q),
            )
            for q in asked
        ),
        reviewer_path=tuple(
            (label, item.part(p).intents[0]) for p, label in CONVERSATION_PARTS.items()
        ),
        guarding_questions=sum(1 for q in asked if guarding(q.style)),
    )


def reviews(scenario: Scenario, analysis: Analysis) -> list[ConversationReview]:
    """A review of each conversation the trainee has asked anything in, in the case's order."""
    held = {i.conversation for i in analysis.interviews if i.questions}
    return [review(scenario, analysis, c.id) for c in scenario.conversations if c.id in held]


@dataclass(frozen=True)
class UnopenedEvidence:
    episode: str  # the expert episode's title
    factor: str  # the expert factor's statement
    parts: tuple[str, ...]  # "Name: part label" for each part never opened


def unopened_evidence(scenario: Scenario, analysis: Analysis) -> list[UnopenedEvidence]:
    """Expert factors whose evidence includes conversation parts the trainee never drew out
    (a whole conversation counts as unopened when none of its parts was)."""
    opened = interview.opened_parts(analysis)
    conversations = {c.id: c for c in scenario.conversations}
    found = []
    for episode in scenario.expert.episodes:
        for factor in episode.factors:
            parts = []
            for ref in factor.evidence:
                conversation_id, _, part = ref.partition(".")
                item = conversations.get(conversation_id)
                if item is None:
                    continue
                name = person_name(scenario, item.practitioner)
                if part and ref not in opened:
                    parts.append(f"{name}: {CONVERSATION_PARTS[part]}")
                elif not part and not any(o.startswith(f"{conversation_id}.") for o in opened):
                    parts.append(f"{name}: the whole conversation")
            if parts:
                found.append(UnopenedEvidence(episode.title, factor.statement, tuple(parts)))
    return found


def review_lines(review_: ConversationReview) -> list[str]:
    """The review as plain lines, for the command line."""
    lines = [
        f"Conversation with {review_.practitioner}",
        f"  Drawn out: {', '.join(review_.drawn_out) or 'nothing yet'}",
        f"  Missed: {', '.join(review_.missed) or 'nothing'}",
    ]
    for q in review_.questions:
        lines.append(f"  - {q.text} [{q.style}; {q.reply}]")
        if q.better:
            lines.append(f"      {q.better}")
    lines.append("  An experienced reviewer's path:")
    lines += [f"    {label}: {question}" for label, question in review_.reviewer_path]
    return lines
