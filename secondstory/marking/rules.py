"""The rules every stage shares: the marking version, bands, what is worked out once per
scenario (the case's word space, the expert's prepared texts, words known only later), and the
arithmetic of one pair of episodes (a trainee's beside an expert's).

Each stage's own numbers live in its module (episodes, appraisal, factors, findings); the ones
here are used by more than one. docs/marking.md quotes them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from secondstory.coach import coach
from secondstory.marking.meaning import Likeness, Prepared, TextSpace, compare
from secondstory.marking.stance import excuses_system
from secondstory.matching import content_words, dice
from secondstory.memo import per_object
from secondstory.models import ExpertEpisode, Scenario, TraineeAppraisal, TraineeEpisode
from secondstory.vocabulary import HONORIFICS

# Raised whenever a change can move any score: stored markings of another version are re-marked.
MARKING_VERSION = 2

BANDS = ((0.75, "strong"), (0.45, "developing"), (0.0, "early"))

# Episodes: a pair matches when the trainee's episode holds the expert's core entries (all of
# `core_entries` and at least one of `core_any`; with none named, it shares an entry) and the
# Dice overlap of their entries is at least this.
MATCH_THRESHOLD = 0.25
# A near miss: one core entry left out, but at least this overlap and this many shared entries.
# It is paired, for less.
NEAR_MISS_OVERLAP = 0.5
NEAR_MISS_SHARED = 2

# A factor or finding is matched with the expert's only when it says at least this much of it.
MIN_LIKENESS = 0.2

# Pair credits are held as whole numbers of 1/SCALE, so that pairing is exact arithmetic.
SCALE = 10_000

# How much of a text's credit is kept for each kind of language-coach flag in it, and the
# stance of excusing the system (`stance`). Several kinds multiply.
KEPT_AFTER = {
    "blame": 0.4,
    "counterfactual": 0.7,
    "hindsight": 0.5,
    "reflexive_fix": 0.5,
    "case_specific": 0.7,
    "excuses_system": 0.25,
}
_CONVERSATION_PARTS = (
    "overview",
    "turning_points",
    "thinking",
    "influences",
    "went_well",
    "would_change",
)


def band(score: float) -> str:
    """A one-word band for a stage score: strong (0.75 and over), developing (0.45 and over),
    early (below 0.45)."""
    for floor, name in BANDS:
        if score >= floor:
            return name
    return BANDS[-1][1]


# --- What is worked out once per scenario ---


@dataclass(frozen=True)
class ExpertEpisodeIndex:
    episode: ExpertEpisode
    entries: frozenset[str]
    core: frozenset[str]
    core_any: frozenset[str]
    main_categories: tuple[str, ...]
    later_entries: tuple[str, ...]
    later_words: frozenset[str]
    reasoning: Prepared
    rationality: Prepared
    factors: tuple[Prepared, ...]


@dataclass(frozen=True)
class ScenarioIndex:
    scenario: Scenario
    episodes: tuple[ExpertEpisodeIndex, ...]
    entry_order: dict[str, int]
    space: TextSpace
    names: tuple[str, ...]


def _names(scenario: Scenario) -> tuple[str, ...]:
    names: list[str] = []
    for person in [*scenario.people.family, *scenario.people.practitioners]:
        names.append(person.name)
        given = [w for w in person.name.split() if w.lower().strip(".") not in HONORIFICS]
        if given and given[0] != person.name:
            names.append(given[0])
    return tuple(dict.fromkeys(names))


def _documents(scenario: Scenario) -> list[str]:
    """The case's texts, one document each: what makes a word common or distinctive here."""
    docs = [f"{e.title} {e.what_happened} {e.recorded}" for e in scenario.chronology]
    docs += [f"{r.title} {r.text}" for r in scenario.records]
    docs += [getattr(c, part).text for c in scenario.conversations for part in _CONVERSATION_PARTS]
    for episode in scenario.expert.episodes:
        docs += [episode.why_key, episode.appraisal.reasoning, episode.local_rationality]
        docs += [f.statement for f in episode.factors]
    for finding in scenario.expert.findings:
        docs += [finding.statement, finding.case_evidence, finding.not_one_off]
        docs += [finding.why_it_matters, *finding.questions]
    return docs


@per_object()
def scenario_index(scenario: Scenario) -> ScenarioIndex:
    """Everything the marking needs from a scenario, worked out once per scenario object."""
    space = TextSpace(_documents(scenario), scenario.expert.synonyms)
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
                core_any=frozenset(episode.core_any),
                main_categories=tuple(dict.fromkeys(f.category for f in episode.factors)),
                later_entries=tuple(e.id for e in later),
                later_words=frozenset(later_words),
                reasoning=space.prepare(episode.appraisal.reasoning),
                rationality=space.prepare(episode.local_rationality),
                factors=tuple(space.prepare(f.statement) for f in episode.factors),
            )
        )
    index = ScenarioIndex(
        scenario=scenario,
        episodes=tuple(episodes),
        entry_order={e.id: i for i, e in enumerate(scenario.chronology)},
        space=space,
        names=_names(scenario),
    )
    _read_expert_texts(index)
    return index


