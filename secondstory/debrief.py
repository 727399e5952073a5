"""A cohort's work on one case, gathered for the facilitator's debrief.

`debrief(scenario, pairs)` takes the cohort's (Trainee, Attempt) pairs and returns a `Debrief`:
progress per trainee, which expert episodes the group found and which extra ones it chose, the
ratings given per episode beside the expert's, a category confusion table, the language-coach
flags seen most often, example answers to project in the room, the group's findings beside the
reference's, and how ratings moved once the outcome was revealed (the hindsight guard). Only each
trainee's latest attempt on the case counts (the latest submitted one, where there is one).

Each trainee has one label throughout: "Trainee n" (a stable shuffled order) unless the
facilitator chose `named`, when it is their display name.

The debrief reads each attempt's marking as a `Digest`: the few facts it counts (episodes
matched, extra choices, ratings, category pairs, coach flags, scores). The app stores the digest
with the attempt when it is submitted (`digest_json`, passed to `Store.submit_attempt`), so a
debrief of a whole cohort parses small JSON instead of marking every analysis again. Attempts
without a stored digest that fits the scenario's version and the marking version (older or unsubmitted ones) are scored
once per revision; digests and feedback are kept in an in-process cache.
"""

from __future__ import annotations

import hashlib
import random
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from secondstory.coach import KINDS as COACH_KINDS
from secondstory.marking import MARKING_VERSION, score
from secondstory.marking.models import Feedback
from secondstory.models import Analysis, Scenario, TraineeFinding
from secondstory.storage.records import Attempt, Trainee
from secondstory.vocabulary import CATEGORIES, STAGES

_CACHE_SIZE = 5000
_cache: OrderedDict[tuple[str, str, int, str, str, int], object] = OrderedDict()
_cache_lock = threading.Lock()
T = TypeVar("T")


def _remembered(kind: str, scenario: Scenario, attempt: Attempt, make: Callable[[], T]) -> T:
    """What `make` gives for this revision of the attempt, made once (a small LRU cache)."""
    key = (kind, attempt.id, attempt.revision, scenario.id, scenario.version, MARKING_VERSION)
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found  # type: ignore[return-value]
    made = make()
    with _cache_lock:
        _cache[key] = made
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return made


def feedback_for(scenario: Scenario, attempt: Attempt) -> Feedback:
    """The attempt's feedback, scored once per revision of its analysis."""
    return _remembered("feedback", scenario, attempt, lambda: score(scenario, attempt.analysis))


class _DigestModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ExtraDigest(_DigestModel):
    entries: tuple[str, ...]
    overlaps_expert: tuple[str, ...]


class Digest(_DigestModel):
    """What the debrief and the cohort CSV need of one attempt's marking (a small JSON)."""

    # Raise when the fields change: a stored digest of another format is then scored afresh.
    format: Literal[2] = 2
    # A digest marked under another version of the marking is re-marked, so the debrief and the
    # trainee's own comparison never disagree.
    marking_version: int = 0
    scenario: str
    scenario_version: str
    overall: float
    stage_scores: dict[str, float]
    # (expert episode id, position of the trainee's episode), in the marking's order.
    matched: tuple[tuple[str, int], ...]
    extras: tuple[ExtraDigest, ...]
    # (expert episode id, the trainee's rating, position of the trainee's episode) for each
    # paired episode the trainee rated.
    ratings: tuple[tuple[str, str, int], ...]
    # (the trainee's category, the closest expert factor's category, position of the trainee's
    # episode, position of the factor in it) for each factor.
    categories: tuple[tuple[str, str, int, int], ...]
    # (kind, flagged text) for each language-coach and hindsight flag.
    flags: tuple[tuple[str, str], ...]
    # (position of the trainee's finding, its category, the reference finding it was matched
    # with by meaning) for each finding.
    findings: tuple[tuple[int, str | None, str | None], ...]
    # (expert episode id, rating before the outcome, rating after, direction) for each paired
    # episode the trainee re-appraised once the outcome was revealed.
    hindsight: tuple[tuple[str, str | None, str, str], ...]


