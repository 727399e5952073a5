"""The words that explain one text's credit: what it shared with the expert's, what it lacked,
and what lowered it. Every stage that marks a text by meaning uses these."""

from __future__ import annotations

from secondstory.marking.models import Lowered, TextCredit
from secondstory.marking.rules import KEPT_AFTER, TextMark

LOWERED_WHY = {
    "blame": (
        "A verdict on a person, not an explanation: say what in the work shaped what they did."
    ),
    "counterfactual": (
        "Names what did not happen, which explains nothing: describe what happened and why it "
        "made sense then."
    ),
    "hindsight": ("Leans on what was known only later: judge by what could be known at the time."),
    "reflexive_fix": (
        "A stock remedy (training, a reminder, a new form): ask what made the work hard to do "
        "well instead."
    ),
    "case_specific": (
        "About this case's people: name the pattern that would recur with other families and "
        "other workers."
    ),
    "excuses_system": (
        "Puts the cause in one person, or says the system was fine, where the expert finds "
        "conditions in the system that shaped the practice."
    ),
}


def text_credit(mark: TextMark, what: str) -> TextCredit:
    likeness = mark.likeness
    if likeness.too_short:
        note = f"Your {what} is too short to compare (a few words at least): nothing to credit."
    elif likeness.value >= 0.75:
        note = "Says much of what the expert says."
    elif likeness.value >= 0.35:
        note = "Says part of what the expert says."
    else:
        note = "Says little of what the expert says."
    if likeness.missing and not likeness.too_short and likeness.value < 1:
        note += f" The expert's key ideas you did not name: {', '.join(likeness.missing)}."
    lowered = [
        Lowered(
            kind=kind,
            text=phrase,
            why=f"{LOWERED_WHY[kind]} (keeps {KEPT_AFTER[kind]:.0%} of the credit)",
        )
        for kind, phrase in mark.lowered_by
    ]
    return TextCredit(
        likeness=likeness.value,
        credit=mark.credit,
        shared=list(likeness.shared),
        missing=list(likeness.missing),
        lowered_by=lowered,
        note=note,
    )
