"""Conversation practice: what a practitioner says back to a question, and how guarded they are.

A question is either chosen from a short list (each part's first intent and the conversation's
distractors, shuffled once per attempt) or typed. A typed question is checked like any trainee
text (characters a report cannot hold are refused, with where they are), cut to
MAX_QUESTION_CHARS, matched by meaning (secondstory.marking.meaning) to the authored
intents and distractors (and to the reviewer's structure in plain words, STRUCTURE_QUESTIONS),
and given a style (secondstory.questions).

What comes back:
- a distractor: its guarded reply;
- a closed, leading, hindsight or blaming question about a part: the part's guarded reply;
- an open question about a part while the practitioner is guarded: a brief reply (the first
  sentence of the part); the part is not drawn out yet;
- an open question about a part otherwise: the part itself (it is drawn out, and opens in the
  case file);
- a question that matches nothing: a short, polite, in-character reply.

Guardedness is a counter per conversation, worked out again from the questions asked (so it is
the same in every tab): a leading, hindsight or blaming question raises it by GUARD_RAISE (to at
most GUARD_MAX); any other question lowers it by one. So after one blaming question the next two
good questions get brief replies, and the third draws the part out.
"""

from __future__ import annotations

import random
import re
import secrets
from dataclasses import dataclass

from secondstory.casefile import person_name
from secondstory.marking.meaning import TextSpace, compare
from secondstory.models import (
    MAX_QUESTION_CHARS,
    MAX_QUESTIONS,
    Analysis,
    AskedQuestion,
    Conversation,
    Interview,
    Scenario,
)
from secondstory.questions import Style, classify, guarding, named_style
from secondstory.textsafe import unsafe_character
from secondstory.vocabulary import CONVERSATION_PARTS, HONORIFICS

PRACTICE_MODE = "conversation"
GUARD_RAISE = 2
GUARD_MAX = 3
# A typed question matches an intent (or a distractor) from this likeness up.
MATCH_AT = 0.45
EMPTY_QUESTION = "Type a question for the practitioner first (or choose one from the list)."
UNMATCHED_REPLY = "I'm not sure I follow. Could you put that another way?"
UNMATCHED_GUARDED_REPLY = (
    "I'd rather not guess at that. I can tell you what I knew at the time, if that helps."
)
# The reviewer's structure in plain questions: matched beside each part's own intents (never
# offered), so that a typed question in the method's own words finds its part in any case.
STRUCTURE_QUESTIONS: dict[str, tuple[str, ...]] = {
    "overview": (
        "How did you see the case overall?",
        "Tell me about your involvement and your role with the family.",
        "What was your first impression of the family?",
    ),
    "turning_points": (
        "What were the turning points for you?",
        "Which moments stood out or changed things?",
    ),
    "thinking": (
        "What did you think was going on at the time, and why?",
        "What was in your mind then?",
        "What were you worried about, and what were you hoping for?",
    ),
    # The prompt areas reviewers explore: the work itself, the team, the network, management,
    # and the wider context.
    "influences": (
        "What influenced you, inside and outside your organisation?",
        "What helped or hindered you, or made it easier or harder to do the work?",
        "What was your caseload and workload like?",
        "What support, supervision or management did you have?",
        "How did the other agencies and professionals work with you?",
        "What did the systems, forms, procedures and thresholds ask of you?",
    ),
    "went_well": ("What went well?", "What worked?", "What are you proud of?"),
    "would_change": ("What would you change?", "What would you do differently in the system?"),
}
_SENTENCE = re.compile(r"(.+?[.!?])(?:\s|$)", re.DOTALL)
_NOTE = re.compile(r"^\([^)]*\)\s*")


@dataclass(frozen=True)
class Choice:
    """A question offered in the list: `key` is 'part:NAME' or 'distractor:N'."""

    key: str
    text: str


@dataclass(frozen=True)
class Match:
    part: str | None
    distractor: int | None
    likeness: float


@dataclass(frozen=True)
class Reply:
    question: AskedQuestion
    text: str
    style: Style
    cut: bool  # the typed question was longer than MAX_QUESTION_CHARS and was cut


def practice_available(scenario: Scenario) -> bool:
    """Conversation practice is offered for a case whose every conversation has complete
    practice material."""
    return bool(scenario.conversations) and all(c.practice_ready for c in scenario.conversations)


def conversation(scenario: Scenario, conversation_id: str) -> Conversation:
    for item in scenario.conversations:
        if item.id == conversation_id:
            return item
    raise KeyError(f"no conversation '{conversation_id}'")


