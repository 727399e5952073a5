"""Pairing a trainee's episodes with the expert's, and the feedback on the episodes stage.

Each stage pairs the trainee's episodes one-to-one with the expert's in the way that gives the
trainee most credit at that stage; ties go to the pairing of the episodes stage. So a stage score
never drops when an episode is added, and the order of the trainee's episodes never matters
(they are put in a canonical order before pairing).
"""

from __future__ import annotations

from dataclasses import dataclass

from secondstory.matching import best_assignment
from secondstory.models import Analysis, TraineeEpisode
from secondstory.scoring_models import (
    EpisodePair,
    EpisodeRef,
    EpisodesFeedback,
    ExtraEpisode,
    MergedEpisodes,
    MissedEpisode,
    SplitEpisode,
)
from secondstory.scoring_report import band
from secondstory.scoring_rules import (
    MATCH_THRESHOLD,
    SCALE,
    EpisodeOverlap,
    FactorNumbers,
    ScenarioIndex,
    appraisal_of,
    episode_overlap,
    factor_numbers,
    rating_agreement,
    units,
)
from secondstory.vocabulary import STAGES


@dataclass(frozen=True)
class Pairing:
    """The pair tables of one analysis, trainee episodes in canonical order."""

    index: ScenarioIndex
    analysis: Analysis
    order: list[int]
    trainee: list[TraineeEpisode]
    overlaps: list[list[EpisodeOverlap]]
    ratings: list[list[tuple[str, float]]]
    factors: list[list[FactorNumbers | None]]
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
    overlaps, ratings, factors = [], [], []
    for expert in index.episodes:
        row_o, row_r, row_f = [], [], []
        appraisal = expert.episode.appraisal
        for episode in trainee:
            o = episode_overlap(expert, episode)
            row_o.append(o)
            if o.matched:
                given = appraisal_of(episode)
                row_r.append(
                    rating_agreement(
                        appraisal.rating, appraisal.alternative, given.rating if given else None
                    )
                )
                row_f.append(factor_numbers(expert, episode))
            else:
                row_r.append(("not_paired", 0.0))
                row_f.append(None)
        overlaps.append(row_o)
        ratings.append(row_r)
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

    def rating_credit(e: int, t: int) -> float:
        return ratings[e][t][1]

    def factor_credit(e: int, t: int) -> float:
        numbers = factors[e][t]
        return numbers.credit if numbers else 0.0

    def later_credit(e: int, t: int) -> float:
        return (rating_credit(e, t) + factor_credit(e, t)) / 2

    return Pairing(
        index=index,
        analysis=analysis,
        order=order,
        trainee=trainee,
        overlaps=overlaps,
        ratings=ratings,
        factors=factors,
        pair_episodes=best_assignment(table(episode_credit, later_credit)),
        pair_appraisal=best_assignment(table(rating_credit, episode_credit)),
        pair_factors=best_assignment(table(factor_credit, episode_credit)),
    )


def stage_score(pairs: dict[int, int], credit, experts: int) -> float:
    return round(sum(units(credit(e, t)) for e, t in pairs.items()) / SCALE / experts, 4)


# --- Stage 1: episodes ---


def episodes_stage(work: Pairing) -> EpisodesFeedback:
    index = work.index
    experts = index.episodes
    paired_trainee = {t: e for e, t in work.pair_episodes.items()}
    matched = []
    for e, t in sorted(work.pair_episodes.items()):
        expert, o = experts[e], work.overlaps[e][t]
        chosen = set(work.trainee[t].entries)
        matched.append(
            EpisodePair(
                expert_id=expert.episode.id,
                expert_title=expert.episode.title,
                trainee=work.ref(t),
                overlap=round(o.overlap, 2),
                credit=round(o.credit, 2),
                shared_entries=work.sort_entries(o.shared),
                expert_only_entries=work.sort_entries(expert.entries - chosen),
                trainee_only_entries=work.sort_entries(chosen - expert.entries),
                carried_forward=o.carried_forward,
                why_key=expert.episode.why_key,
                commentary=expert.episode.commentary,
            )
        )
    split = _splits(work)
    in_split = {r.index for s in split for r in s.trainee}
    missed = [
        _missed(work, e, paired_trainee) for e in range(len(experts)) if e not in work.pair_episodes
    ]
    extra = [
        _extra(work, t, t_index in in_split)
        for t, t_index in enumerate(work.order)
        if t not in paired_trainee
    ]
    extra.sort(key=lambda x: x.trainee.index)
    notes = []
    carried = sum(1 for m in matched if m.carried_forward)
    if carried:
        notes.append(
            f"{carried} of your episodes came from the reference (carried forward after you "
            "revealed the expert's episodes); each is paired with the episode it came from."
        )
    value = stage_score(work.pair_episodes, lambda e, t: work.overlaps[e][t].credit, len(experts))
    return EpisodesFeedback(
        label=STAGES["episodes"],
        score=value,
        band=band(value),
        how_marked=(
            "Each of your episodes is paired with at most one of the expert's, choosing the "
            "pairing that gives most credit. A pair matches when your episode includes the "
            "expert's core entries (or, when none are named, shares an entry) and the overlap "
            f"of entries is at least {MATCH_THRESHOLD:g} (overlap = twice the shared entries "
            "over both episodes' entries added). A matched episode earns half for finding it "
            "and half times the overlap; the score is the credit summed over the expert's "
            f"{len(experts)} episode(s), divided by {len(experts)}."
        ),
        notes=notes,
        matched=matched,
        missed=missed,
        extra=extra,
        split=split,
        merged=_merges(work),
    )


