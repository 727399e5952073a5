"""A cohort's work on one case, gathered for the facilitator's debrief.

`debrief(scenario, pairs)` takes the cohort's (Trainee, Attempt) pairs and returns a `Debrief`:
progress per trainee, which expert episodes the group found and which extra ones it chose, the
ratings given per episode beside the expert's, a category confusion table, the language-coach
flags seen most often, and anonymised example answers to project in the room. Only each
trainee's latest attempt on the case counts (the latest submitted one, where there is one).

Each attempt is scored once: feedback is kept per attempt revision, so a debrief redrawn while
the group works rescores only what changed.
"""

from __future__ import annotations

import hashlib
import random
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from secondstory.models import Scenario
from secondstory.scoring import score
from secondstory.scoring_models import Feedback
from secondstory.storage.records import Attempt, Trainee
from secondstory.vocabulary import STAGES

_CACHE_SIZE = 5000
_cache: OrderedDict[tuple[str, int, str, str], Feedback] = OrderedDict()
_cache_lock = threading.Lock()


def feedback_for(scenario: Scenario, attempt: Attempt) -> Feedback:
    """The attempt's feedback, scored once per revision of its analysis."""
    key = (attempt.id, attempt.revision, scenario.id, scenario.version)
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    found = score(scenario, attempt.analysis)
    with _cache_lock:
        _cache[key] = found
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return found


@dataclass(frozen=True)
class Progress:
    display_name: str
    attempts: int
    stage: str
    stage_label: str
    submitted: bool
    overall: float | None


@dataclass(frozen=True)
class EpisodeFound:
    expert_id: str
    title: str
    found: int
    of: int


@dataclass(frozen=True)
class ExtraChoice:
    entries: tuple[str, ...]
    overlaps_expert: tuple[str, ...]
    count: int


@dataclass(frozen=True)
class RatingCount:
    expert_id: str
    title: str
    expert_rating: str
    expert_alternative: str | None
    rating: str
    count: int


@dataclass(frozen=True)
class ConfusionCell:
    trainee_category: str
    expert_category: str
    count: int


@dataclass(frozen=True)
class PhraseCount:
    kind: str
    phrase: str
    count: int


@dataclass(frozen=True)
class Example:
    label: str
    title: str
    rating: str | None
    reasoning: str
    local_rationality: str


@dataclass(frozen=True)
class Debrief:
    scenario_id: str
    trainees: int
    counted: int
    progress: list[Progress]
    found: list[EpisodeFound]
    found_by: list[tuple[str, str, bool]]
    extras: list[ExtraChoice]
    ratings: list[RatingCount]
    confusion: list[ConfusionCell]
    flag_kinds: list[tuple[str, int]]
    flag_phrases: list[PhraseCount]
    examples: dict[str, list[Example]]


def latest_per_trainee(
    scenario_id: str, pairs: Iterable[tuple[Trainee, Attempt]]
) -> list[tuple[Trainee, Attempt, int]]:
    """Each trainee's attempt that counts on this case, with their number of attempts on it."""
    chosen: dict[str, tuple[Trainee, Attempt, int]] = {}
    for person, attempt in pairs:
        if attempt.scenario_id != scenario_id:
            continue
        held = chosen.get(person.id)
        if held is None:
            chosen[person.id] = (person, attempt, 1)
            continue
        _, best, count = held
        better = (attempt.submitted, attempt.created_at) > (best.submitted, best.created_at)
        chosen[person.id] = (person, attempt if better else best, count + 1)
    return list(chosen.values())


def anonymous_order(scenario_id: str, attempts: Sequence[Attempt]) -> list[Attempt]:
    """The attempts in a shuffled order that is the same every time for the same group."""
    ordered = sorted(attempts, key=lambda a: a.id)
    seed = hashlib.sha256("|".join([scenario_id, *(a.id for a in ordered)]).encode()).digest()
    # Only an order for display, not a secret: the seed keeps it stable between reruns.
    random.Random(seed).shuffle(ordered)  # noqa: S311
    return ordered


def debrief(
    scenario: Scenario, pairs: Iterable[tuple[Trainee, Attempt]], *, submitted_only: bool = True
) -> Debrief:
    """The debrief of a cohort's work on one case; `submitted_only` limits the group views
    (everything but progress) to submitted attempts."""
    chosen = latest_per_trainee(scenario.id, pairs)
    counted = [a for _, a, _ in chosen if a.submitted or not submitted_only]
    feedback = {a.id: feedback_for(scenario, a) for a in counted}
    progress = [
        Progress(
            display_name=person.display_name,
            attempts=count,
            stage=attempt.stage,
            stage_label="Submitted"
            if attempt.submitted
            else STAGES.get(attempt.stage, attempt.stage.capitalize()),
            submitted=attempt.submitted,
            overall=feedback[attempt.id].overall if attempt.submitted else None,
        )
        for person, attempt, count in chosen
    ]
    order = anonymous_order(scenario.id, counted)
    labels = {a.id: f"Trainee {n}" for n, a in enumerate(order, start=1)}
    return Debrief(
        scenario_id=scenario.id,
        trainees=len(chosen),
        counted=len(order),
        progress=progress,
        found=_found(scenario, order, feedback),
        found_by=[
            (labels[a.id], e.id, e.id in _matched(feedback[a.id]))
            for a in order
            for e in scenario.expert.episodes
        ],
        extras=_extras(order, feedback),
        ratings=_ratings(scenario, order, feedback),
        confusion=_confusion(order, feedback),
        flag_kinds=_flag_kinds(order, feedback),
        flag_phrases=_flag_phrases(order, feedback),
        examples=_examples(scenario, order, feedback, labels),
    )


