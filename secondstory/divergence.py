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
from collections.abc import Iterable
from dataclasses import dataclass

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


def _first(examples: Iterable[Example]) -> tuple[Example, ...]:
    """Up to three examples, one per trainee, skipping empty answers."""
    chosen: list[Example] = []
    for example in examples:
        if example.text.strip() and all(e.label != example.label for e in chosen):
            chosen.append(example)
        if len(chosen) == EXAMPLES:
            break
    return tuple(chosen)


def _of(part: int, whole: int) -> str:
    return f"{part} of {whole}"


def _episodes(scenario: Scenario, work: list[Work]) -> Iterable[Point]:
    for expert in scenario.expert.episodes:
        found: list[Example] = []
        for item in work:
            for expert_id, index in item.digest.matched:
                if expert_id == expert.id and 0 <= index < len(item.analysis.episodes):
                    episode = item.analysis.episodes[index]
                    why = f": {episode.why_key}" if episode.why_key.strip() else ""
                    found.append(Example(item.label, f"{episode.title}{why}"))
        finders = len({e.label for e in found})
        yield Point(
            kind="episode",
            title=expert.title,
            detail=f"found by {_of(finders, len(work))}",
            disagreement=1 - finders / len(work),
            examples=_first(found),
        )


def _distance(rating: str, expert: str, alternative: str | None) -> int | None:
    if rating not in RATING_ORDER:
        return None
    if rating == alternative:
        return 0
    return abs(RATING_ORDER.index(rating) - RATING_ORDER.index(expert))


def _ratings(scenario: Scenario, work: list[Work]) -> Iterable[Point]:
    steps = len(RATING_ORDER) - 1
    for expert in scenario.expert.episodes:
        wanted = expert.appraisal
        given: list[tuple[int, Example]] = []
        for item in work:
            for expert_id, rating, index in item.digest.ratings:
                distance = _distance(rating, wanted.rating, wanted.alternative)
                if expert_id != expert.id or distance is None:
                    continue
                episodes = item.analysis.episodes
                appraisal = appraisal_of(episodes[index]) if 0 <= index < len(episodes) else None
                reasoning = appraisal.reasoning if appraisal else ""
                given.append((distance, Example(item.label, f"{RATINGS[rating]}: {reasoning}")))
        if not given:
            continue
        mean = sum(d for d, _ in given) / len(given)
        expert_says = RATINGS[wanted.rating]
        if wanted.alternative:
            expert_says += f" (or {RATINGS[wanted.alternative]})"
        yield Point(
            kind="rating",
            title=expert.title,
            detail=f"the expert: {expert_says}; "
            f"{_of(sum(1 for d, _ in given if d), len(given))} ratings differ",
            disagreement=mean / steps,
            examples=_first(e for d, e in sorted(given, key=lambda g: -g[0]) if d),
        )


def _categories(work: list[Work]) -> Iterable[Point]:
    per_expert: Counter[str] = Counter()
    confused: dict[tuple[str, str], list[Example]] = defaultdict(list)
    for item in work:
        for mine, expert, index, position in item.digest.categories:
            per_expert[expert] += 1
            if mine == expert:
                continue
            episodes = item.analysis.episodes
            factors = episodes[index].factors if 0 <= index < len(episodes) else []
            text = factors[position].statement if 0 <= position < len(factors) else ""
            confused[(mine, expert)].append(Example(item.label, text))
    for (mine, expert), examples in confused.items():
        yield Point(
            kind="category",
            title=f"{CATEGORY_SHORT.get(mine, mine)} where the expert saw "
            f"{CATEGORY_SHORT.get(expert, expert)}",
            detail=f"{_of(len(examples), per_expert[expert])} factors paired with "
            f"{CATEGORY_SHORT.get(expert, expert)} factors",
            disagreement=len(examples) / per_expert[expert],
            examples=_first(examples),
        )


def _hindsight(work: list[Work]) -> Iterable[Point]:
    for kind in HINDSIGHT_KINDS:
        flagged = [
            Example(item.label, text)
            for item in work
            for found, text in item.digest.flags
            if found == kind
        ]
        if not flagged:
            continue
        trainees = len({e.label for e in flagged})
        yield Point(
            kind="hindsight",
            title=flag_name(kind),
            detail=f"{len(flagged)} flag(s), in the work of {_of(trainees, len(work))}",
            disagreement=trainees / len(work),
            examples=_first(flagged),
        )


def _finding_categories(scenario: Scenario, work: list[Work]) -> Iterable[Point]:
    for category in dict.fromkeys(f.category for f in scenario.expert.findings):
        wrote = [
            Example(item.label, item.analysis.findings[position].statement)
            for item in work
            for position, mine, _ in item.digest.findings
            if mine == category and 0 <= position < len(item.analysis.findings)
        ]
        writers = len({e.label for e in wrote})
        yield Point(
            kind="finding_category",
            title=CATEGORY_SHORT.get(category, category),
            detail=f"a finding in it from {_of(writers, len(work))}",
            disagreement=1 - writers / len(work),
            examples=_first(wrote),
        )