# The names people read for the kinds of flag the debrief counts.
FLAG_NAMES: dict[str, str] = {
    **COACH_KINDS,
    "hindsight": "Hindsight wording",
    "known_later": "Cites what was known only later",
}


def flag_name(kind: str) -> str:
    return FLAG_NAMES.get(kind, kind.replace("_", " ").capitalize())


def _flags(feedback: Feedback) -> Iterable[tuple[str, str]]:
    for item in feedback.appraisal.items:
        for note in item.language:
            yield note.kind, note.text
        for flag in item.hindsight:
            yield ("hindsight" if flag.kind == "wording" else "known_later"), flag.text
    for review in feedback.findings.yours:
        for note in review.flags:
            yield note.kind, note.text


def digest(feedback: Feedback) -> Digest:
    """The debrief's digest of a full feedback."""
    return Digest(
        marking_version=feedback.marking_version,
        scenario=feedback.scenario,
        scenario_version=feedback.scenario_version,
        overall=feedback.overall,
        stage_scores={name: result.score for name, result in feedback.stages.items()},
        matched=tuple((p.expert_id, p.trainee.index) for p in feedback.episodes.matched),
        extras=tuple(
            ExtraDigest(entries=tuple(x.entries), overlaps_expert=tuple(x.overlaps_expert))
            for x in feedback.episodes.extra
        ),
        ratings=tuple(
            (item.expert_id, item.trainee_rating, item.trainee.index)
            for item in feedback.appraisal.items
            if item.trainee is not None and item.trainee_rating
        ),
        categories=tuple(
            (mine.category, mine.expert_category, item.trainee.index, mine.position)
            for item in feedback.factors.items
            if item.trainee is not None
            for mine in item.your_factors
            if mine.expert_category
        ),
        flags=tuple(_flags(feedback)),
        findings=tuple(
            (review.position, review.category, review.matched_reference)
            for review in feedback.findings.yours
        ),
        hindsight=tuple(_hindsight(feedback)),
    )


def _hindsight(feedback: Feedback) -> Iterable[tuple[str, str | None, str, str]]:
    paired = {
        item.trainee.index: item.expert_id
        for item in feedback.appraisal.items
        if item.trainee is not None
    }
    for change in feedback.hindsight_changes:
        expert_id = paired.get(change.trainee.index)
        if expert_id is not None:
            yield expert_id, change.before, change.after, change.direction


def digest_json(scenario: Scenario, analysis: Analysis) -> str:
    """The digest to store with an attempt at submission: the analysis is marked here, once."""
    return digest(score(scenario, analysis)).model_dump_json()


def stored_digest(scenario: Scenario, attempt: Attempt) -> Digest | None:
    """The digest stored with the attempt, if it is readable and for this scenario version."""
    if attempt.feedback_json is None:
        return None
    try:
        found = Digest.model_validate_json(attempt.feedback_json)
    except ValidationError:
        return None
    if (found.scenario, found.scenario_version) != (scenario.id, scenario.version):
        return None
    if found.marking_version != MARKING_VERSION:
        return None
    return found


def digest_for(scenario: Scenario, attempt: Attempt) -> Digest:
    """The attempt's digest: the stored one where it fits, else from scoring the attempt (read
    or made once per revision)."""

    def make() -> Digest:
        found = stored_digest(scenario, attempt)
        return found if found is not None else digest(feedback_for(scenario, attempt))

    return _remembered("digest", scenario, attempt, make)


@dataclass(frozen=True)
class Progress:
    label: str
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
class FindingAnswer:
    """One trainee's finding, whole, for the side-by-side view."""

    label: str
    category: str | None
    finding: TraineeFinding


@dataclass(frozen=True)
class ReferenceFindingRow:
    """A reference finding and the trainees' findings matched with it by meaning."""

    finding_id: str
    statement: str
    category: str
    matched: list[FindingAnswer]


@dataclass(frozen=True)
class FindingCategoryRow:
    """How many reference findings, and how many trainees' findings, are in a category."""

    category: str
    reference: int
    findings: int
    trainees: int
    of: int


