"""The marking rules: the numbers quoted in docs/marking.md, what is worked out once per
scenario, and the arithmetic of one pair (a trainee's episode beside an expert's)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from secondstory.coach import coach
from secondstory.matching import compile_synonyms, content_words, dice, normalise
from secondstory.memo import per_object
from secondstory.models import ExpertEpisode, Scenario, TraineeAppraisal, TraineeEpisode
from secondstory.vocabulary import RATING_ORDER

# Episodes: a pair matches when the trainee's episode holds the expert's core entries (or, with
# none named, shares an entry) and the Dice overlap of their entries is at least this.
MATCH_THRESHOLD = 0.25
# Credit for a matched episode: half for finding it, half for how closely the span agrees.
FOUND_CREDIT = 0.5

RATING_CREDIT = {"same": 1.0, "alternative": 1.0, "adjacent": 0.5, "cannot_say": 0.25}

ALTERNATIVE_CATEGORY_CREDIT = 0.5
FACTOR_CATEGORY_WEIGHT = 0.8
FACTOR_EVIDENCE_WEIGHT = 0.2

FINDING_PARTS = {
    "statement": (
        "Finding statement",
        "Add a one-sentence finding statement naming a pattern in the system, not a person.",
    ),
    "case_evidence": (
        "How it showed up in this case",
        "Say how the pattern showed up in this case: the evidence from the records and "
        "conversations.",
    ),
    "not_one_off": (
        "Not a one-off",
        "Say how you know it is not a one-off: what staff say is usual, local data, audits "
        "or research.",
    ),
    "why_it_matters": (
        "Why it matters",
        "Say why it matters: the risk it creates for children, or how it makes the system less "
        "reliable.",
    ),
    "questions": (
        "Questions for the partnership",
        "Pose at least one question for the safeguarding partnership to consider, rather than "
        "a prescriptive recommendation.",
    ),
}
FINDING_FLAG_PENALTY = 0.2
COUNTED_FINDING_FLAGS = ("case_specific", "reflexive_fix")
FINDINGS_COVERAGE_WEIGHT = 0.6
FINDINGS_QUALITY_WEIGHT = 0.4

# Pair credits are held as whole numbers of 1/SCALE, so that pairing is exact arithmetic.
SCALE = 10_000
_HONORIFICS = frozenset(("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sister", "nurse", "pc"))


# --- What is worked out once per scenario ---


@dataclass(frozen=True)
class ExpertEpisodeIndex:
    episode: ExpertEpisode
    entries: frozenset[str]
    core: frozenset[str]
    main_categories: tuple[str, ...]
    alternatives: dict[str, frozenset[str]]
    all_alternatives: frozenset[str]
    evidence: tuple[str, ...]
    factor_texts: tuple[str, ...]
    later_entries: tuple[str, ...]
    later_words: frozenset[str]


@dataclass(frozen=True)
class ScenarioIndex:
    scenario: Scenario
    episodes: tuple[ExpertEpisodeIndex, ...]
    entry_order: dict[str, int]
    synonyms: dict[tuple[str, ...], tuple[str, ...]]
    names: tuple[str, ...]
    finding_texts: tuple[str, ...]
    reference_flags: frozenset[tuple[str, str]]


def _names(scenario: Scenario) -> tuple[str, ...]:
    names: list[str] = []
    for person in [*scenario.people.family, *scenario.people.practitioners]:
        names.append(person.name)
        given = [w for w in person.name.split() if w.lower().strip(".") not in _HONORIFICS]
        if given and given[0] != person.name:
            names.append(given[0])
    return tuple(dict.fromkeys(names))


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def finding_texts(
    statement: str, why_it_matters: str, questions: Sequence[str]
) -> list[tuple[str, str]]:
    """The parts of a finding the coach reads: where framing matters, not the case evidence."""
    texts = [("statement", statement), ("why_it_matters", why_it_matters)]
    texts += [(f"questions[{i}]", q) for i, q in enumerate(questions)]
    return texts


@per_object()
def scenario_index(scenario: Scenario) -> ScenarioIndex:
    """Everything the marking needs from a scenario, worked out once per scenario object."""
    synonyms = compile_synonyms(scenario.expert.synonyms)
    known_later = [e for e in scenario.chronology if e.known_later]
    # A word counts as known only later when the held-back titles and the outcome both use it
    # (the outcome keeps out procedural words such as "strategy" or "conference").
    outcome = set(content_words(scenario.outcome))
    known_before: set[str] = set()
    for entry in scenario.chronology:
        if not entry.known_later:
            known_before.update(content_words(f"{entry.title} {entry.what_happened}"))
            known_before.update(content_words(entry.recorded))
    for record in scenario.records:
        if not record.known_later:
            known_before.update(content_words(f"{record.title} {record.text}"))
    episodes = []
    for episode in scenario.expert.episodes:
        entries = frozenset(episode.entries)
        alternatives: dict[str, set[str]] = {}
        for factor in episode.factors:
            alternatives.setdefault(factor.category, set()).update(factor.alternative_categories)
        later = [e for e in known_later if e.id not in entries]
        fair = known_before | {
            w for e in scenario.chronology if e.id in entries for w in content_words(e.title)
        }
        later_words = {
            w
            for e in later
            for w in content_words(e.title)
            if len(w) >= 4 and w not in fair and (not outcome or w in outcome)
        }
        episodes.append(
            ExpertEpisodeIndex(
                episode=episode,
                entries=entries,
                core=frozenset(episode.core_entries),
                main_categories=tuple(alternatives),
                alternatives={k: frozenset(v) for k, v in alternatives.items()},
                all_alternatives=frozenset().union(*alternatives.values()),
                evidence=_unique([ref for f in episode.factors for ref in f.evidence]),
                factor_texts=tuple(normalise(f.statement, synonyms) for f in episode.factors),
                later_entries=tuple(e.id for e in later),
                later_words=frozenset(later_words),
            )
        )
    names = _names(scenario)
    reference_flags: set[tuple[str, str]] = set()
    for finding in scenario.expert.findings:
        texts = finding_texts(finding.statement, finding.why_it_matters, finding.questions)
        for _, text in texts:
            reference_flags.update((f.kind, f.text.lower()) for f in coach(text, names))
    return ScenarioIndex(
        scenario=scenario,
        episodes=tuple(episodes),
        entry_order={e.id: i for i, e in enumerate(scenario.chronology)},
        synonyms=synonyms,
        names=names,
        finding_texts=tuple(normalise(f.statement, synonyms) for f in scenario.expert.findings),
        reference_flags=frozenset(reference_flags),
    )


# --- Pair arithmetic ---


@dataclass(frozen=True)
class EpisodeOverlap:
    shared: frozenset[str]
    overlap: float
    core_ok: bool
    carried_forward: bool
    matched: bool
    credit: float


def episode_overlap(expert: ExpertEpisodeIndex, trainee: TraineeEpisode) -> EpisodeOverlap:
    chosen = set(trainee.entries)
    shared = expert.entries & chosen
    overlap = dice(set(expert.entries), chosen)
    core_ok = expert.core <= chosen if expert.core else bool(shared)
    carried = trainee.from_reference == expert.episode.id
    matched = carried or (core_ok and overlap >= MATCH_THRESHOLD)
    credit = FOUND_CREDIT + (1 - FOUND_CREDIT) * overlap if matched else 0.0
    return EpisodeOverlap(frozenset(shared), overlap, core_ok, carried, matched, credit)


def appraisal_of(episode: TraineeEpisode) -> TraineeAppraisal | None:
    return episode.appraisal or episode.appraisal_after_reveal


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


@dataclass(frozen=True)
class FactorNumbers:
    recall: float
    precision: float
    f1: float
    evidence_recall: float
    evidence_shared: tuple[str, ...]
    credit: float


def _cited(episode: TraineeEpisode) -> set[str]:
    cited = set(episode.entries)
    for factor in episode.factors:
        cited.update(factor.evidence)
    return cited


def category_credit(expert: ExpertEpisodeIndex, category: str) -> float:
    if category in expert.alternatives:
        return 1.0
    return ALTERNATIVE_CATEGORY_CREDIT if category in expert.all_alternatives else 0.0


def factor_numbers(expert: ExpertEpisodeIndex, trainee: TraineeEpisode) -> FactorNumbers:
    categories = {f.category for f in trainee.factors}
    if not categories:
        return FactorNumbers(0.0, 0.0, 0.0, 0.0, (), 0.0)
    recall = sum(
        1.0
        if c in categories
        else (ALTERNATIVE_CATEGORY_CREDIT if expert.alternatives[c] & categories else 0.0)
        for c in expert.main_categories
    ) / len(expert.main_categories)
    precision = sum(category_credit(expert, c) for c in categories) / len(categories)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    cited = _cited(trainee)
    shared = tuple(ref for ref in expert.evidence if ref in cited or ref.split(".")[0] in cited)
    evidence_recall = len(shared) / len(expert.evidence)
    credit = FACTOR_CATEGORY_WEIGHT * f1 + FACTOR_EVIDENCE_WEIGHT * evidence_recall
    return FactorNumbers(recall, precision, f1, evidence_recall, shared, credit)


def units(value: float) -> int:
    return round(value * SCALE)
