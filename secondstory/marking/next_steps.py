"""Next steps: what the trainee can do now, worked out from what the marking found.

Each step is an action on the trainee's own work, named as they know it ("your episode 2
'...'", "finding 1", "entries e05–e07"), not the expert's text repeated: the comparison tabs
already show that. The weakest stages come first, a few steps from each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from secondstory.learn import CATEGORY_GUIDE
from secondstory.marking.models import (
    AppraisalFeedback,
    EpisodeRef,
    EpisodesFeedback,
    FactorsFeedback,
    FindingsFeedback,
    StageFeedback,
)
from secondstory.vocabulary import CATEGORIES, RATINGS

MAX_NEXT_STEPS = 5
STEPS_PER_STAGE = 2
# Below this share of the expert's evidence, the trainee is asked to cite theirs.
LOW_EVIDENCE = 0.5
# A run of at least this many entries in a row is written as a range ("e05–e07").
RANGE_FROM = 3

ALL_DONE = (
    "Your analysis matches the reference closely. Try a harder case, or set your wording beside "
    "the expert's to sharpen how you explain practice."
)


def entry_span(ids: Iterable[str], order: Mapping[str, int]) -> str:
    """Entry ids in chronology order, runs of consecutive entries as ranges: "e01, e05–e07"."""
    ranked = sorted(dict.fromkeys(ids), key=lambda i: (order.get(i, len(order)), i))
    runs: list[list[str]] = []
    for entry_id in ranked:
        if runs and entry_id in order and order.get(runs[-1][-1], -2) + 1 == order[entry_id]:
            runs[-1].append(entry_id)
        else:
            runs.append([entry_id])
    parts = []
    for run in runs:
        parts += [f"{run[0]}–{run[-1]}"] if len(run) >= RANGE_FROM else run
    return ", ".join(parts)


def _yours(ref: EpisodeRef) -> str:
    return f"your episode {ref.index + 1} '{ref.title}'"


def _entries(ids: Iterable[str], order: Mapping[str, int]) -> str:
    ids = list(ids)
    word = "entry" if len(ids) == 1 else "entries"
    return f"{word} {entry_span(ids, order)}"


def _trainee_entries(stage: EpisodesFeedback) -> dict[str, list[str]]:
    """Each of the trainee's episodes (by id): its entries."""
    found = {m.trainee.id: [*m.shared_entries, *m.trainee_only_entries] for m in stage.matched}
    found.update({x.trainee.id: x.entries for x in stage.extra})
    return found


def _episode_steps(stage: EpisodesFeedback, order: Mapping[str, int]) -> list[str]:
    steps = [
        f"Add {_entries(m.near_miss, order)} to {_yours(m.trainee)}: the practice the episode "
        "turns on happened there."
        for m in stage.matched
        if m.near_miss
    ]
    steps += [
        f"Re-read {_entries(m.entries, order)} and decide whether they hold a key practice "
        f"episode you left out (the expert's '{m.expert_title}'): what was done, and how did it "
        "shape what happened next?"
        for m in stage.missed
    ]
    steps += [
        f"Split {_yours(m.trainee)} into {len(m.expert_titles)} episodes, one for each piece of "
        "practice it covers, so that each can be appraised on its own terms."
        for m in stage.merged
    ]
    if len(stage.extra) > max(len(stage.matched), 1):
        chosen = len(stage.matched) + len(stage.extra)
        steps.append(
            f"Of your {chosen} episodes, keep the ones that changed how the case developed: for "
            "each, ask what would have gone differently without it."
        )
    return steps


