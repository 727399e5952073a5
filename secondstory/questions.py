"""The style of a question put to a practitioner, with the reason and a better wording.

Styles, checked in this order (the first that applies wins, because a blaming question asked as
a yes/no question is above all blaming):
- **blame**: the language coach's blame flags, or "why didn't you", "why did you not",
  "whose fault", "who was responsible for";
- **hindsight**: the coach's hindsight or counterfactual flags, or "looking back", "now that we
  know", "in hindsight", "with hindsight", "if you had", "should you have";
- **leading**: the answer is put in the practitioner's mouth: "wouldn't you agree", "surely",
  "isn't it", "don't you think", "wasn't it obvious", "you must have", "I assume", or a tag
  question ("..., didn't you?");
- **closed**: opens with a word that asks for yes or no (did, were, was, is, do, could...),
  unless it is a request for an account ("Could you talk me through...");
- **open**: anything else (what, how, tell me about, talk me through...).

The coach does not flag questions for a partnership board; a question to a practitioner is not
one, so it is read here as a statement (its question marks made full stops). Only the coach's
rules are used: its sentence model learnt from analyses, not from questions, and reads some
plain open questions as blame. Pure and
deterministic: the same question always gets the same style and reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from secondstory.coach import coach, from_model

_BLAME = re.compile(
    r"\b(why didn'?t you|why did you not|why did(?:n'?t| not) (?:anyone|anybody|you)|whose fault"
    r"|who (?:was|is) (?:responsible|to blame)|how could you|why on earth|fail(?:ed)? to"
    r"|why did it take (?:you|so long)|what took (?:you|so long))\b",
    re.IGNORECASE,
)
_HINDSIGHT = re.compile(
    r"\b(looking back|now (?:that )?we know|in hindsight|with hindsight|with the benefit of"
    r"|if (?:only )?you had|(?:should|could)(?:n'?t)? you have|should have|could have|would have been"
    r"|knowing what (?:we|you) know)\b",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"\b(wouldn'?t you (?:agree|say)|surely|isn'?t it|wasn'?t it|don'?t you (?:think|agree)"
    r"|didn'?t you (?:think|feel|realise|see)|you must have|i assume|i take it|obviously"
    r"|it'?s fair to say|was it not|is it not|aren'?t you|weren'?t you)\b"
    # a tag question: "..., didn't you?"
    r"|,\s*(?:did|do|was|is|were|are|have|has|had|could|would|should)n'?t (?:you|it|they|she|he|we)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
_CLOSED_START = re.compile(
    r"^\s*(?:so,?\s+|and\s+|but\s+)?(did|didn'?t|were|weren'?t|was|wasn'?t|is|isn'?t|are|aren'?t"
    r"|do|don'?t|does|doesn'?t|could|couldn'?t|would|wouldn'?t|should|shouldn'?t|can|can'?t|have"
    r"|haven'?t|has|hasn'?t|had|hadn'?t|will|won'?t|shall|may|might|must)\b",
    re.IGNORECASE,
)
# "Could you tell me about..." is a request for an account, not a yes/no question.
_REQUEST = re.compile(
    r"^\s*(?:could|can|would|will) you (?:please )?(?:talk|tell|describe|say (?:more|a bit)|walk"
    r"|explain|take me|help me|share|give me|think back|go back)\b",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})

SUGGESTIONS: dict[str, str] = {
    "open": "An open question: it lets the practitioner tell it their way.",
    "closed": (
        "Ask it openly, so that they can answer in their own words, e.g. 'What was going "
        "through your mind when...?' or 'Tell me about...'."
    ),
    "leading": (
        "Leave your view out of the question, e.g. 'How did it look to you at the time?' "
        "rather than 'Surely it was obvious?'."
    ),
    "hindsight": (
        "Ask about what they knew then, not what is known now, e.g. 'What did you know at "
        "that point, and what were you weighing up?'."
    ),
    "blame": (
        "Ask what made sense at the time, not why something did not happen, e.g. 'Talk me "
        "through how you decided what to do next.'"
    ),
}
REASONS: dict[str, str] = {
    "open": "Asks for their account in their own words.",
    "closed": "Can be answered yes or no, so it gets a short answer.",
    "leading": "Puts an answer in their mouth.",
    "hindsight": "Judges the time by what is known now.",
    "blame": "Names what they did not do, so it reads as blame.",
}


@dataclass(frozen=True)
class Style:
    """A question's style, the phrase that decided it (if any), why it matters, and a better way."""

    style: str
    phrase: str
    reason: str
    suggestion: str


def named_style(style: str, phrase: str = "") -> Style:
    return Style(style, phrase, REASONS[style], SUGGESTIONS[style])


def classify(question: str) -> Style:
    text = " ".join(question.translate(_APOSTROPHES).split())
    flags = [f for f in coach(text.replace("?", ".")) if not from_model(f)]
    kinds = {flag.kind: flag.text for flag in flags}
    found = _BLAME.search(text)
    if "blame" in kinds or found:
        return named_style("blame", kinds.get("blame") or found.group())
    found = _HINDSIGHT.search(text)
    for kind in ("hindsight", "counterfactual"):
        if kind in kinds:
            return named_style("hindsight", kinds[kind])
    if found:
        return named_style("hindsight", found.group())
    found = _LEADING.search(text)
    if found:
        return named_style("leading", found.group())
    found = _CLOSED_START.match(text)
    if found and not _REQUEST.match(text):
        return named_style("closed", found.group(1))
    return named_style("open")


def guarding(style: str) -> bool:
    """Whether a question of this style makes a practitioner more guarded."""
    return style in ("blame", "hindsight", "leading")
