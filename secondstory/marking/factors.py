"""Stage 3, contributory factors: each of the trainee's factors in a paired episode is matched
one-to-one with the expert's factor it says most nearly the same as. A match earns its
likeness (kept only in part for blame, counterfactual, hindsight or a system-excusing stance),
weighted by how well the categories agree and, a little, by the evidence cited. A factor the
expert did not list is shown as "not in the reference" and never costs anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from secondstory.marking.meaning import compare
from secondstory.marking.models import (
    CategoryCount,
    ExpertFactorView,
    FactorComparison,
    FactorsFeedback,
    FactorsItem,
    UnpairedFactor,
)
from secondstory.marking.rules import (
    MIN_LIKENESS,
    ExpertEpisodeIndex,
    ScenarioIndex,
    TextMark,
    band,
    mark_text,
    units,
)
from secondstory.marking.texts import text_credit
from secondstory.matching import best_assignment
from secondstory.models import ExpertEpisode, TraineeEpisode
from secondstory.vocabulary import CATEGORIES, STAGES

if TYPE_CHECKING:
    from secondstory.marking.pairing import Pairing

# How much of a match's credit its category keeps: the expert's category; one the expert lists
# as a defensible alternative; any other (the categories overlap, so the idea still counts).
SAME_CATEGORY, ALTERNATIVE_CATEGORY, OTHER_CATEGORY = 1.0, 0.8, 0.5
# The evidence cited moves a match's credit between this share and all of it.
EVIDENCE_FLOOR = 0.85
# The reference is one reading: matching this share of an episode's expert factors can earn full
# credit for the episode.
FULL_AT_SHARE = 0.85


@dataclass(frozen=True)
class FactorPair:
    trainee: int
    expert: int
    mark: TextMark
    category_weight: float
    evidence_share: float
    credit: float


@dataclass(frozen=True)
class FactorMarks:
    pairs: tuple[FactorPair, ...]
    credit: float
    recall: float
    precision: float
    evidence_recall: float
    evidence_shared: tuple[str, ...]


def category_weight(expert: ExpertEpisode, expert_factor: int, category: str) -> float:
    factor = expert.factors[expert_factor]
    if category == factor.category:
        return SAME_CATEGORY
    if category in factor.alternative_categories:
        return ALTERNATIVE_CATEGORY
    return OTHER_CATEGORY


def _cited(episode: TraineeEpisode, factor_evidence: list[str]) -> set[str]:
    return set(episode.entries) | set(factor_evidence)


def _covered(refs: list[str] | tuple[str, ...], cited: set[str]) -> list[str]:
    """The refs the cited ids cover: a whole conversation covers each of its parts, and any
    part of a conversation covers the whole conversation."""
    sources = {ref.split(".")[0] for ref in cited}
    return [ref for ref in refs if ref in cited or ref.split(".")[0] in cited or ref in sources]


def mark_factors(
    index: ScenarioIndex, expert: ExpertEpisodeIndex, episode: TraineeEpisode
) -> FactorMarks:
    factors = expert.episode.factors
    table: dict[tuple[int, int], FactorPair] = {}
    for i, mine in enumerate(episode.factors):
        for j, theirs in enumerate(factors):
            mark = mark_text(
                index,
                mine.statement,
                expert.factors[j],
                [p.wordings() for p in theirs.key_points],
            )
            if mark.likeness.value < MIN_LIKENESS or mark.credit <= 0:
                continue
            weight = category_weight(expert.episode, j, mine.category)
            share = len(_covered(theirs.evidence, _cited(episode, mine.evidence))) / len(
                theirs.evidence
            )
            credit = mark.credit * weight * (EVIDENCE_FLOOR + (1 - EVIDENCE_FLOOR) * share)
            table[i, j] = FactorPair(i, j, mark, weight, share, round(credit, 4))
    weights = [
        [units(table[i, j].credit) if (i, j) in table else 0 for i in range(len(episode.factors))]
        for j in range(len(factors))
    ]
    chosen = best_assignment(weights)
    pairs = tuple(table[i, j] for j, i in sorted(chosen.items()))
    categories = {f.category for f in episode.factors}
    main = expert.main_categories
    recall = sum(1 for c in main if c in categories) / len(main) if main else 0.0
    precision = sum(1 for c in categories if c in main) / len(categories) if categories else 0.0
    evidence = tuple(dict.fromkeys(ref for f in factors for ref in f.evidence))
    cited = _cited(episode, [ref for f in episode.factors for ref in f.evidence])
    shared = tuple(_covered(evidence, cited)) if episode.factors else ()
    return FactorMarks(
        pairs=pairs,
        credit=round(min(1.0, sum(p.credit for p in pairs) / (FULL_AT_SHARE * len(factors))), 4),
        recall=recall,
        precision=precision,
        evidence_recall=len(shared) / len(evidence) if evidence else 0.0,
        evidence_shared=shared,
    )


def _expert_factor_views(expert: ExpertEpisode) -> list[ExpertFactorView]:
    return [
        ExpertFactorView(
            id=f.id,
            category=f.category,
            category_label=CATEGORIES[f.category],
            alternative_categories=list(f.alternative_categories),
            prompt_area=f.prompt_area,
            statement=f.statement,
            evidence=list(f.evidence),
        )
        for f in expert.factors
    ]


def _closest(
    index: ScenarioIndex, statement: str, candidates: list[tuple[ExpertEpisodeIndex, int]]
) -> tuple[ExpertEpisodeIndex, int, float] | None:
    prepared = index.space.prepare(statement)
    best = None
    for expert, j in candidates:
        value = compare(index.space, prepared, expert.factors[j]).value
        if best is None or value > best[2]:
            best = (expert, j, value)
    return best


def _category_note(weight: float, label: str, matched: bool) -> str:
    if not matched:
        return (
            "Not matched with an expert factor here: it is not in the reference, which does not "
            "make it wrong. The closest expert factor is shown for comparison."
        )
    if weight == SAME_CATEGORY:
        return f"Matched, and the expert files it under '{label}' too."
    if weight == ALTERNATIVE_CATEGORY:
        return (
            f"Matched; the expert files it under another category but names '{label}' as a "
            f"defensible alternative: {ALTERNATIVE_CATEGORY:.0%} of the credit."
        )
    return (
        f"Matched, but the expert files it under another category and does not list '{label}' "
        f"as an alternative: {OTHER_CATEGORY:.0%} of the credit. The categories overlap; "
        "check which fits best."
    )


def _your_factors(
    index: ScenarioIndex, expert: ExpertEpisodeIndex, episode: TraineeEpisode, marks: FactorMarks
) -> list[FactorComparison]:
    by_trainee = {p.trainee: p for p in marks.pairs}
    candidates = [(expert, j) for j in range(len(expert.episode.factors))]
    out = []
    for i, mine in enumerate(episode.factors):
        pair = by_trainee.get(i)
        label = CATEGORIES[mine.category]
        if pair is not None:
            theirs = expert.episode.factors[pair.expert]
            out.append(
                FactorComparison(
                    position=i,
                    category=mine.category,
                    statement=mine.statement,
                    category_credit=pair.category_weight,
                    category_note=_category_note(pair.category_weight, label, True),
                    closest_expert_factor=theirs.id,
                    expert_statement=theirs.statement,
                    expert_category=theirs.category,
                    likeness=pair.mark.likeness.value,
                    matched=True,
                    credit=pair.credit,
                    evidence_share=round(pair.evidence_share, 4),
                    text=text_credit(pair.mark, "factor"),
                )
            )
            continue
        out.append(_unmatched(index, i, mine.category, mine.statement, candidates))
    return out


def _unmatched(
    index: ScenarioIndex,
    position: int,
    category: str,
    statement: str,
    candidates: list[tuple[ExpertEpisodeIndex, int]],
) -> FactorComparison:
    closest = _closest(index, statement, candidates)
    theirs = closest[0].episode.factors[closest[1]] if closest else None
    return FactorComparison(
        position=position,
        category=category,
        statement=statement,
        category_credit=0.0,
        category_note=_category_note(0.0, CATEGORIES[category], False),
        closest_expert_factor=theirs.id if theirs else None,
        expert_statement=theirs.statement if theirs else "",
        expert_category=theirs.category if theirs else None,
        likeness=closest[2] if closest else 0.0,
    )


def factors_stage(work: Pairing) -> FactorsFeedback:
    index = work.index
    items = []
    for e, expert in enumerate(index.episodes):
        t = work.pair_factors.get(e)
        marks = work.factors[e][t] if t is not None else None
        views = _expert_factor_views(expert.episode)
        expert_cats = list(expert.main_categories)
        evidence = list(dict.fromkeys(ref for f in expert.episode.factors for ref in f.evidence))
        if t is None or marks is None:
            items.append(
                FactorsItem(
                    expert_id=expert.episode.id,
                    expert_title=expert.episode.title,
                    trainee=None,
                    credit=0.0,
                    recall=0.0,
                    precision=0.0,
                    f1=0.0,
                    evidence_recall=0.0,
                    expert_categories=expert_cats,
                    trainee_categories=[],
                    categories_shared=[],
                    categories_alternative=[],
                    categories_missed=expert_cats,
                    categories_extra=[],
                    evidence_shared=[],
                    evidence_missed=evidence,
                    expert_factors=views,
                    your_factors=[],
                    expert_local_rationality=expert.episode.local_rationality,
                    trainee_local_rationality="",
                    paired_as_in_episodes=work.pair_episodes.get(e) is None,
                )
            )
            continue
        episode = work.trainee[t]
        yours = list(dict.fromkeys(f.category for f in episode.factors))
        alternatives = {c for f in expert.episode.factors for c in f.alternative_categories}
        f1 = (
            2 * marks.precision * marks.recall / (marks.precision + marks.recall)
            if marks.precision + marks.recall
            else 0.0
        )
        items.append(
            FactorsItem(
                expert_id=expert.episode.id,
                expert_title=expert.episode.title,
                trainee=work.ref(t),
                credit=marks.credit,
                recall=round(marks.recall, 4),
                precision=round(marks.precision, 4),
                f1=round(f1, 4),
                evidence_recall=round(marks.evidence_recall, 4),
                expert_factors_matched=[expert.episode.factors[p.expert].id for p in marks.pairs],
                expert_categories=expert_cats,
                trainee_categories=yours,
                categories_shared=[c for c in expert_cats if c in yours],
                categories_alternative=[
                    c for c in yours if c not in expert_cats and c in alternatives
                ],
                categories_missed=[c for c in expert_cats if c not in yours],
                categories_extra=[
                    c for c in yours if c not in expert_cats and c not in alternatives
                ],
                evidence_shared=list(marks.evidence_shared),
                evidence_missed=[r for r in evidence if r not in marks.evidence_shared],
                expert_factors=views,
                your_factors=_your_factors(index, expert, episode, marks),
                expert_local_rationality=expert.episode.local_rationality,
                trainee_local_rationality=episode.local_rationality,
                paired_as_in_episodes=work.pair_episodes.get(e) == t,
            )
        )
    paired = set(work.pair_factors.values())
    everything = [(x, j) for x in index.episodes for j in range(len(x.episode.factors))]
    unpaired = []
    for t in sorted(set(range(len(work.trainee))) - paired, key=lambda t: work.order[t]):
        for i, factor in enumerate(work.trainee[t].factors):
            comparison = _unmatched(index, i, factor.category, factor.statement, everything)
            comparison = comparison.model_copy(
                update={
                    "category_note": (
                        "This episode of yours is not paired with one of the expert's, so its "
                        "factors do not count; the closest expert factor is shown for comparison."
                    )
                }
            )
            owner = next(
                (
                    x.episode.id
                    for x in index.episodes
                    if any(f.id == comparison.closest_expert_factor for f in x.episode.factors)
                ),
                None,
            )
            unpaired.append(
                UnpairedFactor(trainee=work.ref(t), comparison=comparison, expert_episode=owner)
            )
    counts = [
        CategoryCount(
            category=c,
            label=label,
            yours=sum(1 for ep in work.trainee for f in ep.factors if f.category == c),
            expert=sum(1 for x in index.episodes for f in x.episode.factors if f.category == c),
        )
        for c, label in CATEGORIES.items()
    ]
    value = work.stage_score(work.pair_factors, lambda e, t: work.factors[e][t].credit)
    return FactorsFeedback(
        label=STAGES["factors"],
        score=value,
        band=band(value),
        how_marked=(
            "For each expert episode, each of your factors in the paired episode is matched "
            "with at most one of the expert's factors, the one it says most nearly the same as "
            "(the key ideas, not the same words). A match earns its likeness, times "
            f"{SAME_CATEGORY:g} for the same category, {ALTERNATIVE_CATEGORY:g} for a category "
            f"the expert names as a defensible alternative, {OTHER_CATEGORY:g} for another, "
            f"times between {EVIDENCE_FLOOR:g} and 1 by the share of that factor's evidence "
            "you cite. Blame, counterfactual or hindsight wording, or saying the system was "
            "fine where the expert finds a problem in it, keeps only part of the credit. The "
            f"episode's credit is the sum over the matches divided by {FULL_AT_SHARE:g} times the "
            "number of the expert's factors (at most 1: the reference is one reading, so "
            f"matching {FULL_AT_SHARE:.0%} of it can earn full credit); factors the expert did "
            "not list cost nothing. The score is the mean over the expert's episodes."
        ),
        notes=[],
        items=items,
        unpaired=unpaired,
        category_counts=counts,
    )
