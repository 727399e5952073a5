"""The trainee's analysis as it is edited, stage by stage: pure functions on `Analysis`.

Every edit returns a new frozen `Analysis`; the app saves each one at once. This module also
decides which stages are ready (what is missing before a stage, or the whole attempt, can be
submitted) and the hindsight guard's rule for revealing the outcome.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from secondstory import casefile
from secondstory.models import (
    Analysis,
    Scenario,
    TraineeAppraisal,
    TraineeEpisode,
    TraineeFactor,
    TraineeFinding,
)
from secondstory.reference import expert_episode_as_trainee
from secondstory.textsafe import unsafe_character
from secondstory.vocabulary import STAGES

STAGE_ORDER: tuple[str, ...] = ("case", *STAGES, "submitted")


def new_analysis(scenario: Scenario) -> Analysis:
    return Analysis(scenario=scenario.id, scenario_version=scenario.version)


def _episode_index(analysis: Analysis, episode_id: str) -> int:
    for index, episode in enumerate(analysis.episodes):
        if episode.id == episode_id:
            return index
    raise KeyError(f"no episode '{episode_id}'")


def _replace_episode(analysis: Analysis, episode_id: str, **changes: object) -> Analysis:
    index = _episode_index(analysis, episode_id)
    episodes = list(analysis.episodes)
    episodes[index] = episodes[index].model_copy(update=changes)
    return analysis.model_copy(update={"episodes": episodes})


def _validated(analysis: Analysis) -> Analysis:
    """Re-validate after model_copy (which skips validation), so caps and types still hold."""
    return Analysis.model_validate(analysis.model_dump())


def _refuse_unsafe(*texts: str) -> None:
    """New text may hold only characters a Word report can hold: a ValueError saying which
    character and where, for the trainee (text stored before this rule is cleaned on export)."""
    for text in texts:
        message = unsafe_character(text)
        if message is not None:
            raise ValueError(message)


def _finding_texts(finding: TraineeFinding) -> list[str]:
    return [
        finding.statement,
        finding.case_evidence,
        finding.not_one_off,
        finding.why_it_matters,
        *finding.questions,
    ]


def add_episode(
    analysis: Analysis, title: str, entries: list[str], why_key: str = ""
) -> tuple[Analysis, str]:
    _refuse_unsafe(title, why_key)
    episode_id = "t" + secrets.token_hex(4)
    episode = TraineeEpisode(id=episode_id, title=title, entries=entries, why_key=why_key)
    updated = analysis.model_copy(update={"episodes": [*analysis.episodes, episode]})
    return _validated(updated), episode_id


def with_episode_ids(analysis: Analysis) -> Analysis:
    """Give each episode and finding without an id, or with one already used, a fresh id.
    Hand-written analysis files may leave ids out; the app finds episodes (and keys their
    widgets) by id, and merges work saved in two tabs by episode and finding id."""
    return analysis.model_copy(
        update={
            "episodes": _with_ids(analysis.episodes, "t"),
            "findings": _with_ids(analysis.findings, "f"),
        }
    )


def _with_ids(items: list, prefix: str) -> list:
    seen: set[str] = set()
    result = []
    for item in items:
        if not item.id or item.id in seen:
            item = item.model_copy(update={"id": prefix + secrets.token_hex(4)})
        seen.add(item.id)
        result.append(item)
    return result


def adopt_import(
    current: Analysis, imported: Analysis, scenario: Scenario
) -> tuple[Analysis, tuple[str, ...]]:
    """An imported analysis as the attempt's new analysis: the trainee's content comes from
    the file, workflow state from the app (the file cannot reveal the outcome or the expert's
    episodes, record hints, hold practice conversations (which would open their parts), mark
    episodes as carried forward, revise appraisals before the outcome or change those made
    before it, or cite what is hidden until the outcome).
    Returns the analysis and a sentence for each thing that was not imported."""
    notes: list[str] = []
    imported = with_episode_ids(imported)
    if imported.outcome_revealed != current.outcome_revealed:
        notes.append(
            "Whether the outcome has been revealed stays as it is in the app (it is revealed "
            "on the Appraisal page once every episode is appraised)."
        )
    if imported.revealed_expert_episodes != current.revealed_expert_episodes:
        notes.append("Whether you have looked at the expert's episodes stays as the app recorded.")
    if imported.hints_used != current.hints_used:
        notes.append("The hints you have used stay as the app recorded them.")
    if imported.interviews != current.interviews:
        notes.append("Your practice conversations stay as the app recorded them.")
    before = {e.id: e for e in current.episodes}
    hidden = set() if current.outcome_revealed else _hidden_until_outcome(scenario)
    counts = dict.fromkeys(("carried", "revised", "kept", "hidden"), 0)
    episodes = []
    for episode in imported.episodes:
        old = before.get(episode.id)
        changes: dict[str, object] = {}
        carried = old.from_reference if old is not None else None
        if episode.from_reference is not None and episode.from_reference != carried:
            counts["carried"] += 1
            changes["from_reference"] = None
        if not current.outcome_revealed and episode.appraisal_after_reveal is not None:
            counts["revised"] += 1
            changes["appraisal_after_reveal"] = None
        if current.outcome_revealed:
            kept = old.appraisal if old is not None else None
            if episode.appraisal != kept:
                counts["kept"] += 1
                changes["appraisal"] = kept
                if episode.appraisal_after_reveal is None:
                    changes["appraisal_after_reveal"] = episode.appraisal
        entries = [e for e in episode.entries if e not in hidden]
        factors = [
            f.model_copy(update={"evidence": [e for e in f.evidence if e not in hidden]})
            for f in episode.factors
        ]
        if entries != episode.entries or factors != episode.factors:
            counts["hidden"] += 1
            changes.update(entries=entries, factors=factors)
        episodes.append(episode.model_copy(update=changes))
    messages = {
        "carried": "episode(s) marked as carried forward from the expert's episodes were "
        "imported as your own: only episodes carried forward in the app count as carried.",
        "revised": "revised appraisal(s) were not imported: the outcome has not been revealed.",
        "kept": "appraisal(s) from before the outcome was revealed cannot change now: the "
        "file's were kept as revised appraisals where it had none.",
        "hidden": "episode(s) cited entries or records that stay hidden until the outcome is "
        "revealed: those citations were not imported.",
    }
    notes += [f"{counts[kind]} {text}" for kind, text in messages.items() if counts[kind]]
    adopted = imported.model_copy(
        update={
            "episodes": episodes,
            "outcome_revealed": current.outcome_revealed,
            "revealed_expert_episodes": current.revealed_expert_episodes,
            "hints_used": list(current.hints_used),
            "interviews": list(current.interviews),
        }
    )
    return _validated(adopted), tuple(notes)


def _hidden_until_outcome(scenario: Scenario) -> set[str]:
    """Ids of entries and records a trainee cannot see (or cite) before the outcome."""
    return set(casefile.evidence_options(scenario, True)) - set(
        casefile.evidence_options(scenario, False)
    )


def update_episode(analysis: Analysis, episode_id: str, **changes: object) -> Analysis:
    allowed = {"title", "entries", "why_key", "local_rationality"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"cannot change {', '.join(sorted(unknown))} here")
    _refuse_unsafe(*(value for value in changes.values() if isinstance(value, str)))
    return _validated(_replace_episode(analysis, episode_id, **changes))


def delete_episode(analysis: Analysis, episode_id: str) -> Analysis:
    index = _episode_index(analysis, episode_id)
    episodes = [e for i, e in enumerate(analysis.episodes) if i != index]
    findings = [
        f.model_copy(update={"episodes": [e for e in f.episodes if e != episode_id]})
        for f in analysis.findings
    ]
    return analysis.model_copy(update={"episodes": episodes, "findings": findings})


def move_episode(analysis: Analysis, episode_id: str, offset: int) -> Analysis:
    index = _episode_index(analysis, episode_id)
    target = max(0, min(len(analysis.episodes) - 1, index + offset))
    episodes = list(analysis.episodes)
    episodes.insert(target, episodes.pop(index))
    return analysis.model_copy(update={"episodes": episodes})


def carry_forward_reference(analysis: Analysis, scenario: Scenario) -> Analysis:
    """Replace the trainee's episodes with the expert's (titles and entries only)."""
    episodes = [expert_episode_as_trainee(e, full=False) for e in scenario.expert.episodes]
    return analysis.model_copy(update={"episodes": episodes, "revealed_expert_episodes": True})


def mark_expert_episodes_seen(analysis: Analysis) -> Analysis:
    return analysis.model_copy(update={"revealed_expert_episodes": True})


def set_appraisal(
    analysis: Analysis, episode_id: str, rating: str | None, reasoning: str
) -> Analysis:
    """The appraisal before the outcome is revealed; afterwards, the revised one. A rating of
    None keeps reasoning typed before a rating is chosen, without choosing one for the trainee."""
    _refuse_unsafe(reasoning)
    appraisal = TraineeAppraisal(rating=rating, reasoning=reasoning)
    field = "appraisal_after_reveal" if analysis.outcome_revealed else "appraisal"
    return _validated(_replace_episode(analysis, episode_id, **{field: appraisal}))


def current_appraisal(analysis: Analysis, episode: TraineeEpisode) -> TraineeAppraisal | None:
    if analysis.outcome_revealed and episode.appraisal_after_reveal is not None:
        return episode.appraisal_after_reveal
    return episode.appraisal


def add_factor(
    analysis: Analysis,
    episode_id: str,
    category: str,
    prompt_area: str | None,
    statement: str,
    evidence: list[str],
) -> Analysis:
    _refuse_unsafe(statement)
    factor = TraineeFactor(
        category=category, prompt_area=prompt_area, statement=statement, evidence=evidence
    )
    episode = analysis.episodes[_episode_index(analysis, episode_id)]
    return _validated(_replace_episode(analysis, episode_id, factors=[*episode.factors, factor]))


def replace_factor(
    analysis: Analysis, episode_id: str, index: int, factor: TraineeFactor
) -> Analysis:
    """Replace a factor of an episode (edited after it was added); only a changed statement is
    checked, as for findings."""
    episode = analysis.episodes[_episode_index(analysis, episode_id)]
    if factor.statement != episode.factors[index].statement:
        _refuse_unsafe(factor.statement)
    factors = list(episode.factors)
    factors[index] = factor
    return _validated(_replace_episode(analysis, episode_id, factors=factors))


def delete_factor(analysis: Analysis, episode_id: str, index: int) -> Analysis:
    episode = analysis.episodes[_episode_index(analysis, episode_id)]
    factors = [f for i, f in enumerate(episode.factors) if i != index]
    return _replace_episode(analysis, episode_id, factors=factors)


def add_finding(analysis: Analysis, finding: TraineeFinding) -> Analysis:
    """Add a finding; it gets an id (so that two tabs' edits can be told apart)."""
    _refuse_unsafe(*_finding_texts(finding))
    if not finding.id:
        finding = finding.model_copy(update={"id": "f" + secrets.token_hex(4)})
    return _validated(analysis.model_copy(update={"findings": [*analysis.findings, finding]}))


def replace_finding(analysis: Analysis, index: int, finding: TraineeFinding) -> Analysis:
    """Replace a finding; only its changed text is checked, so that text stored before the
    character rule does not block editing the other parts."""
    before = set(_finding_texts(analysis.findings[index]))
    _refuse_unsafe(*(text for text in _finding_texts(finding) if text not in before))
    findings = list(analysis.findings)
    findings[index] = finding
    return _validated(analysis.model_copy(update={"findings": findings}))


def delete_finding(analysis: Analysis, index: int) -> Analysis:
    findings = [f for i, f in enumerate(analysis.findings) if i != index]
    return analysis.model_copy(update={"findings": findings})


def use_hint(analysis: Analysis, hint_key: str) -> Analysis:
    if hint_key in analysis.hints_used:
        return analysis
    return analysis.model_copy(update={"hints_used": [*analysis.hints_used, hint_key]})


# --- Readiness: what is missing, in words a trainee can act on. ---


@dataclass(frozen=True)
class Readiness:
    ready: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Check:
    """One rule a stage needs before the analysis can be submitted, and what is still missing
    for it (empty when it is met)."""

    rule: str
    missing: tuple[str, ...]

    @property
    def done(self) -> bool:
        return not self.missing


def _name(episode: TraineeEpisode) -> str:
    return episode.title or "untitled"


def stage_checks(stage: str, analysis: Analysis) -> tuple[Check, ...]:
    """The stage's checklist: each rule it needs, ticked from the analysis as it is."""
    episodes = analysis.episodes
    if stage == "episodes":
        return (
            Check(
                "At least one key practice episode",
                () if episodes else ("Add at least one key practice episode.",),
            ),
            Check(
                "Every episode has chronology entries",
                tuple(
                    f"Episode '{_name(e)}' has no chronology entries."
                    for e in episodes
                    if not e.entries
                ),
            ),
        )
    if stage == "appraisal":
        return (
            Check(
                "Every episode has a rating",
                tuple(
                    f"Appraise episode '{_name(e)}'."
                    if e.appraisal is None
                    else f"Choose a rating for episode '{_name(e)}'."
                    for e in episodes
                    if e.appraisal is None or e.appraisal.rating is None
                ),
            ),
            Check(
                "Every episode has your reasoning, as practice could be judged at the time",
                tuple(
                    f"Give your reasoning for episode '{_name(e)}'."
                    for e in episodes
                    if e.appraisal is None or not e.appraisal.reasoning.strip()
                ),
            ),
        )
    if stage == "factors":
        return (
            Check(
                "Every episode says why practice made sense at the time (local rationality)",
                tuple(
                    f"Say why practice in episode '{_name(e)}' made sense at the time."
                    for e in episodes
                    if not e.local_rationality.strip()
                ),
            ),
            Check(
                "Every episode has at least one contributory factor",
                tuple(
                    f"Add at least one contributory factor to episode '{_name(e)}'."
                    for e in episodes
                    if not e.factors
                ),
            ),
        )
    if stage == "findings":
        return (
            Check(
                "At least one finding",
                () if analysis.findings else ("Write at least one finding.",),
            ),
            Check(
                "Every finding has a finding statement",
                tuple(
                    f"Finding {number} has no finding statement."
                    for number, f in enumerate(analysis.findings, start=1)
                    if not f.statement.strip()
                ),
            ),
        )
    raise ValueError(f"no stage '{stage}'")


def _ready(analysis: Analysis, *stages: str) -> Readiness:
    reasons = [
        m for stage in stages for check in stage_checks(stage, analysis) for m in check.missing
    ]
    return Readiness(not reasons, tuple(reasons))


def episodes_ready(analysis: Analysis) -> Readiness:
    """Whether the episodes are chosen (the expert's may then be shown)."""
    return _ready(analysis, "episodes")


def submission_ready(analysis: Analysis) -> Readiness:
    """All four stages need something in them before the attempt can be submitted."""
    return _ready(analysis, *STAGES)


def can_reveal_outcome(analysis: Analysis) -> Readiness:
    """The hindsight guard: the outcome is revealed only once every episode is appraised.
    "Cannot say yet" is an appraisal too, when it says why: judging that the information at the
    time was not enough is a judgement made before the outcome is known."""
    if analysis.outcome_revealed:
        return Readiness(True, ())
    reasons = []
    if not analysis.episodes:
        reasons.append("Choose your key practice episodes first.")
    for episode in analysis.episodes:
        name = episode.title or "untitled"
        appraisal = episode.appraisal
        if appraisal is None:
            reasons.append(f"Appraise episode '{name}' first.")
        elif appraisal.rating is None:
            reasons.append(f"Choose a rating for episode '{name}' before the outcome.")
        elif appraisal.rating == "cannot_say" and not appraisal.reasoning.strip():
            reasons.append(
                f"Say why you cannot judge episode '{name}' yet, or rate it, before the outcome."
            )
    return Readiness(not reasons, tuple(reasons))


def reveal_outcome(analysis: Analysis) -> Analysis:
    readiness = can_reveal_outcome(analysis)
    if not readiness.ready:
        raise ValueError(" ".join(readiness.reasons))
    return analysis.model_copy(update={"outcome_revealed": True})


def furthest_stage(analysis: Analysis) -> str:
    """The furthest stage with work in it, for progress on library cards."""
    if analysis.findings:
        return "findings"
    if any(e.factors or e.local_rationality for e in analysis.episodes):
        return "factors"
    if any(e.appraisal for e in analysis.episodes):
        return "appraisal"
    if analysis.episodes:
        return "episodes"
    return "case"
