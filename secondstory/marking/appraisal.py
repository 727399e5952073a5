"""Stage 2, appraisal: the rating, the reasoning (judged by what was known at the time) and the
local rationality of each paired episode, set against the expert's; and the hindsight guard
(ratings moved after the outcome was revealed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from secondstory.coach import coach
from secondstory.marking.models import (
    AppraisalFeedback,
    AppraisalItem,
    CoachNote,
    HindsightChange,
    HindsightFlag,
)
from secondstory.marking.rules import (
    KEPT_AFTER,
    ExpertEpisodeIndex,
    ScenarioIndex,
    TextMark,
    appraisal_of,
    band,
    mark_text,
)
from secondstory.marking.texts import text_credit
from secondstory.matching import stem, words
from secondstory.models import TraineeEpisode
from secondstory.vocabulary import RATING_ORDER, RATINGS, STAGES

if TYPE_CHECKING:
    from secondstory.marking.pairing import Pairing

RATING_CREDIT = {"same": 1.0, "alternative": 1.0, "adjacent": 0.5, "cannot_say": 0.25}
# An episode's credit: the rating, the reasoning, and the local rationality.
RATING_WEIGHT, REASONING_WEIGHT, RATIONALITY_WEIGHT = 0.45, 0.35, 0.2

_AGREEMENT_TEXT = {
    "same": "The same rating as the expert's.",
    "alternative": (
        "The expert rated this '{expert}', and names your rating, '{yours}', as a defensible "
        "alternative: a reasonable reviewer could say the same. Full credit for the rating."
    ),
    "adjacent": (
        "One step from the expert's rating ('{expert}') on the scale good practice, in line, "
        "below expectations: half credit for the rating. Compare your reasons with the expert's."
    ),
    "cannot_say": (
        "'Cannot say yet' earns a quarter of the rating's credit: a reviewer has to reach a "
        "judgement on what was known at the time. The expert rated this '{expert}'."
    ),
    "different": (
        "The other end of the scale from the expert's rating ('{expert}'). Read the expert's "
        "reasoning: what was known at the time, and what did guidance ask for?"
    ),
    "not_appraised": "You did not appraise this episode, so there is no rating to compare.",
    "not_paired": (
        "None of your episodes was paired with this one, so there is no rating to compare."
    ),
}


def rating_agreement(
    expert_rating: str, alternative: str | None, trainee_rating: str | None
) -> tuple[str, float]:
    if trainee_rating is None:
        return "not_appraised", 0.0
    if trainee_rating == expert_rating:
        kind = "same"
    elif trainee_rating == alternative:
        kind = "alternative"
    elif trainee_rating == "cannot_say":
        kind = "cannot_say"
    elif abs(RATING_ORDER.index(trainee_rating) - RATING_ORDER.index(expert_rating)) == 1:
        kind = "adjacent"
    else:
        kind = "different"
    return kind, RATING_CREDIT.get(kind, 0.0)


def coach_notes(where: str, text: str, names: Sequence[str] = ()) -> list[CoachNote]:
    if not text.strip():
        return []
    return [
        CoachNote(
            where=where,
            text=f.text,
            start=f.start,
            end=f.end,
            kind=f.kind,
            why=f.why,
            suggestion=f.suggestion,
        )
        for f in coach(text, names)
    ]


def _id_pattern(ident: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9_-]){re.escape(ident)}(?![a-z0-9_-])")


def later_flags(expert: ExpertEpisodeIndex, reasoning: str) -> list[HindsightFlag]:
    """Signs that a reasoning leans on what was known only later: entries or words."""
    flags = []
    lowered = reasoning.lower()
    for ident in expert.later_entries:
        if _id_pattern(ident).search(lowered):
            flags.append(
                HindsightFlag(
                    kind="known_later_entry",
                    text=ident,
                    why=(
                        f"You cite {ident}, which was known only after the outcome. An appraisal "
                        "asks what could reasonably be done with what was known then."
                    ),
                )
            )
    seen: set[str] = set()
    for word in words(reasoning):
        stemmed = stem(word)
        if stemmed in expert.later_words and stemmed not in seen:
            seen.add(stemmed)
            flags.append(
                HindsightFlag(
                    kind="known_later_word",
                    text=word,
                    why=(
                        f"'{word}' appears only in what was known later (the outcome). Check "
                        "that your judgement rests on what the practitioners could know then."
                    ),
                )
            )
    return flags


@dataclass(frozen=True)
class AppraisalMark:
    """One trainee episode's appraisal against one expert episode's."""

    agreement: str
    rating_credit: float
    reasoning: TextMark
    rationality: TextMark
    later: tuple[HindsightFlag, ...]
    credit: float


def mark_appraisal(
    index: ScenarioIndex, expert: ExpertEpisodeIndex, episode: TraineeEpisode
) -> AppraisalMark:
    appraisal = expert.episode.appraisal
    given = appraisal_of(episode)
    agreement, rating_credit = rating_agreement(
        appraisal.rating, appraisal.alternative, given.rating if given else None
    )
    reasoning_text = given.reasoning if given else ""
    reasoning = mark_text(index, reasoning_text, expert.reasoning)
    if given is not None and given.rating is None:
        # Reasoning without a rating is not yet an appraisal: shown, but it earns nothing.
        reasoning = TextMark(reasoning.likeness, reasoning.lowered_by, 0.0)
    expert_later = {(f.kind, f.text) for f in later_flags(expert, appraisal.reasoning)}
    later = tuple(
        f for f in later_flags(expert, reasoning_text) if (f.kind, f.text) not in expert_later
    )
    if later and not any(kind == "hindsight" for kind, _ in reasoning.lowered_by):
        reasoning = TextMark(
            reasoning.likeness,
            (*reasoning.lowered_by, ("hindsight", later[0].text)),
            round(reasoning.credit * KEPT_AFTER["hindsight"], 4),
        )
    rationality = mark_text(
        index,
        episode.local_rationality,
        expert.rationality,
        counted=("blame", "counterfactual", "hindsight"),
    )
    credit = (
        RATING_WEIGHT * rating_credit
        + REASONING_WEIGHT * reasoning.credit
        + RATIONALITY_WEIGHT * rationality.credit
    )
    return AppraisalMark(agreement, rating_credit, reasoning, rationality, later, round(credit, 4))


def appraisal_stage(work: Pairing) -> AppraisalFeedback:
    index = work.index
    items = []
    flag_count = 0
    for e, expert in enumerate(index.episodes):
        appraisal = expert.episode.appraisal
        t = work.pair_appraisal.get(e)
        given = appraisal_of(work.trainee[t]) if t is not None else None
        mark = work.appraisals[e][t] if t is not None else None
        agreement = mark.agreement if mark else "not_paired"
        reasoning = given.reasoning if given else ""
        language = coach_notes("reasoning", reasoning)
        hindsight = [
            HindsightFlag(
                kind="wording",
                text=n.text,
                why=f"{n.why} Judge the practice by what was known at the time.",
            )
            for n in language
            if n.kind == "hindsight"
        ]
        hindsight += list(mark.later) if mark else []
        flag_count += len(hindsight)
        items.append(
            AppraisalItem(
                expert_id=expert.episode.id,
                expert_title=expert.episode.title,
                trainee=work.ref(t) if t is not None else None,
                expert_rating=appraisal.rating,
                expert_alternative=appraisal.alternative,
                trainee_rating=given.rating if given else None,
                agreement=agreement,
                credit=mark.credit if mark else 0.0,
                rating_credit=mark.rating_credit if mark else 0.0,
                reasoning=text_credit(mark.reasoning, "reasoning") if mark else None,
                rationality=text_credit(mark.rationality, "local rationality") if mark else None,
                explanation=_AGREEMENT_TEXT[agreement].format(
                    expert=RATINGS[appraisal.rating],
                    yours=RATINGS.get(given.rating, "") if given else "",
                ),
                expert_reasoning=appraisal.reasoning,
                trainee_reasoning=reasoning,
                expert_local_rationality=expert.episode.local_rationality,
                trainee_local_rationality=work.trainee[t].local_rationality
                if t is not None
                else "",
                hindsight=hindsight,
                language=[n for n in language if n.kind != "hindsight"],
                paired_as_in_episodes=work.pair_episodes.get(e) == t,
            )
        )
    notes = []
    expert_good = sum(1 for x in index.episodes if x.episode.appraisal.rating == "good_practice")
    yours = [a for a in map(appraisal_of, work.trainee) if a is not None]
    if yours and not any(a.rating == "good_practice" for a in yours):
        notes.append(
            f"You rated no episode as good practice; the expert rated {expert_good}. Key "
            "practice episodes are neutral: say what went well and what supported it."
        )
    if flag_count:
        notes.append(
            f"{flag_count} sign(s) of hindsight in your reasoning. Each one lowers the credit "
            "for that reasoning: an appraisal judges what could be known at the time."
        )
    if any(not item.paired_as_in_episodes and item.trainee for item in items):
        notes.append(
            "Where one of your episodes could stand for more than one of the expert's, each "
            "stage pairs them in the way that gives you most credit, so a pairing here can "
            "differ from the episodes stage."
        )
    value = work.stage_score(work.pair_appraisal, lambda e, t: work.appraisals[e][t].credit)
    return AppraisalFeedback(
        label=STAGES["appraisal"],
        score=value,
        band=band(value),
        how_marked=(
            f"For each expert episode, your paired episode earns {RATING_WEIGHT:g} for the "
            "rating (the same as the expert's, or the defensible alternative the expert names: "
            "full; one step away: half; 'cannot say yet': a quarter; the other end of the "
            f"scale: nothing), {REASONING_WEIGHT:g} for the reasoning and "
            f"{RATIONALITY_WEIGHT:g} for the local rationality. Reasoning and local rationality "
            "count by how far they say what the expert's say (the key ideas, not the same "
            "words); hindsight (wording, entries or words known only later), blame and "
            "counterfactual wording keep only part of that credit. The score is the mean over "
            "the expert's episodes."
        ),
        notes=notes,
        items=items,
    )


# --- The hindsight guard ---

_CHANGE_TEXT = {
    "same": (
        "Your rating held once the outcome was known: a sign that you judged the practice by "
        "what was known at the time."
    ),
    "harsher": (
        "Your rating became harsher once you knew the outcome. The practice did not change, only "
        "what you knew: that is outcome bias. Judge the decision by what could be known then."
    ),
    "kinder": (
        "Your rating became kinder after the outcome was revealed. Check what moved you: new "
        "information about the practice itself, or the outcome?"
    ),
    "other": (
        "You moved to or from 'cannot say yet'. Knowing the outcome should not be what settles "
        "a judgement of practice at the time."
    ),
}


def hindsight_changes(work: Pairing) -> list[HindsightChange]:
    paired = {t: e for e, t in work.pair_appraisal.items()}
    out = []
    for t in sorted(range(len(work.trainee)), key=lambda t: work.order[t]):
        episode = work.trainee[t]
        after = episode.appraisal_after_reveal
        if after is None or after.rating is None:
            continue
        before = episode.appraisal.rating if episode.appraisal else None
        if before == after.rating:
            direction = "same"
        elif before in RATING_ORDER and after.rating in RATING_ORDER:
            harsher = RATING_ORDER.index(after.rating) > RATING_ORDER.index(before)
            direction = "harsher" if harsher else "kinder"
        else:
            direction = "other"
        expert = work.index.episodes[paired[t]].episode if t in paired else None
        out.append(
            HindsightChange(
                trainee=work.ref(t),
                before=before,
                after=after.rating,
                reasoning_before=episode.appraisal.reasoning if episode.appraisal else "",
                reasoning_after=after.reasoning,
                direction=direction,
                expert_rating=expert.appraisal.rating if expert else None,
                explanation=_CHANGE_TEXT[direction],
            )
        )
    return out