@dataclass(frozen=True)
class HindsightRow:
    """An expert episode: how many trainees re-rated it once the outcome was revealed, and how."""

    expert_id: str
    title: str
    revised: int
    same: int
    harsher: int
    kinder: int
    other: int


@dataclass(frozen=True)
class Work:
    """A counted attempt as the group views read it: its trainee's label, digest and analysis."""

    label: str
    digest: Digest
    analysis: Analysis


@dataclass(frozen=True)
class Debrief:
    scenario_id: str
    named: bool
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
    reference_findings: list[ReferenceFindingRow]
    unmatched_findings: list[FindingAnswer]
    finding_categories: list[FindingCategoryRow]
    hindsight: list[HindsightRow]
    work: list[Work]


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


def trainee_labels(
    scenario_id: str, chosen: Sequence[tuple[Trainee, Attempt, int]], *, named: bool
) -> dict[str, str]:
    """Each counted attempt's label: "Trainee n" in a stable shuffled order, or with `named`
    the trainee's display name (a number added where two share a name)."""
    if not named:
        order = anonymous_order(scenario_id, [a for _, a, _ in chosen])
        return {a.id: f"Trainee {n}" for n, a in enumerate(order, start=1)}
    seen: Counter[str] = Counter()
    labels = {}
    for person, attempt, _ in chosen:
        seen[person.display_name] += 1
        times = seen[person.display_name]
        labels[attempt.id] = person.display_name + (f" ({times})" if times > 1 else "")
    return labels