def _matched(feedback: Feedback) -> set[str]:
    return {pair.expert_id for pair in feedback.episodes.matched}


def _found(
    scenario: Scenario, order: list[Attempt], feedback: dict[str, Feedback]
) -> list[EpisodeFound]:
    counts = Counter(e for a in order for e in _matched(feedback[a.id]))
    return [
        EpisodeFound(expert_id=e.id, title=e.title, found=counts[e.id], of=len(order))
        for e in scenario.expert.episodes
    ]


def _extras(order: list[Attempt], feedback: dict[str, Feedback]) -> list[ExtraChoice]:
    counts: Counter[tuple[str, ...]] = Counter()
    overlaps: dict[tuple[str, ...], set[str]] = {}
    for attempt in order:
        for extra in feedback[attempt.id].episodes.extra:
            key = tuple(sorted(set(extra.entries)))
            counts[key] += 1
            overlaps.setdefault(key, set()).update(extra.overlaps_expert)
    return [
        ExtraChoice(entries=key, overlaps_expert=tuple(sorted(overlaps[key])), count=count)
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def _ratings(
    scenario: Scenario, order: list[Attempt], feedback: dict[str, Feedback]
) -> list[RatingCount]:
    counts: Counter[tuple[str, str]] = Counter()
    for attempt in order:
        for item in feedback[attempt.id].appraisal.items:
            if item.trainee is not None and item.trainee_rating:
                counts[(item.expert_id, item.trainee_rating)] += 1
    return [
        RatingCount(
            expert_id=e.id,
            title=e.title,
            expert_rating=e.appraisal.rating,
            expert_alternative=e.appraisal.alternative,
            rating=rating,
            count=count,
        )
        for e in scenario.expert.episodes
        for (expert_id, rating), count in sorted(counts.items())
        if expert_id == e.id
    ]


def _confusion(order: list[Attempt], feedback: dict[str, Feedback]) -> list[ConfusionCell]:
    counts: Counter[tuple[str, str]] = Counter()
    for attempt in order:
        for item in feedback[attempt.id].factors.items:
            for mine in item.your_factors:
                if mine.expert_category:
                    counts[(mine.category, mine.expert_category)] += 1
    return [
        ConfusionCell(trainee_category=t, expert_category=e, count=n)
        for (t, e), n in sorted(counts.items())
    ]


def _flags(feedback: Feedback) -> Iterable[tuple[str, str]]:
    for item in feedback.appraisal.items:
        for note in item.language:
            yield note.kind, note.text
        for flag in item.hindsight:
            yield ("hindsight" if flag.kind == "wording" else "known_later"), flag.text
    for review in feedback.findings.yours:
        for note in review.flags:
            yield note.kind, note.text


def _flag_kinds(order: list[Attempt], feedback: dict[str, Feedback]) -> list[tuple[str, int]]:
    counts = Counter(kind for a in order for kind, _ in _flags(feedback[a.id]))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _flag_phrases(
    order: list[Attempt], feedback: dict[str, Feedback], top: int = 15
) -> list[PhraseCount]:
    counts = Counter(
        (kind, " ".join(text.lower().split()))
        for a in order
        for kind, text in _flags(feedback[a.id])
    )
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [PhraseCount(kind=kind, phrase=phrase, count=n) for (kind, phrase), n in ranked]


def _examples(
    scenario: Scenario,
    order: list[Attempt],
    feedback: dict[str, Feedback],
    labels: dict[str, str],
) -> dict[str, list[Example]]:
    out: dict[str, list[Example]] = {e.id: [] for e in scenario.expert.episodes}
    for attempt in order:
        episodes = attempt.analysis.episodes
        seen: set[str] = set()
        for pair in feedback[attempt.id].episodes.matched:
            if pair.expert_id in seen or not 0 <= pair.trainee.index < len(episodes):
                continue
            seen.add(pair.expert_id)
            mine = episodes[pair.trainee.index]
            out.setdefault(pair.expert_id, []).append(
                Example(
                    label=labels[attempt.id],
                    title=mine.title,
                    rating=mine.appraisal.rating if mine.appraisal else None,
                    reasoning=mine.appraisal.reasoning if mine.appraisal else "",
                    local_rationality=mine.local_rationality,
                )
            )
    return out


def cohort_rows(
    scenario: Scenario, pairs: Iterable[tuple[Trainee, Attempt]]
) -> list[dict[str, object]]:
    """One row per attempt on the case, for the cohort CSV (scores for submitted attempts)."""
    rows: list[dict[str, object]] = []
    for person, attempt in pairs:
        if attempt.scenario_id != scenario.id:
            continue
        row: dict[str, object] = {
            "trainee": person.display_name,
            "scenario": attempt.scenario_id,
            "scenario version": attempt.scenario_version,
            "mode": attempt.mode,
            "furthest stage": attempt.stage,
            "started": f"{attempt.created_at:%Y-%m-%d %H:%M}",
            "submitted": f"{attempt.submitted_at:%Y-%m-%d %H:%M}" if attempt.submitted_at else "",
        }
        result = feedback_for(scenario, attempt) if attempt.submitted else None
        for stage in STAGES:
            row[stage] = round(result.stages[stage].score, 3) if result else ""
        row["overall"] = round(result.overall, 3) if result else ""
        rows.append(row)
    return rows