def _missed(work: Pairing, e: int, paired_trainee: dict[int, int]) -> MissedEpisode:
    expert = work.index.episodes[e]
    candidates = [t for t in range(len(work.trainee)) if work.overlaps[e][t].shared]
    closest = max(candidates, key=lambda t: (work.overlaps[e][t].overlap, -t), default=None)
    if closest is None:
        reason = "None of your episodes includes any of its entries."
    else:
        o = work.overlaps[e][closest]
        title = trainee_title(work.trainee[closest], work.order[closest])
        if o.matched and closest in paired_trainee:
            other = work.index.episodes[paired_trainee[closest]].episode.title
            reason = (
                f"Your episode '{title}' covers it, but was paired with the expert's "
                f"'{other}': one of your episodes can stand for only one of the expert's."
            )
        elif not o.core_ok:
            missing = ", ".join(work.sort_entries(expert.core - set(work.trainee[closest].entries)))
            reason = (
                f"Your closest episode, '{title}', leaves out {missing}: the entries the expert "
                "treats as the heart of this episode."
            )
        else:
            reason = (
                f"Your closest episode, '{title}', overlaps it only a little (overlap "
                f"{o.overlap:.2f}; {MATCH_THRESHOLD:g} is needed): it is mostly about other "
                "entries."
            )
    return MissedEpisode(
        expert_id=expert.episode.id,
        expert_title=expert.episode.title,
        entries=list(expert.episode.entries),
        core_entries=list(expert.episode.core_entries),
        why_key=expert.episode.why_key,
        commentary=expert.episode.commentary,
        closest=work.ref(closest) if closest is not None else None,
        closest_overlap=round(work.overlaps[e][closest].overlap, 2) if closest is not None else 0.0,
        reason=reason,
    )


_NOT_WRONG = (
    "That is not the same as wrong: reviewers select different episodes, and you may be able to "
    "defend this one. Ask whether it was significant to how the case developed or was handled, "
    "and whether you could say why to a review panel."
)


def _extra(work: Pairing, t: int, in_split: bool) -> ExtraEpisode:
    episode = work.trainee[t]
    touching = [x.episode for e, x in enumerate(work.index.episodes) if work.overlaps[e][t].shared]
    if not episode.entries:
        detail = "You chose no chronology entries for it, so it cannot be compared."
    elif in_split:
        detail = (
            "It covers part of an expert episode that another of your episodes already stands "
            "for: you split one episode into several. Splitting can be right when the parts "
            "call for different appraisals; otherwise one episode tells the story better."
        )
    elif touching:
        names = ", ".join(f"'{x.title}'" for x in touching)
        detail = (
            f"It shares entries with the expert's {names}, but not enough to be paired with it, "
            "or that episode was paired with another of yours."
        )
    else:
        detail = "It covers entries the reference did not treat as key."
    return ExtraEpisode(
        trainee=work.ref(t),
        entries=work.sort_entries(set(episode.entries)),
        overlaps_expert=[x.id for x in touching],
        explanation=f"Not in the reference. {detail} {_NOT_WRONG}",
    )


def _splits(work: Pairing) -> list[SplitEpisode]:
    out = []
    for e, expert in enumerate(work.index.episodes):
        parts = [
            t
            for t in range(len(work.trainee))
            if work.overlaps[e][t].shared
            and len(work.overlaps[e][t].shared) * 2 >= len(set(work.trainee[t].entries))
        ]
        if len(parts) >= 2:
            refs = sorted((work.ref(t) for t in parts), key=lambda r: r.index)
            out.append(
                SplitEpisode(
                    expert_id=expert.episode.id,
                    expert_title=expert.episode.title,
                    trainee=refs,
                    explanation=(
                        f"The expert treats '{expert.episode.title}' as one episode; "
                        f"{len(refs)} of yours lie mostly inside it. Only one can be paired "
                        "with it; ask whether the parts really call for separate appraisals."
                    ),
                )
            )
    return out


def _merges(work: Pairing) -> list[MergedEpisodes]:
    out = []
    for t, episode in enumerate(work.trainee):
        chosen = set(episode.entries)
        inside = [
            x.episode
            for x in work.index.episodes
            if (x.core <= chosen if x.core else len(x.entries & chosen) * 2 >= len(x.entries))
            and x.entries & chosen
        ]
        if len(inside) >= 2:
            out.append(
                MergedEpisodes(
                    trainee=work.ref(t),
                    expert_ids=[x.id for x in inside],
                    expert_titles=[x.title for x in inside],
                    explanation=(
                        f"Your episode covers {len(inside)} of the expert's episodes. It can be "
                        "paired with only one of them; the others count as missed. Separate "
                        "episodes let you appraise and explain each piece of practice on its own "
                        "terms."
                    ),
                )
            )
    out.sort(key=lambda m: m.trainee.index)
    return out