def interview(analysis: Analysis, conversation_id: str) -> Interview:
    for item in analysis.interviews:
        if item.conversation == conversation_id:
            return item
    return Interview(conversation=conversation_id)


def opened_parts(analysis: Analysis) -> set[str]:
    """The parts drawn out so far, as 'CONVERSATION_ID.PART'."""
    return {
        f"{item.conversation}.{q.part}"
        for item in analysis.interviews
        for q in item.questions
        if q.reply == "revealed" and q.part
    }


def closed_parts(scenario: Scenario, analysis: Analysis, mode: str) -> set[str]:
    """The conversation parts the case file keeps closed: in conversation practice, every part
    not drawn out yet; in the other modes, none."""
    if mode != PRACTICE_MODE:
        return set()
    every = {f"{c.id}.{p}" for c in scenario.conversations for p in CONVERSATION_PARTS}
    return every - opened_parts(analysis)


def guard_level(questions: list[AskedQuestion]) -> int:
    level = 0
    for question in questions:
        if guarding(question.style):
            level = min(GUARD_MAX, level + GUARD_RAISE)
        else:
            level = max(0, level - 1)
    return level


def guarded_notice(scenario: Scenario, item: Conversation, analysis: Analysis) -> str | None:
    """The gentle signal shown while the practitioner is guarded."""
    if guard_level(interview(analysis, item.id).questions) == 0:
        return None
    return f"{person_name(scenario, item.practitioner)} is sounding more guarded."


def choices(item: Conversation, analysis: Analysis, seed: str) -> list[Choice]:
    """The questions on offer: the first intent of each part not yet drawn out, and the
    distractors not yet asked, in an order fixed for the attempt (`seed`, e.g. its id)."""
    pool = [Choice(f"part:{name}", item.part(name).intents[0]) for name in CONVERSATION_PARTS]
    pool += [Choice(f"distractor:{i}", d.question) for i, d in enumerate(item.distractors)]
    random.Random(f"{seed}:{item.id}").shuffle(pool)  # noqa: S311 - a display order, no secret
    asked = interview(analysis, item.id).questions
    opened = {q.part for q in asked if q.reply == "revealed"}
    used = {q.distractor for q in asked if q.distractor is not None}
    return [
        c
        for c in pool
        if not (c.key.startswith("part:") and c.key[5:] in opened)
        and not (c.key.startswith("distractor:") and int(c.key[11:]) in used)
    ]


def clean_question(text: str) -> tuple[str, bool]:
    """Typed text as a question, checked like any trainee text: white space collapsed, and cut
    to MAX_QUESTION_CHARS (the flag says it was). ValueError, for the trainee, when nothing is
    left or the text holds a character a report cannot hold (textsafe.unsafe_character)."""
    problem = unsafe_character(text)
    if problem is not None:
        raise ValueError(problem)
    flat = " ".join(text.split())
    if not flat:
        raise ValueError(EMPTY_QUESTION)
    if len(flat) <= MAX_QUESTION_CHARS:
        return flat, False
    return flat[:MAX_QUESTION_CHARS].rstrip(), True


@dataclass(frozen=True)
class _Matcher:
    """One conversation made ready for matching: its words, the names to leave out, and every
    wording a question can match, as (part, distractor, wording without names)."""

    space: TextSpace
    names: re.Pattern[str] | None
    wordings: tuple[tuple[str | None, int | None, str], ...]

    def strip(self, text: str) -> str:
        return _without(self.names, text)


_MATCHERS: dict[tuple[str, str, str], _Matcher] = {}


def _names(scenario: Scenario) -> re.Pattern[str] | None:
    """The words of the people's names: who a question is about says nothing about which part
    of the conversation it asks for, and names are rare enough to outweigh the words that do."""
    people = [*scenario.people.family, *scenario.people.practitioners]
    found = {
        word.strip(".")
        for person in people
        for word in person.name.casefold().split()
        if word.strip(".") not in HONORIFICS and len(word.strip(".")) > 1
    }
    if not found:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?:'s)?\b", re.IGNORECASE)


def _without(names: re.Pattern[str] | None, text: str) -> str:
    return names.sub(" ", text) if names else text


def _matcher(scenario: Scenario, item: Conversation) -> _Matcher:
    key = (scenario.id, scenario.version, item.id)
    found = _MATCHERS.get(key)
    if found is None:
        names = _names(scenario)
        wordings = [
            (part, None, _without(names, wording))
            for part in CONVERSATION_PARTS
            for wording in (*item.part(part).intents, *STRUCTURE_QUESTIONS[part])
        ]
        wordings += [(None, i, _without(names, d.question)) for i, d in enumerate(item.distractors)]
        documents = [_without(names, item.part(n).text) for n in CONVERSATION_PARTS]
        documents += [wording for _, _, wording in wordings]
        space = TextSpace(documents, scenario.expert.synonyms)
        found = _MATCHERS[key] = _Matcher(space, names, tuple(wordings))
    return found


