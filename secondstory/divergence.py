"""Where we diverged: the points a facilitator can run a live discussion from.

`diverged(scenario, result)` reads a `Debrief` (secondstory.debrief) and returns `Point`s ordered
by disagreement, most first: expert episodes the group missed (and found), ratings furthest from
the expert's, categories most confused, the hindsight flags seen most often, and the reference's
findings categories the group left out. Each point carries two or three example answers under
the debrief's labels (anonymised unless the facilitator chose names).

Disagreement is a share, 0..1, so that points of different kinds sort together:
- an expert episode: the share of the group who did not find it;
- a rating: the mean distance of the group's ratings from the expert's, in steps of the rating
  scale (the expert's alternative counts as agreeing), over the largest possible (two steps);
- a confusion: the share of the factors paired with expert factors of a category that the group
  put in another category;
- a hindsight flag: the share of the group whose appraisals it was raised on;
- a findings category: the share of the group who wrote no finding in it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from secondstory.debrief import Debrief, Work, flag_name
from secondstory.marking.rules import appraisal_of
from secondstory.models import Scenario
from secondstory.vocabulary import CATEGORY_SHORT, RATING_ORDER, RATINGS

KINDS: dict[str, str] = {
    "episode": "Episodes most and least found",
    "rating": "Ratings furthest from the expert's",
    "category": "Categories most confused",
    "hindsight": "Hindsight flags most common",
    "finding_category": "Findings categories missed",
}
HINDSIGHT_KINDS = ("hindsight", "known_later")
EXAMPLES = 3


@dataclass(frozen=True)
class Example:
    label: str
    text: str


@dataclass(frozen=True)
class Point:
    kind: str
    title: str
    detail: str
    disagreement: float
    examples: tuple[Example, ...]

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]


def diverged(scenario: Scenario, result: Debrief) -> list[Point]:
    """The discussion points, most disagreement first."""
    if not result.work:
        return []
    points = [
        *_episodes(scenario, result.work),
        *_ratings(scenario, result.work),
        *_categories(result.work),
        *_hindsight(result.work),
        *_finding_categories(scenario, result.work),
    ]
    order = list(KINDS)
    return sorted(points, key=lambda p: (-p.disagreement, order.index(p.kind), p.title))


class _Examples:
    """Up to three example answers per key, one per trainee, skipping empty ones; and how many
    different trainees gave an answer under each key (a cohort of hundreds is read once)."""

    def __init__(self) -> None:
        self.chosen: dict[object, list[Example]] = defaultdict(list)
        self.trainees: dict[object, set[str]] = defaultdict(set)

    def add(self, key: object, label: str, text: str | Callable[[], str]) -> None:
        self.trainees[key].add(label)
        chosen = self.chosen[key]
        if len(chosen) == EXAMPLES or any(e.label == label for e in chosen):
            return
        text = text() if callable(text) else text
        if text.strip():
            chosen.append(Example(label, text))

    def of(self, key: object) -> tuple[Example, ...]:
        return tuple(self.chosen.get(key, ()))

    def count(self, key: object) -> int:
        return len(self.trainees.get(key, ()))


def _of(part: int, whole: int) -> str:
    return f"{part} of {whole}"


def _episode_text(item: Work, index: int) -> str:
    episodes = item.analysis.episodes
    if not 0 <= index < len(episodes):
        return ""
    episode = episodes[index]
    why = f": {episode.why_key}" if episode.why_key.strip() else ""
    return f"{episode.title}{why}"


def _episodes(scenario: Scenario, work: list[Work]) -> Iterable[Point]:
    found = _Examples()
    for item in work:
        for expert_id, index in item.digest.matched:
            found.add(expert_id, item.label, partial(_episode_text, item, index))
    for expert in scenario.expert.episodes:
        finders = found.count(expert.id)
        yield Point(
            kind="episode",
            title=expert.title,
            detail=f"found by {_of(finders, len(work))}",
            disagreement=1 - finders / len(work),
            examples=found.of(expert.id),
        )


def _reasoning(item: Work, rating: str, index: int) -> str:
    episodes = item.analysis.episodes
    appraisal = appraisal_of(episodes[index]) if 0 <= index < len(episodes) else None
    return f"{RATINGS[rating]}: {appraisal.reasoning if appraisal else ''}"


def _ratings(scenario: Scenario, work: list[Work]) -> Iterable[Point]:
    steps = len(RATING_ORDER) - 1
    wanted = {e.id: e.appraisal for e in scenario.expert.episodes}
    total: Counter[str] = Counter()
    given: Counter[str] = Counter()
    differ: Counter[str] = Counter()
    # Examples by distance from the expert's rating, so that the furthest are shown first.
    examples = _Examples()
    for item in work:
        for expert_id, rating, index in item.digest.ratings:
            expert = wanted.get(expert_id)
            distance = _distance(rating, expert.rating, expert.alternative) if expert else None
            if distance is None:
                continue
            total[expert_id] += distance
            given[expert_id] += 1
            if distance:
                differ[expert_id] += 1
                examples.add(
                    (expert_id, distance), item.label, partial(_reasoning, item, rating, index)
                )
    for expert in scenario.expert.episodes:
        if not given[expert.id]:
            continue
        appraisal = expert.appraisal
        expert_says = RATINGS[appraisal.rating]
        if appraisal.alternative:
            expert_says += f" (or {RATINGS[appraisal.alternative]})"
        furthest = [e for d in range(steps, 0, -1) for e in examples.of((expert.id, d))]
        yield Point(
            kind="rating",
            title=expert.title,
            detail=f"the expert: {expert_says}; "
            f"{_of(differ[expert.id], given[expert.id])} ratings differ",
            disagreement=total[expert.id] / given[expert.id] / steps,
            examples=_distinct(furthest),
        )


def _distinct(examples: Iterable[Example]) -> tuple[Example, ...]:
    chosen: list[Example] = []
    for example in examples:
        if len(chosen) < EXAMPLES and all(e.label != example.label for e in chosen):
            chosen.append(example)
    return tuple(chosen)


def _distance(rating: str, expert: str, alternative: str | None) -> int | None:
    if rating not in RATING_ORDER:
        return None
    if rating == alternative:
        return 0
    return abs(RATING_ORDER.index(rating) - RATING_ORDER.index(expert))


def _factor_text(item: Work, index: int, position: int) -> str:
    episodes = item.analysis.episodes
    factors = episodes[index].factors if 0 <= index < len(episodes) else []
    return factors[position].statement if 0 <= position < len(factors) else ""


def _categories(work: list[Work]) -> Iterable[Point]:
    per_expert: Counter[str] = Counter()
    confused: Counter[tuple[str, str]] = Counter()
    examples = _Examples()
    for item in work:
        for mine, expert, index, position in item.digest.categories:
            per_expert[expert] += 1
            if mine != expert:
                confused[(mine, expert)] += 1
                examples.add(
                    (mine, expert), item.label, partial(_factor_text, item, index, position)
                )
    short = CATEGORY_SHORT.get
    for (mine, expert), count in confused.items():
        yield Point(
            kind="category",
            title=f"{short(mine, mine)} where the expert saw {short(expert, expert)}",
            detail=f"{_of(count, per_expert[expert])} factors paired with "
            f"{short(expert, expert)} factors",
            disagreement=count / per_expert[expert],
            examples=examples.of((mine, expert)),
        )


def _hindsight(work: list[Work]) -> Iterable[Point]:
    flags: Counter[str] = Counter()
    examples = _Examples()
    for item in work:
        for kind, text in item.digest.flags:
            if kind in HINDSIGHT_KINDS:
                flags[kind] += 1
                examples.add(kind, item.label, text)
    for kind in HINDSIGHT_KINDS:
        if not flags[kind]:
            continue
        trainees = examples.count(kind)
        yield Point(
            kind="hindsight",
            title=flag_name(kind),
            detail=f"{flags[kind]} flag(s), in the work of {_of(trainees, len(work))}",
            disagreement=trainees / len(work),
            examples=examples.of(kind),
        )


def _finding_text(item: Work, position: int) -> str:
    findings = item.analysis.findings
    return findings[position].statement if 0 <= position < len(findings) else ""


def _finding_categories(scenario: Scenario, work: list[Work]) -> Iterable[Point]:
    wrote = _Examples()
    for item in work:
        for position, category, _ in item.digest.findings:
            if category:
                wrote.add(category, item.label, partial(_finding_text, item, position))
    for category in dict.fromkeys(f.category for f in scenario.expert.findings):
        writers = wrote.count(category)
        yield Point(
            kind="finding_category",
            title=CATEGORY_SHORT.get(category, category),
            detail=f"a finding in it from {_of(writers, len(work))}",
            disagreement=1 - writers / len(work),
            examples=wrote.of(category),
        )
