"""A cohort's conversation practice on one case, for the facilitator's debrief: which parts of
each practitioner's conversation the group drew out most and least, and how its questions read.

Each trainee's attempt that counts (`debrief.latest_per_trainee`) is read, if it was held in
conversation practice mode. Counts only: no trainee is named.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from secondstory.casefile import person_name
from secondstory.debrief import latest_per_trainee
from secondstory.interview import PRACTICE_MODE, opened_parts
from secondstory.models import QUESTION_STYLES, Scenario
from secondstory.storage.records import Attempt, Trainee
from secondstory.vocabulary import CONVERSATION_PARTS


@dataclass(frozen=True)
class PartDrawnOut:
    practitioner: str
    part: str  # the part's label
    trainees: int  # how many drew it out
    of: int  # how many practised


@dataclass(frozen=True)
class PracticeDebrief:
    practised: int
    parts: tuple[PartDrawnOut, ...]  # most drawn out first
    styles: tuple[tuple[str, int], ...]  # (style label, questions), in the styles' order


def practice_debrief(
    scenario: Scenario, pairs: Iterable[tuple[Trainee, Attempt]], *, submitted_only: bool = True
) -> PracticeDebrief:
    attempts = [
        a
        for _, a, _ in latest_per_trainee(scenario.id, pairs)
        if a.mode == PRACTICE_MODE and (a.submitted or not submitted_only)
    ]
    opened = Counter(ref for a in attempts for ref in opened_parts(a.analysis))
    parts = [
        PartDrawnOut(
            practitioner=person_name(scenario, c.practitioner),
            part=label,
            trainees=opened[f"{c.id}.{p}"],
            of=len(attempts),
        )
        for c in scenario.conversations
        for p, label in CONVERSATION_PARTS.items()
    ]
    styles = Counter(
        q.style for a in attempts for item in a.analysis.interviews for q in item.questions
    )
    return PracticeDebrief(
        practised=len(attempts),
        parts=tuple(sorted(parts, key=lambda p: -p.trainees)) if attempts else (),
        styles=tuple((label, styles[s]) for s, label in QUESTION_STYLES.items()),
    )