def _appraisal_steps(
    stage: AppraisalFeedback, entries: Mapping[str, list[str]], order: Mapping[str, int]
) -> list[str]:
    steps = []
    for item in stage.items:
        if item.trainee is None:
            continue
        if item.hindsight:
            steps.append(
                f"Re-read {_entries(entries.get(item.trainee.id, []), order)} and appraise "
                f"{_yours(item.trainee)} again by what was known then: leave out "
                f"'{item.hindsight[0].text}'."
            )
        elif item.agreement in ("different", "adjacent") and item.trainee_rating:
            steps.append(
                f"Test your rating of {_yours(item.trainee)} "
                f"({RATINGS[item.trainee_rating].lower()}): write what a practitioner could "
                "reasonably have been expected to do with what was known then, and see whether "
                "the rating still holds."
            )
        elif item.agreement == "not_appraised":
            steps.append(
                f"Appraise {_yours(item.trainee)}: a rating, and the reasoning for it as practice "
                "could be judged at the time."
            )
    if any(n.startswith("You rated no episode as good practice") for n in stage.notes):
        steps.append(
            "Find an episode where practice went well, rate it as good practice and say what "
            "supported it."
        )
    return steps


def _category_hint(category: str) -> str:
    """What a category covers, in a few words: the start of its glossary definition."""
    return CATEGORY_GUIDE[category][0].split(":")[0].lower()


def _factor_steps(stage: FactorsFeedback) -> list[str]:
    steps = []
    paired = [i for i in stage.items if i.trainee is not None]
    for item in sorted(paired, key=lambda i: -len(i.categories_missed)):
        if not item.trainee_local_rationality.strip():
            steps.append(
                f"Write, for {_yours(item.trainee)}, why what was done made sense to the people "
                "involved at the time."
            )
        if item.categories_missed:
            category = item.categories_missed[0]
            steps.append(
                f"Look at {_yours(item.trainee)} for a factor under '{CATEGORIES[category]}' "
                f"({_category_hint(category)}) and cite the evidence it rests on."
            )
        if item.your_factors and item.evidence_recall < LOW_EVIDENCE:
            steps.append(
                f"Cite the entries, records or conversation parts behind each factor of "
                f"{_yours(item.trainee)}."
            )
    return steps


def _finding_steps(stage: FindingsFeedback) -> list[str]:
    steps = []
    for review in stage.yours:
        number = review.position + 1
        counted = [f for f in review.flags if f.counted]
        for flag in counted:
            if flag.kind == "reflexive_fix" and flag.where.startswith("questions"):
                steps.append(
                    f"Rewrite finding {number}'s question as a question for the partnership "
                    f"about what makes the work hard to do well, not a fix ('{flag.text}')."
                )
            elif flag.kind == "reflexive_fix":
                steps.append(
                    f"Rewrite finding {number} as a pattern in the system rather than a fix "
                    f"('{flag.text}')."
                )
            elif flag.kind == "case_specific":
                steps.append(
                    f"Rewrite finding {number} so that it would hold in the next case, with "
                    f"other families and workers ('{flag.text}' is about this one)."
                )
        steps += [f"Finding {number}: {p.message}" for p in review.parts if not p.present]
    steps += [
        f"Write a finding under '{item.category_label}' from this case's evidence, then set it "
        "beside the expert's."
        for item in stage.items
        if not item.covered
    ]
    return list(dict.fromkeys(steps))


def next_steps(stages: Mapping[str, StageFeedback], order: Mapping[str, int]) -> list[str]:
    """What to do next, a few steps from each of the weakest stages first; `order` is each
    entry's place in the chronology."""
    episodes = stages["episodes"]
    entries = _trainee_entries(episodes) if isinstance(episodes, EpisodesFeedback) else {}
    steps: list[str] = []
    for stage in sorted(stages.values(), key=lambda s: s.score):
        if isinstance(stage, EpisodesFeedback):
            found = _episode_steps(stage, order)
        elif isinstance(stage, AppraisalFeedback):
            found = _appraisal_steps(stage, entries, order)
        elif isinstance(stage, FactorsFeedback):
            found = _factor_steps(stage)
        else:
            assert isinstance(stage, FindingsFeedback)
            found = _finding_steps(stage)
        steps += found[:STEPS_PER_STAGE]
    return steps[:MAX_NEXT_STEPS] or [ALL_DONE]