def _read_expert_texts(index: ScenarioIndex) -> None:
    """Prepare every expert text and read its wording once, so that marking an analysis only
    reads the trainee's texts."""
    for x in index.episodes:
        for prepared in (x.reasoning, x.rationality, *x.factors):
            _flag_kinds(prepared.text, ())
    for finding in index.scenario.expert.findings:
        for text in (finding.statement, finding.why_it_matters, "\n".join(finding.questions)):
            index.space.prepare(text)
            _flag_kinds(text, index.names)
        for text in (finding.case_evidence, finding.not_one_off):
            index.space.prepare(text)
            _flag_kinds(text, ())


# --- Judging one text against the expert's ---


@dataclass(frozen=True)
class TextMark:
    """A trainee's text set against the expert's: likeness, what lowered it, and the credit."""

    likeness: Likeness
    lowered_by: tuple[tuple[str, str], ...]  # (kind, the phrase)
    credit: float


@lru_cache(maxsize=8192)
def _flag_kinds(text: str, names: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for flag in coach(text, names):
        found.setdefault(flag.kind, flag.text)
    return found


def mark_text(
    index: ScenarioIndex,
    trainee: str,
    expert: Prepared,
    key_points: Sequence[Sequence[str]] = (),
    names: Sequence[str] = (),
    counted: Sequence[str] = ("blame", "counterfactual", "hindsight", "reflexive_fix"),
) -> TextMark:
    """Credit for saying what the expert says, kept only in part for each kind of wording the
    method warns against that the expert's own text does not use."""
    likeness = compare(index.space, index.space.prepare(trainee), expert, key_points)
    if likeness.value == 0:
        return TextMark(likeness, (), 0.0)
    theirs = _flag_kinds(expert.text, tuple(names))
    lowered = [
        (kind, phrase)
        for kind, phrase in _flag_kinds(trainee, tuple(names)).items()
        if kind in counted and kind not in theirs
    ]
    excuse = excuses_system(trainee, expert.text)
    if excuse:
        lowered.append(("excuses_system", excuse))
    credit = likeness.value
    for kind, _ in lowered:
        credit *= KEPT_AFTER[kind]
    return TextMark(likeness, tuple(lowered), round(credit, 4))


# --- Pair arithmetic ---


@dataclass(frozen=True)
class EpisodeOverlap:
    shared: frozenset[str]
    overlap: float
    core_ok: bool
    near_miss: tuple[str, ...]  # the one core entry left out, when it is a near miss
    carried_forward: bool
    matched: bool
    credit: float


# Credit for a matched episode: half for finding it, half for how closely the span agrees; a
# near miss keeps this share of it.
FOUND_CREDIT = 0.5
NEAR_MISS_CREDIT = 0.5


def episode_overlap(expert: ExpertEpisodeIndex, trainee: TraineeEpisode) -> EpisodeOverlap:
    chosen = set(trainee.entries)
    shared = expert.entries & chosen
    overlap = dice(set(expert.entries), chosen)
    left_out = expert.core - chosen
    any_ok = not expert.core_any or bool(expert.core_any & chosen)
    core_ok = (not left_out and any_ok) if expert.core or expert.core_any else bool(shared)
    carried = trainee.from_reference == expert.episode.id
    near = (
        not carried
        and any_ok
        and len(left_out) == 1
        and len(shared) >= NEAR_MISS_SHARED
        and overlap >= NEAR_MISS_OVERLAP
    )
    matched = carried or (core_ok and overlap >= MATCH_THRESHOLD) or near
    credit = FOUND_CREDIT + (1 - FOUND_CREDIT) * overlap if matched else 0.0
    if near:
        credit *= NEAR_MISS_CREDIT
    return EpisodeOverlap(
        frozenset(shared),
        overlap,
        core_ok,
        tuple(sorted(left_out)) if near else (),
        carried,
        matched,
        credit,
    )


def appraisal_of(episode: TraineeEpisode) -> TraineeAppraisal | None:
    return episode.appraisal or episode.appraisal_after_reveal


def units(value: float) -> int:
    return round(value * SCALE)


def mean_credit(credits: Iterable[float], count: int) -> float:
    """The credits added up in whole units (so pairing ties cannot move a score) over `count`."""
    return round(sum(units(c) for c in credits) / SCALE / count, 4)
