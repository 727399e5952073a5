"""Stage 1, key practice episodes: which of the expert's episodes the trainee found, by the
chronology entries each spans; near misses, splits and merges; and the trainee's own work on
every episode, paired or not, so that it is always shown beside the expert's.
"""

from __future__ import annotations

from secondstory.marking.models import (
    EpisodePair,
    EpisodesFeedback,
    ExtraEpisode,
    MergedEpisodes,
    MissedEpisode,
    SplitEpisode,
    YourEpisodeWork,
)
from secondstory.marking.pairing import Pairing, trainee_title
from secondstory.marking.rules import (
    FOUND_CREDIT,
    MATCH_THRESHOLD,
    NEAR_MISS_CREDIT,
    NEAR_MISS_OVERLAP,
    appraisal_of,
    band,
)
from secondstory.models import TraineeEpisode
from secondstory.vocabulary import CATEGORY_SHORT, STAGES


def your_work(episode: TraineeEpisode) -> YourEpisodeWork:
    given = appraisal_of(episode)
    return YourEpisodeWork(
        why_key=episode.why_key,
        rating=given.rating if given else None,
        reasoning=given.reasoning if given else "",
        local_rationality=episode.local_rationality,
        factors=[f"{CATEGORY_SHORT[f.category]}: {f.statement}" for f in episode.factors],
    )


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
                near_miss=list(o.near_miss),
                explanation=_near_miss_text(o.near_miss, o.overlap) if o.near_miss else "",
                yours=your_work(work.trainee[t]),
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
    value = work.stage_score(work.pair_episodes, lambda e, t: work.overlaps[e][t].credit)
    return EpisodesFeedback(
        label=STAGES["episodes"],
        score=value,
        band=band(value),
        how_marked=(
            "Each of your episodes is paired with at most one of the expert's, choosing the "
            "pairing that gives most credit. A pair matches when your episode includes the "
            "expert's core entries (or, when none are named, shares an entry) and the overlap "
            f"of entries is at least {MATCH_THRESHOLD:g} (overlap = twice the shared entries "
            f"over both episodes' entries added). A matched episode earns {FOUND_CREDIT:g} for "
            f"finding it and {1 - FOUND_CREDIT:g} times the overlap. A near miss (one core entry "
            f"left out, overlap at least {NEAR_MISS_OVERLAP:g}) is paired for "
            f"{NEAR_MISS_CREDIT:.0%} of that. The score is the credit summed over the expert's "
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
        elif not o.core_ok and expert.core - set(work.trainee[closest].entries):
            missing = ", ".join(work.sort_entries(expert.core - set(work.trainee[closest].entries)))
            reason = (
                f"Your closest episode, '{title}', leaves out {missing}: the entries the expert "
                "treats as the heart of this episode."
            )
        elif not o.core_ok:
            wanted = ", ".join(work.sort_entries(expert.core_any))
            reason = (
                f"Your closest episode, '{title}', includes none of {wanted}: the expert's "
                "episode needs at least one of these."
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
        yours=your_work(episode),
    )


def _near_miss_text(left_out: tuple[str, ...], overlap: float) -> str:
    return (
        f"A near miss: your episode covers much of this one (overlap {overlap:.2f}) but leaves "
        f"out {', '.join(left_out)}, an entry the expert treats as the heart of it. It is "
        f"paired, for {NEAR_MISS_CREDIT:.0%} of the credit: look at what {', '.join(left_out)} "
        "adds to the episode."
    )


def _splits(work: Pairing) -> list[SplitEpisode]:
    """Expert episodes that two or more of the trainee's lie mostly inside, one of them paired
    with it: episodes inside one the trainee never paired are extra episodes, not a split."""
    out = []
    for e, expert in enumerate(work.index.episodes):
        parts = [
            t
            for t in range(len(work.trainee))
            if work.overlaps[e][t].shared
            and len(work.overlaps[e][t].shared) * 2 >= len(set(work.trainee[t].entries))
        ]
        if len(parts) >= 2 and work.pair_episodes.get(e) in parts:
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
