"""Pairing a trainee's episodes with the expert's, and the marks of every possible pair.

Each stage pairs the trainee's episodes one-to-one with the expert's in the way that gives the
trainee most credit at that stage; ties go to the pairing of the episodes stage. So a stage score
never drops when an episode is added, and the order of the trainee's episodes never matters
(they are put in a canonical order before pairing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from secondstory.marking.appraisal import AppraisalMark, mark_appraisal
from secondstory.marking.factors import FactorMarks, mark_factors
from secondstory.marking.models import EpisodeRef
from secondstory.marking.rules import (
    SCALE,
    EpisodeOverlap,
    ScenarioIndex,
    episode_overlap,
    mean_credit,
    units,
)
from secondstory.matching import best_assignment
from secondstory.models import Analysis, TraineeEpisode


@dataclass(frozen=True)
class Pairing:
    """The pair tables of one analysis, trainee episodes in canonical order."""

    index: ScenarioIndex
    analysis: Analysis
    order: list[int]
    trainee: list[TraineeEpisode]
    overlaps: list[list[EpisodeOverlap]]
    appraisals: list[list[AppraisalMark | None]]
    factors: list[list[FactorMarks | None]]
    pair_episodes: dict[int, int]
    pair_appraisal: dict[int, int]
    pair_factors: dict[int, int]

    def ref(self, t: int) -> EpisodeRef:
        episode = self.trainee[t]
        return EpisodeRef(
            index=self.order[t], id=episode.id, title=trainee_title(episode, self.order[t])
        )

    def sort_entries(self, ids: set[str] | frozenset[str]) -> list[str]:
        far = len(self.index.entry_order)
        return sorted(ids, key=lambda i: (self.index.entry_order.get(i, far), i))

    def stage_score(self, pairs: dict[int, int], credit: Callable[[int, int], float]) -> float:
        """The credit of the chosen pairs, summed in whole units, over the expert's episodes."""
        return mean_credit((credit(e, t) for e, t in pairs.items()), len(self.index.episodes))


def trainee_title(episode: TraineeEpisode, index: int) -> str:
    return episode.title.strip() or f"Episode {index + 1}"


def pair_up(index: ScenarioIndex, analysis: Analysis) -> Pairing:
    """Every expert episode against every trainee episode, and the best pairing for each stage.

    A pair's weight is its credit at the stage (in whole units of 1/SCALE) times a factor larger
    than any total of the tie-breaking credit, plus that tie-breaking credit; pairs that do not
    match weigh 0 and are never made.
    """
    order = sorted(
        range(len(analysis.episodes)), key=lambda i: analysis.episodes[i].model_dump_json()
    )
    trainee = [analysis.episodes[i] for i in order]
    overlaps, appraisals, factors = [], [], []
    for expert in index.episodes:
        row_o: list[EpisodeOverlap] = []
        row_a: list[AppraisalMark | None] = []
        row_f: list[FactorMarks | None] = []
        for episode in trainee:
            o = episode_overlap(expert, episode)
            row_o.append(o)
            row_a.append(mark_appraisal(index, expert, episode) if o.matched else None)
            row_f.append(mark_factors(index, expert, episode) if o.matched else None)
        overlaps.append(row_o)
        appraisals.append(row_a)
        factors.append(row_f)

    weight = SCALE * len(index.episodes) + 1

    def table(primary, secondary) -> list[list[int]]:
        return [
            [
                units(primary(e, t)) * weight + units(secondary(e, t))
                if overlaps[e][t].matched
                else 0
                for t in range(len(trainee))
            ]
            for e in range(len(index.episodes))
        ]

    def episode_credit(e: int, t: int) -> float:
        return overlaps[e][t].credit

    def appraisal_credit(e: int, t: int) -> float:
        mark = appraisals[e][t]
        return mark.credit if mark else 0.0

    def factor_credit(e: int, t: int) -> float:
        mark = factors[e][t]
        return mark.credit if mark else 0.0

    def later_credit(e: int, t: int) -> float:
        return (appraisal_credit(e, t) + factor_credit(e, t)) / 2

    return Pairing(
        index=index,
        analysis=analysis,
        order=order,
        trainee=trainee,
        overlaps=overlaps,
        appraisals=appraisals,
        factors=factors,
        pair_episodes=best_assignment(table(episode_credit, later_credit)),
        pair_appraisal=best_assignment(table(appraisal_credit, episode_credit)),
        pair_factors=best_assignment(table(factor_credit, episode_credit)),
    )