def _natural(label: str) -> list[int | str]:
    """A label's sort key that puts "Trainee 2" before "Trainee 10"."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", label)]


def debrief(
    scenario: Scenario,
    pairs: Iterable[tuple[Trainee, Attempt]],
    *,
    submitted_only: bool = True,
    named: bool = False,
) -> Debrief:
    """The debrief of a cohort's work on one case; `submitted_only` limits the group views
    (everything but progress) to submitted attempts; `named` labels trainees by name."""
    chosen = latest_per_trainee(scenario.id, pairs)
    counted = [a for _, a, _ in chosen if a.submitted or not submitted_only]
    feedback = {a.id: digest_for(scenario, a) for a in counted}
    labels = trainee_labels(scenario.id, chosen, named=named)
    progress = [
        Progress(
            label=labels[attempt.id],
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
    progress.sort(key=lambda p: _natural(p.label))
    order = anonymous_order(scenario.id, counted)
    work = [Work(labels[a.id], feedback[a.id], a.analysis) for a in order]
    return Debrief(
        scenario_id=scenario.id,
        named=named,
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
        reference_findings=_reference_findings(scenario, work),
        unmatched_findings=[
            answer for answer, matched in _finding_answers(work) if matched is None
        ],
        finding_categories=_finding_categories(scenario, work),
        hindsight=_hindsight_rows(scenario, work),
        work=work,
    )


def _finding_answers(work: Sequence[Work]) -> Iterable[tuple[FindingAnswer, str | None]]:
    """Every counted finding with the reference finding it was matched with, if any."""
    for item in work:
        findings = item.analysis.findings
        for position, category, matched in item.digest.findings:
            if 0 <= position < len(findings):
                yield FindingAnswer(item.label, category, findings[position]), matched


def _reference_findings(scenario: Scenario, work: Sequence[Work]) -> list[ReferenceFindingRow]:
    by_reference: dict[str, list[FindingAnswer]] = {f.id: [] for f in scenario.expert.findings}
    for answer, matched in _finding_answers(work):
        if matched in by_reference:
            by_reference[matched].append(answer)
    return [
        ReferenceFindingRow(f.id, f.statement, f.category, by_reference[f.id])
        for f in scenario.expert.findings
    ]


def _finding_categories(scenario: Scenario, work: Sequence[Work]) -> list[FindingCategoryRow]:
    reference = Counter(f.category for f in scenario.expert.findings)
    findings: Counter[str] = Counter()
    trainees: Counter[str] = Counter()
    for item in work:
        mine = [category for _, category, _ in item.digest.findings if category]
        findings.update(mine)
        trainees.update(set(mine))
    return [
        FindingCategoryRow(c, reference[c], findings[c], trainees[c], len(work))
        for c in CATEGORIES
        if reference[c] or findings[c]
    ]


def _hindsight_rows(scenario: Scenario, work: Sequence[Work]) -> list[HindsightRow]:
    moved: dict[str, Counter[str]] = {e.id: Counter() for e in scenario.expert.episodes}
    for item in work:
        for expert_id, _, _, direction in item.digest.hindsight:
            moved.setdefault(expert_id, Counter())[direction] += 1
    return [
        HindsightRow(
            expert_id=e.id,
            title=e.title,
            revised=sum(moved[e.id].values()),
            same=moved[e.id]["same"],
            harsher=moved[e.id]["harsher"],
            kinder=moved[e.id]["kinder"],
            other=moved[e.id]["other"],
        )
        for e in scenario.expert.episodes
    ]


def _matched(feedback: Digest) -> set[str]:
    return {expert_id for expert_id, _ in feedback.matched}


def _found(
    scenario: Scenario, order: list[Attempt], feedback: dict[str, Digest]
) -> list[EpisodeFound]:
    counts = Counter(e for a in order for e in _matched(feedback[a.id]))
    return [
        EpisodeFound(expert_id=e.id, title=e.title, found=counts[e.id], of=len(order))
        for e in scenario.expert.episodes
    ]


def _extras(order: list[Attempt], feedback: dict[str, Digest]) -> list[ExtraChoice]:
    counts: Counter[tuple[str, ...]] = Counter()
    overlaps: dict[tuple[str, ...], set[str]] = {}
    for attempt in order:
        for extra in feedback[attempt.id].extras:
            key = tuple(sorted(set(extra.entries)))
            counts[key] += 1
            overlaps.setdefault(key, set()).update(extra.overlaps_expert)
    return [
        ExtraChoice(entries=key, overlaps_expert=tuple(sorted(overlaps[key])), count=count)
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def _ratings(
    scenario: Scenario, order: list[Attempt], feedback: dict[str, Digest]
) -> list[RatingCount]:
    counts: Counter[tuple[str, str]] = Counter()
    for attempt in order:
        counts.update((expert_id, rating) for expert_id, rating, _ in feedback[attempt.id].ratings)
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


def _confusion(order: list[Attempt], feedback: dict[str, Digest]) -> list[ConfusionCell]:
    counts: Counter[tuple[str, str]] = Counter()
    for attempt in order:
        counts.update((mine, expert) for mine, expert, _, _ in feedback[attempt.id].categories)
    return [
        ConfusionCell(trainee_category=t, expert_category=e, count=n)
        for (t, e), n in sorted(counts.items())
    ]


def _flag_kinds(order: list[Attempt], feedback: dict[str, Digest]) -> list[tuple[str, int]]:
    counts = Counter(kind for a in order for kind, _ in feedback[a.id].flags)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _flag_phrases(
    order: list[Attempt], feedback: dict[str, Digest], top: int = 15
) -> list[PhraseCount]:
    counts = Counter(
        (kind, " ".join(text.lower().split())) for a in order for kind, text in feedback[a.id].flags
    )
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [PhraseCount(kind=kind, phrase=phrase, count=n) for (kind, phrase), n in ranked]


def _examples(
    scenario: Scenario,
    order: list[Attempt],
    feedback: dict[str, Digest],
    labels: dict[str, str],
) -> dict[str, list[Example]]:
    out: dict[str, list[Example]] = {e.id: [] for e in scenario.expert.episodes}
    for attempt in order:
        episodes = attempt.analysis.episodes
        seen: set[str] = set()
        for expert_id, index in feedback[attempt.id].matched:
            if expert_id in seen or not 0 <= index < len(episodes):
                continue
            seen.add(expert_id)
            mine = episodes[index]
            out.setdefault(expert_id, []).append(
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
        result = digest_for(scenario, attempt) if attempt.submitted else None
        for stage in STAGES:
            row[stage] = round(result.stage_scores[stage], 3) if result else ""
        row["overall"] = round(result.overall, 3) if result else ""
        rows.append(row)
    return rows