def likeness(space: TextSpace, question: str, wording: str) -> float:
    """How alike a typed question and an authored wording are: the marking's likeness read both
    ways and averaged (read one way only, a question shorter than the wording is refused as too
    short, and one made of a few of its words counts as saying all of it)."""
    asked, authored = space.prepare(question), space.prepare(wording)
    return (compare(space, asked, authored).value + compare(space, authored, asked).value) / 2


def match(scenario: Scenario, item: Conversation, question: str) -> Match:
    """The authored intent or distractor closest in meaning to a typed question, if close enough
    (people's names are left out on both sides)."""
    matcher = _matcher(scenario, item)
    asked = matcher.strip(question)
    best = Match(None, None, 0.0)
    for part, distractor, wording in matcher.wordings:
        value = likeness(matcher.space, asked, wording)
        if value > best.likeness:
            best = Match(part, distractor, value)
    return best if best.likeness >= MATCH_AT else Match(None, None, best.likeness)


def _first_sentence(text: str) -> str:
    """The brief reply: the part's first sentence, after any opening note in brackets (such as
    "(A written account.)")."""
    found = _SENTENCE.match(_NOTE.sub("", " ".join(text.split())))
    return found.group(1) if found else text


def _reply_kind(found: Match, style: Style, level: int) -> str:
    """What kind of reply a question gets, given how guarded the practitioner is (`level`)."""
    if found.distractor is not None:
        return "guarded"
    if found.part is None:
        return "unmatched"
    if style.style != "open":
        return "guarded"
    return "brief" if level > 0 else "revealed"


def reply_text(item: Conversation, question: AskedQuestion) -> str:
    """What the practitioner said to a question already asked (for the transcript)."""
    if question.distractor is not None:
        if question.distractor >= len(item.distractors):  # the case was edited since
            return UNMATCHED_REPLY
        return item.distractors[question.distractor].guarded_reply
    if question.part is None:
        return UNMATCHED_GUARDED_REPLY if guarding(question.style) else UNMATCHED_REPLY
    part = item.part(question.part)
    return {
        "revealed": part.text,
        "brief": _first_sentence(part.text),
        "guarded": part.guarded_reply or "",
    }.get(question.reply, UNMATCHED_REPLY)


def ask(
    analysis: Analysis,
    scenario: Scenario,
    conversation_id: str,
    text: str = "",
    choice: str | None = None,
) -> tuple[Analysis, Reply]:
    """Put a question (a typed `text`, or a `choice` key from `choices`) to the practitioner:
    the analysis with the question recorded, and the reply."""
    item = conversation(scenario, conversation_id)
    before = interview(analysis, conversation_id)
    if len(before.questions) >= MAX_QUESTIONS:
        raise ValueError(
            f"This conversation has reached its {MAX_QUESTIONS} questions: it is time to move on "
            "to the analysis."
        )
    cut = False
    if choice is not None:
        kind, _, which = choice.partition(":")
        if kind == "part" and which in CONVERSATION_PARTS:
            found = Match(which, None, 1.0)
            text = item.part(which).intents[0]
        elif kind == "distractor" and which.isdigit() and int(which) < len(item.distractors):
            found = Match(None, int(which), 1.0)
            text = item.distractors[found.distractor].question
        else:
            raise ValueError("That question is not on the list.")
        style = classify(text)
        if found.distractor is not None and style.style == "open":
            style = named_style("leading")  # a distractor is never a good question
    else:
        text, cut = clean_question(text)
        style = classify(text)
        found = match(scenario, item, text)
    asked = AskedQuestion(
        id="q" + secrets.token_hex(4),
        text=text,
        typed=choice is None,
        part=found.part,
        distractor=found.distractor,
        style=style.style,
        reply=_reply_kind(found, style, guard_level(before.questions)),
    )
    updated = before.model_copy(update={"questions": [*before.questions, asked]})
    interviews = [updated if i.conversation == conversation_id else i for i in analysis.interviews]
    if updated not in interviews:
        interviews.append(updated)
    result = analysis.model_copy(update={"interviews": interviews})
    result = Analysis.model_validate(result.model_dump())
    return result, Reply(asked, reply_text(item, asked), style, cut)
